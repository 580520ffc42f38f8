"""Members of a body named in a list after their shared post.

"Sedangkan anggota DPRD yang ikut menghadiri adalah Kaderismanto, Indrawansyah,
Septian Nugraha ... dan Nanang Haryanto": one post, many holders.  The post
grammar (``offices``) reads one name after a post; a seat that many people
hold at once (an ``Anggota`` role: DPRD, DPR, DPD, a commission) may be
followed by a comma/"dan" list of names, either right after the post or after
an introducing word ("adalah", "yakni", "antara lain", a colon).  Posts that
one person holds ("Kepala Dinas yakni ...") are left alone: a list after them
names people of several agencies the sentence does not tell apart.
"""
from __future__ import annotations

import re

from ..names.names import Name, parse_name
from ..names.role_words import role_vocab
from .heads import head_at

MAX_LISTED = 25
# "anggota DPRD [yang ikut menghadiri] adalah|yakni|yaitu|antara lain|masing-masing|di antaranya|:" + a capital
_INTRO = re.compile(r"(?:\s+lain(?:nya)?)?(?:\s+yang\s+[a-z][a-z ]{0,40}?)?\s*,?\s*(?:adalah|yakni|yaitu|antara\s+lain|"
                    r"masing-masing|di\s*antaranya|:)\s*,?\s+(?=[A-Z])")
# A phrase set off by commas between the seat and the word that opens its list: where the members come from or
# why they are there ("anggota DPD perwakilan X, dalam rangka reses, masing-masing A, B"), which the list's
# opener skips; "adalah" and a colon open a list only right after the seat (after a phrase they open a clause).
_INSERTED = re.compile(r"(?:\s*,?\s+[^\s.,;:!?\"“”()]+){1,14}?\s*,?\s*(?=(?:yakni|yaitu|antara\s+lain|"
                       r"masing-masing|di\s*antaranya)\b)")
# a verb in the inserted phrase makes it a clause of its own, whose list may be of other people ("…, yang
# didampingi tiga kepala dinas, yakni …"): the prefixes of Indonesian verbs, and the words that open a clause,
# join a second group or count one ("yang", "dan", "bersama", "para", "sejumlah")
_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{4,}|yang|dan|serta|bersama|para|seluruh|beberapa|sejumlah")
# A list item's last word written in lower case, before the comma that goes on to the next name ("A, Budi
# santoso, Candra"): in a list of names each item is a name up to its comma, and a careless hand's lower case
# does not end it.  Only after a one-word name; words that join or close a list, or a verb, stay out.
_LOWER_LAST = re.compile(r" ([a-z]{3,})(?=\s*,\s*(?:dan\s+|serta\s+)?[A-Z][a-z])")
_NOT_NAME_WORDS = frozenset(("dan", "serta", "dkk", "yang", "selaku", "sebagai", "bersama", "beserta", "para"))
_NEXT = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?(?=[A-Z])|\s+(?:dan|serta)\s+(?=[A-Z])")
# A member's group in brackets after the name ("A (Fraksi X), B dan C (Partai Y)"): the item is still the
# name, and the list goes on after the bracket.  A bracket that opens with a post names another seat, and
# ends the list (``_group_after``).
_GROUP = re.compile(r"\s*\(([^()\n]{1,40})\)")


# A legislature's deputy chair without a seat number: a seat several people hold at once ("Wakil Ketua DPRD
# A, dan B" names two of them), unlike "Wakil Ketua II DPRD" or a deputy head of an agency.
_DEPUTY_CHAIRS = re.compile(r"Wakil Ketua (?:DPRD|DPRK|DPRA|DPR|DPD|MPR)")


def is_shared_seat(role: str) -> bool:
    """A post many people hold at once: a member's seat, a legislature's unnumbered deputy chair."""
    return role.startswith("Anggota ") or bool(_DEPUTY_CHAIRS.fullmatch(role))


def listed_members(text: str, post_end: int, first: Name | None) -> list[Name]:
    """Names listed after a shared-seat post ending at ``post_end``; ``first`` is the name the post
    grammar already read there (the list goes on after it), None when an introducing word comes first."""
    if first is not None:
        pos = first.full_end
    else:
        intro = _INTRO.match(text, post_end) or _after_inserted(text, post_end)
        if not intro:
            return []
        name = parse_name(text, intro.end())
        if name is None:
            return []
        first = _lower_last_word(text, name)
        pos = first.full_end
    out = [first]
    while len(out) < MAX_LISTED:
        pos = _group_after(text, pos)
        sep = _NEXT.match(text, pos)
        if not sep:
            break
        name = parse_name(text, sep.end())
        if name is None:
            break
        if "dan" not in text[pos:sep.end()] and "serta" not in text[pos:sep.end()]:
            name = _lower_last_word(text, name)      # (the list's last item closes it: its next word is a verb)
        out.append(name)
        pos = name.full_end
    return out


def _group_after(text: str, pos: int) -> int:
    """Where the list goes on after the item ending at ``pos``: past a bracketed group (``_GROUP``)."""
    m = _GROUP.match(text, pos)
    if m is None or head_at(text, m.start(1)):
        return pos
    return m.end()


def _after_inserted(text: str, post_end: int) -> re.Match | None:
    """The list's opener after a phrase set off by commas (``_INSERTED``), when that phrase has no verb and
    names no other post: only then does the list still belong to the seat."""
    gap = _INSERTED.match(text, post_end)
    if gap is None:
        return None
    words = re.finditer(r"[^\s,]+", text[post_end:gap.end()])
    if any(_VERB.fullmatch(w.group(0)) or head_at(text, post_end + w.start()) for w in words):
        return None
    return _INTRO.match(text, gap.end())


def _lower_last_word(text: str, name: Name) -> Name:
    """``name`` with a last word written in lower case before the list's next comma (``_LOWER_LAST``)."""
    if name.degrees or name.full_end != name.end or " " in name.name:
        return name             # (only a one-word name: after two name words a lower-case word is a verb)
    m = _LOWER_LAST.match(text, name.end)
    if m is None or m.group(1) in _NOT_NAME_WORDS or m.group(1) in role_vocab() or _VERB.fullmatch(m.group(1)):
        return name
    return Name(name.start, m.end(), f"{name.name} {m.group(1)}", name.full_start, m.end(), name.honorifics, [])
