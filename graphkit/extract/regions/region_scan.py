"""Scans behind ``regions``: the dateline lines of an article's head.

Kept apart so that regions.py stays readable; each helper returns exactly
what the plain scan it replaces returned (see the docstrings for why).
"""
from __future__ import annotations

import re

_DATELINE = re.compile(r"^[ \t]*([A-Za-z][^\n–—]{1,60}?)\s*[–—]|^[ \t]*([A-Za-z][^\n–—-]{1,60}?)\s*-{1,2}\s|"
                       r"^[ \t]*([A-Z][A-Z., ]{1,60}?)-(?=[A-Z])", re.M)


def dateline_matches(head: str):
    """``_DATELINE.finditer(head)`` tried at line starts only (every alternative opens with ``^``), and only at
    those a match can open from.  A match crosses a line break only in the blanks right before the dash it ends on
    ("-", "–" or "—"; its words exclude that dash), and that dash is at or after the next dash of any kind: so a
    line whose break comes before the last non-blank ahead of that next dash opens none, nor does any line once
    no dash is left."""
    pos, dash, reach = 0, -1, -1
    while True:
        if dash < pos:          # (three str.find, each a memchr, beat one scan of a character class)
            dash = min((i for i in (head.find("-", pos), head.find("–", pos), head.find("—", pos)) if i >= 0),
                       default=-1)
            if dash < 0:
                return
            reach = len(head[:dash].rstrip())     # the end of the last non-blank before that dash
        newline = head.find("\n", pos)
        m = _DATELINE.match(head, pos) if not 0 <= newline < reach else None
        if m:
            yield m
            pos = m.end()
            if head[pos - 1] == "\n":        # the match ends at a line start, where the next may begin
                continue
            newline = head.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1
