"""Where an attendance list splits into items: commas, semicolons and the conjunctions between them.

Split from ``attendee_groups`` (which decides what each item names) because where one item ends is a question
of the list's punctuation and conjunctions, asked before any item is read:

* commas, semicolons, colons and the conjunctions ``dan``, ``serta``, ``hingga``, ``maupun`` … end an item;
  parentheses stay inside their item, and so does an item's stand-in ("atau yang mewakili");
* "calon Bupati dan Wakil Bupati": a post and its deputy are one pair, not two items;
* "Asisten Administrasi dan Umum", "Kepala Dinas Pemberdayaan Masyarakat dan Desa": a unit of government is
  often named by two fields joined by "dan".  When what follows "dan" is only more words of that kind (no
  head of an office or body, no class of people, no acronym, no verb) and the item closes there (a comma, a
  semicolon or the list's end), it is the rest of the unit's name, not an item of its own: split there, the
  item lost its second field ("Asisten Administrasi") and the annotators' key, written whole, matched nothing.
"""
from __future__ import annotations

import re

from .group_lexicon import _misspelt_head, _words

_SPLIT = re.compile(r"[,;:]|\b(?:(?:yang\s+)?terdiri\s+(?:dari|atas)|dan|serta|hingga|maupun|beserta|sampai|atau|yakni|"
                    r"yaitu|adalah|tetapi|namun|oleh|antara\s+lain|di\s*antaranya|termasuk)\b|"
                    r"[\u2013\u2014]| - ")
_DEPUTY = re.compile(r"\s+Wakil\s")
# an item's stand-in ("atau yang mewakili(nya)", "atau perwakilannya") is part of that item
_STAND_IN = re.compile(r"\batau\s+(?:yang\s+)?(?:mewakili(?:nya)?|diwakili|perwakilan(?:nya)?|wakilnya)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d+")
# words that are no field of a unit's name: quantifiers, pronouns and the words that open a phrase or a clause
_NOT_FIELD = frozenset(("para", "seluruh", "segenap", "jajaran", "unsur", "sejumlah", "beberapa", "lainnya", "lain",
                        "terkait", "setempat", "yang", "di", "pada", "ke", "dari", "untuk", "dengan", "dalam", "se",
                        "ini", "itu", "tersebut", "juga", "pula", "sebagainya", "lain-lain"))
_PREFIXED_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}$")


# a ministry by its short name (Kemenkeu, Kemendes), as ``attendee_groups`` reads one
_MINISTRY = re.compile(r"Kemen[A-Za-z-]{2,}$")


def _heads(word: str) -> bool:
    """Whether ``word`` opens a group of its own: a head of office or body, a ministry's short name, a misspelt head."""
    word = word.rstrip(".")
    low = word.lower()
    return low in _words()[0] or bool(_MINISTRY.match(word)) or word[0].isupper() and _misspelt_head(low)


def _field_words(words: list[str], capitalised: bool) -> bool:
    """Whether ``words`` (what follows "dan" up to the item's end) can only be more of a unit's name: one to
    three words, written in the case of the word before "dan", none a non-group class, an acronym, a number, a
    function word or a prefixed verb, and the first no head ("Camat dan Lurah" are two items; the body a unit
    belongs to may close its name: "Asisten Perekonomian dan Pembangunan Setda")."""
    heads, nots = _words()
    if not 1 <= len(words) <= 3:
        return False
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if (not w.rstrip(".").isalpha() or w.isupper() and len(w) > 1 or w[0].isupper() != capitalised or i == 0 and _heads(w)
                or low in nots or low in _NOT_FIELD or _PREFIXED_VERB.match(low)):
            return False
    return True


def _name_goes_on(free: str, at: int, conj: re.Match) -> bool:
    """Whether the "dan" at ``conj`` joins two fields of one unit's name (module docstring): the item before it
    has a head and a field (two words at least), and the words after it, up to a comma, a semicolon or the
    span's end, are fields only."""
    if conj.group(0) != "dan":
        return False
    before = _WORD.findall(free, at, conj.start())
    if len(before) < 2:
        return False
    nxt = _SPLIT.search(free, conj.end())
    if nxt is not None and nxt.group(0) not in ",;":
        return False
    return _field_words(_WORD.findall(free, conj.end(), nxt.start() if nxt else len(free)), before[-1][0].isupper())


def _items(text: str, start: int, end: int):
    """(start, end) of each list item in text[start:end]; parentheses stay inside their item."""
    depth_free = re.sub(r"\([^()\n]{0,80}\)", lambda m: " " * len(m.group(0)), text[start:end])
    # "Kepala SKPD atau yang mewakili, mulai dari RSUD X, …": the stand-in belongs to its item, the list goes on
    depth_free = _STAND_IN.sub(lambda m: " " * len(m.group(0)), depth_free)
    at = 0
    for m in _SPLIT.finditer(depth_free):
        if m.group(0) in ("dan", "serta") and _DEPUTY.match(depth_free, m.end()):
            continue      # "calon Bupati dan Wakil Bupati": one post pair, the modifier shared
        if _name_goes_on(depth_free, at, m):
            continue      # "Asisten Administrasi dan Umum": one unit's name
        yield start + at, start + m.start()
        at = m.end()
    yield start + at, end


__all__ = ["_items"]
