"""``merged_file.fast_graph``/``load_merged`` read a graph document by making each parsed record the object's
``__dict__`` (``_read_graph``): the graph must be the one the per-record constructors give, record for record
(keys, field order, values, pydantic's slots), and a document with other keys must take the per-record path."""
from __future__ import annotations

import json

from graphkit.buildstate import MERGED, load_merged, save_merged
from graphkit.merged_file import fast_graph
from graphkit.model import Edge, Graph, Node, provenance


def _reference(path) -> Graph:
    """The per-record reading (graphkit's before ``_read_graph``)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    g = Graph()
    g.nodes = {n["id"]: Node.trusted(n["id"], n["labels"], n["properties"]) for n in doc["nodes"]}
    g.edges = {(e["type"], e["source"], e["target"],
                str(e["properties"].get("capacity") or "") if e["type"] == "HOLDS" else ""):
               Edge.trusted(e["type"], e["source"], e["target"], e["properties"]) for e in doc["edges"]}
    return g


def _same(a, b) -> bool:
    slots = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
    return (type(a) is type(b) and list(a.__dict__.items()) == list(b.__dict__.items())
            and all(getattr(a, s) == getattr(b, s) for s in slots) and a == b)


def _graph() -> Graph:
    g = Graph()
    for i, name in enumerate(["Budi", "Siti \"Nur\"", "Ça\tva", "Andi"]):
        g.add_node(Node(id=f"official:{i}", labels=["Official", "Person"] if i % 2 else ["Official"],
                        properties={"name": name, "aliases": ["x", "y"], **provenance(f"a{i}", i, i + 3)}))
    g.add_node(Node(id="office:bupati:35.09", labels=["Office"], properties={}))
    for i, cap in enumerate(["Pj", "Plt", None]):
        props = {**provenance("a1"), **({"capacity": cap} if cap else {})}
        g.add_edge(Edge(type="HOLDS", source=f"official:{i}", target="office:bupati:35.09", properties=props))
    g.add_edge(Edge(type="ATTENDED", source="official:3", target="official:0", properties={"count": 2}))
    return g


def test_load_equals_the_per_record_reading(tmp_path):
    save_merged(_graph(), tmp_path)
    ref, base = _reference(tmp_path / MERGED), load_merged(tmp_path)
    got = base.graph
    assert list(got.nodes) == list(ref.nodes) and list(got.edges) == list(ref.edges)
    assert all(_same(a, b) for a, b in zip([*got.nodes.values(), *got.edges.values()],
                                            [*ref.nodes.values(), *ref.edges.values()]))
    assert base.objects == [*got.nodes.values(), *got.edges.values()]
    assert all(o is p for o, p in zip(base.objects, [*got.nodes.values(), *got.edges.values()]))
    assert base.keys == [*got.nodes, *got.edges]
    assert [k for k in got.edges if k[0] == "HOLDS"] == [("HOLDS", f"official:{i}", "office:bupati:35.09", c)
                                                       for i, c in enumerate(["Pj", "Plt", ""])]


def test_other_keys_take_the_per_record_path(tmp_path):
    doc = {"nodes": [{"labels": ["Official"], "id": "official:b", "properties": {"name": "B"}},
                     {"id": "official:a", "labels": ["Official"], "properties": {}, "note": 1}],
           "edges": [{"source": "official:a", "type": "ATTENDED", "target": "official:b", "properties": {}}]}
    path = tmp_path / "g.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    got, ref = fast_graph(path), _reference(path)
    assert list(got.nodes) == list(ref.nodes) == ["official:b", "official:a"]
    assert all(_same(a, b) for a, b in zip([*got.nodes.values(), *got.edges.values()],
                                            [*ref.nodes.values(), *ref.edges.values()]))
    assert list(got.nodes["official:a"].__dict__) == ["id", "labels", "properties"]


def test_duplicate_keys_keep_the_dict_semantics(tmp_path):
    doc = {"nodes": [{"id": "official:a", "labels": ["Official"], "properties": {"n": 1}},
                     {"id": "official:a", "labels": ["Official"], "properties": {"n": 2}}], "edges": []}
    path = tmp_path / MERGED
    path.write_text(json.dumps(doc), encoding="utf-8")
    base = load_merged(tmp_path)
    assert base.graph.nodes["official:a"].properties == {"n": 2}
    assert base.objects == [base.graph.nodes["official:a"]] and base.keys == ["official:a"]
