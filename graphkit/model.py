"""The one graph model shared by every stage (extract, resolve) and every sink.

Nodes and edges are pydantic models whose ``properties`` follow ../SCHEMA.md:
provenance lives in ``sources`` (article ids), ``evidence`` (character spans)
and ``extractor``.  ``Graph`` is a keyed container whose ``merge`` is
commutative and associative, so graphs built in any order, in any number of
pieces, or in parallel workers end up identical.  That property is what makes
incremental builds, ``--workers N`` and Spark partitions give byte-identical
output.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .props import SET_PROPERTIES, canonical, merge_properties  # noqa: F401 -- re-exported (stores, tests)

LABELS = (
    "Article", "Official", "Person", "Region", "Office", "Organization",
    "Event", "Venue", "Statement", "Topic",
)
EDGE_TYPES = (
    "HOLDS", "IN_REGION", "PART_OF", "LED", "ATTENDED", "HELD_AT", "STATED",
    "DURING", "ABOUT", "MEMBER_OF", "MENTIONS",
)
CAPACITIES = ("definitif", "Pj", "Pjs", "Plt", "Plh")


_new = object.__new__
# BaseModel's slots, set through their own descriptors: object.__setattr__(obj, name, value) looked each one up
# by name on every call (a third of the cost of building a node)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


# The fields-set of every trusted Node / Edge: one set object shared by all of them (a set is 216 bytes, a tenth
# of a merged record on 100k articles).  pydantic only ever adds a field's name to it (on assignment), and every
# name is already there; ``model_copy`` takes a copy.
_NODE_FIELDS = {"id", "labels", "properties"}
_EDGE_FIELDS = {"type", "source", "target", "properties"}


def _trusted(cls: type, values: dict) -> Any:
    """An instance of ``cls`` from values already of the field types, set as pydantic's ``model_construct`` sets
    them (which, looping over the fields in Python, costs more than validating).  Extraction builds some forty
    nodes and edges an article from fresh str/list/dict values, where validation (a third of the cost of
    adding one) checks nothing and copies what nothing else holds."""
    obj = _new(cls)
    _set_dict(obj, values)
    _set_fields_set(obj, set(values))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


class Node(BaseModel):
    """A node: a stable ``id`` (SCHEMA.md keys), labels, and properties."""

    model_config = ConfigDict(extra="forbid")
    id: str
    labels: list[str]
    properties: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def trusted(cls, id: str, labels: list[str], properties: dict[str, Any]) -> "Node":
        """A node from values of the right types, unvalidated and uncopied (``_trusted``, inlined)."""
        obj = _new(cls)
        _set_dict(obj, {"id": id, "labels": labels, "properties": properties})
        _set_fields_set(obj, _NODE_FIELDS)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj

    @property
    def label(self) -> str:
        return self.labels[0]

    def merged(self, other: "Node") -> "Node":
        return Node.trusted(self.id, primary_first(self.labels, other.labels),
                            merge_properties(self.properties, other.properties))

    def to_dict(self) -> dict:
        return {"id": self.id, "labels": list(self.labels), "properties": _sorted_props(self.properties)}


def primary_first(a: list[str], b: list[str]) -> list[str]:
    """Labels of a merged node: the smaller primary label first, the rest sorted."""
    first = min(a[0], b[0]) if a and b else (a or b)[0]
    rest = sorted((set(a) | set(b)) - {first})
    return [first, *rest]


class Edge(BaseModel):
    """A relationship.  Its identity is (type, source, target, capacity for HOLDS)."""

    model_config = ConfigDict(extra="forbid")
    type: str
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def trusted(cls, type: str, source: str, target: str, properties: dict[str, Any]) -> "Edge":
        """An edge from values of the right types, unvalidated and uncopied (``_trusted``, inlined)."""
        obj = _new(cls)
        _set_dict(obj, {"type": type, "source": source, "target": target, "properties": properties})
        _set_fields_set(obj, _EDGE_FIELDS)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj

    @property
    def key(self) -> tuple[str, str, str, str]:
        qualifier = str(self.properties.get("capacity") or "") if self.type == "HOLDS" else ""
        return (self.type, self.source, self.target, qualifier)

    def merged(self, other: "Edge") -> "Edge":
        return Edge.trusted(self.type, self.source, self.target, merge_properties(self.properties, other.properties))

    def to_dict(self) -> dict:
        return {"type": self.type, "source": self.source, "target": self.target,
                "properties": _sorted_props(self.properties)}


def _sorted_props(props: dict) -> dict:
    return {k: props[k] for k in sorted(props)}


class Graph:
    """Nodes by id and edges by key; adding an existing item merges into it."""

    def __init__(self, nodes: Iterable[Node] = (), edges: Iterable[Edge] = ()):
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple, Edge] = {}
        for n in nodes:
            self.add_node(n)
        for e in edges:
            self.add_edge(e)

    def add_node(self, node: Node) -> Node:
        have = self.nodes.get(node.id)
        if have is not None:
            node = have.merged(node)
        self.nodes[node.id] = node
        return node

    def add_edge(self, edge: Edge) -> Edge:
        key = edge.key
        have = self.edges.get(key)
        if have is not None:
            edge = have.merged(edge)
        self.edges[key] = edge
        return edge

    def merge(self, other: "Graph") -> "Graph":
        """Add every node and edge of ``other`` into this graph (in place)."""
        for n in other.nodes.values():
            self.add_node(n)
        for e in other.edges.values():
            self.add_edge(e)
        return self

    def sorted_nodes(self) -> Iterator[Node]:
        for nid in sorted(self.nodes):
            yield self.nodes[nid]

    def sorted_edges(self) -> Iterator[Edge]:
        for key in sorted(self.edges):
            yield self.edges[key]

    def edges_of(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges.values() if e.source == node_id or e.target == node_id]

    def to_dict(self) -> dict:
        return {"nodes": [n.to_dict() for n in self.sorted_nodes()],
                "edges": [e.to_dict() for e in self.sorted_edges()]}

    @classmethod
    def from_dict(cls, doc: dict) -> "Graph":
        return cls((Node.model_validate(n) for n in doc.get("nodes", [])),
                   (Edge.model_validate(e) for e in doc.get("edges", [])))

    def counts(self) -> dict[str, dict[str, int]]:
        labels: dict[str, int] = {}
        types: dict[str, int] = {}
        for n in self.nodes.values():
            labels[n.label] = labels.get(n.label, 0) + 1
        for e in self.edges.values():
            types[e.type] = types.get(e.type, 0) + 1
        return {"nodes": dict(sorted(labels.items())), "edges": dict(sorted(types.items()))}

    def __len__(self) -> int:
        return len(self.nodes) + len(self.edges)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Graph) and self.to_dict() == other.to_dict()


class Article(BaseModel):
    """One input document, as read.  Offsets in evidence index ``text``."""

    id: str
    title: str = ""
    text: str
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    path: str | None = None
    sha256: str | None = None

    @property
    def node_id(self) -> str:
        return "article:" + self.id

    @property
    def version(self) -> str:
        """What the extraction cache and a build folder's members key this article by.

        Not the text's sha256 alone: extraction copies title, url, published, outlet and author onto the
        Article node and dates events against ``published``, so an article whose date or address changed under
        the same text is a changed article and is extracted again. ``path`` is left out: the same article read
        from another file is the same article (the members record where each was read, for ``--sync``)."""
        fields = [self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest(), self.title, self.url,
                  self.published, self.outlet, self.author]
        return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def provenance(article_id: str, start: int | None = None, end: int | None = None,
               extractor: str | None = None) -> dict:
    """The provenance properties of a fact read from ``article_id`` at [start, end)."""
    aid = article_id if article_id.startswith("article:") else "article:" + article_id
    props: dict[str, Any] = {"sources": [aid]}
    if start is not None and end is not None:
        props["evidence"] = [{"article": aid, "start": int(start), "end": int(end)}]
    if extractor:
        props["extractor"] = extractor
    return props
