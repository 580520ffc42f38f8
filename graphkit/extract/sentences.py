"""Sentences of Indonesian news text, without a tokenizer.

Regional news writes "Plt. Kepala Dinas", "S.Sos., M.Si." and "Jl. Sudirman":
a period there is not the end of a sentence.  ``sentence`` finds the
sentence around an offset with that in mind; the events stage uses it to
bound attendee lists and to find the date written with a trigger.
"""
from __future__ import annotations

import re

# "[.!?](?=\s|$)|\n", written to open with one character class so re skips ahead to those characters
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s|$))")
# a period after these ends an abbreviation, not a sentence ("Plt. Kepala Dinas", "S.Sos. M.Si.")
_ABBREV = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "hm", "no", "plt", "plh", "pj", "pjs", "kab", "kec", "kel",
           "jl", "jln", "st", "tbk", "sdr", "bpk", "ny", "tn", "kol", "let", "brigjen", "kompol", "akbp", "akp",
           "ipda", "iptu", "mayjen", "letkol", "kapt", "dll", "dsb", "drg", "ust", "kh"}
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")


def _is_end(text: str, m: re.Match) -> bool:
    if m.group(0) != ".":
        return True
    tok = _TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
    word = tok.group(1).lower() if tok else ""
    return not (word in _ABBREV or "." in word or len(word) == 1)


def sentence(text: str, pos: int, lo: int = 0) -> tuple[int, int]:
    """The sentence around ``pos``: [start, end), abbreviations and degrees not ending it."""
    start = lo
    # the last real end before ``pos``: read the candidates backwards and stop at the first
    for m in reversed(list(_SENT_END.finditer(text, max(lo, pos - 1500), pos))):
        if _is_end(text, m):
            start = m.end()
            break
    for m in _SENT_END.finditer(text, pos):
        if _is_end(text, m):
            return start, m.end()
    return start, len(text)


def outside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when [s, e) starts in none of ``spans`` (e.g. outside every quotation)."""
    return not any(a <= s < b for a, b in spans)


def find_all(text: str, words, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets in text[start:end] where one of ``words`` begins: str.find skips through text many
    times faster than re does even to a pattern's first character, so a pattern that must open with one
    of a few literal words is tried only there (``scan``)."""
    end = len(text) if end is None else end
    out: list[int] = []
    for w in words:
        i = text.find(w, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1, end)
    out.sort()
    return out


def scan(rx: re.Pattern, text: str, starts: list[int] | None, pos: int = 0, endpos: int | None = None):
    """``rx.finditer(text, pos, endpos)`` trying only the sorted positions in ``starts`` (at least ``pos``, a
    superset of where rx can match; None: every position).  The same matches, in order and
    non-overlapping: \\b and lookbehinds still see the text before each start; rx must not match the
    empty string."""
    endpos = len(text) if endpos is None else endpos
    if starts is None:
        yield from rx.finditer(text, pos, endpos)
        return
    for p in starts:
        if p >= pos and (m := rx.match(text, p, endpos)):
            yield m
            pos = m.end()


__all__ = ["sentence", "outside", "find_all", "scan"]
