"""The merged graph's files: merged.json and its byte index merged.idx (merged.links: ``merged_links``).

Split from ``buildstate`` (which holds what a generation remembers and how a fold changes it) because
writing and reading these files is a job of its own: ``save_merged`` copies the bytes of every record a
fold left alone from the previous merged.json instead of encoding it again (``MergedBase`` says where
they are); ``merged_links`` notes which merged records resolution left as they were, so the graph files
can copy their lines too.  ``fast_graph`` reads any graph document graphkit wrote, without
validation (``Node.trusted``/``Edge.trusted``).
"""
from __future__ import annotations

import json
import os
from array import array
from collections import deque
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, is_, itemgetter
from pathlib import Path
from typing import NamedTuple

from .atomic import atomic_write
from .errors import GraphDocumentError
from .rangecopy import RangeWriter
from .model import (_EDGE_FIELDS, _NODE_FIELDS, Edge, Graph, Node, _new, _set_dict, _set_extra, _set_fields_set,
                    _set_private)
from .stores import graphdoc

MERGED = "merged.json"
MERGED_INDEX = "merged.idx"


def fast_graph(path: Path) -> Graph:
    """A graph document written by graphkit, read without validation (several times faster)."""
    return _read_graph(path)[0]


_FIX = "build the folder again with 'graphkit build PATHS -o OUT --fresh' (every article is extracted again)"
_NODE_KEYS, _EDGE_KEYS = ("id", "labels", "properties"), ("type", "source", "target", "properties")


def _read_graph(path: Path) -> tuple[Graph, list, list]:
    """The graph of a document graphkit wrote, and its records and their keys in file order (nodes, then edges).

    Why not one ``Node.trusted``/``Edge.trusted`` call a record: at 100k articles merged.json holds 2.3M records,
    and loading it was ~30 % a Python loop that built each record's field dict again from the parsed one.  A
    record graphkit writes *is* its fields dict (``to_dict``: the same keys, in the same order), so the parsed
    dict becomes the object's ``__dict__`` and the four slots are set by C-level ``map``s; a document whose
    records have other keys (or another order) takes the per-record path.  The bytes are decoded by
    ``json.loads`` itself (no newline translation: graphkit writes none inside a record)."""
    try:
        doc = json.loads(path.read_bytes())
        nodes, edges = doc["nodes"], doc["edges"]
    except (ValueError, KeyError, TypeError) as exc:  # truncated, empty, not UTF-8, not a graph document
        raise GraphDocumentError(f"not a graph document graphkit wrote ({type(exc).__name__}: {exc})", _FIX,
                                 path=str(path)) from exc
    graph = Graph()
    if {*map(tuple, nodes)} <= {_NODE_KEYS} and {*map(tuple, edges)} <= {_EDGE_KEYS}:
        node_objs, edge_objs = _objects(Node, nodes, _NODE_FIELDS), _objects(Edge, edges, _EDGE_FIELDS)
        node_keys = [n["id"] for n in nodes]
        edge_keys = [(t, s, o, str(p.get("capacity") or "") if t == "HOLDS" else "")
                     for t, s, o, p in map(_edge_fields, edges)]
        graph.nodes, graph.edges = dict(zip(node_keys, node_objs)), dict(zip(edge_keys, edge_objs))
        if len(graph.nodes) == len(node_objs) and len(graph.edges) == len(edge_objs):
            return graph, [*node_objs, *edge_objs], [*node_keys, *edge_keys]
    else:
        graph.nodes = {n["id"]: Node.trusted(n["id"], n["labels"], n["properties"]) for n in nodes}
        trusted = Edge.trusted
        graph.edges = {(t, s, o, str(p.get("capacity") or "") if t == "HOLDS" else ""): trusted(t, s, o, p)
                       for t, s, o, p in map(_edge_fields, edges)}
    return graph, [*graph.nodes.values(), *graph.edges.values()], [*graph.nodes, *graph.edges]


