"""The day of a happening that the report only announces: "Pelantikan … Dihelat Pekan Depan".

A report of a happening still to come is dated when it is made: "…, sebut Kepala Dinas X, Kamis (23/1)".
That day is the announcement's, not the happening's.  When the headline names the happening and the lead
speaks of it only as to come ("akan dilantik … pekan depan"), the happening's own day is the full date
the report fixes for it, most often in the official's own words: "“Pelantikan kades terpilih tanggal 27
Januari 2020,” sebut …" (GUIDELINES: a happening fixed on a date is an event; dates inside quotes are
otherwise skipped because they date what the speaker talks about, which here is the happening).  No
such date: the day is unknown (null), never the announcement's.
"""
from __future__ import annotations

import re

from .event_types import false_trigger, trigger_type, triggers
from ..text.dates import find_dates
from ..text.sentences import outside

# the lead's word for the happening in a frame of planning: "akan dilantik", "dijadwalkan digelar"
_PLANNED_BEFORE = re.compile(r"\b(?:akan|bakal|dijadwalkan|direncanakan|rencananya)\s+(?:[\w-]+\s+)?$", re.I)
# the happening's word, a few words, then "tanggal/pada" and the date: "Pelantikan kades terpilih tanggal …"
_DAY_AFTER = re.compile(r"\W*(?:[\w-]+\W+){0,4}?(?:pada|tanggal)\W+(?:hari\W+)?(?:[A-Za-z'’]+\W+)?", re.I)


def still_to_come(text: str, body: int, lead_end: int, etype: str, quotes) -> bool:
    """The lead's first word (outside quotes) for a happening of ``etype`` speaks of it as still to come."""
    for m in triggers(text, body, lead_end):
        if trigger_type(m.group(0)) != etype or false_trigger(text, m.start()) \
                or not outside(quotes, m.start(), m.end()):
            continue
        return bool(_PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()))
    return False


def announced_day(text: str, published: str | None, body: int, end: int, etype: str) -> str | None:
    """The full date (day, month, year) written right after a word for a happening of ``etype`` in
    [body, end), quotations included; not before the publication day when that is known."""
    dates = [d for d in find_dates(text, published) if d.kind == "written" and d.iso and body <= d.start < end]
    if not dates:
        return None
    for m in triggers(text, body, end):
        if trigger_type(m.group(0)) != etype or false_trigger(text, m.start()):
            continue
        for d in dates:
            if d.start > m.end() and d.start - m.end() <= 60 and _DAY_AFTER.fullmatch(text, m.end(), d.start) \
                    and not (published and d.iso < published):
                return d.iso
    return None


__all__ = ["announced_day", "still_to_come"]
