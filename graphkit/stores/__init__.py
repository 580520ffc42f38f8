"""Sinks and stores, one module each, registered by name.

The embedded defaults written by ``graphkit build`` are listed in
``DEFAULT_STORES``: each is a function ``write(graph, out_dir) -> dict``
(a short summary).  A store whose optional dependency is missing is skipped
with a warning in the summary, never a crash of the build.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..model import Graph

# name -> "module:function"; each function is write(graph, out_dir) -> dict
DEFAULT_STORES: dict[str, str] = {}


def register_default(name: str, target: str) -> None:
    DEFAULT_STORES[name] = target


register_default("cypher", ".embedded:write_store")


def _load(target: str) -> Callable[[Graph, Path], dict]:
    module, func = target.split(":")
    return getattr(importlib.import_module(module, __name__), func)


def write_default_stores(graph: Graph, out: Path) -> dict:
    summary: dict = {}
    for name, target in sorted(DEFAULT_STORES.items()):
        try:
            summary[name] = _load(target)(graph, out)
        except ImportError as exc:
            summary[name] = {"skipped": f"missing dependency: {exc.name}"}
    return summary


register_default("rdf", ".oxigraph:write_store")  # OUT/graph.nt + OUT/rdf-store (pyoxigraph)
