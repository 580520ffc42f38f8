"""Resolution rules on small hand-made multi-article graphs (no corpus text).

Each test builds per-article graphs the way extraction does (keyed ids,
provenance with sources and evidence), merges them like the build does, and
checks which nodes the resolver keeps apart or joins, and how edges follow.
"""
from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.model import Edge, Graph, Node, provenance
from graphkit.resolve import resolve
from graphkit.resolve.keys import name_key

X = "test/0"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def article(g: Graph, art: str) -> str:
    g.add_node(Node(id=f"article:{art}", labels=["Article"], properties={"title": art, **provenance(art, extractor=X)}))
    return f"article:{art}"


def official(g: Graph, art: str, name: str, region: str | None = None, role: str = "bupati",
             aliases: tuple = (), capacity: str = "Pj", start: int = 0, nid: str | None = None) -> str:
    nid = nid or "official:" + slug(name)
    aid = article(g, art)
    g.add_node(Node(id=nid, labels=["Official"], properties={
        "name": name, "aliases": list(aliases), **provenance(art, start, start + len(name), X)}))
    g.add_edge(Edge(type="MENTIONS", source=aid, target=nid, properties={"count": 1, **provenance(art, extractor=X)}))
    if region:
        oid = f"office:{role}:{region}"
        g.add_node(Node(id=oid, labels=["Office"], properties={
            "name": f"{role.title()} {region}", "role": role.title(), "region": region, **provenance(art, extractor=X)}))
        g.add_edge(Edge(type="HOLDS", source=nid, target=oid,
                        properties={"capacity": capacity, **provenance(art, start, start + 30, X)}))
    return nid


def officials(g: Graph) -> dict[str, Node]:
    return {n.id: n for n in g.nodes.values() if "Official" in n.labels}


def run(*parts: Graph) -> tuple[Graph, dict]:
    g = Graph()
    for p in parts:
        g.merge(p)
    return resolve(g)


def test_name_key_ignores_honorifics_degrees_case_spacing_punctuation():
    assert name_key("Prof. Dr. H. Budi  Santoso, S.Sos, MM") == "budi santoso"
    assert name_key("BUDI SANTOSO S.Sos") == "budi santoso"
    assert name_key("Budi Santoso.") == name_key("budi santoso")
    assert name_key("Hera Nugrahayu") != name_key("Heran Nugrahayu")


def test_same_name_variants_merge_into_one_official_with_all_sources():
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a2", "H. Budi Santoso, S.Sos", "35.09")
    official(g, "a3", "Budi Santoso S.Sos", None)
    out, merges = run(g)
    offs = officials(out)
    assert list(offs) == ["official:budi-santoso"]
    node = offs["official:budi-santoso"]
    assert node.properties["name"] == "Budi Santoso"
    assert node.properties["sources"] == ["article:a1", "article:a2", "article:a3"]
    assert node.properties["merged_ids"] == ["official:budi-santoso-s-sos", "official:h-budi-santoso-s-sos"]
    assert "H. Budi Santoso, S.Sos" in node.properties["aliases"]
    assert node.properties["merge_rules"] == ["official:same-name"]
    assert merges["official:same-name"] >= 1
    # the HOLDS edges of both variants now leave the survivor, as one edge with both sources
    holds = [e for e in out.edges.values() if e.type == "HOLDS"]
    assert [(e.source, e.target, e.properties["sources"]) for e in holds] == [
        ("official:budi-santoso", "office:bupati:35.09", ["article:a1", "article:a2"])]


def test_namesakes_in_different_regions_stay_apart_and_get_region_ids():
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a2", "Budi Santoso", "32.01", role="camat")
    out, merges = run(g)
    offs = officials(out)
    assert sorted(offs) == ["official:budi-santoso:32.01", "official:budi-santoso:35.09"]
    assert offs["official:budi-santoso:35.09"].properties["sources"] == ["article:a1"]
    assert offs["official:budi-santoso:32.01"].properties["sources"] == ["article:a2"]
    assert offs["official:budi-santoso:35.09"].properties["merged_ids"] == ["official:budi-santoso"]
    assert "official:split-by-region" in offs["official:budi-santoso:32.01"].properties["merge_rules"]
    holds = {(e.source, e.target) for e in out.edges.values() if e.type == "HOLDS"}
    assert holds == {("official:budi-santoso:35.09", "office:bupati:35.09"),
                     ("official:budi-santoso:32.01", "office:camat:32.01")}
    mentions = {(e.source, e.target) for e in out.edges.values() if e.type == "MENTIONS"}
    assert ("article:a1", "official:budi-santoso:35.09") in mentions
    assert ("article:a2", "official:budi-santoso:32.01") in mentions
    assert merges == {"official:split-by-region": 1}


