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
import json
import mmap
import os
from array import array
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
    """
    old = read_index(previous / INDEX) if previous is not None and (previous / INDEX).is_file() else None
    where = {d: i for i, d in enumerate(old[0])} if old is not None and want_delta else None
    digests, offsets = bytearray(), array("Q")
    kept = array("q")
    changed: list[int] = []  # new positions whose line is not in the previous generation
    pos = 0
    nodes = len(graph.nodes)
    node_ids, edge_keys = sorted(graph.nodes), sorted(graph.edges)
    items = [*(graph.nodes[k] for k in node_ids), *(graph.edges[k] for k in edge_keys)]
    with contextlib.ExitStack() as stack:
        lines = None
        if old is not None and links is not None and links.before is not None:
            src = stack.enter_context(open(previous / "graph.jsonl", "rb"))
            if os.fstat(src.fileno()).st_size == old[1][-1] and old[1][-1]:
                lines = stack.enter_context(mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ))
        previous_lines = links.previous_lines(items) if lines is not None else None
        jl = stack.enter_context(atomic_write(gen / "graph.jsonl", "wb"))
        js = stack.enter_context(atomic_write(gen / "graph.json", "wb"))
        js.write(b'{"nodes":[\n')
        for i, item in enumerate(items):
            if i == nodes:
                js.write(b'],\n"edges":[\n')
            p = previous_lines[i] if previous_lines is not None else -1
            if p >= 0:
                data, d = lines[old[1][p]:old[1][p + 1]], old[0][p]
            else:
                data = graphdoc.jsonl_line(item).encode("utf-8")
                d = _digest(data)
            digests += d
            offsets.append(pos)
            pos += len(data)
            jl.write(data)
            js.write((b"{" if i == 0 or i == nodes else b",{") + data[_HEAD:])
            if where is not None:
                at = where.pop(d, -1)
                kept.append(at)
                if at < 0:
                    changed.append(i)
        if nodes == len(offsets):
            js.write(b'],\n"edges":[\n')
        js.write(b"]}\n")
    offsets.append(pos)
    with atomic_write(gen / INDEX, "wb") as fh:
        fh.write(_MAGIC + len(offsets[:-1]).to_bytes(8, "little") + bytes(digests) + offsets.tobytes())
    if links is not None:
        links.link(node_ids, edge_keys, items)
        links.save(gen)
    if where is None:
        return None
    delta = _delta(graph, items, previous, old[1], changed, sorted(where.values()), kept, nodes)
    delta.order = (node_ids, edge_keys)
    return delta


def read_index(path: Path) -> tuple[list[bytes], array] | None:
    """(digest per line, byte offset per line plus the end) of a graph.jsonl.idx; None when unreadable."""
    data = path.read_bytes()
    n = _lines(data)
    if n is None:
        return None
    start = len(_MAGIC) + 8
    digests = [data[start + 16 * i:start + 16 * i + 16] for i in range(n)]
    offsets = array("Q")
    offsets.frombytes(data[start + 16 * n:])
    return digests, offsets


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
