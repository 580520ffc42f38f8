"""``graphkit export rdf`` and ``graphkit validate``: thin commands over graphkit.stores.rdf/shacl."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..errors import ValidationFailedError
from ..stores import graphdoc
from ..stores.rdf import DEFAULT_BASE, FORMATS
from . import app, export_app
from .common import JSON, QUIET, err, print_json, print_table

BASE = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the node IRIs.")


@export_app.command("rdf")
def export_rdf(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
               fmt: str = typer.Option(None, "--format", "-f",
                                       help="ttl | nt | nq | jsonld | trig (default: from the -o suffix, else nt)."),
               out: str = typer.Option("-", "--out", "-o", help="Output file; - for stdout."),
               base: str = BASE, as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Export a graph as RDF (Turtle, N-Triples, N-Quads, JSON-LD or TriG).

    Example: graphkit export rdf graphkit-out -f ttl -o graph.ttl
    """
    from ..stores import rdf
    g = graphdoc.read_graph(graph)
    if out == "-":
        key = rdf.format_for("-", fmt or "nt")
        if key in ("nt", "nq"):
            from ..stores.rdf import write_ntriples
            write_ntriples(g, sys.stdout, rdf.check_base(base), quads=key == "nq")
        else:
            import tempfile
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / f"graph.{key}"
                rdf.export(g, target, key, base)
                sys.stdout.write(target.read_text(encoding="utf-8"))
        return
    summary = rdf.export(g, out, rdf.format_for(out, fmt) if fmt or Path(out).suffix else "nt", base)
    if as_json:
        print_json(summary)
    elif not quiet:
        err.print(f"wrote {summary['triples']} triples ({summary['format']}) to {summary['path']}", highlight=False)


@app.command("validate")
def validate(file: Path = typer.Argument(..., help="An RDF file (.ttl .nt .nq .trig .jsonld .rdf) or a graph.json/"
                                                   "graph.jsonl/build folder, which is converted first."),
             fmt: str = typer.Option(None, "--format", "-f", help="RDF format when the suffix does not say."),
             base: str = BASE,
             limit: int = typer.Option(50, "--limit", "-n", help="Print at most this many violations."),
             as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Check an RDF export against graphkit's SHACL shapes (pyshacl); exit 1 if it does not conform.

    Example: graphkit validate graphkit-out/graph.nt
    """
    from ..stores.shacl import validate as run
    if not file.exists():
        from ..errors import MissingPathError
        raise MissingPathError("no such file or folder", path=str(file))
    report = run(file, fmt=fmt, base=base)
    if as_json:
        print_json(report.to_dict())
    elif not quiet:
        if report.violations:
            print_table(f"{len(report.violations)} SHACL violations in {file}"
                        + (f" (first {limit})" if len(report.violations) > limit else ""),
                        ["node", "property", "problem", "value"],
                        [[v.focus, v.path, v.message, v.value] for v in report.violations[:limit]])
        else:
            err.print(f"{file}: conforms ({report.triples} triples checked in {report.seconds:.1f} s)",
                      highlight=False)
    if not report.conforms:
        raise ValidationFailedError(f"{file} does not conform to the SHACL shapes "
                                    f"({len(report.violations)} violations)", path=None)


__all__ = ["export_rdf", "validate", "FORMATS"]