def test_unplaced_namesake_keeps_the_bare_id_when_two_regions_compete():
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a2", "Budi Santoso", "32.01")
    official(g, "a3", "Budi Santoso", None)
    offs = officials(run(g)[0])
    assert sorted(offs) == ["official:budi-santoso", "official:budi-santoso:32.01", "official:budi-santoso:35.09"]
    assert offs["official:budi-santoso"].properties["sources"] == ["article:a3"]


def test_article_naming_both_regions_ties_the_namesakes_together():
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a2", "Budi Santoso", "32.01")
    official(g, "a3", "Budi Santoso", "35.09")
    official(g, "a3", "Budi Santoso", "32.01", role="sekretaris-daerah")
    offs = officials(run(g)[0])
    assert list(offs) == ["official:budi-santoso"]


def test_province_post_joins_the_one_kabupaten_inside_it():
    g = Graph()
    official(g, "a1", "Budi Santoso", "35", role="kepala-dinas-kominfo")
    official(g, "a2", "Budi Santoso", "35.09")
    assert list(officials(run(g)[0])) == ["official:budi-santoso"]
    g2 = Graph()
    official(g2, "a1", "Budi Santoso", "33", role="kepala-dinas-kominfo")
    official(g2, "a2", "Budi Santoso", "35.09")
    assert len(officials(run(g2)[0])) == 2


def test_misspelling_merges_only_when_office_or_region_agrees():
    g = Graph()
    official(g, "a1", "Heran Nugrahayu", "35.09")
    official(g, "a2", "Heran Nugrahayu", "35.09")
    official(g, "a3", "Hera Nugrahayu", "35.09")
    out, merges = run(g)
    offs = officials(out)
    assert list(offs) == ["official:heran-nugrahayu"]
    node = offs["official:heran-nugrahayu"]
    assert node.properties["name"] == "Heran Nugrahayu"
    assert "Hera Nugrahayu" in node.properties["aliases"]
    assert node.properties["merged_ids"] == ["official:hera-nugrahayu"]
    assert node.properties["merge_rules"] == ["official:spelling"]
    assert merges == {"official:spelling": 1}

    apart = Graph()
    official(apart, "a1", "Heran Nugrahayu", "35.09")
    official(apart, "a2", "Hera Nugrahayu", "32.01")
    official(apart, "a3", "Hera Nugrahayus", None)
    assert sorted(officials(run(apart)[0])) == ["official:hera-nugrahayu", "official:hera-nugrahayus",
                                               "official:heran-nugrahayu"]


def test_two_edit_misspelling_needs_the_same_office_and_short_names_never_merge():
    g = Graph()
    official(g, "a1", "Andreas Kurniawan", "35.09")
    official(g, "a2", "Andreas Kurniawn", "35.09", role="sekretaris-daerah")    # 1 edit, same region
    official(g, "a3", "Andreas Kurniawanto", "35.09", role="camat")           # 2 edits, other office
    official(g, "a4", "Ari Wibowo", "35.09")
    official(g, "a5", "Adi Wibowo", "35.09")                                  # 3-letter word: no
    offs = officials(run(g)[0])
    assert "official:andreas-kurniawn" not in offs     # merged by region, 1 edit
    assert "official:andreas-kurniawanto" in offs      # 2 edits need the same office
    assert {"official:ari-wibowo", "official:adi-wibowo"} <= set(offs)
    g2 = Graph()
    official(g2, "a1", "Andreas Kurniawan", "35.09")
    official(g2, "a3", "Andreas Kurniawanto", "35.09")                       # 2 edits, same office
    assert list(officials(run(g2)[0])) == ["official:andreas-kurniawanto"]


