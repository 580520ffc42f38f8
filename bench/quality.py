"""Extraction quality on all gold, by gold set and by source-grouped folds.

    python bench/quality.py [--shared ../shared] [--folds 5] [--json FILE]

Builds the 100 gold articles of ../shared once (``graphkit build --no-stores``)
and scores the graph with the reference scorer (``../shared/eval/score.py``)
on:

* each gold set (seeds, dev, dev2, extra 401–430, extra 431–460);
* K folds grouped by source (the outlet, or the repository an article came
  from when no outlet is named), so that no outlet is split across folds.
  graphkit's extraction is a grammar, not fitted to the gold, so a "fold" is
  scored as it stands; the spread across folds shows how much the figures
  depend on which outlets one happens to test on.

Why a separate script: the scores that matter are those on sources the rules
were not written from, and this puts them in one table that anyone can rerun.
The corpus texts stay in ../shared (they may not be redistributed).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ["officials", "regions", "offices", "holds", "events", "led", "attended", "statements", "stated"]
SETS = {"seeds": "seeds", "dev": "real", "dev2": "real", "extra": "extra"}


def _domain(outlet: str) -> str:
    """A stable source key: the registrable domain named in the outlet text, else the text itself."""
    m = re.search(r"\(([a-z0-9.-]+\.[a-z]{2,})", outlet.lower())
    host = m.group(1) if m else outlet.strip().lower()
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "go", "or", "ac", "web", "my"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) if "." in host else host


def _extra_outlets(shared: Path) -> dict[str, str]:
    """Article stem -> source key for corpus/extra, from its SOURCES-*.md tables."""
    out: dict[str, str] = {}
    for sources in sorted((shared / "corpus" / "extra").glob("SOURCES-*.md")):
        for line in sources.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"\d{3}", cells[0]):
                out[cells[0]] = _domain(cells[2])
    return out


def _real_outlets(shared: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with (shared / "corpus" / "real.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[row["id"]] = (row.get("outlet") or row.get("source_repo") or "unknown").strip().lower()
    return out


def gather(shared: Path, work: Path) -> list[dict]:
    """Copy each gold article's text into work/articles; one record per gold file."""
    (work / "articles").mkdir(parents=True)
    extra, real = _extra_outlets(shared), _real_outlets(shared)
    items = []
    for gold_set, corpus in SETS.items():
        for gold in sorted((shared / "gold" / gold_set).glob("*.json")):
            stem = gold.stem
            text = shared / "corpus" / corpus / f"{stem}.txt"
            if not text.is_file():
                continue
            shutil.copy(text, work / "articles" / text.name)
            if gold_set == "extra":
                part, source = ("extra401" if int(stem) <= 430 else "extra431"), extra.get(stem, stem)
            elif gold_set == "seeds":
                part, source = "seeds", "seeds"
            else:
                part, source = gold_set, real.get(stem, "unknown")
            items.append({"stem": stem, "gold": gold, "set": part, "source": source})
    return items


def folds(items: list[dict], k: int) -> dict[str, int]:
    """Source -> fold: largest sources first, each into the fold with the fewest articles (deterministic)."""
    sizes: dict[str, int] = {}
    for it in items:
        sizes[it["source"]] = sizes.get(it["source"], 0) + 1
    load = [0] * k
    out: dict[str, int] = {}
    for source in sorted(sizes, key=lambda s: (-sizes[s], s)):
        f = min(range(k), key=lambda i: (load[i], i))
        out[source] = f
        load[f] += sizes[source]
    return out


def score(shared: Path, graph: Path, golds: list[Path], tmp: Path) -> dict:
    gold_dir = Path(tempfile.mkdtemp(dir=tmp))
    for g in golds:
        shutil.copy(g, gold_dir / g.name)
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(graph), str(gold_dir), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def row(name: str, n: int, rep: dict) -> str:
    cells = [f"{rep[f]['f1']:.3f}" for f in FACTS]
    return f"| {name} | {n} | **{rep['all']['f1']:.3f}** | " + " | ".join(cells) + f" | {rep['leaks']} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args(argv)
    shared = Path(args.shared).resolve()
    with tempfile.TemporaryDirectory(prefix="graphkit-quality-") as t:
        tmp = Path(t)
        items = gather(shared, tmp)
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(tmp / "articles"), "-o", str(tmp / "out"),
                        "--no-stores", "--quiet"], check=True)
        graph = tmp / "out" / "graph.json"
        header = "| articles | n | micro-F1 | " + " | ".join(FACTS) + " | leaks |"
        lines = [header, "|" + "---|" * (len(FACTS) + 4)]
        results: dict = {"sets": {}, "folds": {}}
        for part in ("seeds", "dev", "dev2", "extra401", "extra431"):
            golds = [it["gold"] for it in items if it["set"] == part]
            rep = score(shared, graph, golds, tmp)
            results["sets"][part] = rep
            lines.append(row(part, len(golds), rep))
        unseen = [it["gold"] for it in items if it["set"] not in ("seeds", "dev")]
        rep = score(shared, graph, unseen, tmp)
        results["sets"]["dev2+extra"] = rep
        lines.append(row("dev2 + extra (80)", len(unseen), rep))
        assign = folds(items, args.folds)
        fold_f1 = []
        for f in range(args.folds):
            golds = [it["gold"] for it in items if assign[it["source"]] == f]
            rep = score(shared, graph, golds, tmp)
            sources = sorted({it["source"] for it in items if assign[it["source"]] == f})
            results["folds"][str(f)] = {**rep, "sources": sources}
            fold_f1.append(rep["all"]["f1"])
            lines.append(row(f"fold {f + 1} ({len(sources)} sources)", len(golds), rep))
        mean = sum(fold_f1) / len(fold_f1)
        spread = (sum((x - mean) ** 2 for x in fold_f1) / len(fold_f1)) ** 0.5
        lines.append(f"\nsource-grouped folds: micro-F1 mean {mean:.3f} ± {spread:.3f} (min {min(fold_f1):.3f}, "
                     f"max {max(fold_f1):.3f}) over {len({it['source'] for it in items})} sources")
        print("\n".join(lines))
        if args.json_out:
            Path(args.json_out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
