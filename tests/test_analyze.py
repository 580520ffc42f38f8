"""Analytics on a small hand-made graph whose answers are known by hand."""
from __future__ import annotations

import json

import pytest

from graphkit.analyze import (analyze, central_officials, co_attendance, interim_heads,
                              regions_by_events, topic_speakers)
from graphkit.cli import main
from graphkit.model import Edge, Graph, Node


def n(id_, label, **props):
    return Node(id=id_, labels=[label], properties=props)


def e(type_, s, t, **props):
    return Edge(type=type_, source=s, target=t, properties=props)


@pytest.fixture
def graph() -> Graph:
    """A - B - C chain of officials through events; B bridges; A and B meet twice.

    e1 (A, B), e2 (A, B), e3 (B, C), e4 (C, D): in the official projection the
    path is A - B - C - D, so B and C are the only brokers (betweenness 2/3 each).
    """
    nodes = [n("official:a", "Official", name="Ani"), n("official:b", "Official", name="Budi"),
             n("official:c", "Official", name="Citra"), n("official:d", "Official", name="Dedi"),
             n("person:x", "Person", name="Xena"),
             n("region:35", "Region", name="Provinsi Jawa Timur", kind="provinsi"),
             n("region:35.09", "Region", name="Kabupaten Jember", kind="kabupaten"),
             n("region:35.09.01", "Region", name="Kecamatan Kencong", kind="kecamatan"),
             n("region:16", "Region", name="Provinsi Sumatera Selatan", kind="provinsi"),
             n("office:bupati:35.09", "Office", name="Bupati Jember", role="Bupati", region="35.09"),
             n("office:gubernur:16", "Office", name="Gubernur Sumatera Selatan", role="Gubernur", region="16"),
             n("topic:netralitas-asn", "Topic", name="Netralitas ASN"),
             n("statement:1", "Statement", text="ASN harus netral", date="2024-09-25", topics=["netralitas-asn"]),
             n("statement:2", "Statement", text="Pilkada damai", date="2024-10-01", topics=["pilkada"]),
             n("statement:3", "Statement", text="ASN netral", date="2024-09-26"),
             n("statement:4", "Statement", text="jalan rusak", date="2024-09-27", topics=["infrastruktur"])]
    for i, region in enumerate(["35.09", "35.09", "35.09.01", "16"], 1):
        nodes.append(n(f"event:rapat:2024-09-0{i}:{region}", "Event", type="rapat", date=f"2024-09-0{i}"))
    ev = [x.id for x in nodes if x.label == "Event"]
    edges = [e("LED", "official:a", ev[0]), e("ATTENDED", "official:b", ev[0]),
             e("ATTENDED", "official:a", ev[1]), e("LED", "official:b", ev[1]),
             e("ATTENDED", "official:b", ev[2]), e("ATTENDED", "official:c", ev[2]),
             e("LED", "official:c", ev[3]), e("ATTENDED", "official:d", ev[3]),
             e("ATTENDED", "person:x", ev[3]),  # a Person is not an official
             e("IN_REGION", ev[0], "region:35.09"), e("IN_REGION", ev[1], "region:35.09"),
             e("IN_REGION", ev[2], "region:35.09.01"), e("IN_REGION", ev[3], "region:16"),
             e("PART_OF", "region:35.09", "region:35"), e("PART_OF", "region:35.09.01", "region:35.09"),
             e("HOLDS", "official:a", "office:bupati:35.09", capacity="Pjs", as_of="2024-09-25"),
             e("HOLDS", "official:b", "office:bupati:35.09", capacity="definitif"),
             e("HOLDS", "official:c", "office:gubernur:16", capacity="Plt"),
             e("IN_REGION", "office:bupati:35.09", "region:35.09"),
             e("STATED", "official:a", "statement:1"), e("STATED", "official:a", "statement:2"),
             e("STATED", "official:c", "statement:3"), e("STATED", "official:d", "statement:4"),
             e("ABOUT", "statement:3", "topic:netralitas-asn")]
    return Graph(nodes, edges)


def test_co_attendance_weights(graph):
    rows = [(r["official_a"], r["official_b"], r["events"]) for r in co_attendance(graph)]
    assert rows == [("official:a", "official:b", 2), ("official:b", "official:c", 1),
                    ("official:c", "official:d", 1)]


def test_betweenness_ranking(graph):
    rows = central_officials(graph, top=None)
    assert [r["official"] for r in rows] == ["official:b", "official:c", "official:a", "official:d"]
    assert rows[0]["betweenness"] == pytest.approx(2 / 3)
    assert rows[2]["betweenness"] == 0.0
    b = rows[0]
    assert (b["events"], b["co_attendees"]) == (3, 2)


def test_interim_heads_skip_definitif_and_find_region(graph):
    rows = interim_heads(graph)
    assert [(r["official"], r["capacity"], r["region"], r["as_of"]) for r in rows] == [
        ("official:a", "Pjs", "region:35.09", "2024-09-25"),
        ("official:c", "Plt", "region:16", None)]  # region from the office's code property


def test_topic_speakers_use_topics_and_about_edges(graph):
    rows = topic_speakers(graph)
    assert [(r["official"], r["statements"], r["topics"]) for r in rows] == [
        ("official:a", 2, ["netralitas-asn", "pilkada"]), ("official:c", 1, ["netralitas-asn"])]
    assert rows[0]["dates"] == ["2024-09-25", "2024-10-01"]
    assert rows[0]["statement_ids"] == ["statement:1", "statement:2"]


def test_regions_roll_up_to_province(graph):
    rows = {r["region"]: (r["events"], r["direct"]) for r in regions_by_events(graph, top=None)}
    assert rows == {"region:35": (3, 0), "region:35.09": (3, 2), "region:35.09.01": (1, 1),
                    "region:16": (1, 1)}
    assert regions_by_events(graph, top=1)[0]["region"] == "region:35.09"  # tie on 3: more direct events first


def test_cli_json_and_table(graph, tmp_path, capsys):
    from graphkit.stores.graphdoc import write_json
    path = write_json(graph, tmp_path / "graph.json")
    assert main(["analyze", str(path), "--json", "--top", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == json.loads(json.dumps(analyze(graph, top=2)))
    assert len(report["central_officials"]) == 2
    assert main(["analyze", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Budi" in text and "Pjs" in text and "Provinsi Jawa Timur" in text


def test_seed_build_interim_heads(seed_build):
    rows = {(r["name"], r["capacity"]) for r in interim_heads(seed_build.graph)}
    assert ("Imam Hidayat", "Pjs") in rows
    assert all(cap in ("Pj", "Pjs", "Plt", "Plh") for _, cap in rows)


def test_agrees_with_the_bundled_queries(dev_build):
    """The library answers and the Cypher questions (embedded engine) agree on the dev corpus."""
    from graphkit.query import resolve, run
    g = dev_build.graph
    answer = run(resolve("co_attendance"), out=dev_build.out)
    mine = sorted([r["name_a"], r["name_b"], r["events"]] for r in co_attendance(g))
    assert mine and sorted([str(a), str(b), int(n)] for a, b, n in answer.rows) == mine
    answer = run(resolve("interim_heads"), out=dev_build.out)
    mine = sorted([r["name"], r["capacity"], r["office_name"], r["region_name"] if r["region"] in g.nodes else None,
                   r["as_of"]] for r in interim_heads(g))
    assert mine and sorted(list(r) for r in answer.rows) == mine
