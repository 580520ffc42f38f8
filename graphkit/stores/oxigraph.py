"""The embedded SPARQL store: a pyoxigraph on-disk Store in ``OUT/rdf-store``.

Why pyoxigraph: it is a pip-installable, serverless SPARQL 1.1 engine whose
bulk loader ingests N-Triples without a Python object per triple,
so ``graphkit build`` can give every build folder a queryable RDF twin of
the Cypher store without a server.  The triples are rendered once, in
chunks, each chunk appended to ``graph.nt`` and bulk-loaded into the store
by a loader thread while the next chunk is rendered (no re-parse of the
whole file, and memory bounded by the chunk size).  The store is rebuilt from scratch on
each build (into a temporary folder that then replaces the old one), so it
always matches graph.json exactly and a killed build leaves the previous
store intact.  ``graph.nt`` is written beside it: the same triples as a
file for other tools.

``sparql_query`` binds parameters with pyoxigraph ``substitutions`` (SEP-0007):
values are never pasted into the query text.
"""
from __future__ import annotations

import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import QueryError, StoreError
from ..delta import GraphDelta
from ..model import Graph
from ..atomic import atomic_write
from .nt_files import NT_FILE, IndexWriter, merge_ntriples, record_texts
from .rdf_vocab import DEFAULT_BASE, PREFIXES, check_base

STORE_DIR = "rdf-store"
# Triples per bulk load: the loader holds ~1.2 KB a triple while it sorts a batch (one batch of a 10k-article
# graph's 10M triples took GBs), so batches of this size keep the store's memory flat at ~130 MB.
CHUNK_TRIPLES = 100_000


def write_store(graph: Graph, out_dir: str | Path, base: str = DEFAULT_BASE) -> dict:
    """Write OUT/graph.nt and (re)build OUT/rdf-store in the same pass; returns a summary."""
    import pyoxigraph as ox
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nt = out / NT_FILE
    final = out / STORE_DIR
    tmp = out / f".{STORE_DIR}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        triples = 0
        # pyoxigraph releases the GIL while it bulk-loads, so one loader thread takes chunk n while this
        # thread renders chunk n+1: on two cores the store costs max(render, load), not their sum.  At
        # most two chunks are in memory (one loading, one rendered).
        index = IndexWriter()
        with atomic_write(nt, "wb") as fh, ThreadPoolExecutor(max_workers=1) as loader:
            pending = None
            for data, n in _record_chunks(graph, check_base(base), index):
                fh.write(data)
                if pending is not None:
                    pending.result()
                # lenient: no re-validation of IRIs graphkit made itself (rdf.py escapes them); ~13 % of a load's CPU
                pending = loader.submit(store.bulk_load, data, ox.RdfFormat.N_TRIPLES, lenient=True)
                triples += n
            if pending is not None:
                pending.result()
        index.save(out)
        store.flush()
        del store  # closes RocksDB before the folder is moved
        old = out / f".{STORE_DIR}.{os.getpid()}.old"
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"could not write the RDF store in {final} ({exc})",
                         "check free disk space and permissions, then rerun the build") from exc
    return {"path": str(final), "ntriples": str(nt), "triples": triples}


def _record_chunks(graph: Graph, base: str, index: IndexWriter):
    """(N-Triples bytes, triple count) of ``CHUNK_TRIPLES`` triples at a time (the last chunk fewer), noting
    each record's size.

    A record of more triples than that is cut between two of its lines: a region named in tens of thousands
    of articles renders to one node record of 890k triples (139 MB) at 100k articles, and loaded as one chunk
    it took the loader ~1.2 GB.  The bytes, in order, are the records' bytes (graph.nt is the same file)."""
    parts: list[bytes] = []
    n = 0
    for data in record_texts(graph, base, index.flags):
        index.add(len(data))
        lines = data.count(b"\n")  # one line a triple: literals escape their newlines
        index.triples += lines
        start = 0
        while n + lines >= CHUNK_TRIPLES:
            take = CHUNK_TRIPLES - n
            cut = _after_lines(data, start, take)
            parts.append(data[start:cut] if start or cut < len(data) else data)
            yield b"".join(parts), CHUNK_TRIPLES
            parts.clear()
            n, lines, start = 0, lines - take, cut
        if start < len(data):
            parts.append(data[start:] if start else data)
            n += lines
    if parts:
        yield b"".join(parts), n


