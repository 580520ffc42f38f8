"""``graphkit shell OUT``: an interactive Cypher prompt on the embedded store of a build folder.

Why a shell: exploring a graph is trial and error; reopening the database for
every ``graphkit query`` costs time and loses the thread.  The shell keeps one
read-only connection, remembers history (prompt_toolkit, in the ``shell`` and
``dev`` extras; plain ``input()`` without it or when stdin is not a terminal,
so scripts can pipe queries in), and prints rich tables.

A query ends with ``;`` or an empty line.  Commands: ``:help``, ``:quit``,
``:list`` (bundled questions), ``:run NAME`` (a bundled .cypher file),
``:param NAME=VALUE`` / ``:params`` (bound parameters for later queries).
Ctrl-C cancels the running query, not the shell (``cancellable``).
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import typer

from .. import names_lookup as names
from .. import query as Q
from ..errors import GraphkitError
from ..query_guard import check as check_query
from ..stores.embedded import EmbeddedStore
from . import app
from .common import JSON, QUIET, err, out, print_json, print_table
from .query import parse_params

HELP = """Cypher ends with ';' or an empty line.  Parameters are bound: MATCH (o:Official {name: $name}) ...
  :param NAME=VALUE   set a parameter ($NAME; int when digits)    :params  show them
  :list               bundled questions                          :run NAME  run queries/NAME.cypher
  :help               this text                                  :quit      leave (also Ctrl-D)
A parameter a question says names an official (official_profile's name) takes any name, alias or part of one.
Ctrl-C cancels a running query; the shell and its :params stay."""


def _reader(history: Path) -> Callable[[str], str]:
    """prompt_toolkit with history on a terminal, else input() (pipes, missing extra)."""
    if sys.stdin.isatty():
        try:
            from prompt_toolkit import PromptSession
            from prompt_toolkit.history import FileHistory
            return PromptSession(history=FileHistory(str(history))).prompt
        except ImportError:
            err.print("[dim]prompt_toolkit is not installed: no history (pip install 'graphkit[shell]')[/]")
        return input
    return lambda prompt: input()  # piped: no prompts in the output


def statements(read: Callable[[str], str]) -> Iterator[str]:
    """Queries and ':' commands from the reader until EOF."""
    buffer: list[str] = []
    while True:
        try:
            line = read("cypher> " if not buffer else "   ...> ")
        except EOFError:
            break
        except KeyboardInterrupt:
            buffer = []
            continue
        stripped = line.strip()
        if not buffer and stripped.startswith(":"):
            yield stripped
            continue
        if stripped:
            buffer.append(line)
        if buffer and (not stripped or stripped.endswith(";")):
            yield "\n".join(buffer).strip().rstrip(";").strip()
            buffer = []
    if buffer:
        yield "\n".join(buffer).strip().rstrip(";").strip()


class Cancelled(Exception):
    """A query stopped by Ctrl-C (the shell goes on, parameters kept)."""


def cancellable(run: Callable[[], object], interrupt: Callable[[], None] | None) -> object:
    """``run()`` in a worker thread; Ctrl-C interrupts the query instead of leaving the shell.

    Why a thread: the engine runs the query in C, so Python sees Ctrl-C only
    when it returns; waiting here keeps the main thread able to receive it,
    and ``interrupt`` (the connection's) stops the running query.
    """
    box: dict = {}

    def work() -> None:
        try:
            box["value"] = run()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="graphkit-shell-query", daemon=True)
    worker.start()
    cancelled = False
    while worker.is_alive():
        try:
            worker.join(0.1)
        except KeyboardInterrupt:
            cancelled = True
            if interrupt is not None:
                interrupt()
            err.print("cancelling the query…", highlight=False)
    if cancelled:
        raise Cancelled()
    if "error" in box:
        raise box["error"]
    return box.get("value")


class Shell:
    def __init__(self, store: EmbeddedStore, *, as_json: bool = False):
        self.store = store
        self.params: dict = {}
        self.as_json = as_json

    def command(self, line: str) -> bool:
        """Run one ':' command; False means quit."""
        name, _, arg = line[1:].partition(" ")
        if name in ("quit", "exit", "q"):
            return False
        if name == "help":
            out.print(HELP, highlight=False)
        elif name == "param":
            if "=" not in arg:
                err.print("usage: :param NAME=VALUE")
            else:
                (key, value), = parse_params([arg]).items()
                self.params[key] = Q.Param(key).convert(value.strip())
        elif name == "params":
            print_table("parameters", ["name", "value"], [[k, repr(v)] for k, v in self.params.items()])
        elif name == "list":
            print_table("bundled questions", ["name", "params", "answers"],
                        [[q.name, ", ".join(q.params), q.answers] for q in Q.bundled() if q.language == "cypher"])
        elif name == "run":
            q = Q.resolve(arg.strip() or "?")
            if q.language != "cypher":
                err.print("only .cypher questions run in this shell")
            else:
                notes: list[str] = []
                values = names.resolve_params(q.officials, q.bind(dict(self.params)),
                                              lambda: names.from_cypher(self.store.run), notes)
                for note in notes:
                    err.print(f"warning: {note.replace('--param', ':param')}", highlight=False, markup=False)
                self.query(q.text, values, q.name)
        else:
            err.print(f"unknown command :{name} (:help lists them)")
        return True

    def query(self, text: str, params: dict | None = None, title: str | None = None) -> None:
        check_query(text, "cypher")
        values = self.params if params is None else params
        conn = getattr(self.store, "conn", None)
        columns, rows = cancellable(lambda: self.store.run(text, values), getattr(conn, "interrupt", None))
        if self.as_json:
            print_json({"columns": columns, "rows": [dict(zip(columns, r, strict=True)) for r in rows]})
            return
        print_table(f"{title + ' — ' if title else ''}{len(rows)} rows", columns,
                    [["" if v is None else str(v) for v in r] for r in rows])

    def loop(self, read: Callable[[str], str]) -> None:
        for stmt in statements(read):
            try:
                if stmt.startswith(":"):
                    if not self.command(stmt):
                        return
                elif stmt:
                    self.query(stmt)
            except (Cancelled, KeyboardInterrupt):   # a Ctrl-C while printing, too, stays in the shell
                err.print("query cancelled; the shell and your :params are still here", highlight=False)
            except GraphkitError as exc:
                err.print(f"graphkit: {exc}", highlight=False, markup=False)


@app.command()
def shell(out_dir: Path = typer.Argument(Path("graphkit-out"), metavar="OUT",
                                         help="Build folder holding the embedded Cypher store."),
          as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Interactive Cypher prompt on OUT's embedded store (history, tables, :help).

    Ctrl-C cancels a running query (the shell stays); Ctrl-D or :quit leaves.
    --json prints each answer as JSON; --quiet drops the greeting.

    Example: graphkit shell graphkit-out
    """
    with EmbeddedStore(out_dir) as store:
        if sys.stdin.isatty() and not quiet:
            out.print(f"graphkit shell on {store.path} — :help for commands, :quit to leave", highlight=False)
        Shell(store, as_json=as_json).loop(_reader(Path(out_dir) / ".shell_history"))
