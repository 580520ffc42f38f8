"""Neo4j over Bolt: load a graph (idempotent, union-merging, resumable), dump it back, run Cypher.

Why it is built this way:

* **Cypher text only from allow-lists.**  Labels and relationship types come
  from ``graphkit.model.LABELS``/``EDGE_TYPES`` and property names must be
  plain identifiers; every value travels as a parameter.  Names and quotes
  full of ``'`` ``"`` `````, ``$``, ``//`` or ``MATCH (n) DETACH DELETE n`` are
  therefore stored verbatim and cannot change a statement.
* **Read-merge-write per batch.**  Each batch is one managed transaction that
  reads the stored properties of the batch's nodes (or relationships), merges
  them with ``graphkit.model.merge_properties`` (the same union the builder
  uses: ``sources``/``evidence``/aliases unioned, conflicts resolved
  deterministically) and writes back only rows that changed.  Loading the same
  graph twice writes nothing (0 created, 0 properties set); loading a graph
  with more articles unions provenance instead of overwriting it.
* **MERGE on ``id`` (nodes) and on ``key`` (relationships)**, so a load killed
  at any point and rerun ends with the complete graph and no duplicates.
* **One form both Neo4j 5 and FalkorDB accept**: rows are flat maps
  (``SET n.p = coalesce(row.p0, n.p)``), because FalkorDB rejects
  ``SET n += row.props`` on a map nested in a list parameter.
* **Bounded retries**: the driver's ``execute_write`` retries transient
  failures; connecting is retried with backoff and a short handshake timeout
  (FalkorDB's Bolt sometimes stalls the first handshake after a client
  disconnects, and a new connection then succeeds).
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import AuthError, ConnectionFailedError, DatabaseNotFoundError, QueryError, StoreError
from ..model import EDGE_TYPES, LABELS, Edge, Graph, Node, merge_properties
from .flatten import edge_key, flatten_props, unflatten_props

Progress = Callable[[int], None]
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
ID_PREFIX_LABEL = {"article": "Article", "official": "Official", "person": "Person", "region": "Region",
                   "office": "Office", "org": "Organization", "event": "Event", "venue": "Venue",
                   "statement": "Statement", "topic": "Topic"}
FALKORDB_MAX_BATCH_BYTES = 2000  # FalkorDB's Bolt drops (or crashes on) messages above ~4 KB
COUNTERS = ("nodes_created", "relationships_created", "properties_set", "labels_added")


def _neo4j():
    import neo4j
    return neo4j


def translate_error(exc: Exception, uri: str, database: str | None) -> Exception:
    """A driver exception as the GraphkitError a user can act on (one line, cause + fix)."""
    ex = _neo4j().exceptions
    if isinstance(exc, ex.AuthError):
        return AuthError(f"the server at {uri} refused the credentials ({exc.message or 'unauthorized'})")
    if isinstance(exc, (ex.ServiceUnavailable, ex.SessionExpired)) and uri.startswith("neo4j"):
        return ConnectionFailedError(f"cannot reach {uri} or get a routing table from it ({type(exc).__name__})",
                                     fix="use bolt://HOST:PORT for a single server without routing "
                                         "(neo4j:// needs a Neo4j server or cluster)")
    if isinstance(exc, (ex.ServiceUnavailable, ex.SessionExpired)):
        return ConnectionFailedError(f"cannot reach a Bolt server at {uri} ({type(exc).__name__})")
    if isinstance(exc, ex.Neo4jError) and exc.code and exc.code.endswith("DatabaseNotFound"):
        return DatabaseNotFoundError(f"database {database!r} does not exist on {uri}")
    if isinstance(exc, (ex.ConfigurationError, ValueError)):
        return ConnectionFailedError(f"cannot use the URI {uri!r}: {exc}",
                                     fix="use bolt://, bolt+s://, neo4j:// or neo4j+s://HOST:PORT")
    if isinstance(exc, ex.Neo4jError):
        return StoreError(f"the server at {uri} failed: {exc.code}: {exc.message}")
    return exc


def connect(uri: str, user: str | None = None, password: str | None = None, database: str | None = None,
            *, attempts: int = 5, connect_timeout: float = 5.0, retry_time: float = 30.0):
    """An open, verified driver.  Unreachable, wrong password and unknown database are clear errors."""
    neo4j = _neo4j()
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=connect_timeout,
                                            connection_acquisition_timeout=connect_timeout,
                                            max_transaction_retry_time=retry_time)
    except Exception as exc:  # malformed URI
        raise translate_error(exc, uri, database) from exc
    delay = 0.2
    for attempt in range(attempts):
        try:
            with driver.session(database=database) as s:
                s.run("RETURN 1").consume()
            return driver
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as exc:
            if attempt == attempts - 1:
                driver.close()
                raise translate_error(exc, uri, database) from exc
            time.sleep(delay)
            delay *= 2
        except Exception as exc:
            driver.close()
            raise translate_error(exc, uri, database) from exc
    raise AssertionError("unreachable")  # pragma: no cover


def unescapes_string_params(driver, database: str | None) -> bool:
    """True for a server that reads string parameters as escaped literals (FalkorDB's Bolt).

    Neo4j returns ``\\n`` (backslash, n) unchanged; FalkorDB pastes the value into a
    quoted literal and returns a newline, and fails on a bare ``'``.  Probed, not guessed.
    """
    with driver.session(database=database) as s:
        return s.run("RETURN $p AS p", p="\\n").single()["p"] != "\\n"


def escape_strings(value: Any) -> Any:
    """Every string in ``value`` escaped for a server that unescapes parameters (see above)."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [escape_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: escape_strings(v) for k, v in value.items()}
    return value


def _same(value: Any) -> Any:
    return value


def _ident(name: str, what: str) -> str:
    if not _IDENT.match(name):
        raise StoreError(f"{what} {name!r} is not a plain identifier",
                         fix="rename the property in the graph document (letters, digits, _)")
    return name


def _label(name: str) -> str:
    if name not in LABELS:
        raise StoreError(f"label {name!r} is not in graphkit.model.LABELS", fix="fix the graph document")
    return name


def _rel_type(name: str) -> str:
    if name not in EDGE_TYPES:
        raise StoreError(f"relationship type {name!r} is not in graphkit.model.EDGE_TYPES",
                         fix="fix the graph document")
    return name


def create_schema(session, labels: Iterable[str]) -> list[str]:
    """Uniqueness constraints on ``id`` per label (Neo4j 5), else an index (FalkorDB); warn, never crash."""
    indexed, missing = [], []
    for label in sorted(set(labels)):
        _label(label)
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
    """Approximate Bolt size of one row: its JSON length plus room for the statement."""
    return len(json.dumps(item.properties, ensure_ascii=False).encode("utf-8")) + 64


def _batches(items: list, size: int, max_bytes: int | None = None) -> Iterator[list]:
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
    return {k: v for k, v in merged.items() if stored.get(k) != v}


def _set_clause(var: str, keys: list[str]) -> str:
    return "".join(f" SET {var}.{_ident(k, 'property')} = coalesce(row.p{i}, {var}.{k})" for i, k in enumerate(keys))


def _rows(items: list[tuple[dict, dict]], keys: list[str]) -> list[dict]:
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


def _node_tx(tx, labels: tuple[str, ...], batch: list[Node], esc=_same, max_bytes: int | None = None) -> dict:
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
        labels_set = "".join(f" SET n:{_label(x)}" for x in extra)
        res = tx.run(f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}){_set_clause('n', keys)}{labels_set}",
                     rows=esc(_rows(todo, keys)))
        c = res.consume().counters
        out.update({k: getattr(c, k) for k in COUNTERS})
        out["properties_set"] += _write_large(tx, f"MATCH (n:{label} {{id: $id}})", "n", later, max_bytes, esc)
    return out


