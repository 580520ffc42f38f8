"""The RDF update renders only the values a list property gained or lost (issue #20, incremental eighth round).

``rdf_update._diff_properties`` must give exactly the triples to add and remove that rendering both versions
of the property whole and comparing them gives; these cases are the ones where a shortcut could go wrong
(the list marker appearing or going, one-value set properties, lone surrogates, wikidata IRIs, mixed lists).
graph.nt's records with evidence, rendered five lines a span, must be the text of their triples.
"""
from __future__ import annotations

import shutil

import pytest

from graphkit.delta import graph_delta
from graphkit.model import Graph, Node
from graphkit.stores import oxigraph, rdf_update
from graphkit.stores.rdf import property_triples
from graphkit.stores.rdf_vocab import DEFAULT_BASE, NODE_RESERVED, _Terms

S = "<https://example.org/kg/region/35.09>"
MANY = [f"article:{i:04d}" for i in range(300)]

CASES = [
    ("sources", MANY, MANY + ["article:9999"]),                         # a region gains one source of many
    ("sources", MANY, MANY[:100]),                                      # and loses some
    ("sources", ["article:1", "article:2"], ["article:2"]),             # the list marker goes (one source)
    ("aliases", ["Budi"], ["Budi", "Budi S."]),                         # a set property: the marker comes
    ("aliases", ["A", "B"], []),                                        # an empty list keeps its marker
    ("sources", [], ["article:1"]),
    ("name_list", ["x"], ["x", "y"]),                                   # not a set property: marked at one
    ("sources", ["article:a\ud800"], ["article:a\ufffd", "article:b"]),  # a lone surrogate renders as U+FFFD
    ("wikidata", ["Q1"], ["http://www.wikidata.org/entity/Q1", "Q2"]),  # two values, one QID
    ("sources", ["article:1", 2], ["article:1", "2"]),                  # mixed types
    ("sources", ["article:1", "."], ["article:1", "%2E"]),              # percent-encoding stays one-to-one
    ("sources", ["a:b", "a/b"], ["a/b", "a%3Ab"]),
    ("sources", "article:1", ["article:1"]),                            # a scalar became a list
]


def whole(old: dict, new: dict) -> tuple[set, set]:
    """What rendering every property of both versions whole and comparing gives (the reference)."""
    terms = _Terms(DEFAULT_BASE)
    before = set(property_triples(S, old, terms, NODE_RESERVED))
    after = set(property_triples(S, new, terms, NODE_RESERVED))
    return after - before, before - after


@pytest.mark.parametrize("name, a, b", CASES)
def test_a_list_property_diff_equals_rendering_both_whole(name, a, b):
    for old, new in (({name: a}, {name: b}), ({name: b}, {name: a})):
        add, remove = set(), set()
        rdf_update._diff_properties(S, old, new, _Terms(DEFAULT_BASE), NODE_RESERVED, add, remove)
        assert (add, remove) == whole(old, new)


def test_the_shortcut_renders_only_the_values_that_differ(monkeypatch):
    rendered = []
    real = rdf_update.property_triples

    def spy(s, props, terms, reserved):
        rendered.extend(v for value in props.values() for v in (value if isinstance(value, list) else [value]))
        return real(s, props, terms, reserved)

    monkeypatch.setattr(rdf_update, "property_triples", spy)
    add, remove = set(), set()
    rdf_update._diff_properties(S, {"sources": MANY}, {"sources": MANY[1:] + ["article:9999"]},
                                _Terms(DEFAULT_BASE), NODE_RESERVED, add, remove)
    assert sorted(rendered) == ["article:0000", "article:9999"]
    assert len(add) == len(remove) == 2  # the literal and prov:wasDerivedFrom of each


def test_a_region_gaining_sources_updates_the_store_like_a_fresh_write(tmp_path):
    def region(sources):
        g = Graph()
        g.nodes = {"region:35.09": Node(id="region:35.09", labels=["Region"],
                                        properties={"name": "Jember", "sources": sources, "aliases": ["Jember"]})}
        for a in sources:
            g.nodes[a] = Node(id=a, labels=["Article"], properties={"title": a, "sources": [a]})
        return g

    old, new = region(MANY[:50]), region(MANY[:40] + ["article:9999"])
    new.nodes["region:35.09"].properties["aliases"] = ["Jember", "Kab. Jember"]
    prev, fresh = tmp_path / "prev", tmp_path / "fresh"
    oxigraph.write_store(old, prev)
    oxigraph.write_store(new, fresh)
    upd = tmp_path / "upd"
    shutil.copytree(prev, upd)
    summary = oxigraph.update_store(new, upd, graph_delta(old, new))
    assert summary["mode"] == "updated"
    import pyoxigraph as ox
    got = {str(q) for q in ox.Store.read_only(str(upd / "rdf-store"))}
    want = {str(q) for q in ox.Store.read_only(str(fresh / "rdf-store"))}
    assert got == want


def test_graph_nt_renders_evidence_records_as_the_triples_do():
    """``nt_files.node_text``/``edge_text`` (evidence five lines at a time) give ``_text`` of the records' triples."""
    from graphkit.model import Edge
    from graphkit.stores import nt_files
    from graphkit.stores.rdf import edge_triples, node_triples
    spans = [{"article": f"article:{i}", "start": i, "end": i + 5} for i in range(40)]
    nodes = [Node(id="region:35.09", labels=["Region"], properties={"name": "Jember", "sources": MANY[:3],
                                                                     "evidence": spans}),
             Node(id="official:budi", labels=["Official"], properties={"name": "Budi", "evidence": []}),
             Node(id="official:x", labels=["Official"], properties={"evidence": ["not a span"]}),
             Node(id="official:y", labels=["Official"], properties={"evidence": [{"article": "a:b c", "start": "7"}]})]
    terms = _Terms(DEFAULT_BASE)
    for node in nodes:
        assert nt_files.node_text(node, terms) == nt_files._text(node_triples(node, terms))
    edge = Edge(type="HOLDS", source="official:budi", target="office:bupati:35.09",
                properties={"capacity": "Plt", "evidence": spans[:3], "sources": ["article:1"]})
    for direct in (True, False):
        assert nt_files.edge_text(edge, terms, direct) == nt_files._text(edge_triples(edge, terms, direct))
