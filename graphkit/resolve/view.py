"""The read-only view of a graph that one resolution pass's rules walk, and how the next pass derives its own.

Why a view: the rules walk the graph in sorted order (so their decisions do not depend on insertion
order) about seven times a pass, each time for one label or one edge type.  The view buckets node ids
by label and edge keys by type, and sorts only the buckets a rule asks for: an edge key starts with its
type, so a type's sorted bucket is exactly its run in the sorted edge order, and the ~70 % of edges no
rule reads (MENTIONS, DURING ...) are never sorted.

Why derived: after the first pass a plan moves a few hundred of ~10^6 items (161, 11, 1, 1 at 100k
articles), yet building the view from scratch — every node id sorted, every edge key bucketed, each
bucket sorted — cost each later pass ~1 CPU-s there.  ``apply_plan`` reports exactly which node ids and
edge keys it removed, added or rewrote (``Changes``); a bucket of the next pass is the previous one
without those, plus those of them present with that label or type, sorted again.  Every other id or key
is present in both graphs with the very object ``apply_plan`` shared, so the derived buckets are
the ones a fresh view would build, item for item (``tests/test_resolve_view.py`` checks it).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Graph


@dataclass
class Changes:
    """What ``apply_plan`` touched: node ids and edge keys whose presence or object may differ from its input."""

    nodes: set = field(default_factory=set)
    edges: set = field(default_factory=set)


class _Index:
    """The sorted buckets of one view (ids per label, keys per edge type asked for), without the graph."""

    def __init__(self) -> None:
        self.label_ids: dict[str, list] | None = None
        self.type_keys: dict[str, list] = {}


class PassView(Graph):
    """A read-only view of ``graph`` for the rules of one pass, with its sorted orders computed once.

    ``prev`` (the previous pass's view) and ``changes`` (what ``apply_plan`` did between the two graphs)
    let it derive its buckets instead of building them."""

    def __init__(self, graph: Graph, memo=None, prev: PassView | None = None,
                 changes: Changes | None = None) -> None:  # noqa: shares, never copies
        self.nodes, self.edges = graph.nodes, graph.edges
        self.memo = memo
        self.index = _Index()
        self._prev = prev.index if prev is not None and changes is not None else None
        self._changes = changes
        self._labels: dict[str, list] = {}
        self._types: dict[str, list] | None = None
        self._sorted_types: dict[str, list] = {}

    def sorted_nodes(self):
        return iter([self.nodes[k] for k in sorted(self.nodes)])

    def sorted_edges(self):
        return iter([e for t in sorted(self._by_type()) for e in self.edges_of(t)])

    def _label_ids(self) -> dict[str, list]:
        index = self.index
        if index.label_ids is None:
            old = self._prev.label_ids if self._prev is not None else None
            if old is None:
                built: dict[str, list] = defaultdict(list)
                for nid in sorted(self.nodes):
                    for lab in set(self.nodes[nid].labels):
                        built[lab].append(nid)
                index.label_ids = dict(built)
            else:
                gone = self._changes.nodes
                fresh: dict[str, list] = defaultdict(list)
                for nid in gone:
                    node = self.nodes.get(nid)
                    if node is not None:
                        for lab in set(node.labels):
                            fresh[lab].append(nid)
                out = {}
                for lab in old.keys() | fresh.keys():
                    ids = [i for i in old.get(lab, ()) if i not in gone] if gone else list(old.get(lab, ()))
                    if lab in fresh:
                        ids = sorted(ids + fresh[lab])
                    if ids:
                        out[lab] = ids
                index.label_ids = out
        return index.label_ids

    def nodes_labeled(self, label: str) -> list:
        """Nodes carrying ``label``, in id order."""
        got = self._labels.get(label)
        if got is None:
            nodes = self.nodes
            got = self._labels[label] = [nodes[i] for i in self._label_ids().get(label, ())]
        return got

    def _by_type(self) -> dict[str, list]:
        if self._types is None:
            self._types = defaultdict(list)
            for k in self.edges:
                self._types[k[0]].append(k)
        return self._types

    def _type_keys(self, edge_type: str) -> list:
        keys = self.index.type_keys.get(edge_type)
        if keys is None:
            old = self._prev.type_keys.get(edge_type) if self._prev is not None else None
            if old is None:
                keys = sorted(self._by_type().get(edge_type, ()))
            else:
                gone = self._changes.edges
                keys = [k for k in old if k not in gone] if gone else list(old)
                back = [k for k in gone if k[0] == edge_type and k in self.edges]
                if back:
                    keys = sorted(keys + back)
            self.index.type_keys[edge_type] = keys
        return keys

    def edges_of(self, edge_type: str) -> list:
        """Edges of one type, in key order."""
        got = self._sorted_types.get(edge_type)
        if got is None:
            edges = self.edges
            got = self._sorted_types[edge_type] = [edges[k] for k in self._type_keys(edge_type)]
        return got

    def edges_any_order(self, edge_type: str) -> list:
        """Edges of one type in no set order (unsorted, not kept), for a reader whose result cannot depend on it."""
        edges = self.edges
        return [edges[k] for k in self._by_type().get(edge_type, ())]

    def release(self) -> None:
        """Let go of the graph (the next pass's view keeps only ``index``) and of the previous index."""
        self.nodes, self.edges = {}, {}
        self._labels, self._sorted_types, self._types = {}, {}, None
        self._prev = self._changes = None
