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

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..batching import chunks
from ..model import EDGE_TYPES, LABELS, Graph
from .lbdb_load import NODE_CHUNK, Plan, Session, coerce, create_nodes, edge_rows, node_rows

# Rows per Parquet row group: what Python holds at once while writing a table's file.
ROW_GROUP = 20_000
# Rows per COPY.  A COPY needs the engine's buffer pool (256 MB, lbdb_load.BUFFER_POOL_MB) to hold what
# it loads: one file for a 100k-article graph's biggest table filled it ("buffer pool is full").  A
# relationship pair takes its later chunks in fresh sessions (a third COPY into one pair in one session
# crashes LadybugDB 0.22); a node table cannot take a second COPY at all, so its later chunks are CREATEd.
NODE_COPY_ROWS = 50_000
REL_COPY_ROWS = 100_000
# ... and at most this many list elements (evidence spans, sources ...) per COPY: a region named in
# 10,000 articles is one row with 30,000 evidence values.
COPY_VALUES = 2_000_000
# A node table's first (and only) COPY: at most this many list values.  Its rows past it are CREATEd as
# parameters, which cost LadybugDB ~700 bytes a list value until the session closes: on a 100k-article graph
# the 553 Region rows hold 4.7M values, and with the relationships' 2M cap the 2.7M past the COPY took 1.9 GB
# (the build's peak); one COPY of all of them fits the load's 1 GB pool without a visible rise.
NODE_COPY_VALUES = int(os.environ.get("GRAPHKIT_LBDB_NODE_COPY_VALUES", "6000000"))
# ... and at most this many list values per CREATE of a node table's rows past its first COPY: those rows go in as
# Python parameters, which LadybugDB holds until the session closes; towards the session's recycling
# (``Session.ROWS_PER_SESSION``), ``VALUES_PER_ROW`` list values count as one row.
CREATE_VALUES = 200_000
VALUES_PER_ROW = 64
# The load session's buffer pool: a COPY holds what it loads there (readers keep 256 MB).
LOAD_BUFFER_MB = int(os.environ.get("GRAPHKIT_LBDB_LOAD_BUFFER_MB", "1024"))


def _spans(weights: list[int], max_rows: int, max_values: int | None = None) -> list[tuple[int, int]]:
    """[start, end) index ranges of at most ``max_rows`` rows and ``max_values`` (``COPY_VALUES``) weight (at
    least one row)."""
    cap = COPY_VALUES if max_values is None else max_values
    spans, start, total = [], 0, 0
    for i, w in enumerate(weights):
        if i > start and (i - start >= max_rows or total + w > cap):
            spans.append((start, i))
            start, total = i, 0
        total += w
    if start < len(weights):
        spans.append((start, len(weights)))
    return spans


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
            weights = plan.node_weights[label]
            first = _spans(weights, NODE_COPY_ROWS, NODE_COPY_VALUES)[:1]
            copied = first[0][1] if first else 0
            if copied:
                _copy(session, label, tmp / f"{label}.parquet", node_cols, node_rows(graph, ids[:copied]), "")
            rest = weights[copied:]
            for i, j in _spans(rest, NODE_CHUNK, CREATE_VALUES):
                rows = list(node_rows(graph, ids[copied + i:copied + j]))
                # a row of many list values weighs like several rows on the session's memory
                session.loading(label, len(rows) + sum(rest[i:j]) // VALUES_PER_ROW)
                create_nodes(session, label, node_cols, rows)
        edge_cols = {"from": "STRING", "to": "STRING", **plan.edge_cols}
        for etype in EDGE_TYPES:
            for s, t in plan.pairs[etype]:
                keys = plan.edge_keys.get((etype, s, t)) or []
                spans = _spans(plan.edge_weights.get((etype, s, t)) or [], REL_COPY_ROWS)
                for i, j in spans:  # labels and types come from LABELS / EDGE_TYPES only
                    if i:
                        session.recycle()
                    _copy(session, etype, tmp / f"{etype}-{s}-{t}-{i}.parquet", edge_cols,
                          edge_rows(graph, keys[i:j]), f" (from='{s}', to='{t}')")
        session.execute("CHECKPOINT")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _copy(session: Session, table: str, path: Path, cols: dict[str, str], rows: Iterator[dict], options: str) -> None:
    write_parquet(path, cols, rows)
    session.loading(table, 0)
    session.execute(f"COPY {table} FROM {_literal(path)}{options}")
    path.unlink()
