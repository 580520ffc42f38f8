"""Article records from CSV/TSV as spreadsheets and scrapers write them.

Why sniffing: an Indonesian Excel saves CSV with ';' (the comma is the
decimal mark there), exports from tools are often tab-separated, and headers
are Indonesian (``judul``, ``isi_berita``, ``tanggal``, ``tautan`` ...).  The
delimiter is the one among , ; TAB | whose header row names a column the
header table (graphkit/data/article_fields.csv) maps to the article text; an
Excel ``sep=;`` first line is honoured.  When no column fits, the error lists
the columns found and the names that would have been read.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ..errors import MalformedRecordError
from ..model import Article
from .records import field_synonyms, header_key, record_items
from .report import ReadWarning

DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(1 << 30)


def _header(text: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text[:1 << 16], newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def sniff_delimiter(text: str) -> tuple[str, list[str]]:
    """(delimiter, header columns): the delimiter whose header has a text column, else the one
    that splits the header into the most columns (',' on a tie)."""
    text_names = set(field_synonyms()["text"])
    best = (",", _header(text, ","))
    for delim in DELIMITERS:
        cols = _header(text, delim)
        if any(header_key(c) in text_names for c in cols):
            return delim, cols
        if len(cols) > len(best[1]):
            best = (delim, cols)
    return best


def read_csv(text: str, *, path: str | None) -> Iterator[Article | MalformedRecordError | ReadWarning]:
    first, _, rest = text.partition("\n")
    skip_lines = 0
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter, text, skip_lines = first.strip()[4], rest, 1
        columns = _header(text, delimiter)
    else:
        delimiter, columns = sniff_delimiter(text)
    keys = {header_key(c) for c in columns}
    if not keys & set(field_synonyms()["text"]):
        found = ", ".join(repr(c) for c in columns) or "none"
        names = ", ".join(field_synonyms()["text"][:8])
        yield MalformedRecordError(f"the CSV has no article text column (columns found: {found})",
                                   f"name the text column one of: {names} (any case)",
                                   path=path, line=1 + skip_lines)
        return
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for rec in reader:
            row = {k: v for k, v in rec.items() if k and isinstance(v, str)}
            yield from record_items(row, path=path, no=reader.line_num + skip_lines)
    except csv.Error as exc:
        yield MalformedRecordError(f"malformed CSV ({exc})", path=path, line=reader.line_num + skip_lines)

