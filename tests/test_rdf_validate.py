"""SHACL shapes, the ontology, and the `export rdf` / `validate` commands."""
from __future__ import annotations

import json
from importlib import resources

import pytest
import rdflib

from graphkit.cli import main
from graphkit.model import LABELS, Edge, Graph, Node
from graphkit.pipeline import build
from graphkit.stores import rdf
from graphkit.stores.shacl import validate
from test_rdf import sample_graph

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
GK = rdflib.Namespace(rdf.GK)


def run(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _package_graph(name: str) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=resources.files("graphkit").joinpath(name).read_text("utf-8"), format="turtle")
    return g


def test_sample_graph_conforms():
    report = validate(rdf.to_rdflib(sample_graph()))
    assert report.conforms, [str(v) for v in report.violations]
    assert report.violations == []


BROKEN = [
    (Node(id="official:x", labels=["Official"], properties={}), "official:x", "gk:name", "a name (gk:name) is required"),
    (Node(id="region:99", labels=["Region"], properties={"name": "X"}), "region:99", "gk:kind", "one kind"),
    (Node(id="region:98", labels=["Region"], properties={"name": "X", "kind": "kabupaten", "code": "ab"}),
     "region:98", "gk:code", "Kemendagri code"),
    (Node(id="office:x:1", labels=["Office"], properties={"name": "X"}), "office:x:1", "gk:role", "needs a role"),
    (Node(id="event:x", labels=["Event"], properties={"date": "25/09/2024"}), "event:x", "gk:type", "one type"),
    (Node(id="event:y", labels=["Event"], properties={"type": "apel", "date": "25/09/2024"}), "event:y", "gk:date",
     "ISO date"),
    (Node(id="statement:x", labels=["Statement"], properties={}), "statement:x", "gk:text", "quotation text"),
    (Node(id="article:x", labels=["Article"], properties={}), "article:x", "gk:title", "title"),
    (Node(id="topic:x", labels=["Topic"], properties={}), "topic:x", "gk:name", "name"),
    (Node(id="venue:x", labels=["Venue"], properties={"name": "V", "evidence": [{"article": "article:a", "start": 9,
                                                                              "end": 3}]}),
     "evidence of venue:x", "gk:start", "not after its end"),
]


@pytest.mark.parametrize("node,focus,path,words", BROKEN, ids=[b[1] for b in BROKEN])
def test_missing_required_property_is_named_in_plain_words(node, focus, path, words):
    report = validate(rdf.to_rdflib(Graph([node])))
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == focus and v.path == path]
    assert hits and words in hits[0].message, [str(v) for v in report.violations]


def test_holds_capacity_is_checked():
    nodes = [Node(id="official:a", labels=["Official"], properties={"name": "A"}),
             Node(id="office:bupati:1", labels=["Office"], properties={"name": "Bupati", "role": "Bupati"})]
    bad = Graph(nodes, [Edge(type="HOLDS", source="official:a", target="office:bupati:1",
                             properties={"capacity": "Wakil"})])
    report = validate(rdf.to_rdflib(bad))
    assert [(v.focus, v.path, v.value) for v in report.violations] == [
        ("HOLDS official:a -> office:bupati:1", "gk:capacity", "Wakil")]
    missing = Graph(nodes, [Edge(type="HOLDS", source="official:a", target="office:bupati:1", properties={})])
    report = validate(rdf.to_rdflib(missing))
    assert not report.conforms and "needs a capacity" in report.violations[0].message
    ok = Graph(nodes, [Edge(type="HOLDS", source="official:a", target="office:bupati:1",
                            properties={"capacity": "Plt"})])
    assert validate(rdf.to_rdflib(ok)).conforms


def test_there_is_a_shape_and_a_class_for_every_label():
    shapes, onto = _package_graph("shapes.ttl"), _package_graph("ontology.ttl")
    targets = set(shapes.objects(None, SH.targetClass))
    for label in (*LABELS, "Relationship", "Evidence"):
        assert GK[label] in targets, label
        assert (GK[label], rdflib.RDF.type, rdflib.OWL.Class) in onto, label


