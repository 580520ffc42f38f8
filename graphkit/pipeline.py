"""The main job: source → extract → resolve → sinks.

``build`` reads articles, extracts only those not already in the build
folder's cache, folds them into the merged graph the previous generation
kept (or re-merges the members from the cache when articles changed or
left), resolves it, and writes every output into a new generation of the
build folder, which then becomes current in one rename (``buildfolder``).
Re-adding unchanged articles writes nothing.  ``remove`` drops articles.
``extract_stream`` is the streaming path used by ``graphkit extract`` and by
the worker pool.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .atomic import atomic_write_text
from .batching import chunks
from .buildjob import BuildJob
from .buildresult import BuildResult
from .extract import extract_article
from .model import Article, Graph
from .sources import ReadReport
from .stores import graphdoc

__all__ = ["build", "remove", "extract_stream", "write_outputs", "BuildResult", "CHUNK"]

Progress = Callable[[int], None]
Encode = Callable[[Graph], Any]
CHUNK = 64


def _extract_one(article: Article, encode: Encode | None = None) -> tuple[str, str, Any]:
    graph = extract_article(article)
    return article.id, article.version, encode(graph) if encode else graph


def extract_stream(articles: Iterable[Article], workers: int = 1, progress: Progress | None = None,
                   encode: Encode | None = None) -> Iterator[tuple[str, str, Any]]:
    """(article id, version, graph) for each article, in input order, on ``workers`` processes.

    With ``encode`` (a module-level function, so it pickles) the third item is
    ``encode(graph)``, computed in the worker: the parent then only moves
    strings instead of unpickling and serialising every graph itself, which
    kept one of two cores half busy and capped the speed-up of ``--workers 2``.
    """
    if workers <= 1:
        for a in articles:
            yield _extract_one(a, encode)
            if progress:
                progress(1)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        # A bounded window of chunks in flight keeps memory flat on huge inputs.
        pending: list = []
        for chunk in chunks(articles, CHUNK):
            pending.append(pool.submit(_extract_chunk, chunk, encode))
            if len(pending) >= workers * 2:
                yield from _drain(pending.pop(0), progress)
        for fut in pending:
            yield from _drain(fut, progress)
    except BaseException:  # Ctrl-C, SIGTERM, a closed generator: drop queued chunks, do not wait for them
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _extract_chunk(chunk: list[Article], encode: Encode | None) -> list[tuple[str, str, Any]]:
    return [_extract_one(a, encode) for a in chunk]


def _drain(fut, progress: Progress | None) -> Iterator[tuple[str, str, Any]]:
    rows = fut.result()
    if progress:
        progress(len(rows))
    yield from rows


def build(paths: Iterable[str | Path], out: str | Path = "graphkit-out", *, workers: int = 1,
          stores: bool = True, progress: Progress | None = None, report: ReadReport | None = None,
          fresh: bool = False, sync: bool = False, wait: bool = False,
          on_wait: Callable[[str], None] | None = None) -> BuildResult:
    """Build (or add to) the graph in ``out`` from the articles under ``paths``.

    ``fresh``: forget what ``out`` held and extract everything again; ``sync``:
    also drop members whose source file is gone or no longer holds them;
    ``wait``: queue behind another build of ``out`` instead of failing (E081).
    """
    job = BuildJob(Path(out), paths=list(paths), extract=extract_stream, workers=workers, stores=stores,
                   progress=progress, report=report if report is not None else ReadReport(), fresh=fresh, sync=sync)
    return job.run(wait, on_wait)


def remove(ids: Iterable[str], out: str | Path = "graphkit-out", *, stores: bool = True, wait: bool = False,
           on_wait: Callable[[str], None] | None = None) -> BuildResult:
    """Drop the articles ``ids`` from the build folder ``out`` (a new generation without them)."""
    job = BuildJob(Path(out), paths=[], extract=extract_stream, stores=stores, report=ReadReport(),
                   remove=set(ids))
    return job.run(wait, on_wait)


def write_outputs(result: BuildResult, *, stores: bool = True) -> None:
    """Write a result's outputs straight into ``result.out`` (a plain folder, no generations)."""
    out, graph = result.out, result.graph
    graphdoc.write_json(graph, out / "graph.json")
    graphdoc.write_jsonl(graph, out / "graph.jsonl")
    if stores:
        from .stores import write_default_stores
        result.stores = write_default_stores(graph, out)
    atomic_write_text(out / "build.json", json.dumps(result.summary(), indent=1, ensure_ascii=False) + "\n")
