"""Applying a ``GraphDelta`` to an existing LadybugDB store: the incremental path of ``embedded``.

Why: rewriting the whole Cypher store was 29 s of a build that added ten
articles to 10k.  A delta touches a few hundred rows: relationships that
changed or went away are deleted by key and the changed ones CREATEd again;
nodes that went away are DETACH DELETEd, changed ones SET column by column
(a node keeps its relationships), new ones CREATEd.  The result answers
every query like a store written from scratch by ``load``.

What the delta cannot express in place falls back to a full rewrite (the
caller's ``write_store``): a property whose values need a wider column type
than the store has, a node whose primary label (and so its table) changed,
or a relationship between two labels its table was not declared for.  New
property names are added as columns (``ALTER TABLE ... ADD``) to every table,
as ``load`` would have declared them.
"""
from __future__ import annotations

import os

from ..delta import GraphDelta
from ..model import EDGE_TYPES, LABELS, Graph
from .flatten import flatten_props
from .lbdb_load import CHUNK_ROWS, KEYS, Session, add_columns, chunks, coerce, create_nodes, edge_rows, node_rows, quote


# The update's buffer pool: LadybugDB keeps every page an update dirtied in it until the CHECKPOINT, and a
# relationship SET on a hub (a Region with ~100k incoming relationships at 100k articles) dirties many.
UPDATE_BUFFER_MB = int(os.environ.get("GRAPHKIT_LBDB_UPDATE_BUFFER_MB", "1024"))


class UpdateSession(Session):
    """The update's session: a statement the buffer pool cannot hold runs again after a CHECKPOINT has written
    the pages dirtied so far (and so freed them).

    Why: with the load's 256 MB pool, adding ten articles to the 100k store filled it (relationship SETs and
    DELETEs on hubs) and the update fell back to rewriting the whole store: 137 s of the build's 151 s of stores."""

    def __init__(self, path: str, buffer_mb: int | None = None) -> None:
        super().__init__(path, buffer_mb or UPDATE_BUFFER_MB)
        self.checkpoints = 0

    def execute(self, query: str, params: dict | None = None):
        try:
            return super().execute(query, params)
        except RuntimeError as exc:
            if "buffer pool is full" not in str(exc) or query == "CHECKPOINT":
                raise
        super().execute("CHECKPOINT")  # a failed statement changed nothing (each one is its own transaction)
        self.checkpoints += 1
        return super().execute(query, params)


class NeedsRewrite(Exception):
    """The delta cannot be applied in place; the caller rewrites the store from the graph."""


def _columns(session: Session) -> dict[str, str]:
    rows = session.execute(f"CALL table_info('{LABELS[0]}') RETURN *").get_all()
    return {name: typ for _, name, typ, *_ in rows if name not in KEYS}


def _pairs(session: Session) -> dict[str, set[tuple[str, str]]]:
    return {t: {(r[0], r[1]) for r in session.execute(f"CALL show_connection('{t}') RETURN *").get_all()}
            for t in EDGE_TYPES}


