"""Resolution of an incremental build with and without the previous build's block decisions (issue #20).

    python bench/resolve_memo.py OLD/merged.json NEW/merged.json [--repeat 3]

Resolves OLD (keeping its ``resolve.memo`` tables, as a build does), then NEW three ways: without any
memo (``--repeat`` times, fresh tables each time), with OLD's tables (what an incremental build does),
and prints the CPU seconds (the least of the repeats: the machine is shared) and whether the three
results are the same bytes (``graphdoc.write_json``), with the CPU seconds of each pass (``fixpoint._plan``) of the
run with OLD's tables that took least.  OLD and NEW are two generations' merged.json,
e.g. ``generations/1`` and ``generations/2`` of ``bench/incremental.py``'s folder after adding 10.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def _cpu(fn) -> tuple[float, object]:
    t0 = time.process_time()
    out = fn()
    return time.process_time() - t0, out


def _bytes(graph) -> bytes:
    from graphkit.stores import graphdoc
    with tempfile.TemporaryDirectory() as tmp:
        graphdoc.write_json(graph, Path(tmp) / "g.json")
        return (Path(tmp) / "g.json").read_bytes()


def main(old: str, new: str, repeat: int = 3) -> dict:
    from graphkit.buildstate import fast_graph
    import graphkit.resolve.fixpoint as resolving
    from graphkit.resolve import resolve
    from graphkit.resolve.memo import ResolveMemo
    plan_pass, passes = resolving._plan, []

    def timed_plan(view):  # resolve() looks _plan up in its module at each pass
        t0 = time.process_time()
        plan = plan_pass(view)
        passes[-1].append(round(time.process_time() - t0, 3))
        return plan
    gc.set_threshold(70_000, 100, 100)  # as a build runs (graphkit.buildtiming.fewer_collections)
    with tempfile.TemporaryDirectory() as tmp:
        memo = ResolveMemo()
        resolve(fast_graph(Path(old)), memo)
        memo.save(Path(tmp))
        fresh = []
        for _ in range(repeat):
            graph = fast_graph(Path(new))
            fresh.append(_cpu(lambda: resolve(graph)[0]))
        kept = []
        resolving._plan = timed_plan
        try:
            for _ in range(repeat):
                tables = ResolveMemo.load(Path(tmp))
                graph = fast_graph(Path(new))
                passes.append([])
                kept.append((*_cpu(lambda: resolve(graph, tables)[0]), tables.stats()))
        finally:
            resolving._plan = plan_pass
    same = _bytes(fresh[0][1]) == _bytes(kept[0][1])
    return {"load_avg_1min": round(os.getloadavg()[0], 1),
            "resolve_fresh_cpu_s": round(min(c for c, _ in fresh), 2),
            "resolve_with_previous_memo_cpu_s": round(min(c for c, _, _ in kept), 2),
            "passes_cpu_s": passes[min(range(len(kept)), key=lambda i: kept[i][0])],
            "memo": kept[0][2], "same_bytes": same}


if __name__ == "__main__":
    rep = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    print(json.dumps(main(sys.argv[1], sys.argv[2], rep), indent=1))
