"""Batched provenance: each node and edge of one article added once, with all its evidence.

``ArticleContext.node`` merges one evidence span at a time, and every merge
re-sorts the evidence list, so a post repeated a thousand times in one long
article would cost a million steps.  ``Batch`` collects the spans and adds
each node and edge once, in sorted order (deterministic output).
"""
from __future__ import annotations

from ..model import Edge, Node
from .context import ArticleContext


class Batch:
    """Collects the evidence of each node and edge and adds each once (``ctx.node`` per mention re-sorts
    the whole evidence list every time, which is quadratic on long articles)."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.nodes: dict[str, tuple[str, dict, list]] = {}
        self.edges: dict[tuple, tuple[dict, list]] = {}

    def node(self, node_id: str, label: str, start: int | None = None, end: int | None = None, **props) -> None:
        entry = self.nodes.get(node_id)
        if entry is None:         # the first call's properties stand: only new nodes need them cleaned
            entry = self.nodes[node_id] = (label, {k: v for k, v in props.items() if v is not None}, [])
        if start is not None and end is not None:
            entry[2].append((start, end))

    def edge(self, type_: str, source: str, target: str, start: int | None = None, end: int | None = None,
             **props) -> None:
        key = (type_, source, target, str(props.get("capacity") or ""))
        entry = self.edges.get(key)
        if entry is None:
            entry = self.edges[key] = ({k: v for k, v in props.items() if v is not None}, [])
        if start is not None and end is not None:
            entry[1].append((start, end))

    def flush(self) -> None:
        # the article's provenance is the same for every item: built once, each item gets its own copy
        base = self.ctx.prov()
        aid = self.ctx.article.node_id

        def prov(spans: list) -> dict:
            out = {**base, "sources": list(base["sources"])}
            if spans:
                out["evidence"] = [{"article": aid, "start": s, "end": e} for s, e in sorted(set(spans))]
            return out

        for node_id in sorted(self.nodes):
            label, props, spans = self.nodes[node_id]
            self.ctx.graph.add_node(Node.trusted(node_id, [label], {**props, **prov(spans)}))
        for key in sorted(self.edges):
            props, spans = self.edges[key]
            self.ctx.graph.add_edge(Edge.trusted(key[0], key[1], key[2], {**props, **prov(spans)}))
        self.nodes.clear()
        self.edges.clear()


def add_spans(ctx: ArticleContext, node_id: str, label: str, spans: list[tuple[int, int]], **props) -> None:
    """Add a node with many evidence spans in one merge (one ``ctx.node`` per span is quadratic)."""
    aid = ctx.article.node_id
    prov = ctx.prov()
    if spans:
        prov["evidence"] = [{"article": aid, "start": s, "end": e} for s, e in sorted(set(spans))]
    ctx.graph.add_node(Node.trusted(node_id, [label], {**{k: v for k, v in props.items() if v is not None}, **prov}))