def test_surname_joins_the_full_name_of_the_same_article_only():
    g = Graph()
    official(g, "a1", "Imam Hidayat", "35.09", aliases=("Hidayat",))
    official(g, "a1", "Hidayat", None, start=200)
    official(g, "a2", "Hidayat", None, start=50)        # another article, no full name: stays
    official(g, "a3", "Imam Hidayat", "35.09")
    official(g, "a4", "Rahmat Hidayat", "35.09", role="sekretaris-daerah")
    official(g, "a4", "Imam Hidayat", "35.09")
    official(g, "a4", "Hidayat", None, start=400)        # two candidates: stays
    out, merges = run(g)
    offs = officials(out)
    assert sorted(offs) == ["official:hidayat", "official:imam-hidayat", "official:rahmat-hidayat"]
    assert offs["official:hidayat"].properties["sources"] == ["article:a2", "article:a4"]
    imam = offs["official:imam-hidayat"].properties
    assert imam["sources"] == ["article:a1", "article:a3", "article:a4"]
    assert {"article": "article:a1", "start": 200, "end": 207} in imam["evidence"]
    assert imam["merged_ids"] == ["official:hidayat"]
    assert imam["merge_rules"] == ["official:surname-in-article"]
    assert merges == {"official:surname-in-article": 1}


def _quote(g: Graph, art: str, speaker: str, text: str, event: str | None = None) -> str:
    sid = "statement:" + slug(art + text)[:20]
    g.add_node(Node(id=sid, labels=["Statement"], properties={"text": text, **provenance(art, 10, 10 + len(text), X)}))
    g.add_edge(Edge(type="STATED", source=speaker, target=sid, properties=provenance(art, extractor=X)))
    if event:
        g.add_edge(Edge(type="DURING", source=sid, target=event, properties=provenance(art, extractor=X)))
    return sid


def test_reprinted_quote_is_one_statement_with_three_sources():
    g = Graph()
    quotes = ["ASN wajib netral dalam Pilkada.", "ASN  wajib netral, dalam pilkada", "asn wajib netral dalam PILKADA!"]
    for i, text in enumerate(quotes):
        sp = official(g, f"o{i}", "Imam Hidayat", "35.09")
        _quote(g, f"o{i}", sp, text, event="event:apel:2024-09-23:35.09")
    other = official(g, "o9", "Rahmat Hidayat", "35.09", role="sekretaris-daerah")
    _quote(g, "o9", other, "ASN wajib netral dalam Pilkada.")
    out, merges = run(g)
    statements = sorted(n.id for n in out.nodes.values() if "Statement" in n.labels)
    assert len(statements) == 2
    merged = [out.nodes[s] for s in statements if len(out.nodes[s].properties["sources"]) == 3][0]
    assert merged.properties["merge_rules"] == ["statement:same-speaker-text"]
    assert len(merged.properties["merged_ids"]) == 2
    stated = [e for e in out.edges.values() if e.type == "STATED" and e.target == merged.id]
    assert [(e.source, len(e.properties["sources"])) for e in stated] == [("official:imam-hidayat", 3)]
    during = [e for e in out.edges.values() if e.type == "DURING"]
    assert [(e.source, e.target) for e in during] == [(merged.id, "event:apel:2024-09-23:35.09")]
    assert merges["statement:same-speaker-text"] == 2


def _place(g: Graph, art: str, nid: str, name: str, region: str | None, label: str = "Venue") -> None:
    props = {"name": name, **provenance(art, extractor=X)}
    if region:
        props["region"] = region
    g.add_node(Node(id=nid, labels=[label], properties=props))
    g.add_edge(Edge(type="HELD_AT", source=f"event:apel:2024-09-2{art[-1]}:35.09", target=nid,
                    properties=provenance(art, extractor=X)))