_edge_fields = itemgetter(*_EDGE_KEYS)


def _objects(cls: type, fields: list[dict], fields_set: set) -> list:
    """Trusted instances of ``cls`` whose ``__dict__`` is each of ``fields`` (``model._trusted``, by ``map``s)."""
    objs = list(map(_new, repeat(cls, len(fields))))
    for setter, values in ((_set_dict, fields), (_set_fields_set, repeat(fields_set)), (_set_extra, repeat(None)),
                           (_set_private, repeat(None))):
        deque(map(setter, objs, values), maxlen=0)
    return objs


@dataclass
class MergedBase:
    """The previous generation's merged graph as loaded, and where each record's bytes are in its
    merged.json: records a fold leaves alone are still these very objects, so ``save_merged`` copies
    their bytes instead of encoding them again (the tests compare the file with a fresh write)."""

    graph: Graph
    path: Path
    objects: list            # the loaded nodes then edges, in file order (each section sorted by key)
    nodes: int               # how many of them are nodes
    spans: array | None      # per record: start (its leading comma included), end (after its newline)
    keys: list = field(default_factory=list)  # the key of each of ``objects`` (node id, edge key), as loaded

    def find(self, node_keys: list, edge_keys: list, items: list) -> array:
        """Per record of ``items`` (nodes with the sorted ``node_keys``, then edges with the sorted ``edge_keys``),
        its place in ``objects`` when it is that very loaded object, else -1.

        Why a walk and not a map: both sides are sorted by key, so one pass forward over each finds every
        namesake; a map from ``id()`` to place held 2.25M entries at 100k articles (~250 MB, from the merged
        state's save to the graph files, through resolution).  Why by blocks: an add changes a few hundred of
        2.3M records, so nearly every block of ``_BLOCK`` is the same keys and the same objects on both sides,
        which two C-level comparisons confirm (a Python step a record was ~1 CPU-s at 100k articles); a block
        that differs is walked one key at a time."""
        out = array("q", [-1]) * len(items)
        keys, objects, n = self.keys, self.objects, self.nodes
        for wanted, k, stop, r0 in ((node_keys, 0, n, 0), (edge_keys, n, len(objects), len(node_keys))):
            i, m = 0, len(wanted)
            while i < m and k < stop:
                step = min(_BLOCK, m - i, stop - k)
                if keys[k:k + step] == wanted[i:i + step] and \
                        all(map(is_, objects[k:k + step], items[r0 + i:r0 + i + step])):
                    out[r0 + i:r0 + i + step] = array("q", range(k, k + step))
                    i, k = i + step, k + step
                    continue
                for i in range(i, min(i + _BLOCK, m)):
                    key = wanted[i]
                    while k < stop and keys[k] < key:
                        k += 1
                    if k == stop:
                        break
                    if keys[k] == key:  # then the next key is past it: ``k`` moves on (a block may follow)
                        if objects[k] is items[r0 + i]:
                            out[r0 + i] = k
                        k += 1
                else:
                    i += 1
        return out


_BLOCK = 256  # records compared at once by ``MergedBase.find`` and ``save_merged`` (see there)


def load_merged(gen: Path | None) -> MergedBase | None:
    if gen is None or not (gen / MERGED).is_file():
        return None
    spans = _read_spans(gen / MERGED_INDEX)
    graph, objects, keys = _read_graph(gen / MERGED)
    if spans is not None and len(spans) != 2 * len(objects):
        spans = None
    return MergedBase(graph, gen / MERGED, objects, len(graph.nodes), spans, keys)


