"""Score several held-out batches as one, and optionally with event dates or types ignored (issue #16).

Each batch is small (15 articles), so one more fact found moves its micro-F1 by a point; pooling the
batches a change has never seen (summing ``score.py``'s tp/fp/fn per fact) is the figure to compare
rounds by. ``--relax date`` (or ``type``) blanks that field of every Event on both sides before scoring:
an aggregate check of how much of the LED/ATTENDED loss comes from events matched on the wrong day or type,
without printing a single error of a batch kept unseen.

    python bench/pooled_score.py OUT/blind26/graph.json:/work/blind26/gold OUT/blind27/graph.json:... \
        [--relax date|type] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FACTS = ("officials", "holds", "events", "led", "attended", "statements", "stated", "all")
LINE = re.compile(r"^(\w+)\s+P=.*\(tp=(\d+) fp=(\d+) fn=(\d+)\)", re.M)


def _relaxed_copy(graph: Path, gold: Path, field: str, into: Path) -> tuple[Path, Path]:
    """Copies of one batch's graph and gold with ``field`` blanked on every event."""
    blank = None if field == "date" else "any"
    doc = json.loads(graph.read_text(encoding="utf-8"))
    for node in doc.get("nodes", []):
        if "Event" in node.get("labels", []):
            node.setdefault("properties", {})[field] = blank
    out_graph = into / "graph.json"
    out_graph.write_text(json.dumps(doc), encoding="utf-8")
    out_gold = into / "gold"
    out_gold.mkdir()
    for path in sorted(gold.glob("*.json")):
        ann = json.loads(path.read_text(encoding="utf-8"))
        for event in ann.get("events", []):
            event[field] = blank
        (out_gold / path.name).write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    return out_graph, out_gold


def score(graph: Path, gold: Path, scorer: Path) -> dict[str, list[int]]:
    """tp/fp/fn per fact as ``score.py`` prints them for one batch."""
    out = subprocess.run([sys.executable, str(scorer), str(graph), str(gold)],
                         capture_output=True, text=True, check=True).stdout
    return {m[1]: [int(m[2]), int(m[3]), int(m[4])] for m in LINE.finditer(out)}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="GRAPH.json:GOLD_DIR, one per batch")
    parser.add_argument("--relax", choices=("date", "type"))
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = parser.parse_args(argv)
    scorer = Path(args.shared) / "eval" / "score.py"
    total: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, pair in enumerate(args.pairs):
            graph, gold = (Path(p) for p in pair.split(":", 1))
            if args.relax:
                into = Path(tmp) / str(i)
                into.mkdir()
                graph, gold = _relaxed_copy(graph, gold, args.relax, into)
            for fact, counts in score(graph, gold, scorer).items():
                acc = total.setdefault(fact, [0, 0, 0])
                for k in range(3):
                    acc[k] += counts[k]
    print("| " + " | ".join(FACTS) + " |")
    print("|" + "---|" * len(FACTS))
    print("| " + " | ".join(f"{f1(*total[f]):.3f}" if f in total else "–" for f in FACTS) + " |")
    recall = {f: total[f][0] / (total[f][0] + total[f][2]) for f in ("events", "attended") if sum(total.get(f, [0]))}
    print("recall: " + ", ".join(f"{f} {r:.3f}" for f, r in recall.items()))


if __name__ == "__main__":
    main()