def _after_lines(data: bytes, start: int, count: int) -> int:
    """The offset just past the ``count``-th newline of ``data`` from ``start`` (there are at least that many)."""
    pos = start
    for _ in range(count):
        pos = data.index(b"\n", pos) + 1
    return pos


def _write_nt(graph: Graph, out: Path, base: str) -> int:
    """graph.nt and its index, rendered whole; the number of triples."""
    index, n = IndexWriter(), 0
    with atomic_write(out / NT_FILE, "wb") as fh:
        for data, count in _record_chunks(graph, base, index):
            fh.write(data)
            n += count
    index.save(out)
    return n


def update_store(graph: Graph, out_dir: str | Path, delta: GraphDelta, base: str = DEFAULT_BASE) -> dict:
    """Bring OUT/rdf-store (a copy of the previous generation's) to ``graph`` by applying ``delta``, and
    write OUT/graph.nt: the previous file's bytes for unchanged records and the changed ones rendered
    (``nt_files.merge_ntriples``), or rendered whole when the previous generation has no index.  The
    store then holds the triples ``write_store(graph)`` would, graph.nt has its bytes; without a
    previous store it is written from scratch."""
    import pyoxigraph as ox

    from . import rdf_update
    out = Path(out_dir)
    if not (out / STORE_DIR / "CURRENT").is_file():
        return {**write_store(graph, out, base), "mode": "rewritten", "reason": "no previous store"}
    base = check_base(base)
    try:
        store = ox.Store(str(out / STORE_DIR))
        summary = (rdf_update.apply_diff if delta.olds_known else rdf_update.apply)(store, graph, delta, base)
        store.flush()
        del store
        merged = merge_ntriples(graph, out, delta, base, summary["added_triples"] - summary["removed_triples"])
        triples = _write_nt(graph, out, base) if merged is None else merged[0]
        summary["ntriples_mode"] = "rewritten" if merged is None else "merged"
        summary["ntriples_bytes_copied"] = 0 if merged is None else merged[1]
    except OSError as exc:
        raise StoreError(f"could not update the RDF store in {out / STORE_DIR} ({exc})",
                         "rerun 'graphkit build'; a full rebuild of the folder also fixes it") from exc
    return {"path": str(out / STORE_DIR), "ntriples": str(out / NT_FILE), "triples": triples, "mode": "updated",
            **summary}


def store_path(out_dir: str | Path) -> Path:
    """OUT/rdf-store for a build folder, or the store folder itself."""
    path = Path(out_dir)
    if (path / STORE_DIR).is_dir():
        return path / STORE_DIR
    if path.is_dir() and (path / "CURRENT").is_file():
        return path
    raise StoreError(f"no RDF store under {path}",
                     f"run 'graphkit build ARTICLES -o {path}' (without --no-stores) first")


def _term(value):
    import pyoxigraph as ox
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, (bool, int, float)):
        return ox.Literal(value)
    return ox.Literal(str(value))


