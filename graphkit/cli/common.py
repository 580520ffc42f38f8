"""Shared CLI helpers: output as rich tables or JSON, progress bars, quiet mode."""
from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator, Sequence

import typer


class LazyConsole:
    """A rich ``Console`` made on first use: importing rich costs ~80 ms, which
    ``graphkit query --json`` (the start-up budget of issue #20) never needs."""

    def __init__(self, **options):
        self._options = options
        self._console = None

    def real(self):
        """The rich Console itself (for rich objects that take ``console=``)."""
        if self._console is None:
            from rich.console import Console
            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.real(), name)


out = LazyConsole()
err = LazyConsole(stderr=True, soft_wrap=True)

JSON = typer.Option(False, "--json", help="Machine-readable JSON on stdout.")
QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing but errors.")


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n")


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    from rich.table import Table
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(str(c))
    for r in rows:
        table.add_row(*["" if v is None else str(v) for v in r])
    out.print(table)


@contextlib.contextmanager
def progress_bar(description: str, total: int | None = None, *, quiet: bool = False) -> Iterator:
    """Yield an ``advance(n)`` callback that drives a rich progress bar on stderr."""
    if quiet or not err.is_terminal:
        yield lambda n=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err.real(), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)