def test_venues_differing_in_punctuation_case_or_prefix_merge_within_a_region():
    g = Graph()
    _place(g, "a1", "venue:pendopo-wahyawibawagraha:35.09", "Pendopo Wahyawibawagraha", "35.09")
    _place(g, "a2", "venue:pendopo-wahyawibawagraha-:35.09", "PENDOPO WAHYAWIBAWAGRAHA.", "35.09")
    _place(g, "a3", "venue:di-pendopo-wahyawibawagraha:35.09", "di Pendopo Wahyawibawagraha", "35.09")
    _place(g, "a4", "venue:pendopo-wahyawibawagraha:35.10", "Pendopo Wahyawibawagraha", "35.10")
    out, merges = run(g)
    venues = sorted(n.id for n in out.nodes.values() if "Venue" in n.labels)
    assert venues == ["venue:pendopo-wahyawibawagraha:35.09", "venue:pendopo-wahyawibawagraha:35.10"]
    assert out.nodes[venues[0]].properties["name"] == "Pendopo Wahyawibawagraha"
    assert set(out.nodes[venues[0]].properties["merged_ids"]) == {"venue:pendopo-wahyawibawagraha-:35.09",
                                                                  "venue:di-pendopo-wahyawibawagraha:35.09"}
    targets = sorted(e.target for e in out.edges.values() if e.type == "HELD_AT")
    assert targets == [venues[0]] * 3 + [venues[1]]
    assert merges == {"venue:same-name-region": 2}


def test_undated_event_stays_apart_from_a_dated_one():
    g = Graph()
    for eid, date in (("event:apel:2024-09-23:35.09", "2024-09-23"), ("event:apel:null:35.09", None)):
        g.add_node(Node(id=eid, labels=["Event"], properties={"type": "apel", "date": date, **provenance("a1")}))
    out, merges = run(g)
    assert sorted(n.id for n in out.nodes.values()) == ["event:apel:2024-09-23:35.09", "event:apel:null:35.09"]
    assert merges == {}


def corpus_graph() -> list[Graph]:
    """Per-article graphs exercising every rule at once."""
    parts = []
    specs = [("a1", "Budi Santoso", "35.09"), ("a2", "Budi Santoso", "32.01"), ("a3", "Budi Santoso", None),
             ("a4", "Heran Nugrahayu", "35.09"), ("a5", "Hera Nugrahayu", "35.09"), ("a6", "Imam Hidayat", "35.09"),
             ("a6", "Hidayat", None), ("a7", "Hidayat", None), ("a8", "H. Imam Hidayat, MM", "35.09")]
    for art, name, region in specs:
        g = Graph()
        sp = official(g, art, name, region)
        _quote(g, art, sp, "Kami siap melayani masyarakat.")
        _place(g, art, f"venue:aula-{art}", "Aula Bina Praja" if art < "a5" else "aula bina praja.", "35.09")
        parts.append(g)
    return parts


def _build(parts: list[Graph]) -> Graph:
    g = Graph()
    for p in parts:
        g.merge(p)
    return g


def test_idempotent_and_order_independent():
    parts = corpus_graph()
    once, merges = resolve(_build(parts))
    assert merges  # every rule had something to do
    twice, again = resolve(once)
    assert twice.to_dict() == once.to_dict()
    assert again == {}
    for seed in range(5):
        shuffled = parts[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve(_build(shuffled))[0].to_dict() == once.to_dict()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "a3", "a4"]),
                          st.sampled_from(["Budi Santoso", "Budi Santosa", "Santoso", "H. Budi Santoso", "Budi"]),
                          st.sampled_from([None, "35.09", "35", "32.01"])), min_size=1, max_size=8))
def test_any_small_graph_resolves_idempotently_and_keeps_every_source(specs):
    g = Graph()
    for art, name, region in specs:
        official(g, art, name, region)
    once, _ = resolve(g)
    assert resolve(once)[0].to_dict() == once.to_dict()
    before = {a for n in officials(g).values() for a in n.properties["sources"]}
    after = {a for n in officials(once).values() for a in n.properties["sources"]}
    assert before == after
    ids = set(once.nodes)
    assert all(e.source in ids and e.target in ids for e in once.edges.values())


