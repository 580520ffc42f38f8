"""The ``graphkit`` command line: thin Typer commands over the library.

Each command module in ``COMMAND_MODULES`` registers its commands on ``app``
(or on the ``load``/``export``/``dump`` groups).  ``main`` turns every
``GraphkitError`` into one line on stderr (cause and fix) and its exit code;
``--debug`` anywhere on the line shows the traceback instead.
"""
from __future__ import annotations

import importlib
import sys
import traceback

import typer

from .. import __version__
from ..errors import GraphkitError
from .options import GraphkitGroup, use_everywhere

app = typer.Typer(name="graphkit", no_args_is_help=True, add_completion=False, cls=GraphkitGroup,
                  pretty_exceptions_enable=False,
                  help="Build a knowledge graph of Indonesian regional-government news.")
load_app = typer.Typer(no_args_is_help=True, cls=GraphkitGroup, help="Load a graph into a database server.")
export_app = typer.Typer(no_args_is_help=True, cls=GraphkitGroup, help="Export a graph to another format.")
dump_app = typer.Typer(no_args_is_help=True, cls=GraphkitGroup, help="Read a graph back out of a database server.")
app.add_typer(load_app, name="load")
app.add_typer(export_app, name="export")
app.add_typer(dump_app, name="dump")

# One module per command family, with the top-level commands (or groups) it adds to.  ``main`` imports only
# the modules of the command on its line, so ``graphkit query`` does not pay for pydantic, rdflib, the
# extractors ... (580 ms of imports before); --help, no command, or a command no module claims imports all.
# A new module: add it here with its command names.  A module that is absent is simply not offered.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "build": ("build", "extract", "stats", "remove"), "evaluate": ("eval",), "resolution": ("explain",),
    "neo4j": ("load", "dump", "export"), "rdf": ("export", "validate"), "query": ("query",),
    "shell": ("shell",), "view": ("view",), "analyze": ("analyze",), "networkx": ("export",),
}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"graphkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit."),
          debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    """graphkit: articles in, graph out (JSON, Neo4j, RDF, embedded Cypher/SPARQL)."""


def register(command: str | None = None) -> typer.Typer:
    """Import the command modules that add ``command`` (all of them when none claims it, or for None), give
    their commands the shared switches, and return the app (tools that walk it call ``register()`` first)."""
    names = [m for m, commands in COMMAND_MODULES.items() if command in commands] or list(COMMAND_MODULES)
    for name in names:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    use_everywhere(app, load_app, export_app, dump_app)
    return app


def _command_of(args: list[str]) -> str | None:
    """The command word of a command line: its first argument that is not an option."""
    return next((a for a in args if not a.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    try:
        register(_command_of(args))
        app(args=args, prog_name="graphkit")  # standalone: usage errors exit 2 by themselves
        return 0
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except GraphkitError as exc:
        if debug:
            traceback.print_exc()
        print(f"graphkit: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("graphkit: interrupted; rerun the same command to finish (it resumes safely)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an unexpected bug: still one line unless --debug
        if debug:
            traceback.print_exc()
        else:
            print(f"graphkit: internal error: {type(exc).__name__}: {exc} — fix: rerun with --debug and "
                  "report the traceback", file=sys.stderr)
        return 1


def run() -> None:
    sys.exit(main())
