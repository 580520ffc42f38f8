"""Spark scale-out: the same extractor and merge, run over partitions of articles.

Why this works without new logic: ``extract_article`` is a pure function of
one article, and ``Node.merged``/``Edge.merged`` (``merge_properties``) are
commutative and associative.  So extraction is a ``mapPartitions`` over
article rows, and building the graph is two keyed aggregations
(``reduceByKey`` on the node id and on the edge key) whose result does not
depend on partitioning or order: it equals the single-process build.

Records travel between Python and the JVM as JSON strings keyed by their
identity, which keeps the Spark schema trivial and the bytes exact.  The
merged graph is then either collected and resolved on the driver (``build``,
fine up to millions of records) or written out keyed and unresolved as
Parquet / JSON Lines partitions (``write_partitions``) for a cluster job.

Imports are absolute so that ``spark-submit graphkit/spark.py`` can run this
file as a script (graphkit installed on the driver and the executors).
Needs the ``spark`` extra: ``pip install 'graphkit[spark]'`` (pyspark, pyarrow).
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graphkit.errors import UsageError
from graphkit.extract import extract_article
from graphkit.model import Article, Edge, Graph, Node
from graphkit.resolve import resolve
from graphkit.sources import read_articles
from graphkit.sources.decode import sha256
from graphkit.sources.records import record_to_article

ARTICLE_FIELDS = ("id", "title", "text", "url", "published", "outlet", "author", "path", "sha256")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def require_pyspark():
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise UsageError("pyspark is not installed",
                         fix="pip install 'graphkit[spark]' (pyspark and pyarrow; Java 17+)") from exc
    return pyspark


def session(master: str = "local[2]", app_name: str = "graphkit", shuffle_partitions: int = 4, **conf: str):
    """A SparkSession tuned for graphkit (no UI, few shuffle partitions); on a cluster pass master=None."""
    require_pyspark()
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(app_name)
    settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                "spark.sql.shuffle.partitions": str(shuffle_partitions),
                "spark.default.parallelism": str(shuffle_partitions)}
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            # Local workers must run this interpreter (the venv with graphkit), not "python3" on PATH;
            # SparkContext reads only the environment variable for that.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings.update(conf)
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# --- articles in -------------------------------------------------------------------------------

def row_to_article(row: Any) -> Article:
    """A Spark Row (or dict) with id/title/text/... to an Article, normalised like the file readers."""
    rec = row.asDict() if hasattr(row, "asDict") else dict(row)
    if rec.get("sha256"):  # already read by graphkit (articles_dataframe): keep it exactly
        article = Article(**{k: rec.get(k) for k in ARTICLE_FIELDS if rec.get(k) is not None})
    else:
        article = record_to_article(rec, path=rec.get("path"), line=None)
    if not article.sha256:
        article.sha256 = sha256(article.text)
    return article


def articles_dataframe(spark, paths: Iterable[str | Path], num_partitions: int = 4):
    """Articles read on the driver by graphkit's own readers (any format), as a DataFrame.

    For inputs small enough for one machine to read; big inputs should be
    JSON Lines read with ``spark.read.json`` (see ``read_jsonl``).
    """
    rows = [{k: getattr(a, k) for k in ARTICLE_FIELDS} for a in read_articles(paths)]
    if not rows:
        raise UsageError("no article could be read", fix="check the paths")
    from pyspark.sql.types import StringType, StructField, StructType
    schema = StructType([StructField(k, StringType(), k != "id" and k != "text") for k in ARTICLE_FIELDS])
    return spark.createDataFrame(rows, schema).repartition(num_partitions)


def read_jsonl(spark, path: str, num_partitions: int | None = None):
    """A JSON Lines article file (or folder) as a DataFrame; ``path`` is recorded like the file reader does."""
    from pyspark.sql import functions as F
    df = spark.read.json(path)
    if "path" not in df.columns:
        df = df.withColumn("path", F.lit(str(path)))
    return df.repartition(num_partitions) if num_partitions else df


# --- extract and merge -------------------------------------------------------------------------

def extract_partition(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """mapPartitions body: article rows in, ``(key, record JSON)`` out, key "n|<id>" or "e|<edge key>"."""
    for row in rows:
        graph = extract_article(row_to_article(row))
        for n in graph.nodes.values():
            yield "n|" + n.id, _dumps(n.to_dict())
        for e in graph.edges.values():
            yield "e|" + _dumps(list(e.key)), _dumps(e.to_dict())


def merge_records(a: str, b: str) -> str:
    """reduceByKey body: merge two JSON records of the same node or edge (order-free)."""
    da, db = json.loads(a), json.loads(b)
    if "source" in da:
        merged = Edge.model_construct(**da).merged(Edge.model_construct(**db))
    else:
        merged = Node.model_construct(**da).merged(Node.model_construct(**db))
    return _dumps(merged.to_dict())


def extract_records(articles_df, num_partitions: int | None = None):
    """The merged, unresolved graph as an RDD of (key, record JSON) pairs."""
    pairs = articles_df.rdd.mapPartitions(extract_partition)
    return pairs.reduceByKey(merge_records, num_partitions) if num_partitions else pairs.reduceByKey(merge_records)


def graph_of(records: Iterable[tuple[str, str]]) -> Graph:
    graph = Graph()
    for key, doc in records:
        d = json.loads(doc)
        if key.startswith("e|"):
            graph.add_edge(Edge.model_construct(**d))
        else:
            graph.add_node(Node.model_construct(**d))
    return graph


def build(articles_df, num_partitions: int | None = None) -> tuple[Graph, dict]:
    """Extract on the executors, merge by key, collect, resolve on the driver: (graph, merges)."""
    return resolve(graph_of(extract_records(articles_df, num_partitions).collect()))


# --- outputs -----------------------------------------------------------------------------------

def write_partitions(records, out: str | Path, fmt: str = "parquet") -> str:
    """Write the merged records as Parquet (kind, key, record) or as graph.jsonl-style text partitions."""
    out = str(out)
    if fmt == "jsonl":
        def line(pair: tuple[str, str]) -> str:
            kind = "edge" if pair[0].startswith("e|") else "node"
            return '{"kind":"' + kind + '",' + pair[1][1:]
        records.sortByKey().map(line).saveAsTextFile(out)
    elif fmt == "parquet":
        from pyspark.sql import SparkSession
        spark = SparkSession.getActiveSession()
        rows = records.map(lambda p: ("edge" if p[0].startswith("e|") else "node", p[0][2:], p[1]))
        spark.createDataFrame(rows, "kind string, key string, record string").write.mode("overwrite").parquet(out)
    else:
        raise UsageError(f"unknown partition format '{fmt}'", fix="use parquet or jsonl")
    return out


def read_partitions(spark, path: str | Path) -> Graph:
    """Read Parquet partitions written by ``write_partitions`` back into one Graph (driver-side)."""
    rows = spark.read.parquet(str(path)).collect()
    return graph_of(("e|" if r["kind"] == "edge" else "n|", r["record"]) for r in rows)


def records_of(graph: Graph) -> list[tuple[str, str]]:
    """A (resolved) graph as (key, record JSON) pairs, to ``parallelize`` for a partitioned load."""
    return ([("n|" + n.id, _dumps(n.to_dict())) for n in graph.sorted_nodes()]
            + [("e|" + _dumps(list(e.key)), _dumps(e.to_dict())) for e in graph.sorted_edges()])


def write_neo4j_import(graph: Graph, out: str | Path, database: str = "neo4j") -> dict:
    """neo4j-admin bulk-import CSVs of the resolved graph (written on the driver).

    Done on the driver because every CSV header carries column types chosen
    over the whole table; the files then go to ``neo4j-admin database import
    full`` on the cluster's primary (the command is in ``import.sh``).
    """
    from graphkit.stores.neo4j_import import export_import_csvs
    return export_import_csvs(graph, out, database=database)


def _load_partition(uri: str, user: str | None, password: str | None, database: str | None, options: dict):
    def load(items: Iterable[tuple[str, Any]]) -> Iterator[dict]:
        from graphkit.stores.neo4j import load_graph
        graph = Graph()
        for _, value in items:
            docs = value if isinstance(value, tuple) else (value,)
            for doc in _flatten_docs(docs):
                d = json.loads(doc)
                if "source" in d:
                    graph.add_edge(Edge.model_construct(**d))
                else:
                    graph.add_node(Node.model_construct(**d))
        if len(graph):
            yield load_graph(graph, uri, user, password, database, **options)
    return load


def _flatten_docs(docs: tuple) -> Iterator[str]:
    for d in docs:
        if isinstance(d, tuple):
            yield from _flatten_docs(d)
        elif d is not None:
            yield d


def load_neo4j(records, uri: str, user: str | None = None, password: str | None = None,
               database: str | None = None, **options) -> dict:
    """Load keyed records into Neo4j from the executors, one transaction stream per partition.

    Nodes first (each node is in exactly one partition after ``reduceByKey``,
    so partitions never write the same node), then relationships: each edge is
    joined with its two endpoint nodes so the loader knows their labels; the
    endpoints merge into the stored nodes without writing (the loader only
    writes changed properties).  ``uri`` may be ``neo4j://`` (the routing
    driver: writes go to the cluster leader) or ``bolt://`` for one server.
    ``options`` go to ``graphkit.stores.neo4j.load_graph`` (batch_size ...).
    """
    nodes = records.filter(lambda kv: kv[0].startswith("n|")).map(lambda kv: (kv[0][2:], kv[1]))
    edges = records.filter(lambda kv: kv[0].startswith("e|")).map(lambda kv: kv[1])
    loader = _load_partition(uri, user, password, database, options)
    node_summaries = nodes.mapPartitions(loader).collect()
    by_source = edges.map(lambda doc: (json.loads(doc)["source"], doc))
    with_source = by_source.join(nodes).map(lambda kv: (json.loads(kv[1][0])["target"], kv[1]))
    with_both = with_source.join(nodes)  # (target, ((edge, source node), target node))
    edge_summaries = with_both.mapPartitions(loader).collect()
    total: dict[str, Any] = {"partitions": len(node_summaries) + len(edge_summaries)}
    for summary in node_summaries + edge_summaries:
        for key in ("nodes_created", "relationships_created", "properties_set", "labels_added", "batches"):
            total[key] = total.get(key, 0) + int(summary.get(key) or 0)
    return total


def main(argv: list[str] | None = None) -> dict:
    """``spark-submit graphkit/spark.py ARTICLES.jsonl --out DIR [--neo4j-uri neo4j://...]`` (see the README)."""
    import argparse
    from graphkit.stores import graphdoc
    ap = argparse.ArgumentParser(prog="graphkit.spark", description="Build the graph with Spark.")
    ap.add_argument("articles", help="JSON Lines articles (file, folder or glob Spark can read)")
    ap.add_argument("--out", required=True, help="output folder (graph.json, partitions/, import/)")
    ap.add_argument("--master", default=None, help="e.g. local[2]; default: what spark-submit says")
    ap.add_argument("--partitions", type=int, default=None, help="shuffle partitions of the keyed merge")
    ap.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    ap.add_argument("--neo4j-uri", help="also load into Neo4j (neo4j:// routes to the cluster leader)")
    ap.add_argument("--neo4j-user", default="neo4j")
    ap.add_argument("--neo4j-password", default=None)
    ap.add_argument("--neo4j-database", default=None)
    args = ap.parse_args(argv)
    spark = session(args.master) if args.master else session(None)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    records = extract_records(read_jsonl(spark, args.articles), args.partitions).cache()
    write_partitions(records, out / "partitions", args.format)
    graph, merges = resolve(graph_of(records.collect()))
    graphdoc.write_json(graph, out / "graph.json")
    summary: dict = {"nodes": len(graph.nodes), "edges": len(graph.edges), "merges": merges,
                     "neo4j_import": write_neo4j_import(graph, out / "import")["files"]}
    if args.neo4j_uri:
        resolved = spark.sparkContext.parallelize(records_of(graph), args.partitions)
        summary["neo4j"] = load_neo4j(resolved, args.neo4j_uri, args.neo4j_user, args.neo4j_password,
                                      args.neo4j_database)
    print(json.dumps(summary, ensure_ascii=False))
    return summary


__all__ = ["main", "records_of", "write_neo4j_import", "load_neo4j", "session", "articles_dataframe", "read_jsonl", "row_to_article", "extract_partition", "merge_records",
           "extract_records", "graph_of", "build", "write_partitions", "read_partitions"]


if __name__ == "__main__":
    main()
