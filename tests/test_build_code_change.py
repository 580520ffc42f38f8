"""A build folder made by other code is rebuilt, not reused (#20).

A build with no new, changed or removed article returns the previous generation, and a build with a few
changes folds them into the kept merged state.  Both are only right while the post-extraction code (merge,
resolution, graph files, stores) is the code that made the kept state: ``build.json`` records its
fingerprint, and a build whose previous generation has another one writes every output again, with
extraction still served from the cache.  The "upgrade" is simulated by a resolution that also renames
every Official, paired with a new fingerprint, as a real upgrade pairs new rules with new source."""
from __future__ import annotations

import json

import pytest
from folder_check import write_articles

import graphkit.buildjob as buildjob
from graphkit.codeprint import pipeline_fingerprint
from graphkit.pipeline import build


def _official_names(out) -> set[str]:
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n["properties"]["name"] for n in doc["nodes"] if "Official" in n["labels"]}


def _upgrade(monkeypatch, fingerprint: str) -> None:
    real = buildjob.resolve

    def renaming(merged, memo):
        graph, merges = real(merged, memo)
        for node in graph.nodes.values() if isinstance(graph.nodes, dict) else graph.nodes:
            if "Official" in node.labels:
                node.properties["name"] = "Upgraded " + node.properties["name"]
        return graph, merges
    monkeypatch.setattr(buildjob, "resolve", renaming)
    monkeypatch.setattr(buildjob, "pipeline_fingerprint", lambda: fingerprint)


@pytest.fixture()
def built(tmp_path):
    files = write_articles(tmp_path / "src", 4)
    out = tmp_path / "out"
    first = build(files, out, stores=False)
    return out, files, first


def test_build_json_records_the_code_that_made_it(built):
    out, _, _ = built
    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["code"] == pipeline_fingerprint()


def test_same_code_and_articles_reuse_the_previous_generation(built, monkeypatch):
    out, files, first = built
    _upgrade(monkeypatch, pipeline_fingerprint())  # other behaviour, same fingerprint: nothing is redone
    again = build(files, out, stores=False)
    assert again.generation == first.generation
    assert not any(n.startswith("Upgraded ") for n in _official_names(out))


def test_other_code_rebuilds_every_output_from_the_cache(built, monkeypatch):
    out, files, first = built
    before = _official_names(out)
    assert before
    _upgrade(monkeypatch, "another-version")
    again = build(files, out, stores=False)
    assert again.generation != first.generation
    assert again.extracted == 0 and again.unchanged == len(files)  # extraction still cached
    assert _official_names(out) == {"Upgraded " + name for name in before}
    summary = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert summary["code"] == "another-version" and summary["merge"]["mode"] == "re-merged"
    third = build(files, out, stores=False)  # and the upgraded folder is then reused as usual
    assert third.generation == again.generation


def test_only_a_folded_build_collects_the_older_generations_less_often(built, monkeypatch):
    """Resolution runs with the collector off in every build, but the older generations are collected less
    often only in a build that folds into a kept merged graph: for a whole full build of 100k articles it
    raised the peak of the stores ~120 MB."""
    import gc

    out, files, _ = built
    calls: list[tuple] = []
    real = buildjob.kept_out_of_collections

    def spy(load):
        calls.append(("kept", gc.get_threshold()[1]))
        return real(load)
    monkeypatch.setattr(buildjob, "kept_out_of_collections", spy)
    default = gc.get_threshold()[1]
    build(files, out.parent / "scratch", stores=False)  # a full build: nothing kept to fold into
    assert calls == [("kept", default)]  # resolution only, thresholds as Python's
    calls.clear()
    build(files + write_articles(out.parent / "src", 1, start=4), out, stores=False)  # folds one article in
    assert calls == [("kept", default), ("kept", 100)]  # the kept merged graph's load, then resolution
