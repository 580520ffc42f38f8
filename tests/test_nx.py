"""networkx, GraphML, GEXF and CSV exports read back with networkx / csv."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from graphkit.cli import main
from graphkit.model import Edge, Graph, Node
from graphkit.stores import nx as gnx


def small() -> Graph:
    return Graph(
        [Node(id="official:a", labels=["Official"], properties={"name": "Ani", "aliases": ["A."],
              "evidence": [{"article": "article:x", "start": 3, "end": 6}], "sources": ["article:x"]}),
         Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati Jember", "role": "Bupati"}),
         Node(id="event:rapat:2024-09-01:35.09", labels=["Event"], properties={"type": "rapat", "date": None})],
        [Edge(type="HOLDS", source="official:a", target="office:bupati:35.09", properties={"capacity": "Plt"}),
         Edge(type="HOLDS", source="official:a", target="office:bupati:35.09", properties={"capacity": "definitif"}),
         Edge(type="LED", source="official:a", target="event:rapat:2024-09-01:35.09", properties={"count": 2}),
         Edge(type="MENTIONS", source="official:a", target="office:bupati:35.09", properties={"count": "many"})])


def test_multidigraph_keeps_parallel_edges_and_lists():
    g = gnx.to_networkx(small())
    assert g.number_of_edges("official:a", "office:bupati:35.09") == 3
    assert g.nodes["official:a"]["aliases"] == ["A."]
    assert g.nodes["official:a"]["nodelabel"] == "Official" and g.nodes["official:a"]["label"] == "Ani"
    assert g.edges["official:a", "office:bupati:35.09", "HOLDS|Plt"]["capacity"] == "Plt"


def test_graphml_roundtrip_typed(tmp_path):
    path = tmp_path / "g.graphml"
    summary = gnx.export(small(), path, "graphml")
    assert (summary["nodes"], summary["edges"]) == (3, 4)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (3, 4)
    assert json.loads(back.nodes["official:a"]["aliases"]) == ["A."]
    assert json.loads(back.nodes["official:a"]["evidence"])[0]["start"] == 3
    caps = sorted(d.get("capacity") for _, _, d in back.edges("official:a", data=True) if d["type"] == "HOLDS")
    assert caps == ["Plt", "definitif"]
    text = path.read_text()
    # count is int on LED but str on MENTIONS: one key, typed string, not two clashing keys
    assert text.count('attr.name="count"') == 1 and 'attr.name="count" attr.type="string"' in text
    assert "date" not in back.nodes["event:rapat:2024-09-01:35.09"]  # None is dropped, not "None"


def test_gexf_roundtrip(tmp_path):
    path = tmp_path / "g.gexf"
    gnx.export(small(), path, "gexf")
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (3, 4)
    assert back.nodes["official:a"]["label"] == "Ani"
    assert back.nodes["office:bupati:35.09"]["role"] == "Bupati"


def test_node_link_roundtrip(tmp_path):
    path = tmp_path / "g.json"
    gnx.export(small(), path, "networkx")
    back = gnx.read_node_link(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert nx.utils.graphs_equal(back, gnx.to_networkx(small()))


def test_csv(tmp_path):
    gnx.export(small(), tmp_path / "csv", "csv")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert [r["id"] for r in nodes] == ["event:rapat:2024-09-01:35.09", "office:bupati:35.09", "official:a"]
    assert json.loads(nodes[2]["aliases"]) == ["A."]
    assert sorted(r["type"] for r in edges) == ["HOLDS", "HOLDS", "LED", "MENTIONS"]


def test_csv_wants_a_folder(tmp_path):
    from graphkit.errors import UsageError
    with pytest.raises(UsageError, match="two files"):
        gnx.export(small(), tmp_path / "graph.csv", "csv")
    assert not (tmp_path / "graph.csv").exists()


def test_cli_exports_seed_build(seed_build, tmp_path):
    graph = seed_build.graph
    for fmt, target in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("networkx", "g.json"), ("csv", "csv")):
        assert main(["export", fmt, str(seed_build.out), "-o", str(tmp_path / target), "-q"]) == 0
    counts = (len(graph.nodes), len(graph.edges))
    assert (lambda g: (g.number_of_nodes(), g.number_of_edges()))(
        nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)) == counts
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert gexf.number_of_nodes() == counts[0]
    assert gexf.nodes["official:imam-hidayat"]["label"] == "Imam Hidayat"
    back = gnx.read_node_link(tmp_path / "g.json")
    assert (back.number_of_nodes(), back.number_of_edges()) == counts
    assert back.nodes["official:imam-hidayat"]["labels"] == ["Official"]
    with open(tmp_path / "csv" / "edges.csv", encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == counts[1]
