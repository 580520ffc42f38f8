"""A later paragraph's own happening, named by its noun as the subject of a verb of holding.

GUIDELINES ("events"): one event per distinct happening; two when the text reports each with its own place
and people.  A report of one happening may go on, past its lead, to another of another kind the same day —
a protest whose students are then heard in the council's chamber: "Rapat dengar pendapat … di hadiri lima anggota
komisi …".  Such a paragraph opens with the second happening's noun and holds it by its clause, the
grammar ``lead_triggers`` reads in the lead (``SENTENCE_HEAD`` then ``SUBJECT_HELD``: the noun is the subject,
the far verb its predicate).  Past the lead it names a happening of its own only when its kind is not the main
event's (a restatement: "Rapat paripurna berlangsung …"), it does not point back ("Pelantikan tersebut
dilakukan …"), and it is no part of an occasion (a handover, a signing, a prayer: GUIDELINES' "on the same
occasion").  No date of its own: the report's day, the main event's.
"""
from __future__ import annotations

import re

from .event_candidate import LEAD_CHARS, PASSING, SENTENCE_HEAD, Candidate
from .event_types import false_trigger, trigger_kind, trigger_type, triggers
from ..text.sentences import outside

# the far frame as ``SUBJECT_HELD`` reads it, the passive also written apart from its prefix ("di hadiri")
_HELD = re.compile(r"[^.;:!?\n]{0,200}?[\s,”\"](?:yang\s+)?(?:telah\s+|sudah\s+)?(?:di\s?gelar|di\s?laksanakan|"
                   r"berlangsung|di\s?selenggarakan|di\s?adakan|di\s?langsungkan|di\s?lakukan|di\s?pimpin|di\s?buka|"
                   r"di\s?hadiri|di\s?ikuti|bertempat)\b")
_TURN = re.compile(r"\b(?:namun|tetapi|tapi|sedangkan|sementara|karena|akan|bakal)\b", re.I)
# the noun pointing back at a happening already told: "Pelantikan tersebut", "Rapat ini", "kegiatan itu"
_POINTS_BACK = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:tersebut|ini|itu)\b", re.I)
_PART_OF = {"penyerahan", "penandatanganan", "doa_bersama"}
_DATE_WORDS = re.compile(r"\b(?:pada|tanggal|sejak)\s+(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|\d)",
                         re.I)


def held_later(text: str, main_type: str, main_date: str | None, body: int, quotes, done: set) -> list[Candidate]:
    """Happenings of another kind than the main one, opening a sentence past the lead and held by its clause."""
    out: list[Candidate] = []
    if not main_date:
        return out
    for m in triggers(text, min(len(text), body + LEAD_CHARS)):
        s, e = m.start(), m.end()
        etype = trigger_type(m.group(0))
        if etype is None or etype == main_type or trigger_kind(m.group(0)) in _PART_OF \
                or any(t == etype for t, _ in done):
            continue
        before = text[max(0, s - 60):s]
        if not SENTENCE_HEAD.search(before) or PASSING.search(before[-30:]) or _POINTS_BACK.match(text, e):
            continue
        held = _HELD.match(text, e)
        if held is None or _TURN.search(text, e, held.end()) or next(iter(triggers(text, e, held.end())), None) \
                or _DATE_WORDS.search(text, e, held.end() + 60) or false_trigger(text, s) \
                or not outside(quotes, s, e):
            continue
        c = Candidate(etype, s, e, (4, s))
        c.date = main_date
        done.add((etype, main_date))
        out.append(c)
    return out


__all__ = ["held_later"]
