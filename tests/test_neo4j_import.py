"""Flattening, neo4j-admin CSV export, docker compose and the Browser favourites (no server needed)."""
from __future__ import annotations

import csv
import re
import shlex
import zipfile
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.model import Edge, Graph, Node, provenance
from graphkit.stores.flatten import flatten_props, unflatten_props
from graphkit.stores.neo4j_import import (column_type, example_params, export_browser_favorites,
                                          export_import_csvs, read_import_csvs)

ROOT = Path(__file__).resolve().parent.parent


def test_flatten_evidence_as_parallel_lists_and_maps_as_json():
    props = {"name": "Budi", "aliases": ["A", "B"], "date": None, "count": 3,
             "evidence": [{"article": "article:a", "start": 1, "end": 5}, {"article": "article:b", "start": 7, "end": 9}],
             "meta": {"k": [1, 2]}, "mixed": [1, "x"]}
    flat = flatten_props(props)
    assert flat == {"name": "Budi", "aliases": ["A", "B"], "count": 3,
                    "evidence_article": ["article:a", "article:b"], "evidence_start": [1, 7], "evidence_end": [5, 9],
                    "meta_json": '{"k":[1,2]}', "mixed_json": '[1,"x"]'}
    back = unflatten_props(flat)
    assert back == {k: v for k, v in props.items() if v is not None}


def test_flatten_keeps_strings_that_only_look_like_json():
    assert unflatten_props(flatten_props({"note_json": "not json {"})) == {"note_json": "not json {"}


def _graph() -> Graph:
    g = Graph()
    g.add_node(Node(id="official:budi", labels=["Official", "Person"],
                    properties={"name": 'Budi "B"; O\'Neil, Jr.', "aliases": ["Pak Budi", "B, S."],
                                **provenance("a1", 3, 9)}))
    g.add_node(Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati Jember", "role": "Bupati",
                                                                              **provenance("a1", 0, 6)}))
    g.add_node(Node(id="statement:x", labels=["Statement"],
                    properties={"text": "line one\nline two, \"quoted\"", "topics": ["pilkada"], **provenance("a1")}))
    g.add_node(Node(id="article:a1", labels=["Article"], properties={"title": "T", "big": 2 ** 40, "ok": True,
                                                                      "score": 0.5}))
    for cap in ("Pj", "Plt"):
        g.add_edge(Edge(type="HOLDS", source="official:budi", target="office:bupati:35.09",
                        properties={"capacity": cap, "as_of": "2024-09-25", **provenance("a1", 3, 9)}))
    g.add_edge(Edge(type="MENTIONS", source="article:a1", target="official:budi", properties={"count": 2}))
    return g


