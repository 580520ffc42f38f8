"""Streaming extraction runs in flat memory.

Two guarantees are checked: the worker pool never reads more than a bounded
window of articles ahead of what it has handed back (so input size does not
matter), and ``graphkit extract`` on 8× more articles has about the same
peak RSS (measured on a child process with os.wait4).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit import pipeline
from graphkit.model import Article

from conftest import EXAMPLES


def _seed_articles() -> list[Article]:
    return [Article(id=f.stem, title=f.stem, text=f.read_text(encoding="utf-8")) for f in sorted(EXAMPLES.glob("*.txt"))]


def _many(n: int):
    seeds = _seed_articles()
    for i in range(n):
        a = seeds[i % len(seeds)]
        yield Article(id=f"{a.id}-{i:06d}", title=a.title, text=f"{a.text}\n\n(Arsip {i}.)")


@pytest.mark.parametrize("workers", [1, 2])
def test_pool_reads_a_bounded_window_ahead(workers):
    pulled = 0

    total = 100 if workers == 1 else 10 * pipeline.CHUNK  # the window is 5 chunks for 2 workers

    def source():
        nonlocal pulled
        for a in _many(total):
            pulled += 1
            yield a

    ahead, out = 0, 0
    for aid, _, graph in pipeline.extract_stream(source(), workers=workers):
        out += 1
        ahead = max(ahead, pulled - out)
        assert graph.nodes  # at least the Article node
    assert out == total
    bound = 1 if workers == 1 else (2 * workers + 1) * pipeline.CHUNK
    assert ahead <= bound


def _write_jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in _many(n):
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    return path


# Linux starts a forked child's ru_maxrss at its parent's high-water mark, and pytest may be
# big: so a tiny interpreter runs graphkit and reports the peak of that grandchild alone.
_WRAP = """
import os, subprocess, sys
proc = subprocess.Popen([sys.executable, "-m", "graphkit", *sys.argv[1:]], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def _peak_rss_mb(args: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", _WRAP, *args], capture_output=True, text=True, check=True)
    code, maxrss = out.stdout.split()
    assert code == "0", out.stderr[-500:]
    return int(maxrss) / 1024


def test_extract_peak_rss_is_flat_from_150_to_1200_articles(tmp_path):
    small = _write_jsonl(tmp_path / "small.jsonl", 150)
    big = _write_jsonl(tmp_path / "big.jsonl", 1200)
    rss_small = _peak_rss_mb(["extract", str(small), "-o", str(tmp_path / "s.jsonl"), "--quiet"])
    rss_big = _peak_rss_mb(["extract", str(big), "-o", str(tmp_path / "b.jsonl"), "--quiet"])
    lines = sum(1 for _ in (tmp_path / "b.jsonl").open(encoding="utf-8"))
    assert lines >= 1200
    assert 20 < rss_small and rss_big < 1024  # a real interpreter was measured, well under 1 GB
    assert rss_big - rss_small < 20, f"peak RSS grew from {rss_small:.0f} MB to {rss_big:.0f} MB"
