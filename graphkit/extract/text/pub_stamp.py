"""The page's publication stamp copied with an article: "Jumat, 11 Desember 2015 - 23:12 WIB".

Pages print the moment they published a report on a line of its own, a date and a clock time, above or
below the body; a copy of the page keeps it.  That line dates the article, not what it reports: it is the
article's date (GUIDELINES, events: "relative days resolve against the article's date") when the input
gives none, and no extractor reads it as an event's day.  Only a line that is nothing but a date and a time
is a stamp: a date alone on its line may be the report's own dateline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad)"
_STAMP = re.compile(
    r"^[ \t]*(?:%s\s*,?\s*)?(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})\s*[-–|,/]?\s*"
    r"(?:(?:pukul|jam)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?[ \t]*$" % _DAY,
    re.I | re.M)
# a stamp sits among the page's first lines, or closes the text
_HEAD_CHARS = 600


@dataclass(frozen=True)
class Stamp:
    iso: str        # the publication date
    start: int      # the stamp line's span in the text
    end: int


def publication_stamp(text: str) -> Stamp | None:
    """The first publication stamp among the text's first 600 characters or its last line, if any."""
    tail = max(_HEAD_CHARS, text.rstrip().rfind("\n") + 1)
    for m in (*_STAMP.finditer(text, 0, min(len(text), _HEAD_CHARS)), *_STAMP.finditer(text, tail)):
        if m.end() < len(text) and text[m.end()] not in "\r\n":
            continue                        # the search's window cut the line: not the whole line
        iso = next((d.iso for d in find_dates(m.group("date")) if d.iso), None)
        if iso:
            return Stamp(iso, m.start(), m.end())
    return None


__all__ = ["Stamp", "publication_stamp"]
