"""Passes 3…n of a resolution (``fixpoint.FIRST_RESTRICTED``) decide again only what the previous pass's
changes can reach.

Why this is exact.  Every rule decides group by group (a quote's text key, a venue's name key, an official's
name-key block and the places it shares ...) from that group's inputs, deterministically.  Pass k's
decisions were applied; a decision that moved or renamed anything changed the nodes or edges it was about
(``apply_plan`` reports them: ``Changes``).  So a group none of whose inputs changed between pass k and
pass k+1 gets from pass k+1 the decision pass k gave it, and that decision moved nothing — re-deciding it
only re-adds what is there.  The fixpoint (``fixpoint.resolve``) already relies on the same fact: its last
plan is empty exactly because nothing changed.  What is left to decide is, rule by rule, the groups with
a changed input, plus what ``bench/RESULTS.md`` (tenth round) lists each rule as reading beyond its group:

* statements: every statement sharing a text key with a changed statement or STATED edge, or said by a
  speaker this pass's officials plan moves;
* quote speakers: the same by text key, and every quote of a speaker that changed or that this pass's
  officials plan moves or merges into.  A short name's decision pools all of its quotes, but for a speaker
  that did not change, the previous pass found no move in any of them (else it would have changed), and
  its quotes outside the reach read what they read then: only the reached ones can give it a move;
* venues and organisations: every node sharing a name key with a changed node or IN_REGION edge;
* officials: ``reach_officials``.

``Reach`` keeps the indexes these need (text key -> statements, STATED/IN_REGION/HOLDS edges by end, name
key -> places, and each official's block, places and last words) for the graph of the current pass, and
``update`` moves them to the next pass's graph from ``Changes`` — only what changed in content counts (a
survivor annotated again with what it already had is not a change).
"""
from __future__ import annotations

import sys
from collections import Counter

from ..model import Graph
from .keys import name_key
from .placements import units_of
from .reach_tables import (EDGE_ENDS, EDGE_TYPES, PLACE_LABELS, Dirty, Multi, OfficialRec, SubView,
                           cluster_places, multi_keys, place_keys, stmt_key)
from .rules import MIN_QUOTE, plan_places, plan_quote_speakers, plan_statements
from .variants import variant_keys


