"""``explain``: where a node came from and why resolution shaped it so.

A user who doubts a node ("why is Hera Nugrahayu an alias of Heran?") needs
three things: its properties, the exact spans of the articles it was read
from, and the merge decisions (``merged_ids``, ``merge_rules``).  Spans are
character offsets into the article text as read from its file, so the text is
re-read through the same source readers the build used (``Article.path``, or
files given explicitly); when the file is gone or has changed since the build
(its sha256 differs) only the offsets are shown, never a wrong excerpt.

A merged-away id is accepted too: it is looked up in ``merged_ids`` (a split
namesake id can lead to several nodes).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import QueryError
from .model import Article, Graph, Node
from .sources import ReadReport, read_articles
from .stores import graphdoc

CONTEXT = 40
PROVENANCE = ("sources", "evidence", "merged_ids", "merge_rules")


class UnknownNodeError(QueryError):
    code = "E045"
    default_fix = "check the id with 'graphkit query' or 'graphkit stats'; ids look like official:imam-hidayat"


def find_nodes(graph: Graph, node_id: str) -> tuple[list[Node], str]:
    """The node with ``node_id``, or the nodes that absorbed it (``merged_ids``)."""
    if node_id in graph.nodes:
        return [graph.nodes[node_id]], "id"
    found = [n for n in graph.sorted_nodes() if node_id in (n.properties.get("merged_ids") or ())]
    if not found:
        raise UnknownNodeError(f"no node '{node_id}' in the graph, nor one that absorbed it")
    return found, "merged_ids"


class ArticleTexts:
    """Article texts by id, read lazily from the Article nodes' paths and from extra files."""

    def __init__(self, graph: Graph, extra: Iterable[str | Path] = (), bases: Iterable[Path] = ()):
        self.graph = graph
        self.extra = [Path(p) for p in extra]
        self.bases = list(bases)   # where a relative Article.path may live besides the working directory
        self._by_path: dict[str, dict[str, Article]] = {}

    def _read(self, path: str | Path) -> dict[str, Article]:
        key = str(path)
        if key not in self._by_path:
            arts: dict[str, Article] = {}
            if Path(path).exists():
                for a in read_articles([path], ReadReport()):
                    arts[a.node_id] = a
            self._by_path[key] = arts
        return self._by_path[key]

    def _locate(self, path: str) -> Path:
        p = Path(path)
        if p.is_absolute() or p.exists():
            return p
        return next((b / p for b in self.bases if (b / p).exists()), p)

    def get(self, article_id: str) -> tuple[str | None, str]:
        """(text, status): status is ``ok``, ``missing`` (no file) or ``changed`` (sha256 differs)."""
        node = self.graph.nodes.get(article_id)
        props = node.properties if node else {}
        paths = ([self._locate(props["path"])] if props.get("path") else []) + self.extra
        for p in paths:
            art = self._read(p).get(article_id)
            if art is None:
                continue
            if props.get("sha256") and art.sha256 and props["sha256"] != art.sha256:
                return None, "changed"
            return art.text, "ok"
        return None, "missing"


def office_holders(graph: Graph, office_id: str, at: str | None = None) -> list[dict]:
    """Who HOLDS an office, by the date articles place them at (``as_of``), earliest first.

    With ``at`` (ISO date), only the most recent holder(s) by then: those
    with the latest ``as_of`` not after it — who "the Bupati" of a title-only
    reference most likely was on that date (a later article may know better).
    """
    rows = []
    for e in graph.edges.values():
        if e.type == "HOLDS" and e.target == office_id:
            official = graph.nodes.get(e.source)
            rows.append({"official": e.source, "name": official.properties.get("name") if official else None,
                         "capacity": e.properties.get("capacity"), "as_of": e.properties.get("as_of"),
                         "sources": len(e.properties.get("sources") or [])})
    rows.sort(key=lambda r: (str(r["as_of"] or ""), r["official"], str(r["capacity"] or "")))
    if at is None:
        return rows
    dates = [str(r["as_of"]) for r in rows if r["as_of"] and str(r["as_of"]) <= at]
    return [r for r in rows if dates and str(r["as_of"]) == max(dates)]


def explain_node(graph: Graph, node: Node, texts: ArticleTexts, at: str | None = None) -> dict:
    props = node.properties
    evidence: dict[str, list[dict]] = {}
    for ev in props.get("evidence") or []:
        evidence.setdefault(ev.get("article", ""), []).append(ev)
    articles = []
    for aid in sorted(set(props.get("sources") or []) | set(evidence)):
        art = graph.nodes.get(aid)
        text, status = texts.get(aid) if evidence.get(aid) else (None, "no spans")
        spans = []
        for ev in evidence.get(aid, []):
            start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
            span: dict = {"start": start, "end": end}
            if text is not None and 0 <= start <= end <= len(text):
                span["text"] = text[start:end]
                span["context"] = text[max(0, start - CONTEXT):end + CONTEXT].replace("\n", " ")
            spans.append(span)
        articles.append({"article": aid, "title": (art.properties.get("title") if art else None),
                         "path": (art.properties.get("path") if art else None), "text": status, "spans": spans})
    edges: dict[str, int] = {}
    for e in graph.edges_of(node.id):
        key = f"{e.type} {'→' if e.source == node.id else '←'}"
        edges[key] = edges.get(key, 0) + 1
    out = {"id": node.id, "labels": list(node.labels),
           "properties": {k: v for k, v in sorted(props.items()) if k not in PROVENANCE},
           "merged_ids": list(props.get("merged_ids") or []), "merge_rules": list(props.get("merge_rules") or []),
           "articles": articles, "edges": dict(sorted(edges.items()))}
    if "Office" in node.labels:
        out["holders"] = office_holders(graph, node.id, at)
    return out


def explain(node_id: str, graph: Graph | str | Path = "graphkit-out",
            articles: Iterable[str | Path] = (), at: str | None = None) -> dict:
    """Explain ``node_id`` in a graph (a Graph, a graph.json/.jsonl, or a build folder)."""
    g = graph if isinstance(graph, Graph) else graphdoc.read_graph(graph)
    nodes, via = find_nodes(g, node_id)
    bases: list[Path] = []
    if not isinstance(graph, Graph):
        where = Path(os.path.abspath(graph))  # not resolve(): OUT/graph.json is a symlink into a generation
        folder = where if where.is_dir() else where.parent
        bases = [folder, folder.parent]
    texts = ArticleTexts(g, articles, bases)
    return {"query": node_id, "found_by": via, "nodes": [explain_node(g, n, texts, at) for n in nodes]}
