"""The extraction cache of a build folder: one row per article (id, sha256, extracted graph).

It is what makes builds incremental and crash-safe: an article already
extracted with the same text is not extracted again, a changed article
replaces its row, and the final graph is always rebuilt from all rows in
article-id order, so building A then B equals building A+B at once.
SQLite gives atomic commits: a killed build loses at most the rows of the
batch in flight, and a rerun completes it.
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

from .model import Edge, Graph, Node, merge_all

SCHEMA = """CREATE TABLE IF NOT EXISTS extracted (
  article TEXT PRIMARY KEY, sha256 TEXT NOT NULL, extractor TEXT NOT NULL, doc TEXT NOT NULL)"""


@functools.lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """The extractor's name and a hash of its code and data: a cached row made by
    another extractor version is extracted again, so an upgrade never mixes outputs."""
    from .extract import EXTRACTOR
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for folder in ("extract", "data"):
        for f in sorted((root / folder).rglob("*")):
            if f.is_file() and f.suffix in (".py", ".csv", ".json", ".txt", ".tsv"):
                digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return f"{EXTRACTOR}+{digest.hexdigest()[:12]}"


def encode_row(graph: Graph) -> str:
    """The cached form of one article graph (compact JSON); run in the extraction workers."""
    return json.dumps(graph.to_dict(), ensure_ascii=False, separators=(",", ":"))


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
            self.db.commit()
        except BaseException:
            self.db.close()
            raise

    def known(self) -> dict[str, str]:
        """article id -> sha256 of the rows this extractor version made."""
        return dict(self.db.execute("SELECT article, sha256 FROM extracted WHERE extractor = ?", (self.extractor,)))

    def put_many(self, rows: Iterable[tuple[str, str, str | Graph]]) -> int:
        """Store (article id, sha256, graph or its ``encode_row`` text) rows in one transaction."""
        data = [(aid, sha, self.extractor, doc if isinstance(doc, str) else encode_row(doc))
                for aid, sha, doc in rows]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO extracted VALUES (?, ?, ?, ?)", data)
        return len(data)

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

    def ids(self) -> dict[str, str]:
        """Every cached article id -> sha256, whichever extractor made it."""
        return dict(self.db.execute("SELECT article, sha256 FROM extracted"))

    def delete(self, ids: Iterable[str]) -> int:
        data = [(aid,) for aid in ids]
        with self.db:
            self.db.executemany("DELETE FROM extracted WHERE article = ?", data)
        return len(data)

    def merged(self) -> Graph:
        return merge_all(g for _, g in self.graphs())

    def close(self) -> None:
        self.db.close()
