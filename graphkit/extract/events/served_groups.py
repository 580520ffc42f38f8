"""The class a happening is held for, named after its trigger noun: "sosialisasi netralitas kepada ASN di
tingkat kecamatan", "prosesi tepung tawar bagi para pejabat baru", "penganugerahan penghargaan … bagi ASN".

GUIDELINES ("led and attended"): the groups named as present attend.  A briefing, a training, an award or a
welcome is given to the class it names, and that class is there to receive it, as the class sworn in is at
its own swearing-in (``inducted``).  The shape is grammar, not a list of words: the trigger noun of the
happening, its own complements (no verb, comma or sentence end between), then "bagi/kepada/untuk" and a list
of groups read as an attendance list is (``attendee_groups.listed_groups``: an item that is no group, a
person, or a clause ends it).  A named person after "kepada" is left to the person rules.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .attendee_groups import VERB, listed_groups
from .event_types import trigger_kind, triggers
from ..text.sentences import outside

# the recipient's preposition after the trigger noun's own words: no verb, comma, quote or sentence end between
_FOR = re.compile(r"[^,;:.!?\n“”\"]{0,90}?\s(?:bagi|kepada)\s+")
# the list runs to its clause's end
_CLAUSE_END = re.compile(r"[.;:!?\n“”\"]|,\s+(?:yang|dan\s+di|di\s+|pada\s+)")


def served_groups(ctx: ArticleContext, people, kind: str, start: int, end: int,
                  quotes: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """(group node id, start, end) of each class a trigger noun of the event's own ``kind`` in text[start:end]
    is said to be for ("… rapat persiapan …, prosesi syukuran bagi Bupati terpilih": the syukuran is another
    happening, and its guests are not the meeting's)."""
    from ..body_nodes import group_node
    text = ctx.text
    low = text[start:end].lower()
    if "bagi" not in low and "kepada" not in low:
        return []
    out = []
    persons = [(p.start, p.end) for p in people]
    for trig in triggers(text, start, end):
        if trigger_kind(trig.group(0)) != kind or not outside(quotes, trig.start(), trig.end()):
            continue
        m = _FOR.match(text, trig.end(), end)
        if m is None or VERB.search(text, trig.end(), m.end()) or ctx.in_boilerplate(trig.start(), m.end()):
            continue    # "rapat untuk membahas …", "sosialisasi yang disampaikan kepada …": not the noun's own
        stop = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 200))
        list_end = stop.start() if stop else min(len(text), m.end() + 200)
        for label, gs, ge, _, _ in listed_groups(text, m.end(), list_end, persons):
            out.append((group_node(ctx, label, gs, ge), gs, ge))
    return out


__all__ = ["served_groups"]
