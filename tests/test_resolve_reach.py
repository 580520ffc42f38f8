"""Passes 2…n restricted to the reach of the previous pass's changes (``graphkit.resolve.reach``,
``reach_officials``) give the resolved graph, and the counts, that every rule over the whole graph gives:
on graphs built so that a pass's merge is what lets a rule fire in the next pass across each rule's
boundary (a place's count falling to ``SMALL_PLACE``, a one-word name whose candidate gains the word as an
alias, a reprinted quote whose speakers merge, namesakes split by region), and on random graphs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_resolve import _mention_region, _person, _place, _quote, official
from test_resolve_view import _mixed

from graphkit.model import Graph
from graphkit.resolve import fixpoint, reach_officials
from graphkit.resolve.fixpoint import resolve


def _both(graph: Graph, monkeypatch) -> tuple[tuple, list]:
    """(restricted result, [verdict of each restricted officials pass: True bounded, False fell back]),
    after checking it equals the full passes' result, node for node and count for count."""
    verdicts = []
    real = reach_officials.plan_officials_in_reach

    def spy(*a):
        verdicts.append(real(*a))
        return verdicts[-1]
    monkeypatch.setattr(fixpoint, "plan_officials_in_reach", spy)
    monkeypatch.setattr(reach_officials, "MAX_SHARE", 2.0)   # small graphs too: never the full rule for size
    later = resolve(graph)   # as built: restricted from pass 3
    verdicts.clear()
    monkeypatch.setattr(fixpoint, "FIRST_RESTRICTED", 2)     # restricted from pass 2: the cases below are there
    restricted = resolve(graph)
    monkeypatch.setattr(fixpoint, "FIRST_RESTRICTED", 3)
    assert later[0].to_dict() == restricted[0].to_dict() and later[1] == restricted[1]
    monkeypatch.setattr(fixpoint, "RESTRICT", False)
    full = resolve(graph)
    monkeypatch.setattr(fixpoint, "RESTRICT", True)
    assert restricted[0].to_dict() == full[0].to_dict()
    assert restricted[1] == full[1]
    return restricted, verdicts


def test_a_mixed_graph_resolves_the_same_through_restricted_passes(monkeypatch):
    (out, counts), verdicts = _both(_mixed(), monkeypatch)
    assert True in verdicts and counts["official:split-by-region"] >= 1 and counts["speaker:same-quote"] >= 1


def test_an_alias_gained_in_pass_one_lets_a_one_word_name_join_in_pass_two(monkeypatch):
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a1", "Hidayat", None)                       # one word: nobody of a1 has it in pass 1
    pid = _person(g, "a2", "Budi Hidayat Santoso")           # a Person of a 35.09 article: the official
    _mention_region(g, "a2", "35.09")
    for i in range(3):                                       # elsewhere, untouched by the change
        official(g, f"z{i}", f"Pejabat Lain{chr(97 + i)}", "51.71", role=f"kepala-{i}")
    _quote(g, "a2", pid, "Pembangunan jalan desa selesai tahun ini.")
    (out, counts), verdicts = _both(g, monkeypatch)
    budi = out.nodes["official:budi-santoso"].properties
    assert "Budi Hidayat Santoso" in budi["aliases"] and "official:hidayat" in budi["merged_ids"]
    assert "official:hidayat" not in out.nodes
    assert counts["official:person-same-name-region"] == 1 and counts["official:surname-in-article"] == 1
    assert True in verdicts                                  # pass 2's officials were decided in reach


FIRST = "Agus Bambang Cahyo Dedi Eko Fajar Gilang Hendra Irwan Joko Kurnia Lukman Made Nyoman Oki Putu Rizal " \
        "Sigit Teguh Umar".split()
LAST = "Wibowo Saputra Nugroho Pratama Susilo Gunawan Siregar Nasution Lubis Harahap Sitompul Tanjung " \
       "Sembiring Ginting Purba Simanjuntak Hutapea Panjaitan Situmorang Manurung".split()


def _crowd(g: Graph, n: int) -> None:
    for i in range(n):   # no two of them a variant of each other (both words differ)
        official(g, f"z{i}", f"{FIRST[i]} {LAST[i]}", "35.09", role="camat")


def test_merges_that_bring_a_crowded_office_down_to_small_place_size_match_a_pair_blocking_missed(monkeypatch):
    g = Graph()
    official(g, "a1", "Heran Nugrahayu", "35.09", role="camat")
    official(g, "a2", "Hera Nugrahayu", "35.09", role="camat")
    official(g, "a3", "Andreas Kurniawan", "35.09", role="camat")
    official(g, "a4", "Andreas Kurniawanto", "35.09", role="camat")
    official(g, "a5", "Johny E. Ataupah", "35.09", role="camat")
    official(g, "a6", "Yohny Ericson Ataupah", "35.09", role="camat")   # first two letters differ: no key shared
    _crowd(g, 20)                                                          # 26 at the office, 24 after pass 1
    (out, counts), verdicts = _both(g, monkeypatch)
    assert "official:johny-e-ataupah" not in out.nodes or "official:yohny-ericson-ataupah" not in out.nodes
    assert counts["official:middle-name"] == 1 and counts["official:spelling"] == 2
    assert verdicts[0] is True    # the place fell to SMALL_PLACE: its clusters were made core, no full rule