def _edge_tx(tx, group: tuple[str, str, str], batch: list[Edge], esc=_same, max_bytes: int | None = None) -> dict:
    rtype, sl, tl = group
    rows = [{"s": e.source, "t": e.target, "key": edge_key(e)} for e in batch]
    stored = {r["key"]: r["p"] for r in tx.run(
        f"UNWIND $rows AS row MATCH (a:{sl} {{id: row.s}})-[r:{rtype} {{key: row.key}}]->(b:{tl} {{id: row.t}}) "
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
                     f"MERGE (a)-[r:{rtype} {{key: row.key}}]->(b){_set_clause('r', keys)} RETURN count(r) AS n",
                     rows=esc(_rows(todo, keys)))
        matched = res.single()["n"]
        c = res.consume().counters
        out.update({k: getattr(c, k) for k in COUNTERS}, missing_endpoints=len(todo) - matched)
        match = f"MATCH (a:{sl} {{id: $s}})-[r:{rtype} {{key: $key}}]->(b:{tl} {{id: $t}})"
        out["properties_set"] += _write_large(tx, match, "r", later, max_bytes, esc)
    return out


def load_graph(graph: Graph, uri: str, user: str | None = None, password: str | None = None,
               database: str | None = None, *, batch_size: int = 5000, max_batch_bytes: int | None = None,
               progress: Progress | None = None,
               connect_timeout: float = 5.0, retry_time: float = 30.0) -> dict:
    """Load ``graph`` into the server at ``uri``: nodes by label, then relationships by type.

    ``max_batch_bytes`` also bounds a batch by the size of its parameters.  It is set
    automatically (2,000 bytes) on a server that unescapes string parameters, i.e. FalkorDB,
    whose Bolt endpoint drops (or crashes on) messages above about 4 KB.
    """
    if batch_size < 1:
        raise StoreError("--batch-size must be at least 1", fix="pass a positive batch size")
    started = time.monotonic()
    summary: dict[str, Any] = {"uri": uri, "database": database, "nodes": len(graph.nodes),
                               "relationships": len(graph.edges), **{k: 0 for k in COUNTERS},
                               "written": 0, "missing_endpoints": 0, "dangling_skipped": 0, "batches": 0}
    node_groups: dict[tuple[str, ...], list[Node]] = {}
    for n in graph.sorted_nodes():
        labels = tuple(_label(x) for x in n.labels)
        node_groups.setdefault(labels, []).append(n)
    edge_groups: dict[tuple[str, str, str], list[Edge]] = {}
    for e in graph.sorted_edges():
        s, t = graph.nodes.get(e.source), graph.nodes.get(e.target)
        if s is None or t is None:
            summary["dangling_skipped"] += 1
            continue
        edge_groups.setdefault((_rel_type(e.type), s.label, t.label), []).append(e)
    driver = connect(uri, user, password, database, connect_timeout=connect_timeout, retry_time=retry_time)
    try:
        with driver.session(database=database) as session:
            summary["warnings"] = create_schema(session, {g[0] for g in node_groups})
            esc = _same
            if unescapes_string_params(driver, database):
                esc = escape_strings
                max_batch_bytes = max_batch_bytes or FALKORDB_MAX_BATCH_BYTES
                summary["warnings"].append("the server unescapes string parameters (FalkorDB): strings are sent "
                                           f"escaped, batches capped at {max_batch_bytes} bytes")
            work = [(_node_tx, g, b) for g, items in node_groups.items()
                    for b in _batches(items, batch_size, max_batch_bytes)]
            work += [(_edge_tx, g, b) for g, items in edge_groups.items()
                     for b in _batches(items, batch_size, max_batch_bytes)]
            for fn, group, batch in work:
                result = session.execute_write(fn, group, batch, esc, max_batch_bytes)
                for k, v in result.items():
                    summary[k] += v
                summary["batches"] += 1
                if progress:
                    progress(len(batch))
    except StoreError:
        raise
    except Exception as exc:
        translated = translate_error(exc, uri, database)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        driver.close()
    elapsed = time.monotonic() - started
    summary["elapsed_s"] = round(elapsed, 3)
    summary["rels_per_s"] = round(len(graph.edges) / elapsed, 1) if elapsed > 0 else None
    if summary["missing_endpoints"]:
        summary["warnings"].append(f"{summary['missing_endpoints']} relationships were not written because an "
                                   "endpoint node is missing in the database (did the server lose data "
                                   "mid-load?); rerun the same load to complete it")
    return summary


def _primary_first(node_id: str, labels: list[str]) -> list[str]:
    known = [x for x in labels if x in LABELS]
    primary = ID_PREFIX_LABEL.get(node_id.split(":", 1)[0])
    if primary not in known:
        primary = min(known) if known else None
    return [primary, *sorted(set(known) - {primary})] if primary else []


def dump_graph(uri: str, user: str | None = None, password: str | None = None,
               database: str | None = None, *, connect_timeout: float = 5.0) -> Graph:
    """Read every node with an ``id`` and every relationship of an allowed type back into a Graph."""
    driver = connect(uri, user, password, database, connect_timeout=connect_timeout)
    graph = Graph()
    try:
        with driver.session(database=database) as s:
            for r in s.run("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, "
                           "properties(n) AS p"):
                labels = _primary_first(r["id"], list(r["labels"]))
                if labels:
                    props = {k: v for k, v in r["p"].items() if k != "id"}
                    graph.add_node(Node(id=r["id"], labels=labels, properties=unflatten_props(props)))
            for r in s.run("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
                           "RETURN type(r) AS type, a.id AS s, b.id AS t, properties(r) AS p"):
                if r["type"] in EDGE_TYPES:
                    props = {k: v for k, v in r["p"].items() if k != "key"}
                    graph.add_edge(Edge(type=r["type"], source=r["s"], target=r["t"],
                                        properties=unflatten_props(props)))
    except Exception as exc:
        translated = translate_error(exc, uri, database)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        driver.close()
    return graph


def _plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, temporals) as plain JSON-able Python."""
    neo4j = _neo4j()
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_query(uri: str, user: str | None, password: str | None, database: str | None, cypher: str,
              params: dict | None = None, *, connect_timeout: float = 5.0) -> tuple[list[str], list[list]]:
    """Run one Cypher statement with bound parameters; return (column names, rows of plain values)."""
    driver = connect(uri, user, password, database, connect_timeout=connect_timeout)
    try:
        params = params or {}
        if unescapes_string_params(driver, database):
            params = escape_strings(params)
        with driver.session(database=database) as s:
            result = s.run(cypher, params)
            columns = list(result.keys())
            rows = [[_plain(v) for v in rec.values()] for rec in result]
            return columns, rows
    except Exception as exc:
        if isinstance(exc, _neo4j().exceptions.ClientError) and "Syntax" in (exc.code or ""):
            raise QueryError(f"Cypher rejected by the server: {exc.message}") from exc
        translated = translate_error(exc, uri, database)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        driver.close()
