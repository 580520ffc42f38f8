"""The options every command shares, and help text without Python type names.

Why a command class: ``--debug`` is read by ``graphkit.cli.main`` before Typer
parses anything (so it works anywhere on the line), yet a user reads
``graphkit CMD --help`` to learn the switches; ``GraphkitCommand`` lists it on
every command without each command taking a parameter it never uses.  It
also keeps the help readable: a flag needs no ``<bool>``, and a repeatable
option or argument shows its element type (``<path>``), not
``<list[str]>``.  ``cli/__init__.py`` gives every registered command this
class, so a new command gets it too; tests/test_cli_options.py walks them all.
"""
from __future__ import annotations

import functools
import re

import typer
from typer.core import TyperCommand, TyperGroup

DEBUG_HELP = "Show the traceback on errors."
_LIST_TYPE = re.compile(r"<list\[(?P<item>[^\]]+)\]>")


@functools.lru_cache(maxsize=1)
def _debug_option_template():
    """A Typer-made ``--debug`` flag (built through the public API, so it matches the Typer version)."""
    probe = typer.Typer()

    @probe.command()
    def probe_cmd(debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP)) -> None:  # pragma: no cover
        """Only here to make the option."""

    return next(p for p in typer.main.get_command(probe).params if p.name == "debug")


def debug_option():
    import copy
    opt = copy.copy(_debug_option_template())
    opt.expose_value = False   # main() acts on --debug; the command callback never sees it
    return opt


def _tidy_metavar(param, ctx) -> None:
    """No ``<bool>`` on flags; ``<list[str]>`` becomes ``<str>`` (the help says it repeats)."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        param.metavar = ""
        return
    shown = getattr(param, "display_type_rich", None)
    if shown is None:
        return
    try:
        text = shown(ctx=ctx)
    except Exception:  # noqa: BLE001 - an older Typer: keep its own rendering
        return
    m = _LIST_TYPE.search(text or "")
    if not m:
        return
    item = f"<{m['item']}>"
    if getattr(param, "param_type_name", "") == "option":
        param.metavar = item
    else:
        param.display_type_rich = lambda ctx=None, _item=item: _item


class GraphkitCommand(TyperCommand):
    """A Typer command with ``--debug`` listed and type names tidied in ``--help``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not any(p.name == "debug" for p in self.params):
            self.params.append(debug_option())

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for p in params:
            _tidy_metavar(p, ctx)
        return params


class GraphkitGroup(TyperGroup):
    """A Typer group (graphkit, load, export, dump) whose --help has no ``<bool>`` either."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for p in params:
            _tidy_metavar(p, ctx)
        return params


def use_everywhere(*apps: typer.Typer) -> None:
    """Make every command registered on ``apps`` a ``GraphkitCommand`` (unless it chose a class)."""
    for app in apps:
        for info in app.registered_commands:
            if info.cls is None or info.cls is TyperCommand:
                info.cls = GraphkitCommand
