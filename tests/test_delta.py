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
