"""Entity extraction (regions, officials, offices, HOLDS) on synthetic sentences.

Every sentence here is written for the test (none is copied from the corpus);
each asserts on the content a reader takes from it.
"""
from __future__ import annotations

import pytest

from graphkit.extract import extract_article
from graphkit.extract.context import ArticleContext
from graphkit.extract.body_nodes import group_node
from graphkit.extract.entities import extract_entities
from graphkit.model import Article


def run(text: str, published: str | None = "2024-10-01") -> ArticleContext:
    ctx = ArticleContext.of(Article(id="t", title="t", text=text, published=published), "test")
    extract_entities(ctx)
    return ctx


def labelled(ctx: ArticleContext, label: str) -> dict:
    return {n.id: n.properties for n in ctx.graph.nodes.values() if label in n.labels}


def holds(ctx: ArticleContext) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.properties["capacity"]) for e in ctx.graph.edges.values() if e.type == "HOLDS"}


def test_acting_regent_with_comma_apposition():
    ctx = run("Banyuwangi – Penjabat Sementara (Pjs) Bupati Banyuwangi, Budi Santoso membuka rapat di pendopo.")
    assert holds(ctx) == {("official:budi-santoso", "office:bupati:35.10", "Pjs")}
    office = ctx.graph.nodes["office:bupati:35.10"].properties
    assert office["role"] == "Bupati" and office["region"] == "35.10" and office["name"] == "Bupati Banyuwangi"
    region = ctx.graph.nodes["region:35.10"].properties
    assert region["name"] == "Kabupaten Banyuwangi" and region["kind"] == "kabupaten"
    assert ("PART_OF", "region:35.10", "region:35", "") in ctx.graph.edges
    assert ctx.region == "35.10"


def test_honorifics_and_degrees_are_split_off():
    ctx = run("Pj Gubernur Jawa Tengah, Prof. Dr. H. Ahmad Fauzi Rahman, S.Sos, M.Si, memimpin apel pagi.")
    props = ctx.graph.nodes["official:ahmad-fauzi-rahman"].properties
    assert props["name"] == "Ahmad Fauzi Rahman"
    assert props["honorifics"] == ["Prof.", "Dr.", "H."]
    assert props["degrees"] == ["S.Sos", "M.Si"]
    assert holds(ctx) == {("official:ahmad-fauzi-rahman", "office:gubernur:33", "Pj")}


def test_city_and_regency_homonym_decided_by_title():
    ctx = run("Wali Kota Malang Sutrisno Adi meninjau pasar. Bupati Malang Wahyu Hidayat hadir pula.")
    assert ("official:sutrisno-adi", "office:wali-kota:35.73", "definitif") in holds(ctx)
    assert ("official:wahyu-hidayat", "office:bupati:35.07", "definitif") in holds(ctx)


def test_undecidable_homonym_is_not_emitted():
    ctx = run("Warga Malang antusias menyambut festival itu pada Minggu.")
    assert not any(k.startswith("region:35.07") or k.startswith("region:35.73") for k in ctx.graph.nodes)


def test_uppercase_acronym_needs_case():
    ctx = run("Sekretaris Daerah Kabupaten PPU, Tohir Saputra, memimpin rapat. Harga ppu naik.")
    assert ("official:tohir-saputra", "office:sekretaris-daerah:64.09", "definitif") in holds(ctx)


def test_short_form_is_alias_and_mention():
    ctx = run("Plt Bupati Sleman Dani Kusuma membuka acara. Menurut Dani, semua ASN harus netral.")
    props = ctx.graph.nodes["official:dani-kusuma"].properties
    assert "Dani" in props["aliases"]
    spans = [(m.start, m.end) for m in ctx.mentions if m.node_id == "official:dani-kusuma"]
    assert len(spans) == 2 and ctx.text[spans[1][0]:spans[1][1]] == "Dani"
    assert ctx.mentions == sorted(ctx.mentions)


def test_title_only_reference_points_to_holder():
    text = ("Penjabat (Pj) Bupati Kudus, Rahmat Hidayat menerima tamu. "
            "Dalam sambutannya, Pj Bupati Kudus mengajak semua pihak bekerja sama.")
    ctx = run(text)
    titles = [m for m in ctx.mentions if m.kind == "title"]
    assert titles and titles[0].node_id == "official:rahmat-hidayat"
    assert "Bupati Kudus" in text[titles[0].start:titles[0].end]


