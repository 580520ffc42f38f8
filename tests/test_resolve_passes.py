"""The cheaper gathers of a resolution pass decide what the straightforward ones decide.

Each rule below is compared with a plain reference implementation (the rule as it read before it gathered
less: every STATED edge's speakers, every statement's items, one filter of the evidence per group) on
graphs with reprinted quotes under short and long names, statements printed once, namesakes split by
region and edges split with them: the plans, and the restricted properties, are equal."""
from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st
from test_resolve import _quote, official

from graphkit.model import Graph
from graphkit.resolve.keys import name_key, text_key
from graphkit.resolve.officials import plan_officials
from graphkit.resolve.plan import Plan, _restrict, _split_by
from graphkit.resolve.rules import (MIN_QUOTE, QUOTE_RULE, STATEMENT_RULE, move_short_speakers, plan_quote_speakers,
                                    plan_statements)
from graphkit.resolve.view import PassView

QUOTES = ["Kami siap melayani masyarakat dengan sepenuh hati.", "kami siap melayani masyarakat, dengan sepenuh hati",
          "Pembangunan jalan desa selesai tahun ini.", "Siap."]


def _ref_statements(graph, plan: Plan) -> None:
    speakers: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges_of("STATED"):
        for a in e.properties.get("sources") or [None]:
            speakers[e.target].add(plan.target(e.source, a))
    groups: dict[tuple, list[str]] = defaultdict(list)
    for n in graph.nodes_labeled("Statement"):
        key = text_key(n.properties.get("text", ""))
        if key:
            groups[("|".join(sorted(speakers.get(n.id, ()))), key)].append(n.id)
    for ids in groups.values():
        if len(ids) > 1:
            plan.merge_group(ids, min(ids), STATEMENT_RULE)


def _ref_quote_speakers(graph: Graph, plan: Plan) -> None:
    """The rule as it read before it gathered less (graphkit 6d11a38)."""
    stated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in graph.edges_of("STATED"):
        if e.source in graph.nodes:
            stated[e.target].extend((e.source, a) for a in e.properties.get("sources") or [])
    by_text: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in graph.nodes_labeled("Statement"):
        key = text_key(n.properties.get("text", ""))
        if len(key) >= MIN_QUOTE:
            by_text[key].extend(stated.get(n.id, ()))
    shared = []
    for items in by_text.values():
        speakers = sorted({s for s, _ in items})
        if len(speakers) > 1:
            shared.append((items, speakers))
    move_short_speakers(graph, plan, shared)   # (the decision is shared: only the gathering changed)


def _plans(g: Graph) -> tuple[Plan, Plan]:
    view = PassView(g)
    plans = []
    for quotes, statements in ((plan_quote_speakers, plan_statements), (_ref_quote_speakers, _ref_statements)):
        plan = Plan()
        plan_officials(view, plan)
        quotes(view, plan)
        statements(view, plan)
        plans.append(plan)
    return plans[0], plans[1]


def _same(a: Plan, b: Plan) -> None:
    assert a.whole == b.whole and a.parts == b.parts and a.names == b.names
    assert dict(a.merged) == dict(b.merged) and dict(a.rules) == dict(b.rules) and dict(a.counts) == dict(b.counts)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "a3", "a4", "a5"]),
                          st.sampled_from(["Willy Indra Yunani", "Willy", "Indra", "Budi Santoso", "Budi"]),
                          st.sampled_from(["35.09", "32.01", None]),
                          st.sampled_from(range(len(QUOTES)))), min_size=1, max_size=10))
def test_statements_and_quote_speakers_plan_as_the_reference_does(specs):
    g = Graph()
    for art, name, region, q in specs:
        _quote(g, art, official(g, art, name, region), QUOTES[q])
    new, ref = _plans(g)
    _same(new, ref)


def _ref_restrict(props: dict, articles: set) -> dict:
    out = dict(props)
    if "sources" in out:
        out["sources"] = [a for a in out["sources"] if a in articles]
    if "evidence" in out:
        out["evidence"] = [e for e in out["evidence"] if e.get("article") in articles]
    return out


@given(st.lists(st.sampled_from([f"article:a{i}" for i in range(8)]), min_size=1, max_size=12),
       st.lists(st.sampled_from([f"article:a{i}" for i in range(10)]), max_size=12),
       st.integers(1, 4))
def test_restricting_to_all_groups_at_once_equals_one_filter_per_group(sources, evidence_articles, k):
    props = {"name": "Budi", "sources": sources, "count": 3,
             "evidence": [{"article": a, "start": i, "end": i + 4} for i, a in enumerate(evidence_articles)]}
    groups = _split_by(sources, lambda a: f"t{hash(a) % k}")
    got = _restrict(props, groups)
    assert got == {t: _ref_restrict(props, arts) for t, arts in groups.items()}


def test_a_reprinted_quote_under_a_short_and_a_long_name_plans_as_the_reference_does():
    g = Graph()
    long = official(g, "a1", "Willy Indra Yunani", "35.09")
    _quote(g, "a1", long, QUOTES[0])
    _quote(g, "a2", official(g, "a2", "Willy", None), QUOTES[1])        # the same quote, a short name
    _quote(g, "a3", official(g, "a3", "Willy Indra Yunani", "35.09"), QUOTES[0])   # reprinted: one statement
    _quote(g, "a4", official(g, "a4", "Budi Santoso", "32.01"), QUOTES[2])        # printed once
    new, ref = _plans(g)
    _same(new, ref)
    assert new.counts[QUOTE_RULE] == 1 and new.counts[STATEMENT_RULE] >= 1
