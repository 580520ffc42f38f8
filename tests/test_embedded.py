"""The embedded Cypher store (LadybugDB): schema, bulk load, rebuilds, and the build integration.

``mini_graph`` is a small hand-made graph with every label and edge type the
queries touch; the parity and query tests import it so they never depend on
how good extraction is today.
"""
from __future__ import annotations

import pytest

from graphkit.model import Edge, Graph, Node, provenance
from graphkit.stores.embedded import STORE_FILE, EmbeddedStore, write_store

A1, A2, A3 = "article:a1", "article:a2", "article:a3"


def _p(article: str, start: int | None = None, end: int | None = None, **extra) -> dict:
    return {**provenance(article, start, end, extractor="test/1"), **extra}


def mini_graph() -> Graph:
    """Jember (35.09) in Jawa Timur (35), a kecamatan in Jember, and Palangka Raya (62.71) in 62."""
    g = Graph()
    n, e = g.add_node, g.add_edge
    for aid, title in ((A1, "Pjs Bupati Jember audiensi"), (A2, "Apel di Kaliwates"), (A3, "Palangka Raya")):
        n(Node(id=aid, labels=["Article"], properties={"title": title, "sources": [aid]}))
    regions = [("35", "Provinsi Jawa Timur", "provinsi"), ("35.09", "Kabupaten Jember", "kabupaten"),
               ("35.09.01", "Kaliwates", "kecamatan"), ("62", "Provinsi Kalimantan Tengah", "provinsi"),
               ("62.71", "Kota Palangka Raya", "kota")]
    for code, name, kind in regions:
        n(Node(id=f"region:{code}", labels=["Region"], properties={"name": name, "kind": kind, "code": code,
                                                                   **_p(A1)}))
    for child, parent in (("35.09", "35"), ("35.09.01", "35.09"), ("62.71", "62")):
        e(Edge(type="PART_OF", source=f"region:{child}", target=f"region:{parent}", properties=_p(A1)))
    officials = [("imam-hidayat", "Imam Hidayat", A1, 10, 22), ("adhy-karyono", "Adhy Karyono", A1, 40, 52),
                 ("hendrik", "Hendrik", A2, 5, 12), ("hera-nugrahayu", "Hera Nugrahayu", A3, 3, 17)]
    for slug, name, art, s, t in officials:
        n(Node(id=f"official:{slug}", labels=["Official"], properties={"name": name, "aliases": [name.upper()],
                                                                       **_p(art, s, t)}))
    n(Node(id="official:imam-hidayat", labels=["Official"], properties=_p(A2, 100, 112)))  # a second article
    offices = [("bupati", "35.09", "Bupati Jember", "Bupati"), ("gubernur", "35", "Gubernur Jawa Timur", "Gubernur"),
               ("camat", "35.09.01", "Camat Kaliwates", "Camat"), ("wali-kota", "62.71", "Wali Kota Palangka Raya",
                                                                   "Wali Kota")]
    for role, code, name, rname in offices:
        n(Node(id=f"office:{role}:{code}", labels=["Office"], properties={"name": name, "role": rname,
                                                                         "region": code, **_p(A1)}))
        e(Edge(type="IN_REGION", source=f"office:{role}:{code}", target=f"region:{code}", properties=_p(A1)))
    holds = [("imam-hidayat", "bupati:35.09", "Pjs", A1), ("imam-hidayat", "bupati:35.09", "definitif", A2),
             ("adhy-karyono", "gubernur:35", "Pj", A1), ("hendrik", "camat:35.09.01", "Plt", A2),
             ("hera-nugrahayu", "wali-kota:62.71", "Pj", A3)]
    for who, office, cap, art in holds:
        e(Edge(type="HOLDS", source=f"official:{who}", target=f"office:{office}",
               properties={"capacity": cap, "as_of": "2024-09-25", **_p(art, 1, 9)}))
    events = [("audiensi", "2024-09-25", "35.09", A1), ("apel", "2024-09-30", "35.09.01", A2),
              ("rapat_koordinasi", "2024-10-01", "35", A1), ("kunjungan_kerja", None, "62.71", A3)]
    for etype, date, code, art in events:
        eid = f"event:{etype}:{date or 'undated'}:{code}"
        n(Node(id=eid, labels=["Event"], properties={"type": etype, "date": date, "region": code, **_p(art, 60, 70)}))
        e(Edge(type="IN_REGION", source=eid, target=f"region:{code}", properties=_p(art)))
    n(Node(id="venue:pendopo:35.09", labels=["Venue"], properties={"name": "Pendopo Wahyawibawagraha", **_p(A1)}))
    e(Edge(type="HELD_AT", source="event:audiensi:2024-09-25:35.09", target="venue:pendopo:35.09", properties=_p(A1)))
    n(Node(id="org:opd:35.09", labels=["Organization"], properties={"name": "OPD Jember", "kind": "group", **_p(A1)}))
    n(Node(id="person:rina", labels=["Person"], properties={"name": "Rina", "role": "warga", **_p(A2)}))
    e(Edge(type="MEMBER_OF", source="person:rina", target="org:opd:35.09", properties=_p(A2)))
    for who, event, etype, art in (
            ("official:imam-hidayat", "event:audiensi:2024-09-25:35.09", "LED", A1),
            ("official:adhy-karyono", "event:audiensi:2024-09-25:35.09", "ATTENDED", A1),
            ("org:opd:35.09", "event:audiensi:2024-09-25:35.09", "ATTENDED", A1),
            ("official:hendrik", "event:apel:2024-09-30:35.09.01", "LED", A2),
            ("official:imam-hidayat", "event:apel:2024-09-30:35.09.01", "ATTENDED", A2),
            ("person:rina", "event:apel:2024-09-30:35.09.01", "ATTENDED", A2),
            ("official:adhy-karyono", "event:rapat_koordinasi:2024-10-01:35", "LED", A1),
            ("official:imam-hidayat", "event:rapat_koordinasi:2024-10-01:35", "ATTENDED", A1),
            ("official:hera-nugrahayu", "event:kunjungan_kerja:undated:62.71", "LED", A3)):
        e(Edge(type=etype, source=who, target=event, properties=_p(art)))
    for slug, name in (("netralitas-asn", "netralitas ASN"), ("pilkada", "Pilkada")):
        n(Node(id=f"topic:{slug}", labels=["Topic"], properties={"name": name, **_p(A1)}))
    statements = [("s1", "official:imam-hidayat", 'ASN harus netral, "tanpa kecuali", dalam Pilkada.',
                   ["netralitas-asn", "pilkada"], A1, "event:audiensi:2024-09-25:35.09"),
                  ("s2", "official:adhy-karyono", "Jaga netralitas,\nitu kewajiban.", ["netralitas-asn"], A1, None),
                  ("s3", "person:rina", "Pelayanan sudah baik.", [], A2, None)]
    for sid, speaker, text, topics, art, during in statements:
        nid = f"statement:{sid}"
        n(Node(id=nid, labels=["Statement"], properties={"text": text, "date": "2024-09-25", "topics": topics,
                                                         **_p(art, 200, 200 + len(text))}))
        e(Edge(type="STATED", source=speaker, target=nid, properties=_p(art)))
        for t in topics:
            e(Edge(type="ABOUT", source=nid, target=f"topic:{t}", properties=_p(art)))
        if during:
            e(Edge(type="DURING", source=nid, target=during, properties=_p(art)))
    n(Node(id="statement:s2", labels=["Statement"], properties=_p(A3, 5, 30)))  # quoted again elsewhere
    for nid in list(g.nodes):
        if not nid.startswith("article:"):
            art = g.nodes[nid].properties["sources"][0]
            e(Edge(type="MENTIONS", source=art, target=nid, properties={"count": 1, **_p(art)}))
    return g


