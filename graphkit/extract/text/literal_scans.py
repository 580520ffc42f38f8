"""Scans for one literal word of the article, read with str.find instead of a pattern compiled per word.

Some rules look for a word the article itself supplies (an acronym, a village, a surname, a lower-case
word): a pattern built from it, ``re.compile(re.escape(word) + ...)``, is compiled anew for nearly every
article — re's parser and compiler, run in Python, cost more than the search.  The word is a literal, so
str.find finds its occurrences at C speed and the few characters around each are tested by hand.  Each
function names the pattern it stands for; ``tests/test_extract_speed_guards.py`` checks each against it on
synthetic and mutated texts.

Character classes as re reads them in a str pattern: ``\\w`` is ``c.isalnum() or c == "_"``, ``\\s`` is
``c.isspace()`` (the same Unicode tables).
"""
from __future__ import annotations


def _is_word(c: str) -> bool:
    """``re.match(r"\\w", c)`` for one character."""
    return c.isalnum() or c == "_"


def _free_before(text: str, i: int) -> bool:
    """``(?<![\\w-])`` at ``i``: no word character and no hyphen right before it."""
    return i == 0 or not (_is_word(text[i - 1]) or text[i - 1] == "-")


def standalone(text: str, word: str) -> bool:
    """Whether ``re.search(r"(?<![\\w-])%s(?![\\w-])" % re.escape(word), text)`` finds something: ``word``
    written alone ("ada", not "ada-ada" or "Adapun")."""
    find, n, k = text.find, len(text), len(word)
    if not k:
        return False
    i = find(word)
    while i >= 0:
        j = i + k
        if _free_before(text, i) and (j == n or not (_is_word(text[j]) or text[j] == "-")):
            return True
        i = find(word, i + 1)
    return False


def _ends_after(text: str, word: str, tail) -> list[int]:
    """The ends of the non-overlapping matches of "``word`` alone, then what ``tail`` reads": ``tail(text, j)``
    gives the end of its part from ``j`` (right after the word), or None where it does not match; like
    finditer, the search goes on after a match's end, else one character on."""
    out: list[int] = []
    find, k = text.find, len(word)
    i = find(word) if k else -1
    while i >= 0:
        if _free_before(text, i) and (j := tail(text, i + k)) is not None:
            out.append(j)
            i = find(word, j)
            continue
        i = find(word, i + 1)
    return out


def _then_blank(text: str, j: int) -> int | None:
    """``\\)?\\s+`` from ``j``: the parenthesis only when a blank follows it."""
    n = len(text)
    if j + 1 < n and text[j] == ")" and text[j + 1].isspace():
        j += 1
    if j >= n or not text[j].isspace():
        return None
    while j < n and text[j].isspace():
        j += 1
    return j


def _then_kecamatan(text: str, j: int) -> int | None:
    """``\\s*,?\\s*(?=Kecamatan|Kec\\.)`` from ``j``."""
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    if j < n and text[j] == ",":
        j += 1
        while j < n and text[j].isspace():
            j += 1
    return j if text.startswith(("Kecamatan", "Kec."), j) else None


def ends_of_word_then_blank(text: str, word: str) -> list[int]:
    """The ends of ``re.finditer(r"(?<![\\w-])%s\\)?\\s+" % re.escape(word), text)``: ``word`` alone, maybe a
    closing parenthesis, then the run of blanks ("BKD) Provinsi": the offset of "Provinsi")."""
    return _ends_after(text, word, _then_blank)


def ends_of_word_then_kecamatan(text: str, word: str) -> list[int]:
    """The ends of ``re.finditer(r"(?<![\\w-])%s\\s*,?\\s*(?=Kecamatan|Kec\\.)" % re.escape(word), text)``:
    ``word`` alone, blanks, maybe a comma, blanks, then "Kecamatan" or "Kec." (the offset of its "K")."""
    return _ends_after(text, word, _then_kecamatan)


def may_end_name(text: str, word: str, pos: int) -> bool:
    """False only when ``re.search(r"...\\s+%s\\b" % re.escape(word), text[:pos])`` cannot match, whatever
    comes before the blank: no occurrence of ``word`` in text[:pos] has a blank right before it and a word
    boundary right after it (text[:pos] ending there counts as one)."""
    find, k = text.find, len(word)
    if not k:
        return True
    i = find(word, 1, pos)
    while i >= 0:
        j = i + k
        if j <= pos and text[i - 1].isspace():
            inside = _is_word(word[-1])
            after = j < pos and _is_word(text[j])
            if inside != after:
                return True
        i = find(word, i + 1, pos)
    return False


__all__ = ["standalone", "ends_of_word_then_blank", "ends_of_word_then_kecamatan", "may_end_name"]
