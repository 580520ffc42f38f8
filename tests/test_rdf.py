"""RDF export: the SHACL-free half — IRIs, escaping, the mapping, every format, round trips."""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from graphkit.model import Edge, Graph, Node, canonical, provenance
from graphkit.stores import rdf
from graphkit.stores.ntriples import escape_literal
from graphkit.stores.rdf import write_ntriples
from graphkit.stores.rdfread import read_rdf

B = rdf.DEFAULT_BASE
GK = rdflib.Namespace(rdf.GK)
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")

A = "article:000_a2cff1fd200ca40b"
HOSTILE = ['we"ird \'q\'', "<script>", "#frag", "`tick`", "{brace}", "$dollar", "back\\slash",
           "\u202eRTL\u202c", "zwj\u200dx", "emoji 😀🇮🇩", "SELECT * WHERE { ?s ?p ?o }", "a|b^c", "50% off",
           "line\nbreak\r\tand\x01ctl\x7f", "..", "a/b"]


def sample_graph() -> Graph:
    """Every label and edge type of SCHEMA.md, with evidence, lists, ints, None and a JSON map."""
    ev = lambda s, e: provenance(A, s, e, "test/1")  # noqa: E731
    nodes = [
        Node(id=A, labels=["Article"], properties={"title": "Audiensi Pjs Bupati Jember", "published": "2024-09-25",
                                                  "url": "https://example.org/a?b=1&c=2", "sources": [A]}),
        Node(id="official:imam-hidayat", labels=["Official"],
             properties={"name": "Imam Hidayat", "aliases": [], "honorifics": ["Dr.", "H."], **ev(10, 22)}),
        Node(id="person:budi", labels=["Person"], properties={"name": "Budi", "role": "wartawan", **ev(400, 404)}),
        Node(id="region:35", labels=["Region"], properties={"name": "Jawa Timur", "kind": "provinsi", "code": "35",
                                                          "wikidata": "Q3586", **ev(30, 40)}),
        Node(id="region:35.09", labels=["Region"], properties={"name": "Kabupaten Jember", "kind": "kabupaten",
                                                             "code": "35.09", "wikidata": "Q10100", **ev(50, 56)}),
        Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati Jember", "role": "Bupati",
                                                                    "region": "35.09", **ev(5, 18)}),
        Node(id="org:bawaslu:35.09", labels=["Organization"], properties={"name": "Bawaslu Jember", "kind": "agency",
                                                                        "region": "35.09", **ev(60, 67)}),
        Node(id="event:audiensi:2024-09-25:35.09", labels=["Event"],
             properties={"type": "audiensi", "date": "2024-09-25", "name": None, "attendance": 40,
                         "extra": {"k": [1, 2]}, **ev(0, 8)}),
        Node(id="event:apel:None:35.09", labels=["Event"], properties={"type": "apel", "date": None, **ev(90, 94)}),
        Node(id="venue:pendopo-wahyawibawagraha:35.09", labels=["Venue"],
             properties={"name": "Pendopo Wahyawibawagraha", **ev(70, 94)}),
        Node(id="statement:1a2b", labels=["Statement"],
             properties={"text": 'ASN harus "netral" \\ tegak', "topics": ["netralitas-asn"], "date": "2024-09-25",
                         **ev(100, 150)}),
        Node(id="topic:netralitas-asn", labels=["Topic"], properties={"name": "netralitas ASN", "sources": [A]}),
        Node(id="official:two-labels", labels=["Person", "Official"], properties={"name": "Dua Label",
                                                                                "ok": True, "score": 0.5}),
    ]
    e = [("HOLDS", "official:imam-hidayat", "office:bupati:35.09", {"capacity": "Pjs", "as_of": "2024-09-25"}),
         ("HOLDS", "official:imam-hidayat", "office:bupati:35.09", {"capacity": "definitif"}),
         ("IN_REGION", "office:bupati:35.09", "region:35.09", {}), ("PART_OF", "region:35.09", "region:35", {}),
         ("LED", "official:imam-hidayat", "event:audiensi:2024-09-25:35.09", {}),
         ("ATTENDED", "org:bawaslu:35.09", "event:audiensi:2024-09-25:35.09", {}),
         ("HELD_AT", "event:audiensi:2024-09-25:35.09", "venue:pendopo-wahyawibawagraha:35.09", {}),
         ("STATED", "official:imam-hidayat", "statement:1a2b", {}),
         ("DURING", "statement:1a2b", "event:audiensi:2024-09-25:35.09", {}),
         ("ABOUT", "statement:1a2b", "topic:netralitas-asn", {}), ("MEMBER_OF", "person:budi", "org:bawaslu:35.09", {}),
         ("MENTIONS", A, "official:imam-hidayat", {"count": 3})]
    edges = [Edge(type=t, source=s, target=o, properties={**p, **ev(1, 2)}) for t, s, o, p in e]
    return Graph(nodes, edges)


