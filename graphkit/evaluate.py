"""Score a graph against gold annotations, exactly as ../shared/eval/score.py does.

The gold format (one JSON file per article, see the gold README) is public;
this module re-implements the reference matching so that ``graphkit eval``
prints the same precision, recall and F1 per kind of fact and the same
micro-F1 — the test suite checks the two agree on the seed graph.  On top of
the reference it can list every false positive and false negative with the
sentence it comes from (``errors=True``), which is what one needs to improve
the extractor.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import GraphDocumentError, MissingPathError
from .evaluate_article import score_article
from .evaluate_keys import Miss, props

if TYPE_CHECKING:
    from .sources.readback import SourceTexts

FACTS = ["officials", "regions", "offices", "holds", "events", "led", "attended", "statements", "stated"]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    facts: dict[str, dict]
    all: dict
    articles: int
    leaks: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)
    matched: int = 0   # gold articles that are in the graph (the rest score as all misses)

    def to_dict(self) -> dict:
        out = {**self.facts, "all": self.all, "articles": self.articles, "leaks": len(self.leaks)}
        if self.errors:
            out["errors"] = [m.__dict__ for m in self.errors]
        return out


def load_graph(path: Path) -> tuple[dict, list]:
    """Nodes by id and the edge list of a graph document (JSON or JSON Lines)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MissingPathError(f"cannot read the graph ({exc.strerror})", path=str(path)) from exc
    try:
        doc = json.loads(text)
        nodes, edges = doc.get("nodes", []), doc.get("edges", [])
    except json.JSONDecodeError:
        nodes, edges = [], []
        for no, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GraphDocumentError(f"not JSON ({exc.msg})", path=str(path), line=no) from exc
                (edges if obj.get("kind") == "edge" or "source" in obj else nodes).append(obj)
    except AttributeError as exc:
        raise GraphDocumentError("not a graph document (expected nodes and edges)", path=str(path)) from exc
    return {n["id"]: n for n in nodes}, edges


def score(graph_path: str | Path, gold_dir: str | Path, *, errors: bool = False) -> Report:
    """Score the graph document at ``graph_path`` against every gold file in ``gold_dir``."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise MissingPathError("the gold folder does not exist", path=str(gold_dir),
                               fix="pass a folder of gold JSON files (one per article)")
    nodes, edges = load_graph(Path(graph_path))
    tallies = {k: Tally() for k in FACTS}
    leaks: list = []
    misses: list[Miss] = []
    files = sorted(gold_dir.glob("*.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    read_back = article_texts(nodes, Path(graph_path))
    if errors:
        read_back.want("article:" + gold["article"] for gold in golds)
    matched = 0
    for gold in golds:
        aid = "article:" + gold["article"]
        matched += aid in nodes
        text = (read_back.text(aid) or "") if errors else ""
        res = score_article(gold, nodes, edges, misses if errors else None, text)
        leaks += res.pop("leaks")
        for k, v in res.items():
            tallies[k].add(*v)
    total = Tally()
    for t in tallies.values():
        total.add(t.tp, t.fp, t.fn)
    return Report({k: t.prf() for k, t in tallies.items()}, total.prf(), len(files), leaks, misses, matched)


def article_texts(nodes: dict, graph_path: Path) -> SourceTexts:
    """Article texts read back from the sources the build recorded (verified by sha256)."""
    from .sources.readback import SourceTexts, roots_of
    return SourceTexts({i: props(n) for i, n in nodes.items() if "Article" in n.get("labels", [])},
                       roots=roots_of(graph_path))


def evaluate(target: str | Path, gold_dir: str | Path, *, errors: bool = False) -> Report:
    """Score a graph document, or build the given article files/folder first (no stores) and score that."""
    target = Path(target)
    if not target.exists():
        raise MissingPathError("no such graph or article path", path=str(target))
    graph = target / "graph.json" if target.is_dir() else target
    if target.is_dir() and graph.is_file():
        return score(graph, gold_dir, errors=errors)
    if target.is_file() and target.suffix in (".json", ".jsonl") and _is_graph(target):
        return score(target, gold_dir, errors=errors)
    from .pipeline import build
    with tempfile.TemporaryDirectory(prefix="graphkit-eval-") as tmp:
        build([target], tmp, stores=False)
        return score(Path(tmp) / "graph.json", gold_dir, errors=errors)


def _is_graph(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as f:
        head = f.read(4096)
    return '"nodes"' in head or '"kind"' in head and '"labels"' in head
