"""Whether a list item is the title of a person named beside it, not a group present.

Split from ``attendee_groups`` (which reads a list into items) because these tests look past the item, at the
person the names stage found after it: "Sekretaris Daerah, H. Budi" (the post set off by a comma before its
holder), "Asisten Administrasi Umum, Hukum dan Organisasi H. Budi" (a unit's name running on in capitals to
its holder), "Ketua Dharma Wanita, Ny. Sri Wahyuni" (a seat and a two-word name after it).  The same tests
serve ``group_attendees`` for the group words outside a list's items.
"""
from __future__ import annotations

import re

from .group_lexicon import _JURISDICTION, _ORG_CLASSES, _words
from ..names.name_affixes import _RANKS as RANKS
from ..names.names import parse_name
from ..names.role_words import is_role_word

# ", H. ", ", Drs. H. " between a post and its holder's name
# (and a police or military rank: "Kapolres Puncak Jaya, AKBP Budi", "Dandim 0101, Letkol Inf. Budi"; data/titles.csv
# pangkat_* rows and the corps words the names stage reads before a name)
_APPOSED = re.compile(r",\s*(?:(?:[A-Z][A-Za-z]{0,3}|dr|drg|apt|ir)\.\s*|(?:%s)\.?\s+)*$"   # honorifics: "H.", "Drs."
                      % "|".join(re.escape(r) for r in RANKS))
# how far after the comma the holder's name may start (past an honorific or a rank of two words)
APPOSED_REACH = 40

def apposed(text: str, at: int, person_start: int) -> bool:
    """Whether the person named at ``person_start`` is set right after ``at`` by a comma (", H. Budi"): the
    words before ``at`` are that person's post."""
    return at < person_start <= at + APPOSED_REACH and _APPOSED.match(text, at, person_start) is not None



# ", Hukum dan Organisasi H. Budi": a unit's name that runs on past a comma in capitalised words, then its holder
_UNIT_TAIL = re.compile(r"(?:\s*(?:,|\bdan\b|&)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?){1,3}\s*"
                        r"(?:(?:[A-Z][A-Za-z]{0,3}|dr|drg|ir)\.\s*)*")


def unit_runs_to(text: str, end: int, person_start: int) -> bool:
    """Whether the item ending at ``end`` goes on, in capitalised words none of which is a head of office or
    body, to the person named at ``person_start`` ("Asisten Administrasi Umum, Hukum dan Organisasi H. Budi"):
    the item is the first part of that person's post, not a group present."""
    m = _UNIT_TAIL.match(text, end, person_start)
    if m is None or m.end() != person_start:
        return False
    heads, _ = _words()
    # (a kind of body, "Organisasi", "Lembaga", is a unit's word here, no class present)
    return not any(w.lower() in heads and w.lower() not in _ORG_CLASSES or w.lower() in _JURISDICTION
                   for w in re.findall(r"[A-Z][a-z]+", m.group(0)))


_COMMA_THEN = re.compile(r"\s*,\s*")


def _titled_person_after(text: str, end: int) -> bool:
    """A person's name of two words or more set after the item by a comma ("…, Ny. Rindah Gaib Mokoginta,"):
    the item is that person's title, not a class present."""
    m = _COMMA_THEN.match(text, end)
    if m is None or not text[m.end():m.end() + 1].isupper():
        return False
    name = parse_name(text, m.end())
    if name is None or len(name.name.split()) < 2:
        return False
    heads, _ = _words()
    first = name.name.split()[0].lower()
    return first not in heads and not is_role_word(first)


__all__ = ["APPOSED_REACH", "_titled_person_after", "apposed", "unit_runs_to"]
