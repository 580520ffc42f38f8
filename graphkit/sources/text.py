"""Plain-text articles: the first non-empty, non-boilerplate line is the title.

The article text is the whole file as decoded, so evidence offsets index the
file exactly as read.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..page_lines import is_boilerplate_line
from ..model import Article


def title_of(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line and not is_boilerplate_line(line):
            return line[:500]
    return ""


def read_text(text: str, *, article_id: str, path: str | None) -> Iterator[Article]:
    yield Article(id=article_id, title=title_of(text), text=text, path=path)
