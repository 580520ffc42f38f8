"""Self-contained HTML views of a graph: an interactive network and an official's profile.

``view_html`` (network, vis-network inlined) and ``profile_html`` (plain HTML)
return the page text; the CLI (``graphkit view``) only writes it to a file.
Both read article texts at view time, when reachable, to quote the evidence.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Graph
from .select import Selection, find_official, select

__all__ = ["Selection", "find_official", "select", "view_html", "profile_html", "roots_for"]


def roots_for(graph_path: str | Path | None) -> list[Path]:
    """Folders where relative Article paths may be resolved: cwd, the graph's folder and its parent."""
    from ..sources.readback import roots_of
    return roots_of(graph_path) if graph_path is not None else []


def view_html(graph: Graph, *, official: str | None = None, region: str | None = None,
              event: str | None = None, depth: int = 2, max_nodes: int = 2000, articles: bool = False,
              roots: list[Path] | None = None, title: str | None = None) -> tuple[str, Selection]:
    """The network page and the selection it shows (``selection.notice`` says if it was capped)."""
    from .html import render
    sel = select(graph, official=official, region=region, event=event, depth=depth,
                 max_nodes=max_nodes, articles=articles)
    if title is None:
        title = "graphkit: " + (graph.nodes[sel.focus].properties.get("name", sel.focus)
                                if sel.focus else "whole graph")
    return render(graph, sel, title=str(title), roots=roots), sel


def profile_html(graph: Graph, official: str, *, roots: list[Path] | None = None) -> str:
    from .profile import render_profile
    return render_profile(graph, find_official(graph, official), roots=roots)
