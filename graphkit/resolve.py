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

Modules: ``resolve_keys`` (name/text keys, matchers), ``resolve_plan`` (the
plan and its application), ``resolve_officials`` (officials and namesakes),
``resolve_rules`` (statements, quote speakers, venues, organisations).
"""
from __future__ import annotations

from collections import defaultdict

from .model import Graph
from .resolve_keys import fold, name_key, text_key
from .resolve_officials import plan_officials
from .resolve_plan import Plan, apply_plan
from .resolve_rules import ORG_RULE, VENUE_RULE, plan_places, plan_quote_speakers, plan_statements

__all__ = ["resolve", "make_plan", "apply_plan", "Plan", "fold", "name_key", "text_key"]

MAX_PASSES = 6


class _SortedOnce(Graph):
    """A read-only view of ``graph`` for the rules of one pass, with its sorted orders computed once.

    Why: the rules walk the graph in sorted order (so their decisions do not depend on insertion
    order) about seven times a pass; sorting ~200k edge keys each time was a tenth of resolution."""

    def __init__(self, graph: Graph) -> None:  # noqa: super().__init__ would copy; the view shares
        self.nodes, self.edges = graph.nodes, graph.edges
        self._nodes: list | None = None
        self._edges: list | None = None

    def sorted_nodes(self):
        if self._nodes is None:
            self._nodes = [self.nodes[k] for k in sorted(self.nodes)]
        return iter(self._nodes)

    def sorted_edges(self):
        if self._edges is None:
            self._edges = [self.edges[k] for k in sorted(self.edges)]
        return iter(self._edges)


def make_plan(graph: Graph) -> Plan:
    """Every rule's decisions for ``graph``, officials first (statements use their survivors)."""
    graph = _SortedOnce(graph)
    plan = Plan()
    plan_officials(graph, plan)
    plan_quote_speakers(graph, plan)
    plan_statements(graph, plan)
    plan_places(graph, plan, "Venue", VENUE_RULE, strip_prefixes=True)
    plan_places(graph, plan, "Organization", ORG_RULE, strip_prefixes=False)
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


def resolve(graph: Graph) -> tuple[Graph, dict]:
    """Return the resolved graph and the number of nodes merged away (or split off) per rule.

    The rules run to a fixpoint: a merge can give a node the region or the
    article that lets another rule fire (a surname that brings its office to
    the full name), so the plan is rebuilt on the result until it changes
    nothing; that is what makes resolve(resolve(g)) == resolve(g).  Two
    passes are the norm; ``MAX_PASSES`` bounds pathological inputs.
    """
    counts: dict[str, int] = defaultdict(int)
    for _ in range(MAX_PASSES):
        plan = make_plan(graph)
        if _is_noop(graph, plan):
            break
        graph = apply_plan(graph, plan)
        for rule, n in plan.counts.items():
            counts[rule] += n
    return graph, {k: counts[k] for k in sorted(counts) if counts[k]}
