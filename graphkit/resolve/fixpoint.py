"""Resolution: merge nodes that denote the same official, statement, venue or organisation.

Extraction keys every node (``official:<slug>``, ``statement:<hash>`` ...), so
identical keys already meet in one node when per-article graphs are merged.
Resolution handles what keys do not catch: spelling and honorific variants of
one official, a surname standing for a full name, a quote reprinted by three
outlets, a venue written with and without punctuation.  It also *splits* a
key that two different people share (same name, offices in different regions).

Why it is built this way:

* ``resolve`` is a pure function of the merged graph, and the merged graph
  does not depend on input order (``Graph.merge`` is commutative), so building
  A then B equals building A+B, and shuffled input gives the same bytes.
* Every rule is keyed (blocking on a normalised name, an article, an office or
  a region); there is no all-pairs comparison, so cost stays near-linear.
* Every rule produces a *plan* (which surviving id each node, or each
  article's part of a node, goes to); ``apply_plan`` then rebuilds nodes and
  rewires edges in one pass, and ``Graph.merge`` unions provenance.  Plans
  are made and applied until one changes nothing (a fixpoint), so
  resolve(resolve(g)) == resolve(g).

Modules: ``keys`` (name/text keys, matchers), ``plan`` (the
plan and its application), ``officials`` (officials and namesakes),
``rules`` (statements, quote speakers, venues, organisations),
``view`` (the pass's sorted buckets, derived from the last pass's),
``memo`` (per-block decisions kept between passes and from one build
of a folder to the next, keyed by their inputs).
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Graph
from .keys import fold, name_key, text_key
from .memo import ResolveMemo
from .officials import plan_officials
from .plan import Plan, apply_plan
from .reach import Reach
from .reach_tables import Dirty
from .reach_officials import plan_officials_in_reach
from .rules import ORG_RULE, VENUE_RULE, plan_places, plan_quote_speakers, plan_statements
from .view import Changes, PassView

__all__ = ["resolve", "make_plan", "apply_plan", "Plan", "fold", "name_key", "text_key"]

MAX_PASSES = 6
RESTRICT = True   # passes FIRST_RESTRICTED…n decide only what the previous pass's changes reach (``reach``);
                  # False: every rule over the whole graph in every pass (the same result, the tests' reference)
FIRST_RESTRICTED = 3  # pass 2 runs every rule in full (after pass 1's 10^4-10^5 moves its officials' rules fell back
                      # to the full rule anyway, and its statements reached most of the graph), so the indexes are
                      # built only after pass 2's application: not held through pass 1's and 2's, where resolution
                      # peaks (tracemalloc: 23 MB at 30k articles, 78 before they were made lighter)


def make_plan(graph: Graph, memo: ResolveMemo | None = None) -> Plan:
    """Every rule's decisions for ``graph``, officials first (statements use their survivors)."""
    return _plan(PassView(graph, memo))


def _plan(graph: PassView) -> Plan:
    plan = Plan()
    plan_officials(graph, plan)
    plan_quote_speakers(graph, plan)
    plan_statements(graph, plan)
    plan_places(graph, plan, "Venue", VENUE_RULE, strip_prefixes=True)
    plan_places(graph, plan, "Organization", ORG_RULE, strip_prefixes=False)
    return plan


def _plan_in_reach(graph: Graph, memo: ResolveMemo, reach: Reach, dirty: Dirty) -> Plan:
    """A later pass's plan, every rule restricted to what ``dirty`` reaches (the officials' rules fall back
    to the whole graph when ``reach_officials`` cannot bound them)."""
    plan = Plan()
    if not plan_officials_in_reach(graph, plan, reach, dirty):
        view = PassView(graph, memo)
        plan_officials(view, plan)
        view.release()
        reach.keep_blocks(set(reach.by_block) | set(reach.block_clusters))
    reach.plan_statements_and_places(graph, plan, dirty)
    return plan


def _is_noop(graph: Graph, plan: Plan) -> bool:
    """True when applying ``plan`` would give ``graph`` back: nothing moves, nothing to record."""
    if plan.parts or any(k != v for k, v in plan.whole.items()):
        return False
    for target, name in plan.names.items():
        if graph.nodes[target].properties.get("name") != name:
            return False
    for attr, table in (("merged_ids", plan.merged), ("merge_rules", plan.rules)):
        for target, values in table.items():
            if values and not set(values) <= set(graph.nodes[target].properties.get(attr) or ()):
                return False
    return True


def resolve(graph: Graph, memo: ResolveMemo | None = None) -> tuple[Graph, dict]:
    """Return the resolved graph and the number of nodes merged away (or split off) per rule.

    The rules run to a fixpoint: a merge can give a node the region or the
    article that lets another rule fire (a surname that brings its office to
    the full name), so the plan is rebuilt on the result until it changes
    nothing; that is what makes resolve(resolve(g)) == resolve(g).  Two
    passes are the norm; ``MAX_PASSES`` bounds pathological inputs.

    ``memo`` (``memo``) carries per-block decisions between passes and from the previous
    build of a folder; it changes how much is computed, never the result.
    """
    memo = ResolveMemo() if memo is None else memo
    memo.article_anchors = None
    memo.official_units, memo.official_tokens, memo.official_blocks = {}, {}, {}
    counts: dict[str, int] = defaultdict(int)
    view = changes = reach = dirty = None
    for pass_no in range(1, MAX_PASSES + 1):
        if dirty is None:
            view = PassView(graph, memo, view, changes)  # its buckets derived from the last pass's (view.py)
            plan = _plan(view)
            view.release()
        else:
            plan = _plan_in_reach(graph, memo, reach, dirty)
        if _is_noop(graph, plan):
            break
        changes = Changes()
        new = apply_plan(graph, plan, changes)
        if RESTRICT and reach is None and pass_no + 1 >= FIRST_RESTRICTED:
            view = None   # the restricted passes derive no view from this one: let its index go
            # the groups of this pass's graph (``apply_plan`` left it as it was), built after the application so
            # as not to be held through it; carried pass to pass from here
            reach = Reach(graph, memo)
        if reach is not None:
            dirty, changes = reach.update(graph, new, changes), None
        graph = new
        for rule, n in plan.counts.items():
            counts[rule] += n
    return graph, {k: counts[k] for k in sorted(counts) if counts[k]}
