"""What an incremental build costs against a full one (issue #20), with the default stores.

    python bench/incremental.py ../shared/corpus/real.jsonl 300 /tmp/gk-incr [--no-stores] [--check-scratch]

Builds N replicated articles into a fresh folder (the full build), then adds
10 new articles, then builds the same 10 again (unchanged), then removes one
article, and prints the wall and CPU time of each step and its share of the
full build as JSON (with how the merged graph was made for the removal).  Every step
runs in this process through ``graphkit.pipeline.build``.  ``--check-scratch`` also builds the
N + 10 articles from scratch after the addition and says which outputs are byte-identical (and
whether the RDF stores hold the same triples).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import replicate  # noqa: E402


def _timed(fn) -> tuple[dict, object]:
    """Wall and CPU seconds of ``fn()`` (CPU is the honest figure on a shared, loaded machine)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return {"wall_s": round(time.perf_counter() - t0, 2), "cpu_s": round(time.process_time() - c0, 2)}, result


OUTPUTS = ("graph.json", "graph.jsonl", "graph.nt", "merged.json", "graph.jsonl.idx", "graph.nt.idx", "merged.idx",
           "merged.links")


def same_as_scratch(out: Path, files: list[Path], scratch: Path, stores: bool) -> dict:
    """Build ``files`` from scratch into ``scratch`` and compare each output of ``out``'s current generation."""
    from graphkit.pipeline import build
    shutil.rmtree(scratch, ignore_errors=True)
    build(files, scratch, stores=stores)
    same = {name: (out / "current" / name).read_bytes() == (scratch / "current" / name).read_bytes()
            for name in OUTPUTS if (scratch / "current" / name).exists()}
    if stores:
        import pyoxigraph as ox
        triples = [{str(q) for q in ox.Store.read_only(str(d / "rdf-store"))} for d in (out, scratch)]
        same["rdf-store (every triple)"] = triples[0] == triples[1]
    shutil.rmtree(scratch, ignore_errors=True)
    return same


def main(src: str, n: int, work: str, stores: bool = True, check: bool = False) -> dict:
    from graphkit.pipeline import build, remove
    work_dir = Path(work)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    corpus = replicate(src, n + 10, work_dir / "all.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    (work_dir / "base.jsonl").write_text("".join(lines[:n]), encoding="utf-8")
    (work_dir / "new.jsonl").write_text("".join(lines[n:]), encoding="utf-8")
    out = work_dir / "out"
    full, _ = _timed(lambda: build([work_dir / "base.jsonl"], out, stores=stores))
    add, added = _timed(lambda: build([work_dir / "new.jsonl"], out, stores=stores))
    timings = json.loads((out / "build.json").read_text(encoding="utf-8"))["timings"]
    identical = same_as_scratch(out, [work_dir / "base.jsonl", work_dir / "new.jsonl"], work_dir / "scratch",
                                stores) if check else None
    again, unchanged = _timed(lambda: build([work_dir / "new.jsonl"], out, stores=stores))
    first_id = json.loads(lines[0])["id"]
    gone_t, gone = _timed(lambda: remove([first_id], out, stores=stores))
    share = {k: round(add[k] / full[k], 3) for k in full}
    return {"articles": n, "stores": stores, "load_avg_1min": round(os.getloadavg()[0], 1), "full_build": full,
            "add_10": add, "add_10_share_of_full": share, "add_10_stores": added.stores, "add_10_phases_s": timings,
            "readd_10_unchanged": again, "readd_share_of_full": {k: round(again[k] / full[k], 3) for k in full},
            "readd_wrote_a_generation": unchanged.generation != added.generation,
            "remove_1": gone_t, "remove_1_share_of_full": {k: round(gone_t[k] / full[k], 3) for k in full},
            "remove_1_merge": gone.merge, "add_10_identical_to_scratch": identical}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], "--no-stores" not in sys.argv,
                          "--check-scratch" in sys.argv), indent=1))
