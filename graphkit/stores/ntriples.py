"""N-Triples / N-Quads: term rendering with correct escaping, and a streaming writer.

Why a hand-written writer: the RDF export of a large corpus is millions of
triples, and building an rdflib ``Graph`` only to print it again costs an
order of magnitude more time and memory than printing lines directly.  The
mapping (``graphkit.stores.rdf.iter_triples``) yields terms that are already
rendered as N-Triples text, so writing is string concatenation.

Escaping follows RDF 1.1 N-Triples: in IRIs every character outside the
unreserved set is percent-encoded (UTF-8) by ``iri_segment``, so IRIs never
contain ``<>"{}|^`\\`` or spaces; in literals ``\\ " \\n \\r`` use ECHAR
escapes and the other control characters (and DEL) use ``\\uXXXX``.  Lone
surrogates, which cannot be encoded as UTF-8, become U+FFFD.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from typing import IO
from urllib.parse import quote


XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
XSD_INTEGER = f"<{XSD}integer>"
XSD_BOOLEAN = f"<{XSD}boolean>"
XSD_DOUBLE = f"<{XSD}double>"
XSD_DATE = f"<{XSD}date>"
XSD_ANYURI = f"<{XSD}anyURI>"

_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0, 0x20), 0x7F] if c not in (0x0A, 0x0D)})
_ESCAPES.update({c: "\uFFFD" for c in range(0xD800, 0xE000)})
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f\ud800-\udfff]')
# Characters allowed unencoded in an IRI segment: RFC 3986 "unreserved" only.
_SAFE = "-._~"


# A segment of unreserved characters only is its own encoding (most ids): no call into urllib.
_PLAIN = re.compile(r"[A-Za-z0-9._~-]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def iri_segment(text: str) -> str:
    """Percent-encode one path segment (UTF-8); '.' and '..' are encoded too."""
    if text in (".", ".."):
        return text.replace(".", "%2E")
    if _PLAIN.fullmatch(text):
        return text
    return quote(text.translate({c: "\uFFFD" for c in range(0xD800, 0xE000)})
                 if _has_surrogate(text) else text, safe=_SAFE)


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def escape_literal(text: str) -> str:
    """The body of an N-Triples string literal (without the quotes)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def iri(value: str) -> str:
    """An IRI term.  ``value`` must already be a valid IRI (see ``iri_segment``)."""
    return f"<{value}>"


def literal(value, datatype: str | None = None) -> str:
    """A literal term for a Python scalar: str, bool, int, float (others via str)."""
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^{XSD_BOOLEAN}'
    if isinstance(value, int):
        return f'"{value}"^^{XSD_INTEGER}'
    if isinstance(value, float):
        text = repr(value) if math.isfinite(value) else {"nan": "NaN", "inf": "INF", "-inf": "-INF"}[repr(value)]
        return f'"{text}"^^{XSD_DOUBLE}'
    body = escape_literal(value if isinstance(value, str) else str(value))
    return f'"{body}"^^{datatype}' if datatype else f'"{body}"'


def write_lines(triples: Iterable[tuple[str, str, str]], fh: IO[str], graph_name: str | None = None) -> int:
    """Write rendered triples as N-Triples (or N-Quads when ``graph_name`` is an IRI term)."""
    end = f" {graph_name} .\n" if graph_name else " .\n"
    n = 0
    buf: list[str] = []
    for s, p, o in triples:
        buf.append(f"{s} {p} {o}{end}")
        if len(buf) >= 4096:
            fh.write("".join(buf))
            n += len(buf)
            buf.clear()
    fh.write("".join(buf))
    return n + len(buf)


def ntriples_chunks(triples: Iterable[tuple[str, str, str]], size: int) -> Iterator[tuple[str, int]]:
    """N-Triples text of ``size`` triples at a time, with the count: what the RDF store loads in batches."""
    buf: list[str] = []
    for s, p, o in triples:
        buf.append(f"{s} {p} {o} .\n")
        if len(buf) >= size:
            yield "".join(buf), len(buf)
            buf.clear()
    if buf:
        yield "".join(buf), len(buf)
