"""Writing a graph into a LadybugDB database in bounded memory: the schema, and rows in chunks.

Why: the first version flattened every node and edge of the graph into
Python rows before loading any, and kept one LadybugDB session (with the
default buffer pool, 80 % of RAM) for the whole load, so Python held a
flattened copy of the whole graph and LadybugDB every table it had touched:
2.7 GB for a 10k-article build.  Here the graph is scanned once for the
schema (column types, node ids per label, edge keys per table pair); the
nodes are then CREATEd ``NODE_CHUNK`` at a time and relationships COPied
``CHUNK_ROWS`` at a time, rows made from the graph and dropped; the session
is checkpointed, closed and reopened every few tables or chunks, with a
bounded buffer pool.
A COPY from parameters costs LadybugDB ~12-18 KB of memory a row (the
30k-row MENTIONS pair of a 10k-article graph: +560 MB), freed only when the
database is closed and the heap trimmed, so relationships go in chunks of
``CHUNK_ROWS`` with a fresh session per chunk.

LadybugDB 0.22 crashes (SIGSEGV) on a second COPY into a non-empty node
table, and on the third COPY into one relationship pair in one session; so
nodes are CREATEd, a relationship pair's later chunks each get a fresh
session (MATCH + CREATE of relationships was ~15x slower than COPY), and
incremental updates (``lbdb_update``) write with CREATE.
``embedded.py`` documents the store layout itself.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..batching import chunks
from ..buildtiming import trim_heap
from ..model import EDGE_TYPES, LABELS, Graph
from .flatten import edge_key, flatten_props

# Relationships per COPY: LadybugDB needs ~100-250 MB to COPY 8,192 of them from parameters.
CHUNK_ROWS = 8192
# Nodes are CREATEd this many at a time: a COPY of a 10k-row node table grew RSS by ~300 MB, CREATEs of 2,048
# rows at a time by ~90 MB a table, at about the same speed.
NODE_CHUNK = 2048
# LadybugDB's buffer pool defaults to 80 % of the machine's memory; a load checkpointed per chunk needs far less.
BUFFER_POOL_MB = int(os.environ.get("GRAPHKIT_LBDB_BUFFER_MB", "256"))

# (type, from label, to label) pairs SCHEMA.md allows.
SCHEMA_PAIRS: dict[str, list[tuple[str, str]]] = {
    "HOLDS": [("Official", "Office")],
    "IN_REGION": [(s, "Region") for s in ("Office", "Organization", "Event", "Venue")],
    "PART_OF": [("Region", "Region")],
    "LED": [("Official", "Event")],
    "ATTENDED": [(s, "Event") for s in ("Official", "Person", "Organization")],
    "HELD_AT": [("Event", "Venue")],
    "STATED": [(s, "Statement") for s in ("Official", "Person", "Organization")],
    "DURING": [("Statement", "Event")],
    "ABOUT": [("Statement", "Topic")],
    "MEMBER_OF": [(s, "Organization") for s in ("Official", "Person")],
    "MENTIONS": [("Article", t) for t in LABELS],
}
# Properties the shipped queries read: present as columns even before any data has them.
NODE_COLUMNS = {"name": "STRING", "title": "STRING", "text": "STRING", "type": "STRING", "date": "STRING",
                "code": "STRING", "kind": "STRING", "role": "STRING", "region": "STRING", "url": "STRING",
                "published": "STRING", "extractor": "STRING", "sources": "STRING[]", "aliases": "STRING[]",
                "topics": "STRING[]", "evidence_article": "STRING[]", "evidence_start": "INT64[]",
                "evidence_end": "INT64[]"}
EDGE_COLUMNS = {"capacity": "STRING", "as_of": "STRING", "count": "INT64", "extractor": "STRING",
                "sources": "STRING[]", "evidence_article": "STRING[]", "evidence_start": "INT64[]",
                "evidence_end": "INT64[]"}
KEYS = ("id", "key", "from", "to")


_SCALAR_TYPES = {bool: "BOOLEAN", int: "INT64", float: "DOUBLE", str: "STRING"}


def type_of(value: Any) -> str | None:
    if value is None:
        return None
    fast = _SCALAR_TYPES.get(type(value))
    if fast is not None:
        return fast
    if type(value) is list and value:  # the common case, a list of one plain type (e.g. evidence offsets)
        kinds = set(map(type, value))
        if len(kinds) == 1 and (fast := _SCALAR_TYPES.get(kinds.pop())) is not None:
            return fast + "[]"
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INT64"
    if isinstance(value, float):
        return "DOUBLE"
    if isinstance(value, list):
        inner = {type_of(v) for v in value} - {None}
        if not inner:
            return None
        return f"{inner.pop()}[]" if len(inner) == 1 and not inner & {"STRING[]"} else "STRING[]"
    return "STRING"


def widen(have: str, new: str) -> str:
    """The column type holding values of both types: ints with floats become DOUBLE, other mixes STRING."""
    if have == new:
        return have
    pair = {have, new}
    return ("DOUBLE" if pair == {"INT64", "DOUBLE"} else "DOUBLE[]" if pair == {"INT64[]", "DOUBLE[]"}
            else "STRING[]" if all(x.endswith("[]") for x in pair) else "STRING")


def add_columns(cols: dict[str, str], props: dict) -> None:
    for name, value in props.items():
        t = type_of(value)
        if t is not None and name not in KEYS:
            cols[name] = widen(cols[name], t) if name in cols else t


def coerce(value: Any, col_type: str) -> Any:
    """Fit a value to its column (only needed where one property had mixed types)."""
    if value is None:
        return None
    if col_type == "STRING" and not isinstance(value, str):
        return str(value)
    if col_type == "STRING[]" and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if col_type == "DOUBLE" and isinstance(value, int):
        return float(value)
    if col_type == "DOUBLE[]" and isinstance(value, list):
        return [float(v) for v in value]
    return value


def quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def row_weight(props: dict) -> int:
    """What a row costs a load: one, plus its list values (an evidence span counts three)."""
    return 1 + sum(len(v) for v in props.values() if type(v) is list) + 3 * len(props.get("evidence") or ())


class Plan:
    """What one scan of the graph tells the loader: columns, which rows go to which table, and each row's
    weight (``row_weight``: a graph read back from its file is not scanned a second time for it)."""

    def __init__(self, graph: Graph):
        self.cols: dict[str, str] = {**NODE_COLUMNS, **EDGE_COLUMNS}
        self.label_of: dict[str, str | None] = {}
        self.node_ids: dict[str, list[str]] = {label: [] for label in LABELS}
        self.node_weights: dict[str, list[int]] = {label: [] for label in LABELS}
        self.edge_keys: dict[tuple[str, str, str], list[tuple]] = {}
        self.edge_weights: dict[tuple[str, str, str], list[int]] = {}
        self.pairs: dict[str, list[tuple[str, str]]] = {t: list(SCHEMA_PAIRS.get(t, [])) for t in EDGE_TYPES}
        for n in graph.sorted_nodes():
            label = n.label if n.label in LABELS else None
            self.label_of[n.id] = label
            if label:
                self.node_ids[label].append(n.id)
                self.node_weights[label].append(row_weight(n.properties))
            add_columns(self.cols, flatten_props(n.properties))
        self.edges = 0
        for key in sorted(graph.edges):
            e = graph.edges[key]
            if e.type not in EDGE_TYPES or e.source not in self.label_of or e.target not in self.label_of:
                continue
            self.edges += 1
            add_columns(self.cols, flatten_props(e.properties))
            s, t = self.label_of[e.source], self.label_of[e.target]
            if s and t:
                if (s, t) not in self.pairs[e.type]:
                    self.pairs[e.type].append((s, t))
                self.edge_keys.setdefault((e.type, s, t), []).append(key)
                self.edge_weights.setdefault((e.type, s, t), []).append(row_weight(e.properties))
        self.node_cols = {k: v for k, v in self.cols.items() if k not in KEYS}
        self.edge_cols = {"key": "STRING", **self.node_cols}


def create_schema(conn, node_cols: dict[str, str], edge_cols: dict[str, str],
                  pairs: dict[str, list[tuple[str, str]]]) -> None:
    node_decl = ", ".join(f"{quote(c)} {t}" for c, t in node_cols.items())
    for label in LABELS:
        conn.execute(f"CREATE NODE TABLE {label}(id STRING PRIMARY KEY, {node_decl})")
    edge_decl = ", ".join(f"{quote(c)} {t}" for c, t in edge_cols.items())
    for etype in EDGE_TYPES:
        pair_decl = ", ".join(f"FROM {s} TO {t}" for s, t in pairs[etype])
        conn.execute(f"CREATE REL TABLE {etype}({pair_decl}, {edge_decl})")


def node_rows(graph: Graph, ids: Iterable[str]) -> Iterator[dict]:
    for nid in ids:
        yield {**flatten_props(graph.nodes[nid].properties), "id": nid}


def edge_rows(graph: Graph, keys: Iterable[tuple]) -> Iterator[dict]:
    for key in keys:
        e = graph.edges[key]
        yield {"from": e.source, "to": e.target, **flatten_props(e.properties), "key": edge_key(e)}


def _used(cols: dict[str, str], rows: list[dict], always: int) -> list[str]:
    names = list(cols)
    return [n for i, n in enumerate(names) if i < always or any(r.get(n) is not None for r in rows)]


def _params(cols: dict[str, str], used: list[str], rows: list[dict]) -> list[dict]:
    return [{f"c{i}": coerce(row.get(n), cols[n]) for i, n in enumerate(used)} for row in rows]


def copy_rows(conn, table: str, cols: dict[str, str], rows: list[dict], pair: tuple[str, str] | None = None) -> None:
    """One bulk ``COPY`` of ``rows`` into ``table``.

    Only columns with a value in some row travel as parameters; the others are
    typed NULL casts in the query, which makes the load about 6x faster than
    shipping a full-width map per row.
    """
    if not rows:
        return
    used = _used(cols, rows, 3 if pair else 1)
    fields = ", ".join(f"r.c{used.index(n)}" if n in used else f"CAST(NULL AS {cols[n]})" for n in cols)
    options = f" (from='{pair[0]}', to='{pair[1]}')" if pair else ""  # labels come from model.LABELS only
    conn.execute(f"COPY {table} FROM (UNWIND $rows AS r RETURN {fields}){options}",
                 {"rows": _params(cols, used, rows)})


def create_nodes(conn, table: str, cols: dict[str, str], rows: list[dict]) -> None:
    """``CREATE`` nodes into a table that already has rows (a second COPY would crash LadybugDB)."""
    if not rows:
        return
    used = _used(cols, rows, 1)
    fields = ", ".join(f"{quote(n)}: r.c{i}" for i, n in enumerate(used))
    conn.execute(f"UNWIND $rows AS r CREATE (:{table} {{{fields}}})", {"rows": _params(cols, used, rows)})


class Session:
    """A writable connection that is recycled as it loads: LadybugDB keeps the memory of every table a
    connection has loaded into (~40-80 MB each, with a checkpoint per chunk or not) until the database
    is closed, so the loader checkpoints, closes and reopens it once ``TABLES_PER_SESSION`` tables or
    ``ROWS_PER_SESSION`` rows have been loaded.  A recycle costs ~0.3 s (mostly the checkpoint)."""

    TABLES_PER_SESSION = 3
    ROWS_PER_SESSION = 8192

    def __init__(self, path: str, buffer_mb: int | None = None):
        self.buffer_mb = buffer_mb or BUFFER_POOL_MB
        import ladybug
        self._lb, self.path = ladybug, path
        self.tables: set[str] = set()
        self.rows = 0
        self._open()

    def _open(self) -> None:
        self.db = self._lb.Database(self.path, auto_checkpoint=False, buffer_pool_size=self.buffer_mb << 20)
        self.conn = self._lb.Connection(self.db)

    def execute(self, query: str, params: dict | None = None):
        return self.conn.execute(query, params or {})

    def loading(self, table: str, rows: int) -> None:
        """Note a load of ``rows`` into ``table``, recycling first when this session has done enough."""
        if self.tables and (table not in self.tables and len(self.tables) >= self.TABLES_PER_SESSION
                            or self.rows + rows > self.ROWS_PER_SESSION):
            self.recycle()
        self.tables.add(table)
        self.rows += rows

    def recycle(self) -> None:
        self.conn.execute("CHECKPOINT")
        self.close()
        trim_heap()  # freed heap back to the OS: RSS would only grow across tables
        self._open()
        self.tables, self.rows = set(), 0

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def load_rows(session: Session, graph: Graph, plan: Plan) -> None:
    """Every node and edge of ``plan``, a chunk at a time, in sessions of bounded memory."""
    node_cols = {"id": "STRING", **plan.node_cols}
    for label in LABELS:
        for rows in chunks(node_rows(graph, plan.node_ids[label]), NODE_CHUNK):
            session.loading(label, len(rows))
            create_nodes(session, label, node_cols, rows)
    edge_cols = {"from": "STRING", "to": "STRING", **plan.edge_cols}
    for etype in EDGE_TYPES:
        for s, t in plan.pairs[etype]:
            for i, rows in enumerate(chunks(edge_rows(graph, plan.edge_keys.get((etype, s, t), ())), CHUNK_ROWS)):
                if i:  # a later COPY into the same pair only in a fresh session (see the module docstring)
                    session.recycle()
                session.loading(etype, len(rows))
                copy_rows(session, etype, edge_cols, rows, (s, t))
    session.execute("CHECKPOINT")
