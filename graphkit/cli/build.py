"""``graphkit build``, ``remove``, ``extract`` and ``stats``: the main job and its streaming twin.

A build or a removal that is interrupted (Ctrl-C, or SIGTERM, handled the
same way) leaves OUT as the previous build left it and says so in one line.
"""
from __future__ import annotations

import contextlib
import json
import signal
from collections.abc import Iterator
from pathlib import Path

import typer

from .. import pipeline
from ..atomic import atomic_write
from ..model import Graph
from ..sources import ReadReport, read_articles
from ..stores import graphdoc
from . import app
from .common import JSON, QUIET, err, print_json, print_table, progress_bar
from .common import out as console

PATHS = typer.Argument(..., help="Article files or folders (.txt .html .json .jsonl .csv .tsv .pdf .docx), or - for stdin.")
STRICT = typer.Option(False, "--strict", help="Exit 1 if any input was skipped.")
WORKERS = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes.")
OUT = typer.Option(Path("graphkit-out"), "--out", "-o", help="Build folder (added to if it exists).")
WAIT = typer.Option(False, "--wait", help="If another build holds OUT, wait for it instead of failing (E081).")


@contextlib.contextmanager
def interruptible(out: Path | None) -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C; either ends in one line and exit 130 (OUT keeps the previous build)."""
    def term(signum, frame):
        raise KeyboardInterrupt
    before = signal.signal(signal.SIGTERM, term)
    try:
        yield
    except KeyboardInterrupt:
        where = f"; {out} still holds the previous build" if out is not None else ""
        err.print(f"graphkit: interrupted{where}", highlight=False, markup=False)
        raise typer.Exit(130) from None
    finally:
        signal.signal(signal.SIGTERM, before)


def _waiting(quiet: bool):
    def say(holder: str) -> None:
        if not quiet:
            err.print(f"waiting for the build in process {holder} to release the folder …", highlight=False)
    return say


def _report_skips(report: ReadReport, quiet: bool, strict: bool = False) -> None:
    """Skip reasons and read warnings on stderr.

    ``--quiet`` hides them only when the run succeeds: when nothing could be
    read, or ``--strict`` fails on a skip, the reasons ARE the error message.
    """
    failing = report.read == 0 or (strict and bool(report.skipped))
    if quiet and not failing:
        return
    for line in report.skipped:
        err.print(f"[yellow]skipped[/]: {line}", highlight=False, markup=True)
    for line in report.warnings:
        err.print(f"[dim]warning: {line}[/]", highlight=False)


def _exit_for(report: ReadReport, strict: bool) -> None:
    """Exit 1 with one ``[E010]`` line that says why (the reasons were printed just above)."""
    if report.read == 0:
        if report.skipped or report.warnings:
            why = "check the paths and the skip reasons above"
        else:
            why = ("the paths hold no article file (.txt .md .html .htm .json .jsonl .ndjson .csv); "
                   "give a file or a folder of articles")
        err.print(f"graphkit: [E010] no article could be read — fix: {why}", highlight=False, markup=False)
        raise typer.Exit(1)
    if strict and report.skipped:
        err.print(f"graphkit: [E010] {len(report.skipped)} input(s) skipped and --strict is on — fix: "
                  "correct or remove the inputs named above, or drop --strict", highlight=False, markup=False)
        raise typer.Exit(1)


def warnings_by_kind(summary: dict) -> list[list]:
    """The rows of the build's warnings table; the summary's "warnings" figure is their sum."""
    rows = []
    read_warnings = len(summary["articles"]["warnings"])
    if read_warnings:
        rows.append(["input (listed above)", read_warnings])
    rows += [[k, v] for k, v in (summary.get("diagnostics") or {}).items()]
    return rows


STORES = typer.Option(True, "--stores/--no-stores", help="Also write the embedded Cypher and RDF stores.")


@app.command()
def build(paths: list[str] = PATHS, out: Path = OUT, workers: int = WORKERS, stores: bool = STORES,
          fresh: bool = typer.Option(False, "--fresh", help="Rebuild from scratch: forget OUT's articles and "
                                     "extract everything again (the previous build stays until the switch)."),
          sync: bool = typer.Option(False, "--sync", help="Also drop articles whose source file is gone or no "
                                    "longer holds them (files under the given PATHS)."),
          wait: bool = WAIT, strict: bool = STRICT, as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Read articles, extract, resolve, and write graph.json, graph.jsonl and the embedded stores into OUT.

    Each build writes a new generation of OUT and switches to it at once, so an
    interrupted build leaves the previous one whole.  Articles already in OUT
    with the same text cost nothing."""
    report = ReadReport()
    with interruptible(out):
        with progress_bar("building", quiet=quiet) as advance:
            result = pipeline.build(paths, out, workers=workers, stores=stores, progress=advance, report=report,
                                    fresh=fresh, sync=sync, wait=wait, on_wait=_waiting(quiet))
    _report_skips(report, quiet, strict)
    _print_summary(result.summary(), f"graphkit build → {out}", as_json, quiet)
    _exit_for(report, strict)