def _stored_labels(session: Session, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in chunks(ids, CHUNK_ROWS):
        for nid, label in session.execute("UNWIND $ids AS i MATCH (n) WHERE n.id = i RETURN n.id, label(n)",
                                          {"ids": part}).get_all():
            out[nid] = label
    return out


def _plan_columns(session: Session, delta: GraphDelta) -> tuple[dict[str, str], dict[str, str]]:
    """(all columns after the update, the new ones); NeedsRewrite when a stored column is too narrow."""
    have = _columns(session)
    cols = dict(have)
    for item in [*delta.upsert_nodes, *delta.upsert_edges]:
        add_columns(cols, flatten_props(item.properties))
    if any(cols[name] != typ for name, typ in have.items()):
        raise NeedsRewrite("a column needs a wider type")
    return cols, {k: v for k, v in cols.items() if k not in have}


def apply(session: Session, graph: Graph, delta: GraphDelta) -> dict:
    """Apply ``delta`` (whose result is ``graph``) through ``session``; returns counts of what was written."""
    cols, new_cols = _plan_columns(session, delta)
    label_of = {n.id: (n.label if n.label in LABELS else None) for n in delta.upsert_nodes}
    stored = _stored_labels(session, sorted(label_of))
    if any(nid in stored and stored[nid] != label for nid, label in label_of.items()):
        raise NeedsRewrite("a node changed its primary label")
    pairs = _pairs(session)
    # a changed relationship (its previous value known) keeps its row: only the columns that differ are SET.
    # Deleting and re-creating it made LadybugDB's CHECKPOINT rewrite the CSR groups of both sides.
    olds = delta.old_edges if delta.olds_known else {}
    edges: dict[tuple[str, str, str], list[tuple]] = {}
    changed: dict[tuple[str, str, str], list[tuple]] = {}
    for e in delta.upsert_edges:
        if e.type not in EDGE_TYPES or e.source not in graph.nodes or e.target not in graph.nodes:
            continue
        s, t = graph.nodes[e.source].label, graph.nodes[e.target].label
        if s in LABELS and t in LABELS:
            if (s, t) not in pairs[e.type]:
                raise NeedsRewrite(f"{e.type} has no table for {s} -> {t}")
            # its row is in the store when it had a previous value and both ends were stored (an end not upserted
            # is unchanged, so stored as it is now)
            was_stored = e.key in olds and all(x not in label_of or x in stored for x in (e.source, e.target))
            (changed if was_stored else edges).setdefault((e.type, s, t), []).append(e.key)
    for name, typ in new_cols.items():
        for table in (*LABELS, *EDGE_TYPES):
            session.execute(f"ALTER TABLE {table} ADD {quote(name)} {typ}")
    # relationships to delete: gone ones (and, when previous values are unknown, every upserted one, which is
    # then created again; a new one has none to delete)
    gone = [*delta.delete_edges, *([] if delta.olds_known else [e.key for e in delta.upsert_edges])]
    for (etype, s, t), rows in sorted(_by_pair(session, gone, pairs).items()):
        for part in chunks(rows, CHUNK_ROWS):
            _delete_edges(session, etype, (s, t), part)
    doomed = _stored_labels(session, list(delta.delete_nodes))
    for label in sorted(set(doomed.values())):  # each looked up in its own table, as the relationships above
        for part in chunks(sorted(i for i, lab in doomed.items() if lab == label), CHUNK_ROWS):
            session.execute(f"UNWIND $ids AS i MATCH (n:{label}) WHERE n.id = i DETACH DELETE n", {"ids": part})
    node_cols = {"id": "STRING", **cols}
    old_nodes = delta.old_nodes if delta.olds_known else {}
    for label in LABELS:
        ids = [nid for nid, lab in label_of.items() if lab == label]
        kept = [i for i in ids if i in stored]
        olds_of = [old_nodes[i].properties if i in old_nodes else None for i in kept]
        for names, rows in _by_changed_columns(node_rows(graph, kept), olds_of, cols):
            _set_nodes(session, label, {"id": "STRING", **{n: cols[n] for n in names}}, rows)
        for rows in chunks(node_rows(graph, [i for i in ids if i not in stored]), CHUNK_ROWS):
            create_nodes(session, label, node_cols, rows)
    edge_cols = {"key": "STRING", **cols}
    for (etype, s, t), keys in sorted(changed.items()):
        olds_of = [olds[k].properties for k in keys]
        for names, rows in _by_changed_columns(edge_rows(graph, keys), olds_of, cols):
            _set_edges(session, etype, (s, t), {n: cols[n] for n in names}, rows)
    for (etype, s, t), keys in sorted(edges.items()):
        for rows in chunks(edge_rows(graph, keys), CHUNK_ROWS):
            _create_edges(session, etype, (s, t), edge_cols, rows)
    session.execute("CHECKPOINT")
    return {"checkpoints": 1 + getattr(session, "checkpoints", 0), "upserted_nodes": len(label_of),
            "deleted_nodes": len(delta.delete_nodes),
            "upserted_edges": sum(len(k) for k in (*edges.values(), *changed.values())),
            "deleted_edges": len(delta.delete_edges),
            "new_columns": sorted(new_cols)}


def _by_pair(session: Session, keys: list, pairs: dict[str, set[tuple[str, str]]]) -> dict[tuple, list[dict]]:
    """The relationships ``keys`` as rows to delete, per (type, stored label of the source, of the target); one
    whose end is not stored, or whose table has no such pair, is not in the store either."""
    keys = [tuple(k) for k in keys if k[0] in EDGE_TYPES]
    ends = _stored_labels(session, sorted({x for k in keys for x in k[1:3]})) if keys else {}
    out: dict[tuple, list[dict]] = {}
    for k in keys:
        s, t = ends.get(k[1]), ends.get(k[2])
        if (s, t) in pairs[k[0]]:
            out.setdefault((k[0], s, t), []).append({"f": k[1], "t": k[2], "k": "|".join(k)})
    return out


def _delete_edges(session: Session, etype: str, pair: tuple[str, str], rows: list[dict]) -> None:
    """DELETE relationships found from both ends, each end looked up by primary key in its own table.

    Why labelled ends: ``MATCH (a)-[e:T]->(b) WHERE a.id = r.from ...`` with unlabelled ends joined every node
    table with the whole relationship table; on the 100k store (1.37M MENTIONS) it filled LadybugDB's buffer
    pool and the update fell back to rewriting the store (137 s instead of a few)."""
    session.execute(_ends(pair) + f"MATCH (a)-[e:{etype}]->(b) WHERE e.key = r.k DELETE e", {"rows": rows})


def _ends(pair: tuple[str, str]) -> str:
    """The head of every statement on relationships between stored nodes: the rows' ends ``r.f``, ``r.t``, each
    looked up by primary key in its own table and its own MATCH (see ``_create_edges``, ``_delete_edges``)."""
    return f"UNWIND $rows AS r MATCH (a:{pair[0]}) WHERE a.id = r.f MATCH (b:{pair[1]}) WHERE b.id = r.t "


def _create_edges(session: Session, etype: str, pair: tuple[str, str], cols: dict[str, str], rows: list[dict]) -> None:
    """CREATE relationships between existing nodes (a COPY into a loaded table can crash LadybugDB 0.22).

    Each end is matched in a MATCH of its own: LadybugDB looks both up by primary key, where one MATCH of the
    two patterns (``MATCH (a:X), (b:Y) WHERE a.id = r.f AND b.id = r.t``) joined scans of both tables (10-25 ms
    a statement on the 10k store, against ~1 ms; an addition creates into ~20 tables)."""
    used = [n for n in cols if any(r.get(n) is not None for r in rows)]
    params = [{"f": r["from"], "t": r["to"], **{f"c{i}": coerce(r.get(n), cols[n]) for i, n in enumerate(used)}}
              for r in rows]
    fields = ", ".join(f"{quote(n)}: r.c{i}" for i, n in enumerate(used))
    session.execute(_ends(pair) + f"CREATE (a)-[:{etype} {{{fields}}}]->(b)", {"rows": params})


def _set_nodes(session: Session, table: str, cols: dict[str, str], rows: list[dict]) -> None:
    """Overwrite every column of existing nodes: a property that went away becomes null."""
    names = [n for n in cols if n != "id"]
    used = [n for n in names if any(r.get(n) is not None for r in rows)]
    params = [{"id": r["id"], **{f"c{i}": coerce(r.get(n), cols[n]) for i, n in enumerate(used)}} for r in rows]
    sets = ", ".join(f"n.{quote(n)} = " + (f"r.c{used.index(n)}" if n in used else f"CAST(NULL AS {cols[n]})")
                     for n in names)
    session.execute(f"UNWIND $rows AS r MATCH (n:{table}) WHERE n.id = r.id SET {sets}", {"rows": params})


def _by_changed_columns(rows, olds: list, cols: dict[str, str]):
    """(column names, rows) per set of columns that differ between each row and its previous properties (None:
    unknown, so every column); a row that differs in no column is left out.  Setting only what changed keeps
    LadybugDB's CHECKPOINT from rewriting the chunks of every column of the tables touched."""
    groups: dict[tuple, list[dict]] = {}
    for row, old in zip(rows, olds):
        if old is None:
            names = tuple(cols)
        else:
            before = flatten_props(old)
            names = tuple(n for n, typ in cols.items() if coerce(row.get(n), typ) != coerce(before.get(n), typ))
        if names:
            groups.setdefault(names, []).append(row)
    for names, group in groups.items():
        for part in chunks(group, CHUNK_ROWS):
            yield names, part


def _set_edges(session: Session, etype: str, pair: tuple[str, str], cols: dict[str, str], rows: list[dict]) -> None:
    """Overwrite the given columns of existing relationships, found from their ends (each looked up by primary key
    in its own MATCH, as ``_delete_edges``: one pattern ``(a:X)-[e:T]->(b:Y)`` filtered on both ids scanned the
    relationship table and, on the 100k store, filled the buffer pool) and their key."""
    used = [n for n in cols if any(r.get(n) is not None for r in rows)]
    params = [{"f": r["from"], "t": r["to"], "k": r["key"],
               **{f"c{i}": coerce(r.get(n), cols[n]) for i, n in enumerate(used)}} for r in rows]
    sets = ", ".join(f"e.{quote(n)} = " + (f"r.c{used.index(n)}" if n in used else f"CAST(NULL AS {cols[n]})")
                     for n in cols)
    session.execute(_ends(pair) + f"MATCH (a)-[e:{etype}]->(b) WHERE e.key = r.k SET {sets}", {"rows": params})
