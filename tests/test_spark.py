"""graphkit.spark in local mode gives the same graph as the single-process build.

One SparkSession for the module (local[2], no UI, 4 shuffle partitions);
skipped only when pyspark cannot be imported.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from graphkit import spark as gs  # noqa: E402
from graphkit.model import Graph  # noqa: E402
from graphkit.resolve import resolve  # noqa: E402
from graphkit.stores import graphdoc  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    session = gs.session("local[2]", app_name="graphkit-tests", shuffle_partitions=4)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def dev_df(spark, dev_articles):
    return gs.articles_dataframe(spark, [dev_articles], num_partitions=4).cache()


def test_spark_build_equals_single_process_build(dev_df, dev_build, tmp_path):
    graph, _ = gs.build(dev_df)
    graphdoc.write_json(graph, tmp_path / "graph.json")
    expected = (dev_build.out / "graph.json").read_bytes()
    assert len(graph.nodes) == len(dev_build.graph.nodes) and len(graph.edges) == len(dev_build.graph.edges)
    assert (tmp_path / "graph.json").read_bytes() == expected


def test_partitioning_does_not_change_the_graph(dev_df, dev_build):
    graph, _ = gs.build(dev_df.repartition(7), num_partitions=3)
    assert graph.to_dict() == dev_build.graph.to_dict()


def test_jsonl_read_by_spark_equals_build_of_same_file(spark, dev_articles, tmp_path):
    from graphkit.pipeline import build
    from graphkit.sources import read_articles
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for a in read_articles([dev_articles]):
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    expected = build([src], tmp_path / "out", stores=False).graph
    graph, _ = gs.build(gs.read_jsonl(spark, str(src), num_partitions=3))
    assert graph.to_dict() == expected.to_dict()
    assert any(n.id.startswith("article:") for n in graph.nodes.values())


def test_parquet_and_jsonl_partitions_round_trip(spark, dev_df, dev_build, tmp_path):
    records = gs.extract_records(dev_df).cache()
    gs.write_partitions(records, tmp_path / "parquet", fmt="parquet")
    assert list((tmp_path / "parquet").glob("*.parquet"))
    back = gs.read_partitions(spark, tmp_path / "parquet")  # merged, not yet resolved
    assert resolve(back)[0].to_dict() == dev_build.graph.to_dict()
    gs.write_partitions(records, tmp_path / "jsonl", fmt="jsonl")
    lines = [line for f in sorted((tmp_path / "jsonl").glob("part-*")) for line in f.read_text().splitlines()]
    assert len(lines) == len(back) >= len(dev_build.graph)
    again = graphdoc.read_graph(_joined(lines, tmp_path / "all.jsonl"))
    assert again.to_dict() == back.to_dict()


def _joined(lines: list[str], path: Path) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_merge_records_is_order_free():
    a = {"id": "person:x", "labels": ["Person"], "properties": {"sources": ["article:2"], "name": "X"}}
    b = {"id": "person:x", "labels": ["Official"], "properties": {"sources": ["article:1"], "name": "X"}}
    ab = gs.merge_records(json.dumps(a), json.dumps(b))
    ba = gs.merge_records(json.dumps(b), json.dumps(a))
    assert ab == ba
    assert json.loads(ab)["properties"]["sources"] == ["article:1", "article:2"]
    assert json.loads(ab)["labels"] == ["Official", "Person"]


def test_unknown_partition_format_is_a_usage_error(dev_df):
    from graphkit.errors import UsageError
    with pytest.raises(UsageError, match="parquet or jsonl"):
        gs.write_partitions(gs.extract_records(dev_df), "/nonexistent", fmt="csv")


def test_graph_of_separates_nodes_and_edges():
    g = gs.graph_of([("n|a", '{"id":"a","labels":["Topic"],"properties":{}}'),
                     ("e|x", '{"type":"ABOUT","source":"a","target":"a","properties":{}}')])
    assert isinstance(g, Graph) and list(g.nodes) == ["a"] and len(g.edges) == 1


def test_neo4j_admin_csvs_from_spark_equal_direct_export(dev_build, tmp_path):
    from graphkit.stores.neo4j_import import export_import_csvs
    via_spark = gs.write_neo4j_import(dev_build.graph, tmp_path / "spark")
    direct = export_import_csvs(dev_build.graph, tmp_path / "direct")
    assert via_spark["files"] == direct["files"] and sum(direct["files"].values()) == len(dev_build.graph)
    for name in direct["files"]:
        assert (tmp_path / "spark" / name).read_bytes() == (tmp_path / "direct" / name).read_bytes()


@pytest.mark.neo4j
def test_partitioned_neo4j_load_round_trips(spark, neo4j_server, seed_build):
    from graphkit.stores.neo4j import dump_graph
    neo4j_server.wipe()
    graph = seed_build.graph
    auth = (neo4j_server.user, neo4j_server.password)
    records = spark.sparkContext.parallelize(gs.records_of(graph), 3)
    total = gs.load_neo4j(records, neo4j_server.uri, *auth)
    assert total["nodes_created"] == len(graph.nodes)
    assert total["relationships_created"] == len(graph.edges)
    assert dump_graph(neo4j_server.uri, *auth).to_dict() == graph.to_dict()


def test_spark_submit_entry_point_writes_the_same_graph(spark, dev_articles, tmp_path):
    from graphkit.pipeline import build
    from graphkit.sources import read_articles
    src = tmp_path / "articles.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for a in read_articles([dev_articles]):
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    expected = build([src], tmp_path / "single", stores=False)
    summary = gs.main([str(src), "--out", str(tmp_path / "spark"), "--master", "local[2]", "--partitions", "3"])
    assert (tmp_path / "spark" / "graph.json").read_bytes() == (tmp_path / "single" / "graph.json").read_bytes()
    assert summary["nodes"] == len(expected.graph.nodes)
    assert list((tmp_path / "spark" / "partitions").glob("*.parquet"))
    assert (tmp_path / "spark" / "import" / "import.sh").is_file()
