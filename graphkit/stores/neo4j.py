"""Neo4j over Bolt: load a graph (idempotent, union-merging, resumable), dump it back, run Cypher.

This module is the public API (``load_graph``, ``dump_graph``, ``run_query``,
plus ``connect``, ``translate_error``, ``escape_strings`` ... re-exported) and
the three driver loops.  The work is split by responsibility, so each part can
be read on its own:

* ``neo4j_connect`` — reaching a server: driver, bounded retries, translating
  driver exceptions into actionable ``GraphkitError``s, probing FalkorDB's
  parameter unescaping.  ``open_driver`` is the one place a driver is opened,
  translated and closed.
* ``neo4j_write`` — what a load sends: allow-listed Cypher, batched ``UNWIND``
  with read-merge-write per batch (idempotent, union-merging, ``MERGE`` on
  ``id``/``key`` so a killed load can be rerun), and message-size bounds for FalkorDB.
* here — grouping a Graph into batches and running them (``load_graph``),
  reading a Graph back (``dump_graph``), and ad-hoc Cypher (``run_query``).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ..errors import QueryError, StoreError
from ..model import EDGE_TYPES, LABELS, Edge, Graph, Node
from .flatten import unflatten_props
# connect, open_driver, translate_error, escape_strings, unescapes_string_params and create_schema
# are re-exported: callers import them from graphkit.stores.neo4j.
from .neo4j_connect import (connect, driver_package, escape_strings, open_driver, translate_error,  # noqa: F401
                            unescapes_string_params, verbatim)
from .neo4j_write import (COUNTERS, FALKORDB_MAX_BATCH_BYTES, batches, create_schema, edge_tx, label_name,  # noqa: F401
                          node_tx, rel_type_name)

__all__ = ["load_graph", "dump_graph", "run_query", "connect", "open_driver", "translate_error",
           "unescapes_string_params", "escape_strings", "create_schema", "Progress", "ID_PREFIX_LABEL",
           "FALKORDB_MAX_BATCH_BYTES", "COUNTERS"]

Progress = Callable[[int], None]
ID_PREFIX_LABEL = {"article": "Article", "official": "Official", "person": "Person", "region": "Region",
                   "office": "Office", "org": "Organization", "event": "Event", "venue": "Venue",
                   "statement": "Statement", "topic": "Topic"}


def load_graph(graph: Graph, uri: str, user: str | None = None, password: str | None = None,
               database: str | None = None, *, batch_size: int = 5000, max_batch_bytes: int | None = None,
               progress: Progress | None = None, workers: int = 1,
               connect_timeout: float = 5.0, retry_time: float = 30.0) -> dict:
    """Load ``graph`` into the server at ``uri``: nodes by label, then relationships by type.

    ``max_batch_bytes`` also bounds a batch by the size of its parameters.  It is set
    automatically (2,000 bytes) on a server that unescapes string parameters, i.e. FalkorDB,
    whose Bolt endpoint drops (or crashes on) messages above about 4 KB.
    ``workers`` > 1 writes that many batches at once (one session each): nodes first, then
    relationships; a deadlock between two writers is retried by the driver (bench/neo4j_bench.py
    measures what it gains).
    """
    if batch_size < 1:
        raise StoreError("--batch-size must be at least 1", fix="pass a positive batch size")
    started = time.monotonic()
    summary: dict[str, Any] = {"uri": uri, "database": database, "nodes": len(graph.nodes),
                               "relationships": len(graph.edges), **{k: 0 for k in COUNTERS},
                               "written": 0, "missing_endpoints": 0, "dangling_skipped": 0, "batches": 0}
    node_groups: dict[tuple[str, ...], list[Node]] = {}
    for n in graph.sorted_nodes():
        labels = tuple(label_name(x) for x in n.labels)
        node_groups.setdefault(labels, []).append(n)
    edge_groups: dict[tuple[str, str, str], list[Edge]] = {}
    for e in graph.sorted_edges():
        s, t = graph.nodes.get(e.source), graph.nodes.get(e.target)
        if s is None or t is None:
            summary["dangling_skipped"] += 1
            continue
        edge_groups.setdefault((rel_type_name(e.type), s.label, t.label), []).append(e)
    with open_driver(uri, user, password, database, connect_timeout=connect_timeout,
                     retry_time=retry_time) as driver, driver.session(database=database) as session:
        summary["warnings"] = create_schema(session, {g[0] for g in node_groups})
        esc = verbatim
        if unescapes_string_params(driver, database):
            esc = escape_strings
            max_batch_bytes = max_batch_bytes or FALKORDB_MAX_BATCH_BYTES
            summary["warnings"].append("the server unescapes string parameters (FalkorDB): strings are sent "
                                       f"escaped, batches capped at {max_batch_bytes} bytes")
        node_work = [(node_tx, g, b) for g, items in node_groups.items()
                     for b in batches(items, batch_size, max_batch_bytes)]
        edge_work = [(edge_tx, g, b) for g, items in edge_groups.items()
                     for b in batches(items, batch_size, max_batch_bytes)]
        for work in (node_work, edge_work):  # every node is written before any relationship
            if workers > 1:
                _parallel(driver, database, work, esc, max_batch_bytes, workers, summary, progress)
                continue
            for fn, group, batch in work:
                _add(summary, session.execute_write(fn, group, batch, esc, max_batch_bytes), len(batch), progress)
    elapsed = time.monotonic() - started
    summary["elapsed_s"] = round(elapsed, 3)
    summary["rels_per_s"] = round(len(graph.edges) / elapsed, 1) if elapsed > 0 else None
    if summary["missing_endpoints"]:
        summary["warnings"].append(f"{summary['missing_endpoints']} relationships were not written because an "
                                   "endpoint node is missing in the database (did the server lose data "
                                   "mid-load?); rerun the same load to complete it")
    return summary


def _add(summary: dict, result: dict, rows: int, progress: Progress | None) -> None:
    for k, v in result.items():
        summary[k] += v
    summary["batches"] += 1
    if progress:
        progress(rows)


def _parallel(driver, database, work, esc, max_batch_bytes, workers: int, summary: dict,
              progress: Progress | None) -> None:
    """Run the batches of one phase on ``workers`` threads, each transaction in its own session."""
    from concurrent.futures import ThreadPoolExecutor

    def run(item):
        fn, group, batch = item
        with driver.session(database=database) as s:
            return s.execute_write(fn, group, batch, esc, max_batch_bytes), len(batch)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for result, rows in pool.map(run, work):
            _add(summary, result, rows, progress)


def _primary_first(node_id: str, labels: list[str]) -> list[str]:
    """Known labels with the primary one (from the id prefix) first, so a dumped node keeps its ``label``."""
    known = [x for x in labels if x in LABELS]
    primary = ID_PREFIX_LABEL.get(node_id.split(":", 1)[0])
    if primary not in known:
        primary = min(known) if known else None
    return [primary, *sorted(set(known) - {primary})] if primary else []


def dump_graph(uri: str, user: str | None = None, password: str | None = None,
               database: str | None = None, *, connect_timeout: float = 5.0) -> Graph:
    """Read every node with an ``id`` and every relationship of an allowed type back into a Graph."""
    graph = Graph()
    with open_driver(uri, user, password, database, connect_timeout=connect_timeout) as driver, \
            driver.session(database=database) as s:
        for r in s.run("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, "
                       "properties(n) AS p"):
            labels = _primary_first(r["id"], list(r["labels"]))
            if labels:
                props = {k: v for k, v in r["p"].items() if k != "id"}
                graph.add_node(Node(id=r["id"], labels=labels, properties=unflatten_props(props)))
        for r in s.run("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
                       "RETURN type(r) AS type, a.id AS s, b.id AS t, properties(r) AS p"):
            if r["type"] in EDGE_TYPES:
                props = {k: v for k, v in r["p"].items() if k != "key"}
                graph.add_edge(Edge(type=r["type"], source=r["s"], target=r["t"],
                                    properties=unflatten_props(props)))
    return graph


def _plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, temporals) as plain JSON-able Python."""
    neo4j = driver_package()
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_query(uri: str, user: str | None, password: str | None, database: str | None, cypher: str,
              params: dict | None = None, *, connect_timeout: float = 5.0) -> tuple[list[str], list[list]]:
    """Run one Cypher statement with bound parameters; return (column names, rows of plain values)."""
    with open_driver(uri, user, password, database, connect_timeout=connect_timeout) as driver:
        try:
            params = params or {}
            if unescapes_string_params(driver, database):
                params = escape_strings(params)
            with driver.session(database=database) as s:
                result = s.run(cypher, params)
                columns = list(result.keys())
                rows = [[_plain(v) for v in rec.values()] for rec in result]
                return columns, rows
        except Exception as exc:  # a syntax error is the user's query; the rest open_driver translates
            if isinstance(exc, driver_package().exceptions.ClientError) and "Syntax" in (exc.code or ""):
                raise QueryError(f"Cypher rejected by the server: {exc.message}") from exc
            raise