def normalised(graph: Graph) -> dict:
    """The graph document minus what RDF does not carry: None values and list order."""
    doc = graph.to_dict()
    for item in doc["nodes"] + doc["edges"]:
        item["properties"] = {k: sorted(v, key=canonical) if isinstance(v, list) and k != "evidence" else v
                              for k, v in item["properties"].items() if v is not None}
    return doc


def test_node_iris_follow_the_contract():
    assert rdf.node_iri("official:imam-hidayat") == B + "official/imam-hidayat"
    assert rdf.node_iri("region:35.09") == B + "region/35.09"
    assert rdf.node_iri("office:bupati:35.09") == B + "office/bupati/35.09"
    assert rdf.node_iri("event:audiensi:2024-09-25:35.09") == B + "event/audiensi/2024-09-25/35.09"
    assert rdf.node_iri("article:000_a2cff1fd200ca40b") == B + "article/000_a2cff1fd200ca40b"
    assert rdf.node_iri('official:a "b" <c>#{d}|\\^`é') == B + "official/a%20%22b%22%20%3Cc%3E%23%7Bd%7D%7C%5C%5E%60%C3%A9"
    # '/' inside a segment is encoded, so 'a:b' and 'a/b' never meet in one IRI
    assert rdf.node_iri("x:a/b") != rdf.node_iri("x:a:b")
    edge = Edge(type="HOLDS", source="official:x", target="office:bupati:35.09", properties={"capacity": "Pj"})
    digest = hashlib.sha1(b"HOLDS|official:x|office:bupati:35.09|Pj").hexdigest()[:16]
    assert rdf.relationship_iri(edge) == B + "rel/" + digest


def test_literal_escaping_is_ntriples():
    assert escape_literal('a\\b"c\nd\re\tf\x01g\x7fh') == 'a\\\\b\\"c\\nd\\re\\u0009f\\u0001g\\u007Fh'
    assert escape_literal("plain é 😀") == "plain é 😀"


def test_mapping_has_the_contract_triples():
    g = rdf.to_rdflib(sample_graph())
    off, office = rdflib.URIRef(B + "official/imam-hidayat"), rdflib.URIRef(B + "office/bupati/35.09")
    assert (off, rdflib.RDF.type, GK.Official) in g and (off, rdflib.RDF.type, SCHEMA.Person) in g
    assert (off, GK.id, rdflib.Literal("official:imam-hidayat")) in g
    assert (off, SCHEMA.name, rdflib.Literal("Imam Hidayat")) in g
    assert (off, ORG.holds, office) in g and (office, ORG.heldBy, off) in g
    assert (office, rdflib.RDF.type, ORG.Post) in g
    org = rdflib.URIRef(B + "org/bawaslu/35.09")
    assert {rdflib.URIRef(c) for c in g.objects(org, rdflib.RDF.type)} == {
        GK.Organization, SCHEMA.GovernmentOrganization, ORG.Organization}
    assert (rdflib.URIRef(B + "person/budi"), ORG.memberOf, org) in g
    assert (rdflib.URIRef(B + A.replace(":", "/")), SCHEMA.mentions, off) in g
    region = rdflib.URIRef(B + "region/35.09")
    assert (region, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q10100")) in g
    assert (region, GK.partOf, rdflib.URIRef(B + "region/35")) in g
    event = rdflib.URIRef(B + "event/audiensi/2024-09-25/35.09")
    assert (event, DCT.date, rdflib.Literal("2024-09-25", datatype=rdflib.XSD.date)) in g
    assert (event, GK.attendance, rdflib.Literal(40)) in g
    # two HOLDS with different capacities are two qualified relationships
    rels = {str(g.value(r, GK.capacity)) for r in g.subjects(GK.type, rdflib.Literal("HOLDS"))}
    assert rels == {"Pjs", "definitif"}
    pjs = next(r for r in g.subjects(GK.capacity, rdflib.Literal("Pjs")))
    assert g.value(pjs, GK.source) == off and g.value(pjs, GK.target) == office
    assert (pjs, GK.as_of, rdflib.Literal("2024-09-25")) in g
    assert (pjs, PROV.wasDerivedFrom, rdflib.URIRef(B + "article/000_a2cff1fd200ca40b")) in g
    spans = list(g.objects(off, GK.evidence))
    assert len(spans) == 1 and g.value(spans[0], GK.start) == rdflib.Literal(10)
    assert g.value(spans[0], GK.article) == rdflib.URIRef(B + "article/000_a2cff1fd200ca40b")
    # the None name of the event is not written
    assert g.value(event, GK.name) is None


@pytest.mark.parametrize("fmt,rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("nq", "nquads"),
                                               ("trig", "trig"), ("jsonld", "json-ld")])
