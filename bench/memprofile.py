"""Where the merged and resolved graphs' memory goes, per record kind and per part of a record.

Why: the default build's peak is the merged graph held whole (plus the stores' load on top); to shrink
it one has to know which objects it is made of.  This merges the cached graphs of the first N articles
of an input (the same ``merge_all`` the build runs), resolves them, and reports RSS after each step and
the deep size of the records (``sys.getsizeof`` over every object reachable from a record, each object
counted once across the whole graph, so shared strings and interned ids are not counted again).

    python bench/memprofile.py INPUT.jsonl CACHE.sqlite [N]
"""
from __future__ import annotations

import gc
import json
import sys
import time
from collections import Counter
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def deep(obj, seen: set, parts: Counter, part: str) -> int:
    """Size of ``obj`` and what it reaches (dicts, lists, tuples, sets, pydantic objects), once each."""
    total, stack = 0, [(obj, part)]
    while stack:
        o, p = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        size = sys.getsizeof(o)
        if hasattr(o, "__pydantic_fields_set__"):
            size = sys.getsizeof(o)
            stack.append((o.__dict__, p + ".__dict__"))
            stack.append((o.__pydantic_fields_set__, p + ".fields_set"))
        elif isinstance(o, dict):
            for k, v in o.items():
                stack.append((k, p + ".key"))
                stack.append((v, p + "." + (k if isinstance(k, str) and len(k) < 20 else "v")))
        elif isinstance(o, (list, tuple, set, frozenset)):
            for v in o:
                stack.append((v, p + "[]"))
        parts[p.split("[]")[0] if "evidence" not in p else p] += size
        total += size
    return total


def main() -> None:
    src, cache_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    sys.setrecursionlimit(10_000)
    from graphkit.cache import ExtractionCache
    from graphkit.merge import merge_docs
    from graphkit.resolve import resolve
    ids = []
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            ids.append(json.loads(line)["id"])
            if len(ids) >= n:
                break
    cache = ExtractionCache(cache_path)
    gc.set_threshold(70_000, 10, 10)
    print(f"start rss {rss_mb():.0f} MB", flush=True)
    t = time.perf_counter()
    merged = merge_docs(d for _, d in cache.docs_of(ids))
    gc.collect()
    print(f"merged {len(merged.nodes)} nodes {len(merged.edges)} edges in {time.perf_counter() - t:.1f}s; "
          f"rss {rss_mb():.0f} MB", flush=True)
    seen: set = set()
    for kind, records in (("node", merged.nodes.values()), ("edge", merged.edges.values())):
        parts: Counter = Counter()
        total = sum(deep(r, seen, parts, kind) for r in records)
        print(f"{kind}s: {total / 2**20:.0f} MB deep")
        for p, s in parts.most_common(14):
            print(f"   {p:40s} {s / 2**20:8.1f} MB")
    keys = sum(sys.getsizeof(k) for k in merged.edges) + sys.getsizeof(merged.edges) + sys.getsizeof(merged.nodes)
    print(f"containers (edge key tuples + dicts): {keys / 2**20:.0f} MB")
    seen.clear()
    t = time.perf_counter()
    graph, _ = resolve(merged)
    gc.collect()
    print(f"resolved {len(graph.nodes)} nodes {len(graph.edges)} edges in {time.perf_counter() - t:.1f}s; "
          f"rss {rss_mb():.0f} MB", flush=True)
    mn, me = set(map(id, merged.nodes.values())), set(map(id, merged.edges.values()))
    print(f"shared with merged: nodes {sum(id(x) in mn for x in graph.nodes.values())}, "
          f"edges {sum(id(x) in me for x in graph.edges.values())}")
    del merged, mn, me
    gc.collect()
    print(f"merged freed: rss {rss_mb():.0f} MB", flush=True)


if __name__ == "__main__":
    main()
