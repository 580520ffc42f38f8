"""Crash safety: SIGKILL ``graphkit build`` at random points, rerun, and get the complete graph
with no duplicates and never a half-written output file."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import EXAMPLES, ROOT


def make_corpus(path: Path, n: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = seeds[i % len(seeds)] + f"\n\nCatatan nomor {i}."
            fh.write(json.dumps({"id": f"c{i:05d}", "title": f"Artikel {i}", "text": text}) + "\n")


def cmd(*args) -> list[str]:
    return [sys.executable, "-m", "graphkit", *map(str, args)]


def assert_whole_json(path: Path) -> None:
    if path.exists():
        json.loads(path.read_text(encoding="utf-8"))  # never half-written


def test_sigkill_build_then_rerun_gives_complete_graph(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, 300)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ref = tmp_path / "ref"
    began = time.monotonic()
    subprocess.run(cmd("build", corpus, "-o", ref, "--no-stores", "-q"), check=True, env=env, timeout=600)
    duration = time.monotonic() - began
    reference = (ref / "graph.json").read_bytes()

    out = tmp_path / "out"
    rng = random.Random(20241124)
    kills = 0
    for _ in range(4):
        proc = subprocess.Popen(cmd("build", corpus, "-o", out, "--no-stores", "-q"), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.15, 0.85) * duration)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(60)
        assert_whole_json(out / "graph.json")
    subprocess.run(cmd("build", corpus, "-o", out, "--no-stores", "-q"), check=True, env=env, timeout=600)
    assert (out / "graph.json").read_bytes() == reference
    assert not list(out.glob(".*.tmp"))  # stale temp files of killed runs are cleaned up
    doc = json.loads(reference)
    ids = [n["id"] for n in doc["nodes"]]
    assert len(ids) == len(set(ids))
    assert sum(1 for i in ids if i.startswith("article:")) == 300
    assert kills >= 1, "the build finished before any kill; enlarge the corpus"
