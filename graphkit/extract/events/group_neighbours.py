"""An attendance list's item typed by its neighbours: a capitalised name between two groups is a body.

GUIDELINES ("led and attended"): the groups named as present attend, and named organisations are groups.  The
group lexicon knows the heads of bodies and classes of office-holders, not every organisation's own name, so
an item that is a body's own short name (a youth corps, a trade body, a unit written by its short name) was
read as no group and dropped, though the list names bodies on both sides of it ("… Bawaslu, Menwa, KPU …",
"… Satpol PP, Senkom, para camat").  A list keeps one kind of item between its commas, so such an item, when the item before
it and the item after it are both groups, is read as a group too.

Both neighbours are required, not one: a capitalised item after a single group is as often a name's degree, a
village of the group before ("Kepala Desa Sindangsari, Cibeber …") or the next clause's subject (tried in att17b:
ten false attendees for two found).  And the item must be a name only: one capitalised word, or one followed by
an acronym, a unit's number or a region ("Tripika Kecamatan X"); a run of capitalised words with nothing of a
body about it is as likely a person the names stage did not list.
"""
from __future__ import annotations

import re

from .group_lexicon import _KIND_NOUNS, _words
from .happening_cues import _VENUE_HEADS

_WORD = re.compile(r"[A-Za-z][\w'’.&-]*|\d+")
# the quantifiers an item may open with before its name ("para", "unsur", "pihak")
_LEAD = {"para", "seluruh", "segenap", "jajaran", "unsur", "pihak", "kalangan", "perwakilan", "dari", "juga", "pula"}
# what may follow the name's first word: a region's opener, then the region's words
_PLACE_OPENERS = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "distrik"}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*$")
# degrees and forms of address, written capitalised after a name's comma: never a body
_NOT_BODY = {"se", "sh", "mh", "mm", "sp", "st", "msi", "mpd", "map", "mt", "mba", "sip", "skm", "skom", "mkes", "spd",
             "sstp", "sik", "ak", "mag", "phd", "sag", "shi", "mhum", "ssi", "ibu", "bapak", "pak", "bu", "ny",
             "nyonya", "tuan", "sdr", "saudara", "saudari", "dan", "serta", "hingga"}


def _named_body(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The item text[s:e] as a body's name (module docstring), or None."""
    if not text[:s].rstrip().endswith((",", ";")):
        return None       # "Kabid Sarana dan Prasarana": after "dan" a unit's second field, not an item of its own
    words = list(_WORD.finditer(text, s, e))
    while words and words[0].group(0).lower() in _LEAD:
        words.pop(0)
    if not words or text[words[-1].end():e].strip(" .") or not 1 <= len(words) <= 4:
        return None       # nothing left, or more than a name (a clause, a mark)
    first = words[0].group(0)
    low = first.lower().rstrip(".")
    if not first[0].isupper() or not first.isalpha() or len(first) < 3 or low in _NOT_BODY or low in _words()[1]:
        return None
    if first.isupper() and len(first) <= 3:
        return None       # "SH", "MM": a degree, not a body the lexicon's acronym rule missed
    rest = [w.group(0) for w in words[1:]]
    if rest and not (len(rest) == 1 and (_ACRONYM.match(rest[0]) or rest[0].isdigit())
                     or rest[0].lower() in _PLACE_OPENERS and all(w[0].isupper() for w in rest[1:])):
        return None       # "Budi Santoso": two names, a person's
    if re.fullmatch(_VENUE_HEADS, first) or low in _KIND_NOUNS:
        return None       # "para Kepala Biro, Kantor …": a kind of unit (the head before it is distributed), no name
    if _is_place(first):
        return None       # a region of the gazetteer named as an item: a place of the list, not a body
    return " ".join(text[words[0].start():words[-1].end()].split()), words[0].start(), words[-1].end()


def _is_place(word: str) -> bool:
    from ..regions.gazetteer import gazetteer
    hits = gazetteer().find(word)
    return bool(hits) and hits[0][0] == 0 and hits[0][1] == len(word)


def between_groups(text: str, out: list, seq: list) -> list:
    """``out`` (the list's groups, as ``listed_groups`` returns them) with the items of ``seq`` that are no group
    by their words but stand between two groups (``seq``: per item, "G" a group, a (start, end) span an item
    left untyped, None anything else)."""
    added = []
    for i in range(1, len(seq) - 1):
        if isinstance(seq[i], tuple) and seq[i - 1] == "G" and seq[i + 1] == "G":
            found = _named_body(text, *seq[i])
            if found is not None:
                added.append((*found, *seq[i]))
    if not added:
        return out
    return sorted(out + added, key=lambda g: g[3])


__all__ = ["between_groups"]
