"""The embedded SPARQL store (pyoxigraph): written by build, queried with bound parameters."""
from __future__ import annotations

import pytest

from graphkit.errors import QueryError, StoreError
from graphkit.model import Graph, Node
from graphkit.stores import DEFAULT_STORES
from graphkit.stores.oxigraph import project_variables, sparql_query, write_store
from test_rdf import HOSTILE, sample_graph


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("rdf-store")
    summary = write_store(sample_graph(), out)
    assert summary["triples"] > 0
    return out


def test_rdf_is_a_default_store():
    assert DEFAULT_STORES["rdf"] == ".oxigraph:write_store"


def test_build_writes_graph_nt_and_store(seed_build):
    out = seed_build.out
    assert (out / "graph.nt").is_file() and (out / "rdf-store").is_dir()
    assert seed_build.stores["rdf"]["triples"] == len((out / "graph.nt").read_text(encoding="utf-8").splitlines())
    articles = [n for n in seed_build.graph.nodes.values() if "Article" in n.labels]
    cols, rows = sparql_query(out, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gk:Article }")
    assert cols == ["n"] and rows == [[len(articles)]]
    cols, rows = sparql_query(out, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [[seed_build.stores["rdf"]["triples"]]]


def test_parameters_are_bound_not_pasted(store):
    q = """SELECT ?official ?capacity WHERE {
             ?rel a gk:Relationship ; gk:type "HOLDS" ; gk:source ?o ; gk:target ?f ; gk:capacity ?capacity .
             ?o gk:name ?official . ?f gk:id ?office } ORDER BY ?capacity"""
    cols, rows = sparql_query(store, q, {"office": "office:bupati:35.09"})
    assert cols == ["official", "capacity"]  # the parameter is not an output column
    assert rows == [["Imam Hidayat", "Pjs"], ["Imam Hidayat", "definitif"]]
    assert sparql_query(store, q, {"office": 'office:bupati:35.09" } ; DROP ALL ; #'})[1] == []
    assert sparql_query(store, q, {"office": "nope"})[1] == []


def test_parameters_with_group_by_and_numbers(store):
    q = """SELECT ?type (COUNT(?r) AS ?n) WHERE { ?r a gk:Relationship ; gk:type ?type ; gk:source ?s .
             ?s gk:id ?who } GROUP BY ?type ORDER BY ?type"""
    cols, rows = sparql_query(store, q, {"who": "official:imam-hidayat"})
    assert cols == ["type", "n"]
    assert rows == [["HOLDS", 2], ["LED", 1], ["STATED", 1]]
    cols, rows = sparql_query(store, "SELECT ?e WHERE { ?e gk:attendance ?n }", {"n": 40})
    assert rows == [["https://w3id.org/graphkit/id/event/audiensi/2024-09-25/35.09"]]


def test_ask_construct_and_errors(store, tmp_path):
    assert sparql_query(store, "ASK { ?x gk:id ?id }", {"id": "region:35"}) == (["result"], [[True]])
    assert sparql_query(store, "ASK { ?x gk:id ?id }", {"id": "region:99"}) == (["result"], [[False]])
    cols, rows = sparql_query(store, "CONSTRUCT { ?r gk:x ?n } WHERE { ?r gk:id 'region:35' ; gk:name ?n }")
    assert cols == ["subject", "predicate", "object"] and rows[0][2] == "Jawa Timur"
    with pytest.raises(QueryError):
        sparql_query(store, "SELECT WHERE {")
    with pytest.raises(StoreError):
        sparql_query(tmp_path, "SELECT * {}")


def test_hostile_values_come_back_verbatim(tmp_path):
    graph = Graph([Node(id=f"topic:{h}", labels=["Topic"], properties={"name": h}) for h in HOSTILE])
    write_store(graph, tmp_path)
    for h in HOSTILE:
        cols, rows = sparql_query(tmp_path, "SELECT ?name WHERE { ?t gk:id ?id ; gk:name ?name }",
                                  {"id": f"topic:{h}"})
        assert rows == [[h]]


def test_rebuild_replaces_the_store(tmp_path):
    write_store(Graph([Node(id="topic:old", labels=["Topic"], properties={"name": "old"})]), tmp_path)
    write_store(Graph([Node(id="topic:new", labels=["Topic"], properties={"name": "new"})]), tmp_path)
    assert sparql_query(tmp_path, "SELECT ?n WHERE { ?t gk:name ?n }")[1] == [["new"]]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "graph.nt.idx", "rdf-store"]  # no temporary files left


def test_project_variables_only_touches_names():
    q = 'SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a gk:p "}?x GROUP BY" ; gk:q ?x } GROUP BY ?a'
    text, added = project_variables(q, ["x", "a"])
    assert added == {"x"}
    assert text == 'SELECT ?a (COUNT(?b) AS ?n)  ?x WHERE { ?a gk:p "}?x GROUP BY" ; gk:q ?x } GROUP BY ?x ?a'
    assert project_variables("SELECT * WHERE { ?a ?b ?x }", ["x"]) == ("SELECT * WHERE { ?a ?b ?x }", set())


def test_a_record_larger_than_a_chunk_is_loaded_in_chunks(tmp_path, monkeypatch):
    """Chunks of CHUNK_TRIPLES triples cut inside records (a region of 890k triples was one 1.2 GB load at 100k
    articles); graph.nt is the same bytes and the store holds every triple."""
    from graphkit.stores import oxigraph
    from graphkit.stores.nt_files import IndexWriter, record_texts
    from graphkit.stores.rdf_vocab import DEFAULT_BASE
    graph = sample_graph()
    whole = [data for data in record_texts(graph, DEFAULT_BASE)]
    biggest = max(d.count(b"\n") for d in whole)
    total = sum(d.count(b"\n") for d in whole)
    assert biggest > 7
    monkeypatch.setattr(oxigraph, "CHUNK_TRIPLES", 7)
    index = IndexWriter()
    chunks = list(oxigraph._record_chunks(graph, DEFAULT_BASE, index))
    assert b"".join(data for data, _ in chunks) == b"".join(whole)
    assert [n for _, n in chunks] == [data.count(b"\n") for data, _ in chunks]
    assert all(n == 7 for _, n in chunks[:-1]) and 0 < chunks[-1][1] <= 7 and index.triples == total
    assert list(index.offsets) == [sum(map(len, whole[:i])) for i in range(len(whole))]
    summary = write_store(graph, tmp_path / "small")
    assert summary["triples"] == total
    monkeypatch.setattr(oxigraph, "CHUNK_TRIPLES", 100_000)
    write_store(graph, tmp_path / "one")
    assert (tmp_path / "small" / "graph.nt").read_bytes() == (tmp_path / "one" / "graph.nt").read_bytes()
    assert (tmp_path / "small" / "graph.nt.idx").read_bytes() == (tmp_path / "one" / "graph.nt.idx").read_bytes()
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    assert sparql_query(tmp_path / "small", everything) == sparql_query(tmp_path / "one", everything)
    assert len(sparql_query(tmp_path / "small", everything)[1]) == total