def test_initial_or_middle_name_variant_merges_when_the_office_is_the_same():
    g = Graph()
    official(g, "a1", "Johny Ericson Ataupah", "53", role="kepala-bidang-anggaran")
    official(g, "a2", "Johny E. Ataupah", "53", role="kepala-bidang-anggaran")
    official(g, "a3", "Petronella Marcia Risamasu", "91.03", role="direktur-rsud")
    official(g, "a4", "Petronela Risamasu", "91.03", role="direktur-rsud")
    official(g, "a5", "Johny Ataupah", "53", role="camat")         # another office: no
    out, merges = run(g)
    offs = officials(out)
    assert sorted(offs) == ["official:johny-ataupah", "official:johny-ericson-ataupah",
                            "official:petronella-marcia-risamasu"]
    assert offs["official:johny-ericson-ataupah"].properties["merge_rules"] == ["official:middle-name"]
    assert "Petronela Risamasu" in offs["official:petronella-marcia-risamasu"].properties["aliases"]
    assert merges == {"official:middle-name": 2}


def test_one_word_name_joins_the_one_holder_of_the_same_office():
    g = Graph()
    official(g, "a1", "Kosmas D. Lana", "53", role="sekretaris-daerah")
    official(g, "a2", "Kosmas", "53", role="sekretaris-daerah")
    official(g, "a3", "Kosmas", None)                                 # no office, other article: stays
    official(g, "a4", "Lana", "53", role="bupati")                   # other office: stays
    out, merges = run(g)
    offs = officials(out)
    assert sorted(offs) == ["official:kosmas", "official:kosmas-d-lana", "official:lana"]
    assert offs["official:kosmas"].properties["sources"] == ["article:a3"]
    assert offs["official:kosmas-d-lana"].properties["sources"] == ["article:a1", "article:a2"]
    assert offs["official:kosmas-d-lana"].properties["merge_rules"] == ["official:surname-same-office"]
    assert merges == {"official:surname-same-office": 1}


def _person(g: Graph, art: str, name: str) -> str:
    pid = "person:" + slug(name)
    article(g, art)
    g.add_node(Node(id=pid, labels=["Person"], properties={"name": name, **provenance(art, 0, len(name), X)}))
    return pid


def test_a_long_quote_ties_a_short_speaker_name_to_the_full_one_in_that_article_only():
    g = Graph()
    quote = "Kayu olahan kita banyak diminati di mancanegara."
    _quote(g, "k1", _person(g, "k1", "Willy Indra Yunani"), quote)
    _quote(g, "k2", _person(g, "k2", "Willy"), quote + " ")
    _person(g, "k3", "Willy")                                         # another Willy, no quote: untouched
    _quote(g, "k4", _person(g, "k4", "Willy"), "Singkat saja.")       # short quote is no evidence
    _quote(g, "k5", _person(g, "k5", "Willy Indra Yunani"), "Singkat saja.")
    out, merges = run(g)
    persons = {n.id: n for n in out.nodes.values() if "Person" in n.labels}
    assert sorted(persons) == ["person:willy", "person:willy-indra-yunani"]
    assert persons["person:willy"].properties["sources"] == ["article:k3", "article:k4"]
    full = persons["person:willy-indra-yunani"].properties
    assert full["sources"] == ["article:k1", "article:k2", "article:k5"]
    assert full["merge_rules"] == ["speaker:same-quote"]
    statements = [n for n in out.nodes.values() if "Statement" in n.labels]
    assert sorted(len(n.properties["sources"]) for n in statements) == [1, 1, 2]
    assert merges == {"speaker:same-quote": 1, "statement:same-speaker-text": 1}


def _mention_region(g: Graph, art: str, code: str) -> None:
    g.add_node(Node(id=f"region:{code}", labels=["Region"], properties={"name": code, "code": code,
                                                                        **provenance(art, extractor=X)}))
    g.add_edge(Edge(type="MENTIONS", source=f"article:{art}", target=f"region:{code}",
                    properties={"count": 1, **provenance(art, extractor=X)}))


