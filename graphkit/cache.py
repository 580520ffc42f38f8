"""The extraction cache of a build folder: one row per article (id, version, extracted graph).

It is what makes builds incremental and crash-safe: an article already
extracted with the same text is not extracted again, a changed article
replaces its row, and the final graph is always rebuilt from all rows in
article-id order, so building A then B equals building A+B at once.
SQLite gives atomic commits: a killed build loses at most the rows of the
batch in flight, and a rerun completes it.

The ``mentions`` table indexes which node ids (nodes and edge endpoints)
each cached article contributes.  It lets a build that changes or removes a
few articles re-merge only the nodes and edges those articles touched, from
the articles that share them, instead of every cached article.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Edge, Graph, Node

SCHEMA = """CREATE TABLE IF NOT EXISTS extracted (
  article TEXT PRIMARY KEY, sha256 TEXT NOT NULL, extractor TEXT NOT NULL, doc TEXT NOT NULL)"""
MENTIONS = ("CREATE TABLE IF NOT EXISTS mentions (node TEXT NOT NULL, article TEXT NOT NULL, "
            "PRIMARY KEY (node, article)) WITHOUT ROWID",
            "CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions(article)")


def extraction_files() -> list[Path]:
    """The package files whose bytes decide what extraction outputs: extract/, data/, and page_lines.py (the
    page-furniture lines extraction skips, kept below both sources and extract)."""
    root = Path(__file__).resolve().parent
    files = [f for folder in ("extract", "data") for f in sorted((root / folder).rglob("*"))] + [root / "page_lines.py"]
    return [f for f in files if f.is_file() and f.suffix in (".py", ".csv", ".json", ".txt", ".tsv")]


@functools.lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """The extractor's name and a hash of its code and data: a cached row made by
    another extractor version is extracted again, so an upgrade never mixes outputs."""
    from .extract import EXTRACTOR
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for f in extraction_files():
        digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    # the optional learned roles change the output: a cache made with them on is not one made with them off
    from .extract.events import roles
    if roles.enabled():
        digest.update(b"learned-roles\0")
        custom = os.environ.get("GRAPHKIT_ROLE_WEIGHTS")
        if custom and Path(custom).is_file():
            digest.update(Path(custom).read_bytes())
    return f"{EXTRACTOR}+{digest.hexdigest()[:12]}"


def encode_row(graph: Graph) -> str:
    """The cached form of one article graph (compact JSON); run in the extraction workers."""
    return json.dumps(graph.to_dict(), ensure_ascii=False, separators=(",", ":"))


def node_ids(graph: Graph) -> list[str]:
    """The node ids an article graph contributes to: its nodes and every edge's endpoints."""
    ids = set(graph.nodes)
    for e in graph.edges.values():
        ids.add(e.source)
        ids.add(e.target)
    return sorted(ids)


def encode_indexed(graph: Graph) -> tuple[str, list[str]]:
    """``encode_row`` plus the graph's ``node_ids``, both made in the worker that extracted it."""
    return encode_row(graph), node_ids(graph)


