"""``graphkit explain NODE_ID``: a node's properties, source spans and merge history.

Thin wrapper over ``graphkit.explain``; the merge counts per rule are shown
by ``graphkit stats`` from build.json.
"""
from __future__ import annotations

from pathlib import Path

import typer

from ..explain import explain as explain_lib
from . import app
from .common import JSON, QUIET, out, print_json, print_table


@app.command()
def explain(node_id: str = typer.Argument(..., metavar="NODE", help="A node id, e.g. official:imam-hidayat (a merged-away "
                                                                   "id works too), or an official's name, alias or "
                                                                   "part of a name."),
            graph: Path = typer.Argument(Path("graphkit-out"), help="Build folder, graph.json or graph.jsonl."),
            articles: list[Path] = typer.Option([], "--articles", "-a", metavar="PATH",
                                                help="Article files to read span text from (default: each Article's path)."),
            at: str = typer.Option(None, "--at", help="For an Office: only its holder(s) on this ISO date."),
            as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Show a node, the article spans it was read from, its edges and why it was merged (an Office: its holders).

    Example: graphkit explain "imam hidayat" graphkit-out
    """
    data = explain_lib(node_id, graph, articles, at=at)
    if as_json:
        print_json(data)
        return
    if quiet:
        return
    if data["found_by"] == "merged_ids":
        out.print(f"[yellow]{node_id}[/] was merged into: {', '.join(n['id'] for n in data['nodes'])}")
    for node in data["nodes"]:
        rows = [[k, v] for k, v in node["properties"].items()]
        rows += [["merged_ids", ", ".join(node["merged_ids"]) or "-"], ["merge_rules", ", ".join(node["merge_rules"]) or "-"]]
        print_table(f"{node['id']}  ({', '.join(node['labels'])})", ["property", "value"], rows)
        span_rows = []
        for art in node["articles"]:
            if not art["spans"]:
                span_rows.append([art["article"], "-", art["text"], art["title"] or ""])
            for s in art["spans"]:
                span_rows.append([art["article"], f"{s['start']}:{s['end']}",
                                  s.get("text", f"({art['text']})"), s.get("context", art["title"] or "")])
        print_table("read from", ["article", "span", "text", "context"], span_rows)
        if node["edges"]:
            print_table("edges", ["source", "type", "target", "detail", "articles"],
                        [[f"{e['source_name']} ({e['source']})", e["type"], f"{e['target_name']} ({e['target']})",
                          " ".join(str(e[k]) for k in ("capacity", "as_of", "count") if k in e), e["articles"]]
                         for e in node["edges"]])
        if node.get("holders"):
            print_table("holders", ["official", "name", "capacity", "as_of", "articles"],
                        [[h["official"], h["name"], h["capacity"], h["as_of"], h["sources"]] for h in node["holders"]])