def test_every_gk_term_of_the_export_is_in_the_ontology(seed_build):
    """Classes of a real build and every SCHEMA.md property (the sample graph has them all) are declared."""
    onto = _package_graph("ontology.ttl")
    declared = {s for s in onto.subjects(rdflib.RDF.type, None) if str(s).startswith(rdf.GK)}
    sample = rdf.to_rdflib(sample_graph())
    used = {p for p in sample.predicates() if str(p).startswith(rdf.GK)}
    extras = {GK.attendance, GK.extra, GK.ok, GK.score}  # the sample graph's made-up properties
    assert used - declared - extras == set()
    built = rdf.to_rdflib(seed_build.graph)
    classes = {o for o in built.objects(None, rdflib.RDF.type) if str(o).startswith(rdf.GK)}
    assert GK.Relationship in classes and classes - declared == set()


def _check_corpus(articles, tmp_path):
    result = build([articles], tmp_path / "out", stores=False)
    rdf.export(result.graph, tmp_path / "real.nt")
    report = validate(tmp_path / "real.nt")
    assert report.conforms, [str(v) for v in report.violations[:20]]
    return report


def test_real_corpus_sample_conforms(real_corpus, tmp_path):
    """Every third real article (79 of 237): the whole corpus takes 15-40 s in pyshacl, see the slow test."""
    lines = [line for line in real_corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(lines[::3]) + "\n", encoding="utf-8")
    report = _check_corpus(sample, tmp_path)
    assert report.triples > 10_000


@pytest.mark.slow
def test_real_corpus_export_conforms(real_corpus, tmp_path):
    """The whole 237-article graph (about 105k triples)."""
    assert _check_corpus(real_corpus, tmp_path).triples > 50_000


def test_cli_export_and_validate(seed_build, tmp_path, capsys):
    code, out, err = run(capsys, "export", "rdf", seed_build.out, "-f", "ttl", "-o", tmp_path / "g.ttl", "--json")
    assert code == 0 and json.loads(out)["format"] == "Turtle"
    assert len(rdflib.Graph().parse(tmp_path / "g.ttl")) == json.loads(out)["triples"]
    code, out, err = run(capsys, "export", "rdf", seed_build.out / "graph.json", "-o", tmp_path / "g.jsonld", "-q")
    assert code == 0 and out == "" and (tmp_path / "g.jsonld").stat().st_size > 0
    code, out, _ = run(capsys, "export", "rdf", seed_build.out, "-f", "nt")
    assert code == 0 and out.count(" .\n") == seed_build.stores["rdf"]["triples"]
    code, _, err = run(capsys, "validate", tmp_path / "g.ttl")
    assert code == 0 and "conforms" in err
    code, out, _ = run(capsys, "validate", seed_build.out, "--json")
    assert code == 0 and json.loads(out)["conforms"] is True
    code, _, err = run(capsys, "export", "rdf", seed_build.out, "-f", "xml", "-o", tmp_path / "g.x")
    assert code == 2 and "E050" in err


def test_cli_validate_reports_violations_and_exits_1(tmp_path, capsys):
    bad = Graph([Node(id="official:tanpa-nama", labels=["Official"], properties={})])
    rdf.export(bad, tmp_path / "bad.nt")
    code, out, err = run(capsys, "validate", tmp_path / "bad.nt")
    assert code == 1
    assert "official:tanpa-nama" in out and "a name (gk:name) is required" in out
    assert "E070" in err and "1 violations" in err
    code, out, _ = run(capsys, "validate", tmp_path / "bad.nt", "--json")
    violations = json.loads(out)["violations"]
    assert code == 1 and violations[0]["focus"] == "official:tanpa-nama" and violations[0]["path"] == "gk:name"
    code, _, err = run(capsys, "validate", tmp_path / "missing.ttl")
    assert code == 1 and "E011" in err


def test_missing_pyshacl_is_a_clear_error(monkeypatch):
    import sys

    from graphkit.errors import OptionalDependencyError
    monkeypatch.setitem(sys.modules, "pyshacl", None)  # makes `import pyshacl` raise ImportError
    with pytest.raises(OptionalDependencyError, match="pyshacl"):
        validate(rdf.to_rdflib(sample_graph()))
