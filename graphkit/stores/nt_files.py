"""graph.nt of a generation, with an index of each record's bytes, and its incremental rewrite.

Why: graph.nt is the largest output (573 MB for 10k articles) and rendering it is most of what the
RDF store costs.  Every record of the graph (a node, then the edges, in the sorted order of
graph.jsonl) renders to a run of consecutive lines that depends on that record alone, except that
edges sharing (type, source, target) — HOLDS in several capacities — write their direct triple once,
with the first of them.  So ``graph.nt.idx`` keeps each record's byte offset and whether it carries
the direct triple; the next build copies the byte ranges of unchanged records from the previous
file (``os.copy_file_range``, in the kernel) and renders only the records that changed.  The result
is byte-identical to writing the whole file again (tests compare them).
"""
from __future__ import annotations

import os
from array import array
from collections.abc import Iterator
from pathlib import Path

from ..atomic import atomic_write
from ..delta import GraphDelta
from ..rangecopy import RangeWriter
from ..model import Edge, Graph, Node
from .ntriples import XSD_INTEGER, iri
from .rdf import edge_triples, node_triples, is_span_list
from .rdf_vocab import GK_ARTICLE, GK_END, GK_EVIDENCE, GK_EVIDENCE_CLASS, GK_START, RDF_TYPE, _Terms, relationship_iri

NT_FILE = "graph.nt"
NT_INDEX = "graph.nt.idx"
_MAGIC = b"GKNTIX1\x00"


def _text(triples) -> str:
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples])


def node_text(node: Node, terms: _Terms) -> str:
    """``_text(node_triples(node, terms))``, its evidence records rendered five lines at a time."""
    spans = node.properties.get("evidence")
    if not spans or not is_span_list(spans):
        return _text(node_triples(node, terms))
    return _text(node_triples(node, terms, evidence=False)) + _evidence_text(terms.node(node.id), spans, terms)


def edge_text(edge: Edge, terms: _Terms, direct: bool) -> str:
    """``_text(edge_triples(edge, terms, direct))``, its evidence records rendered five lines at a time."""
    spans = edge.properties.get("evidence")
    if not spans or not is_span_list(spans):
        return _text(edge_triples(edge, terms, direct))
    head = _text(edge_triples(edge, terms, direct, evidence=False))
    return head + _evidence_text(iri(relationship_iri(edge, terms.base)), spans, terms)


def _evidence_text(s: str, spans: list[dict], terms: _Terms) -> str:
    """The lines of ``rdf.evidence_triples(s, spans, terms)``, one format a span instead of five tuples.

    Why: evidence is most of graph.nt (five triples a span; a region mentioned by a thousand articles
    has thousands of spans), and a changed record is rendered whole (tests compare the bytes)."""
    stem, out = s[:-1] + "/ev/", []
    for ev in spans:
        article = str(ev.get("article", ""))
        start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
        e = f"{stem}{terms.path(article)}/{start}-{end}>"
        out.append(f"{s} {GK_EVIDENCE} {e} .\n{e} {RDF_TYPE} {GK_EVIDENCE_CLASS} .\n{e} {GK_ARTICLE} "
                   f"{terms.node(article)} .\n{e} {GK_START} \"{start}\"^^{XSD_INTEGER} .\n"
                   f"{e} {GK_END} \"{end}\"^^{XSD_INTEGER} .\n")
    return "".join(out)


def record_texts(graph: Graph, base: str, flags: bytearray | None = None) -> Iterator[bytes]:
    """The N-Triples bytes of each record (nodes, then edges, sorted): ``iter_triples`` cut per record."""
    terms = _Terms(base)
    for node in graph.sorted_nodes():
        if flags is not None:
            flags.append(0)
        yield node_text(node, terms).encode("utf-8")
    previous = None
    for edge in graph.sorted_edges():
        direct = (edge.type, edge.source, edge.target)
        if flags is not None:
            flags.append(direct != previous)
        yield edge_text(edge, terms, direct != previous).encode("utf-8")
        previous = direct


