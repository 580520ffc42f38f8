"""The stores written from graph.jsonl (``graphfile.GraphFile``) instead of the in-memory graph (#20).

A large build lets its resolved graph go before the stores and hands them a view that reads records back
from the generation's graph.jsonl.  What they write must not depend on which of the two they were given.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from folder_check import store_answers, write_articles

from graphkit import buildjob
from graphkit.graphfile import GraphFile
from graphkit.graphfiles import INDEX
from graphkit.pipeline import build
from graphkit.stores import graphdoc


@pytest.fixture()
def built(tmp_path):
    files = write_articles(tmp_path / "src", 6)
    out = tmp_path / "out"
    build(files, out, stores=False)
    return out / "current", files


def _same_records(view: GraphFile, graph) -> None:
    assert list(view.nodes) == sorted(graph.nodes)
    assert len(view.nodes) == len(graph.nodes) and len(view.edges) == len(graph.edges)
    assert [n.to_dict() for n in view.sorted_nodes()] == [n.to_dict() for n in graph.sorted_nodes()]
    assert [view.edges[k].to_dict() for k in sorted(view.edges)] == [e.to_dict() for e in graph.sorted_edges()]
    some = sorted(graph.nodes)[len(graph.nodes) // 2]
    assert some in view.nodes and view.nodes[some].to_dict() == graph.nodes[some].to_dict()
    assert "no-such-node" not in view.nodes and view.nodes.get("no-such-node") is None
    with pytest.raises(KeyError):
        view.edges[0]  # record 0 is a node


def test_the_view_gives_back_every_record_of_the_graph(built):
    gen, _ = built
    graph = graphdoc.read_graph(gen / "graph.json")
    assert graph.nodes and graph.edges
    with GraphFile(gen) as view:
        _same_records(view, graph)


def test_without_its_index_the_view_finds_the_lines_itself(built, tmp_path):
    gen, _ = built
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "graph.jsonl").write_bytes((gen / "graph.jsonl").read_bytes())
    (bare / INDEX).write_bytes(b"not an index")
    with GraphFile(bare) as view:
        _same_records(view, graphdoc.read_graph(gen / "graph.json"))


def _facts(out: Path) -> dict:
    doc = json.loads((out / "build.json").read_text(encoding="utf-8"))
    return {k: doc[k] for k in ("nodes", "edges", "diagnostics", "merges")}


def test_a_build_that_lets_its_graph_go_writes_the_same_stores(tmp_path, monkeypatch):
    files = write_articles(tmp_path / "src", 6)
    kept = build(files, tmp_path / "kept")
    monkeypatch.setattr(buildjob, "RELEASE_GRAPH_OVER", 0)
    let_go = build(files, tmp_path / "let-go")
    assert let_go.loaded is None and kept.loaded is not None  # the graph was let go before the stores
    for name in ("graph.nt", "graph.nt.idx", "graph.json"):
        assert (tmp_path / "let-go" / "current" / name).read_bytes() == \
            (tmp_path / "kept" / "current" / name).read_bytes(), name
    assert store_answers(tmp_path / "let-go") == store_answers(tmp_path / "kept")
    assert _facts(tmp_path / "let-go") == _facts(tmp_path / "kept")
    assert let_go.summary()["nodes"] == kept.summary()["nodes"]
    assert let_go.graph == kept.graph  # read back from the folder when asked


def test_letting_the_graph_go_empties_the_key_caches(tmp_path, monkeypatch):
    """The resolution's key caches would keep the freed graph's memory held (resolve.keys.forget_keys)."""
    from graphkit.resolve import keys
    files = write_articles(tmp_path / "src", 6)
    monkeypatch.setattr(buildjob, "RELEASE_GRAPH_OVER", 0)
    sizes = []
    real = buildjob.give_back_memory
    monkeypatch.setattr(buildjob, "give_back_memory", lambda: (sizes.append(
        [f.cache_info().currsize for f in (keys.text_key, keys.name_key)]), real()))
    keys.name_key("Budi Santoso")
    build(files, tmp_path / "let-go")
    assert sizes == [[0, 0]]
    assert keys.name_key("H. Budi Santoso, S.Sos") == "budi santoso"  # and they still work
