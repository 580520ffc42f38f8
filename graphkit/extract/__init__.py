"""Extraction: pure functions from one Article to a Graph (no I/O, deterministic).

``extract_article`` is the stage used by the pipeline, the worker pool and
Spark alike; it must return byte-identical output for the same input.
Stages run in order on one ``ArticleContext``: entities (regions, officials,
offices) → events → statements; then every node found gets a MENTIONS edge
from the Article.
"""
from __future__ import annotations

import re

from ..model import Article, Edge, Graph, Node, provenance
from .context import ArticleContext, Mention
from .entities import extract_entities
from .events.stage import extract_events
from .statements.quotes import extract_statements
from .text.windows import WINDOW, extract_windows

EXTRACTOR = "graphkit.rules/0.1.0"
STAGES = (extract_entities, extract_events, extract_statements)


def article_node(article: Article) -> Node:
    props = {"title": article.title, **provenance(article.id, extractor=EXTRACTOR)}
    for key in ("url", "published", "outlet", "author", "path", "sha256"):
        value = getattr(article, key)
        if value:
            props[key] = value
    props["language"] = "id"
    return Node.trusted(article.node_id, ["Article"], props)


def extract_article(article: Article) -> Graph:
    """Every fact graphkit reads from one article, with provenance (window by window when very long)."""
    if len(article.text) > WINDOW:
        return extract_windows(article, _extract_whole)
    return _extract_whole(article)


def _extract_whole(article: Article) -> Graph:
    ctx = ArticleContext.of(article, EXTRACTOR)
    for stage in STAGES:
        stage(ctx)
    graph = ctx.graph
    _date_holds(graph, ctx.published)
    counts: dict[str, int] = {}
    for node in graph.nodes.values():
        counts[node.id] = len(node.properties.get("evidence") or []) or 1
    graph.add_node(article_node(article))
    # {"count": n, **provenance(article.id, extractor=EXTRACTOR)}, the same keys in the same order, each edge
    # with a list of its own
    aid, source = ctx._aid, article.node_id
    edges = graph.edges
    for node_id in sorted(counts):
        if not node_id.startswith("article:"):
            edge = Edge.trusted("MENTIONS", source, node_id, {"count": counts[node_id], "sources": [aid],
                                                              "extractor": EXTRACTOR})
            key = ("MENTIONS", source, node_id, "")
            have = edges.get(key)
            edges[key] = edge if have is None else have.merged(edge)      # (Graph.add_edge, inlined)
    return graph


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}$")


def _date_holds(graph: Graph, published: str | None) -> None:
    """``as_of`` on HOLDS: the date the article places the post at — its publication
    date when known, else the date of the event it reports first in the text."""
    when = published
    if when is None:
        dated = sorted((min((ev["start"] for ev in n.properties.get("evidence") or [{"start": 0}])),
                        n.properties["date"]) for n in graph.nodes.values()
                       if n.label == "Event" and isinstance(n.properties.get("date"), str)
                       and _ISO.match(n.properties["date"]))
        when = dated[0][1] if dated else None
    if when is None:
        return
    for edge in graph.edges.values():
        if edge.type == "HOLDS" and not edge.properties.get("as_of"):
            edge.properties["as_of"] = when


__all__ = ["EXTRACTOR", "extract_article", "article_node", "ArticleContext", "Mention"]
