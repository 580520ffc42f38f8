"""The merged state of a generation is written by copying the previous merged.json's bytes for the records
a fold left alone (``buildstate.save_merged``): the file and its index must equal a fresh write."""
from __future__ import annotations

import pytest

from graphkit.buildstate import MERGED, MERGED_INDEX, load_merged, save_merged
from graphkit.model import Edge, Graph, Node, provenance
from graphkit.stores import graphdoc


def _graph(ids: list[str], edges: list[tuple[str, str]]) -> Graph:
    g = Graph()
    for i in ids:
        g.add_node(Node(id=i, labels=["Official"], properties={"name": i.split(":")[1].title(), **provenance("a1")}))
    for s, t in edges:
        g.add_edge(Edge(type="ATTENDED", source=s, target=t, properties=provenance("a1")))
    return g


@pytest.mark.parametrize("change", ["new first", "first removed", "middle changed", "edges emptied", "all new"])
def test_saved_merged_state_equals_a_fresh_write(tmp_path, change, monkeypatch):
    old = _graph(["official:b", "official:c", "official:d"], [("official:b", "official:c"), ("official:c", "official:d")])
    prev, gen, fresh = tmp_path / "1", tmp_path / "2", tmp_path / "fresh"
    for d in (prev, gen, fresh):
        d.mkdir()
    save_merged(old, prev)
    base = load_merged(prev)
    g = base.graph  # edited the way a fold does: untouched records stay the loaded objects
    if change == "new first":
        g.add_node(Node(id="official:a", labels=["Official"], properties=provenance("a2")))
        g.add_edge(Edge(type="ATTENDED", source="official:a", target="official:b", properties=provenance("a2")))
    elif change == "first removed":
        del g.nodes["official:b"]
        g.edges = {k: e for k, e in g.edges.items() if "official:b" not in k}
    elif change == "middle changed":
        g.add_node(Node(id="official:c", labels=["Official"], properties=provenance("a2", 4, 9)))
    elif change == "edges emptied":
        g.edges = {}
    else:
        g = _graph(["official:x", "official:y"], [("official:x", "official:y")])
    import graphkit.rangecopy as rangecopy
    copied: list[int] = []
    real = rangecopy.copy_range
    monkeypatch.setattr(rangecopy, "copy_range", lambda s, d, o, n: (copied.append(n), real(s, d, o, n)))
    save_merged(g, gen, base)
    assert (sum(copied) > 0) == (change != "all new")  # unchanged records' bytes come from the old file
    save_merged(g, fresh)
    assert (gen / MERGED).read_bytes() == (fresh / MERGED).read_bytes()
    assert (gen / MERGED_INDEX).read_bytes() == (fresh / MERGED_INDEX).read_bytes()
    graphdoc.write_json(g, tmp_path / "doc.json")
    assert (tmp_path / "doc.json").read_bytes() == (fresh / MERGED).read_bytes()


def test_find_names_each_record_that_is_a_loaded_object_by_a_walk_not_a_map(tmp_path):
    """``MergedBase.find`` gives, per record of the new graph in sorted order, its place among the loaded records
    when it is that very object (a record rebuilt to an equal value, a new one, and everything after a removed
    record are told apart), and the base keeps no map from object to place (2.25M entries at 100k articles)."""
    old = _graph(["official:b", "official:c", "official:d", "official:e"],
                 [("official:b", "official:c"), ("official:c", "official:d"), ("official:d", "official:e")])
    (tmp_path / "1").mkdir()
    save_merged(old, tmp_path / "1")
    base = load_merged(tmp_path / "1")
    assert not any(isinstance(v, dict) and len(v) == len(base.objects) for v in vars(base).values())
    g = base.graph
    del g.nodes["official:c"]                                        # removed
    g.add_node(Node(id="official:a", labels=["Official"], properties=provenance("a2")))  # new, before all
    d = g.nodes["official:d"]
    g.nodes["official:d"] = Node.trusted(d.id, list(d.labels), dict(d.properties))       # equal value, other object
    node_keys, edge_keys = sorted(g.nodes), sorted(g.edges)
    items = [*(g.nodes[k] for k in node_keys), *(g.edges[k] for k in edge_keys)]
    place = {id(o): i for i, o in enumerate(base.objects)}
    want = [place.get(id(item), -1) for item in items]
    assert list(base.find(node_keys, edge_keys, items)) == want
    assert want[:4] == [-1, 0, -1, 3] and want[4:] == [4, 5, 6]      # a, b, d (copy), e; then the three edges
