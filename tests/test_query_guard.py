"""#19 D11: untrusted query text runs without file, extension or network access.

Each refused clause is tried on a real store, so a test that passes proves the
file was not written or read (before the guard, COPY … TO wrote it)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit import query as Q
from graphkit.cli import main
from graphkit.stores import embedded, oxigraph
from test_embedded import mini_graph

ROOT = Path(__file__).resolve().parent.parent

REFUSED_CYPHER = [
    ("COPY (MATCH (n) RETURN n.id) TO '{tmp}/leak.csv'", "COPY"),
    ("copy Article FROM '{tmp}/in.csv'", "COPY"),
    ("LOAD FROM '{tmp}/secret.csv' RETURN *", "LOAD FROM"),
    ("MATCH (n:Article) WITH n LOAD FROM '{tmp}/secret.csv' RETURN *", "LOAD FROM"),
    ("LOAD WITH HEADERS (a STRING) FROM '{tmp}/secret.csv' RETURN *", "LOAD WITH"),
    ("INSTALL httpfs", "INSTALL"),
    ("LOAD EXTENSION httpfs", "LOAD"),
    ("load httpfs", "LOAD"),
    ("ATTACH '{tmp}/other.lbdb' AS other (dbtype lbug)", "ATTACH"),
    ("DETACH other", "DETACH"),
    ("USE other", "USE"),
    ("EXPORT DATABASE '{tmp}/dump'", "EXPORT"),
    ("IMPORT DATABASE '{tmp}/dump'", "IMPORT"),
    ("CHECKPOINT", "CHECKPOINT"),
    ("FORCE CHECKPOINT", "FORCE"),
    ("UPDATE httpfs", "UPDATE"),
    ("ANALYZE", "ANALYZE"),
    ("CALL read_csv('{tmp}/secret.csv') RETURN *", "CALL read_csv"),
    ("CALL READ_PARQUET('{tmp}/x.parquet') RETURN *", "CALL READ_PARQUET"),
    ("CALL `file_info`('{tmp}/secret.csv') RETURN *", "CALL file_info"),
    ("CALL home_directory='{tmp}'", "CALL home_directory"),
    ("RETURN 1; COPY (MATCH (n) RETURN n.id) TO '{tmp}/leak.csv'", "COPY"),
    ("EXPLAIN COPY (MATCH (n) RETURN n.id) TO '{tmp}/leak.csv'", "COPY"),
    ("/* harmless */ // really\nCOPY (MATCH (n) RETURN n.id) TO '{tmp}/leak.csv'", "COPY"),
]
ALLOWED_CYPHER = [
    "RETURN 'COPY (MATCH (n) RETURN n) TO \\'/tmp/x\\'' AS s",
    "MATCH (n:Article) WHERE n.title CONTAINS 'LOAD FROM' RETURN count(n) AS c",
    "// COPY x TO 'y'\nMATCH (n:Official) RETURN count(n) AS c",
    "/* INSTALL httpfs; */ MATCH (n:Official) RETURN count(n) AS c",
    "CALL show_tables() RETURN *",
    "CALL table_info('Official') RETURN *",
    "MATCH (n:Official) RETURN n.name AS `COPY`",
    "MATCH (n:Official) WITH n AS load RETURN count(load) AS c",
    "MATCH (n:Official) RETURN {copy: n.name} AS m",
]
REFUSED_SPARQL = ["SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                  "SELECT * WHERE { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
                  "PREFIX ex: <http://x/>\nSELECT * WHERE { ?s ?p ?o . SERVICE ?endpoint { ?s ?p ?o } }"]
ALLOWED_SPARQL = ["SELECT ?service WHERE { ?service ?p \"SERVICE <http://x/> {}\" } LIMIT 1",
                  "PREFIX service: <http://example.org/service#>\nSELECT * WHERE { ?s service:x ?o } # SERVICE",
                  "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
                  "SELECT * WHERE { ?s ?p '''multi\nSERVICE <http://x/> { }\n''' }"]


@pytest.fixture(scope="module")
def store_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("guard")
    g = mini_graph()
    embedded.write_store(g, out)
    oxigraph.write_store(g, out)
    (out / "secret.csv").write_text("a\nsecret-value\n", encoding="utf-8")
    return out


@pytest.mark.parametrize("text,clause", REFUSED_CYPHER)
def test_refused_cypher_on_the_real_store(store_out, capsys, text, clause):
    text = text.format(tmp=store_out)
    code = main(["query", text, "--out", str(store_out)])
    err = capsys.readouterr().err
    assert code != 0 and "[E041]" in err and clause in err, err
    assert "internal error" not in err and "secret-value" not in err
    assert not (store_out / "leak.csv").exists() and not (store_out / "dump").exists()


@pytest.mark.parametrize("text", ALLOWED_CYPHER)
def test_allowed_cypher_runs(store_out, capsys, text):
    assert main(["query", text, "--out", str(store_out), "--json"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("text", REFUSED_SPARQL)
def test_sparql_service_refused(store_out, capsys, text):
    assert main(["query", "--sparql", text, "--out", str(store_out)]) != 0
    err = capsys.readouterr().err
    assert "[E041]" in err and "SERVICE" in err


@pytest.mark.parametrize("text", ALLOWED_SPARQL)
def test_sparql_without_service_runs(store_out, capsys, text):
    assert main(["query", "--sparql", text, "--out", str(store_out), "--json"]) == 0, capsys.readouterr().err


def test_neo4j_load_csv_and_file_procedures_are_refused_before_connecting():
    from graphkit.errors import RefusedQueryError
    from graphkit.query_guard import check
    for text in ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
                 "CALL apoc.load.json('https://example.org/x') YIELD value RETURN value",
                 "CALL apoc.export.csv.all('/tmp/x.csv', {})"):
        with pytest.raises(RefusedQueryError):
            check(text, "cypher", neo4j=True)
    check("CALL db.labels() YIELD label RETURN label", "cypher", neo4j=True)
    check("MATCH (n) RETURN 'LOAD CSV FROM x' AS s", "cypher", neo4j=True)


def test_every_bundled_question_passes_the_guard():
    from graphkit.query_guard import check
    for q in Q.bundled():
        check(q.text, q.language)


def test_the_shell_refuses_and_goes_on(store_out):
    leak = store_out / "shell-leak.csv"
    script = (f"COPY (MATCH (n) RETURN n.id) TO '{leak}';\n"
              "MATCH (o:Official) RETURN count(o) AS officials;\n:quit\n")
    proc = subprocess.run([sys.executable, "-m", "graphkit", "shell", str(store_out)], input=script,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "[E041]" in proc.stderr and "COPY" in proc.stderr
    assert not leak.exists() and "officials" in proc.stdout


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("COPYLADFRMSERVICEcall()'\"`/*#<>;.=:$ \n\\xyz{}?")),
                    max_size=60))
def test_the_guard_never_crashes(text):
    """Any text: it passes or is refused with E041, never an internal error (unclosed strings, comments ...)."""
    from graphkit.errors import RefusedQueryError
    from graphkit.query_guard import check
    for language in ("cypher", "sparql"):
        for neo4j in (False, True):
            try:
                check(text, language, neo4j=neo4j)
            except RefusedQueryError:
                pass
