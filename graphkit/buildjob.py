"""One build of a build folder, run under its lock: read, extract, fold, resolve, write, switch.

Why a job object: a build decides a lot from the folder's previous
generation (who the members are, whether the merged graph can be extended
or must be re-merged, which store can be updated by a delta) and must undo
its half-written generation on any failure.  Keeping those decisions in one
place keeps ``pipeline`` a thin entry point.  What changed is counted in
``BuildResult.changes`` (added / changed / removed / members).
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_write_text
from .buildfolder import BuildFolder, is_no_space, no_space
from .buildstate import Fold, MergedLinks, Members, load_merged, load_resolved, save_merged
from .buildtiming import Clock, collect_older_less_often, fewer_collections, give_back_memory, kept_out_of_collections
from .cache import ExtractionCache, encode_indexed, is_corrupt, set_aside
from .codeprint import pipeline_fingerprint
from .diagnostics import diagnose
from .errors import UnknownArticleError
from .buildresult import BuildResult
from .graphfile import GraphFile
from .graphfiles import write_graph_files
from .merge import merge_docs
from .model import Article, Graph
from .resolve import resolve
from .resolve.keys import forget_keys
from .resolve.memo import ResolveMemo
from .sources import ReadReport, read_articles

Progress = Callable[[int], None]


# A resolved graph of more records than this is let go before the stores are written from scratch, and
# they read it back from graph.jsonl (graphfile.GraphFile): 2.25M records, ~3.3 GB, at 100k articles.
RELEASE_GRAPH_OVER = int(os.environ.get("GRAPHKIT_RELEASE_GRAPH_OVER", "1000000"))


def _code_of(generation: Path) -> str | None:
    """The post-extraction code fingerprint a generation was built with (None: unknown, an older build.json)."""
    try:
        return json.loads((generation / "build.json").read_text(encoding="utf-8")).get("code")
    except (OSError, ValueError):
        return None


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class BuildJob:
    """One build of a folder, run under its lock: read, extract, fold, resolve, write, switch."""

    out: Path
    paths: list
    report: ReadReport
    extract: Callable  # pipeline.extract_stream: (articles, workers, progress, encode) -> rows
    workers: int = 1
    stores: bool = True
    progress: Progress | None = None
    fresh: bool = False
    sync: bool = False
    remove: set = field(default_factory=set)
    merge_info: dict = field(default_factory=dict)
    merged_base: object = None  # the previous generation's merged state, while this build saves its own
    redo: bool = False  # set per run: the previous generation was made by other post-extraction code

    def run(self, wait: bool, on_wait) -> BuildResult:
        folder = BuildFolder(self.out)
        with folder.locked(wait, on_wait), fewer_collections():
            try:
                folder.migrate_flat()
                folder.clean()
                try:
                    return self._run(folder)
                except sqlite3.DatabaseError as exc:
                    if not is_corrupt(exc) or "-" in map(str, self.paths):
                        raise
                    self.report.read = self.report.files = 0  # the inputs are read again from the start
                    self.report.skipped.clear()
                    self.report.warnings.clear()
                    self._set_aside_cache(exc)
                    return self._run(folder)
            except Exception as exc:
                if is_no_space(exc):
                    raise no_space(self.out, exc) from exc
                raise

    def _set_aside_cache(self, exc: BaseException) -> None:
        aside = set_aside(self.out / "cache.sqlite")
        self.report.warnings.append(f"{self.out / 'cache.sqlite'} was unreadable ({exc}); set aside as "
                                    f"{aside.name} and rebuilt: its articles are extracted again")

    def _open_cache(self) -> ExtractionCache:
        path = self.out / "cache.sqlite"
        try:
            cache = ExtractionCache(path)
            cache.known()
            return cache
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc):
                raise
            self._set_aside_cache(exc)
            return ExtractionCache(path)

    def _run(self, folder: BuildFolder) -> BuildResult:
        prev = folder.current()
        cache = self._open_cache()
        try:
            return self._build(folder, prev, cache)
        finally:
            cache.close()

    def _build(self, folder: BuildFolder, prev: Path | None, cache: ExtractionCache) -> BuildResult:
        # the previous generation made by other post-extraction code: every output is made again (extraction cached)
        self.redo = not self.fresh and prev is not None and _code_of(prev) != pipeline_fingerprint()
        prev_members = None if self.fresh else Members.load(prev)
        legacy = prev_members is None and not self.fresh  # a folder from before generations: the cache is the set
        members = prev_members.copy() if prev_members else Members(
            {aid: (sha, None) for aid, sha in cache.ids().items()} if legacy else {})
        unknown = sorted(self.remove - set(members.items))
        if unknown:
            raise UnknownArticleError(f"no article {', '.join(unknown[:5])} in {self.out}")
        known = {} if self.fresh else cache.known()
        rows_sha = {} if self.fresh or legacy else cache.ids()
        seen: dict[str, tuple[str, str | None]] = {}
        extracted_ids: set[str] = set()
        touched: set[str] | None = set()  # node ids whose merged value must be rebuilt; None: re-merge all
        unchanged = 0

        def touch(aid: str) -> None:
            """Note the nodes ``aid``'s version in the previous build contributed to (read before it is replaced)."""
            nonlocal touched
            if touched is not None and aid in members.items:
                if rows_sha.get(aid) == members.items[aid][0] and (nodes := cache.nodes_of(aid)):
                    touched |= nodes
                else:  # the cached row is not the version the previous build merged: re-merge everything
                    touched = None

        def todo() -> Iterator[Article]:
            nonlocal unchanged
            for a in read_articles(self.paths, self.report):
                version = a.version
                seen[a.id] = (version, a.path)
                if known.get(a.id) == version:
                    unchanged += 1
                    if self.progress:
                        self.progress(1)
                    continue
                known[a.id] = version
                if a.id not in extracted_ids:
                    touch(a.id)
                extracted_ids.add(a.id)
                yield a

        extracted = 0
        began, began_cpu = time.perf_counter(), time.process_time()
        for rows in _batches(self.extract(todo(), self.workers, self.progress, encode=encode_indexed), 256):
            extracted += cache.put_many(rows)

        read_s, read_cpu = time.perf_counter() - began, time.process_time() - began_cpu
        added = {a for a in seen if a not in members}
        changed = {a for a, (sha, _) in seen.items() if a in members and (members.items[a][0] != sha
                                                                          or a in extracted_ids)}
        removed = set(self.remove) | (self._gone(members, seen) if self.sync else set())
        if changed - extracted_ids:  # a new version already cached by a build killed before its switch
            touched = None
        for aid in removed:
            touch(aid)
        for aid, entry in seen.items():
            members.items[aid] = entry
        for aid in removed:
            members.items.pop(aid, None)
        changes = {"added": len(added), "changed": len(changed), "removed": len(removed), "members": len(members)}
        if (prev is not None and not legacy and not self.redo and not (added or changed or removed)
                and (not self.stores or (prev / "cypher.lbdb").exists())):
            previous = json.loads((prev / "build.json").read_text(encoding="utf-8"))
            return BuildResult(out=self.out, loaded=None, report=self.report, extracted=extracted,
                               unchanged=unchanged, changes=changes, generation=prev.name, previous=previous)
        gen = folder.new_generation()
        try:
            fold = None if (self.fresh or legacy or self.redo) else Fold(added | changed, changed | removed, touched)
            result = self._write(gen, prev, cache, members, fold)
            result.extracted, result.unchanged, result.changes = extracted, unchanged, changes
            result.timings = {"read_extract_s": round(read_s, 3), "cpu_read_extract_s": round(read_cpu, 3),
                              **result.timings}
            atomic_write_text(gen / "build.json", json.dumps(result.summary(), indent=1, ensure_ascii=False) + "\n")
            folder.publish(gen)
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        if self.remove:
            cache.delete(self.remove)  # after the switch: a kill before it leaves the old build, rows intact
        return result

    def _gone(self, members: Members, seen: dict) -> set[str]:
        """Members not read this time whose source is gone, or lies under the inputs (and so no longer holds them)."""
        roots = [os.path.abspath(p) for p in map(str, self.paths) if p != "-"]
        gone = set()
        for aid, (_, path) in members.items.items():
            if aid in seen or not path or path == "<stdin>":
                continue
            full = os.path.abspath(path)
            if not os.path.exists(full) or any(full == r or full.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                gone.add(aid)
        return gone

    def _merged(self, prev: Path | None, cache: ExtractionCache, members: Members, fold: Fold | None) -> Graph:
        """The pre-resolution graph: the previous one with the changes folded in, or all members re-merged."""
        base = None if fold is None or (fold.rewritten and fold.touched is None) else \
            kept_out_of_collections(lambda: load_merged(prev))
        self.merged_base = base
        if base is not None:
            collect_older_less_often()
            merged = fold.apply(base.graph, cache, set(members.items))
            self.merge_info = {"mode": "folded", "articles_merged": len(fold.fresh),
                               "nodes_rebuilt": len(fold.touched or ()), "articles_reread": fold.reread}
            return merged
        self.merge_info = {"mode": "re-merged", "articles_merged": len(members)}
        have: set[str] = set()

        def docs() -> Iterator[dict]:
            for aid, doc in cache.docs_of(members.items):
                have.add(aid)
                yield doc
        merged = merge_docs(docs())
        lost = sorted(set(members.items) - have)
        if lost:
            for aid in lost:
                members.items.pop(aid)
            self.report.warnings.append(f"{len(lost)} article(s) of the previous build are no longer in the cache "
                                        f"(e.g. {lost[0]}) and were dropped; build their files again to restore them")
        return merged

    def _write(self, gen: Path, prev: Path | None, cache: ExtractionCache, members: Members,
               fold: Fold | None) -> BuildResult:
        clock = Clock()
        merged = self._merged(prev, cache, members, fold)
        clock.lap("merge_s")
        # before resolution, which may share its objects; ``links`` alone holds the records written
        links = MergedLinks(self.merged_base, prev, save_merged(merged, gen, self.merged_base))
        self.merged_base = None
        members.save(gen)
        clock.lap("save_state_s")
        afresh = self.fresh or self.redo  # nothing of the previous generation is reused but the memo (self-versioned)
        memo = ResolveMemo.load(None if self.fresh else prev)  # per-block decisions of the previous build
        graph, merges = kept_out_of_collections(lambda: resolve(merged, memo))
        memo.save(gen)
        del merged, memo  # the resolved graph shares what resolution left in place; the rest goes with ``links``
        clock.lap("resolve_s")
        result = BuildResult(out=self.out, loaded=graph, report=self.report, merges=merges, generation=gen.name,
                             timings=clock.laps, merge=self.merge_info, code=pipeline_fingerprint())
        from .stores import can_update
        incremental = self.stores and not afresh and prev is not None and can_update()
        # unchanged records copied from the previous generation; the store delta as a by-product
        delta = write_graph_files(graph, gen, None if afresh else prev, links, want_delta=incremental)
        del links
        clock.lap("graph_files_s")
        if self.stores:
            from .delta import graph_delta, jsonl_delta
            from .stores import update_default_stores
            if incremental and delta is None:  # a previous generation without the line index
                if (prev / "graph.jsonl").is_file():  # line digests: the old graph is never loaded
                    delta = jsonl_delta(prev / "graph.jsonl", gen / "graph.jsonl", graph)
                elif (old := load_resolved(prev)) is not None:
                    delta = graph_delta(old, graph)
            clock.lap("delta_s")
            if delta is not None:
                result.stores = update_default_stores(graph, gen, prev, delta)
            elif len(graph) > RELEASE_GRAPH_OVER:  # from scratch, from graph.jsonl: the graph (GBs) let go first
                result.facts = {"counts": graph.counts(), "diagnostics": diagnose(graph)}
                result.loaded = graph = None  # ``result.graph`` reads the build folder's graph.json if asked
                forget_keys()  # else its cached keys keep the graph's freed memory held (resolve.keys.forget_keys)
                give_back_memory()
                clock.lap("let_go_s")  # build.json: the RSS the stores start from
                with GraphFile(gen) as view:
                    result.stores = update_default_stores(view, gen, None, None)
            else:
                result.stores = update_default_stores(graph, gen, None, None)
            clock.lap("stores_s")
        return result
