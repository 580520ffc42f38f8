"""The measurements behind docs/decisions.md D1, rerunnable: ``pytest --slow tests/test_embedded_bench.py -s``.

Builds the 237-article corpus graph, writes the embedded Cypher store, the
SPARQL store and a Neo4j 5 (Bolt) copy, then runs every bundled question on
all three with parameters picked from the graph: prints load times and median
latencies, and asserts that the three agree.
"""
from __future__ import annotations

import statistics
import time

import pytest

from graphkit import query as Q
from graphkit.stores import embedded, oxigraph
from test_parity import cases, norm

pytestmark = pytest.mark.slow


def _median_ms(fn, runs: int = 10) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


@pytest.fixture(scope="module")
def corpus_graph(real_corpus, tmp_path_factory):
    from graphkit.pipeline import build
    return build([real_corpus], tmp_path_factory.mktemp("corpus"), workers=2, stores=False).graph


def test_engines_on_the_corpus(corpus_graph, tmp_path, neo4j_server):
    neo = pytest.importorskip("graphkit.stores.neo4j")
    g = corpus_graph
    t, c = time.perf_counter(), time.process_time()
    summary = embedded.write_store(g, tmp_path)
    lb_wall, lb_cpu = time.perf_counter() - t, time.process_time() - c
    t = time.perf_counter()
    oxigraph.write_store(g, tmp_path)
    ox_wall = time.perf_counter() - t
    neo4j_server.wipe()
    auth = {"user": neo4j_server.user, "password": neo4j_server.password}
    t = time.perf_counter()
    neo.load_graph(g, neo4j_server.uri, **auth)
    fk_wall = time.perf_counter() - t
    print(f"\ngraph: {len(g.nodes)} nodes, {len(g.edges)} edges")
    print(f"load: ladybug {lb_wall:.2f}s wall / {lb_cpu:.2f}s cpu (copy {summary['copy_s']}s), "
          f"pyoxigraph {ox_wall:.2f}s, neo4j via graphkit.stores.neo4j {fk_wall:.2f}s")
    driver = neo.connect(neo4j_server.uri, **auth)
    try:
        with driver.session() as session, embedded.EmbeddedStore(tmp_path) as store:
            for qname, params, must in cases(g):
                cy, rq = Q.resolve(f"queries/{qname}.cypher"), Q.resolve(f"queries/{qname}.rq")
                values = cy.bind(params)
                fk_values = values
                lb_rows = store.run(cy.text, values)[1]
                ox_rows = Q.run(rq, params, out=tmp_path).rows
                fk_rows = [list(r.values()) for r in session.run(cy.text, fk_values)]
                assert norm(lb_rows) == norm(ox_rows) == norm(fk_rows), qname
                assert lb_rows or not must, qname
                lb_ms = _median_ms(lambda cy=cy, values=values: store.run(cy.text, values))
                ox_ms = _median_ms(lambda rq=rq, params=params: Q.run(rq, params, out=tmp_path), 5)
                fk_ms = _median_ms(lambda cy=cy, v=fk_values: list(session.run(cy.text, v)))
                print(f"{qname:20} {str(params)[:40]:42} rows {len(lb_rows):4}  ladybug {lb_ms:6.2f} ms  "
                      f"sparql {ox_ms:7.2f} ms  neo4j {fk_ms:6.2f} ms")
    finally:
        driver.close()
    assert lb_wall < 30
