"""#19 D9: every export is well-formed for any text.  Article titles, names and quotes are untrusted
(a JSON escape gives NUL, form feed, ESC; scraped JSON gives lone surrogates), so every exporter runs
over hypothesis-generated strings and its file is parsed back with a real parser: lxml (GraphML,
GEXF), networkx readers, json, csv, rdflib and pyoxigraph (N-Triples, N-Quads, Turtle, TriG, JSON-LD).
"""
from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from graphkit.cli import main
from graphkit.model import Edge, Graph, Node
from graphkit.stores import nx as gnx
from graphkit.stores import rdf
from graphkit.stores.neo4j_import import export_import_csvs

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
NASTY = ["\x00", "\x0c", "\x1b", "\x07", "\x7f", "\x85", "\ud83d", "\udc00", "\ufffe", "\uffff", "\r", "\n",
         "\r\n", "<", ">", "&", "]]>", '"', "'", ";", "|", "\\", "\u2028", "\U0001f389", "&amp;", "<!--"]
TEXT = st.lists(st.one_of(st.sampled_from(NASTY), st.characters(), st.text(max_size=5)), max_size=12).map("".join)


def hostile_graph(s: str, t: str) -> Graph:
    """Every place a text can sit: ids, names, titles, quotes, lists, edge properties."""
    art = "article:" + (s or "x")
    return Graph(
        [Node(id=art, labels=["Article"], properties={"title": s, "url": "https://x.id/" + t, "outlet": t}),
         Node(id="official:" + t, labels=["Official"], properties={"name": s, "aliases": [s, t],
              "evidence": [{"article": art, "start": 0, "end": 1}], "sources": [art]}),
         Node(id="statement:1", labels=["Statement"], properties={"text": t + s, "sources": [art]}),
         Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati " + t})],
        [Edge(type="STATED", source="official:" + t, target="statement:1", properties={"sources": [art]}),
         Edge(type="HOLDS", source="official:" + t, target="office:bupati:35.09",
              properties={"capacity": "Plt", "note": s})])


def export_all(graph: Graph, folder: Path) -> None:
    """Run every exporter over ``graph`` and parse each file back; an exception is a failure."""
    for fmt, suffix in (("graphml", "graphml"), ("gexf", "gexf")):
        path = folder / f"g.{suffix}"
        gnx.export(graph, path, fmt)
        etree.parse(str(path), etree.XMLParser(resolve_entities=False, huge_tree=True))
        (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    gnx.export(graph, folder / "g.json", "networkx")
    gnx.read_node_link(folder / "g.json")
    gnx.export(graph, folder / "csv", "csv")
    for name in ("nodes.csv", "edges.csv"):
        with (folder / "csv" / name).open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert len({len(r) for r in rows}) == 1
    n4 = export_import_csvs(graph, folder / "n4")
    for name in n4["files"]:
        with (folder / "n4" / name).open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert len({len(r) for r in rows}) == 1
    for key in ("nt", "nq", "ttl", "trig"):
        path = folder / f"g.{key}"
        rdf.export(graph, path, key)
        fmt = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "trig": ox.RdfFormat.TRIG}[key]
        list(ox.parse(path=str(path), format=fmt))
        rdflib.Dataset().parse(str(path), format={"nt": "nt", "nq": "nquads", "ttl": "turtle",
                                                  "trig": "trig"}[key])
    rdf.export(graph, folder / "g.jsonld", "jsonld")
    rdflib.Graph().parse(str(folder / "g.jsonld"), format="json-ld")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=TEXT, t=TEXT)
def test_every_export_parses_for_any_text(s, t):
    with tempfile.TemporaryDirectory() as tmp:
        export_all(hostile_graph(s, t), Path(tmp))


def test_d9_control_characters_in_a_title_through_the_cli(tmp_path, capsys):
    """The reproduction from #19: a title with form feed, ESC and NUL (JSON escapes), every `graphkit export`."""
    body = ("Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
            "Wahyawibawagraha, Senin (23/9/2024).")
    rec = {"id": "c\x1bid", "title": "Ti\x0c\x1b\x00tle \ud83d", "text": body}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "c.jsonl"), "--out", str(out), "-q"]) == 0
    for fmt, suffix in (("graphml", "graphml"), ("gexf", "gexf"), ("networkx", "json")):
        assert main(["export", fmt, str(out), "-o", str(tmp_path / f"x.{suffix}"), "-q"]) == 0
    assert main(["export", "csv", str(out), "-o", str(tmp_path / "csv"), "-q"]) == 0
    assert main(["export", "neo4j-import", str(out), "-o", str(tmp_path / "n4"), "-q"]) == 0
    for key in ("nt", "ttl", "nq", "trig", "jsonld"):
        assert main(["export", "rdf", str(out), "-o", str(tmp_path / f"x.{key}"), "-q"]) == 0
    assert "internal error" not in capsys.readouterr().err
    for suffix in ("graphml", "gexf"):
        root = etree.parse(str(tmp_path / f"x.{suffix}")).getroot()
        assert any("Ti\ufffd\ufffd\ufffdtle" in (e.get("value") or e.text or "") for e in root.iter())
    back = nx.read_graphml(tmp_path / "x.graphml", force_multigraph=True)
    titles = {d.get("title") for _, d in back.nodes(data=True)}
    assert "Ti\ufffd\ufffd\ufffdtle \ufffd" in titles
    assert len(rdflib.Graph().parse(str(tmp_path / "x.ttl"), format="turtle")) > 0


@pytest.mark.parametrize("text,xml,utf8", [("a\x00b\x0c\x1bc", "a\ufffdb\ufffd\ufffdc", "a\x00b\x0c\x1bc"),
                                           ("ok\t\n\r", "ok\t\n\r", "ok\t\n\r"),
                                           ("\ud83d\ufffe", "\ufffd\ufffd", "\ufffd\ufffe"),
                                           ("\U0001f389", "\U0001f389", "\U0001f389")])
def test_text_cleaning(text, xml, utf8):
    from graphkit.stores.textsafe import utf8_safe, xml_safe
    assert xml_safe(text) == xml and utf8_safe(text) == utf8 and xml_safe(3) == 3


def test_csv_exports_keep_a_lone_carriage_return(tmp_path):
    """With lineterminator "\\n" Python's csv left a field holding only "\\r" unquoted: the row split in two."""
    g = hostile_graph("\r", "a\rb")
    gnx.export(g, tmp_path / "csv", "csv")
    with (tmp_path / "csv" / "nodes.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["title"] for r in rows if r["title"]} == {"\r"}
    export_import_csvs(g, tmp_path / "n4")
    with (tmp_path / "n4" / "nodes_Article.csv").open(newline="", encoding="utf-8") as fh:
        assert [r["title"] for r in csv.DictReader(fh)] == ["\r"]
