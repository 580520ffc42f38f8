"""What changed between two resolved graphs: the unit of an incremental store update.

A build that adds ten articles to a large folder should touch the stores only
where the graph changed.  ``graph_delta(old, new)`` says which nodes and edges
to upsert (new or with other properties/labels) and which to delete (gone from
``new``); a store's ``update_store(graph, out_dir, delta)`` applies it to a copy
of the previous generation's store.  Applying the delta to ``old`` gives
``new`` exactly (``apply_delta``), which is what the tests hold the stores to.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Edge, Graph, Node


@dataclass
class GraphDelta:
    """Nodes and edges to write and to remove, each list in the graph's sort order."""

    upsert_nodes: list[Node] = field(default_factory=list)
    delete_nodes: list[str] = field(default_factory=list)          # node ids
    upsert_edges: list[Edge] = field(default_factory=list)
    delete_edges: list[tuple] = field(default_factory=list)        # Edge.key tuples

    def __bool__(self) -> bool:
        return bool(self.upsert_nodes or self.delete_nodes or self.upsert_edges or self.delete_edges)

    def counts(self) -> dict[str, int]:
        return {"upsert_nodes": len(self.upsert_nodes), "delete_nodes": len(self.delete_nodes),
                "upsert_edges": len(self.upsert_edges), "delete_edges": len(self.delete_edges)}


def graph_delta(old: Graph, new: Graph) -> GraphDelta:
    """The changes that turn ``old`` into ``new`` (compared by value, so unchanged items cost nothing)."""
    delta = GraphDelta()
    for nid in sorted(new.nodes):
        have = old.nodes.get(nid)
        node = new.nodes[nid]
        if have is None or have.labels != node.labels or have.properties != node.properties:
            delta.upsert_nodes.append(node)
    delta.delete_nodes = sorted(nid for nid in old.nodes if nid not in new.nodes)
    for key in sorted(new.edges):
        have = old.edges.get(key)
        edge = new.edges[key]
        if have is None or have.properties != edge.properties:
            delta.upsert_edges.append(edge)
    delta.delete_edges = sorted(key for key in old.edges if key not in new.edges)
    return delta


def apply_delta(graph: Graph, delta: GraphDelta) -> Graph:
    """A new graph: ``graph`` with the delta applied (replacing, not merging, upserted items)."""
    out = Graph()
    out.nodes = dict(graph.nodes)
    out.edges = dict(graph.edges)
    for key in delta.delete_edges:
        out.edges.pop(tuple(key), None)
    for nid in delta.delete_nodes:
        out.nodes.pop(nid, None)
    for node in delta.upsert_nodes:
        out.nodes[node.id] = node
    for edge in delta.upsert_edges:
        out.edges[edge.key] = edge
    return out