def is_corrupt(exc: BaseException) -> bool:
    """SQLite saying the file is not a database or is damaged (not: locked, or the disk is full)."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc)
    return isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text)


def set_aside(path: str | Path) -> Path:
    """Rename a damaged cache (and its -wal/-shm) out of the way; returns the new name."""
    path = Path(path)
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            os.replace(src, f"{aside}{suffix}")
    return aside


def decode_row(doc: str) -> Graph:
    d = json.loads(doc)
    return Graph((Node.trusted(n["id"], n["labels"], n.get("properties", {})) for n in d["nodes"]),
                 (Edge.trusted(e["type"], e["source"], e["target"], e.get("properties", {})) for e in d["edges"]))


class ExtractionCache:
    def __init__(self, path: str | Path, extractor: str | None = None):
        self.path = Path(path)
        self.extractor = extractor or extraction_fingerprint()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(SCHEMA)
            indexed = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions'").fetchone()
            for statement in MENTIONS:
                self.db.execute(statement)
            self.db.commit()
            if not indexed:
                self._backfill()
        except BaseException:
            self.db.close()
            raise

    def _backfill(self) -> None:
        """Index a cache written before ``mentions`` existed (once, on first use)."""
        with self.db:
            for aid, doc in self.db.execute("SELECT article, doc FROM extracted").fetchall():
                self.db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)",
                                    [(n, aid) for n in node_ids(decode_row(doc))])

    def known(self) -> dict[str, str]:
        """article id -> sha256 of the rows this extractor version made."""
        return dict(self.db.execute("SELECT article, sha256 FROM extracted WHERE extractor = ?", (self.extractor,)))

    def put_many(self, rows: Iterable[tuple[str, str, str | tuple | Graph]]) -> int:
        """Store (article id, version (``Article.version``), graph or its ``encode_row``/``encode_indexed`` form) rows in one
        transaction, with their mentions."""
        data, mentions = [], []
        for aid, sha, doc in rows:
            if isinstance(doc, Graph):
                doc = encode_indexed(doc)
            text, ids = doc if isinstance(doc, tuple) else (doc, node_ids(decode_row(doc)))
            data.append((aid, sha, self.extractor, text))
            mentions.extend((n, aid) for n in ids)
        with self.db:
            self.db.executemany("DELETE FROM mentions WHERE article = ?", [(d[0],) for d in data])
            self.db.executemany("INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?)", data)
            self.db.executemany("INSERT OR IGNORE INTO mentions VALUES (?, ?)", mentions)
        return len(data)

    def nodes_of(self, aid: str) -> set[str]:
        """The node ids article ``aid``'s cached graph contributes to (empty: no row)."""
        return {n for (n,) in self.db.execute("SELECT node FROM mentions WHERE article = ?", (aid,))}

    def articles_mentioning(self, nodes: Iterable[str]) -> set[str]:
        """Every cached article that contributes to one of ``nodes``."""
        found: set[str] = set()
        nodes = list(nodes)
        for i in range(0, len(nodes), 500):
            chunk = nodes[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(a for (a,) in self.db.execute(
                f"SELECT DISTINCT article FROM mentions WHERE node IN ({marks})", chunk))
        return found

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM extracted").fetchone()[0]

    def graphs(self) -> Iterator[tuple[str, Graph]]:
        """Every cached article graph, in article-id order (streamed)."""
        for aid, doc in self.db.execute("SELECT article, doc FROM extracted ORDER BY article"):
            yield aid, decode_row(doc)

    def graphs_of(self, ids: Iterable[str]) -> Iterator[tuple[str, Graph]]:
        """The cached graphs of ``ids`` (those that have a row), in id order."""
        for aid in sorted(set(ids)):
            row = self.db.execute("SELECT doc FROM extracted WHERE article = ?", (aid,)).fetchone()
            if row is not None:
                yield aid, decode_row(row[0])

    def docs_of(self, ids: Iterable[str]) -> Iterator[tuple[str, dict]]:
        """``graphs_of`` as graph documents (plain dicts, ``Graph.to_dict`` form): what ``merge.merge_docs``
        folds without building a model object (and an edge key) per cached record."""
        for aid in sorted(set(ids)):
            row = self.db.execute("SELECT doc FROM extracted WHERE article = ?", (aid,)).fetchone()
            if row is not None:
                yield aid, json.loads(row[0])

    def ids(self) -> dict[str, str]:
        """Every cached article id -> sha256, whichever extractor made it."""
        return dict(self.db.execute("SELECT article, sha256 FROM extracted"))

    def delete(self, ids: Iterable[str]) -> int:
        data = [(aid,) for aid in ids]
        with self.db:
            self.db.executemany("DELETE FROM extracted WHERE article = ?", data)
            self.db.executemany("DELETE FROM mentions WHERE article = ?", data)
        return len(data)

    def merged(self) -> Graph:
        from .merge import merge_docs  # one pass over the rows as plain dicts: no model object per record
        return merge_docs(json.loads(doc) for (doc,) in self.db.execute("SELECT doc FROM extracted ORDER BY article"))

    def close(self) -> None:
        self.db.close()
