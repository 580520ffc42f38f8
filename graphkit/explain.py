"""``explain``: where a node came from and why resolution shaped it so.

A user who doubts a node ("why is Hera Nugrahayu an alias of Heran?") needs
three things: its properties, the exact spans of the articles it was read
from, and the merge decisions (``merged_ids``, ``merge_rules``).  Spans are
character offsets into the article text as read from its file, so the text is
read back from the source the build recorded (``sources.readback``: the
Article's path, or files given explicitly, verified by sha256); when the file
is gone or has changed since the build only the offsets are shown, never a
wrong excerpt.

A merged-away id is accepted too: it is looked up in ``merged_ids`` (a split
namesake id can lead to several nodes).
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import QueryError
from .model import Graph, Node
from .sources.readback import SourceTexts, roots_of
from .stores import graphdoc

CONTEXT = 40
PROVENANCE = ("sources", "evidence", "merged_ids", "merge_rules")


class UnknownNodeError(QueryError):
    code = "E045"
    default_fix = "check the id with 'graphkit query' or 'graphkit stats'; ids look like official:imam-hidayat"


def find_nodes(graph: Graph, node_id: str) -> tuple[list[Node], str]:
    """The node with ``node_id``, the nodes that absorbed it (``merged_ids``), or the official it names.

    An official may be named like everywhere else (``graphkit.names_lookup``):
    a name, an alias or an unambiguous part of one, in any case; an
    ambiguous name lists the candidates.
    """
    from .names_lookup import UnknownOfficialError, find_official, from_graph
    if node_id in graph.nodes:
        return [graph.nodes[node_id]], "id"
    found = [n for n in graph.sorted_nodes() if node_id in (n.properties.get("merged_ids") or ())]
    if found:
        return found, "merged_ids"
    try:
        return [graph.nodes[find_official(from_graph(graph), node_id)]], "name"
    except UnknownOfficialError:
        raise UnknownNodeError(f"no node '{node_id}' in the graph, nor one that absorbed it, "
                               "nor an official of that name") from None


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


def _name(graph: Graph, node_id: str) -> str:
    node = graph.nodes.get(node_id)
    props = node.properties if node else {}
    name = str(props.get("name") or props.get("title") or props.get("text") or node_id)
    return name if len(name) <= 40 else name[:39] + "…"


def edge_rows(graph: Graph, node_id: str) -> list[dict]:
    """Each edge of a node with both endpoints named (id and name), and its few telling properties."""
    rows = []
    for e in graph.edges_of(node_id):
        p = e.properties
        rows.append({"type": e.type, "source": e.source, "source_name": _name(graph, e.source),
                     "target": e.target, "target_name": _name(graph, e.target),
                     **{k: p[k] for k in ("capacity", "as_of", "count") if p.get(k) not in (None, "")},
                     "articles": len(p.get("sources") or [])})
    rows.sort(key=lambda r: (r["type"], r["source"] != node_id, r["source"], r["target"]))
    return rows


def explain_node(graph: Graph, node: Node, texts: SourceTexts, at: str | None = None) -> dict:
    props = node.properties
    texts.want(str(ev.get("article", "")) for ev in props.get("evidence") or [])
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
    out = {"id": node.id, "labels": list(node.labels),
           "properties": {k: v for k, v in sorted(props.items()) if k not in PROVENANCE},
           "merged_ids": list(props.get("merged_ids") or []), "merge_rules": list(props.get("merge_rules") or []),
           "articles": articles, "edges": edge_rows(graph, node.id)}
    if "Office" in node.labels:
        out["holders"] = office_holders(graph, node.id, at)
    return out


def explain(node_id: str, graph: Graph | str | Path = "graphkit-out",
            articles: Iterable[str | Path] = (), at: str | None = None) -> dict:
    """Explain ``node_id`` in a graph (a Graph, a graph.json/.jsonl, or a build folder)."""
    g = graph if isinstance(graph, Graph) else graphdoc.read_graph(graph)
    nodes, via = find_nodes(g, node_id)
    texts = SourceTexts.of_graph(g, roots=roots_of(None if isinstance(graph, Graph) else graph), extra=articles)
    return {"query": node_id, "found_by": via, "nodes": [explain_node(g, n, texts, at) for n in nodes]}