def test_a_reprinted_quote_whose_short_speaker_merges_and_namesakes_split_by_region(monkeypatch):
    g = Graph()
    quote = "Kayu olahan kita banyak diminati di mancanegara."
    _quote(g, "k1", official(g, "k1", "Willy Indra Yunani", "35.09"), quote)
    _quote(g, "k2", official(g, "k2", "Willy", None), quote + " ")
    _quote(g, "k3", official(g, "k3", "Willy Indra Yunani", "51.71"), "Jalan desa selesai dibangun tahun ini.")
    _quote(g, "k4", official(g, "k4", "Wily Indra Yunani", "51.71"), "Jalan desa selesai dibangun tahun ini!")
    _place(g, "k1", "venue:aula-1", "Aula Bina Praja", "35.09")
    _place(g, "k2", "venue:aula-2", "di Aula Bina Praja.", "35.09")
    (out, counts), verdicts = _both(g, monkeypatch)
    assert {"official:willy-indra-yunani:35.09", "official:willy-indra-yunani:51.71"} <= set(out.nodes)
    assert counts["speaker:same-quote"] == 1 and counts["statement:same-speaker-text"] >= 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "a3", "a4", "a5", "a6"]),
                          st.sampled_from(["Budi Santoso", "Budi Santosa", "Santoso", "Budi Hidayat Santoso",
                                           "Hidayat", "Heran Nugrahayu", "Hera Nugrahayu", "Heran"]),
                          st.sampled_from(["35.09", "32.01", "35", None]),
                          st.sampled_from(["official", "person", "quote", "venue"])), min_size=1, max_size=14))
def test_random_graphs_resolve_the_same_through_restricted_passes(specs):
    import pytest
    g = Graph()
    for art, name, region, kind in specs:
        if kind == "person":
            _person(g, art, name)
            if region:
                _mention_region(g, art, region)
        elif kind == "venue":
            _place(g, art, f"venue:{art}-{name[:4].lower()}", ("di " if region else "") + name, region or "35.09")
        else:
            sp = official(g, art, name, region)
            if kind == "quote":
                _quote(g, art, sp, "Kami siap melayani masyarakat dengan sepenuh hati.")
    with pytest.MonkeyPatch.context() as mp:
        _both(g, mp)


def test_a_change_in_a_crowded_region_shows_only_the_officials_sharing_a_blocking_key(monkeypatch):
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09", role="camat")
    official(g, "a1", "Hidayat", None)
    pid = _person(g, "a2", "Budi Hidayat Santoso")
    _mention_region(g, "a2", "35.09")
    official(g, "a3", "Budi Santosa", "35.09", role="camat")            # a variant there: merges in pass 1
    for i in range(30):                                                   # 33 clusters at 35.09: crowded
        name = f"{FIRST[i]} {LAST[i]}" if i < 20 else f"{FIRST[i - 20]} {LAST[19 - i]}"
        official(g, f"y{i}", name, "35.09", role=f"kepala-{i}")
    shown = []
    real = reach_officials.form_people

    def spy(view, *a):
        shown.append(len(view.nodes_labeled("Official")))
        return real(view, *a)
    monkeypatch.setattr(reach_officials, "form_people", spy)
    (out, counts), verdicts = _both(g, monkeypatch)
    assert "official:hidayat" not in out.nodes and counts["official:surname-in-article"] == 1
    assert True in verdicts and shown and max(shown) < 10        # the crowd is not shown


PAIRS = [("Heran Nugrahayu", "Hera Nugrahayu"), ("Andreas Kurniawan", "Andreas Kurniawanto"),
         ("Budi Santoso", "Budi Santosa"), ("Dewi Lestari", "Dewi Lestary"), ("Rina Marlina", "Rina Marlena")]


@settings(max_examples=40, deadline=None)
@given(st.integers(15, 20), st.lists(st.sampled_from(range(len(PAIRS))), unique=True, max_size=len(PAIRS)),
       st.sampled_from(["camat", "lurah"]))
def test_an_office_around_small_place_resolves_the_same_through_restricted_passes(crowd, pairs, role):
    """An office of 17 to 32 clusters whose pass-1 merges (each pair one spelling apart) bring it across
    ``SMALL_PLACE`` or not, with a pair only a small place compares (the middle-name pair shares no blocking
    key); the pairs at the office, or at another post of the region."""
    import pytest
    g = Graph()
    _crowd(g, crowd)
    official(g, "j1", "Johny E. Ataupah", "35.09", role="camat")
    official(g, "j2", "Yohny Ericson Ataupah", "35.09", role="camat")
    for i in pairs:
        for j, name in enumerate(PAIRS[i]):
            official(g, f"v{i}{j}", name, "35.09", role=role)
    with pytest.MonkeyPatch.context() as mp:
        _both(g, mp)
