"""How much of one build the cyclic collector takes (issue #20, incremental sixth round).

    python bench/gc_time.py ARTICLES... OUT

Runs ``graphkit.pipeline.build(ARTICLES, OUT)`` in this process with a ``gc.callbacks`` hook and prints, per
collector generation, how many collections ran and the CPU seconds they took, with the build's own CPU
seconds and its phases (build.json ``timings``).  To measure "add 10" build the base first into OUT
(``bench/incremental.py`` writes base.jsonl and new.jsonl), copy OUT, and run this on new.jsonl.
"""
from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path


def main(paths: list[str], out: str) -> dict:
    from graphkit.pipeline import build
    spent = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    began = [0.0]

    def hook(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            spent[info["generation"]][0] += 1
            spent[info["generation"]][1] += time.process_time() - began[0]

    gc.callbacks.append(hook)
    t0 = time.process_time()
    try:
        build(paths, out)
    finally:
        gc.callbacks.remove(hook)
    cpu = time.process_time() - t0
    timings = json.loads((Path(out) / "build.json").read_text(encoding="utf-8")).get("timings", {})
    return {"build_cpu_s": round(cpu, 2),
            "collections": {f"gen{g}": {"count": n, "cpu_s": round(s, 3)} for g, (n, s) in spent.items()},
            "phases_cpu_s": {k[4:]: v for k, v in timings.items() if k.startswith("cpu_")}}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:-1], sys.argv[-1]), indent=1))
