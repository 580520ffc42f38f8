"""The Bolt loader, dump and query runner against a real Neo4j 5 Community server.

The server (tests/neo4j_server.py, fixture ``neo4j_server``) listens on 127.0.0.1
with authentication on; its database is fresh for this module and each test
that needs an empty one calls ``neo4j_server.wipe()``.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from graphkit.cli import main
from graphkit.errors import AuthError, ConnectionFailedError, DatabaseNotFoundError, StoreError
from graphkit.model import LABELS, Edge, Graph, Node, provenance
from graphkit.stores import graphdoc
from graphkit.stores.neo4j import dump_graph, load_graph, run_query, translate_error

pytestmark = pytest.mark.neo4j
PW_ENV = "GK_TEST_NEO4J_PASSWORD"


@pytest.fixture()
def neo(neo4j_server, monkeypatch):
    """The module's Neo4j, emptied, with its password in ``$GK_TEST_NEO4J_PASSWORD`` for the CLI."""
    neo4j_server.wipe()
    monkeypatch.setenv(PW_ENV, neo4j_server.password)
    return neo4j_server


def conn(server) -> dict:
    return {"user": server.user, "password": server.password, "database": server.database}


def cli_conn(server) -> list[str]:
    return ["--uri", server.uri, "--user", server.user, "--password-env", PW_ENV, "--database", server.database]


def _official(nid: str, name: str, article: str, start: int, labels=("Official",), **extra) -> Node:
    return Node(id=nid, labels=list(labels), properties={"name": name, **provenance(article, start, start + 5),
                                                         **extra})


def small_graph(article: str = "a1", start: int = 10) -> Graph:
    g = Graph()
    g.add_node(_official("official:budi", "Budi", article, start, aliases=["Pak Budi"]))
    g.add_node(Node(id="office:bupati:35.09", labels=["Office"],
                    properties={"name": "Bupati Jember", "role": "Bupati", **provenance(article, 0, 6)}))
    g.add_node(Node(id="region:35.09", labels=["Region"], properties={"name": "Kabupaten Jember", "code": "35.09",
                                                                       "kind": "kabupaten", **provenance(article)}))
    for cap in ("Pj", "Plt"):  # two HOLDS edges between the same nodes, told apart by capacity
        g.add_edge(Edge(type="HOLDS", source="official:budi", target="office:bupati:35.09",
                        properties={"capacity": cap, **provenance(article, start, start + 5)}))
    g.add_edge(Edge(type="IN_REGION", source="office:bupati:35.09", target="region:35.09",
                    properties=provenance(article)))
    return g


def padded(graph: Graph, n: int) -> Graph:
    """``graph`` plus ``n`` officials each holding the office: enough rows for several batches."""
    g = Graph().merge(graph)
    office = next(x.id for x in g.sorted_nodes() if x.label == "Office")
    for i in range(n):
        g.add_node(_official(f"official:padding-{i:05d}", f"Padding {i}", "padding", i))
        g.add_edge(Edge(type="HOLDS", source=f"official:padding-{i:05d}", target=office,
                        properties={"capacity": "Plt", **provenance("padding", i, i + 5)}))
    return g


def test_seed_graph_loads_with_constraints_in_default_batches_and_dumps_back(neo, seed_build):
    graph = seed_build.graph
    summary = load_graph(graph, neo.uri, **conn(neo))
    assert summary["warnings"] == []
    assert summary["nodes_created"] == len(graph.nodes) > 20
    assert summary["relationships_created"] == len(graph.edges) > 20
    assert summary["missing_endpoints"] == 0
    # default 5,000-row batches: one batch per label group and per (type, source label, target label)
    groups = {tuple(n.labels) for n in graph.nodes.values()}
    edge_groups = {(e.type, graph.nodes[e.source].label, graph.nodes[e.target].label) for e in graph.edges.values()}
    assert summary["batches"] == len(groups) + len(edge_groups)
    assert neo.counts() == (len(graph.nodes), len(graph.edges))
    assert dump_graph(neo.uri, **conn(neo)).to_dict() == graph.to_dict()
    with neo.driver() as d, d.session() as s:
        cons = {(r["labelsOrTypes"][0], tuple(r["properties"]), r["type"]) for r in s.run("SHOW CONSTRAINTS")}
        plan = s.run("EXPLAIN UNWIND $rows AS row MERGE (n:Official {id: row.id}) RETURN n", rows=[]).consume().plan
    used = {(label, ("id",), "UNIQUENESS") for label in {n.label for n in graph.nodes.values()}}
    assert used <= cons and all(c[0] in LABELS for c in cons)
    assert "NodeUniqueIndexSeek" in json.dumps(plan)  # the MERGE is answered by the constraint's index