def test_boilerplate_people_are_not_officials():
    text = ("Sleman – Bupati Sleman Kustini Sri membuka pameran.\n"
            "Foto: Bupati Sleman Andi Wijaya/Redaksi\n"
            "BACA JUGA: Wakil Bupati Bantul Joko Purnomo Resmikan Pasar\n"
            "Acara ditutup dengan doa.(RINA)")
    ctx = run(text)
    names = {p["name"] for p in labelled(ctx, "Official").values()}
    assert names == {"Kustini Sri"}
    assert not any("Bantul" in p.get("name", "") for p in ctx.graph.nodes and
                   (n.properties for n in ctx.graph.nodes.values()))


def test_group_node_helper():
    ctx = run("Jember – Bupati Jember Hendy Setiono mengumpulkan seluruh OPD.")
    start = ctx.text.index("OPD")
    node_id = group_node(ctx, "OPD", start, start + 3)
    assert node_id == "org:opd:35.09"
    props = ctx.graph.nodes[node_id].properties
    assert props["kind"] == "group" and "OPD" in props["name"]
    assert any(m.node_id == node_id and m.kind == "group" for m in ctx.mentions)


def test_evidence_spans_point_at_the_text():
    text = "Bogor – Ketua DPRD Kabupaten Bogor, Rudy Susmanto, memimpin rapat paripurna."
    graph = extract_article(Article(id="ev", title="x", text=text))
    official = graph.nodes["official:rudy-susmanto"]
    spans = {text[e["start"]:e["end"]] for e in official.properties["evidence"]}
    assert spans == {"Rudy Susmanto"}
    assert ("official:rudy-susmanto", "office:ketua-dprd:32.01", "definitif") in {
        (e.source, e.target, e.properties["capacity"]) for e in graph.edges.values() if e.type == "HOLDS"}


def test_mentions_do_not_nest():
    ctx = run("Pj Wali Kota Bogor, Hera Nugrahayu hadir. Heran Nugrahayu menegaskan netralitas ASN.")
    spans = [(m.start, m.end) for m in ctx.mentions]
    assert all(not (a[0] <= b[0] and b[1] <= a[1]) for a in spans for b in spans if a != b)
    assert "Heran Nugrahayu" in {ctx.text[s:e] for s, e in spans}


def test_long_article_stays_linear():
    import time
    para = ("Bupati Siak Andi Rahman hadir. Kepala Dinas Kesehatan Kabupaten Siak, Budi Santoso, "
            "menjelaskan program. Andi meminta Budi bekerja keras. ")
    start = time.perf_counter()
    ctx = run("Siak – " + para * 3000)
    assert time.perf_counter() - start < 20
    assert len([m for m in ctx.mentions if m.node_id == "official:budi-santoso"]) == 6000


def test_no_edge_points_outside_the_graph():
    text = ("Rapat di Senayan membahas Jakarta. Warga Jakarta menunggu hasilnya. "
            "Ketua Komisi II DPR Rudi Hartono memimpin rapat dengan Gubernur Jakarta Sri Wahyuni.")
    graph = extract_article(Article(id="dg", title="x", text=text))
    assert graph.edges and all(e.source in graph.nodes and e.target in graph.nodes for e in graph.edges.values())


def test_agency_head_is_member_of_the_agency():
    ctx = run("Bogor – Kepala Dinas Kesehatan Kabupaten Bogor, Rina Kartika, membuka posyandu.")
    org = ctx.graph.nodes["org:dinas-kesehatan:32.01"].properties
    assert org["name"] == "Dinas Kesehatan Kabupaten Bogor" and org["kind"] == "agency"
    assert ("MEMBER_OF", "official:rina-kartika", "org:dinas-kesehatan:32.01", "") in ctx.graph.edges
    assert ("IN_REGION", "org:dinas-kesehatan:32.01", "region:32.01", "") in ctx.graph.edges


def test_gazetteer_hits_cannot_alter_the_index():
    # find() hands out the index's own form sequences (no copy per hit): they must be immutable
    from graphkit.extract.regions.gazetteer import gazetteer
    hits = gazetteer().find("Bupati Jember dan Wali Kota Bekasi")
    assert [(s, e) for s, e, _ in hits] == [(7, 13), (23, 34)]  # "Jember", "Kota Bekasi"
    for _, _, forms in hits:
        with pytest.raises(AttributeError):
            forms.append(None)  # type: ignore[union-attr]
