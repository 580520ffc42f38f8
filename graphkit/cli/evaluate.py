"""``graphkit eval``: precision, recall and F1 of a graph (or of articles, built first) against gold."""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NoGoldArticleError
from ..evaluate import FACTS, evaluate
from . import app
from .common import JSON, QUIET, err, out, print_json, print_table


@app.command("eval")
def eval_(target: Path = typer.Argument(..., help="A graph.json/graph.jsonl, a build folder, or article files/folder."),
          gold: Path = typer.Argument(..., help="Folder of gold JSON files (one per article)."),
          errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative "
                                                              "with its sentence."),
          as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Score extraction against gold annotations (same numbers as ../shared/eval/score.py).

    Example: graphkit eval graphkit-out ../shared/gold/dev --errors
    """
    report = evaluate(target, gold, errors=errors)
    if 0 < report.matched < report.articles:   # said even with --quiet/--json: the score is misleading otherwise
        err.print(f"warning: {report.matched} of {report.articles} gold articles are in the graph; "
                  "the others score as all misses", highlight=False, markup=False)
    if not report.articles:
        raise NoGoldArticleError(f"no gold file (*.json) in {gold}", "pass a folder of gold JSON files")
    if not report.matched:
        raise NoGoldArticleError(f"0 of the {report.articles} gold articles in {gold} are in {target} "
                                 "(every score would be 0.000)")
    if as_json:
        print_json({**report.to_dict(), "matched": report.matched})
        return
    if quiet:
        return
    rows = [[k, f"{r['p']:.3f}", f"{r['r']:.3f}", f"{r['f1']:.3f}", r["tp"], r["fp"], r["fn"]]
            for k, r in [*((k, report.facts[k]) for k in FACTS), ("all", report.all)]]
    print_table(f"graphkit eval — {report.articles} articles", ["fact", "P", "R", "F1", "tp", "fp", "fn"], rows)
    for article, bad, node_id in report.leaks:
        out.print(f"leak: {article}: {bad!r} in {node_id}", highlight=False, markup=False)
    if errors:
        for m in report.errors:
            out.print(f"{m.article} {m.fact:10s} {m.kind.upper()} {m.item}", highlight=False, markup=False)
            if m.sentence:
                out.print(f"    « {m.sentence} »", highlight=False, markup=False)
    out.print(f"articles={report.articles} leaks={len(report.leaks)} micro_f1={report.all['f1']:.3f}",
              highlight=False, markup=False)
