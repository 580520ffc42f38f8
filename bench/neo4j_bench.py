"""Neo4j 5 benchmarks: Bolt load of a replicated corpus (relationships/s) and neo4j-admin import (records/s).

Why a script of its own: both need the real Neo4j of the tests (tests/neo4j_server.py:
Neo4j 5.26 Community from Maven Central, 127.0.0.1 only) and minutes of CPU, so they
are not timed tests.  Each Bolt configuration (batch size x parallel writers) loads
into a fresh database of a fresh server, then loads again (a no-op that must report
0 created and 0 properties set).  The import rate is (nodes + relationships) / wall
time of ``neo4j-admin database import full`` on the CSVs of ``export neo4j-import``.

    .venv/bin/python bench/neo4j_bench.py --articles 10000 --import-articles 100000
    .venv/bin/python bench/neo4j_bench.py --articles 2000 --configs 5000x1,5000x2 --import-articles 0

Articles come from bench/corpus.py (the 237 real articles replicated with new ids and
texts), built with ``graphkit build --no-stores --workers 2``.  Results are printed and
written to bench/results/neo4j-<UTC time>.json (gitignored).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import replicate  # noqa: E402
from neo4j_server import Neo4jServer, import_database  # noqa: E402

SHARED = Path(os.environ.get("GRAPHKIT_SHARED", ROOT.parent / "shared"))


def build_graph(n: int, work: Path) -> Path:
    """graph.json of ``n`` replicated articles (built once per size and kept in ``work``)."""
    out = work / f"out{n}"
    if not (out / "graph.json").exists():
        src = replicate(SHARED / "corpus" / "real.jsonl", n, work / f"articles{n}.jsonl")
        t = time.monotonic()
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(src), "-o", str(out), "--no-stores",
                        "--workers", "2", "-q"], check=True)
        print(f"built {n} articles in {time.monotonic() - t:.0f} s", flush=True)
    return out / "graph.json"


def bolt_load(graph_path: Path, configs: list[tuple[int, int]], work: Path, heap: str) -> list[dict]:
    from graphkit.stores import graphdoc
    from graphkit.stores.neo4j import load_graph
    graph = graphdoc.read_graph(graph_path)
    rows = []
    for batch, workers in configs:
        server = Neo4jServer(Path(tempfile.mkdtemp(dir=work, prefix="neo4j-")), heap=heap, tuned=True).start()
        try:
            first = load_graph(graph, server.uri, server.user, server.password, batch_size=batch, workers=workers)
            t = time.monotonic()
            second = load_graph(graph, server.uri, server.user, server.password, batch_size=batch, workers=workers)
            noop_s = time.monotonic() - t
            assert server.counts() == (len(graph.nodes), len(graph.edges))
            row = {"batch_size": batch, "workers": workers, "nodes": len(graph.nodes), "rels": len(graph.edges),
                   "load_s": first["elapsed_s"], "rels_per_s": first["rels_per_s"],
                   "records_per_s": round((len(graph.nodes) + len(graph.edges)) / first["elapsed_s"]),
                   "reload_s": round(noop_s, 2),
                   "reload_changes": [second[k] for k in ("nodes_created", "relationships_created",
                                                          "properties_set")]}
        finally:
            server.stop()
            server.delete()
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def admin_import(graph_path: Path, work: Path, heap: str) -> dict:
    from graphkit.stores import graphdoc
    from graphkit.stores.neo4j_import import export_import_csvs
    graph = graphdoc.read_graph(graph_path)
    nodes, rels = len(graph.nodes), len(graph.edges)
    csv_dir = work / "import-csv"
    t = time.monotonic()
    export_import_csvs(graph, csv_dir)
    export_s = time.monotonic() - t
    del graph
    args = shlex.split((csv_dir / "import.sh").read_text(encoding="utf-8").splitlines()[-1])[4:]
    home = Path(tempfile.mkdtemp(dir=work, prefix="neo4j-import-"))
    t = time.monotonic()
    done = import_database(home, csv_dir, args, heap=heap)
    import_s = time.monotonic() - t
    if done.returncode != 0:
        raise SystemExit(f"neo4j-admin import failed:\n{(done.stdout + done.stderr)[-3000:]}")
    server = Neo4jServer(home, heap="1g").start()
    try:
        assert server.counts() == (nodes, rels)
    finally:
        server.stop()
        server.delete()
    row = {"nodes": nodes, "rels": rels, "export_csv_s": round(export_s, 1), "import_s": round(import_s, 1),
           "records_per_s": round((nodes + rels) / import_s),
           "tool_report": " ".join(done.stdout.split("IMPORT DONE")[-1].split())[:200]}
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10000, help="articles for the Bolt load (0: skip)")
    ap.add_argument("--configs", default="1000x1,5000x1,20000x1,5000x2,5000x4",
                    help="BATCHxWORKERS,... for the Bolt load")
    ap.add_argument("--import-articles", type=int, default=100000, help="articles for neo4j-admin import (0: skip)")
    ap.add_argument("--heap", default="2g", help="JVM heap of the server and the import tool")
    ap.add_argument("--work", type=Path, default=None, help="folder for corpora, builds and databases")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="graphkit-neo4j-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    configs = [tuple(int(x) for x in c.split("x")) for c in a.configs.split(",") if c]
    result = {"neo4j": "5.26.30 community (tests/neo4j/pom.xml)", "cores": os.cpu_count(), "heap": a.heap}
    if a.articles:
        result["bolt"] = bolt_load(build_graph(a.articles, work), configs, work, a.heap)
    if a.import_articles:
        result["import"] = admin_import(build_graph(a.import_articles, work), work, a.heap)
    dest = ROOT / "bench" / "results" / f"neo4j-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written {dest}")


if __name__ == "__main__":
    main()
