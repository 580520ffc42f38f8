"""One way to name an official: the resolver, and the same answer from query, explain, view and the shell."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit import names_lookup as names
from graphkit.cli import main
from graphkit.errors import UsageError
from graphkit.names_lookup import AmbiguousOfficialError, Candidate, UnknownOfficialError, find_official

PEOPLE = [Candidate("official:imam-hidayat", "Imam Hidayat", ("Imam",)),
          Candidate("official:imam-santoso", "Imam Santoso"),
          Candidate("official:hera-nugrahayu", "Hera Nugrahayu", ("Heran Nugrahayu", "Hera")),
          Candidate("official:edwar-juliartha", "Edwar Juliartha")]


@pytest.mark.parametrize("typed, expected", [
    ("official:imam-hidayat", "official:imam-hidayat"),      # the id
    ("imam hidayat", "official:imam-hidayat"),               # any case
    ("IMAM  HIDAYAT", "official:imam-hidayat"),
    ("Dr. Imam Hidayat, M.Si", "official:imam-hidayat"),     # honorifics and degrees folded away
    ("Imam", "official:imam-hidayat"),                       # an exact alias beats parts of other names
    ("heran nugrahayu", "official:hera-nugrahayu"),          # an alias
    ("Santoso", "official:imam-santoso"),                    # an unambiguous part of a name
    ("juliart", "official:edwar-juliartha"),                 # the start of a word
    ("Édwar Juliartha", "official:edwar-juliartha"),         # accents
])
def test_resolver_accepts_ids_names_aliases_and_parts(typed, expected):
    assert find_official(PEOPLE, typed) == expected


def test_ambiguous_name_lists_the_candidates():
    with pytest.raises(AmbiguousOfficialError) as exc:
        find_official(PEOPLE, "ima")
    assert isinstance(exc.value, UsageError) and exc.value.exit_code == 2
    assert exc.value.candidates == [("official:imam-hidayat", "Imam Hidayat"), ("official:imam-santoso", "Imam Santoso")]
    assert "Imam Hidayat (official:imam-hidayat)" in str(exc.value) and "Imam Santoso" in str(exc.value)


def test_unknown_name_is_a_usage_error_with_a_hint():
    with pytest.raises(UnknownOfficialError) as exc:
        find_official(PEOPLE, "Imam Hidajat")
    assert "no official named 'Imam Hidajat'" in exc.value.cause and "imam hidayat" in exc.value.fix
    with pytest.raises(UnknownOfficialError):
        find_official(PEOPLE, "dayat")            # not the start of a word


def rows(capsys, *args) -> list[dict]:
    assert main([str(a) for a in args]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)["rows"]


@pytest.mark.parametrize("query", ["official_profile.cypher", "official_profile.rq"])
def test_query_param_takes_any_name_of_the_official(seed_build, capsys, query):
    full = rows(capsys, "query", query, "--param", "name=Imam Hidayat", "--out", seed_build.out, "--json")
    assert full and {r["relation"] for r in full} >= {"HOLDS", "LED", "STATED"}
    key = lambda rs: sorted(json.dumps(r, sort_keys=True) for r in rs)   # noqa: E731
    for typed in ("imam hidayat", "HIDAYAT", "official:imam-hidayat"):
        assert key(rows(capsys, "query", query, "--param", f"name={typed}", "--out", seed_build.out, "--json")) \
            == key(full)


def test_query_param_unknown_official_answers_no_rows_and_says_why(seed_build, capsys):
    assert main(["query", "official_profile", "--param", "name=Imam Hidajat", "--out", str(seed_build.out),
                 "--json"]) == 0
    cap = capsys.readouterr()
    assert json.loads(cap.out)["rows"] == []
    assert "no official named 'Imam Hidajat'" in cap.err and "imam hidayat" in cap.err   # with a hint


def test_query_param_ambiguous_official_lists_the_candidates(tmp_path, capsys):
    from graphkit.model import Graph, Node
    from graphkit.stores import embedded
    g = Graph([Node(id="official:imam-hidayat", labels=["Official"], properties={"name": "Imam Hidayat"}),
               Node(id="official:imam-santoso", labels=["Official"], properties={"name": "Imam Santoso"})])
    embedded.write_store(g, tmp_path)
    assert main(["query", "official_profile", "--param", "name=imam", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "[E052]" in err and "Imam Hidayat (official:imam-hidayat)" in err and "Imam Santoso" in err


def test_candidates_agree_across_graph_cypher_and_sparql(seed_build):
    from graphkit.stores.embedded import EmbeddedStore
    in_graph = {c.id: (c.name, sorted(c.aliases)) for c in names.from_graph(seed_build.graph)}
    with EmbeddedStore(seed_build.out) as store:
        in_cypher = {c.id: (c.name, sorted(c.aliases)) for c in names.from_cypher(store.run)}
    in_rdf = {c.id: (c.name, sorted(c.aliases)) for c in names.from_sparql(seed_build.out)}
    assert in_graph == in_cypher == in_rdf and len(in_graph) > 3


def test_explain_and_view_take_a_name(seed_build, capsys, tmp_path):
    assert main(["explain", "hidayat", str(seed_build.out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["found_by"] == "name" and [n["id"] for n in data["nodes"]] == ["official:imam-hidayat"]
    edges = data["nodes"][0]["edges"]
    led = [e for e in edges if e["type"] == "LED"]
    assert led and led[0]["source_name"] == "Imam Hidayat" and led[0]["target"].startswith("event:")
    page = tmp_path / "v.html"
    assert main(["view", str(seed_build.out), "--official", "IMAM HIDAYAT", "-o", str(page), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["focus"] == "official:imam-hidayat"


def test_shell_run_resolves_the_official_param(seed_build, tmp_path):
    exe = Path(sys.executable).parent / "graphkit"
    cmd = [str(exe)] if exe.is_file() else [sys.executable, "-m", "graphkit"]
    done = subprocess.run([*cmd, "shell", str(seed_build.out), "--json"], input=":param name=hidayat\n"
                          ":run official_profile\n:quit\n", capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert {r["relation"] for r in answer["rows"]} >= {"HOLDS", "LED", "STATED"}


@pytest.mark.neo4j
def test_candidates_from_a_bolt_server(neo4j_server, seed_build):
    from graphkit.stores.neo4j import load_graph, run_query
    neo4j_server.wipe()
    auth = (neo4j_server.user, neo4j_server.password, neo4j_server.database)
    load_graph(seed_build.graph, neo4j_server.uri, *auth)
    over_bolt = names.from_cypher(lambda text, params: run_query(neo4j_server.uri, *auth, text, params))
    assert {c.id: (c.name, sorted(c.aliases)) for c in over_bolt} == \
        {c.id: (c.name, sorted(c.aliases)) for c in names.from_graph(seed_build.graph)}
    assert find_official(over_bolt, "hidayat") == "official:imam-hidayat"
