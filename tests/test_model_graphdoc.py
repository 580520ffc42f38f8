"""The graph model's merge laws and the graph document's round trip and atomic writes."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graphkit.atomic import atomic_write
from graphkit.errors import GraphDocumentError
from graphkit.model import Edge, Graph, Node, merge_properties, provenance
from graphkit.stores import graphdoc


def official(article: str, start: int, alias: str | None = None) -> Node:
    props = {"name": "Imam Hidayat", **provenance(article, start, start + 12, "t/1")}
    if alias:
        props["aliases"] = [alias]
    return Node(id="official:imam-hidayat", labels=["Official"], properties=props)


def holds(article: str, capacity: str) -> Edge:
    return Edge(type="HOLDS", source="official:imam-hidayat", target="office:bupati:35.09",
                properties={"capacity": capacity, **provenance(article, 0, 5)})


def test_merge_unions_provenance_and_never_duplicates():
    g = Graph([official("a1", 10, "Imam"), official("a2", 30), official("a1", 10)])
    assert len(g.nodes) == 1
    p = g.nodes["official:imam-hidayat"].properties
    assert p["sources"] == ["article:a1", "article:a2"]
    assert p["evidence"] == [{"article": "article:a1", "start": 10, "end": 22},
                             {"article": "article:a2", "start": 30, "end": 42}]
    assert p["aliases"] == ["Imam"]


def test_holds_with_different_capacity_are_two_edges_same_capacity_one():
    g = Graph(edges=[holds("a1", "Pjs"), holds("a2", "Pjs"), holds("a3", "definitif")])
    assert sorted(e.properties["capacity"] for e in g.edges.values()) == ["Pjs", "definitif"]
    pjs = [e for e in g.edges.values() if e.properties["capacity"] == "Pjs"][0]
    assert pjs.properties["sources"] == ["article:a1", "article:a2"]


def test_merge_is_order_independent():
    items = [official("a2", 5, "Hidayat"), official("a1", 10, "Imam"),
             Node(id="official:imam-hidayat", labels=["Official", "Person"], properties={"name": "Imam H."})]
    forward, backward = Graph(items), Graph(reversed(items))
    assert forward.to_dict() == backward.to_dict()
    assert merge_properties({"x": "b"}, {"x": "a"}) == merge_properties({"x": "a"}, {"x": "b"}) == {"x": "a"}


def sample_graph() -> Graph:
    return Graph([official("a1", 10, "Imam"),
                  Node(id="office:bupati:35.09", labels=["Office"],
                       properties={"name": "Bupati Jember", "role": "Bupati", "region": "35.09",
                                   **provenance("a1", 40, 53)}),
                  Node(id="statement:x", labels=["Statement"],
                       properties={"text": "Kutipan \"dalam\" — ünïcödé\nbaris", **provenance("a1", 60, 90)})],
                 [holds("a1", "Pjs")])


@pytest.mark.parametrize("name", ["graph.json", "graph.jsonl"])
def test_graph_document_round_trip(tmp_path, name):
    g = sample_graph()
    path = tmp_path / name
    (graphdoc.write_json if name.endswith(".json") else graphdoc.write_jsonl)(g, path)
    back = graphdoc.read_graph(path)
    assert back.to_dict() == g.to_dict()
    if name.endswith(".json"):
        assert json.loads(path.read_text(encoding="utf-8")) == g.to_dict()  # plain JSON, SCHEMA.md shape
    else:
        kinds = [json.loads(line)["kind"] for line in path.read_text(encoding="utf-8").splitlines()]
        assert kinds == ["node"] * 3 + ["edge"]


def test_same_graph_same_bytes(tmp_path):
    graphdoc.write_json(sample_graph(), tmp_path / "a.json")
    graphdoc.write_json(Graph(reversed(list(sample_graph().nodes.values())),
                              sample_graph().edges.values()), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_atomic_write_keeps_old_file_on_crash(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("OLD", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as fh:
            fh.write("HALF")
            raise RuntimeError("crash mid-write")
    assert target.read_text(encoding="utf-8") == "OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no temp file left behind


@pytest.mark.parametrize("content,where", [("{not json", "graph.json"), ('{"nodes": [{"id": 1}]}', "graph.json")])
def test_bad_graph_document_is_a_clear_error(tmp_path, content, where):
    p = tmp_path / where
    p.write_text(content, encoding="utf-8")
    with pytest.raises(GraphDocumentError) as info:
        graphdoc.read_graph(p)
    assert "E020" in str(info.value) and str(p) in str(info.value)


def test_bad_jsonl_line_names_the_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"kind":"node","id":"a","labels":["Topic"],"properties":{}}\n{oops\n', encoding="utf-8")
    with pytest.raises(GraphDocumentError, match=r"g.jsonl:2:"):
        graphdoc.read_graph(p)


def test_missing_graph_and_empty_folder(tmp_path):
    with pytest.raises(GraphDocumentError, match="no such graph document"):
        graphdoc.read_graph(tmp_path / "none.json")
    with pytest.raises(GraphDocumentError, match="no graph.json"):
        graphdoc.read_graph(tmp_path)


def test_atomic_write_gives_ordinary_permissions(tmp_path):
    from graphkit.atomic import _UMASK
    with atomic_write(tmp_path / "f.json") as fh:
        fh.write("{}")
    assert (tmp_path / "f.json").stat().st_mode & 0o777 == 0o666 & ~_UMASK  # not mkstemp's 0600


def test_trusted_construction_equals_validated_models():
    # Node/Edge.trusted set pydantic's internals directly (extraction's fast path): a pydantic upgrade
    # that changes them must fail here, not corrupt graphs.
    from graphkit.model import Edge, Node
    props = {"name": "Budi", "sources": ["article:a"]}
    n, t = Node(id="official:budi", labels=["Official"], properties=props), Node.trusted("official:budi", ["Official"], dict(props))
    assert t == n and t.model_dump() == n.model_dump() and t.model_copy() == n and t.model_fields_set == n.model_fields_set
    e = Edge(type="HOLDS", source="a", target="b", properties={"capacity": "Pj"})
    f = Edge.trusted("HOLDS", "a", "b", {"capacity": "Pj"})
    assert f == e and f.key == e.key and f.model_dump_json() == e.model_dump_json()


def _per_record(graph: Graph) -> str:
    return "".join(graphdoc._dumps(r) + "\n" for r in graphdoc._records(graph))


@pytest.mark.parametrize("value", ["plain", 'a ,{"kind":" inside a string', [{"kind": "node", "x": 1}]])
def test_jsonl_text_splits_one_encoded_list_into_the_lines_of_each_record(value):
    # jsonl_text encodes all records in one call and splits at ',{"kind":"'; a property holding such an
    # item would add a split point, and then every record is encoded alone: the text is the same either way
    g = Graph()
    g.add_node(Node(id="a", labels=["Official"], properties={"name": "A", "note": value}))
    g.add_node(Node(id="b", labels=["Region"], properties={"name": "B"}))
    g.add_edge(Edge(type="IN_REGION", source="a", target="b", properties={"note": value}))
    text = graphdoc.jsonl_text(g)
    assert text == _per_record(g)
    assert [json.loads(line)["kind"] for line in text.splitlines()] == ["node", "node", "edge"]
    assert json.loads(text.splitlines()[0])["properties"]["note"] == value
    assert graphdoc.jsonl_text(Graph()) == ""