@pytest.fixture(scope="module")
def mini_store(tmp_path_factory):
    out = tmp_path_factory.mktemp("mini-embedded")
    summary = write_store(mini_graph(), out)
    return out, summary


def test_store_holds_every_node_and_edge(mini_store):
    out, summary = mini_store
    g = mini_graph()
    assert summary["nodes"] == len(g.nodes) and summary["edges"] == len(g.edges)
    with EmbeddedStore(out) as store:
        _, rows = store.run("MATCH (n) RETURN count(n)")
        assert rows == [[len(g.nodes)]]
        _, rows = store.run("MATCH ()-[r]->() RETURN count(r)")
        assert rows == [[len(g.edges)]]


def test_properties_follow_the_flattening_contract(mini_store):
    out, _ = mini_store
    with EmbeddedStore(out) as store:
        cols, rows = store.run("MATCH (o:Official {id: $id}) RETURN o.name, o.aliases, o.sources, "
                               "o.evidence_article, o.evidence_start, o.evidence_end", {"id": "official:imam-hidayat"})
        assert rows == [["Imam Hidayat", ["IMAM HIDAYAT"], [A1, A2], [A1, A2], [10, 100], [22, 112]]]
        _, rows = store.run("MATCH (:Official)-[h:HOLDS]->(:Office) RETURN h.key, h.capacity ORDER BY h.key")
        keys = [r[0] for r in rows]
        assert "HOLDS|official:imam-hidayat|office:bupati:35.09|Pjs" in keys
        assert "HOLDS|official:imam-hidayat|office:bupati:35.09|definitif" in keys
        _, rows = store.run("MATCH (s:Statement {id: 'statement:s1'}) RETURN s.text, s.topics")
        assert rows == [['ASN harus netral, "tanpa kecuali", dalam Pilkada.', ["netralitas-asn", "pilkada"]]]


def test_absent_property_reads_as_null_like_neo4j(mini_store):
    out, _ = mini_store
    with EmbeddedStore(out) as store:  # Venue has no `capacity`, Article no `text`: null, not an error
        _, rows = store.run("MATCH (v:Venue) RETURN v.capacity, v.text, v.name")
        assert rows == [[None, None, "Pendopo Wahyawibawagraha"]]


