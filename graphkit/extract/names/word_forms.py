"""Word forms of names: folding and slugs for node ids, lower-case word tests, one-letter-edit neighbourhoods.

These are plain string tools that the name grammar does not use but its readers do (node ids, misspelled
names, place words); kept apart from ``names`` so that a caller comparing or keying words need not read the
grammar, and the grammar stays the one thing ``names`` holds.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..text.literal_scans import standalone
from .stop_words import _STOP


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)
def slug(text: str) -> str:
    """Node-id form of a name (cached: the same names and roles are slugged many times per article)."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-")


# Word-level tests used when telling names from ordinary words and misspellings (officials).
class LowerWords:
    """Words the article writes in lower case (ordinary vocabulary, not names), as a membership test.

    Only a few words per article are asked about, so each is searched for when asked (a substring test,
    most names never occur in lower case, then str.find for the standalone word: ``literal_scans.standalone``,
    not a pattern compiled per word) instead of collecting every lower-case word of the text up front."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = bool(word.isascii() and word.isalpha() and word.islower()
                                            and standalone(self.text, word))
        return found


@functools.lru_cache(maxsize=2)
def lowercase_words(text: str) -> LowerWords:
    """The current article's lower-case words (cached: asked for twice per article)."""
    return LowerWords(text)


def _deletes(word: str) -> set[str]:
    """The word and every form of it with one letter deleted (symmetric-delete neighbourhood)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


@functools.lru_cache(maxsize=4096)
def _word_deletes(word: str) -> frozenset[str]:
    """``_deletes`` of an article word, cached: the same capitalised words recur from article to article."""
    return frozenset(_deletes(word))


@functools.lru_cache(maxsize=8192)
def _name_word_deletes(word: str) -> frozenset[str]:
    """``_word_deletes`` of a capitalised article word as written; none for the words never taken for a
    misspelling (shorter than four letters, stop words)."""
    return frozenset() if len(word) < 4 or word in _STOP else _word_deletes(word.lower())


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, cut off above ``limit``: any distance over it is ``limit + 1`` (enough to
    spot 'Heran' for 'Hera'; the rows stop as soon as every cell is over the limit)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)
