"""The type an untyped happening's own phrase names by its head noun.

A lead that reports its happening without a trigger word ("Wabup X membuka Forum Lintas Sektor …",
"Pj Wali Kota menghadiri debat kedua pasangan calon …") is found by the verb that puts an official at it
(``presence_lead``, ``untriggered``) and typed ``other``. The verb's object is the happening's own phrase, and
its head noun — not a word elsewhere in the sentence or the article — says what kind of happening it is when
the vocabulary has a type for that kind: a noun that heads the vocabulary's multi-word triggers, or names a
meeting, but is no trigger alone, because outside a happening's phrase it names something else: "debat" (a
debate of candidates, SCHEMA's ``debat``; alone, any argument), "forum" (a meeting of a planning or
consultation forum, ``rapat``; alone, a body: "Forum Komunikasi …", "Forum Kerukunan …"). As the object of a
verb of presence or opening it is a happening, so its kind is the head's; the untyped default applies only when
no head decides.

The opening of a happening that runs over days (a festival, a week, an exhibition) is not typed here: the readers
type it ``peresmian`` in some articles and ``other`` in others (an opened festival, an opened parade), and a rule
for it made the check half worse (docs/dev/issue-16-type17.md).

A pure function of the text around the cue.
"""
from __future__ import annotations

import re

# the verb that puts an official at the happening, or opens it, then the object up to its head noun
_OPEN = r"(?:(?:secara\s+)?resmi\s+)?(?:membuka|buka|dibuka|pembukaan)(?:\s+(?:secara\s+)?resmi)?"
_PRESENT = r"(?:menghadiri|hadiri|hadir\s+(?:pada|dalam|di)|mengikuti|%s)" % _OPEN
_OBJECT = r"[\s,]+(?:langsung\s+)?(?:(?:acara|kegiatan|agenda)\s+)?(?:pembukaan\s+|opening\s+(?:ceremony\s+)?)?"
# the heads that type the object of a verb of presence or opening
_HEADS = {"debat": "debat", "forum": "rapat"}
# (not a body named "Forum": "Forum Komunikasi/Koordinasi Pimpinan Daerah", "Forum Kerukunan Umat Beragama")
_HEADED = re.compile(r"\b%s%s(%s)\b(?!\s+(?:komunikasi|koordinasi|kerukunan|pimpinan)\b)"
                     % (_PRESENT, _OBJECT, "|".join(_HEADS)), re.I)
_CHEAP = re.compile(r"buka|hadir|ikut", re.I)


def head_type(text: str, start: int, end: int) -> str | None:
    """The type the first verb of presence or opening in ``text[start:end]`` names by its object's head noun
    (see the module's docstring), or None."""
    if not _CHEAP.search(text, start, end):
        return None
    headed = _HEADED.search(text, start, end)
    return _HEADS[headed.group(1).lower()] if headed else None


__all__ = ["head_type"]
