"""Micro-benchmarks over one built graph, each run as ``python bench/micro.py NAME GRAPH [ARGS]``.

Why separate processes: each figure then starts from a cold interpreter
with only the graph loaded, so one benchmark's caches and heap do not
flatter or penalise the next.  Each prints one JSON object on stdout; a
sink that fails (e.g. the Bolt server went away) gives ``{"skipped": reason}``
so the rest of the benchmark still reports.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from graphkit.model import Graph
from graphkit.stores import graphdoc


def _records(graph: Graph) -> int:
    return len(graph.nodes) + len(graph.edges)


def bench_graphdoc(graph: Graph, tmp: Path) -> dict:
    t = time.perf_counter()
    graphdoc.write_json(graph, tmp / "graph.json")
    t_json = time.perf_counter() - t
    t = time.perf_counter()
    graphdoc.write_jsonl(graph, tmp / "graph.jsonl")
    t_jsonl = time.perf_counter() - t
    n = _records(graph)
    return {"records": n, "json_s": round(t_json, 3), "jsonl_s": round(t_jsonl, 3),
            "json_records_per_s": round(n / t_json), "jsonl_records_per_s": round(n / t_jsonl)}


def bench_rdf(graph: Graph, tmp: Path) -> dict:
    """graphkit's streaming N-Triples writer vs rdflib's Turtle serializer on the same triples.

    The rdflib side is timed twice: serialize only (the conservative ratio)
    and graph construction + serialize (what an rdflib-based export costs).
    """
    from graphkit.stores.ntriples import write_ntriples
    from graphkit.stores.rdf import to_rdflib
    t = time.perf_counter()
    write_ntriples(graph, tmp / "graph.nt")
    t_nt = time.perf_counter() - t
    t = time.perf_counter()
    g = to_rdflib(graph)
    t_build = time.perf_counter() - t
    triples = len(g)
    t = time.perf_counter()
    g.serialize(destination=str(tmp / "graph.ttl"), format="turtle")
    t_ttl = time.perf_counter() - t
    return {"triples": triples, "ntriples_s": round(t_nt, 3), "rdflib_turtle_s": round(t_ttl, 3),
            "rdflib_graph_build_s": round(t_build, 3),
            "ntriples_triples_per_s": round(triples / t_nt), "rdflib_triples_per_s": round(triples / t_ttl),
            "speedup": round(t_ttl / t_nt, 1), "speedup_with_graph_build": round((t_ttl + t_build) / t_nt, 1)}


def bench_neo4j(graph: Graph, tmp: Path, uri: str, password: str = "") -> dict:
    from graphkit.stores.neo4j import load_graph
    t = time.perf_counter()
    summary = load_graph(graph, uri, "neo4j", password)
    secs = time.perf_counter() - t
    rels = len(graph.edges)
    return {"nodes": len(graph.nodes), "relationships": rels, "seconds": round(secs, 3),
            "relationships_per_s": round(rels / secs), "summary": _jsonable(summary)}


def bench_neo4j_import(graph: Graph, tmp: Path) -> dict:
    from graphkit.stores.neo4j_import import export_import_csvs
    t = time.perf_counter()
    summary = export_import_csvs(graph, tmp / "import")
    secs = time.perf_counter() - t
    n = _records(graph)
    return {"records": n, "seconds": round(secs, 3), "records_per_s": round(n / secs),
            "relationships_per_s": round(len(graph.edges) / secs), "summary": _jsonable(summary)}


def _jsonable(obj) -> object:
    try:
        json.dumps(obj)
        return obj
    except TypeError:
        return repr(obj)[:200]


BENCHES = {"graphdoc": bench_graphdoc, "rdf": bench_rdf, "neo4j": bench_neo4j, "neo4j_import": bench_neo4j_import}


def main(argv: list[str]) -> None:
    name, graph_path, *extra = argv
    graph = graphdoc.read_graph(graph_path)
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as tmp:
        try:
            result = BENCHES[name](graph, Path(tmp), *extra)
        except Exception as exc:  # one failing sink must not stop the whole benchmark
            result = {"skipped": f"{type(exc).__name__}: {exc}"[:300]}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
