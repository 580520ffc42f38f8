"""Recognise boilerplate (ads, related-article lists, photo credits, bylines,
share widgets) as character spans, without changing the text.

Extractors skip facts inside these spans; offsets keep indexing the article
text exactly as read.
"""
from __future__ import annotations

import re

_LINE_PATTERNS = [
    r"tutup\s+iklan\b.*",
    r"(baca\s+juga|berita\s+terkait(\s+lainnya)?|artikel\s+terkait|lihat\s+juga|simak\s+juga)\b.*",
    r"(foto|photo|sumber\s+foto|ilustrasi)\s*[:：].*",
    r"(editor|penulis|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|sumber)\s*[:：].*",
    r"(share|bagikan|subscribe|follow|ikuti)\b.{0,80}",
    r"(scroll\s+to\s+continue|advertisement|iklan)\b.{0,40}",
]
_LINE = re.compile(r"^\s*(?:" + "|".join(_LINE_PATTERNS) + r")\s*$", re.I)
_TRAILING_CREDIT = re.compile(r"\((?:[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})*)\)\s*$|\(\s*(?:ed|red|adv)\s*[:.][^)]*\)\s*$", re.M)


def is_boilerplate_line(line: str) -> bool:
    return bool(_LINE.match(line))


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of boilerplate lines and trailing credits like '(DEWI)'."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_boilerplate_line(line):
            spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    for m in _TRAILING_CREDIT.finditer(text):
        spans.append((m.start(), m.end()))
    return sorted(spans)


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
