"""``graphkit load neo4j``, ``graphkit dump neo4j`` and ``graphkit export neo4j-import``.

Thin wrappers: the work is in ``graphkit.stores.neo4j`` (Bolt) and
``graphkit.stores.neo4j_import`` (neo4j-admin CSV files).  The password is
read from an environment variable (``--password-env``) so it never appears in
the shell history or the process list.
"""
from __future__ import annotations

import os
from pathlib import Path

import typer

from ..errors import StoreError
from ..stores import graphdoc
from . import dump_app, export_app, load_app
from .common import JSON, QUIET, err, print_json, print_table, progress_bar

URI = typer.Option("bolt://localhost:7687", "--uri",
                   help="Any URI the driver accepts: bolt://, neo4j:// (routing), +s/+ssc.")
USER = typer.Option("neo4j", "--user", help="User name.")
PASSWORD_ENV = typer.Option("NEO4J_PASSWORD", "--password-env",
                            help="Name of the environment variable holding the password (unset or empty: no auth).")
DATABASE = typer.Option(None, "--database", help="Database name (default: the server's home database, e.g. neo4j).")
TIMEOUT = typer.Option(5.0, "--connect-timeout", min=0.1, help="Seconds for one connection attempt (retried 5x).")


def _password(env: str) -> str | None:
    return (os.environ.get(env) or None) if env else None


@load_app.command("neo4j")
def load_neo4j(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
               uri: str = URI, user: str = USER, password_env: str = PASSWORD_ENV, database: str = DATABASE,
               batch_size: int = typer.Option(5000, "--batch-size", min=1, help="Rows per transaction."),
               workers: int = typer.Option(1, "--workers", min=1, help="Transactions written at once (Neo4j)."),
               max_batch_bytes: int = typer.Option(0, "--max-batch-bytes", min=0,
                                                   help="Also cap a batch's parameter size (0: no cap; "
                                                        "FalkorDB needs ~2500)."),
               connect_timeout: float = TIMEOUT, as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Load a graph into Neo4j over Bolt (idempotent, union-merging, safe to rerun after a crash)."""
    from ..stores.neo4j import load_graph
    g = graphdoc.read_graph(graph)
    with progress_bar(f"loading into {uri}", total=len(g), quiet=quiet or as_json) as advance:
        summary = load_graph(g, uri, user, _password(password_env), database, batch_size=batch_size,
                             max_batch_bytes=max_batch_bytes or None, progress=advance, workers=workers,
                             connect_timeout=connect_timeout)
    if as_json:
        print_json(summary)
    elif not quiet:
        for w in summary["warnings"]:
            err.print(f"[yellow]warning[/]: {w}", highlight=False)
        print_table(f"graphkit load neo4j → {uri}",
                    ["nodes", "relationships", "nodes created", "rels created", "properties set",
                     "elapsed s", "rels/s"],
                    [[summary["nodes"], summary["relationships"], summary["nodes_created"],
                      summary["relationships_created"], summary["properties_set"], summary["elapsed_s"],
                      summary["rels_per_s"]]])
    if summary["missing_endpoints"]:
        raise StoreError(f"{summary['missing_endpoints']} relationships were not written: an endpoint node is "
                         "missing in the database (the server lost data during the load?)",
                         fix="rerun the same 'graphkit load neo4j' command; it completes the graph")


@dump_app.command("neo4j")
def dump_neo4j(uri: str = URI, user: str = USER, password_env: str = PASSWORD_ENV, database: str = DATABASE,
               out: Path = typer.Option(Path("graph.json"), "--out", "-o", help="graph.json (or .jsonl) to write."),
               connect_timeout: float = TIMEOUT, as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Read the graph back out of Neo4j into a graph document."""
    from ..stores.neo4j import dump_graph
    g = dump_graph(uri, user, _password(password_env), database, connect_timeout=connect_timeout)
    (graphdoc.write_jsonl if out.suffix == ".jsonl" else graphdoc.write_json)(g, out)
    summary = {"out": str(out), **g.counts()}
    if as_json:
        print_json(summary)
    elif not quiet:
        err.print(f"{len(g.nodes)} nodes and {len(g.edges)} relationships written to {out}")


@export_app.command("neo4j-import")
def export_neo4j_import(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
                        out: Path = typer.Option(..., "--out", "-o", help="Folder for the CSV files and import.sh."),
                        database: str = typer.Option("neo4j", "--database", help="Database name in import.sh."),
                        as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Write neo4j-admin bulk-import CSVs (one per label and per type) and the import command."""
    from ..stores.neo4j_import import export_import_csvs
    result = export_import_csvs(graphdoc.read_graph(graph), out, database=database)
    if as_json:
        print_json(result)
    elif not quiet:
        print_table(f"neo4j-admin import files → {out}", ["file", "rows"], sorted(result["files"].items()))
        typer.echo(result["command"])


@export_app.command("browser-favorites")
def export_browser_favorites(graph: Path = typer.Argument(None, metavar="GRAPH",
                                                          help="A build folder (or its graph.json): the zip is "
                                                               "written there unless -o says otherwise."),
                             queries: Path = typer.Option(None, "--queries",
                                                          help="Folder of *.cypher (default: the questions "
                                                               "bundled with graphkit)."),
                             out: Path = typer.Option(None, "--out", "-o",
                                                      help="Zip to drag into Neo4j Browser's Favorites drawer "
                                                           "(default: browser-favorites.zip in GRAPH, else here)."),
                             as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Bundle the *.cypher questions for Neo4j Browser (Favorites → Import) and write a Browser guide beside it.

    Example: graphkit export browser-favorites graphkit-out
    """
    from ..errors import MissingPathError, UsageError
    from ..query import PACKAGE_QUERIES
    from ..stores.neo4j_import import export_browser_favorites as export
    folder = PACKAGE_QUERIES if queries is None else queries
    if not folder.is_dir():
        raise MissingPathError("no such folder of queries", path=str(folder))
    if not any(folder.glob("*.cypher")):
        raise UsageError(f"{folder} holds no *.cypher query", "pass --queries FOLDER with .cypher files, "
                                                               "or leave --queries out for the bundled ones")
    if out is None:
        if graph is not None and not graph.exists():
            raise MissingPathError("no such build folder or graph", path=str(graph))
        where = Path(".") if graph is None else (graph if graph.is_dir() else graph.parent)
        out = where / "browser-favorites.zip"
    files = export(folder, out)
    if as_json:
        print_json({"out": str(out), "guide": str(out.with_suffix(".html")), "queries": files})
    elif not quiet:
        err.print(f"{len(files)} queries written to {out} and {out.with_suffix('.html')}", highlight=False)