def test_every_format_parses_and_is_isomorphic(tmp_path, fmt, rdflib_format):
    graph = sample_graph()
    path = tmp_path / f"g.{fmt}"
    rdf.export(graph, path, fmt)
    ds = rdflib.Dataset()
    ds.parse(str(path), format=rdflib_format)
    merged = rdflib.Graph()
    for q in ds.quads((None, None, None, None)):
        merged.add(q[:3])
    assert isomorphic(merged, rdf.to_rdflib(graph))
    if fmt in ("nq", "trig"):
        assert {str(q[3].identifier if hasattr(q[3], "identifier") else q[3]) for q in ds.quads()} == {
            rdf.graph_iri()}
    if fmt != "jsonld":
        expected = {str(q.triple) for q in ox.parse(rdf.ntriples_text(graph), ox.RdfFormat.N_TRIPLES)}
        assert {str(q.triple) for q in ox.parse(path=str(path))} == expected


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_graph_document_round_trips_through_every_format(tmp_path, fmt):
    graph = sample_graph()
    rdf.export(graph, tmp_path / f"g.{fmt}", fmt)
    back = read_rdf(tmp_path / f"g.{fmt}")
    assert normalised(back) == normalised(graph)
    assert back.nodes["official:two-labels"].labels == ["Person", "Official"]
    assert back.nodes["official:imam-hidayat"].properties["aliases"] == []
    assert back.nodes["event:audiensi:2024-09-25:35.09"].properties["extra"] == {"k": [1, 2]}
    assert set(back.edges) == set(graph.edges)


def test_seed_build_round_trips(seed_build, tmp_path):
    for fmt in ("nt", "ttl"):
        rdf.export(seed_build.graph, tmp_path / f"seed.{fmt}", fmt)
        assert normalised(read_rdf(tmp_path / f"seed.{fmt}")) == normalised(seed_build.graph)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_parse_and_come_back_verbatim(tmp_path, name):
    nid = f"official:{name}"
    graph = Graph([Node(id=nid, labels=["Official"], properties={"name": name, "aliases": [name, "x"]}),
                   Node(id=f"office:{name}:{name}", labels=["Office"], properties={"name": name, "role": name})],
                  [Edge(type="HOLDS", source=nid, target=f"office:{name}:{name}",
                        properties={"capacity": "Plt", "as_of": name})])
    for fmt in ("nt", "ttl", "trig", "nq", "jsonld"):
        path = tmp_path / f"h.{fmt}"
        rdf.export(graph, path, fmt)
        back = read_rdf(path)
        assert normalised(back) == normalised(graph), fmt
        assert back.nodes[nid].properties["name"] == name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ident=st.text(min_size=1, max_size=20), value=st.text(max_size=40))
def test_any_text_makes_valid_ntriples(ident, value):
    graph = Graph([Node(id=f"topic:{ident}", labels=["Topic"], properties={"name": value})])
    text = rdf.ntriples_text(graph)
    triples = list(ox.parse(text, ox.RdfFormat.N_TRIPLES))  # raises SyntaxError if escaping is wrong
    names = [t.object.value for t in triples if t.predicate.value == rdf.GK + "name"]
    clean = lambda s: "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in s)  # noqa: E731
    assert names == [clean(value)]
    ids = [t.object.value for t in triples if t.predicate.value == rdf.GK + "id"]
    assert ids == [clean(f"topic:{ident}")]


def test_property_names_that_collide_with_the_mapping(tmp_path):
    props = {"id": "x", "label": "y", "listProperty": "z", "p_q": 1, "evidence": "not spans", "name": "N"}
    graph = Graph([Node(id="topic:a", labels=["Topic"], properties=dict(props)),
                   Node(id="topic:b", labels=["Topic"], properties={"name": "B"})],
                  [Edge(type="ABOUT", source="topic:a", target="topic:b",
                        properties={"type": "t", "source": "s", "target": "o", "capacity": "c"})])
    rdf.export(graph, tmp_path / "c.ttl")
    back = read_rdf(tmp_path / "c.ttl")
    assert back.nodes["topic:a"].labels == ["Topic"] and back.nodes["topic:a"].properties == props
    assert normalised(back) == normalised(graph)


def test_writer_streams_to_an_open_file_and_counts(tmp_path):
    graph = sample_graph()
    with (tmp_path / "g.nt").open("w", encoding="utf-8") as fh:
        n = write_ntriples(graph, fh)
    lines = (tmp_path / "g.nt").read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == len(rdf.to_rdflib(graph))
    assert all(line.endswith(" .") for line in lines)


def test_custom_base_and_bad_base(tmp_path):
    graph = sample_graph()
    rdf.export(graph, tmp_path / "g.nt", base="https://example.org/kg")
    text = (tmp_path / "g.nt").read_text(encoding="utf-8")
    assert "<https://example.org/kg/official/imam-hidayat>" in text and B not in text
    assert normalised(read_rdf(tmp_path / "g.nt", base="https://example.org/kg/")) == normalised(graph)
    from graphkit.errors import UsageError
    with pytest.raises(UsageError):
        rdf.export(graph, tmp_path / "x.nt", base="not an iri")


def test_dev_build_round_trips(dev_build, tmp_path):
    rdf.export(dev_build.graph, tmp_path / "dev.nt", "nt")
    back = read_rdf(tmp_path / "dev.nt")
    assert len(back.nodes) == len(dev_build.graph.nodes) > 0
    assert normalised(back) == normalised(dev_build.graph)
