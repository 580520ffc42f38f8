"""``--workers N`` gives byte-identical output to ``--workers 1``.

The pool is chunked with a bounded window and yields in input order, and
the build merges from the cache in article-id order, so neither the number
of processes nor their timing may change a single byte.
"""
from __future__ import annotations

import json

from graphkit import pipeline
from graphkit.cli import main
from graphkit.sources import read_articles


def _run(*args: str) -> None:
    assert main(list(args)) == 0


def test_extract_bytes_identical_for_1_and_2_workers(dev_articles, tmp_path):
    _run("extract", str(dev_articles), "-o", str(tmp_path / "w1.jsonl"), "--quiet", "--workers", "1")
    _run("extract", str(dev_articles), "-o", str(tmp_path / "w2.jsonl"), "--quiet", "--workers", "2")
    one = (tmp_path / "w1.jsonl").read_bytes()
    assert one == (tmp_path / "w2.jsonl").read_bytes()
    kinds = [json.loads(line)["kind"] for line in one.decode("utf-8").splitlines()]
    n_articles = sum(1 for _ in read_articles([dev_articles]))
    assert kinds.count("node") >= n_articles and "edge" in kinds


def test_build_graph_json_identical_for_1_and_2_workers(dev_articles, tmp_path):
    _run("build", str(dev_articles), "-o", str(tmp_path / "w1"), "--no-stores", "--quiet", "--workers", "1")
    _run("build", str(dev_articles), "-o", str(tmp_path / "w2"), "--no-stores", "--quiet", "--workers", "2")
    one = (tmp_path / "w1" / "graph.json").read_bytes()
    assert one == (tmp_path / "w2" / "graph.json").read_bytes()
    assert (tmp_path / "w1" / "graph.jsonl").read_bytes() == (tmp_path / "w2" / "graph.jsonl").read_bytes()
    assert one.count(b'"id":"article:') >= 15


def test_extract_stream_keeps_input_order_with_workers(dev_articles):
    articles = list(read_articles([dev_articles]))
    ids = [aid for aid, _, _ in pipeline.extract_stream(iter(articles), workers=2)]
    assert ids == [a.id for a in articles]


def test_build_with_workers_matches_seed_build(seed_build, tmp_path):
    from conftest import EXAMPLES
    result = pipeline.build([EXAMPLES], tmp_path / "w2", workers=2, stores=False)
    assert (tmp_path / "w2" / "graph.json").read_bytes() == (seed_build.out / "graph.json").read_bytes()
    assert result.extracted == len(list(EXAMPLES.glob("*.txt")))
