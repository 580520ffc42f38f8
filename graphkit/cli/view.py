"""``graphkit view``: write a self-contained HTML view (network or --profile) of a graph."""
from __future__ import annotations

import os
from pathlib import Path

import typer

from . import app
from .common import JSON, QUIET, err, print_json


@app.command("view")
def view(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
         official: str = typer.Option(None, "--official", help="Centre on this official (name, alias or id)."),
         region: str = typer.Option(None, "--region", help="Centre on this region (Kemendagri code, e.g. 35.09)."),
         event: str = typer.Option(None, "--event", help="Centre on this event id."),
         depth: int = typer.Option(2, "--depth", help="Hops around the centre."),
         max_nodes: int = typer.Option(2000, "--max-nodes", help="Keep at most this many (highest-degree) nodes."),
         articles: bool = typer.Option(False, "--articles", help="Also draw Article nodes and MENTIONS edges."),
         profile: bool = typer.Option(False, "--profile", help="With --official: a profile page instead "
                                                                "(posts, events timeline, statements)."),
         out: Path = typer.Option(Path("view.html"), "--out", "-o", help="The HTML file to write."),
         as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Write ONE self-contained HTML file (works offline) to explore the graph.

    Example: graphkit view graphkit-out --official "Imam Hidayat" -o imam.html
    """
    from ..atomic import atomic_write_text
    from ..errors import UsageError
    from ..stores import graphdoc
    from ..view import profile_html, roots_for, view_html
    g = graphdoc.read_graph(graph)
    roots = roots_for(graph)
    if profile:
        if not official:
            raise UsageError("--profile needs --official NAME")
        from ..view import find_official
        focus = find_official(g, official)
        atomic_write_text(out, profile_html(g, focus, roots=roots))
        os.chmod(out, 0o644)
        if as_json:
            print_json({"out": str(out), "kind": "profile", "focus": focus})
        elif not quiet:
            err.print(f"wrote the profile to {out}", highlight=False)
        return
    page, sel = view_html(g, official=official, region=region, event=event, depth=depth,
                          max_nodes=max_nodes, articles=articles, roots=roots)
    atomic_write_text(out, page)
    os.chmod(out, 0o644)  # a page to share: the temp file of an atomic write is private
    if sel.notice:
        err.print(f"note: {sel.notice}", highlight=False)  # said even with --quiet: data was left out
    if as_json:
        print_json({"out": str(out), "kind": "network", "focus": sel.focus, "nodes": len(sel.nodes),
                    "edges": len(sel.edges), "total": sel.total, "notice": sel.notice})
    elif not quiet:
        err.print(f"wrote {len(sel.nodes)} nodes and {len(sel.edges)} edges to {out}", highlight=False)