class Reach:
    """The rules' group indexes over one pass's graph; ``update`` carries them to the next pass's."""

    def __init__(self, graph: Graph, memo) -> None:
        self.memo = memo
        self.ends: dict[tuple, Multi] = {e: Multi() for e in EDGE_ENDS}   # (type, end 1|2) -> node id -> edge keys
        self.stmts = Multi()      # text key -> statements (a node's own key is read off the node: ``stmt_key``)
        self.by_pkey = Multi()    # (label, name key) -> venues / organisations (``place_keys``)
        self.persons = Multi()    # last word -> Persons of two words or more
        self.off: dict[str, OfficialRec] = {}
        self.by_block = Multi()
        self.by_place = Multi()
        self.by_last = Multi()
        self.singles = Multi()   # one word -> the one-word officials
        self.block_clusters: dict[str, list] = {}  # block -> its clusters, as the last officials run made them
        self.place_count: Counter = Counter()      # place -> clusters there (of ``block_clusters``)
        self._variants: dict[tuple, frozenset] = {}
        for k in graph.edges:
            if k[0] in EDGE_TYPES:
                self._edge(k, True)
        for nid, node in graph.nodes.items():
            self._node(nid, node, True)
        for nid, node in graph.nodes.items():
            if "Official" in node.labels:
                self._official(graph, nid, True)
        self.keep_blocks(list(self.by_block))

    def keep_blocks(self, blocks) -> None:
        """Note the clusters the last officials run made for ``blocks`` (``memo.official_blocks``)."""
        kept = self.memo.official_blocks
        for b in blocks:
            for c in self.block_clusters.pop(b, ()):
                self.place_count.subtract(cluster_places(c))
            if self.by_block.get(b) and b in kept:
                self.block_clusters[b] = kept[b][2]   # not copied: a block's clusters are never changed once made
                for c in kept[b][2]:
                    self.place_count.update(cluster_places(c))

    def block_keys(self, c) -> set[str]:
        """The name keys of a cluster's officials (its key is the least of them)."""
        return {self.off[u[0]].key for u in c.units if u[0] in self.off}

    def block_variants(self, block: str, office: bool) -> frozenset:
        """Every blocking key of every name key of a block's officials (``variants.variant_keys``)."""
        got = self._variants.get((block, office))
        if got is None:
            keys = {self.off[i].key for i in self.by_block.get(block, ())}
            got = self._variants[(block, office)] = frozenset(v for k in keys for v in variant_keys(k, office))
        return got

    def _edge(self, k: tuple, add: bool) -> None:
        for end in (1, 2):
            table = self.ends.get((k[0], end))
            if table is not None:
                table.add(k[end], k) if add else table.discard(k[end], k)

    def _node(self, nid: str, node, add: bool) -> None:
        """Index ``node`` (add) or take it out (its content is the one indexed: the index follows the graph)."""
        key = stmt_key(node)
        if key is not None:
            self.stmts.add(key, nid) if add else self.stmts.discard(key, nid)
        for key in place_keys(node):
            self.by_pkey.add(key, nid) if add else self.by_pkey.discard(key, nid)
        if "Person" in node.labels:
            words = name_key(str(node.properties.get("name") or "")).split()
            if len(words) > 1:
                self.persons.add(words[-1], nid) if add else self.persons.discard(words[-1], nid)

    def holds(self, nid: str) -> set:
        return self.ends[("HOLDS", 1)].get(nid)

    def record(self, graph: Graph, nid: str) -> OfficialRec:
        node = graph.nodes[nid]
        edges = [graph.edges[k] for k in sorted(self.holds(nid))]
        _, placed = units_of(graph, node, edges, self.memo.official_units)
        places = set()
        for art, (anchors, offices) in placed.items():
            places |= anchors | offices | ({sys.intern("article\0" + art)} if art is not None else set())
        key = name_key(str(node.properties.get("name") or ""))
        return OfficialRec(key, key.replace(" ", "") if " " in key else None, key if key and " " not in key else None,
                           tuple(sorted(places)), tuple(sorted({k.split()[-1] for k in multi_keys(node)})))

    def _official(self, graph: Graph, nid: str, add: bool) -> None:
        rec = self.record(graph, nid) if add else self.off.pop(nid)
        if add:
            self.off[nid] = rec
        if rec.block:
            self._variants.pop((rec.block, False), None)
            self._variants.pop((rec.block, True), None)
        for table, keys in ((self.by_block, [rec.block] if rec.block else []), (self.by_place, rec.places),
                            (self.by_last, rec.last if rec.block else ()),
                            (self.singles, [rec.single] if rec.single else [])):
            for k in keys:
                table.add(k, nid) if add else table.discard(k, nid)

    def update(self, old: Graph, new: Graph, changes) -> Dirty:
        """Carry the indexes from ``old`` (the pass's graph) to ``new`` (``apply_plan``'s result, which reported
        ``changes``); return what changed."""
        dirty = Dirty()
        for nid in changes.nodes:
            a, b = old.nodes.get(nid), new.nodes.get(nid)
            if a is not b and (a is None or b is None or a.labels != b.labels or a.properties != b.properties):
                dirty.nodes.add(nid)
        stmts, located, holders = set(), set(), set()
        for k in changes.edges:
            a, b = old.edges.get(k), new.edges.get(k)
            if k[0] not in EDGE_TYPES or a is b or (a is not None and b is not None and a.properties == b.properties):
                continue
            (stmts if k[0] == "STATED" else located if k[0] == "IN_REGION" else holders).add(k[2 if k[0] == "STATED" else 1])
            if k[0] == "STATED":
                dirty.speakers.add(k[1])  # a speaker whose quotes changed is decided again by the quotes rule
            if a is not None:
                self._edge(k, False)
            if b is not None:
                self._edge(k, True)
        officials = set(holders)
        for nid in dirty.nodes:
            a, b = old.nodes.get(nid), new.nodes.get(nid)
            for node in (a, b):
                if node is not None and "Official" in node.labels:
                    officials.add(nid)
                if node is not None and "Office" in node.labels:
                    officials |= self.by_place.get(nid)
        for graph in (old, new):   # the keys before and after
            for nid in stmts | dirty.nodes:
                key = stmt_key(graph.nodes.get(nid))
                if key is not None:
                    dirty.stmt_keys.add(key)
            for nid in located | dirty.nodes:
                dirty.place_keys.update(place_keys(graph.nodes.get(nid)))
        for nid in dirty.nodes:
            if nid in old.nodes:
                self._node(nid, old.nodes[nid], False)
            if nid in new.nodes:
                self._node(nid, new.nodes[nid], True)
        for nid in officials:
            dirty.officials[nid] = self.off.get(nid)
            if nid in self.off:
                self._official(new, nid, False)
            if nid in new.nodes and "Official" in new.nodes[nid].labels:
                self._official(new, nid, True)
        return dirty

    def plan_statements_and_places(self, graph: Graph, plan, dirty: Dirty) -> None:
        """The quote-speakers, statements, venues and organisations rules over the groups ``dirty`` reaches
        (called after the officials' rules of the same pass filled ``plan``)."""
        merged = {t for t, ids in plan.merged.items() if ids}
        said = self._said_by(graph, dirty.nodes | dirty.speakers | set(plan.parts) | merged
                             | {n for n, t in plan.whole.items() if t != n})
        keys = {k for k in dirty.stmt_keys | said if len(k) >= MIN_QUOTE}
        plan_quote_speakers(self._statements(graph, keys), plan)
        keys = dirty.stmt_keys | self._said_by(graph, set(plan.parts) | {n for n, t in plan.whole.items() if t != n})
        plan_statements(self._statements(graph, keys), plan)
        for label, rule, strip in PLACE_LABELS:
            nids = {n for lab, key in dirty.place_keys if lab == label for n in self.by_pkey.get((lab, key), ())}
            edges = {k for n in nids for k in self.ends[("IN_REGION", 1)].get(n)}
            plan_places(SubView(graph, self.memo, {label: nids}, {"IN_REGION": edges}), plan, label, rule, strip)

    def _said_by(self, graph: Graph, speakers: set) -> set:
        """Text keys of what ``speakers`` STATED."""
        keys = {stmt_key(graph.nodes.get(k[2])) for s in speakers for k in self.ends[("STATED", 1)].get(s)}
        keys.discard(None)
        return keys

    def _statements(self, graph: Graph, keys: set) -> SubView:
        sids = {sid for key in keys for sid in self.stmts.get(key, ())}
        edges = {k for sid in sids for k in self.ends[("STATED", 2)].get(sid)}
        return SubView(graph, self.memo, {"Statement": sids}, {"STATED": edges})
