"""A linear merge of many article graphs: every record folded once into a per-item accumulator.

Why: the binary-counter ``merge_all`` re-merged each fact O(log n) times,
each time rebuilding its whole ``sources``/``evidence`` lists and calling
``canonical()`` (``json.dumps``) on every element: 1.28M ``add_edge`` calls
and 1.93M ``json.dumps`` calls for a 10k-article build, plus a pydantic
object per cached record.  Here each node id / edge key gets one
accumulator; a record adds its values to it (set-like lists into a set,
evidence into a dict keyed by span, scalars by comparison), and each item
is sorted and built once at the end.

The result is the one ``props.merge_properties`` gives, because that merge
is commutative and associative for the values graphkit produces: set-like
lists union, evidence unions by span, ``count`` takes the max, any other
scalar the smallest canonical form, and a value equal to the current one
changes nothing (so a fact seen with one value keeps it verbatim).  A key
whose values mix kinds in a way where that algebra breaks down (a list
then a scalar, an int ``count`` then a string ...) falls back, for that key
only, to folding ``merge_properties`` record by record.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable

from .model import Edge, Graph, Node, primary_first
from .props import JSON_ESCAPED, SET_PROPERTIES, evidence_key, canonical, merge_properties

_NONE, _EV, _SET, _COUNT, _SCALAR, _FOLD = range(6)
_intern = sys.intern
_INTS: dict[int, int] = {}
_SET_KEYS = frozenset(SET_PROPERTIES)


def _sorted_union(plain: set, other: dict) -> list:
    """Union members sorted by canonical form; strings without escapes sort by ``s + '"'`` (same order)."""
    if not other:
        return sorted(plain, key=lambda s: s + '"')
    keyed = dict(other)
    for s in plain:
        keyed.setdefault(canonical(s), s)
    return [keyed[k] for k in sorted(keyed)]


class _Value:
    """The merge state of one property of one item."""

    __slots__ = ("mode", "first", "changed", "data", "extra")

    def __init__(self, key: str, value):
        self.first, self.changed, self.extra = value, False, None
        if value is None:
            self.mode, self.data = _NONE, None
        elif key == "evidence":
            self.mode, self.data = (_EV, None) if isinstance(value, list) else (_FOLD, value)
        elif isinstance(value, list):
            self.mode, self.data = _SET, None
        elif key in _SET_KEYS or (key == "count" and (not isinstance(value, int) or isinstance(value, bool))):
            self.mode, self.data = _FOLD, value
        else:
            self.mode, self.data = (_COUNT if key == "count" else _SCALAR), value

    def add(self, key: str, value) -> None:
        mode = self.mode
        if value is None:
            return
        if mode == _NONE:  # the first value that is not None
            self.__init__(key, value)
        elif mode == _FOLD:
            self.data = merge_properties({key: self.data}, {key: value})[key]
        elif mode == _EV or mode == _SET:
            if value == self.first:
                return
            if not isinstance(value, list):
                self._fold(key, value)
            elif not self.changed:
                self.changed = True
                self.data, self.extra = ({}, None) if mode == _EV else (set(), {})
                self._collect(self.first)
                self._collect(value)
            else:
                self._collect(value)
        elif mode == _COUNT:
            if type(value) is int:
                self.data = max(self.data, value)
            else:
                self._fold(key, value)
        elif value != self.data:
            if isinstance(value, list) or type(value) is not type(self.data):
                self._fold(key, value)
            else:
                self.data = min(self.data, value, key=canonical)

    def _collect(self, items: list) -> None:
        if self.mode == _EV:
            data = self.data
            for e in items:
                data[evidence_key(e)] = e
            return
        plain, other = self.data, self.extra
        for item in items:
            if type(item) is str and JSON_ESCAPED.search(item) is None:
                plain.add(item)
            else:
                other.setdefault(canonical(item), item)

    def _fold(self, key: str, value) -> None:
        current = self.value()
        self.mode, self.data = _FOLD, merge_properties({key: current}, {key: value})[key]

    def value(self):
        if self.mode in (_EV, _SET):
            if not self.changed:
                return self.first
            if self.mode == _EV:
                return [self.data[k] for k in sorted(self.data)]
            return _sorted_union(self.data, self.extra)
        return self.data


class _Item:
    __slots__ = ("labels", "props", "records")

    def __init__(self, labels, props: dict):
        self.labels, self.records = labels, 1
        self.props = {k: _Value(k, v) for k, v in props.items()}

    def add(self, labels, props: dict) -> None:
        self.records += 1
        if labels is not None:
            self.labels = primary_first(self.labels, labels)
        mine = self.props
        for k, v in props.items():
            have = mine.get(k)
            if have is None:
                mine[k] = _Value(k, v)
            else:
                have.add(k, v)

    def properties(self) -> dict:
        return {k: v.value() for k, v in self.props.items()}


def _interned(props: dict) -> dict:
    """``props`` with the strings that recur across the graph interned, in place (equal values, so
    harmless to the caller): article ids in ``sources`` and ``evidence``, the ``extractor`` name; and
    evidence offsets (an int past 256 is an object of its own; offsets repeat, at most an article's
    length of distinct values).

    Why: JSON decoding makes a new string object for every occurrence, and a 100k-article graph
    holds millions of them (each evidence record names its article); one shared object per
    distinct string is a good part of the merged graph's memory.
    """
    ext = props.get("extractor")
    if type(ext) is str:
        props["extractor"] = _intern(ext)
    src = props.get("sources")
    if type(src) is list:
        src[:] = [_intern(a) if type(a) is str else a for a in src]
    ev = props.get("evidence")
    if type(ev) is list:
        for e in ev:
            if type(e) is dict:
                if type(a := e.get("article")) is str:
                    e["article"] = _intern(a)
                for k in ("start", "end"):
                    if type(v := e.get(k)) is int:
                        e[k] = _INTS.setdefault(v, v)
    return props


def _id(text):
    return _intern(text) if type(text) is str else text


class GraphMerger:
    """Fold node and edge records in; ``graph()`` gives the merged Graph.

    Ids, types and recurring property strings are interned as they arrive (``_interned``), so an
    edge's endpoints are the node ids' own objects, not copies decoded from each article.

    An item seen once (most MENTIONS edges: one article, one entity) keeps its record's own property
    map and gets an accumulator (``_Item``) only when a second record of it arrives: a single record's
    merged value is that record's value, and an ``_Item`` with a ``_Value`` per property is ~0.5 KB an
    item that would exist only to give it back (on 100k articles, a transient GB during the merge).
    """

    def __init__(self) -> None:
        self.nodes: dict[str, _Item | tuple[list, dict]] = {}
        self.edges: dict[tuple, tuple[str, str, str, _Item | dict]] = {}

    def node(self, node_id: str, labels: list[str], props: dict) -> None:
        have = self.nodes.get(node_id)
        if have is None:
            self.nodes[_id(node_id)] = ([_id(x) for x in labels], _interned(props))
        elif type(have) is tuple:
            item = self.nodes[node_id] = _Item(*have)
            item.add(labels, _interned(props))
        else:
            have.add(labels, _interned(props))

    def edge(self, etype: str, source: str, target: str, props: dict) -> None:
        etype, source, target, props = _id(etype), _id(source), _id(target), _interned(props)
        key = (etype, source, target, str(props.get("capacity") or "") if etype == "HOLDS" else "")
        have = self.edges.get(key)
        if have is None:
            self.edges[key] = (etype, source, target, props)
        elif type(have[3]) is dict:
            item = _Item(None, have[3])
            item.add(None, props)
            self.edges[key] = (etype, source, target, item)
        else:
            have[3].add(None, props)

    def add_graph(self, graph: Graph) -> None:
        for n in graph.nodes.values():
            self.node(n.id, n.labels, n.properties)
        for e in graph.edges.values():
            self.edge(e.type, e.source, e.target, e.properties)

    def add_doc(self, doc: dict) -> None:
        """A graph document (``Graph.to_dict`` form, e.g. a cached article graph) without model objects."""
        for n in doc.get("nodes", ()):
            self.node(n["id"], n["labels"], n.get("properties") or {})
        for e in doc.get("edges", ()):
            self.edge(e["type"], e["source"], e["target"], e.get("properties") or {})

    def graph(self) -> Graph:
        """The merged Graph; the accumulators are dropped as their items are built (lower peak)."""
        out = Graph()
        nodes, edges = out.nodes, out.edges
        trusted_node, trusted_edge = Node.trusted, Edge.trusted
        for nid in list(self.nodes):
            item = self.nodes.pop(nid)
            nodes[nid] = (trusted_node(nid, item[0], dict(item[1])) if type(item) is tuple
                          else trusted_node(nid, item.labels, item.properties()))
        for key in list(self.edges):
            t, s, o, item = self.edges.pop(key)
            edges[key] = trusted_edge(t, s, o, dict(item) if type(item) is dict else item.properties())
        return out


def merge_graphs(graphs: Iterable[Graph]) -> Graph:
    merger = GraphMerger()
    for g in graphs:
        merger.add_graph(g)
    return merger.graph()


def merge_docs(docs: Iterable[dict]) -> Graph:
    """One graph from graph documents (dicts), e.g. the extraction cache's rows, in one pass."""
    merger = GraphMerger()
    for doc in docs:
        merger.add_doc(doc)
    return merger.graph()


def merge_all(graphs: Iterable[Graph]) -> Graph:
    """One graph from many, in one pass: each node id and edge key is merged once (``graphkit.merge``).

    Folding graphs one by one into a growing graph re-merged a node's whole
    ``sources``/``evidence`` each time it recurred (quadratic), and merging
    partial results pairwise still re-merged each fact O(log n) times.  The
    result is the same graph, because merging does not depend on order or
    grouping.
    """
    return merge_graphs(graphs)
