"""``graphkit shell OUT``: an interactive Cypher prompt on the embedded store of a build folder.

Why a shell: exploring a graph is trial and error; reopening the database for
every ``graphkit query`` costs time and loses the thread.  The shell keeps one
read-only connection, remembers history (prompt_toolkit, in the ``shell`` and
``dev`` extras; plain ``input()`` without it or when stdin is not a terminal,
so scripts can pipe queries in), and prints rich tables.

A query ends with ``;`` or an empty line.  Commands: ``:help``, ``:quit``,
``:list`` (bundled questions), ``:run NAME`` (a bundled .cypher file),
``:param NAME=VALUE`` / ``:params`` (bound parameters for later queries).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import typer

from .. import query as Q
from ..errors import GraphkitError
from ..query_guard import check as check_query
from ..stores.embedded import EmbeddedStore
from . import app
from .common import err, out, print_table

HELP = """Cypher ends with ';' or an empty line.  Parameters are bound: MATCH (o:Official {name: $name}) ...
  :param NAME=VALUE   set a parameter ($NAME; int when digits)    :params  show them
  :list               bundled questions                          :run NAME  run queries/NAME.cypher
  :help               this text                                  :quit      leave (also Ctrl-D)"""


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


class Shell:
    def __init__(self, store: EmbeddedStore):
        self.store = store
        self.params: dict = {}

    def command(self, line: str) -> bool:
        """Run one ':' command; False means quit."""
        name, _, arg = line[1:].partition(" ")
        if name in ("quit", "exit", "q"):
            return False
        if name == "help":
            out.print(HELP, highlight=False)
        elif name == "param":
            key, sep, value = arg.partition("=")
            if not sep:
                err.print("usage: :param NAME=VALUE")
            else:
                self.params[key.strip()] = Q.Param(key.strip()).convert(value.strip())
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
                self.query(q.text, q.bind({k: v for k, v in self.params.items()}), q.name)
        else:
            err.print(f"unknown command :{name} (:help lists them)")
        return True

    def query(self, text: str, params: dict | None = None, title: str | None = None) -> None:
        check_query(text, "cypher")
        columns, rows = self.store.run(text, self.params if params is None else params)
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
            except GraphkitError as exc:
                err.print(f"graphkit: {exc}", highlight=False, markup=False)


@app.command()
def shell(out_dir: Path = typer.Argument(Path("graphkit-out"), metavar="OUT",
                                         help="Build folder holding the embedded Cypher store.")) -> None:
    """Interactive Cypher prompt on OUT's embedded store (history, tables, :help).

    Example: graphkit shell graphkit-out
    """
    with EmbeddedStore(out_dir) as store:
        if sys.stdin.isatty():
            out.print(f"graphkit shell on {store.path} — :help for commands, :quit to leave", highlight=False)
        Shell(store).loop(_reader(Path(out_dir) / ".shell_history"))
