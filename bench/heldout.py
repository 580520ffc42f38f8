"""Build and score held-out article batches, one line per batch (issue #16).

Each batch is a folder with ``corpus/*.txt`` (line 1 the title), ``gold/*.json`` and optionally
``published.tsv`` (article id, publication date).  The texts are written to one JSON Lines file
(id = file stem, title = line 1, text = the whole file, ``published`` when the table gives it), built
with ``graphkit build --no-stores`` and scored with ``../shared/eval/score.py``.  The texts stay outside the
repository: only their folders are named on the command line.

    python bench/heldout.py /work/blind /work/blind2 … [--keep OUT]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ("officials", "holds", "events", "led", "attended", "all")


def to_jsonl(batch: Path, out: Path) -> None:
    """One JSON line per corpus text, with its publication date when ``published.tsv`` gives one."""
    from graphkit.extract.events.train_roles import published_dates   # one reader of published.tsv
    published = published_dates(batch)
    with out.open("w", encoding="utf-8") as f:
        for path in sorted((batch / "corpus").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            rec = {"id": path.stem, "title": text.partition("\n")[0], "text": text}
            if path.stem in published:
                rec["published"] = published[path.stem]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def score(batch: Path, work: Path, shared: Path) -> dict[str, float]:
    """F1 per fact of one batch."""
    jsonl = work / f"{batch.name}.jsonl"
    to_jsonl(batch, jsonl)
    out = work / batch.name
    subprocess.run([sys.executable, "-m", "graphkit", "build", str(jsonl), "-o", str(out), "--no-stores", "--quiet"],
                   check=True, capture_output=True)
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(out / "graph.json"),
                          str(batch / "gold")], check=True, capture_output=True, text=True)
    figures = {}
    for line in res.stdout.splitlines():
        m = re.match(r"(\w+)\s+P=\S+\s+R=\S+\s+F1=(\S+)", line)
        if m and m.group(1) in FACTS:
            figures[m.group(1)] = float(m.group(2))
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batches", nargs="+", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--keep", type=Path, help="keep the builds here (default: a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="graphkit-heldout-") as t:
        work = args.keep or Path(t)
        work.mkdir(parents=True, exist_ok=True)
        print("| batch | " + " | ".join(FACTS) + " |")
        print("|---" * (len(FACTS) + 1) + "|")
        for batch in args.batches:
            figures = score(batch, work, args.shared.resolve())
            print(f"| {batch.name} | " + " | ".join(f"{figures.get(k, 0):.3f}" for k in FACTS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
