"""What a build still holds once the resolved graph is let go (``buildjob._write``'s ``let_go``).

    python bench/letgo_census.py ARTICLES.jsonl OUT [--tracemalloc] [--stop]

Runs ``pipeline.build`` with the graph always released before the stores (``RELEASE_GRAPH_OVER`` = 0) and,
right after ``give_back_memory``, prints as JSON: RSS; glibc's heap (mallinfo2: bytes in use vs free but kept);
pymalloc's arenas (``sys._debugmallocstats``: blocks in use vs arena bytes); the gc-tracked objects by type
(count, shallow size); with ``--tracemalloc`` (started before the build: slow) the 25 biggest allocation sites
of what is still alive.  ``--stop`` ends the build there (no stores).
"""
from __future__ import annotations

import ctypes
import gc
import io
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path


class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                 "fsmblks", "uordblks", "fordblks", "keepcost")]


def mallinfo() -> dict:
    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    m = libc.mallinfo2()
    return {"heap_mb": m.arena >> 20, "mmapped_mb": m.hblkhd >> 20, "in_use_mb": m.uordblks >> 20,
            "free_kept_mb": m.fordblks >> 20, "mmapped_chunks": m.hblks}


def pymalloc() -> dict:
    """Arena totals from sys._debugmallocstats (written to the C stderr, so through a temporary file)."""
    import tempfile
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode()
    out = {}
    for key in ("arenas allocated current", "bytes in allocated blocks", "bytes in available blocks",
                "unused pools", "bytes lost to pool headers", "bytes lost to quantization",
                "bytes lost to arena alignment", "Total"):
        m = re.search(r"# " + re.escape(key) + r"\s*=\s*([\d,]+)", text) or re.search(re.escape(key) + r"\s*=\s*([\d,]+)", text)
        if m:
            out[key] = int(m.group(1).replace(",", ""))
    return out


def rss_mb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20


def census(stop: bool) -> None:
    out = {"rss_mb": rss_mb(), "malloc": mallinfo(), "pymalloc": pymalloc()}
    counts, sizes = Counter(), Counter()
    objs = gc.get_objects()
    for o in objs:
        t = type(o).__qualname__
        counts[t] += 1
        sizes[t] += sys.getsizeof(o)
    out["gc_objects"] = len(objs)
    out["gc_shallow_mb"] = round(sum(sizes.values()) / 2**20, 1)
    out["by_type"] = [(t, counts[t], round(s / 2**20, 1)) for t, s in sizes.most_common(20)]
    del objs
    import tracemalloc
    if tracemalloc.is_tracing():
        snap = tracemalloc.take_snapshot()
        stats = snap.statistics("traceback")
        out["traced_mb"] = round(sum(s.size for s in stats) / 2**20, 1)
        out["top"] = [(round(s.size / 2**20, 1), s.count, [f"{f.filename.split('graphkit/')[-1]}:{f.lineno}"
                                                            for f in s.traceback[-6:]]) for s in stats[:25]]
    print(json.dumps(out, indent=1), flush=True)
    if stop:
        os._exit(0)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    from graphkit import buildjob, pipeline
    if "--tracemalloc" in sys.argv:  # from the merge on (the extraction workers are not traced)
        import tracemalloc
        real_write = buildjob.BuildJob._write

        def traced_write(self, *a, **k):
            tracemalloc.start(10)
            return real_write(self, *a, **k)
        buildjob.BuildJob._write = traced_write
    buildjob.RELEASE_GRAPH_OVER = 0
    real = buildjob.give_back_memory

    def give_back_memory():
        real()
        if "--clear" in sys.argv:
            census(False)
            from graphkit.resolve import keys
            for f in (keys.text_key, keys.name_key, keys.anchor):
                print(f.__name__, f.cache_info(), flush=True)
                f.cache_clear()
            real()
        census("--stop" in sys.argv)
    buildjob.give_back_memory = give_back_memory
    pipeline.build([args[0]], args[1], workers=int(os.environ.get("WORKERS", "2")))
    print(json.dumps({"end_rss_mb": rss_mb(), "malloc_end": mallinfo()}))


if __name__ == "__main__":
    main()