def test_rebuild_replaces_the_store_without_duplicates(tmp_path):
    g = mini_graph()
    write_store(g, tmp_path)
    g.add_node(Node(id="official:new-one", labels=["Official"], properties={"name": "New One", **_p(A3)}))
    write_store(g, tmp_path)
    write_store(g, tmp_path)
    with EmbeddedStore(tmp_path) as store:
        _, rows = store.run("MATCH (o:Official) RETURN count(o)")
    assert rows == [[5]]
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_FILE]


def test_missing_or_broken_store_is_a_store_error(tmp_path):
    from graphkit.errors import StoreError
    with pytest.raises(StoreError, match="graphkit build"):
        EmbeddedStore(tmp_path)
    (tmp_path / STORE_FILE).write_bytes(b"not a database" * 500)
    with pytest.raises(StoreError, match="rebuild"):
        EmbeddedStore(tmp_path)


def test_bad_query_is_a_query_error(mini_store):
    from graphkit.errors import QueryError
    out, _ = mini_store
    with EmbeddedStore(out) as store, pytest.raises(QueryError, match="rejected"):
        store.run("MATCH (n RETURN n")


def test_build_writes_the_store(seed_build):
    path = seed_build.out / STORE_FILE
    assert path.is_file()
    assert seed_build.stores["cypher"]["nodes"] == len(seed_build.graph.nodes)
    with EmbeddedStore(seed_build.out) as store:
        _, rows = store.run("MATCH (a:Article) RETURN count(a)")
    assert rows == [[sum(1 for n in seed_build.graph.nodes.values() if n.label == "Article")]] != [[0]]


def test_incremental_build_updates_the_store_without_duplicates(tmp_path):
    import shutil

    from conftest import EXAMPLES
    from graphkit.pipeline import build
    files = sorted(EXAMPLES.glob("*.txt"))
    first, both = tmp_path / "first", tmp_path / "both"
    first.mkdir()
    both.mkdir()
    for f in files[:2]:
        shutil.copy(f, first / f.name)
    for f in files:
        shutil.copy(f, both / f.name)
    out = tmp_path / "out"
    build([first], out)
    with EmbeddedStore(out) as store:
        before = store.run("MATCH (a:Article) RETURN count(a)")[1]
    result = build([both], out)  # the first two are unchanged, the rest are added
    build([both], out)           # and once more: nothing changes
    with EmbeddedStore(out) as store:
        _, nodes = store.run("MATCH (n) RETURN count(n)")
        _, edges = store.run("MATCH ()-[r]->() RETURN count(r)")
        _, articles = store.run("MATCH (a:Article) RETURN count(a)")
    assert before == [[2]] and articles == [[len(files)]]
    assert nodes == [[len(result.graph.nodes)]] and edges == [[len(result.graph.edges)]]


def test_returned_nodes_and_relationships_are_plain_maps(mini_store):
    out, _ = mini_store
    with EmbeddedStore(out) as store:
        _, rows = store.run("MATCH (o:Official {id: 'official:hendrik'})-[h:HOLDS]->(:Office) RETURN o, h")
    node, rel = rows[0]
    assert node["labels"] == ["Official"] and node["name"] == "Hendrik" and "text" not in node
    assert rel["type"] == "HOLDS" and rel["capacity"] == "Plt"
    assert rel["key"] == "HOLDS|official:hendrik|office:camat:35.09.01|Plt"


def test_empty_graph_gives_an_empty_queryable_store(tmp_path):
    summary = write_store(Graph(), tmp_path)
    assert (summary["nodes"], summary["edges"]) == (0, 0)
    with EmbeddedStore(tmp_path) as store:  # every bundled question binds on the empty schema
        from graphkit import query as Q
        for q in Q.bundled():
            if q.language == "cypher":
                values = q.bind({name: "x" for name, p in q.params.items() if p.required})
                assert store.run(q.text, values)[1] == [], q.name


def test_properties_with_mixed_types_still_load(tmp_path):
    g = Graph([Node(id="topic:a", labels=["Topic"], properties={"name": "A", "score": 1, "tags": [1, 2],
                                                               "ok": True, "w": 0.5}),
               Node(id="topic:b", labels=["Topic"], properties={"name": "B", "score": "high", "tags": ["x"],
                                                               "w": 2}),
               Node(id="topic:c", labels=["Topic"], properties={"name": "C", "extra": {"k": [1, {"z": 2}]}})])
    write_store(g, tmp_path)
    with EmbeddedStore(tmp_path) as store:
        _, rows = store.run("MATCH (t:Topic) RETURN t.name, t.score, t.tags, t.ok, t.w, t.extra_json ORDER BY t.name")
    assert rows == [["A", "1", ["1", "2"], True, 0.5, None], ["B", "high", ["x"], None, 2.0, None],
                    ["C", None, None, None, None, '{"k":[1,{"z":2}]}']]
