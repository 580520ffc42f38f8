"""The tables ``reach.Reach`` keeps between passes and the keys it groups by (split from ``reach``).

``Multi`` holds key -> values at the memory of a dict of single values (most keys have one), so the
indexes carried from pass to pass cost the peak almost nothing; ``OfficialRec`` is what the officials rule
groups an official by; ``Dirty`` is what changed between two passes' graphs, as the rules group it;
``SubView`` shows a rule only the nodes and edges a pass reaches.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Graph
from .keys import name_key, text_key
from .rules import ORG_RULE, VENUE_RULE, place_key

PLACE_LABELS = (("Venue", VENUE_RULE, True), ("Organization", ORG_RULE, False))
EDGE_TYPES = ("STATED", "IN_REGION", "HOLDS")
EDGE_ENDS = (("STATED", 1), ("STATED", 2), ("IN_REGION", 1), ("HOLDS", 1))   # the ends the rules look edges up by


class Multi(dict):
    """key -> its values: the one value itself when there is one (most keys), a list of up to ``SMALL`` (a set
    costs 216 bytes and more, a list of two 72), a set when more; a key whose last value goes is removed.
    ``get`` gives a set.  Values are node ids or edge keys (str, tuple), never lists or sets."""

    __slots__ = ()
    SMALL = 8

    def add(self, key, value) -> None:
        got = dict.get(self, key, _NONE)
        if got is _NONE:
            self[key] = value
        elif type(got) is set:
            got.add(value)
        elif type(got) is list:
            if value not in got:
                got.append(value)
                if len(got) > self.SMALL:
                    self[key] = set(got)
        elif got != value:
            self[key] = [got, value]

    def discard(self, key, value) -> None:
        got = dict.get(self, key, _NONE)
        if type(got) is set or type(got) is list:
            if value in got:
                got.remove(value)
                if len(got) == 1:
                    self[key] = next(iter(got))
        elif got is not _NONE and got == value:
            del self[key]

    def get(self, key, default=frozenset()):  # noqa: B008 -- never mutated
        got = dict.get(self, key, _NONE)
        return default if got is _NONE else got if type(got) is set else set(got) if type(got) is list else {got}


_NONE = object()


class SubView(Graph):
    """A read-only view that shows the rules only the given nodes of a label and edges of a type (sorted as
    a full view sorts them); lookups by id see the whole graph."""

    def __init__(self, graph: Graph, memo, labeled: dict[str, set], typed: dict[str, set]) -> None:  # noqa
        self.nodes, self.edges, self.memo = graph.nodes, graph.edges, memo
        self._labeled = {lab: [graph.nodes[i] for i in sorted(ids)] for lab, ids in labeled.items()}
        self._typed = {t: [graph.edges[k] for k in sorted(keys)] for t, keys in typed.items()}

    def nodes_labeled(self, label: str) -> list:
        return self._labeled.get(label, [])

    def edges_of(self, edge_type: str) -> list:
        return self._typed.get(edge_type, [])


@dataclass(frozen=True, slots=True)
class OfficialRec:
    """What the officials rule groups an official by: its name-key block (two words or more) or its one
    word, every place it stands at (anchors, offices, ``article\\0<id>``), the last words of its names."""

    key: str
    block: str | None
    single: str | None
    places: tuple   # sorted; a tuple, not a frozenset: most hold one to three (a frozenset costs 216 bytes and more)
    last: tuple


@dataclass
class Dirty:
    """What changed between two passes' graphs, as the rules group it."""

    nodes: set = field(default_factory=set)           # node ids whose presence or content changed
    speakers: set = field(default_factory=set)        # those, and the sources of changed STATED edges
    stmt_keys: set = field(default_factory=set)       # text keys of changed statements / STATED edges
    place_keys: set = field(default_factory=set)      # (label, name key) of changed venues, organisations
    officials: dict = field(default_factory=dict)     # official id -> its record before (None: none)


def stmt_key(node) -> str | None:
    """A statement's text key (None: not a statement, or no node)."""
    return text_key(node.properties.get("text", "")) if node is not None and "Statement" in node.labels else None


def place_keys(node) -> list[tuple]:
    """(label, name key) of a venue or organisation, as ``plan_places`` groups it (none: no name key)."""
    if node is None:
        return []
    out = []
    for label, _, strip in PLACE_LABELS:
        if label in node.labels:
            key = place_key(str(node.properties.get("name") or ""), strip)
            if key:
                out.append((label, key))
    return out


def cluster_places(c) -> frozenset:
    """Every place a cluster stands at, as rule 2 groups clusters: anchors, offices, ``article\0<id>``."""
    return frozenset(c.anchors | c.offices | {"article\0" + a for a in c.articles})


def multi_keys(node) -> set[str]:
    props = node.properties
    return {k for k in (name_key(str(f or "")) for f in [props.get("name"), *(props.get("aliases") or [])])
            if len(k.split()) > 1}
