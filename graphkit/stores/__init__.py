"""Sinks and stores, one module each, registered by name.

The embedded defaults written by ``graphkit build`` are listed in
``DEFAULT_STORES``: each is a function ``write(graph, out_dir) -> dict``
(a short summary).  A store whose optional dependency is missing is skipped
with a warning in the summary, never a crash of the build.

Incremental builds (``update_default_stores``) copy the previous
generation's store files (``STORE_FILES``) into the new generation and call
the module's ``update_store(graph, out_dir, delta)`` when it has one; a
module without it, or an update that fails, falls back to ``write_store``
from scratch, so a store is rebuilt whatever state the old copy was in.
"""
from __future__ import annotations

import contextlib
import importlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from ..buildfolder import is_no_space

if TYPE_CHECKING:  # a query imports this package; the model (and pydantic) only when a build runs
    from ..model import Graph

# Default stores written from scratch at the same time (one thread each); 1 = one after the other.
STORE_THREADS = int(os.environ.get("GRAPHKIT_STORE_THREADS", "2"))
# name -> "module:function"; each function is write(graph, out_dir) -> dict
DEFAULT_STORES: dict[str, str] = {}
# name -> the files/folders of that store in a generation (copied before an update)
STORE_FILES: dict[str, tuple[str, ...]] = {}
# name -> the files of STORE_FILES its update_store writes anew (not copied: graph.nt of 100k articles is GBs)
REWRITTEN: dict[str, frozenset[str]] = {}


def register_default(name: str, target: str, files: tuple[str, ...] = (), rewritten: tuple[str, ...] = ()) -> None:
    DEFAULT_STORES[name] = target
    STORE_FILES[name] = files
    REWRITTEN[name] = frozenset(rewritten)


register_default("cypher", ".embedded:write_store", ("cypher.lbdb",))


def _load(target: str) -> Callable[[Graph, Path], dict]:
    module, func = target.split(":")
    return getattr(importlib.import_module(module, __name__), func)


def _updater(target: str) -> Callable | None:
    module = target.split(":")[0]
    return getattr(importlib.import_module(module, __name__), "update_store", None)


def write_default_stores(graph: Graph, out: Path) -> dict:
    summary: dict = {}
    for name, target in sorted(DEFAULT_STORES.items()):
        try:
            summary[name] = _load(target)(graph, out)
        except ImportError as exc:
            summary[name] = {"skipped": f"missing dependency: {exc.name}"}
    return summary


def copy_store_files(name: str, src: Path, dst: Path) -> bool:
    """Copy store ``name`` from generation ``src`` into ``dst``; False when ``src`` lacks any part."""
    parts = STORE_FILES.get(name, ())
    if not parts or not all((src / p).exists() for p in parts):
        return False
    for part in parts:
        if part in REWRITTEN.get(name, ()):
            continue
        s, d = src / part, dst / part
        if s.is_dir():
            if not _oxigraph_backup(s, d):
                shutil.copytree(s, d)
        else:
            shutil.copyfile(s, d)  # a copy, never a hard link: the update writes into it
    return True


def _oxigraph_backup(src: Path, dst: Path) -> bool:
    """pyoxigraph's backup hard-links RocksDB's immutable files: far cheaper than copying them."""
    if not (src / "CURRENT").is_file():
        return False
    try:
        import pyoxigraph as ox
        ox.Store.read_only(str(src)).backup(str(dst))
        return True
    except Exception:  # noqa: BLE001 - any failure: the plain copy below is always right
        shutil.rmtree(dst, ignore_errors=True)
        return False


def can_update() -> bool:
    """Whether any default store can apply a delta (else computing one is wasted work)."""
    for target in DEFAULT_STORES.values():
        try:
            if _updater(target) is not None:
                return True
        except ImportError:
            continue
    return False


def update_default_stores(graph: Graph, out: Path, previous: Path | None, delta) -> dict:
    """Each default store in ``out``: the previous one updated by ``delta`` where possible, else rewritten.

    Stores written from scratch are written at the same time, one thread each: most of a store's load
    runs in native code that releases the GIL (LadybugDB's COPY, pyoxigraph's bulk load), so on two cores
    the LadybugDB load overlaps the RDF rendering and loading instead of adding to it (on 100k articles the
    two took 240 s and 350 s one after the other).  ``GRAPHKIT_STORE_THREADS=1`` writes them one by one.
    """
    names = sorted(DEFAULT_STORES)
    if previous is not None and delta is not None or len(names) < 2 or STORE_THREADS < 2:
        return {name: _one_store(name, graph, out, previous, delta) for name in names}
    from concurrent.futures import ThreadPoolExecutor
    for name in names:  # imported here, not concurrently in the threads
        with contextlib.suppress(ImportError):
            _load(DEFAULT_STORES[name])
    with ThreadPoolExecutor(max_workers=min(STORE_THREADS, len(names))) as pool:
        futures = {name: pool.submit(_one_store, name, graph, out, previous, delta) for name in names}
        return {name: futures[name].result() for name in names}


def _one_store(name: str, graph: Graph, out: Path, previous: Path | None, delta) -> dict:
    target = DEFAULT_STORES[name]
    summary: dict = {}
    try:
        update = _updater(target) if previous is not None and delta is not None else None
        if update is not None and copy_store_files(name, previous, out):
            try:
                return {**update(graph, out, delta), "updated": delta.counts()}
            except ImportError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged copy: rebuild from scratch below
                if is_no_space(exc):
                    raise
                for part in STORE_FILES.get(name, ()):
                    _remove(out / part)
                summary = {"update_failed": f"{type(exc).__name__}: {exc}"}
        return {**summary, **_load(target)(graph, out)}
    except ImportError as exc:
        return {"skipped": f"missing dependency: {exc.name}"}


def _remove(p: Path) -> None:
    if p.is_dir():
        shutil.rmtree(p, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


register_default("rdf", ".oxigraph:write_store", ("rdf-store", "graph.nt"), rewritten=("graph.nt",))  # OUT/graph.nt + OUT/rdf-store
