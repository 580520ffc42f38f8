"""Render a selection of the graph as ONE self-contained HTML file (vis-network inlined).

Why one file with everything inlined: the page must open from disk, offline,
years later, and be mailed around; so the vis-network standalone build (which
carries its own CSS), the app script, the styles and the data all live in the
page.  The data is JSON inside ``<script type="application/json">`` with every
``<`` escaped, so no article text can close the script element.

The page reports on itself in ``#gk-status`` (``data-nodes`` expected,
``data-drawn`` drawn by vis-network, ``data-errors`` any window error or
console.error), which is what the headless-browser test reads.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from ..model import Graph
from ..stores.nx import display_name
from .evidence import ArticleTexts, evidence_items
from .select import Selection

COLORS = {
    "Official": "#e15759", "Person": "#f28e2b", "Office": "#4e79a7", "Organization": "#76b7b2",
    "Region": "#59a14f", "Event": "#edc948", "Venue": "#b07aa1", "Statement": "#9c755f",
    "Topic": "#ff9da7", "Article": "#bab0ac",
}
OTHER_COLOR = "#888888"
HIDDEN_PROPS = ("evidence",)
MAX_LABEL = 40


def asset(name: str) -> str:
    return resources.files("graphkit.view").joinpath("assets", name).read_text(encoding="utf-8")


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{{KEY}}`` in one pass, so inserted text is never scanned for placeholders."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def script_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str).replace("<", "\\u003c")


def short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def edge_caption(props: dict, type_: str) -> str:
    cap = props.get("capacity")
    return f"{type_} ({cap})" if cap else type_


def payload(graph: Graph, sel: Selection, texts: ArticleTexts, title: str) -> dict:
    """Everything the page script needs: nodes, edges, legend colours, the notice."""
    degree: dict[str, int] = {n: 0 for n in sel.nodes}
    for e in sel.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    nodes = []
    for nid in sel.nodes:
        node = graph.nodes[nid]
        props = {k: v for k, v in node.properties.items() if k not in HIDDEN_PROPS}
        nodes.append({"id": nid, "label": short(display_name(node)), "name": display_name(node),
                      "group": node.label, "labels": node.labels, "value": degree[nid] + 1,
                      "props": props, "evidence": evidence_items(node.properties, texts)})
    edges = []
    for i, e in enumerate(sel.edges):
        props = {k: v for k, v in e.properties.items() if k not in HIDDEN_PROPS}
        edges.append({"id": f"e{i}", "from": e.source, "to": e.target, "type": e.type,
                      "label": edge_caption(e.properties, e.type), "props": props,
                      "evidence": evidence_items(e.properties, texts)})
    groups = sorted({n["group"] for n in nodes})
    return {"title": title, "notice": sel.notice, "focus": sel.focus, "total": sel.total,
            "colors": {g: COLORS.get(g, OTHER_COLOR) for g in groups},
            "nodes": nodes, "edges": edges}


def render(graph: Graph, sel: Selection, *, title: str = "graphkit view",
           roots: list[Path] | None = None) -> str:
    """The HTML page for ``sel`` (see ``graphkit.view.select``)."""
    import html
    texts = ArticleTexts(graph, roots)
    texts.want([graph.nodes[n].properties for n in sel.nodes] + [e.properties for e in sel.edges])
    data = payload(graph, sel, texts, title)
    return fill(asset("view.html"), {
        "TITLE": html.escape(title),
        "CSS": asset("view.css"),
        "VIS_JS": asset("vis-network.min.js"),
        "APP_JS": asset("view.js"),
        "DATA": script_json(data),
        "NODES": str(len(data["nodes"])),
    })
