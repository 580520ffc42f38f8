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

import hashlib
import json
import os
from array import array
from pathlib import Path

from .atomic import atomic_write
from .delta import GraphDelta
from .model import Edge, Graph, Node
from .stores.graphdoc import jsonl_lines

INDEX = "graph.jsonl.idx"
_MAGIC = b"GKIDX1\n\x00"
_NODE_HEAD, _EDGE_HEAD = '{"kind":"node",', '{"kind":"edge",'


def _digest(line: bytes) -> bytes:
    return hashlib.blake2b(line, digest_size=16).digest()


def _json_line(jsonl_line: str, first: bool) -> str:
    """The graph.json line of a graph.jsonl line: the record without its "kind" (and a leading comma)."""
    return ("{" if first else ",{") + jsonl_line[len(_NODE_HEAD):]


def write_graph_files(graph: Graph, gen: Path, previous: Path | None = None) -> GraphDelta | None:
    """Write ``gen``/graph.json, graph.jsonl and graph.jsonl.idx; the delta from ``previous`` when it has an index.

    The bytes of both documents are those of ``graphdoc.write_json``/``write_jsonl`` (tests compare them).
    """
    old = read_index(previous / INDEX) if previous is not None and (previous / INDEX).is_file() else None
    where = {d: i for i, d in enumerate(old[0])} if old is not None else None
    digests, offsets = bytearray(), array("Q")
    kept = array("q")
    changed: list[int] = []  # new positions whose line is not in the previous generation
    pos = 0
    nodes = len(graph.nodes)
    with atomic_write(gen / "graph.jsonl", "wb") as jl, atomic_write(gen / "graph.json", "wb") as js:
        js.write(b'{"nodes":[\n')
        for i, line in enumerate(jsonl_lines(graph)):
            if i == nodes:
                js.write(b'],\n"edges":[\n')
            data = line.encode("utf-8")
            d = _digest(data)
            digests += d
            offsets.append(pos)
            pos += len(data)
            jl.write(data)
            js.write(_json_line(line, i == 0 or i == nodes).encode("utf-8"))
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
    if where is None:
        return None
    return _delta(graph, previous, old[1], changed, sorted(where.values()), kept, nodes)


def read_index(path: Path) -> tuple[list[bytes], array] | None:
    """(digest per line, byte offset per line plus the end) of a graph.jsonl.idx; None when unreadable."""
    data = path.read_bytes()
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 8:
        return None
    n = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "little")
    start = len(_MAGIC) + 8
    if len(data) != start + 16 * n + 8 * (n + 1):
        return None
    digests = [data[start + 16 * i:start + 16 * i + 16] for i in range(n)]
    offsets = array("Q")
    offsets.frombytes(data[start + 16 * n:])
    return digests, offsets


def _delta(graph: Graph, previous: Path, old_offsets: array, changed: list[int], gone: list[int],
           kept: array, nodes: int) -> GraphDelta:
    """Upserts are the new lines not found before; the old lines not found again are read back (by offset)
    to name what they held: the previous value of an upserted record, or a record to delete."""
    node_ids = sorted(graph.nodes) if changed else []
    edge_keys = sorted(graph.edges) if any(i >= nodes for i in changed) else []
    delta = GraphDelta(kept=kept, previous=previous)
    for i in changed:
        if i < nodes:
            delta.upsert_nodes.append(graph.nodes[node_ids[i]])
        else:
            delta.upsert_edges.append(graph.edges[edge_keys[i - nodes]])
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
