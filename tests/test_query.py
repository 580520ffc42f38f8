"""``graphkit query`` and ``graphkit shell``: headers, parameter binding, output formats, the bundled questions."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit import query as Q
from graphkit.cli import main
from graphkit.errors import QueryError, UsageError
from graphkit.stores import embedded, oxigraph
from test_embedded import mini_graph

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["co_attendance", "event_attendees", "events_in_region", "interim_heads", "most_active",
         "node_provenance", "official_profile", "officials_of_region", "statements_about"]


@pytest.fixture(scope="module")
def mini_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mini-query")
    g = mini_graph()
    embedded.write_store(g, out)
    oxigraph.write_store(g, out)
    return out


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_question_has_both_twins_with_headers():
    qs = {(q.name, q.language): q for q in Q.bundled()}
    assert sorted({n for n, _ in qs}) == NAMES
    for name in NAMES:
        cy, rq = qs[(name, "cypher")], qs[(name, "sparql")]
        assert cy.answers and cy.answers == rq.answers
        assert cy.example.startswith(f"graphkit query queries/{name}.cypher")
        assert rq.example.startswith(f"graphkit query queries/{name}.rq")
        assert list(cy.params) == list(rq.params)
        assert [p.default for p in cy.params.values()] == [p.default for p in rq.params.values()]


def test_header_defaults_and_types():
    q = Q.parse('// answers: x\n// param topic: a slug (default "netralitas-asn")\n'
                "// param limit: how many (default 10)\n// param id: the node id (required)\nMATCH (n) RETURN n",
                "cypher")
    assert q.answers == "x"
    assert q.params["topic"].default == "netralitas-asn" and q.params["topic"].kind == "str"
    assert q.params["limit"].default == 10 and q.params["limit"].kind == "int"
    assert q.params["id"].required
    assert q.bind({"id": "official:a", "limit": "5"}) == {"topic": "netralitas-asn", "limit": 5, "id": "official:a"}
    # a quoted default keeps digits as text: region codes are strings
    region = Q.resolve("events_in_region")
    assert region.bind({"region": "35"}) == {"region": "35"}
    assert Q.resolve("officials_of_region").bind({"region": "35"}) == {"region": "35"}  # quoted example
    assert Q.resolve("officials_of_region").params["region"].description.startswith("Kemendagri code")
    assert Q.parse("MATCH (n) RETURN n", "cypher").bind({"n": "42", "s": "4x"}) == {"n": 42, "s": "4x"}
    with pytest.raises(UsageError):
        q.bind({"id": "x", "limit": "ten"})
    with pytest.raises(QueryError, match="needs --param id"):
        q.bind({})


def test_sparql_header_alias_and_limit():
    rq = Q.resolve("queries/events_in_region.rq")
    assert rq.language == "sparql" and rq.params["region"].variable == "code"
    most = Q.resolve("queries/most_active.rq")
    assert most.limit_param == "limit" and "LIMIT" not in most.text.upper().split("#")[0]


def test_resolve_paths_names_and_text(tmp_path):
    f = tmp_path / "mine.cypher"
    f.write_text("// answers: mine\nMATCH (n) RETURN count(n) AS n\n", encoding="utf-8")
    assert Q.resolve(str(f)).answers == "mine"
    assert Q.resolve("interim_heads").path.name == "interim_heads.cypher"
    assert Q.resolve("interim_heads.rq").language == "sparql"
    assert Q.resolve("MATCH (n) RETURN n").name == "(inline)"
    with pytest.raises(QueryError, match="no query file"):
        Q.resolve("nope.cypher")


def test_query_table_default(capsys, mini_out):
    code, out, _ = run_cli(capsys, "query", str(ROOT / "queries/interim_heads.cypher"), "--out", str(mini_out))
    assert code == 0
    for name in ("Imam Hidayat", "Adhy Karyono", "Hendrik", "Hera Nugrahayu", "Pjs", "Plt"):
        assert name in out
    assert "4 rows" in out and "definitif" not in out


def test_query_table_caps_its_rows_and_says_so_while_csv_writes_all(capsys, mini_out):
    """A table of thousands of rows costs seconds to render and scrolls off the screen: the table shows the
    first --max-rows (default 100), says how many it left out on stderr; --max-rows 0 and --csv show all."""
    q = str(ROOT / "queries/interim_heads.cypher")
    code, out, err = run_cli(capsys, "query", q, "--out", str(mini_out), "--max-rows", "2")
    assert code == 0 and "4 rows" in out
    shown = [n for n in ("Imam Hidayat", "Adhy Karyono", "Hendrik", "Hera Nugrahayu") if n in out]
    assert len(shown) == 2
    assert "showing the first 2 of 4 rows" in err and "--max-rows 0" in err
    code, out, err = run_cli(capsys, "query", q, "--out", str(mini_out), "--max-rows", "0")
    assert code == 0 and all(n in out for n in ("Imam Hidayat", "Adhy Karyono", "Hendrik", "Hera Nugrahayu"))
    assert "showing" not in err
    code, out, err = run_cli(capsys, "query", q, "--out", str(mini_out), "--max-rows", "2", "--csv")
    assert code == 0 and len(out.strip().splitlines()) == 1 + 4 and "showing" not in err


def test_query_json_with_param(capsys, mini_out):
    code, out, _ = run_cli(capsys, "query", "queries/official_profile.cypher", "--param", "name=Imam Hidayat",
                           "--out", str(mini_out), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["columns"] == ["relation", "target", "detail", "date"]
    rels = sorted((r["relation"], r["detail"]) for r in doc["rows"] if r["relation"] != "STATED")
    assert rels == [("ATTENDED", "apel"), ("ATTENDED", "rapat_koordinasi"), ("HOLDS", "Pjs"),
                    ("HOLDS", "definitif"), ("LED", "audiensi")]


def test_query_csv_sparql_and_typed_limit(capsys, mini_out):
    code, out, _ = run_cli(capsys, "query", "queries/most_active.rq", "--param", "limit=2", "--out", str(mini_out),
                           "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["official", "events", "statements", "articles"]
    assert rows[1:] == [["Imam Hidayat", "3", "1", "2"], ["Adhy Karyono", "2", "1", "1"]]


def test_inline_cypher_and_sparql_text(capsys, mini_out, tmp_path):
    code, out, _ = run_cli(capsys, "query", "MATCH (r:Region) WHERE r.id = $id RETURN r.name AS name",
                           "--param", "id=region:35.09", "--out", str(mini_out), "--csv")
    assert (code, out) == (0, "name\nKabupaten Jember\n")
    code, out, _ = run_cli(capsys, "query", "--sparql", "SELECT ?name WHERE { ?r gk:id ?id ; gk:name ?name }",
                           "--param", "id=region:62", "--out", str(mini_out), "--csv")
    assert (code, out) == (0, "name\nProvinsi Kalimantan Tengah\n")
    rq = tmp_path / "regions.rq"
    rq.write_text("SELECT (COUNT(?r) AS ?n) WHERE { ?r a gk:Region }\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "query", "--sparql", str(rq), "--out", str(mini_out), "--csv")
    assert (code, out) == (0, "n\n5\n")


def test_params_are_bound_not_pasted(capsys, mini_out):
    for hostile in ("x' OR 1=1 //", 'x" OR true #', "}} UNION { ?s ?p ?o }"):
        for f in ("queries/node_provenance.cypher", "queries/node_provenance.rq"):
            code, out, err = run_cli(capsys, "query", f, "--param", f"id={hostile}", "--out", str(mini_out),
                                     "--json")
            assert code == 0, err
            assert json.loads(out)["rows"] == []
        for f in ("queries/official_profile.cypher", "queries/official_profile.rq"):
            # an official's name is looked up first (graphkit.names_lookup): no such official, said on stderr
            code, out, err = run_cli(capsys, "query", f, "--param", f"name={hostile}", "--out", str(mini_out),
                                     "--json")
            assert code == 0 and json.loads(out)["rows"] == [] and "no official named" in err, err


def test_query_list(capsys):
    code, out, _ = run_cli(capsys, "query", "--list", "--json")
    assert code == 0
    listed = {e["name"]: e for e in json.loads(out)}
    assert sorted(listed) == NAMES
    assert listed["statements_about"]["params"]["topic"]["default"] == "netralitas-asn"
    assert listed["node_provenance"]["params"]["id"]["required"] is True
    assert all(len(e["files"]) == 2 for e in listed.values())
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0 and "interim_heads" in out and "topic=" in out


def test_query_errors_are_one_line(capsys, mini_out, tmp_path):
    code, _, err = run_cli(capsys, "query", "queries/node_provenance.cypher", "--out", str(mini_out))
    assert code == 1 and "[E040]" in err and "--param id" in err
    code, _, err = run_cli(capsys, "query", "queries/interim_heads.cypher", "--out", str(tmp_path))
    assert code == 1 and "[E030]" in err and "graphkit build" in err
    code, _, err = run_cli(capsys, "query", "MATCH (n RETURN n", "--out", str(mini_out))
    assert code == 1 and "[E040]" in err
    code, _, err = run_cli(capsys, "query", "interim_heads", "--param", "oops", "--out", str(mini_out))
    assert code == 2 and "NAME=VALUE" in err
    code, _, err = run_cli(capsys, "query", "queries/interim_heads.rq", "--uri", "bolt://127.0.0.1:1")
    assert code == 2 and "[E050]" in err and "--uri" in err


def test_shell_with_piped_input(mini_out):
    script = ("MATCH (o:Official) RETURN o.name AS name\nORDER BY name;\n"
              ":param id=region:35\n"
              "MATCH (r:Region) WHERE r.id = $id RETURN r.name AS province\n\n"
              "MATCH (x RETURN x;\n"
              ":run officials_of_region\n"
              ":quit\n"
              "MATCH (n:Topic) RETURN n.name AS never_run;\n")
    proc = subprocess.run([sys.executable, "-m", "graphkit", "shell", str(mini_out)], input=script,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Adhy Karyono" in proc.stdout and "Hera Nugrahayu" in proc.stdout and "4 rows" in proc.stdout
    assert "Provinsi Jawa Timur" in proc.stdout
    assert "[E040]" in proc.stderr  # the bad query is reported and the shell goes on
    assert "needs --param region" in proc.stderr  # :run without its parameter
    assert "never_run" not in proc.stdout


def test_shell_statement_splitting():
    from graphkit.cli.shell import statements
    lines = iter(["MATCH (n)", "RETURN n;", ":help", "", "MATCH (m) RETURN m", ""])

    def read(_prompt):
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None
    assert list(statements(read)) == ["MATCH (n)\nRETURN n", ":help", "MATCH (m) RETURN m"]


def test_queries_ship_inside_the_package():
    # graphkit/queries is a symlink to queries/ and package data, so a wheel install finds them too
    shipped = sorted(p.name for p in Q.PACKAGE_QUERIES.iterdir() if p.suffix in (".cypher", ".rq"))
    assert shipped == sorted(f"{n}.{ext}" for n in NAMES for ext in ("cypher", "rq"))
    assert Q.PACKAGE_QUERIES in Q.query_dirs() or Q.PACKAGE_QUERIES.resolve() == Q.REPO_QUERIES.resolve()