def _read_spans(path: Path) -> array | None:
    """merged.idx: per record of merged.json, the start and end of its bytes (checked against the records after)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) % 16:
        return None
    spans = array("Q")
    spans.frombytes(data)
    return spans


class Saved(NamedTuple):
    """What ``save_merged`` wrote: the records in file order (nodes, then edges) and their sorted keys."""

    records: list
    node_keys: list
    edge_keys: list


def save_merged(graph: Graph, gen: Path, base: MergedBase | None = None) -> Saved:
    """merged.json (the bytes of ``graphdoc.write_json``) and merged.idx, copying the unchanged records of
    ``base``; returns the records in the order written (nodes, then edges, sorted) and their keys."""
    spans = base.spans if base is not None else None
    usable = spans is not None and (not spans or base.path.stat().st_size >= spans[-1])
    index = array("Q")
    (node_keys, nodes), (edge_keys, edges) = _by_key(graph.nodes), _by_key(graph.edges)
    records = nodes + edges
    where = base.find(node_keys, edge_keys, records) if usable else array("q", [-1]) * len(records)
    with open(base.path if usable else os.devnull, "rb") as src, atomic_write(gen / MERGED, "wb") as fh:
        out = RangeWriter(fh, src)
        for head, r0, items in ((b'{"nodes":[\n', 0, nodes),
                                (b'],\n"edges":[\n', len(node_keys), edges)):
            out.write(head)
            i, n = 0, len(items)
            while i < n:
                item = items[i]
                index.append(out.pos)
                at = where[r0 + i]
                if at >= 0:
                    start, end = spans[2 * at], spans[2 * at + 1]
                    had_comma = at not in (0, base.nodes)
                    if had_comma and not i:
                        start += 1
                    elif i and not had_comma:
                        out.write(b",")
                    out.copy(start, end)
                    index.append(out.pos)
                    # the records after it that follow it in the previous file too (neither file's section starts
                    # there): one range, their index entries the previous ones shifted
                    j = _run(base, items, i, at, n)
                    if j > i + 1:
                        first, last = at + 1, at + j - i - 1
                        shift = out.pos - spans[2 * first]
                        index.extend(map(add, spans[2 * first:2 * last + 2], repeat(shift)))
                        out.copy(spans[2 * first], spans[2 * last + 1])
                    i = j
                    continue
                out.write((b"," if i else b"") + graphdoc.record_json(item).encode("utf-8") + b"\n")
                index.append(out.pos)
                i += 1
        out.write(b"]}\n")
        out.close()
    with atomic_write(gen / MERGED_INDEX, "wb") as fh:
        fh.write(index.tobytes())
    return Saved(records, node_keys, edge_keys)


def _by_key(records: dict) -> tuple[list, list]:
    """The keys of ``records`` sorted, and their values in that order.

    Why not ``records[k]`` for each sorted key: it hashes every key again (a tuple's hash is not cached), ~0.4
    CPU-s for the 1.9M edges of 100k articles; sorting the positions by key reorders both lists by index."""
    keys, values = [*records], [*records.values()]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return [*map(keys.__getitem__, order)], [*map(values.__getitem__, order)]


def _run(base: MergedBase, items: list, i: int, at: int, n: int) -> int:
    """The end of the run of ``items`` from ``i`` (the loaded record ``at``) that follows it in the previous file
    too: ``items[j]`` is ``base.objects[at + j - i]``, neither file's section starting in between.

    Why by growing blocks: at 100k articles nearly every run is thousands of records long, and a Python step a
    record (~2.3M in all) cost ~0.5 CPU-s of the save; a C-level identity check of a block, whose size doubles
    while they match, is the same test."""
    objects, limit = base.objects, i + min(n - i, len(base.objects) - at)
    if at < base.nodes:
        limit = min(limit, i + base.nodes - at)
    j, step, shift = i + 1, _BLOCK, at - i
    while j < limit:
        end = min(j + step, limit)
        if all(map(is_, objects[shift + j:shift + end], items[j:end])):
            j, step = end, min(2 * step, 1 << 16)
            continue
        while objects[shift + j] is items[j]:  # the block has a record that differs: up to it
            j += 1
        break
    return j


__all__ = ["MERGED", "MERGED_INDEX", "MergedBase", "Saved", "fast_graph", "load_merged",
           "save_merged"]
