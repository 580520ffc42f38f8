"""Sentences of Indonesian news text, without a tokenizer.

Regional news writes "Plt. Kepala Dinas", "S.Sos., M.Si." and "Jl. Sudirman":
a period there is not the end of a sentence.  ``sentence`` finds the
sentence around an offset with that in mind; the events stage uses it to
bound attendee lists and to find the date written with a trigger.

It also holds the text helpers the scans of both stages share: a pattern that
must open with (or contain) a literal word is tried only where str.find or the
case-folded text shows one (``find_all``, ``scan``, ``folded``, ``may_occur``).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import ahocorasick

# a period after these ends an abbreviation, not a sentence ("Plt. Kepala Dinas", "S.Sos. M.Si.")
_ABBREV = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "hm", "no", "plt", "plh", "pj", "pjs", "kab", "kec", "kel",
           "jl", "jln", "st", "tbk", "sdr", "bpk", "ny", "tn", "kol", "let", "brigjen", "kompol", "akbp", "akp",
           "ipda", "iptu", "mayjen", "letkol", "kapt", "dll", "dsb", "drg", "ust", "kh",
           # the corps written after a rank and before the name: "Irjen Pol. Budi", "Letkol Inf. Joko", "Kolonel Czi."
           "pol", "inf", "kav", "arh", "czi", "cpm", "cku", "chb", "ckm", "cba", "cpn", "caj", "chk", "cpl", "psk", "pnb",
           "purn",
           # a first name shortened before the rest of it: "Moh. Hidayat", "Abd. Rahman" (names.py reads them so)
           "moh", "muh", "moch", "mochd", "mohd", "muhd", "mhd", "mch", "abd", "achm", "ahm"}
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
# the same last run, read from the window's start in one pass: "(?:[\w.]*+[^\w.])*+" takes every run with a
# character after it (possessive: nothing to give back), group 1 the run that ends the window.  A search for
# _TOKEN_BEFORE tries every start and backtracks through the run at each.  ($ also matches before a final
# newline: a window ending in one is read with _TOKEN_BEFORE.)
_LAST_TOKEN = re.compile(r"(?:[\w.]*+[^\w.])*+([\w.]*+)")
_END_MARKS = ".!?\n"
_MARK_INDEX = {".": 0, "!": 1, "?": 2}


def _is_end(text: str, i: int, endpos: int) -> bool:
    """Whether the mark at ``i`` ends a sentence of text[:endpos]: a newline, or "[.!?]" before a space
    or ``endpos`` (the pattern "[.!?](?=\\s|$)|\\n" read by hand), a period not closing an abbreviation."""
    if text[i] != "\n" and i + 1 < endpos and not text[i + 1].isspace():
        return False
    if text[i] != ".":
        return True
    if text[i - 1:i] == "\n":
        tok = _TOKEN_BEFORE.search(text, max(0, i - 20), i)
        word = tok.group(1).lower() if tok else ""
    else:
        word = _LAST_TOKEN.match(text, max(0, i - 20), i).group(1).lower()
    return not (word in _ABBREV or "." in word or len(word) == 1)


def sentence(text: str, pos: int, lo: int = 0) -> tuple[int, int]:
    """The sentence around ``pos``: [start, end), abbreviations and degrees not ending it.

    The marks are found with str.rfind/find, nearest first, and tested one by one: a sentence
    usually ends at the first, so re need not list every mark of the 1500 characters before ``pos``.
    Looking back, text[:pos] is read as if it ended at ``pos`` (a period right before it ends it).

    A newline always ends a sentence (``_is_end``), so ".!?" are looked for only between ``pos`` and
    the nearest newline on either side, and after a mark that ends nothing only that mark is looked
    for again: the other marks' nearest positions stay the nearest (the same marks, in the same order,
    as finding every mark again from each one; "!" and "?" are rare and were sought to the text's end)."""
    start = lo
    floor = max(lo, pos - 1500)
    rfind, find = text.rfind, text.find     # (the three marks written out: list comprehensions cost more)
    nl = rfind("\n", floor, pos)
    low = max(floor, nl + 1)
    prev = [rfind(".", low, pos), rfind("!", low, pos), rfind("?", low, pos)]
    while (i := max(prev)) >= 0:
        if _is_end(text, i, pos):
            start = i + 1
            break
        k = _MARK_INDEX[text[i]]
        prev[k] = rfind(text[i], low, i)
    else:
        if nl >= 0:
            start = nl + 1
    nl = find("\n", pos)
    n = len(text)
    limit = n if nl < 0 else nl
    # the nearest mark after ``pos``: a mark not found stands at ``n`` (past any found one)
    a, b, c = find(".", pos, limit), find("!", pos, limit), find("?", pos, limit)
    nxt = [n if a < 0 else a, n if b < 0 else b, n if c < 0 else c]
    while (i := min(nxt)) < n:
        if _is_end(text, i, n):
            return start, i + 1
        k = _MARK_INDEX[text[i]]
        j = find(text[i], i + 1, limit)
        nxt[k] = n if j < 0 else j
    return (start, nl + 1) if nl >= 0 else (start, n)


