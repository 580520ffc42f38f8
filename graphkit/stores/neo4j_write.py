"""Neo4j over Bolt, the write side: allow-listed Cypher, batched UNWIND, read-merge-write.

Why it is built this way:

* **Cypher text only from allow-lists.**  Labels and relationship types come
  from ``graphkit.model.LABELS``/``EDGE_TYPES`` and property names must be
  plain identifiers; every value travels as a parameter.  Names and quotes
  full of ``'`` ``"`` `````, ``$``, ``//`` or ``MATCH (n) DETACH DELETE n`` are
  therefore stored verbatim and cannot change a statement.
* **Read-merge-write per batch.**  Each batch is one managed transaction
  (``node_tx``/``edge_tx``) that reads the stored properties of the batch's
  nodes (or relationships), merges them with ``graphkit.props.merge_properties``
  (the same union the builder uses: ``sources``/``evidence``/aliases unioned,
  conflicts resolved deterministically) and writes back only rows that changed.
  Loading the same graph twice writes nothing (0 created, 0 properties set);
  loading a graph with more articles unions provenance instead of overwriting it.
* **MERGE on ``id`` (nodes) and on ``key`` (relationships)**, so a load killed
  at any point and rerun ends with the complete graph and no duplicates.
* **One form both Neo4j 5 and FalkorDB accept**: rows are flat maps
  (``SET n.p = coalesce(row.p0, n.p)``), because FalkorDB rejects
  ``SET n += row.props`` on a map nested in a list parameter.
* **Small messages for FalkorDB**: batches can be bounded in bytes, and lists
  too big for one message are appended in chunks (``_write_large``), because
  FalkorDB's Bolt drops (or crashes on) messages above about 4 KB.

The driver loop that feeds these transactions is ``graphkit.stores.neo4j.load_graph``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import StoreError
from ..model import EDGE_TYPES, LABELS, Edge, Node, merge_properties
from .flatten import edge_key, flatten_props, unflatten_props
from .neo4j_connect import verbatim

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
FALKORDB_MAX_BATCH_BYTES = 2000  # FalkorDB's Bolt drops (or crashes on) messages above ~4 KB
COUNTERS = ("nodes_created", "relationships_created", "properties_set", "labels_added")


def _ident(name: str, what: str) -> str:
    if not _IDENT.match(name):
        raise StoreError(f"{what} {name!r} is not a plain identifier",
                         fix="rename the property in the graph document (letters, digits, _)")
    return name


def label_name(name: str) -> str:
    if name not in LABELS:
        raise StoreError(f"label {name!r} is not in graphkit.model.LABELS", fix="fix the graph document")
    return name


def rel_type_name(name: str) -> str:
    if name not in EDGE_TYPES:
        raise StoreError(f"relationship type {name!r} is not in graphkit.model.EDGE_TYPES",
                         fix="fix the graph document")
    return name


def create_schema(session, labels: Iterable[str]) -> list[str]:
    """Uniqueness constraints on ``id`` per label (Neo4j 5), else an index (FalkorDB); warn, never crash."""
    indexed, missing = [], []
    for label in sorted(set(labels)):
        label_name(label)
        name = f"graphkit_{label.lower()}_id"
        try:
            session.run(f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE").consume()
            continue
        except Exception:  # noqa: BLE001 - a server without constraints is reported, not fatal
            pass
        try:
            session.run(f"CREATE INDEX FOR (n:{label}) ON (n.id)").consume()
            indexed.append(label)
        except Exception:  # noqa: BLE001 - e.g. the index exists already
            missing.append(label)
    warnings = []
    if indexed:
        warnings.append("the server rejected CREATE CONSTRAINT; created an index on id instead for "
                        + ", ".join(indexed))
    if missing:
        warnings.append("the server rejected CREATE CONSTRAINT and CREATE INDEX (it may exist already) for "
                        + ", ".join(missing) + "; MERGE still keeps ids unique")
    return warnings


def _size(item: Node | Edge) -> int:
    """Approximate Bolt size of one row: its properties' JSON, its identifiers (an edge row
    carries source, target and its key, which repeats both) and room for the statement."""
    ids = item.id if isinstance(item, Node) else item.source + item.target + edge_key(item)
    return len(json.dumps(item.properties, ensure_ascii=False).encode("utf-8")) + len(ids.encode("utf-8")) + 64


def batches(items: list, size: int, max_bytes: int | None = None) -> Iterator[list]:
    """Batches of at most ``size`` items and (when given) about ``max_bytes`` of parameters."""
    batch: list = []
    used = 0
    for item in items:
        cost = _size(item) if max_bytes else 0
        if batch and (len(batch) >= size or (max_bytes and used + cost > max_bytes)):
            yield batch
            batch, used = [], 0
        batch.append(item)
        used += cost
    if batch:
        yield batch


def _changes(stored: dict | None, wanted: dict) -> dict:
    """Flattened properties to write: the union of stored and wanted, minus what is already stored."""
    if stored is None:
        return wanted
    merged = flatten_props(merge_properties(unflatten_props(stored), unflatten_props(wanted)))
    # an empty list or string is no news where the property is absent: neo4j-admin import stores
    # empty fields as "no property", and a load on top of an import must change nothing
    return {k: v for k, v in merged.items() if stored.get(k) != v and not (_empty(v) and _empty(stored.get(k)))}


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def _set_clause(var: str, keys: list[str], esc=verbatim) -> str:
    """Neo4j: one ``SET x += row.props`` (only changed keys travel); FalkorDB, which rejects a map
    nested in a list parameter: a ``coalesce`` per key on flat rows."""
    for k in keys:
        _ident(k, "property")
    if esc is verbatim:
        return f" SET {var} += row.props"
    return "".join(f" SET {var}.{k} = coalesce(row.p{i}, {var}.{k})" for i, k in enumerate(keys))


def _rows(items: list[tuple[dict, dict]], keys: list[str], esc=verbatim) -> list[dict]:
    if esc is verbatim:
        return [{**ident, "props": props} for ident, props in items]
    return [{**ident, **{f"p{i}": props[k] for i, k in enumerate(keys) if k in props}} for ident, props in items]


def _split_large(todo: list[tuple[dict, dict]], max_bytes: int | None) -> list[tuple[dict, str, list]]:
    """Take lists too big for one message out of the rows; they are appended in chunks afterwards."""
    later = []
    if not max_bytes:
        return later
    for ident, changes in todo:
        for k in [k for k, v in changes.items() if isinstance(v, list) and _jlen(v) > max_bytes // 4]:
            later.append((ident, k, changes.pop(k)))
    return later


def _jlen(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def _chunks(values: list, max_bytes: int) -> Iterator[list]:
    chunk: list = []
    used = 0
    for v in values:
        cost = _jlen(v) + 1
        if chunk and used + cost > max_bytes // 2:
            yield chunk
            chunk, used = [], 0
        chunk.append(v)
        used += cost
    yield chunk


def _write_large(tx, match: str, var: str, later: list, max_bytes: int, esc) -> int:
    """``SET x.p = $chunk`` then ``SET x.p = x.p + $chunk``: big lists in messages FalkorDB accepts."""
    props = 0
    for ident, key, values in later:
        for i, chunk in enumerate(_chunks(values, max_bytes)):
            rhs = "$chunk" if i == 0 else f"{var}.{_ident(key, 'property')} + $chunk"
            tx.run(f"{match} SET {var}.{_ident(key, 'property')} = {rhs}", **esc({**ident, "chunk": chunk})).consume()
        props += 1
    return props


def node_tx(tx, labels: tuple[str, ...], batch: list[Node], esc=verbatim, max_bytes: int | None = None) -> dict:
    label, extra = labels[0], labels[1:]
    found = {r["id"]: (r["p"], set(r["l"])) for r in tx.run(
        f"UNWIND $ids AS nid MATCH (n:{label} {{id: nid}}) RETURN n.id AS id, properties(n) AS p, labels(n) AS l",
        ids=esc([n.id for n in batch]))}
    todo = []
    for n in batch:
        have, has_labels = found.get(n.id, (None, set()))
        wanted = {k: v for k, v in flatten_props(n.properties).items() if k != "id"}
        changes = _changes({k: v for k, v in have.items() if k != "id"} if have is not None else None, wanted)
        if have is None or changes or not set(extra) <= has_labels:
            todo.append(({"id": n.id}, changes))
    later = _split_large(todo, max_bytes)
    keys = sorted({k for _, c in todo for k in c})
    out = {"written": len(todo)}
    if todo:
        labels_set = "".join(f" SET n:{label_name(x)}" for x in extra)
        res = tx.run(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}){_set_clause('n', keys, esc)}{labels_set}",
                     rows=esc(_rows(todo, keys, esc)))
        c = res.consume().counters
        out.update({k: getattr(c, k) for k in COUNTERS})
        out["properties_set"] += _write_large(tx, f"MATCH (n:{label} {{id: $id}})", "n", later, max_bytes, esc)
    return out


def edge_tx(tx, group: tuple[str, str, str], batch: list[Edge], esc=verbatim, max_bytes: int | None = None) -> dict:
    rtype, sl, tl = group
    rows = [{"s": e.source, "t": e.target, "key": edge_key(e)} for e in batch]
    stored = {r["key"]: r["p"] for r in tx.run(
        # anchored on the source only (the key names both ends): a filter on the target's id let Neo4j
        # start from a dense target (a Region with thousands of MENTIONS) and made reloads 10x slower
        f"UNWIND $rows AS row MATCH (a:{sl} {{id: row.s}})-[r:{rtype}]->(:{tl}) WHERE r.key = row.key "
        "RETURN row.key AS key, properties(r) AS p", rows=esc(rows))}
    todo = []
    for e, ident in zip(batch, rows):
        have = stored.get(ident["key"])
        wanted = {k: v for k, v in flatten_props(e.properties).items() if k != "key"}
        changes = _changes({k: v for k, v in have.items() if k != "key"} if have is not None else None, wanted)
        if have is None or changes:
            todo.append((ident, changes))
    later = _split_large(todo, max_bytes)
    keys = sorted({k for _, c in todo for k in c})
    out = {"written": len(todo), "missing_endpoints": 0}
    if todo:
        res = tx.run(f"UNWIND $rows AS row MATCH (a:{sl} {{id: row.s}}) MATCH (b:{tl} {{id: row.t}}) "
                     f"MERGE (a)-[r:{rtype} {{key: row.key}}]->(b){_set_clause('r', keys, esc)} RETURN count(r) AS n",
                     rows=esc(_rows(todo, keys, esc)))
        matched = res.single()["n"]
        c = res.consume().counters
        out.update({k: getattr(c, k) for k in COUNTERS}, missing_endpoints=len(todo) - matched)
        match = f"MATCH (a:{sl} {{id: $s}})-[r:{rtype} {{key: $key}}]->(b:{tl} {{id: $t}})"
        out["properties_set"] += _write_large(tx, match, "r", later, max_bytes, esc)
    return out
