"""The officials' rules of a later pass, over what the previous pass's changes reach (``reach``).

Let C be the officials whose inputs changed (node, HOLDS edges, the Office nodes held), before and after.
Their name-key blocks are decided again whole (rule 1 is block-local): their clusters are the *core*.
Every other cluster is the one the previous pass made.  Rule by rule, what else a core decision reads:

* rule 2 pairs a core cluster with anyone sharing a place, and how depends on the place's size against
  ``SMALL_PLACE``: every small place of a core cluster is shown *whole*, a crowded one with the officials
  sharing a blocking key with a core cluster.  A pair of two non-core clusters is not taken: it was a
  candidate in the previous pass too, with the same verdict, and a pair it accepted is one node by now.
  A place whose count fell to ``SMALL_PLACE`` makes candidates of pairs its blocking skipped: every
  cluster there becomes core (``_sizes``), so those pairs are taken — no fall back to the full rule;
* a person is the union of its accepted pairs, each with a core cluster, so persons with a core cluster
  are found whole; persons without one are single clusters, as the previous pass left them;
* rule 3 (one-word names) reads everyone of an article or an office: the one-word officials of C and those
  at an article or office of a core person, or where C stood before, are decided again, with those
  articles and offices shown whole (a person met there is found whole, as above); the others keep the
  previous pass's "nobody", and are not allowed to join anyone;
* survivors: persons preferring the same id hold units of that node, so of its block, shown whole;
* the Person rule reads, per last word, every official with a name ending so: Persons whose last word is
  one of C's (before and after) or a core person's, or that changed, are decided again against every
  official with that last word (those outside the view as they stand: nothing moves them).

Halo officials (shown for wholeness, not core) get the verdict the previous pass gave them, which moved
nothing, so the plan's entries for them are no-ops.
"""
from __future__ import annotations

from collections import Counter

from ..model import Graph
from .officials import finish_officials, form_people
from .placements import units_of
from .reach import Reach
from .reach_tables import Dirty, SubView, cluster_places, multi_keys
from .rules import plan_persons
from .survivors import person_summaries
from .variants import SMALL_PLACE, variant_keys

MAX_SHARE = 0.6   # a view holding more of the officials than this costs about the full rule: run that


def _kinds(places) -> set:
    """The places rule 3 reads: articles and offices (not region anchors)."""
    return {p for p in places if p.startswith("article\0") or p.startswith("office:")}


def plan_officials_in_reach(graph: Graph, plan, reach: Reach, dirty: Dirty) -> bool:
    """Fill ``plan`` for the officials ``dirty`` reaches; False (nothing planned) when it cannot be bounded."""
    if reach.memo.article_anchors is None:
        return False
    old = dirty.officials
    while True:   # twice at most: the officials ``extra`` adds leave every count as it was
        blocks = {r.block for i, r in old.items() for r in (r, reach.off.get(i)) if r is not None and r.block}
        members = set().union(*(reach.by_block.get(b, set()) for b in blocks))
        if len(members) > MAX_SHARE * len(reach.off):
            return False
        form_people(SubView(graph, reach.memo, {"Official": members}, {"HOLDS": _holds(reach, members)}),
                    lambda b, c: False)   # rule 1 of the blocks alone (rule 2 takes no pair without a core cluster)
        is_core, core, gone = _core(reach, blocks, set(old))
        sizes, opened = _sizes(reach, core, gone)
        extra = {i for p in opened for i in reach.by_place.get(p, ())} - old.keys()
        if not extra:
            break
        # a place small again: every pair there is a candidate, those the blocking skipped included; its
        # officials are decided again as if they had changed (their record before is their record now)
        old = {**old, **{i: reach.off[i] for i in extra}}
    before = _kinds(set().union(*(r.places for r in old.values() if r is not None),
                                *(cluster_places(c) for c in gone)))
    shown = members | _partners(reach, core, sizes)
    singles = {i for i in old if i in reach.off and reach.off[i].single}
    words = set().union(*(c.tokens for c in gone))
    while True:
        for i in singles:   # a one-word official decided again sees its articles and offices whole
            for p in _kinds(reach.off[i].places):
                shown |= reach.by_place.get(p, set())
        for i in list(shown):
            if reach.off[i].block:
                shown |= reach.by_block.get(reach.off[i].block)
        if len(shown) > MAX_SHARE * len(reach.off):
            return False
        view = SubView(graph, reach.memo, {"Official": shown}, {"HOLDS": _holds(reach, shown)})
        got = form_people(view, is_core, sizes)
        core_people = [pi for pi, group in enumerate(got.people) if not got.core.isdisjoint(group)]
        cores = [got.clusters[ci] for pi in core_people for ci in got.people[pi]]
        at = before | _kinds(set().union(*(cluster_places(c) for c in cores)))
        words |= set().union(*(c.tokens for c in cores))
        more = {i for w in words for i in reach.singles.get(w, ()) if not at.isdisjoint(reach.off[i].places)}
        if more <= singles:
            break
        singles |= more
    target = finish_officials(view, plan, got, singles)
    reach.keep_blocks(blocks)
    moved = set(plan.parts) | {n for n, t in plan.whole.items() if t != n}
    touched = moved | {u[0] for c in cores for u in c.units}
    last = set().union(*(r.last for r in old.values() if r is not None),
                       *(reach.off[i].last for i in touched if i in reach.off))
    summaries = person_summaries(view, got.clusters, got.people, target)
    for i in {i for w in last for i in reach.by_last.get(w, ())} - shown:
        summaries.append(_summary(graph, reach, i))
    persons = {p for w in last for p in reach.persons.get(w, ())}
    persons |= {n for n in dirty.nodes if n in graph.nodes and "Person" in graph.nodes[n].labels}
    plan_persons(SubView(graph, reach.memo, {"Person": persons}, {}), plan, summaries)
    return True


