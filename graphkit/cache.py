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
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Edge, Graph, Node

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


class ExtractionCache:
    def __init__(self, path: str | Path, extractor: str | None = None):
        self.path = Path(path)
        self.extractor = extractor or extraction_fingerprint()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)
        self.db.commit()

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
            d = json.loads(doc)
            yield aid, Graph((Node.model_construct(**n) for n in d["nodes"]),
                             (Edge.model_construct(**e) for e in d["edges"]))

    def merged(self) -> Graph:
        from .merge import merge_docs  # one pass over the rows as plain dicts: no model object per record
        return merge_docs(json.loads(doc) for (doc,) in self.db.execute("SELECT doc FROM extracted ORDER BY article"))

    def close(self) -> None:
        self.db.close()
