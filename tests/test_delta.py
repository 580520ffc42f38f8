"""graph_delta/apply_delta: the unit of incremental store updates."""
from __future__ import annotations

from graphkit.delta import apply_delta, graph_delta
from graphkit.model import Edge, Graph, Node


def _graph(names: dict[str, str], edges: list[tuple[str, str]]) -> Graph:
    return Graph([Node(id=i, labels=["Official"], properties={"name": n}) for i, n in names.items()],
                 [Edge(type="LED", source=s, target=t) for s, t in edges])


def test_delta_lists_only_what_changed_and_applies_back():
    old = _graph({"a": "A", "b": "B", "c": "C"}, [("a", "b"), ("b", "c")])
    new = _graph({"a": "A", "b": "B2", "d": "D"}, [("a", "b"), ("a", "d")])
    delta = graph_delta(old, new)
    assert [n.id for n in delta.upsert_nodes] == ["b", "d"]
    assert delta.delete_nodes == ["c"]
    assert [e.key for e in delta.upsert_edges] == [("LED", "a", "d", "")]
    assert delta.delete_edges == [("LED", "b", "c", "")]
    assert apply_delta(old, delta) == new


def test_no_change_is_an_empty_delta():
    g = _graph({"a": "A"}, [("a", "a")])
    assert not graph_delta(g, _graph({"a": "A"}, [("a", "a")]))


def test_the_jsonl_delta_equals_the_graph_delta(tmp_path):
    """The build computes the store delta from the two generations' graph.jsonl line digests; it must
    name exactly what comparing the two graphs names (upserts in graph order, deletes sorted)."""
    from graphkit.delta import jsonl_delta
    from graphkit.stores import graphdoc
    from test_embedded import mini_graph
    from test_scale_update import changed
    old = mini_graph()
    for new in (changed(old), old, Graph()):
        graphdoc.write_jsonl(old, tmp_path / "old.jsonl")
        graphdoc.write_jsonl(new, tmp_path / "new.jsonl")
        got, want = jsonl_delta(tmp_path / "old.jsonl", tmp_path / "new.jsonl", new), graph_delta(old, new)
        assert [n.id for n in got.upsert_nodes] == [n.id for n in want.upsert_nodes]
        assert [e.key for e in got.upsert_edges] == [e.key for e in want.upsert_edges]
        assert (got.delete_nodes, got.delete_edges) == (want.delete_nodes, want.delete_edges)
    assert got.delete_nodes and not got.upsert_nodes  # the last pair removed everything
