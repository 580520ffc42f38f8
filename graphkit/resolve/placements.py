"""Where each official stands, article by article: the posts it holds there and their regions.

Apart from ``officials`` because two readers need it: the officials rule (a pass's units and clusters) and
``reach`` (the places an official occupies, which bound what a later pass has to decide again).  It reads
only an official's node, its HOLDS edges and the Office nodes those point to.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Graph
from .keys import PROVINCE, anchor


def office_region(graph: Graph, office_id: str) -> str | None:
    node = graph.nodes.get(office_id)
    if node is not None and node.properties.get("region"):
        return str(node.properties["region"])
    parts = office_id.split(":")
    return parts[2] if len(parts) >= 3 and parts[0] == "office" else None


def placements(holds: list[tuple[str, str | None, set]], articles: list) -> dict:
    """Anchors and offices of each unit (one official in one article, or ``None``: in none): the posts it holds
    there; a province is dropped when a kabupaten in it is known.

    The posts are indexed by article once: a name that hundreds of articles give hundreds of posts (one
    replicated across a corpus) cost articles × posts set scans, the largest cost of resolving 100k articles."""
    if not holds:
        return {art: (set(), set()) for art in articles}
    everywhere = [(o, r) for o, r, src in holds if not src]
    by_article: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for o, r, src in holds:
        for a in src:
            by_article[a].append((o, r))
    out = {}
    for art in articles:
        posts = everywhere + by_article.get(art, []) if art is not None else everywhere
        raw = {anchor(r) for _, r in posts} - {None}
        anchors = {a for a in raw if not (PROVINCE.fullmatch(a) and any(b.startswith(a + ".") for b in raw))}
        out[art] = (anchors, {o for o, _ in posts})
    return out


def units_of(graph: Graph, node, edges: list, kept: dict | None) -> tuple[list, dict]:
    """(articles, placements per article) of one official, from its node and its HOLDS edges.

    They read only the node, its HOLDS edges and the Office nodes those point to, and a pass leaves
    all three as the very objects they were unless it changed them (``apply_plan`` shares what it
    does not move; nodes and edges are never mutated).  So ``kept`` (one resolution's, every pass)
    keeps each official's result with the objects it came from, and a later pass reuses it when
    every one of them is the same object again (most of an official's work in the 2nd-4th pass)."""
    offices = [graph.nodes.get(e.target) for e in edges]
    if kept is not None:
        got = kept.get(node.id)
        if got is not None and got[0] is node and len(got[1]) == len(edges) \
                and all(a is b for a, b in zip(got[1], edges)) and all(a is b for a, b in zip(got[2], offices)):
            return got[3]
    holds = [(e.target, office_region(graph, e.target), set(e.properties.get("sources") or ())) for e in edges]
    articles = sorted(node.properties.get("sources") or []) or [None]
    result = (articles, placements(holds, articles))
    if kept is not None:
        kept[node.id] = (node, edges, offices, result)
    return result
