"""Turn benchmark results into rows (metric, figure, ratio or target) and render them.

Why rows first: the same rows feed the rich table on the terminal and the
markdown in bench/RESULTS.md, so the committed summary cannot drift from
what the run printed.
"""
from __future__ import annotations

import os
import platform
from pathlib import Path

GB = 1024.0


def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def _skip(name: str, res: dict | None) -> list | None:
    if not res:
        return None
    if "skipped" in res:
        return [name, "skipped", res["skipped"]]
    return None


def rows_of(r: dict) -> list[list[str]]:
    rows: list[list[str]] = []
    w = r["workers"]
    ext = r["extract"]
    for n, e in ext.items():
        one, many = e["w1"], e[f"w{w}"]
        rows.append([f"extract {n:,} articles, 1 process",
                     f"{_fmt(one['articles_per_s'])} articles/s ({_fmt(one['articles_per_cpu_s'])}/CPU-s)",
                     "one core (the target is for 2 cores: next row)"])
        rows.append([f"extract {n:,} articles, --workers {w}",
                     f"{_fmt(many['articles_per_s'])} articles/s ({_fmt(many['articles_per_cpu_s'])}/CPU-s)",
                     f"speed-up ×{many['articles_per_s'] / one['articles_per_s']:.2f}; "
                     f"output {'byte-identical' if e['identical_output'] else 'DIFFERS'}; target ≥ 1,000/s on "
                     f"{r['machine']['nproc']} cores: {'met' if many['articles_per_s'] >= 1000 else 'not met'}"])
        rows.append([f"extract {n:,} peak RSS (1 process / {w} workers, whole tree)",
                     f"{one['peak_rss_mb']:.0f} MB / {many['peak_tree_rss_mb']:.0f} MB",
                     "< 1 GB" if max(one["peak_rss_mb"], many["peak_tree_rss_mb"]) < GB else "≥ 1 GB!"])
    sizes = sorted(ext)
    if len(sizes) > 1:
        lo, hi = ext[sizes[0]], ext[sizes[-1]]
        for key, label in (("w1", "1 process"), (f"w{w}", f"{w} workers")):
            a, b = lo[key]["peak_tree_rss_mb"], hi[key]["peak_tree_rss_mb"]
            rows.append([f"extract RSS growth {sizes[0]:,} → {sizes[-1]:,} ({label})", f"{a:.0f} → {b:.0f} MB",
                         f"×{b / a:.2f} for ×{sizes[-1] / sizes[0]:.0f} articles"])
    for n, b in r.get("build", {}).items():
        rows.append([f"build {n:,} articles (--no-stores, --workers {w})",
                     f"{_fmt(b['articles_per_s'])} articles/s, {b['seconds']:.1f} s",
                     f"peak RSS {b['peak_tree_rss_mb']:.0f} MB (tree), {b['peak_rss_mb']:.0f} MB (largest process)"])
    g = r.get("graphdoc")
    if g:
        rows.append(_skip("graph document write", g) or
                    [f"graph document write ({g['records']:,} records)",
                     f"{_fmt(g['json_records_per_s'])} records/s (graph.json)",
                     f"{_fmt(g['jsonl_records_per_s'])} records/s (graph.jsonl)"])
    rdf = r.get("rdf")
    if rdf:
        rows.append(_skip("N-Triples export vs rdflib Turtle", rdf) or
                    [f"N-Triples export ({rdf['triples']:,} triples, {rdf['articles']} articles)", f"{_fmt(rdf['ntriples_triples_per_s'])} triples/s",
                     f"×{rdf['speedup']:.1f} vs rdflib Turtle serialize ({_fmt(rdf['rdflib_triples_per_s'])}/s), "
                     f"×{rdf['speedup_with_graph_build']:.1f} incl. building the rdflib graph; target ×10"])
    ni = r.get("neo4j_import")
    if ni:
        rows.append(_skip("neo4j-admin CSV export", ni) or
                    ["neo4j-admin CSV export", f"{_fmt(ni['records_per_s'])} records/s",
                     f"{_fmt(ni['relationships_per_s'])} relationships/s"])
    neo = r.get("neo4j")
    if neo:
        rows.append(_skip("Neo4j Bolt load (FalkorDB)", neo) or
                    [f"Neo4j Bolt load ({neo['relationships']:,} relationships, FalkorDB)",
                     f"{_fmt(neo['relationships_per_s'])} relationships/s", f"{neo['seconds']:.1f} s"])
    return [row for row in rows if row]


def render_table(rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table(title="graphkit benchmarks")
    for col in ("measure", "figure", "ratio / note"):
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    Console(width=max(120, Console().width)).print(table)


def render_markdown(rows: list[list[str]], r: dict, command: str) -> str:
    m = r["machine"]
    lines = ["# Benchmark results", "",
             f"Command: `{command}` (started {r['started']}, finished {r['finished']}).", "",
             f"Machine: {m['nproc']} cores ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}, "
             f"{m['platform']}. Load average at start: "
             f"{', '.join(f'{x:.1f}' for x in r.get('loadavg_at_start', []))} (the machine is shared: "
             "wall-clock rates are noisy, per-CPU-second rates less so).", "",
             f"Corpus: {r.get('corpus', 'plain copies')} of the 237 shared articles.", "",
             "| measure | figure | ratio / note |", "| --- | --- | --- |"]
    lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