def test_second_load_reports_zero_changes_from_the_server_counters(neo, seed_build):
    g = Graph().merge(seed_build.graph)
    for i in range(5001):  # more than one 5,000-row batch
        g.add_node(Node(id=f"topic:padding-{i:05d}", labels=["Topic"], properties={"name": f"t{i}"}))
    first = load_graph(g, neo.uri, **conn(neo))
    topics = sum(1 for n in g.nodes.values() if n.label == "Topic")
    assert first["batches"] > len({tuple(n.labels) for n in g.nodes.values()}) and topics > 5000
    assert (first["nodes_created"], first["relationships_created"]) == (len(g.nodes), len(g.edges))
    assert first["properties_set"] > 0
    second = load_graph(g, neo.uri, **conn(neo))
    assert (second["nodes_created"], second["relationships_created"], second["properties_set"],
            second["labels_added"], second["written"]) == (0, 0, 0, 0, 0)
    assert neo.counts() == (len(g.nodes), len(g.edges))


def test_loading_another_article_unions_provenance(neo):
    load_graph(small_graph("a1", 10), neo.uri, **conn(neo))
    g2 = small_graph("a2", 40)
    g2.nodes["official:budi"].properties["aliases"] = ["Budi S."]
    load_graph(g2, neo.uri, **conn(neo))
    back = dump_graph(neo.uri, **conn(neo))
    budi = back.nodes["official:budi"].properties
    assert budi["sources"] == ["article:a1", "article:a2"]
    assert budi["aliases"] == ["Budi S.", "Pak Budi"]
    assert budi["evidence"] == [{"article": "article:a1", "start": 10, "end": 15},
                                {"article": "article:a2", "start": 40, "end": 45}]
    assert back.to_dict() == small_graph("a1", 10).merge(g2).to_dict()
    assert neo.counts() == (3, 3)


def test_multi_label_node_keeps_all_labels_and_reloads_as_a_no_op(neo):
    g = Graph([_official("official:sari", "Sari", "a1", 3, labels=("Official", "Person"))])
    assert load_graph(g, neo.uri, **conn(neo))["labels_added"] == 2  # Official by MERGE, Person by SET
    assert dump_graph(neo.uri, **conn(neo)).nodes["official:sari"].labels == ["Official", "Person"]
    assert load_graph(g, neo.uri, **conn(neo))["written"] == 0


HOSTILE = ["O'Brien \"the\" `tick`", "a}b{c $x \\ <> #", "MATCH (n) DETACH DELETE n", "x // comment",
           "') DETACH DELETE n //", "${name} \\' \\\" \n line two", "nul\x00inside", "tab\tand\r\nCRLF",
           "back\\slash\\\\double", "'" * 50, "é ü 中文 🙂", "x" * 4096 + "'\"\\", "long " * 2000]


def test_hostile_names_quotes_nul_and_long_strings_are_stored_verbatim(neo):
    g = small_graph()
    for i, text in enumerate(HOSTILE):
        nid = f"official:h{i}-{text[:20]}"  # hostile characters in ids too
        g.add_node(_official(nid, text, "a1", i, aliases=[text, text + "!"]))
        g.add_node(Node(id=f"statement:h{i}", labels=["Statement"], properties={"text": text, **provenance("a1")}))
        g.add_edge(Edge(type="STATED", source=nid, target=f"statement:h{i}",
                        properties={"quote": text, **provenance("a1")}))
    load_graph(g, neo.uri, **conn(neo))
    back = dump_graph(neo.uri, **conn(neo))
    assert back.to_dict() == g.to_dict()
    assert [back.nodes[f"statement:h{i}"].properties["text"] for i in range(len(HOSTILE))] == HOSTILE
    assert max(len(t) for t in HOSTILE) >= 10_000 and any("\x00" in t for t in HOSTILE)
    assert neo.counts() == (len(g.nodes), len(g.edges))
    assert load_graph(g, neo.uri, **conn(neo))["written"] == 0


def test_property_names_that_are_not_identifiers_are_refused(neo):
    g = Graph([Node(id="topic:x", labels=["Topic"], properties={"name) DETACH DELETE (n": "x"})])
    with pytest.raises(StoreError, match="not a plain identifier"):
        load_graph(g, neo.uri, **conn(neo))
    with pytest.raises(StoreError, match="LABELS"):
        load_graph(Graph([Node(id="x:y", labels=["Bad`Label"], properties={})]), neo.uri, **conn(neo))


def test_run_query_binds_parameters(neo):
    load_graph(small_graph(), neo.uri, **conn(neo))
    cols, rows = run_query(neo.uri, neo.user, neo.password, neo.database,
                           "MATCH (o:Official)-[h:HOLDS]->(f:Office) WHERE o.name = $name "
                           "RETURN o.name AS official, h.capacity AS capacity ORDER BY capacity", {"name": "Budi"})
    assert cols == ["official", "capacity"]
    assert rows == [["Budi", "Pj"], ["Budi", "Plt"]]


