"""``graphkit export networkx|graphml|gexf|csv``: thin commands over graphkit.stores.nx."""
from __future__ import annotations

from pathlib import Path

import typer

from . import export_app
from .common import JSON, QUIET, err, print_json

GRAPH = typer.Argument(..., help="graph.json, graph.jsonl or a build folder.")


def _run(fmt: str, graph: Path, out: Path, as_json: bool, quiet: bool) -> None:
    from ..stores import graphdoc, nx
    summary = nx.export(graphdoc.read_graph(graph), out, fmt)
    if as_json:
        print_json(summary)
    elif not quiet:
        err.print(f"wrote {summary['nodes']} nodes and {summary['edges']} edges ({fmt}) to "
                  f"{', '.join(summary['paths'])}", highlight=False)


@export_app.command("networkx")
def export_networkx(graph: Path = GRAPH,
                    out: Path = typer.Option(..., "--out", "-o", help="Output .json (node-link)."),
                    as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Export as networkx node-link JSON (no pickle): nx.node_link_graph(json.load(f), edges="edges").

    Example: graphkit export networkx graphkit-out -o graph.nx.json
    """
    _run("networkx", graph, out, as_json, quiet)


@export_app.command("graphml")
def export_graphml(graph: Path = GRAPH,
                   out: Path = typer.Option(..., "--out", "-o", help="Output .graphml (Gephi, yEd)."),
                   as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Export as GraphML with typed keys; lists and maps become JSON strings.

    Example: graphkit export graphml graphkit-out -o graph.graphml
    """
    _run("graphml", graph, out, as_json, quiet)


@export_app.command("gexf")
def export_gexf(graph: Path = GRAPH,
                out: Path = typer.Option(..., "--out", "-o", help="Output .gexf (Gephi)."),
                as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Export as GEXF 1.2 (Gephi); node label = display name.

    Example: graphkit export gexf graphkit-out -o graph.gexf
    """
    _run("gexf", graph, out, as_json, quiet)


@export_app.command("csv")
def export_csv(graph: Path = GRAPH,
               out: Path = typer.Option(..., "--out", "-o", help="Output folder for nodes.csv and edges.csv."),
               as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Export as nodes.csv + edges.csv in the folder given by -o.

    Example: graphkit export csv graphkit-out -o graph-csv
    """
    _run("csv", graph, out, as_json, quiet)
