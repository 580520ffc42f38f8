"""One default store written from a generation's graph.jsonl (as the 100k build does after ``let_go``), in a
fresh process, with the RSS sampled every 20 ms and marked at each step (each COPY, each RDF chunk).

    python bench/store_probe.py GENERATION_FOLDER SCRATCH cypher|rdf|both

(``both``: the two default stores as the build writes them, ``stores.update_default_stores``, two threads.)

Why: the build's stores phase climbs ~1.6 GB above where it starts; this says which store and which step.
Prints one JSON line per step (``{"t", "step", "rss", "peak"}``) and a summary line.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")
T0 = time.perf_counter()
PEAK = [0, "start"]  # highest sampled RSS (MB) and the step it was seen in
STEP = ["start"]


def rss_mb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * _PAGE >> 20


def sample(done: threading.Event) -> None:
    while not done.is_set():
        r = rss_mb()
        if r > PEAK[0]:
            PEAK[:] = [r, STEP[0]]
        done.wait(0.02)


def mark(step: str) -> None:
    r = rss_mb()
    print(json.dumps({"t": round(time.perf_counter() - T0, 1), "cpu": round(time.process_time(), 1),
                      "step": step, "rss": r, "peak_sampled": PEAK[0], "peak_step": PEAK[1],
                      "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10}), flush=True)
    STEP[0] = step


def main(gen: str, scratch: str, which: str) -> None:
    done = threading.Event()
    threading.Thread(target=sample, args=(done,), daemon=True).start()
    from graphkit.graphfile import GraphFile
    from graphkit.stores import embedded, lbdb_load, oxigraph
    mark("imported")
    out = Path(scratch)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if which == "cypher":
        real_execute = lbdb_load.Session.execute

        def execute(self, query, params=None):
            res = real_execute(self, query, params)
            if query.startswith("COPY") or query.startswith("UNWIND") or query == "CHECKPOINT":
                mark(query[:60])
            return res
        lbdb_load.Session.execute = execute
        real_recycle = lbdb_load.Session.recycle

        def recycle(self):
            real_recycle(self)
            mark("recycled")
        lbdb_load.Session.recycle = recycle
        real_plan = lbdb_load.Plan.__init__

        def plan(self, graph):
            real_plan(self, graph)
            mark("plan")
        lbdb_load.Plan.__init__ = plan
    elif which == "rdf":
        real_chunks = oxigraph._record_chunks
        n = [0]

        def chunks(graph, base, index):
            for item in real_chunks(graph, base, index):
                n[0] += 1
                if n[0] % 25 == 0:
                    mark(f"chunk {n[0]}")
                yield item
        oxigraph._record_chunks = chunks
    with GraphFile(Path(gen)) as view:
        mark("graphfile")
        if which == "both":
            from graphkit.stores import update_default_stores
            summary = update_default_stores(view, out, None, None)
        else:
            summary = (embedded if which == "cypher" else oxigraph).write_store(view, out)
    mark("written")
    done.set()
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"summary": summary, "peak_sampled": PEAK[0], "peak_step": PEAK[1],
                      "maxrss": ru.ru_maxrss >> 10, "cpu_s": round(ru.ru_utime + ru.ru_stime, 1),
                      "wall_s": round(time.perf_counter() - T0, 1)}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