class IndexWriter:
    """Collects each record's offset while graph.nt is written; ``save`` writes graph.nt.idx."""

    def __init__(self) -> None:
        self.offsets, self.flags, self.pos = array("Q"), bytearray(), 0
        self.triples = 0

    def add(self, size: int) -> None:
        self.offsets.append(self.pos)
        self.pos += size

    def save(self, folder: Path) -> None:
        offsets = array("Q", self.offsets)
        offsets.append(self.pos)
        with atomic_write(folder / NT_INDEX, "wb") as fh:
            fh.write(_MAGIC + len(self.flags).to_bytes(8, "little") + self.triples.to_bytes(8, "little")
                     + offsets.tobytes() + bytes(self.flags))


def read_index(path: Path) -> tuple[array, bytes, int] | None:
    """(byte offset per record plus the end, direct-triple flag per record, triples in the file)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_MAGIC) or len(data) < 24:
        return None
    n, triples = int.from_bytes(data[8:16], "little"), int.from_bytes(data[16:24], "little")
    if len(data) != 24 + 8 * (n + 1) + n:
        return None
    offsets = array("Q")
    offsets.frombytes(data[24:24 + 8 * (n + 1)])
    return offsets, data[24 + 8 * (n + 1):], triples


def merge_ntriples(graph: Graph, out: Path, delta: GraphDelta, base: str, added: int) -> tuple[int, int] | None:
    """Write ``out``/graph.nt (and its index) from the previous generation's file and the changed records.

    ``added``: triples the delta adds (negative: removes).  None when the previous generation has no
    usable index (the caller then writes the file whole); else (triples in the file, bytes copied).
    """
    prev = delta.previous
    if prev is None or delta.kept is None or not (prev / NT_FILE).is_file():
        return None
    old = read_index(prev / NT_INDEX)
    nodes, kept = len(graph.nodes), delta.kept
    if old is None or len(kept) != nodes + len(graph.edges) or os.path.getsize(prev / NT_FILE) != old[0][-1]:
        return None
    old_offsets, old_flags, old_triples = old
    if kept and max(kept) >= len(old_flags):
        return None
    terms, index = _Terms(base), IndexWriter()
    index.triples = old_triples + added
    node_ids, edge_keys = delta.order or (sorted(graph.nodes), sorted(graph.edges))
    with open(prev / NT_FILE, "rb") as src, atomic_write(out / NT_FILE, "wb") as fh:
        writer = RangeWriter(fh, src)
        previous = None
        j, total = 0, len(kept)
        while j < total:
            at = kept[j]
            if j < nodes:
                direct = 0
            else:
                key = edge_keys[j - nodes]
                direct = int(key[:3] != previous)
                previous = key[:3]
            if at >= 0 and old_flags[at] == direct:
                # a run of records that follow each other in both files: one range, and the flags and offsets of
                # the previous index (after its first record, each record's predecessor is the same in both)
                stop, k = (nodes if j < nodes else total), j + 1
                while k < stop and kept[k] == at + k - j:
                    k += 1
                n = k - j
                index.flags += old_flags[at:at + n]
                shift = index.pos - old_offsets[at]
                index.offsets.extend([o + shift for o in old_offsets[at:at + n]])
                index.pos += old_offsets[at + n] - old_offsets[at]
                writer.copy(old_offsets[at], old_offsets[at + n])
                if j >= nodes:
                    previous = edge_keys[k - 1 - nodes][:3]
                j = k
                continue
            index.flags.append(direct)
            if j < nodes:
                data = node_text(graph.nodes[node_ids[j]], terms).encode("utf-8")
            else:
                data = edge_text(graph.edges[key], terms, bool(direct)).encode("utf-8")
            index.add(len(data))
            writer.write(data)
            j += 1
        writer.close()
    index.save(out)
    return index.triples, writer.copied