def _python(term):
    """A result term as a plain Python value: IRIs and strings as str, numbers as numbers."""
    import pyoxigraph as ox
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if dt in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger"):
                return int(term.value)
            if dt in ("double", "float", "decimal"):
                return float(term.value)
            if dt == "boolean":
                return term.value == "true"
        except ValueError:
            pass
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def sparql_query(out_dir: str | Path, query_text: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Run a SPARQL query on the build's store; ``params`` bind variables of the same name.

    Returns ``(columns, rows)``; ASK gives ``(["result"], [[bool]])``, CONSTRUCT
    and DESCRIBE give subject/predicate/object rows.  The gk:, schema:, org:,
    prov:, dcterms: ... prefixes are predeclared.
    """
    import pyoxigraph as ox
    path = store_path(out_dir)
    try:
        store = ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the RDF store {path} ({exc})", "rebuild it with 'graphkit build'") from exc
    subs = {ox.Variable(k.lstrip("?$")): _term(v) for k, v in (params or {}).items()}
    text, added = project_variables(query_text, [v.value for v in subs])
    try:
        result = store.query(text, prefixes=PREFIXES, substitutions=subs)
        if isinstance(result, ox.QueryBoolean):
            return ["result"], [[bool(result)]]
        if isinstance(result, ox.QueryTriples):
            return ["subject", "predicate", "object"], [[_python(t.subject), _python(t.predicate),
                                                         _python(t.object)] for t in result]
        columns = [v.value for v in result.variables if v.value not in added]
        return columns, [[_python(sol[c]) for c in columns] for sol in result]
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"the SPARQL query failed: {exc}") from exc


# ---- parameters that the query does not project ------------------------------------------------
# pyoxigraph only substitutes variables of the outermost SELECT projection.  A
# parameter is an input, not an output, so query files rarely project it; we
# add its *name* (never its value) to the projection (and to a top-level GROUP
# BY), run the query, and drop that column again.

_MASK = re.compile("|".join([
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''",           # long strings
    r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",  # short strings
    r'<[^<>"{}|^`\\\s]*>',                            # IRIs (a "<" operator is followed by a space)
    r"#[^\n]*",                                        # comments
]))
_WORD = re.compile(r"[A-Za-z_]+|[{}()]|[?$][A-Za-z0-9_]+|\*|\S")


def _masked(text: str) -> str:
    """The query with strings, IRIs and comments blanked out (same length, same offsets)."""
    return _MASK.sub(lambda m: " " * len(m.group(0)), text)


def project_variables(query: str, names: list[str]) -> tuple[str, set[str]]:
    """``query`` with ``names`` added to its top-level SELECT (and GROUP BY); the names added."""
    masked = _masked(query)
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(masked)]
    upper = [t[0].upper() for t in tokens]
    if "SELECT" not in upper:
        return query, set()
    i = upper.index("SELECT") + 1
    depth, projected, star, where = 0, set(), False, None
    while i < len(tokens):
        tok, up = tokens[i][0], upper[i]
        if depth == 0 and (up == "WHERE" or tok == "{" or up == "FROM"):
            where = i
            break
        depth += tok == "("
        depth -= tok == ")"
        if tok[0] in "?$" and (depth == 0 or upper[i - 1] == "AS"):
            projected.add(tok[1:])
        star |= tok == "*" and depth == 0
        i += 1
    missing = [n for n in names if n not in projected]
    if star or where is None or not missing:
        return query, set()
    edits = [(tokens[where][1], "".join(f" ?{n}" for n in missing) + " ")]
    group = _top_level_group_by(tokens, upper, where)
    if group is not None:
        edits.append((tokens[group][2], "".join(f" ?{n}" for n in missing)))
    for pos, insert in sorted(edits, reverse=True):
        query = query[:pos] + insert + query[pos:]
    return query, set(missing)


def _top_level_group_by(tokens, upper, start: int) -> int | None:
    """Index of the BY of a GROUP BY that follows the outermost WHERE group, if any."""
    depth, i = 0, start
    while i < len(tokens) and tokens[i][0] != "{":
        i += 1
    for j in range(i, len(tokens)):
        depth += tokens[j][0] == "{"
        depth -= tokens[j][0] == "}"
        if depth == 0:
            for k in range(j + 1, len(tokens) - 1):
                if upper[k] == "GROUP" and upper[k + 1] == "BY":
                    return k + 1
            return None
    return None
