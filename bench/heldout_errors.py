"""The facts a held-out build missed and added, article by article (issue #16).

``../shared/eval/score.py`` prints one line of totals per fact; opening a batch needs the facts behind
them.  This runs the scorer's own matching (its ``match`` is wrapped, so the pairing is the scorer's,
not a second opinion) and prints, per article, each gold fact left unmatched (FN) and each predicted
one the gold does not hold (FP):

    python bench/heldout_errors.py OUT/graph.json BATCH/gold [fact ...] [--shared ../shared]

facts: officials regions offices holds events led attended statements (default: events led attended
holds officials).  ``python bench/heldout.py BATCH --keep OUT`` makes ``OUT/<batch>/graph.json``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("officials", "regions", "offices", "holds", "events", "led", "attended", "statements")
DEFAULT = ("events", "led", "attended", "holds", "officials")


def load_scorer(shared: Path):
    """The reference scorer as a module, with ``match`` recording every call's gold, predictions and pairs."""
    spec = importlib.util.spec_from_file_location("gk_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    score.calls = []
    original = score.match

    def match(gold, pred, same):
        result = original(gold, pred, same)
        score.calls.append((gold, pred, result[3]))
        return result

    score.match = match
    return score


def describe(score, kind: str, item: dict, nodes: dict):
    """A short, readable form of a gold fact (a dict of the gold format) or a predicted node or edge."""
    props = score.props
    if kind == "officials":
        return item["name"] if "name" in item else props(item).get("name")
    if kind == "events":
        if "key" in item:
            return item["type"], item.get("date"), item["key"]
        return props(item).get("type"), props(item).get("date"), (props(item).get("name") or "")[:60]
    if kind in ("led", "attended", "holds") and "source" in item:
        target = props(nodes.get(item["target"], {}))
        return (props(nodes.get(item["source"], {})).get("name"), "->", target.get("type") or target.get("role"),
                target.get("date") or target.get("region"), props(item).get("capacity"))
    if kind == "statements":
        return (item.get("speaker"), item["quote"][:70]) if "quote" in item else props(item).get("text", "")[:70]
    return item


def errors(score, gold: dict, nodes: dict, edges: list, facts) -> list[str]:
    """FN and FP lines of one article."""
    score.calls.clear()
    score.score_article(gold, nodes, edges, lambda *a: None)
    lines = []
    for kind, (golds, preds, pairs) in zip(ORDER, score.calls):
        if kind not in facts:
            continue
        used = set(pairs.values())
        lines += [f"  FN {kind:10s} {describe(score, kind, g, nodes)}" for j, g in enumerate(golds) if j not in used]
        lines += [f"  FP {kind:10s} {describe(score, kind, p, nodes)}" for i, p in enumerate(preds) if i not in pairs]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("facts", nargs="*", help="any of: " + " ".join(ORDER))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    unknown = set(args.facts) - set(ORDER)
    if unknown:
        ap.error(f"unknown fact(s): {' '.join(sorted(unknown))}; choose from {' '.join(ORDER)}")
    score = load_scorer(args.shared.resolve())
    nodes, edges = score.load_graph(args.graph)
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        lines = errors(score, gold, nodes, edges, set(args.facts or DEFAULT))
        if lines:
            print(gold["article"])
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