def test_person_with_an_officials_full_name_in_an_article_of_that_region_is_the_official():
    g = Graph()
    official(g, "p1", "Umi Kalsum", "14.03", role="asisten-i")
    pid = _person(g, "p2", "Umi Kalsum")                 # article about Bengkalis: the same official
    _mention_region(g, "p2", "14.03")
    _quote(g, "p2", pid, "Anggaran itu masih dalam pembahasan bersama.")
    _person(g, "p3", "Umi Kalsum")                       # article about another region: someone else
    _mention_region(g, "p3", "35.09")
    _person(g, "p4", "Kalsum")                           # one word: never
    _mention_region(g, "p4", "14.03")
    out, merges = run(g)
    offs = officials(out)
    assert list(offs) == ["official:umi-kalsum"]
    umi = offs["official:umi-kalsum"]
    assert umi.labels == ["Official"]
    assert umi.properties["sources"] == ["article:p1", "article:p2"]
    assert umi.properties["merge_rules"] == ["official:person-same-name-region"]
    assert out.nodes["person:umi-kalsum"].properties["sources"] == ["article:p3"]
    assert "person:kalsum" in out.nodes
    stated = [e.source for e in out.edges.values() if e.type == "STATED"]
    assert stated == ["official:umi-kalsum"]
    assert merges == {"official:person-same-name-region": 1}


def test_crowded_places_use_variant_blocking_with_the_same_result(monkeypatch):
    import graphkit.resolve.variants as ro
    g = Graph()
    official(g, "a1", "Heran Nugrahayu", "35.09")
    official(g, "a2", "Hera Nugrahayu", "35.09")
    official(g, "a3", "Andreas Kurniawan", "35.09")
    official(g, "a4", "Andreas Kurniawanto", "35.09")
    official(g, "a5", "Johny E. Ataupah", "35.09")
    official(g, "a6", "Johny Ericson Ataupah", "35.09")
    for i in range(30):   # a crowded region: thirty other officials
        official(g, f"z{i}", f"Pejabat Nomor{chr(97 + i % 26)}{i}", "35.09", role=f"kepala-{i}")
    expected = resolve(g)[0].to_dict()
    monkeypatch.setattr(ro, "SMALL_PLACE", 0)
    assert resolve(g)[0].to_dict() == expected
    offs = officials(resolve(g)[0])
    assert {"official:heran-nugrahayu", "official:andreas-kurniawanto", "official:johny-ericson-ataupah"} <= set(offs)
    assert not {"official:hera-nugrahayu", "official:andreas-kurniawan", "official:johny-e-ataupah"} & set(offs)


def test_initials_written_with_or_without_dots_and_spaces_are_one_name():
    g = Graph()
    official(g, "a1", "Ayodhia G.L. Kalake", "53", role="gubernur")
    official(g, "a2", "Ayodhia GL Kalake", None)
    official(g, "a3", "Ayodhia G. L. Kalake", "53", role="gubernur")
    out, merges = run(g)
    offs = officials(out)
    assert len(offs) == 1
    [node] = offs.values()
    assert node.properties["sources"] == ["article:a1", "article:a2", "article:a3"]
    assert node.id == "official:ayodhia-g-l-kalake"         # "G.L." and "G. L." already share a slug
    assert node.properties["merged_ids"] == ["official:ayodhia-gl-kalake"]
    assert node.properties["merge_rules"] == ["official:same-name"]
    assert merges == {"official:same-name": 1}


def test_person_with_a_shorter_form_of_an_officials_name_in_its_region_is_the_official():
    g = Graph()
    official(g, "p1", "Petronella Marcia Risamasu", "91.03", role="direktur-rsud")
    _person(g, "p2", "Petronella Risamasu")
    _mention_region(g, "p2", "91.03")
    _person(g, "p3", "Marcia Risamasu")                 # first word differs: not the same name
    _mention_region(g, "p3", "91.03")
    out, merges = run(g)
    assert officials(out)["official:petronella-marcia-risamasu"].properties["sources"] == ["article:p1", "article:p2"]
    assert "person:marcia-risamasu" in out.nodes and "person:petronella-risamasu" not in out.nodes
    assert merges == {"official:person-same-name-region": 1}


def test_one_word_name_holding_the_same_post_in_another_region_is_not_the_full_name():
    g = Graph()
    official(g, "a1", "Fauzi Hasan", "18.12", role="wakil-bupati", capacity="definitif")
    official(g, "a1", "Fauzi", "18.10", role="wakil-bupati", capacity="definitif", start=300)
    out, _ = run(g)
    assert sorted(officials(out)) == ["official:fauzi", "official:fauzi-hasan"]
