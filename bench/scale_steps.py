"""Benchmark steps for issue #20 (scale): the default build with stores, incremental additions, query latency,
and the same-run references (bench/refs.py).  Each figure carries the machine's load average when measured.

Why a module of its own: run.py's extraction steps measure throughput; these measure what a user of a big
build folder waits for and how much memory it takes, each next to the yardstick that makes it comparable.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import corpus
import measure

PY = sys.executable
GRAPHKIT = [PY, "-m", "graphkit"]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _run(cmd: list[str], cwd: Path) -> dict:
    before = load()
    r = measure.run(cmd, cwd=str(cwd))
    if r.returncode:
        sys.exit(f"bench: {' '.join(r.cmd)} failed ({r.returncode}): {r.stderr[-500:]}")
    return {**r.to_dict(), "load_before": before, "load_after": load()}


def builds(data: Path, n: int, workers: int, tmp: Path) -> dict:
    """The default build (with stores) and the --no-stores build of the same articles, each from scratch."""
    out = {}
    for name, extra in (("stores", []), ("no_stores", ["--no-stores"])):
        folder = tmp / f"build{n}-{name}"
        out[name] = {**_run([*GRAPHKIT, "build", str(data), "-o", str(folder), "--quiet", "--workers", str(workers),
                             *extra], tmp), "articles": n, "folder": str(folder)}
    s, ns = out["stores"], out["no_stores"]
    out["rss_ratio"] = round(s["peak_tree_rss_mb"] / ns["peak_tree_rss_mb"], 2)
    counts = json.loads((Path(s["folder"]) / "build.json").read_text())
    out["graph"] = {"nodes": sum(counts.get("nodes", {}).values()), "edges": sum(counts.get("edges", {}).values()),
                    "officials": counts.get("nodes", {}).get("Official", 0)}
    return out


def incremental(src: Path, n: int, folder: Path, workers: int, tmp: Path) -> dict:
    """Add 10 new articles to the default build of ``n``, then add the same 10 again (nothing changed)."""
    more = corpus.replicate(src, n + 10, tmp / f"articles-{n + 10}.jsonl")
    new10 = tmp / "new10.jsonl"
    with more.open(encoding="utf-8") as fh, new10.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= n:
                out.write(line)
    more.unlink()
    cmd = [*GRAPHKIT, "build", str(new10), "-o", str(folder), "--quiet", "--workers", str(workers)]
    return {"add_10_new": _run(cmd, tmp), "add_10_unchanged": _run(cmd, tmp)}


def query_latency(folder: Path, repeat: int = 5) -> dict:
    """Wall time of ``graphkit query queries/interim_heads.cypher --out FOLDER`` (median), with the start-up of
    a bare Python and of ``import graphkit.cli`` as references."""
    def wall(cmd: list[str]) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - t0)
        return round(statistics.median(times), 3)

    before = load()
    return {"query_s": wall([*GRAPHKIT, "query", "queries/interim_heads.cypher", "--out", str(folder), "--json"]),
            "python_s": wall([PY, "-c", "pass"]), "import_cli_s": wall([PY, "-c", "import graphkit.cli"]),
            "load_before": before, "load_after": load()}


def references(data: Path, graph_jsonl: Path, limit: int = 2000) -> dict:
    """bench/refs.py on the first ``limit`` articles of the same corpus and on the built graph."""
    out = {}
    for what, path, extra in (("extract", data, ["--limit", str(limit)]), ("rdf", graph_jsonl, [])):
        before = load()
        proc = subprocess.run([PY, str(HERE / "refs.py"), what, str(path), *extra], capture_output=True, text=True)
        out[what] = (json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0
                     else {"skipped": proc.stderr.strip()[-300:]})
        out[what]["load_before"] = before
    return out


def rows(r: dict) -> list[list[str]]:
    """Markdown/table rows of these steps (see report.rows_of)."""
    out: list[list[str]] = []
    for n, b in sorted(r.get("stores_build", {}).items(), key=lambda kv: int(kv[0])):
        s, ns = b["stores"], b["no_stores"]
        out.append([f"default build {int(n):,} articles (with stores, --workers {r['workers']})",
                    f"{s['seconds']:.0f} s, peak RSS {s['peak_tree_rss_mb']:,.0f} MB (tree)",
                    f"--no-stores: {ns['seconds']:.0f} s, {ns['peak_tree_rss_mb']:,.0f} MB → RSS ×{b['rss_ratio']:.2f} "
                    f"(goal ≤ ×1.5); graph {b['graph']['nodes']:,} nodes / {b['graph']['edges']:,} edges / "
                    f"{b['graph']['officials']:,} officials; load {s['load_before'][0]:.1f}"])
        inc = b.get("incremental")
        if inc:
            full = s["seconds"]
            for key, label in (("add_10_new", "add 10 new articles"), ("add_10_unchanged", "re-add 10 unchanged")):
                x = inc[key]
                out.append([f"{label} to the {int(n):,} build", f"{x['seconds']:.1f} s",
                            f"{100 * x['seconds'] / full:.0f} % of the full build; load {x['load_before'][0]:.1f}"])
        q = b.get("query")
        if q:
            out.append([f"graphkit query interim_heads on the {int(n):,} build", f"{q['query_s']:.2f} s wall (median)",
                        f"bare python {q['python_s']:.2f} s, import graphkit.cli {q['import_cli_s']:.2f} s; "
                        f"load {q['load_before'][0]:.1f}"])
    ref = r.get("references", {})
    ex = ref.get("extract", {})
    if ex and "skipped" not in ex:
        gk = ex["graphkit_1_process"]
        sp = ex["spacy_ruler"]
        out.append([f"extraction, 1 process ({gk['articles']:,} articles)", f"{gk['articles_per_cpu_s']:,.0f} articles/CPU-s",
                    f"regex pass {ex['regex']['articles_per_cpu_s']:,.0f}/CPU-s; spaCy blank('id')+EntityRuler "
                    + (f"{sp['articles_per_cpu_s']:,.0f}/CPU-s" if "skipped" not in sp else sp["skipped"])
                    + f"; load {ex['load_before'][0]:.1f}"])
    rdf = ref.get("rdf", {})
    if rdf and "skipped" not in rdf:
        out.append([f"N-Triples writing ({rdf['triples']:,} triples)", f"graphkit {rdf['graphkit_triples_per_s']:,}/s "
                    "(from the model)", f"pyoxigraph serializer {rdf['pyoxigraph_triples_per_s']:,}/s (from parsed "
                    f"quads), rdflib {rdf['rdflib_triples_per_s']:,}/s (both on the first "
                    f"{rdf.get('reference_triples', rdf['triples']):,}); load {rdf['load_before'][0]:.1f}"])
    out.append(["Neo4j (Bolt, neo4j-admin import)", "see bench/neo4j_bench.py", "measured by its own script"])
    return out
