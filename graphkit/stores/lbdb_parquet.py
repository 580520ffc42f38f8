"""Loading a fresh LadybugDB store through Parquet files: one bulk ``COPY`` per table or relationship pair.

Why: ``COPY ... FROM (UNWIND $rows ...)`` converts every value in Python
(ladybug's value-signature walk alone was ~20 % of a load) and costs
LadybugDB 12-18 KB a row until the session closes, so ``lbdb_load`` has to go
in chunks of 8k rows with a checkpoint and a reopen per chunk: about 1,000
relationships a second.  A Parquet file is typed column data the engine's own
``COPY`` reads natively.  Each node table and each relationship pair gets one
file, written ``ROW_GROUP`` rows at a time (Python holds one group of rows,
never the table), then copied once into its empty table or pair and deleted
(LadybugDB 0.22 crashes on a second ``COPY`` into a non-empty node table, so
one file per table is also what keeps the load safe).

Needs pyarrow; ``available()`` says whether it is there, and ``embedded.load``
falls back to the parameter path of ``lbdb_load`` without it.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..batching import chunks
from ..model import EDGE_TYPES, LABELS, Graph
from .lbdb_load import Plan, Session, coerce, edge_rows, node_rows

# Rows per Parquet row group: what Python holds at once while writing a table's file.
ROW_GROUP = 20_000


def available() -> bool:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def _arrow_type(col_type: str):
    import pyarrow as pa
    scalar = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_()}
    return pa.list_(scalar[col_type[:-2]]) if col_type.endswith("[]") else scalar[col_type]


def write_parquet(path: Path, cols: dict[str, str], rows: Iterator[dict]) -> int:
    """``rows`` as a Parquet file with one column per ``cols`` entry, in that order (the table's order)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    names = list(cols)
    schema = pa.schema([(f"c{i}", _arrow_type(cols[n])) for i, n in enumerate(names)])
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for group in chunks(rows, ROW_GROUP):
            arrays = [pa.array([coerce(r.get(n), cols[n]) for r in group], type=schema.field(i).type)
                      for i, n in enumerate(names)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            written += len(group)
    return written


def _literal(path: Path) -> str:
    """A file path as a Cypher string literal."""
    return "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"


def load_files(session: Session, graph: Graph, plan: Plan, workdir: Path) -> None:
    """Every node and edge of ``plan``: one Parquet file and one ``COPY`` per node table / relationship pair."""
    tmp = Path(tempfile.mkdtemp(prefix=".lbdb-load.", dir=workdir))
    try:
        node_cols = {"id": "STRING", **plan.node_cols}
        for label in LABELS:
            ids = plan.node_ids[label]
            if ids:
                _copy(session, label, tmp / f"{label}.parquet", node_cols, node_rows(graph, ids), "")
        edge_cols = {"from": "STRING", "to": "STRING", **plan.edge_cols}
        for etype in EDGE_TYPES:
            for s, t in plan.pairs[etype]:
                keys = plan.edge_keys.get((etype, s, t))
                if keys:  # labels and types come from model.LABELS / EDGE_TYPES only
                    _copy(session, etype, tmp / f"{etype}-{s}-{t}.parquet", edge_cols, edge_rows(graph, keys),
                          f" (from='{s}', to='{t}')")
        session.execute("CHECKPOINT")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _copy(session: Session, table: str, path: Path, cols: dict[str, str], rows: Iterator[dict], options: str) -> None:
    write_parquet(path, cols, rows)
    session.loading(table, 0)
    session.execute(f"COPY {table} FROM {_literal(path)}{options}")
    path.unlink()