@app.command()
def remove(ids: list[str] = typer.Argument(..., help="Article ids to drop (as in graph.json, without 'article:')."),
           out: Path = OUT, stores: bool = STORES, wait: bool = WAIT, as_json: bool = JSON,
           quiet: bool = QUIET) -> None:
    """Drop articles from the build folder OUT: a new generation without them (and their cache rows)."""
    ids = [i.removeprefix("article:") for i in ids]
    with interruptible(out):
        result = pipeline.remove(ids, out, stores=stores, wait=wait, on_wait=_waiting(quiet))
    _print_summary(result.summary(), f"graphkit remove → {out}", as_json, quiet)


def _print_summary(summary: dict, title: str, as_json: bool, quiet: bool) -> None:
    if as_json:
        print_json(summary)
        return
    if quiet:
        return
    a = summary["articles"]
    for line in a["warnings"]:
        if "cache.sqlite" in line or "no longer in the cache" in line:
            err.print(f"warning: {line}", highlight=False, markup=False)
    warnings = warnings_by_kind(summary)
    if a["read"] or a["skipped"] or not a.get("removed"):
        print_table(title, ["articles read", "extracted", "unchanged", "skipped", "warnings"],
                    [[a["read"], a["extracted"], a["unchanged"], a["skipped"], sum(n for _, n in warnings)]])
    if "members" in a:
        what = "nothing changed, nothing written" if not (a["added"] or a["changed"] or a["removed"]) else \
            f"{a['added']} added, {a['changed']} changed, {a['removed']} removed"
        console.print(f"{summary['out']} now holds {a['members']} articles ({what}; generation "
                      f"{summary.get('generation')})", highlight=False, soft_wrap=True)
    if not summary.get("generation") or summary.get("nodes") is None:
        return
    print_table("nodes", ["label", "count"], list(summary["nodes"].items()))
    print_table("edges", ["type", "count"], list(summary["edges"].items()))
    if warnings:
        print_table("warnings by kind (input problems, and where the graph is thin)", ["kind", "count"], warnings)


@app.command()
def extract(paths: list[str] = PATHS,
            out: Path = typer.Option(..., "--out", "-o", help="graph.jsonl to write (streamed, one record a line)."),
            workers: int = WORKERS, strict: bool = STRICT, as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Extract without resolution, streaming per-article records to a JSON Lines graph document."""
    report = ReadReport()
    written = 0
    with interruptible(None), progress_bar("extracting", quiet=quiet) as advance, atomic_write(out) as fh:
        for _, _, text in pipeline.extract_stream(read_articles(paths, report), workers, advance,
                                                  encode=graphdoc.jsonl_text):
            fh.write(text)
            written += 1
    _report_skips(report, quiet, strict)
    if as_json:
        print_json({"out": str(out), **report.to_dict()})
    elif not quiet:
        err.print(f"{written} articles extracted to {out}; {len(report.skipped)} skipped")
    _exit_for(report, strict)


def graph_stats(graph: Graph) -> dict:
    return graph.counts()


@app.command()
def stats(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
          as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Count nodes by label and edges by type (and resolution merges, for a build folder)."""
    g = graphdoc.read_graph(graph)
    data = graph_stats(g)
    build_json = (graph if graph.is_dir() else graph.parent) / "build.json"
    if build_json.is_file():
        data["merges"] = json.loads(build_json.read_text(encoding="utf-8")).get("merges", {})
    if as_json:
        print_json(data)
        return
    if quiet:
        return
    print_table("nodes", ["label", "count"], list(data["nodes"].items()))
    print_table("edges", ["type", "count"], list(data["edges"].items()))
    if data.get("merges"):
        print_table("resolution merges", ["rule", "nodes merged"], list(data["merges"].items()))
