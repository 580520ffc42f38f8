"""Synthetic benchmark corpora: the real articles replicated to N, streamed.

Why: the shared corpus has 237 articles, too few to see throughput or
memory growth.  Each copy gets a new id and a slightly different text (an
extra closing line), so every article has its own sha256 and the build
cache cannot short-circuit it.  Records are written one line at a time, so
making a 100k-article file never holds more than one article in memory.
"""
from __future__ import annotations

import json
from pathlib import Path

VARIANT_LINE = "\n\n(Arsip redaksi nomor {k}.)"


def _base_records(src: Path) -> list[dict]:
    # 237 articles (~0.8 MB): the only thing held in memory.
    with src.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def replicate(src: str | Path, n: int, dest: str | Path) -> Path:
    """Write ``n`` articles to ``dest`` (JSONL), cycling through ``src`` with varied ids and texts."""
    base = _base_records(Path(src))
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as out:
        for i in range(n):
            rec = dict(base[i % len(base)])
            k = i // len(base)
            if k:
                rec["id"] = f"{rec.get('id', i)}-r{k:05d}"
                rec["text"] = rec["text"] + VARIANT_LINE.format(k=k)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return dest


if __name__ == "__main__":
    import sys
    print(replicate(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
