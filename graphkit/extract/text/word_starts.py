"""Where the words several scans open with begin in an article: one automaton pass for all of them.

The post heads, the event triggers, the bodies with a jurisdiction, the presence cues, the day names and
the speech verbs each look for a list of words that open their patterns, all at a word start.  Each list
had its own automaton pass over the article; an automaton leaves its root only at a blank when every word
is written after one, so one pass over ``boundary_folded`` text with every list's words finds them all.
Each module registers its words under a family name (``register``) and asks for its family's hits
(``hits``); the automaton is built on first use, again if a family was added since.

A word found after a blank of the folded text has no ASCII letter or digit right before it; the scans
it feeds open with ``\\b`` or ``(?<![\\w-])`` (or test the character before), so the places dropped are
places their patterns cannot match.  Where ``boundary_folded`` cannot stand for the text (a Kelvin sign,
which re.I and str.lower read as "k"), the callers keep their own way.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

import ahocorasick

from .sentences import boundary_folded, fold_word

_FAMILIES: dict[str, dict[str, list]] = {}       # family -> folded key -> payloads
_BUILT: list = [None, -1, ()]                    # [automaton, the registry version it holds, its families]
_VERSION = [0]                                   # bumped by every ``register``


def register(family: str, words: Iterable[tuple[str, object]], after_blank: bool = True) -> None:
    """Add ``(word, payload)`` pairs to ``family``: each word found at a word start of the text (after a
    blank of the folded text; ``after_blank=False``: anywhere, as for "hadapan" in "dihadapan") gives a hit
    with its payload."""
    keys = _FAMILIES.setdefault(family, {})
    for word, payload in words:
        key = (" " if after_blank else "") + fold_word(word)
        if payload not in keys.setdefault(key, []):
            keys[key].append(payload)
    _VERSION[0] += 1


def _automaton() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    """The automaton of every family's keys (built again after a ``register``), and the families in the
    order its values number them: a key's value lists (family number, word length, payload)."""
    if _BUILT[1] != _VERSION[0]:
        families = tuple(_FAMILIES)
        entries: dict[str, list] = {}
        for number, family in enumerate(families):
            for key, payloads in _FAMILIES[family].items():
                off = 1 if key.startswith(" ") else 0          # where the word starts inside its key
                entries.setdefault(key, []).extend((number, len(key) - off, payload) for payload in payloads)
        auto = ahocorasick.Automaton()
        for key, value in entries.items():
            auto.add_word(key, tuple(value))
        auto.make_automaton()
        _BUILT[:] = [auto, _VERSION[0], families]
    return _BUILT[0], _BUILT[2]


@functools.lru_cache(maxsize=2)
def _all_hits(text: str) -> dict[str, tuple[tuple[int, int, object], ...]]:
    """Family -> (start, end, payload) of its words in ``text``, in the automaton's order (by end, the
    longest first at one end).  Kept for the current article: the stages ask for it family by family."""
    auto, families = _automaton()
    found: list[list] = [[] for _ in families]
    for last, entries in auto.iter(boundary_folded(text)):
        for number, n, payload in entries:
            # the folded text is one blank longer: its ``last`` is the word's end in ``text``
            found[number].append((last - n, last, payload))
    return {family: tuple(hits) for family, hits in zip(families, found)}


def hits(text: str, family: str) -> tuple[tuple[int, int, object], ...]:
    """(start, end, payload) of each word of ``family`` at a word start of ``text`` (see the module
    docstring), in text order (by end)."""
    return _all_hits(text).get(family, ())


__all__ = ["register", "hits"]
