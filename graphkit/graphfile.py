"""A resolved graph read back from a generation's graph.jsonl, record by record, for the stores.

Why: the stores are written last, from the resolved graph, and at 100k articles that graph is ~3.3 GB
of Python objects while the stores themselves need well under 1 GB.  By then graph.jsonl (and its line
index, graph.jsonl.idx) holds every record in sorted order, so a build can drop the in-memory graph and
give the stores this view instead: it keeps one byte offset per record and the node ids, and reads a
record from the file when a store asks for it (``os.pread``, so the two store threads can read at once).

It offers what the from-scratch store writers use of ``model.Graph``: ``nodes`` (id -> Node),
``edges`` and ``sorted_nodes()``/``sorted_edges()``.  The keys of ``edges`` are record numbers, not
edge keys: they sort the way the edge keys do (graph.jsonl is in key order), which is all the writers
need of them (``sorted(graph.edges)``, then ``graph.edges[k]``).  Records come back unvalidated
(``Node.trusted``): the file is the one this build has just written.
"""
from __future__ import annotations

import json
import os
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path

from .graphfiles import INDEX, read_offsets
from .model import Edge, Node

_NODE_HEAD = b'{"kind":"node","id":'
_decode = json.JSONDecoder().raw_decode


def _node(rec: dict) -> Node:
    return Node.trusted(rec["id"], rec["labels"], rec.get("properties") or {})


def _edge(rec: dict) -> Edge:
    return Edge.trusted(rec["type"], rec["source"], rec["target"], rec.get("properties") or {})


class GraphFile:
    """Read-only, record-at-a-time view of graph.jsonl (see the module docstring).  Use as a context manager."""

    def __init__(self, folder: str | Path):
        folder = Path(folder)
        self.path = folder / "graph.jsonl"
        offsets = read_offsets(folder / INDEX) if (folder / INDEX).is_file() else None
        if offsets is None or not offsets or offsets[-1] != os.path.getsize(self.path):
            offsets = _scan_offsets(self.path)
        self.offsets: array = offsets
        self._fd = os.open(self.path, os.O_RDONLY)
        self.node_index: dict[str, int] = {}
        for i in range(len(offsets) - 1):
            head = self._line(i)
            if not head.startswith(_NODE_HEAD):
                break
            self.node_index[_decode(head[len(_NODE_HEAD):].decode("utf-8"))[0]] = i
        self.first_edge = len(self.node_index)
        self.nodes = _Nodes(self)
        self.edges = _Edges(self)

    def _line(self, i: int) -> bytes:
        start = self.offsets[i]
        return os.pread(self._fd, self.offsets[i + 1] - start, start)

    def record(self, i: int) -> dict:
        return json.loads(self._line(i))

    def _run(self, start: int, stop: int, make) -> Iterator:
        """Records ``start`` to ``stop`` read in order through a file of its own (thread-safe, buffered)."""
        with open(self.path, "rb") as fh:
            fh.seek(self.offsets[start])
            for _ in range(start, stop):
                yield make(json.loads(fh.readline()))

    def sorted_nodes(self) -> Iterator[Node]:
        return self._run(0, self.first_edge, _node)

    def sorted_edges(self) -> Iterator[Edge]:
        return self._run(self.first_edge, len(self.offsets) - 1, _edge)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> GraphFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Nodes(Mapping):
    """Node id -> Node, read on access; iterates in id order."""

    def __init__(self, graph: GraphFile):
        self._g = graph

    def __getitem__(self, node_id: str) -> Node:
        return _node(self._g.record(self._g.node_index[node_id]))

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._g.node_index

    def __iter__(self) -> Iterator[str]:
        return iter(self._g.node_index)

    def __len__(self) -> int:
        return self._g.first_edge

    def values(self):  # type: ignore[override]  # one buffered pass, not a pread a node
        return self._g.sorted_nodes()


class _Edges(Mapping):
    """Record number -> Edge, read on access; the numbers sort like the edge keys (see the module docstring)."""

    def __init__(self, graph: GraphFile):
        self._g = graph

    def __getitem__(self, i: int) -> Edge:
        if not isinstance(i, int) or not self._g.first_edge <= i < len(self._g):
            raise KeyError(i)
        return _edge(self._g.record(i))

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self._g.first_edge <= i < len(self._g)

    def __iter__(self) -> Iterator[int]:
        return iter(range(self._g.first_edge, len(self._g)))

    def __len__(self) -> int:
        return len(self._g) - self._g.first_edge

    def values(self):  # type: ignore[override]
        return self._g.sorted_edges()


def _scan_offsets(path: Path) -> array:
    """Each line's byte offset plus the end, by reading the file (a generation without its index)."""
    offsets, pos = array("Q"), 0
    with open(path, "rb") as fh:
        for line in fh:
            offsets.append(pos)
            pos += len(line)
    offsets.append(pos)
    return offsets
