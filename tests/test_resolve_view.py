"""A later resolution pass derives its sorted buckets from the previous pass's view and what ``apply_plan``
changed (``graphkit.resolve.view``): the derived buckets are, item for item, the ones a fresh view of the
new graph builds, through every pass of graphs that merge, split namesakes, tie a reprinted quote's
speakers and merge venue variants; and resolving with derived views gives what fresh views give."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from test_resolve import _place, _quote, corpus_graph, official

from graphkit.resolve import fixpoint as resolve_mod
from graphkit.model import Graph
from graphkit.resolve.fixpoint import MAX_PASSES, _plan, resolve
from graphkit.resolve.memo import ResolveMemo
from graphkit.resolve.plan import apply_plan
from graphkit.resolve.view import Changes, PassView

LABELS = ("Official", "Person", "Statement", "Venue", "Organization", "Office", "Article")
TYPES = ("HOLDS", "STATED", "IN_REGION", "MENTIONS", "HELD_AT")


def _buckets(view: PassView) -> tuple:
    return ([[n.id for n in view.nodes_labeled(lab)] for lab in LABELS],
            [[(e.type, e.source, e.target, e.key) for e in view.edges_of(t)] for t in TYPES],
            [[id(n) for n in view.nodes_labeled(lab)] for lab in LABELS],
            [[id(e) for e in view.edges_of(t)] for t in TYPES])


def _passes_agree(graph: Graph) -> int:
    """Run the fixpoint by hand; at every pass compare the derived view with a fresh one. Returns the passes run."""
    memo = ResolveMemo()
    view = changes = None
    for n in range(MAX_PASSES):
        derived = PassView(graph, memo, view, changes)
        assert _buckets(derived) == _buckets(PassView(graph, memo))
        plan = _plan(derived)
        derived.release()
        view = derived
        if resolve_mod._is_noop(graph, plan):
            return n + 1
        changes = Changes()
        graph = apply_plan(graph, plan, changes)
    return MAX_PASSES


def _merge(parts: list[Graph]) -> Graph:
    g = Graph()
    for p in parts:
        g.merge(p)
    return g


def _mixed() -> Graph:
    """An official joined by an added article, namesakes split by region, a reprinted quote under a short and a
    long name, venue variants, and a one-word name: several passes of moves."""
    g = _merge(corpus_graph())
    official(g, "b1", "Budi Santoso", "35.09", role="camat")         # joins the existing official
    official(g, "b2", "Budi Santoso", "51.71")                       # a namesake elsewhere: splits
    long = official(g, "b3", "Willy Indra Yunani", "35.09", role="sekretaris-daerah")
    short = official(g, "b4", "Willy", None)
    quote = "Pelayanan publik harus dipercepat di seluruh kecamatan."
    _quote(g, "b3", long, quote)
    _quote(g, "b4", short, quote)
    _place(g, "b5", "venue:gedung-sasana-bakti", "Gedung Sasana Bakti", "35.09")
    _place(g, "b6", "venue:di-gedung-sasana-bakti", "di Gedung Sasana Bakti.", "35.09")
    return g


def test_every_passes_derived_view_equals_a_fresh_one():
    assert _passes_agree(_mixed()) >= 2


def test_resolving_with_derived_views_equals_resolving_with_fresh_ones(monkeypatch):
    g = _mixed()
    derived = resolve(g)
    monkeypatch.setattr(resolve_mod, "PassView", lambda graph, memo, prev=None, changes=None: PassView(graph, memo))
    fresh = resolve(g)
    assert derived[0].to_dict() == fresh[0].to_dict() and derived[1] == fresh[1]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a1", "a2", "a3", "a4", "a5"]),
                          st.sampled_from(["Budi Santoso", "Budi Santosa", "Santoso", "H. Budi Santoso", "Budi",
                                           "Heran Nugrahayu", "Hera Nugrahayu"]),
                          st.sampled_from(["35.09", "32.01", None]),
                          st.booleans()), min_size=1, max_size=12),
       st.integers(0, 3))
def test_derived_views_on_random_graphs(specs, seed):
    g = Graph()
    for art, name, region, quote in specs:
        sp = official(g, art, name, region)
        if quote:
            _quote(g, art, sp, "Kami siap melayani masyarakat dengan sepenuh hati.")
    parts = [g]
    random.Random(seed).shuffle(parts)
    _passes_agree(_merge(parts))
