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


def _consistent(out: Path) -> int:
    """Every output of OUT shows the same build: the same number of articles everywhere; returns it."""
    from folder_check import article_counts
    counts = article_counts(out)
    assert len(set(counts.values())) == 1 and len(counts) == 4, counts
    return counts["graph.json"]


def test_sigkill_anywhere_in_a_build_with_stores_leaves_one_whole_build(tmp_path):
    """Issue #18: kill -9 at random points through whole builds (extraction, resolution, graph.json,
    the Cypher and RDF stores, the switch): OUT always holds one complete build, never a mix."""
    from folder_check import write_articles
    small = write_articles(tmp_path / "src", 10)
    large = small + write_articles(tmp_path / "src", 10, start=10)   # 20 articles
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "out"
    subprocess.run(cmd("build", *small, "-o", out, "-q"), check=True, env=env, timeout=300)
    assert _consistent(out) == 10
    began = time.monotonic()
    subprocess.run(cmd("build", *large, "-o", out, "-q", "--fresh"), check=True, env=env, timeout=300)
    duration = time.monotonic() - began
    assert _consistent(out) == 20
    rng = random.Random(18)
    seen, kills = set(), 0
    for i in range(6):
        inputs = small if i % 2 == 0 else large
        proc = subprocess.Popen(cmd("build", *inputs, "-o", out, "-q", "--fresh"), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 1.0) * duration)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(60)
        seen.add(_consistent(out))
    assert kills >= 3
    subprocess.run(cmd("build", *large, "-o", out, "-q"), check=True, env=env, timeout=300)
    assert _consistent(out) == 20
    leftovers = sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".lock")
    assert leftovers == [] and len(list((out / "generations").iterdir())) == 1


def test_two_builds_into_one_folder_at_once(tmp_path):
    """Issue #19 D5: a second build into a busy OUT fails at once with E081 naming the holder,
    or queues behind it with --wait; OUT ends consistent with both builds' articles."""
    from folder_check import write_articles

    from graphkit.buildfolder import BuildFolder
    a = write_articles(tmp_path / "a", 6)
    b = write_articles(tmp_path / "b", 6, start=6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "out"
    with BuildFolder(out).locked():
        busy = subprocess.run(cmd("build", *a, "-o", out), env=env, capture_output=True, text=True, timeout=120)
        assert busy.returncode == 1 and "[E081]" in busy.stderr and f"pid {os.getpid()}" in busy.stderr
        queued = subprocess.Popen(cmd("build", *a, "-o", out, "-q", "--wait"), env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        assert queued.poll() is None  # still waiting for the lock
    assert queued.wait(120) == 0
    assert _consistent(out) == 6
    both = [subprocess.Popen(cmd("build", *src, "-o", out, "-q", "--wait"), env=env,
                             stderr=subprocess.PIPE, text=True) for src in (a, b)]
    assert [p.wait(300) for p in both] == [0, 0]
    assert _consistent(out) == 12
