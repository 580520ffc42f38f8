"""Run one command in a child process and measure its wall time and memory.

Why a child per measurement: peak RSS is a per-process high-water mark, so
measuring several runs inside one interpreter would report the largest run
for all of them.  ``os.wait4`` returns the rusage of exactly that child (and
the descendants it waited for, e.g. the worker pool), and a sampler thread
adds up the RSS of the whole process tree from /proc, which is what matters
with ``--workers N`` (N+1 processes alive at once).  Caveat: Linux starts a
child's ru_maxrss at its parent's high-water mark, so the parent (run.py)
must stay small (it hashes files instead of reading them whole).
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Run:
    cmd: list[str]
    seconds: float
    peak_rss_mb: float        # largest single process (ru_maxrss of the child and its waited-for children)
    peak_tree_rss_mb: float   # largest sum over the process tree, sampled every 20 ms
    returncode: int
    cpu_seconds: float = 0.0  # user + system of the child and its waited-for children (the pool)
    stderr: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += _rss_kb(p)
        stack.extend(_children(p))
    return total


def run(cmd: list[str], *, env: dict | None = None, cwd: str | None = None, interval: float = 0.02) -> Run:
    """Run ``cmd`` to completion; raise nothing, report the return code and stderr tail."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = b"".join(err_chunks).decode("utf-8", "replace")[-2000:]
    return Run(cmd=[str(c) for c in cmd], seconds=round(seconds, 3), peak_rss_mb=round(usage.ru_maxrss / 1024, 1),
               peak_tree_rss_mb=round(peak / 1024, 1), returncode=proc.returncode,
               cpu_seconds=round(usage.ru_utime + usage.ru_stime, 3), stderr=stderr)


if __name__ == "__main__":  # python bench/measure.py CMD ARGS...: one measured run, as JSON with the load average
    import json
    import sys
    before = [round(x, 2) for x in os.getloadavg()]
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    result = run(sys.argv[1:])
    print(json.dumps({**result.to_dict(), "started": started, "load_before": before,
                      "load_after": [round(x, 2) for x in os.getloadavg()]}, indent=1))
