"""graphkit benchmarks: one command, figures and ratios, JSON results.

    python bench/run.py --sizes 10000,100000 --workers 2

Steps, each measured in its own child process (see measure.py):
1. replicate ../shared/corpus/real.jsonl to N articles (streamed, corpus.py);
2. ``graphkit extract`` with 1 and with W workers at every size: articles/s,
   speed-up, peak RSS (must stay < 1 GB and flat from the smallest size to
   the largest);
3. ``graphkit build`` at the sizes <= --build-max: seconds and peak RSS;
4. on the graph built at the smallest size: graph-document write rate,
   N-Triples export vs rdflib Turtle, neo4j-admin CSV export, and a Bolt load
   into a Neo4j 5 Community server started from tests/neo4j (Maven).
Results go to bench/results/<timestamp>.json; ``--markdown FILE`` also
writes the table and the machine description (bench/RESULTS.md).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import measure  # noqa: E402
import scale_steps  # noqa: E402
from report import machine, render_markdown, render_table, rows_of  # noqa: E402

PY = sys.executable
GRAPHKIT = [PY, "-m", "graphkit"]
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "real.jsonl"


def extract_runs(data: Path, n: int, workers: int, tmp: Path) -> dict:
    out: dict = {}
    for w in sorted({1, workers}):
        r = measure.run([*GRAPHKIT, "extract", str(data), "-o", str(tmp / f"x{n}-w{w}.jsonl"),
                         "--quiet", "--workers", str(w)], cwd=str(tmp))
        _check(r)
        out[f"w{w}"] = {**r.to_dict(), "articles": n, "articles_per_s": round(n / r.seconds, 1),
                        "articles_per_cpu_s": round(n / max(r.cpu_seconds, 1e-9), 1)}
    same = _digest(tmp / f"x{n}-w1.jsonl") == _digest(tmp / f"x{n}-w{workers}.jsonl")
    out["identical_output"] = same
    for w in sorted({1, workers}):
        (tmp / f"x{n}-w{w}.jsonl").unlink(missing_ok=True)
    return out


def _digest(path: Path) -> str:
    # Streamed: this process must stay small, because a forked child's ru_maxrss starts from the
    # parent's high-water mark (Linux carries it over fork and exec).
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check(r: measure.Run) -> None:
    if r.returncode:
        sys.exit(f"bench: {' '.join(r.cmd)} failed ({r.returncode}): {r.stderr[-500:]}")


def build_run(data: Path, n: int, workers: int, tmp: Path) -> dict:
    folder = tmp / f"build{n}"
    r = measure.run([*GRAPHKIT, "build", str(data), "-o", str(folder), "--no-stores", "--quiet",
                     "--workers", str(workers)], cwd=str(tmp))
    _check(r)
    return {**r.to_dict(), "articles": n, "articles_per_s": round(n / r.seconds, 1), "folder": str(folder)}


def micro(name: str, graph: Path, *extra: str) -> dict:
    proc = subprocess.run([PY, str(HERE / "micro.py"), name, str(graph), *extra],
                          capture_output=True, text=True, cwd=str(graph.parent))
    if proc.returncode:
        return {"skipped": f"micro.py {name} failed: {proc.stderr.strip()[-300:]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def neo4j_bench(graph: Path, tmp: Path) -> dict:
    """The Bolt load into a fresh Neo4j 5 Community server (tests/neo4j: loopback only, authentication on),
    default batches, one writer; bench/neo4j_bench.py sweeps batch sizes and writers."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    try:
        from neo4j_server import Neo4jServer
        server = Neo4jServer(Path(tempfile.mkdtemp(dir=tmp, prefix="neo4j-")), tuned=True).start()
    except Exception as exc:  # no Java/Maven, or the server did not start
        return {"skipped": f"no Neo4j server: {exc}"}
    try:
        return micro("neo4j", graph, server.uri, server.password)
    finally:
        server.stop()
        server.delete()


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="article counts, comma-separated")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--build-max", type=int, default=10000, help="run graphkit build up to this size")
    ap.add_argument("--rdf-articles", type=int, default=237,
                    help="articles in the graph for the N-Triples vs rdflib row (rdflib is slow)")
    ap.add_argument("--no-neo4j", action="store_true", help="skip the Bolt load benchmark")
    ap.add_argument("--markdown", type=Path, help="also write the table as markdown (e.g. bench/RESULTS.md)")
    ap.add_argument("--graph", type=Path, help="only the micro-benchmarks, on this graph.jsonl")
    ap.add_argument("--tmp", type=Path, help="scratch folder (default: a temporary one)")
    ap.add_argument("--stores-sizes", default="", help="sizes for the default build with stores (and --no-stores), "
                    "10 added articles and query latency, e.g. 10000,100000")
    ap.add_argument("--only-scale", action="store_true", help="only the --stores-sizes steps and the references")
    ap.add_argument("--plain-corpus", action="store_true", help="plain copies instead of renamed replicas")
    args = ap.parse_args(argv)
    sizes = [] if args.only_scale else sorted(int(s) for s in args.sizes.split(","))
    stores_sizes = sorted(int(s) for s in args.stores_sizes.split(",") if s)
    if not args.corpus.is_file():
        sys.exit(f"bench: no corpus at {args.corpus} — fix: pass --corpus PATH/real.jsonl")
    results: dict = {"machine": machine(), "loadavg_at_start": os.getloadavg(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                     "workers": args.workers, "sizes": sizes, "extract": {}, "build": {}, "stores_build": {},
               "corpus": "plain copies" if args.plain_corpus else "renamed replicas (bench/corpus.py)"}
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-", dir=args.tmp) as tmpdir:
        tmp = Path(tmpdir)
        for n in ([] if args.graph else sizes):
            data = corpus.replicate(args.corpus, n, tmp / f"articles-{n}.jsonl", realistic=not args.plain_corpus)
            print(f"[{n}] extract ...", file=sys.stderr)
            results["extract"][n] = extract_runs(data, n, args.workers, tmp)
            if n <= args.build_max:
                print(f"[{n}] build ...", file=sys.stderr)
                results["build"][n] = build_run(data, n, args.workers, tmp)
            data.unlink()
        for n in stores_sizes:
            data = corpus.replicate(args.corpus, n, tmp / f"articles-{n}.jsonl", realistic=not args.plain_corpus)
            print(f"[{n}] default build with stores, --no-stores, +10 articles, query ...", file=sys.stderr)
            b = results["stores_build"][n] = scale_steps.builds(data, n, args.workers, tmp)
            folder = Path(b["stores"]["folder"])
            b["incremental"] = scale_steps.incremental(args.corpus, n, folder, args.workers, tmp)
            b["query"] = scale_steps.query_latency(folder)
            if n == stores_sizes[0]:
                results["references"] = scale_steps.references(data, folder / "graph.jsonl")
            data.unlink()
        if (results["build"] or args.graph) and not args.only_scale:
            n0 = min(results["build"]) if results["build"] else None
            graph = args.graph or Path(results["build"][n0]["folder"]) / "graph.jsonl"
            results["graph_size"] = n0
            print("[micro] graph document, RDF, neo4j-admin CSV, Bolt ...", file=sys.stderr)
            results["graphdoc"] = micro("graphdoc", graph)
            small = corpus.replicate(args.corpus, args.rdf_articles, tmp / "rdf-articles.jsonl")
            rdf_build = build_run(small, args.rdf_articles, args.workers, tmp)
            results["rdf"] = {**micro("rdf", Path(rdf_build["folder"]) / "graph.jsonl"),
                              "articles": args.rdf_articles}
            results["neo4j_import"] = micro("neo4j_import", graph)
            results["neo4j"] = {"skipped": "--no-neo4j"} if args.no_neo4j else neo4j_bench(graph, tmp)
    results["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    rows = rows_of(results) + scale_steps.rows(results)
    render_table(rows)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    res_dir = HERE / "results"
    res_dir.mkdir(exist_ok=True)
    (res_dir / f"{stamp}.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
    print(f"results: {res_dir / (stamp + '.json')}", file=sys.stderr)
    if args.markdown:
        args.markdown.write_text(render_markdown(rows, results, " ".join(["python bench/run.py", *(argv or sys.argv[1:])])))
    return results


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
