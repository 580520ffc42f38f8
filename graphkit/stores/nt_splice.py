"""A changed record of graph.nt written from its previous bytes: only the evidence spans that are new rendered.

Why: a record that changed is rendered whole by ``nt_files.merge_ntriples``, and the records an addition
changes are mostly hubs — a region or topic named by thousands of articles, whose record is five lines per
evidence span (a region of 100k articles: 178k spans, 139 MB).  Ten new articles add a few spans to it; the
rest of its bytes are in the previous graph.nt.  A record's text is its head (every triple but the evidence
records, ``nt_files.node_text``/``edge_text``) followed by one block per span in list order, and a span's
block depends on the subject and the span's (article, start, end) alone (``nt_files._evidence_text``).  So
the new record is its head rendered, then, per span, the previous block of a span with the same key (copied
by range, adjacent blocks in one range) or the span rendered.

The previous record is split into blocks by finding its spans' first lines (``<s> gk:evidence <e> .``: every
other line of a block starts with ``<e>``, an IRI under ``s[:-1] + "/ev/"``, so no other line starts with
``<s> gk:evidence``).  Whenever the previous bytes do not have the expected shape — the head rendered from the
previous value differs from the file's, or the number of blocks found is not the number of previous spans —
the caller renders the record whole, so the output is always the bytes of a fresh rendering (tests compare
them).
"""
from __future__ import annotations

import mmap

from ..model import Edge, Node
from ..rangecopy import RangeWriter
from .ntriples import iri
from .rdf import edge_triples, is_span_list, node_triples
from .rdf_vocab import GK_EVIDENCE, _Terms, relationship_iri

# Records with fewer spans are rendered whole: finding the blocks of a small record costs about what
# rendering it does.
MIN_SPANS = 64


def _text(triples) -> str:
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples])


def _key(ev: dict) -> tuple:
    """What a span's block depends on besides its subject (as ``_evidence_text`` reads it)."""
    return str(ev.get("article", "")), int(ev.get("start", 0)), int(ev.get("end", 0))


def _parts(item: Node | Edge, terms: _Terms, direct: bool) -> tuple[str, bytes, list] | None:
    """(subject, head bytes, evidence spans) of a record rendered as head + span blocks, else None."""
    spans = item.properties.get("evidence")
    if not spans or not is_span_list(spans):
        return None
    if isinstance(item, Node):
        return terms.node(item.id), _text(node_triples(item, terms, evidence=False)).encode("utf-8"), spans
    s = iri(relationship_iri(item, terms.base))
    return s, _text(edge_triples(item, terms, direct, evidence=False)).encode("utf-8"), spans


def splice(writer: RangeWriter, old_file: mmap.mmap, start: int, end: int, old: Node | Edge, old_direct: bool,
           new: Node | Edge, new_direct: bool, terms: _Terms, render_spans) -> int | None:
    """Write ``new``'s record through ``writer`` from the previous record ``old`` (bytes ``start:end`` of
    ``old_file``); the bytes written, or None (nothing written) when the record is to be rendered whole.

    ``render_spans(s, spans, terms) -> str`` renders span blocks (``nt_files._evidence_text``)."""
    was, now = _parts(old, terms, old_direct), _parts(new, terms, new_direct)
    if was is None or now is None or len(now[2]) < MIN_SPANS or was[0] != now[0]:
        return None
    s, old_head, old_spans = was
    if old_file[start:start + len(old_head)] != old_head:
        return None
    first = f"{s} {GK_EVIDENCE} ".encode("utf-8")
    at = start + len(old_head)
    blocks = []  # the start of each previous span's block, then the record's end
    if old_spans:
        if old_file[at:at + len(first)] != first:
            return None
        sep = b"\n" + first
        find = old_file.find
        while at >= 0 and at < end:
            blocks.append(at)
            at = find(sep, at, end)
            at = at + 1 if at >= 0 else at
    if len(blocks) != len(old_spans):
        return None
    blocks.append(end)
    where = {k: i for i, k in enumerate(map(_key, old_spans))}
    s, head, spans = now
    writer.write(head)
    size, run = len(head), None  # run: [first block, last block] copied but not yet written
    for ev in spans:
        i = where.get(_key(ev))
        if i is not None:
            if run is not None and run[1] + 1 == i:
                run[1] = i
                continue
            if run is not None:
                writer.copy(blocks[run[0]], blocks[run[1] + 1])
                size += blocks[run[1] + 1] - blocks[run[0]]
            run = [i, i]
            continue
        if run is not None:
            writer.copy(blocks[run[0]], blocks[run[1] + 1])
            size += blocks[run[1] + 1] - blocks[run[0]]
            run = None
        data = render_spans(s, [ev], terms).encode("utf-8")
        writer.write(data)
        size += len(data)
    if run is not None:
        writer.copy(blocks[run[0]], blocks[run[1] + 1])
        size += blocks[run[1] + 1] - blocks[run[0]]
    return size
