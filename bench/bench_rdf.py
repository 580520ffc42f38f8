"""RDF export speed: graphkit's streaming N-Triples writer vs rdflib's Turtle serializer.

Why this comparison: the N-Triples writer exists because building an rdflib
Graph and serializing it is too slow for big corpora.  The target is a
ratio of at least 10 on the same graph.  We time, on the 237-article corpus
graph and on a 10x replica (2,370 articles built by the real pipeline):

* ``nt``: ``write_ntriples`` from the model to a file;
* ``rdflib_ttl``: ``rdflib.Graph.serialize(format="turtle")`` of a graph
  that is already built (serializer only, the fair comparison);
* ``rdflib_ttl_total``: building that rdflib Graph (parsing the N-Triples) plus serializing it
  (what an rdflib-based exporter would cost end to end); rdflib runs in a child
  process with a time budget (--budget, default 600 s) and a ratio prefixed
  with ">" is a lower bound (rdflib had not finished).
* ``oxigraph_ttl``: graphkit's own Turtle export (``rdf.export``, pyoxigraph).

Usage: .venv/bin/python bench/bench_rdf.py [--corpus ../shared/corpus/real.jsonl] [--replicas 10] [--out FILE]
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _timed(fn):
    gc.collect()
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _rdflib_child(nt_path: str, ttl_path: str, queue) -> None:
    import rdflib

    from graphkit.stores import rdf
    g = rdflib.Graph()
    for prefix, ns in rdf.PREFIXES.items():
        g.bind(prefix, ns, override=True)
    load_s, _ = _timed(lambda: g.parse(nt_path, format="nt"))
    queue.put(("load", load_s))
    ttl_s, _ = _timed(lambda: g.serialize(destination=ttl_path, format="turtle"))
    queue.put(("ttl", ttl_s))


def _rdflib_times(nt_path: Path, ttl_path: Path, budget: float) -> tuple[float, float, bool]:
    """(load s, serialize s, finished) — rdflib runs in a child killed after ``budget`` seconds,
    because its Turtle serializer is superlinear and can take hours on a million triples."""
    import multiprocessing as mp
    queue = mp.Queue()
    child = mp.Process(target=_rdflib_child, args=(str(nt_path), str(ttl_path), queue))
    start = time.perf_counter()
    child.start()
    child.join(budget)
    finished = not child.is_alive()
    if not finished:
        child.kill()
        child.join()
    times = {}
    while not queue.empty():
        k, v = queue.get()
        times[k] = v
    load_s = times.get("load", time.perf_counter() - start)
    ttl_s = times.get("ttl", time.perf_counter() - start - load_s)
    return load_s, ttl_s, finished and "ttl" in times


def measure(graph, work: Path, label: str, budget: float) -> dict:
    from graphkit.stores import rdf
    from graphkit.stores.ntriples import write_ntriples
    nt_s, triples = _timed(lambda: write_ntriples(graph, work / f"{label}.nt"))
    ox_s, _ = _timed(lambda: rdf.export(graph, work / f"{label}.ttl", "ttl"))
    load_s, ttl_s, finished = _rdflib_times(work / f"{label}.nt", work / f"{label}.rdflib.ttl", budget)
    bound = "" if finished else ">"
    row = {"graph": label, "nodes": len(graph.nodes), "edges": len(graph.edges), "triples": triples,
           "nt_s": round(nt_s, 3), "oxigraph_ttl_s": round(ox_s, 3), "rdflib_load_s": round(load_s, 3),
           "rdflib_ttl_s": round(ttl_s, 3), "rdflib_finished": finished,
           "ratio_serializer": f"{bound}{ttl_s / nt_s:.1f}", "ratio_total": f"{bound}{(load_s + ttl_s) / nt_s:.1f}",
           "nt_triples_per_s": int(triples / nt_s)}
    print(f"{label:>12}: {triples:>9,} triples  N-Triples {nt_s:.2f} s  rdflib Turtle {bound}{ttl_s:.2f} s "
          f"(+{load_s:.2f} s to build the rdflib Graph)  pyoxigraph Turtle {ox_s:.2f} s  "
          f"ratio {row['ratio_serializer']}x ({row['ratio_total']}x end to end)", flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "real.jsonl"))
    ap.add_argument("--replicas", type=int, default=10)
    ap.add_argument("--out", help="also write the results as JSON here")
    ap.add_argument("--budget", type=float, default=600, help="seconds rdflib may take per graph")
    args = ap.parse_args()
    from corpus import replicate

    from graphkit.pipeline import build
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = build([args.corpus], work / "x1", stores=False, workers=2).graph
        rows.append(measure(base, work, "corpus", args.budget))
        del base
        if args.replicas > 1:
            n = sum(1 for line in open(args.corpus, encoding="utf-8") if line.strip()) * args.replicas
            big = replicate(args.corpus, n, work / f"x{args.replicas}.jsonl")
            graph = build([big], work / f"x{args.replicas}", stores=False, workers=2).graph
            rows.append(measure(graph, work, f"corpus x{args.replicas}", args.budget))
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
