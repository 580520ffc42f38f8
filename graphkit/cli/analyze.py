"""``graphkit analyze``: a thin command over graphkit.analyze (tables or --json)."""
from __future__ import annotations

from pathlib import Path

import typer

from . import app
from .common import JSON, QUIET, print_json, print_table


@app.command("analyze")
def analyze(graph: Path = typer.Argument(..., help="graph.json, graph.jsonl or a build folder."),
            top: int = typer.Option(10, "--top", "-n", help="Rows per ranking."),
            as_json: bool = JSON, quiet: bool = QUIET) -> None:
    """Central officials, co-attendance pairs, interim heads, who speaks on netralitas ASN /
    Pilkada, and the regions with the most events (rolled up to the province).

    Example: graphkit analyze graphkit-out --top 5
    """
    from ..analyze import analyze as run
    from ..stores import graphdoc
    report = run(graphdoc.read_graph(graph), top=top)
    if as_json:
        print_json(report)
        return
    if quiet:
        return
    print_table("Most central officials (betweenness on the co-attendance projection)",
                ["official", "degree", "events", "co-attendees", "betweenness"],
                [(r["name"], r["degree"], r["events"], r["co_attendees"], f"{r['betweenness']:.3f}")
                 for r in report["central_officials"]])
    print_table("Co-attendance (officials at the same events)", ["official a", "official b", "events"],
                [(r["name_a"], r["name_b"], r["events"]) for r in report["co_attendance"]])
    print_table("Interim heads (Pj/Pjs/Plt/Plh)", ["official", "capacity", "office", "region", "as_of"],
                [(r["name"], r["capacity"], r["office_name"], r["region_name"], r["as_of"])
                 for r in report["interim_heads"]])
    print_table("Officials speaking on netralitas ASN / Pilkada", ["official", "statements", "topics", "dates"],
                [(r["name"], r["statements"], ", ".join(r["topics"]), ", ".join(r["dates"]))
                 for r in report["election_speakers"]])
    print_table("Regions with the most events (incl. their parts)", ["region", "kind", "events", "direct"],
                [(r["name"], r["kind"], r["events"], r["direct"]) for r in report["regions_by_events"]])
