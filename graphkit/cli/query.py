"""``graphkit query``: ask a bundled question (or any Cypher/SPARQL text) of a build folder or Neo4j.

Thin on purpose: finding, parsing and binding queries is ``graphkit.query``;
this module only turns options into a call and the answer into a table,
JSON or CSV.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from pathlib import Path

import typer

from .. import query as Q
from ..errors import UsageError
from . import app
from .common import JSON, QUIET, err, print_json, print_table


# Rows a terminal table shows by default, as Neo4j Browser caps its result view: rendering thousands of
# rows costs seconds (5,722 rows: 2.5 s of a 2.8 s query) and scrolls off any screen; --csv/--json are for all.
TABLE_ROWS = 100


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``k=v`` strings to a dict; typing (int when digits) is done against the query header."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name.strip()):
            raise UsageError(f"--param {pair!r} is not NAME=VALUE (NAME: letters, digits, _)",
                             "write it as --param region=35.09")
        params[name.strip()] = value
    return params


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(columns: list[str], rows: list[list]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_cell(v) for v in r])


def list_queries(as_json: bool) -> None:
    pairs: dict[str, dict] = {}
    for q in Q.bundled():
        entry = pairs.setdefault(q.name, {"name": q.name, "files": [], "answers": q.answers, "params": {}})
        entry["files"].append(str(q.path))
        for p in q.params.values():
            entry["params"].setdefault(p.name, {"description": p.description, "default": p.default,
                                                "required": p.required})
    if as_json:
        print_json(list(pairs.values()))
        return
    rows = []
    for e in pairs.values():
        params = ", ".join(f"{n}={'(required)' if p['required'] else repr(p['default'])}"
                           for n, p in e["params"].items())
        rows.append([e["name"], " ".join(Path(f).suffix for f in e["files"]), params, e["answers"]])
    print_table("bundled questions (graphkit query queries/NAME.cypher or NAME.rq)",
                ["name", "files", "params", "answers"], rows)


@app.command("query")
def query_cmd(
        file_or_text: str = typer.Argument(None, metavar="FILE_OR_TEXT",
                                           help="A .cypher/.rq file, a bundled name, or Cypher text."),
        param: list[str] = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                                        help="NAME=VALUE (repeatable); int when digits; a query's official "
                                             "may be named by name, alias or part of a name."),
        out: Path = typer.Option(Path("graphkit-out"), "--out", "-o", help="Build folder with the embedded stores."),
        sparql: bool = typer.Option(False, "--sparql", help="FILE_OR_TEXT is SPARQL text for the RDF store."),
        uri: str = typer.Option(None, "--uri", help="Run Cypher on Neo4j at this Bolt URI instead."),
        user: str = typer.Option("neo4j", "--user", help="Neo4j user."),
        password_env: str = typer.Option("NEO4J_PASSWORD", "--password-env",
                                         help="Environment variable holding the Neo4j password."),
        database: str = typer.Option(None, "--database", help="Neo4j database (default: the server's)."),
        as_json: bool = JSON,
        as_csv: bool = typer.Option(False, "--csv", help="CSV on stdout (header row first)."),
        list_: bool = typer.Option(False, "--list", help="List the bundled questions and their params."),
        max_rows: int = typer.Option(TABLE_ROWS, "--max-rows", min=0,
                                     help="Rows the table shows (0: all); --csv and --json always write all."),
        quiet: bool = QUIET,
) -> None:
    """Run a question on the embedded Cypher store (.cypher, text), the RDF store (.rq, --sparql) or Neo4j (--uri).

    Example: graphkit query queries/interim_heads.cypher --out graphkit-out
    """
    if list_:
        list_queries(as_json)
        return
    if not file_or_text:
        raise UsageError("give a query file, a bundled name or query text", "see 'graphkit query --list'")
    if as_json and as_csv:
        raise UsageError("--json and --csv exclude each other")
    q = Q.resolve(file_or_text, sparql=sparql)
    password = os.environ.get(password_env) if uri else None
    answer = Q.run(q, parse_params(param), out=out, uri=uri, user=user, password=password, database=database)
    for note in answer.notes:   # said even with --quiet: the answer may be empty because of it
        err.print(f"warning: {note}", highlight=False, markup=False)
    if quiet:  # the query ran (errors still exit non-zero); nothing to print
        return
    if as_json:
        print_json({"query": q.name, "engine": answer.engine, "columns": answer.columns,
                    "rows": [dict(zip(answer.columns, r, strict=True)) for r in answer.rows]})
    elif as_csv:
        write_csv(answer.columns, answer.rows)
    else:
        shown = answer.rows if not max_rows else answer.rows[:max_rows]
        print_table(f"{q.name} · {len(answer.rows)} rows · {answer.engine}", answer.columns,
                    [[_cell(v) for v in r] for r in shown])
        if len(shown) < len(answer.rows):
            err.print(f"showing the first {len(shown):,} of {len(answer.rows):,} rows: --max-rows 0 shows all, "
                      "--csv or --json write all", highlight=False, markup=False)
