"""How a build spends itself: CPU and wall seconds per phase, and the collector's pace while it runs."""
from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the build with Python's cyclic GC triggered 100x less often, then restore the thresholds.

    Why: a build allocates millions of small, long-lived objects (the merged graph, its evidence dicts)
    and almost no cycles; with the default threshold (700 allocations) the collector re-walks the young
    objects constantly and the whole heap now and then — 10–50 % of merging and loading the kept
    merged graph (measured on a 2k folder: adding ten articles 7.0 -> 5.9 CPU-s).  Cycles are still
    collected, just in larger batches.  A build that folds into a kept merged graph also collects the
    older generations less often (``collect_older_less_often``).
    """
    before, host_froze = gc.get_threshold(), gc.get_freeze_count() > 0
    gc.set_threshold(70_000, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if not host_froze:  # what ``kept_out_of_collections`` set aside is collectable again (a host that froze
            gc.unfreeze()   # its own objects, e.g. before forking, keeps them frozen: unfreeze is all or nothing)


def collect_older_less_often() -> None:
    """Collect the older generations every 100 younger collections, not 10, for the rest of the build.

    Why: on a 10k folder the collector walked the loaded merged graph again in 10 middle and one full
    collection while adding ten articles, 1.15 of ~2 CPU-s spent collecting (now 0.02), and a 2k-article
    build leaves 33 objects of cyclic garbage at its end, so nothing piles up in between.  Only for a build
    that folds into a kept merged graph: a full build of 100k articles peaked ~120 MB higher, in its stores,
    with the older generations collected this rarely for the whole build.
    ``fewer_collections`` restores the thresholds when the build ends."""
    gc.set_threshold(70_000, 100, 100)


def kept_out_of_collections(load: Callable[[], T]) -> T:
    """``load()`` with the collector off, then everything alive set aside from later collections (``gc.freeze``).

    Why: the previous generation's merged graph (~3M dicts and lists at 10k articles) is read once and only read
    after; each of its objects was otherwise walked by a young collection as it was made (40 of them while
    loading) and again by every older one.  It holds no cycles to find (a build leaves ~250 cyclic objects in
    all).  ``fewer_collections`` unfreezes them when the build ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return load()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def trim_heap() -> None:
    """Give freed heap back to the OS: glibc keeps freed pages for reuse unless asked (``malloc_trim``)."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def give_back_memory() -> None:
    """Free what dropping a large graph left (cycles included) and hand it back to the OS, so that a later
    phase is not charged for it."""
    gc.unfreeze()  # cycles among what ``kept_out_of_collections`` set aside are found too
    gc.collect()
    trim_heap()


def _rss_mb() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
    except (OSError, ValueError, IndexError):
        return 0


def _peak_mb() -> int:
    try:
        import resource
    except ImportError:  # not on this platform
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10


class Clock:
    """Wall seconds per phase, and this process's CPU seconds per phase under ``cpu_<phase>``: on a
    shared machine the wall time says more about the neighbours than about the build."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.t, self.c = time.perf_counter(), time.process_time()

    def lap(self, name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self.laps[name] = round(now - self.t, 3)
        self.laps[f"cpu_{name}"] = round(cpu - self.c, 3)
        self.laps[f"rss_mb_{name}"] = _rss_mb()  # where the memory goes: RSS after the phase and the peak so far
        self.laps[f"peak_mb_{name}"] = _peak_mb()
        self.t, self.c = now, cpu
