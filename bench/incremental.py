"""What an incremental build costs against a full one (issue #20), with the default stores.

    python bench/incremental.py ../shared/corpus/real.jsonl 300 /tmp/gk-incr [--no-stores]

Builds N replicated articles into a fresh folder (the full build), then adds
10 new articles, then builds the same 10 again (unchanged), then removes one
article, and prints the wall and CPU time of each step and its share of the
full build as JSON (with how the merged graph was made for the removal).  Every step
runs in this process through ``graphkit.pipeline.build``.
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


def main(src: str, n: int, work: str, stores: bool = True) -> dict:
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
    again, unchanged = _timed(lambda: build([work_dir / "new.jsonl"], out, stores=stores))
    first_id = json.loads(lines[0])["id"]
    gone_t, gone = _timed(lambda: remove([first_id], out, stores=stores))
    share = {k: round(add[k] / full[k], 3) for k in full}
    return {"articles": n, "stores": stores, "load_avg_1min": round(os.getloadavg()[0], 1), "full_build": full,
            "add_10": add, "add_10_share_of_full": share, "add_10_stores": added.stores, "add_10_phases_s": timings,
            "readd_10_unchanged": again, "readd_share_of_full": {k: round(again[k] / full[k], 3) for k in full},
            "readd_wrote_a_generation": unchanged.generation != added.generation,
            "remove_1": gone_t, "remove_1_share_of_full": {k: round(gone_t[k] / full[k], 3) for k in full},
            "remove_1_merge": gone.merge}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], "--no-stores" not in sys.argv), indent=1))
