"""graph.json and graph.jsonl in one pass, an index of their lines, and the store delta as a by-product.

Why: an incremental build used to encode the resolved graph twice (graph.json, then graph.jsonl) and
then read both generations' graph.jsonl back to find what changed (``delta.jsonl_delta``).  Both
documents hold the same canonical record per node and edge, in the same sorted order (a graph.json
line is the graph.jsonl line without its ``"kind"`` member), so each record is encoded once and
written to both.  Each generation keeps ``graph.jsonl.idx``: per line, a 16-byte digest of the
line and its byte offset.  The next build compares the digests of the lines it writes with that
index: a record is unchanged exactly when its line is, so the delta (what to upsert, what to
delete, and the previous value of each changed record) costs a set lookup per record plus reading
back only the few old lines that changed.  ``GraphDelta.kept`` maps each new record to its
position in the previous generation, which lets the N-Triples writer copy unchanged bytes.
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import mmap
import os
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

from .atomic import atomic_write
from .buildstate import MergedLinks
from .delta import GraphDelta
from .model import Edge, Graph, Node
from .stores import graphdoc

INDEX = "graph.jsonl.idx"
_MAGIC = b"GKIDX1\n\x00"
_HEAD = len('{"kind":"node",')  # == len('{"kind":"edge",'): a graph.json line is "{" + the rest of the jsonl line


def _digest(line: bytes) -> bytes:
    return hashlib.blake2b(line, digest_size=16).digest()


def write_graph_files(graph: Graph, gen: Path, previous: Path | None = None, links: MergedLinks | None = None,
                      want_delta: bool = True) -> GraphDelta | None:
    """Write ``gen``/graph.json, graph.jsonl and graph.jsonl.idx; the delta from ``previous`` when it has an index.

    With ``links``, a record resolution left as the merged record it was in ``previous`` too takes its
    line from the previous graph.jsonl instead of being encoded.  The bytes of both documents are
    those of ``graphdoc.write_json``/``write_jsonl`` (tests compare them).

    Copied lines come in runs (records that follow each other in both generations): a run is written as
    one slice of the previous graph.jsonl, its graph.json form made by one ``bytes.replace`` of the line
    heads, its digests and offsets taken from the previous index by slices; only the encoded lines are
    handled one by one (the 10k "add 10" wrote ~480k lines one call each).
    """
    old = read_index(previous / INDEX) if previous is not None and (previous / INDEX).is_file() else None
    track = old is not None and want_delta
    digests, offsets = bytearray(), array("Q")
    pos = 0
    nodes = len(graph.nodes)
    node_ids, edge_keys = sorted(graph.nodes), sorted(graph.edges)
    items = [*map(graph.nodes.__getitem__, node_ids), *map(graph.edges.__getitem__, edge_keys)]
    total = len(items)
    kept = array("q", [-1]) * total if track else array("q")
    fresh: list[tuple[int, bytes]] = []  # (new position, digest) of the lines encoded here
    copied = bytearray(len(old[1]) - 1 if old is not None else 0)  # previous lines copied by a run
    with contextlib.ExitStack() as stack:
        lines = None
        if old is not None and links is not None and links.before is not None:
            src = stack.enter_context(open(previous / "graph.jsonl", "rb"))
            if os.fstat(src.fileno()).st_size == old[1][-1] and old[1][-1]:
                lines = stack.enter_context(mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ))
        previous_lines = links.previous_lines(items, node_ids, edge_keys) if lines is not None else None
        encoded = _encoded(items, range(total) if previous_lines is None else
                           itertools.compress(range(total), map((0).__gt__, previous_lines)))
        jl = stack.enter_context(atomic_write(gen / "graph.jsonl", "wb"))
        js = stack.enter_context(atomic_write(gen / "graph.json", "wb"))
        js.write(b'{"nodes":[\n')
        i = 0
        while i < total:
            if i == nodes:
                js.write(b'],\n"edges":[\n')
            lead = b"{" if i == 0 or i == nodes else b",{"
            p = previous_lines[i] if previous_lines is not None else -1
            if p >= 0:
                stop, j = (nodes if i < nodes else total), i + 1
                while j < stop and previous_lines[j] == p + j - i:
                    j += 1
                n, at = j - i, old[1]
                chunk = lines[at[p]:at[p + n]]
                sep = b"\n" + chunk[:_HEAD]  # every line of a run is of one kind: the same head
                if chunk.count(sep) == n - 1:  # (a newline inside a JSON line is always escaped)
                    jl.write(chunk)
                    js.write(lead + chunk[_HEAD:].replace(sep, b"\n,{"))
                    digests += old[0][16 * p:16 * (p + n)]
                    shift = pos - at[p]
                    offsets.extend([o + shift for o in at[p:p + n]])
                    pos += len(chunk)
                    if track:
                        kept[i:j] = array("q", range(p, p + n))
                    copied[p:p + n] = b"\x01" * n
                    i = j
                    continue
                data, d = lines[at[p]:at[p + 1]], old[0][16 * p:16 * p + 16]
                copied[p] = 1
                if track:
                    kept[i] = p
            else:
                data = next(encoded)
                d = _digest(data)
                fresh.append((i, d))
            digests += d
            offsets.append(pos)
            pos += len(data)
            jl.write(data)
            js.write(lead + data[_HEAD:])
            i += 1
        if nodes == len(offsets):
            js.write(b'],\n"edges":[\n')
        js.write(b"]}\n")
    offsets.append(pos)
    with atomic_write(gen / INDEX, "wb") as fh:
        fh.write(_MAGIC + len(offsets[:-1]).to_bytes(8, "little") + bytes(digests) + offsets.tobytes())
    if links is not None:
        links.link(node_ids, edge_keys, items)
        links.save(gen)
    if not track:
        return None
    # an encoded line may equal a previous line (a record resolution rebuilt to the same value): it is kept too.
    # Lines are unique in a file (each holds its record's id or key), so a copied line matches no encoded one.
    raw = old[0]
    where = {raw[16 * q:16 * q + 16]: q for q in itertools.compress(range(len(copied)), copied.translate(_NOT))}
    changed: list[int] = []  # new positions whose line is not in the previous generation
    for i, d in fresh:
        at = where.pop(d, -1)
        kept[i] = at
        if at < 0:
            changed.append(i)
    delta = _delta(graph, items, previous, old[1], changed, sorted(where.values()), kept, nodes)
    delta.order = (node_ids, edge_keys)
    return delta


# Records encoded per ``graphdoc.jsonl_batch`` call (one call per record was half the encoding time)
ENCODE_BATCH = 1024


def _encoded(items: list, positions: Iterable[int]) -> Iterator[bytes]:
    """The graph.jsonl line of ``items[i]`` for each of ``positions``, in order, encoded a batch at a time."""
    batch: list = []
    for i in positions:
        batch.append(items[i])
        if len(batch) == ENCODE_BATCH:
            yield from (line.encode("utf-8") for line in graphdoc.jsonl_batch(batch))
            batch = []
    yield from (line.encode("utf-8") for line in graphdoc.jsonl_batch(batch))


_NOT = bytes([1]) + bytes(255)  # bytes.translate table: 0 -> 1, anything else -> 0


def read_index(path: Path) -> tuple[bytes, array] | None:
    """(the 16-byte digests of every line, one after the other; byte offset per line plus the end) of a
    graph.jsonl.idx; None when unreadable."""
    data = path.read_bytes()
    n = _lines(data)
    if n is None:
        return None
    start = len(_MAGIC) + 8
    offsets = array("Q")
    offsets.frombytes(data[start + 16 * n:])
    return data[start:start + 16 * n], offsets


def read_offsets(path: Path) -> array | None:
    """Only the byte offsets of a graph.jsonl.idx (per line, plus the end): no digest objects."""
    data = path.read_bytes()
    n = _lines(data)
    if n is None:
        return None
    offsets = array("Q")
    offsets.frombytes(data[len(_MAGIC) + 8 + 16 * n:])
    return offsets


def _lines(data: bytes) -> int | None:
    """The number of lines an index holds, or None when it is not a whole index."""
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 8:
        return None
    n = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "little")
    return n if len(data) == len(_MAGIC) + 8 + 16 * n + 8 * (n + 1) else None


def _delta(graph: Graph, items: list, previous: Path, old_offsets: array, changed: list[int], gone: list[int],
           kept: array, nodes: int) -> GraphDelta:
    """Upserts are the new lines not found before; the old lines not found again are read back (by offset)
    to name what they held: the previous value of an upserted record, or a record to delete."""
    delta = GraphDelta(kept=kept, previous=previous)
    for i in changed:
        (delta.upsert_nodes if i < nodes else delta.upsert_edges).append(items[i])
    with open(previous / "graph.jsonl", "rb") as fh:
        for i in gone:
            fh.seek(old_offsets[i])
            rec = json.loads(fh.read(old_offsets[i + 1] - old_offsets[i]))
            if rec.get("kind") == "node":
                node = Node.trusted(rec["id"], rec["labels"], rec.get("properties") or {})
                if node.id not in graph.nodes:
                    delta.delete_nodes.append(node.id)
                delta.old_nodes[node.id] = node
            else:
                edge = Edge.trusted(rec["type"], rec["source"], rec["target"], rec.get("properties") or {})
                if edge.key not in graph.edges:
                    delta.delete_edges.append(edge.key)
                delta.old_edges[edge.key] = edge
    delta.delete_nodes.sort()
    delta.delete_edges.sort()
    delta.olds_known = True
    return delta


def remove_index(gen: Path) -> None:
    """Drop a generation's index (its graph files were written some other way)."""
    try:
        os.unlink(gen / INDEX)
    except FileNotFoundError:
        pass
