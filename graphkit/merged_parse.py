"""Parsing merged.json without decoding it whole as UTF-8: the file mapped, read as Latin-1, and the few records
holding other bytes parsed again from UTF-8.

Why: at 100k articles merged.json is 754 MB with ~7,000 non-ASCII characters (curly quotes, dashes); one of
them above U+00FF made the decoded text two bytes a character (1.5 GB), and reading the file plus that decode
cost ~1.45 CPU-s (mostly the kernel handing out 2.3 GB of fresh pages) before ``json.loads`` began.  Mapped
and read as Latin-1 (one byte a character, no decoding) it is ~0.6.  The result is the same: a non-ASCII byte
of valid JSON lies inside a string, a record without one reads the same in both, and each record with one (found
by its byte span in merged.idx) is replaced by its UTF-8 parse, after checking that its span holds that very
record.  Anything unexpected — no spans, spans that do not fit, a byte order mark — parses the whole file as
``json.loads(bytes)`` did, so errors (a truncated or empty file) are the same as before.
"""
from __future__ import annotations

import json
import mmap
from array import array
from bisect import bisect_right
from pathlib import Path

_CHUNK = 1 << 16  # bytes checked for ASCII at once (C-level); a chunk with other bytes is checked record by record


def parse_document(path: Path, spans: array | None) -> dict:
    """``json.loads`` of the file's bytes; ``spans`` (merged.idx: per record, start and end) lets it skip the
    UTF-8 decode (module docstring)."""
    with open(path, "rb") as fh:
        if not spans or fh.seek(0, 2) == 0:
            fh.seek(0)
            return json.loads(fh.read())
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            if buf[:3] == b"\xef\xbb\xbf" or 0 in buf[:4] or buf.size() < spans[-1]:  # a BOM or UTF-16/32
                return json.loads(buf[:])
            doc = json.loads(str(buf, "latin-1"))
            if not (isinstance(doc, dict) and isinstance(doc.get("nodes"), list) and isinstance(doc.get("edges"), list)
                    and len(spans) == 2 * (len(doc["nodes"]) + len(doc["edges"]))):
                return json.loads(buf[:])
            wide = _not_ascii(buf, spans)
            if wide is None or not _reparse(buf, spans, wide, doc["nodes"], doc["edges"]):
                return json.loads(buf[:])
            return doc


def _not_ascii(buf: mmap.mmap, spans: array) -> list[int] | None:
    """The records whose bytes are not all ASCII, or None when such a byte lies outside every record (or the
    spans are out of order there)."""
    starts, out = spans[::2], []
    for off in range(0, len(buf), _CHUNK):
        end = off + _CHUNK
        if buf[off:end].isascii():
            continue
        pos = off
        for r in range(max(bisect_right(starts, off) - 1, 0), len(starts)):
            a, b = spans[2 * r], spans[2 * r + 1]
            if a >= end:
                break
            if b < a or a < pos and pos > off:
                return None  # a reversed span, or one overlapping the record before it
            if not buf[pos:a].isascii():
                return None  # between records
            if b > off and not buf[a:b].isascii() and (not out or out[-1] != r):
                out.append(r)
            pos = max(pos, b)
        if pos < end and not buf[pos:end].isascii():
            return None
    return out


def _reparse(buf: mmap.mmap, spans: array, wide: list[int], nodes: list, edges: list) -> bool:
    """Each record of ``wide`` replaced by its UTF-8 parse, once its span is checked to hold it (its Latin-1
    parse is the record parsed); False when one does not."""
    for r in wide:
        a, b = spans[2 * r], spans[2 * r + 1]
        raw = buf[a + (buf[a] == 0x2C):b]  # without the separating comma
        records, at = (nodes, r) if r < len(nodes) else (edges, r - len(nodes))
        try:
            if json.loads(raw.decode("latin-1")) != records[at]:
                return False
        except ValueError:
            return False
        records[at] = json.loads(raw)
    return True


__all__ = ["parse_document"]
