"""What changed between two resolved graphs: the unit of an incremental store update.

A build that adds ten articles to a large folder should touch the stores only
where the graph changed.  ``graph_delta(old, new)`` says which nodes and edges
to upsert (new or with other properties/labels) and which to delete (gone from
``new``); a store's ``update_store(graph, out_dir, delta)`` applies it to a copy
of the previous generation's store.  Applying the delta to ``old`` gives
``new`` exactly (``apply_delta``), which is what the tests hold the stores to.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from collections.abc import Sequence
from pathlib import Path

from .model import Edge, Graph, Node


@dataclass
class GraphDelta:
    """Nodes and edges to write and to remove, each list in the graph's sort order."""

    upsert_nodes: list[Node] = field(default_factory=list)
    delete_nodes: list[str] = field(default_factory=list)          # node ids
    upsert_edges: list[Edge] = field(default_factory=list)
    delete_edges: list[tuple] = field(default_factory=list)        # Edge.key tuples
    # What an incremental build also knows (``graphfiles.write_graph_files``), so stores can write only
    # what changed: the previous value of every upserted-and-existing or deleted item (``olds_known``),
    # the previous generation's folder, and per record of the new graph (nodes then edges, sorted) its
    # position in the previous generation, or -1 when it is new or changed.
    old_nodes: dict[str, Node] = field(default_factory=dict)
    old_edges: dict[tuple, Edge] = field(default_factory=dict)
    olds_known: bool = False
    previous: Path | None = None
    kept: Sequence[int] | None = None
    order: tuple[list, list] | None = None  # the new graph's node ids and edge keys, sorted (as ``kept`` runs)

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
    delta.old_nodes = {n.id: old.nodes[n.id] for n in delta.upsert_nodes if n.id in old.nodes}
    delta.old_nodes.update((nid, old.nodes[nid]) for nid in delta.delete_nodes)
    delta.old_edges = {e.key: old.edges[e.key] for e in delta.upsert_edges if e.key in old.edges}
    delta.old_edges.update((key, old.edges[key]) for key in delta.delete_edges)
    delta.olds_known = True
    return delta


def _digest(line: bytes) -> bytes:
    return hashlib.blake2b(line, digest_size=16).digest()


def _identity(line: bytes) -> tuple[str, object]:
    """("node", id) or ("edge", Edge.key) of one graph.jsonl line."""
    rec = json.loads(line)
    if rec.get("kind") == "node":
        return "node", rec["id"]
    return "edge", Edge.trusted(rec["type"], rec["source"], rec["target"], rec.get("properties") or {}).key


def jsonl_delta(old_jsonl: Path, new_jsonl: Path, new: Graph) -> GraphDelta:
    """``graph_delta`` from the two generations' graph.jsonl files, without loading the old graph.

    Why: the store delta of an incremental build used to read the previous graph.json back into
    model objects (the largest memory and a large CPU share of adding ten articles to a big
    folder).  graph.jsonl holds one canonical line per node and edge, so a record is unchanged
    exactly when its line is: the old lines' digests are kept in a set, and only lines found on
    one side alone are parsed, to name what to upsert (from ``new``) or delete.
    """
    old_digests = set()
    with open(old_jsonl, "rb") as fh:
        for line in fh:
            old_digests.add(_digest(line))
    delta, new_digests = GraphDelta(), set()
    with open(new_jsonl, "rb") as fh:  # in file order, which is the graph's sort order
        for line in fh:
            d = _digest(line)
            new_digests.add(d)
            if d not in old_digests:
                kind, ident = _identity(line)
                if kind == "node":
                    delta.upsert_nodes.append(new.nodes[ident])
                else:
                    delta.upsert_edges.append(new.edges[ident])
    del old_digests
    with open(old_jsonl, "rb") as fh:
        for line in fh:
            if _digest(line) not in new_digests:
                kind, ident = _identity(line)
                if kind == "node" and ident not in new.nodes:
                    delta.delete_nodes.append(ident)
                elif kind == "edge" and ident not in new.edges:
                    delta.delete_edges.append(ident)
    delta.delete_nodes.sort()
    delta.delete_edges.sort()
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