def outside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when [s, e) starts in none of ``spans`` (e.g. outside every quotation)."""
    return not any(a <= s < b for a, b in spans)


def find_all(text: str, words, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets in text[start:end] where one of ``words`` begins: str.find skips through text many
    times faster than re does even to a pattern's first character, so a pattern that must open with one
    of a few literal words is tried only there (``scan``)."""
    end = len(text) if end is None else end
    out: list[int] = []
    find, add = text.find, out.append      # (bound once: the loop runs for every occurrence of every word)
    for w in words:
        i = find(w, start, end)
        while i >= 0:
            add(i)
            i = find(w, i + 1, end)
    out.sort()
    return out


def automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """The words as an automaton for ``find_starts``, each word's value its length."""
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def find_starts(auto: ahocorasick.Automaton, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """``find_all(text, words, start, end)`` without repeats, for the words of ``auto``: one pass over the
    text instead of one str.find pass per word, cheaper once the words are more than a few (a pass per
    word reads the text twenty times for the attendance cues)."""
    end = len(text) if end is None else end
    return sorted({last - n + 1 for last, n in auto.iter(text, start, end)})


def scan(rx: re.Pattern, text: str, starts: list[int] | None, pos: int = 0, endpos: int | None = None):
    """``rx.finditer(text, pos, endpos)`` trying only the sorted positions in ``starts`` (at least ``pos``, a
    superset of where rx can match; None: every position).  The same matches, in order and
    non-overlapping: \\b and lookbehinds still see the text before each start; rx must not match the
    empty string."""
    endpos = len(text) if endpos is None else endpos
    if starts is None:
        yield from rx.finditer(text, pos, endpos)
        return
    match = rx.match
    for p in starts:
        if p >= pos and (m := match(text, p, endpos)):
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=2)
def folded(text: str) -> str | None:
    """``text.lower()`` when a case-insensitive match of an ASCII word in ``text`` is a plain find in it
    (the same offsets, and no "İ", "ı" or "ſ" that re.I folds to i or s), else None.  Kept for the
    current article: the events and quote stages ask for it before each of several scans."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in "\u0130\u0131\u017f"):
        return None
    return low


# ``boundary_folded``: ASCII letters lower-cased, digits kept, every other byte (a blank, "-", punctuation, the
# "?" standing for a non-ASCII character) a blank.
_BOUNDARY_FOLD = bytes.maketrans(bytes(range(256)), bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)))


@functools.lru_cache(maxsize=2)
def boundary_folded(text: str) -> str:
    """" " + ``text`` with its ASCII letters lower-cased, digits kept and every other character a blank: an
    automaton of words each written after a blank leaves its root only at blanks, a pass twice as fast as
    over every letter, and finds exactly the words no ASCII letter or digit stands before (and a few after
    a non-ASCII letter or "_", where a pattern's \\b fails all the same).  Offsets are one more than in
    ``text``.  Only the Kelvin sign lower-cases onto an ASCII letter: a caller that finds words
    case-insensitively checks for it (and for the letters that change length, see ``folded``).  Kept for
    the current article (``word_starts`` reads it)."""
    return (" " + text).encode("ascii", "replace").translate(_BOUNDARY_FOLD).decode("ascii")


def fold_word(word: str) -> str:
    """``word`` as ``boundary_folded`` writes it ("jum'at" as "jum at")."""
    return word.encode("ascii", "replace").translate(_BOUNDARY_FOLD).decode("ascii")


def scan_folded(rx: re.Pattern, text: str, words: tuple[str, ...], start: int = 0, end: int | None = None):
    """``rx.finditer(text, start, end)`` for a case-insensitive ``rx`` every match of which opens with one of
    ``words`` (lower-case ASCII): re cannot skip to an ignore-case literal (nor past a leading \\b) and tries
    rx at every character, while str.find over the folded text finds the words' starts at once; ``scan``
    tries rx only there.  Every position without a folded text (see ``folded``)."""
    end = len(text) if end is None else end
    low = folded(text)
    return scan(rx, text, find_all(low, words, start, end) if low is not None else None, start, end)


def may_occur(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """False only when none of ``words`` (lower-case ASCII) occurs in text[start:end] in any case: a rare
    cue's scan is skipped when the words every match contains are absent."""
    low = folded(text)
    if low is None:
        return True
    find = low.find                 # (a plain loop: a generator for any() cost more than the finds)
    for w in words:
        if find(w, start, end) >= 0:
            return True
    return False


__all__ = ["sentence", "outside", "find_all", "automaton", "find_starts", "scan", "scan_folded", "folded", "may_occur",
           "boundary_folded", "fold_word"]