def _holds(reach: Reach, ids: set) -> set:
    return {k for i in ids for k in reach.holds(i)}


def _core(reach: Reach, blocks: set, changed: set):
    """Which clusters of ``blocks`` (as ``memo.official_blocks`` has them now) differ from the previous
    pass's — their units, or a changed official among them — those clusters, and the previous pass's that
    no cluster of now repeats.  A cluster repeated unit for unit, of unchanged officials, is the one it was."""
    now = {b: reach.memo.official_blocks[b][2] for b in blocks
           if reach.by_block.get(b) and b in reach.memo.official_blocks}
    was = {b: {tuple(c.units) for c in reach.block_clusters.get(b, ())} for b in blocks}

    def fresh(units) -> bool:
        return any(u[0] in changed for u in units)

    def is_core(b: str, c) -> bool:
        units = tuple(c.units)
        return b in blocks and (units not in was[b] or fresh(units))
    kept = {b: {tuple(c.units) for c in cs} for b, cs in now.items()}
    gone = [c for b in blocks for c in reach.block_clusters.get(b, ())
            if tuple(c.units) not in kept.get(b, ()) or fresh(tuple(c.units))]
    return is_core, [c for b, cs in now.items() for c in cs if is_core(b, c)], gone


def _sizes(reach: Reach, core: list, gone: list) -> tuple[dict, set]:
    """The number of clusters at each place of a core cluster in this pass (the previous pass's count,
    less the clusters gone, plus the core ones), and the places *opened*: crowded in the previous pass,
    ``SMALL_PLACE`` or fewer now.

    Across ``SMALL_PLACE`` the candidate pairs of a place change.  Crowded -> small: every pair there is a
    candidate now, also two unchanged clusters the blocking skipped, so the caller makes every cluster of an
    opened place core.  Small -> crowded: the candidates become a subset of the previous pass's; a pair of
    two unchanged clusters that the previous pass accepted is one node by now (its application moved one
    into the other's survivor: both changed), and one it rejected is rejected again or not compared."""
    new, old = Counter(), Counter()
    for c in core:
        new.update(cluster_places(c))
    for c in gone:
        old.update(cluster_places(c))
    sizes, opened = {}, set()
    for p in new.keys() | old.keys():
        was = reach.place_count[p]
        sizes[p] = was - old[p] + new[p]
        if was > SMALL_PLACE >= sizes[p]:
            opened.add(p)
    return sizes, opened


def _partners(reach: Reach, core: list, sizes: dict) -> set:
    """The officials rule 2 may pair with a core cluster: everyone at a small place of one; at a crowded one,
    those of a block with a name key sharing a variant key with a core cluster's (``variants``' blocking)."""
    out = set()
    keys = {k for c in core for k in reach.block_keys(c)}
    for office in (False, True):
        mine = {v for k in keys for v in variant_keys(k, office)}
        for c in core:
            for p in cluster_places(c):
                if p.startswith("office:") != office:
                    continue
                if sizes[p] <= SMALL_PLACE:
                    out |= reach.by_place.get(p, set())
                    continue
                for i in reach.by_place.get(p, ()):
                    block = reach.off[i].block
                    if block and not mine.isdisjoint(reach.block_variants(block, office)):
                        out.add(i)
    return out


def _summary(graph: Graph, reach: Reach, nid: str) -> tuple[str, set[str], set[str]]:
    """An official the view does not show, as the Person rule reads it: nothing moves it this pass, so it is
    its own person, under its own id, placed where its posts are."""
    node = graph.nodes[nid]
    edges = [graph.edges[k] for k in sorted(reach.holds(nid))]
    _, placed = units_of(graph, node, edges, reach.memo.official_units)
    return nid, multi_keys(node), set().union(*(anchors for anchors, _ in placed.values()))