def _closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_one_clear_line_and_exit_1(tmp_path, capsys):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(ConnectionFailedError):
        load_graph(small_graph(), uri, connect_timeout=0.5)
    graphdoc.write_json(small_graph(), tmp_path / "g.json")
    code = main(["load", "neo4j", str(tmp_path / "g.json"), "--uri", uri, "--connect-timeout", "0.5"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.count("\n") == 0 and "[E031]" in err and uri in err


def test_wrong_password_is_E032_end_to_end(neo, tmp_path, capsys, monkeypatch):
    graphdoc.write_json(small_graph(), tmp_path / "g.json")
    with pytest.raises(AuthError):
        load_graph(small_graph(), neo.uri, neo.user, "not-the-password")
    monkeypatch.setenv(PW_ENV, "not-the-password")
    for argv in (["load", "neo4j", str(tmp_path / "g.json")], ["dump", "neo4j", "-o", str(tmp_path / "d.json")],
                 ["query", "queries/interim_heads.cypher"]):
        assert main([*argv, *cli_conn(neo)]) == 1, argv
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "[E032]" in err and neo.uri in err, err
    assert neo.counts() == (0, 0)


def test_unknown_database_is_E033_end_to_end(neo, tmp_path, capsys):
    graphdoc.write_json(small_graph(), tmp_path / "g.json")
    with pytest.raises(DatabaseNotFoundError):
        load_graph(small_graph(), neo.uri, neo.user, neo.password, "nosuchdb")
    args = [*cli_conn(neo)[:-1], "nosuchdb"]
    for argv in (["load", "neo4j", str(tmp_path / "g.json")], ["dump", "neo4j", "-o", str(tmp_path / "d.json")],
                 ["query", "queries/interim_heads.cypher"]):
        assert main([*argv, *args]) == 1, argv
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "[E033]" in err and "nosuchdb" in err, err


def test_driver_errors_translate_to_graphkit_errors():
    from neo4j.exceptions import Neo4jError
    auth = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Security.Unauthorized", message="bad credentials")
    assert isinstance(translate_error(auth, "bolt://h:7687", None), AuthError)
    # Neo4j locks the user after 3 wrong passwords in a row: still a credentials problem (E032)
    limit = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Security.AuthenticationRateLimit", message="too many")
    assert translate_error(limit, "bolt://h:7687", None).code == "E032"
    with pytest.raises(ConnectionFailedError, match="URI"):
        load_graph(small_graph(), "ftp://localhost:7687")


def _load_cmd(doc, server, *extra) -> list[str]:
    return [sys.executable, "-m", "graphkit", "load", "neo4j", str(doc), *cli_conn(server), "-q", *extra]


def _wait_nodes(server, at_least: int, proc, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        if server.counts()[0] >= at_least:
            return
        time.sleep(0.1)
    raise AssertionError("the load finished (or stalled) before it could be interrupted; make the graph bigger")


def test_load_killed_mid_way_resumes_without_duplicates(neo, seed_build, tmp_path):
    graph = padded(seed_build.graph, 3000)
    doc = graphdoc.write_json(graph, tmp_path / "graph.json")
    proc = subprocess.Popen(_load_cmd(doc, neo, "--batch-size", "5"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, PW_ENV: neo.password})
    _wait_nodes(neo, 50, proc)
    proc.send_signal(signal.SIGKILL)  # the loader dies between (or inside) transactions
    proc.wait()
    partial = neo.counts()
    assert partial[0] < len(graph.nodes) or partial[1] < len(graph.edges)
    assert main(["load", "neo4j", str(doc), *cli_conn(neo), "-q"]) == 0
    assert neo.counts() == (len(graph.nodes), len(graph.edges))
    assert dump_graph(neo.uri, **conn(neo)).to_dict() == graph.to_dict()


def test_server_kill_9_mid_load_then_restart_and_rerun_completes(neo, seed_build, tmp_path):
    graph = padded(seed_build.graph, 3000)
    doc = graphdoc.write_json(graph, tmp_path / "graph.json")
    proc = subprocess.Popen(_load_cmd(doc, neo, "--batch-size", "5", "--connect-timeout", "1"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, PW_ENV: neo.password})
    _wait_nodes(neo, 50, proc)
    neo.kill()  # kill -9 of the server: no shutdown, no checkpoint
    neo.start()  # recovers from its transaction log; meanwhile the loader retries, then gives up or resumes
    _, err = proc.communicate(timeout=180)
    last = err.decode(errors="replace").strip().splitlines()[-1:] or [""]  # above it: the driver's retry warnings
    assert proc.returncode == 0 or (proc.returncode == 1 and "[E03" in last[0]), err
    assert neo.counts()[0] > 0
    assert main(["load", "neo4j", str(doc), *cli_conn(neo), "-q"]) == 0
    assert neo.counts() == (len(graph.nodes), len(graph.edges))
    back = dump_graph(neo.uri, **conn(neo))
    assert back.to_dict() == graphdoc.read_graph(doc).to_dict()


def test_cli_load_json_and_dump(neo, tmp_path, capsys):
    g = small_graph()
    graphdoc.write_json(g, tmp_path / "in.json")
    assert main(["load", "neo4j", str(tmp_path / "in.json"), *cli_conn(neo), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["nodes_created"] == 3 and summary["relationships_created"] == 3 and summary["rels_per_s"] > 0
    assert summary["warnings"] == []
    assert main(["dump", "neo4j", *cli_conn(neo), "-o", str(tmp_path / "out.json"), "-q"]) == 0
    assert graphdoc.read_graph(tmp_path / "out.json") == g


def test_routing_scheme_works_against_a_single_neo4j(neo):
    uri = neo.uri.replace("bolt://", "neo4j://")
    assert load_graph(small_graph(), uri, **conn(neo))["relationships_created"] == 3
    assert dump_graph(uri, **conn(neo)).to_dict() == small_graph().to_dict()


def test_corpus_graph_loads_losslessly_and_reports_its_rate(neo, corpus_build):
    graph = corpus_build.graph
    first = load_graph(graph, neo.uri, **conn(neo))
    assert first["relationships_created"] == len(graph.edges) > 1000 and first["missing_endpoints"] == 0
    second = load_graph(graph, neo.uri, **conn(neo))
    assert (second["nodes_created"], second["relationships_created"], second["properties_set"]) == (0, 0, 0)
    assert dump_graph(neo.uri, **conn(neo)).to_dict() == graph.to_dict()
    print(f"corpus: {len(graph.nodes)} nodes, {len(graph.edges)} rels in {first['elapsed_s']} s "
          f"= {first['rels_per_s']} rels/s")


def test_every_test_server_listens_on_loopback_only(neo, neo4j_factory):
    # D7: a test server must not be reachable from the network while the tests run
    from neo4j_server import listening_sockets, sockets_of
    running = [s for s in neo4j_factory.servers if s.proc and s.proc.poll() is None]
    assert neo in running
    listening = listening_sockets()
    for server in running:
        mine = sockets_of(server.pid)
        bound = [(addr, port) for addr, port, inode in listening if inode in mine]
        assert (("127.0.0.1", server.port) in bound or ("::ffff:127.0.0.1", server.port) in bound), bound
        assert all(addr in ("127.0.0.1", "::ffff:127.0.0.1") for addr, _ in bound), bound


def test_parallel_writers_load_the_same_graph(neo, seed_build, tmp_path):
    graph = padded(seed_build.graph, 500)
    doc = graphdoc.write_json(graph, tmp_path / "graph.json")
    assert main(["load", "neo4j", str(doc), *cli_conn(neo), "--batch-size", "50", "--workers", "3", "-q"]) == 0
    assert neo.counts() == (len(graph.nodes), len(graph.edges))
    assert dump_graph(neo.uri, **conn(neo)).to_dict() == graph.to_dict()
    again = load_graph(graph, neo.uri, **conn(neo), batch_size=50, workers=3)
    assert (again["nodes_created"], again["relationships_created"], again["properties_set"]) == (0, 0, 0)


def _long_id_mentions(n: int = 60) -> Graph:
    """Many MENTIONS edges whose ids dwarf their properties, like a long office name cited by many articles."""
    g = Graph()
    office = "office:kepala-bidang-perencanaan-pendidikan-dan-sistem-informasi-pegawai-badan-kepegawaian:53.71"
    g.add_node(Node(id=office, labels=["Office"], properties={"name": "Kepala Bidang", **provenance("a0")}))
    for i in range(n):
        art = f"article:{i:03d}-replicated-from-a-long-source-file-name"
        g.add_node(Node(id=art, labels=["Article"], properties=provenance(art.split(":")[1])))
        g.add_edge(Edge(type="MENTIONS", source=art, target=office, properties={"count": 1, **provenance("a")}))
    return g


def test_batch_size_bound_counts_the_ids_an_edge_row_carries():
    # --max-batch-bytes (for servers with small messages, e.g. FalkorDB): the bound counts ids too
    from graphkit.stores.flatten import edge_key
    from graphkit.stores.neo4j_write import batches
    g = _long_id_mentions()
    for batch in batches(list(g.edges.values()), 5000, 2000):
        rows = [{"s": e.source, "t": e.target, "key": edge_key(e), **e.properties} for e in batch]
        assert len(json.dumps(rows).encode()) <= 2000
