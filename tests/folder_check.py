"""Helpers for the build-folder tests: small synthetic corpora and a consistency check of OUT."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import EXAMPLES


def write_articles(folder: Path, n: int, start: int = 0, tag: str = "") -> list[Path]:
    """``n`` .txt articles made from the example articles (each with its own id and a distinct last line)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    paths = []
    for i in range(start, start + n):
        p = folder / f"syn{i:03d}.txt"
        p.write_text(seeds[i % len(seeds)] + f"\n\nCatatan redaksi nomor {i}{tag}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def article_counts(out: Path) -> dict[str, int]:
    """Articles as each output of OUT sees them: graph.json, build.json, the Cypher and the SPARQL store."""
    from graphkit.stores.embedded import EmbeddedStore
    from graphkit.stores.oxigraph import sparql_query
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    counts = {"graph.json": sum(1 for n in doc["nodes"] if n["labels"][0] == "Article"),
              "build.json": json.loads((out / "build.json").read_text(encoding="utf-8"))["nodes"].get("Article", 0)}
    if (out / "cypher.lbdb").exists():
        with EmbeddedStore(out) as store:
            counts["cypher"] = store.run("MATCH (a:Article) RETURN count(a)")[1][0][0]
    if (out / "rdf-store").exists():
        counts["sparql"] = sparql_query(out, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[1][0][0]
    return counts


def store_answers(out: Path) -> dict:
    """What the stores answer about the whole graph: counts by label and type, and every triple count."""
    from graphkit.stores.embedded import EmbeddedStore
    from graphkit.stores.oxigraph import sparql_query
    with EmbeddedStore(out) as store:
        nodes = store.run("MATCH (n) RETURN label(n) AS l, count(*) AS c ORDER BY l")[1]
        edges = store.run("MATCH ()-[r]->() RETURN label(r) AS t, count(*) AS c ORDER BY t")[1]
        names = store.run("MATCH (o:Official) RETURN o.id, o.name, o.sources ORDER BY o.id")[1]
    triples = sparql_query(out, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")[1]
    return {"nodes": nodes, "edges": edges, "officials": names, "triples": triples}


def graphkit_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "graphkit", *map(str, args)]