def test_csv_headers_are_neo4j_admin_typed(tmp_path):
    result = export_import_csvs(_graph(), tmp_path)
    assert result["files"] == {"nodes_Article.csv": 1, "nodes_Office.csv": 1, "nodes_Official.csv": 1,
                               "nodes_Statement.csv": 1, "rels_HOLDS.csv": 2, "rels_MENTIONS.csv": 1}
    with (tmp_path / "nodes_Official.csv").open(newline="", encoding="utf-8") as fh:
        header, row = list(csv.reader(fh))
    assert header[:2] == ["id:ID", ":LABEL"]
    assert {"aliases:string[]", "evidence_start:int[]", "evidence_end:int[]", "evidence_article:string[]",
            "name", "sources:string[]"} <= set(header)
    assert row[1] == "Official;Person"
    with (tmp_path / "nodes_Article.csv").open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert {"big:long", "ok:boolean", "score:double", "title"} <= set(header)
    with (tmp_path / "rels_HOLDS.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == [":START_ID", ":END_ID", ":TYPE", "key"]
    assert [r[3] for r in rows[1:]] == ["HOLDS|official:budi|office:bupati:35.09|Pj",
                                        "HOLDS|official:budi|office:bupati:35.09|Plt"]


def test_every_node_and_edge_round_trips_through_the_csvs(tmp_path, seed_build):
    for graph in (_graph(), seed_build.graph):
        out = tmp_path / str(len(graph))
        export_import_csvs(graph, out)
        back = read_import_csvs(out)
        # neo4j-admin imports an empty field as "no property": empty lists/strings are the one loss
        expected = Graph.from_dict(_drop_empty(graph.to_dict()))
        assert back.to_dict() == expected.to_dict()


def _drop_empty(doc: dict) -> dict:
    for item in doc["nodes"] + doc["edges"]:
        item["properties"] = {k: v for k, v in item["properties"].items() if v not in ([], "", None)}
    return doc


def test_array_delimiter_is_avoided_when_a_value_contains_it(tmp_path):
    g = _graph()
    g.nodes["official:budi"].properties["aliases"] = ["a;b", "c|d", "e"]
    result = export_import_csvs(g, tmp_path)
    assert result["delimiter"] == "¦"
    script = (tmp_path / "import.sh").read_text(encoding="utf-8")
    assert "--array-delimiter=¦" in script
    assert read_import_csvs(tmp_path).nodes["official:budi"].properties["aliases"] == ["a;b", "c|d", "e"]


def test_import_sh_holds_the_exact_command(tmp_path, capsys):
    from graphkit.stores import graphdoc
    graphdoc.write_json(_graph(), tmp_path / "g.json")
    assert main(["export", "neo4j-import", str(tmp_path / "g.json"), "-o", str(tmp_path / "imp")]) == 0
    printed = capsys.readouterr().out
    lines = (tmp_path / "imp" / "import.sh").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/bin/sh" and 'cd "$(dirname "$0")"' in lines
    args = shlex.split(lines[-1])
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    assert "--nodes=Official=nodes_Official.csv" in args and "--relationships=HOLDS=rels_HOLDS.csv" in args
    assert {"--array-delimiter=;", "--multiline-fields=true", "--overwrite-destination=true"} <= set(args)
    assert args[-1] == "neo4j"
    assert lines[-1] in printed
    for a in args:
        if a.startswith(("--nodes=", "--relationships=")):
            assert (tmp_path / "imp" / a.split("=")[-1]).is_file()


def test_column_types():
    assert column_type([1, 2]) == "int" and column_type([1, 2 ** 40]) == "long"
    assert column_type([1, 2.5]) == "double" and column_type([True]) == "boolean"
    assert column_type([["a"], []]) == "string[]" and column_type([[1], [2]]) == "int[]"
    assert column_type(["a", 1]) == "string"


def test_compose_file_runs_neo4j_then_graphkit():
    yaml = pytest.importorskip("yaml")
    doc = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text(encoding="utf-8"))
    neo4j, gk = doc["services"]["neo4j"], doc["services"]["graphkit"]
    pom = (ROOT / "tests" / "neo4j" / "pom.xml").read_text(encoding="utf-8")
    tested = re.search(r"<neo4j.version>([^<]+)</neo4j.version>", pom)[1]
    assert neo4j["image"] == f"neo4j:{tested}-community"  # the version the tests run
    assert {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"} <= set(neo4j["ports"])
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD:-")
    assert any(v.startswith("neo4j-data:") for v in neo4j["volumes"]) and "neo4j-data" in doc["volumes"]
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert gk["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert gk["build"]["dockerfile"] == "docker/Dockerfile"
    cmd = " ".join(gk["command"])
    assert "graphkit build examples/articles -o /out" in cmd
    assert "graphkit load neo4j /out --uri bolt://neo4j:7687" in cmd and "--password-env NEO4J_PASSWORD" in cmd
    dockerfile = (ROOT / "docker" / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile and "pip install" in dockerfile


def test_browser_favorites_bundle_every_query(tmp_path):
    queries = ROOT / "queries"
    names = export_browser_favorites(queries, tmp_path / "fav.zip")
    assert names == sorted(p.name for p in queries.glob("*.cypher")) and names
    with zipfile.ZipFile(tmp_path / "fav.zip") as zf:
        assert sorted(zf.namelist()) == [f"graphkit/{n}" for n in names]
        first = zf.read(f"graphkit/{names[0]}").decode()
    assert first == (queries / names[0]).read_text(encoding="utf-8")
    guide = (tmp_path / "fav.html").read_text(encoding="utf-8")
    assert guide.count('<pre class="code runnable">MATCH') + guide.count('<pre class="code runnable">//') == len(names)
    # deterministic: the same queries give the same bytes
    export_browser_favorites(queries, tmp_path / "again.zip")
    assert (tmp_path / "fav.zip").read_bytes() == (tmp_path / "again.zip").read_bytes()


def test_example_params_from_query_headers():
    text = ('// param region: code, e.g. "35.09" (Jember) (default "35")\n'
            '// param id: the node id, e.g. "official:imam-hidayat" (required)\n// param limit: how many (default 10)\n')
    assert example_params(text) == {"region": '"35"', "id": '"official:imam-hidayat"', "limit": "10"}


# ---- neo4j-admin import, for real: Neo4j's own import tool, then the database started and queried ----

def _store_property_count(graph: Graph) -> tuple[int, int]:
    """Properties a store holds for ``graph``: ``id``/``key`` plus every non-empty flattened property."""
    from graphkit.stores.flatten import edge_key

    def count(props: dict) -> int:
        return sum(1 for v in flatten_props(props).values() if v not in ([], "", None))
    nodes = sum(1 + count({k: v for k, v in n.properties.items() if k != "id"}) for n in graph.nodes.values())
    rels = sum(1 + count(e.properties) for e in graph.edges.values() if edge_key(e))
    return nodes, rels


@pytest.fixture(scope="module")
def import_build(request):
    """The corpus build when ../shared is there, else the seed build."""
    try:
        return request.getfixturevalue("corpus_build")
    except pytest.skip.Exception:
        return request.getfixturevalue("seed_build")


@pytest.fixture(scope="module")
def imported(import_build, neo4j_factory, tmp_path_factory):
    """A fresh Neo4j home filled by `neo4j-admin database import full` from `export neo4j-import`'s CSVs."""
    from neo4j_server import import_database
    csv_dir = tmp_path_factory.mktemp("import-csv")
    export_import_csvs(import_build.graph, csv_dir)
    args = shlex.split((csv_dir / "import.sh").read_text(encoding="utf-8").splitlines()[-1])
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    server = neo4j_factory("neo4j-imported")
    done = import_database(server.home, csv_dir, args[4:])
    assert done.returncode == 0 and "IMPORT DONE" in done.stdout, (done.stdout + done.stderr)[-2000:]
    server.start()
    yield import_build, server, done.stdout
    server.stop()
    server.delete()


@pytest.mark.neo4j
def test_neo4j_admin_import_counts_equal_graph_json(imported):
    build, server, report = imported
    graph = build.graph
    with server.driver() as d, d.session() as s:
        nodes, node_props = s.run("MATCH (n) RETURN count(n) AS c, sum(size(keys(n))) AS p").single()
        rels, rel_props = s.run("MATCH ()-[r]->() RETURN count(r) AS c, sum(size(keys(r))) AS p").single()
        labels = {r["l"]: r["c"] for r in s.run("MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c")}
    assert (nodes, rels) == (len(graph.nodes), len(graph.edges))
    assert (node_props, rel_props) == _store_property_count(graph)
    assert labels == {k: v for k, v in graph.counts()["nodes"].items() if v}
    assert f"{nodes} nodes" in report and f"{rels} relationships" in report
    assert f"{node_props + rel_props} properties" in report


@pytest.mark.neo4j
def test_every_query_answers_on_the_imported_database_as_on_the_embedded_store(imported):
    from graphkit import query as Q
    from test_parity import cases, norm
    build, server, _ = imported
    checked = 0
    with server.driver() as d, d.session() as s:
        for qname, params, must in cases(build.graph):
            cy = Q.resolve(f"queries/{qname}.cypher")
            result = s.run(cy.text, cy.bind(params))
            rows = [list(r.values()) for r in result]
            emb = Q.run(cy, params, out=build.out)
            assert list(result.keys()) == emb.columns and norm(rows) == norm(emb.rows), f"{qname} {params}"
            assert rows or not must, qname
            checked += 1
    assert checked >= 5


@pytest.mark.neo4j
def test_bolt_load_on_top_of_the_import_changes_nothing(imported):
    from graphkit.stores.neo4j import dump_graph, load_graph
    build, server, _ = imported
    summary = load_graph(build.graph, server.uri, server.user, server.password)
    assert (summary["nodes_created"], summary["relationships_created"], summary["properties_set"],
            summary["labels_added"]) == (0, 0, 0, 0)
    back = dump_graph(server.uri, server.user, server.password)
    assert back.to_dict() == Graph.from_dict(_drop_empty(build.graph.to_dict())).to_dict()


def test_browser_style_sheet_gives_every_label_a_caption_and_colour_and_compose_loads_it():
    from graphkit.model import LABELS
    yaml = pytest.importorskip("yaml")
    grass = (ROOT / "docker" / "graphkit.grass").read_text(encoding="utf-8")
    rules = dict(re.findall(r"node\.(\w+)\s*\{(.*?)\n\}", grass, flags=re.S))
    assert set(rules) == set(LABELS)
    for label, body in rules.items():
        assert re.search(r'caption:\s*"\{\w+\}";', body) and re.search(r"color:\s*#[0-9A-F]{6};", body), label
    assert 'caption: "{name}"' in rules["Official"] and 'caption: "{text}"' in rules["Statement"]
    doc = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text(encoding="utf-8"))
    cmd = doc["services"]["neo4j"]["environment"]["NEO4J_browser_post__connect__cmd"]
    assert "style http://localhost:8001/graphkit.grass" in cmd
    assets = doc["services"]["browser-assets"]
    assert any(v.startswith("./graphkit.grass:") for v in assets["volumes"])
    assert all(p.startswith("127.0.0.1:") for s in doc["services"].values() for p in s.get("ports", []))
