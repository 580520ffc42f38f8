"""Extraction: pure functions from one Article to a Graph (no I/O, deterministic).

``extract_article`` is the stage used by the pipeline, the worker pool and
Spark alike.  It must return byte-identical output for the same input.
"""
from __future__ import annotations

from ..model import Article, Edge, Graph, Node, provenance

EXTRACTOR = "graphkit.rules/0.1.0"


def article_node(article: Article) -> Node:
    props = {"title": article.title, **provenance(article.id, extractor=EXTRACTOR)}
    for key in ("url", "published", "outlet", "author", "path", "sha256"):
        value = getattr(article, key)
        if value:
            props[key] = value
    props["language"] = "id"
    return Node(id=article.node_id, labels=["Article"], properties=props)


def extract_article(article: Article) -> Graph:
    """Every fact graphkit reads from one article, with provenance."""
    graph = Graph([article_node(article)])
    return graph


__all__ = ["EXTRACTOR", "extract_article", "article_node"]
