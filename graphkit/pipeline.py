"""The main job: source → extract → resolve → sinks.

``build`` reads articles, extracts only those not already in the build
folder's cache (incremental), rebuilds the merged graph from the cache in
article-id order, resolves it, and writes graph.json, graph.jsonl and the
embedded default stores.  ``extract_stream`` is the streaming path used by
``graphkit extract`` and by the worker pool.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import atomic_write_text
from .cache import ExtractionCache, encode_row
from .diagnostics import diagnose
from .extract import extract_article
from .model import Article, Graph
from .resolve import resolve
from .sources import ReadReport, read_articles
from .stores import graphdoc

Progress = Callable[[int], None]
Encode = Callable[[Graph], Any]
CHUNK = 64


@dataclass
class BuildResult:
    out: Path
    graph: Graph
    report: ReadReport
    extracted: int = 0
    unchanged: int = 0
    merges: dict = field(default_factory=dict)
    stores: dict = field(default_factory=dict)

    def summary(self) -> dict:
        return {"out": str(self.out), "articles": {**self.report.to_dict(), "extracted": self.extracted,
                                                   "unchanged": self.unchanged},
                **self.graph.counts(), "merges": self.merges, "diagnostics": diagnose(self.graph),
                "stores": self.stores}


def _extract_one(article: Article, encode: Encode | None = None) -> tuple[str, str, Any]:
    graph = extract_article(article)
    return article.id, article.sha256 or "", encode(graph) if encode else graph


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_stream(articles: Iterable[Article], workers: int = 1, progress: Progress | None = None,
                   encode: Encode | None = None) -> Iterator[tuple[str, str, Any]]:
    """(article id, sha256, graph) for each article, in input order, on ``workers`` processes.

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
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A bounded window of chunks in flight keeps memory flat on huge inputs.
        pending: list = []
        for chunk in _chunks(articles, CHUNK):
            pending.append(pool.submit(_extract_chunk, chunk, encode))
            if len(pending) >= workers * 2:
                yield from _drain(pending.pop(0), progress)
        for fut in pending:
            yield from _drain(fut, progress)


def _extract_chunk(chunk: list[Article], encode: Encode | None) -> list[tuple[str, str, Any]]:
    return [_extract_one(a, encode) for a in chunk]


def _drain(fut, progress: Progress | None) -> Iterator[tuple[str, str, Any]]:
    rows = fut.result()
    if progress:
        progress(len(rows))
    yield from rows


def build(paths: Iterable[str | Path], out: str | Path = "graphkit-out", *, workers: int = 1,
          stores: bool = True, progress: Progress | None = None,
          report: ReadReport | None = None) -> BuildResult:
    """Build (or add to) the graph in ``out`` from the articles under ``paths``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = report if report is not None else ReadReport()
    cache = ExtractionCache(out / "cache.sqlite")
    try:
        known = cache.known()
        unchanged = 0

        def todo() -> Iterator[Article]:
            nonlocal unchanged
            for a in read_articles(paths, report):
                if known.get(a.id) == a.sha256:
                    unchanged += 1
                    if progress:
                        progress(1)
                    continue
                known[a.id] = a.sha256 or ""
                yield a

        extracted = 0
        for rows in _chunks(extract_stream(todo(), workers, progress, encode=encode_row), 256):
            extracted += cache.put_many(rows)
        graph, merges = resolve(cache.merged())
    finally:
        cache.close()
    result = BuildResult(out=out, graph=graph, report=report, extracted=extracted,
                         unchanged=unchanged, merges=merges)
    write_outputs(result, stores=stores)
    return result


def write_outputs(result: BuildResult, *, stores: bool = True) -> None:
    out, graph = result.out, result.graph
    graphdoc.write_json(graph, out / "graph.json")
    graphdoc.write_jsonl(graph, out / "graph.jsonl")
    if stores:
        from .stores import write_default_stores
        result.stores = write_default_stores(graph, out)
    atomic_write_text(out / "build.json", json.dumps(result.summary(), indent=1, ensure_ascii=False) + "\n")
