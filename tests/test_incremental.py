"""Incremental, order-independent builds on the 237-article corpus (skipped without ../shared).

Resolution runs over the whole extraction cache every build, so these
equalities hold only if ``resolve`` is a function of the merged graph alone:
shuffled input gives a byte-identical graph.json, building the first half
then the second half into one folder equals building both at once, and
adding an article that is already in the build changes nothing.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from graphkit.pipeline import build
from graphkit.resolve import resolve
from graphkit.stores import graphdoc


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus_lines(real_corpus) -> list[str]:
    lines = [ln if ln.endswith("\n") else ln + "\n" for ln in real_corpus.read_text(encoding="utf-8").splitlines()
             if ln.strip()]
    assert len(lines) > 100
    return lines


@pytest.fixture(scope="module")
def halves(corpus_lines, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("halves")
    mid = len(corpus_lines) // 2
    return _write(folder / "a.jsonl", corpus_lines[:mid]), _write(folder / "b.jsonl", corpus_lines[mid:])


@pytest.fixture(scope="module")
def full_build(halves, tmp_path_factory):
    out = tmp_path_factory.mktemp("full")
    result = build(list(halves), out, stores=False)
    return out, result


def test_a_then_b_equals_a_plus_b(halves, full_build, tmp_path):
    out, result = full_build
    a, b = halves
    first = build([a], tmp_path, stores=False)
    second = build([b], tmp_path, stores=False)
    assert first.extracted + second.extracted == result.extracted
    assert (tmp_path / "graph.json").read_bytes() == (out / "graph.json").read_bytes()
    assert json.loads((tmp_path / "build.json").read_text())["merges"] == result.merges


def test_shuffled_input_gives_identical_bytes(corpus_lines, tmp_path):
    src = tmp_path / "corpus.jsonl"
    _write(src, corpus_lines)
    build([src], tmp_path / "ordered", stores=False)
    shuffled = corpus_lines[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != corpus_lines
    _write(src, shuffled)  # same path, so Article.path is the same too
    build([src], tmp_path / "shuffled", stores=False)
    assert (tmp_path / "shuffled" / "graph.json").read_bytes() == (tmp_path / "ordered" / "graph.json").read_bytes()


def test_readding_an_article_changes_nothing(halves, full_build, corpus_lines, tmp_path):
    out, _ = full_build
    before = (out / "graph.json").read_bytes()
    again = build([halves[0]], out, stores=False)
    assert again.extracted == 0 and again.unchanged == len(corpus_lines) // 2
    elsewhere = _write(tmp_path / "one.jsonl", corpus_lines[3:4])
    once_more = build([elsewhere], out, stores=False)
    assert once_more.extracted == 0 and once_more.unchanged == 1
    assert (out / "graph.json").read_bytes() == before


def test_resolution_of_the_corpus_is_idempotent(full_build):
    out, result = full_build
    graph = graphdoc.read_graph(out / "graph.json")
    again, merges = resolve(graph)
    assert merges == {}
    assert again.to_dict() == graph.to_dict()
    # every merge recorded in build.json is visible on some surviving node
    rules = {r for n in graph.nodes.values() for r in n.properties.get("merge_rules") or []}
    assert rules == set(result.merges)


def test_removing_and_changing_articles_equals_a_build_without_them(corpus_lines, tmp_path):
    """The folded update (only articles sharing a node with the changed ones are re-read) gives the bytes of
    a from-scratch build of the same articles, resolution merges included."""
    from graphkit.pipeline import remove
    src = _write(tmp_path / "corpus.jsonl", corpus_lines)
    out = tmp_path / "out"
    build([src], out, stores=False)
    ids = [json.loads(ln)["id"] for ln in corpus_lines]
    drop = {ids[3], ids[40], ids[77]}
    gone = remove(sorted(drop), out, stores=False)
    assert gone.merge["mode"] == "folded"
    kept = [ln for ln, i in zip(corpus_lines, ids) if i not in drop]
    edited = json.loads(kept[10])
    edited["text"] = edited["text"].replace(".", ". Demikian laporan redaksi.", 1)
    kept[10] = json.dumps(edited, ensure_ascii=False) + "\n"
    _write(src, kept)
    changed = build([src], out, stores=False)
    assert changed.merge["mode"] == "folded" and changed.changes["changed"] == 1
    assert changed.merge["articles_reread"] < len(kept)
    ref = tmp_path / "ref"
    build([src], ref, stores=False)
    assert (out / "graph.json").read_bytes() == (ref / "graph.json").read_bytes()
    assert json.loads((out / "build.json").read_text())["merges"] == json.loads((ref / "build.json").read_text())["merges"]
