"""Shared CLI helpers: output as rich tables or JSON, progress bars, quiet mode."""
from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator, Sequence

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

out = Console()
err = Console(stderr=True, soft_wrap=True)

JSON = typer.Option(False, "--json", help="Machine-readable JSON on stdout.")
QUIET = typer.Option(False, "--quiet", "-q", help="Print nothing but errors.")


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n")


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
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
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)
