"""The day of a happening that the report only announces: "Pelantikan … Dihelat Pekan Depan".

A report of a happening still to come is dated when it is made: "…, sebut Kepala Dinas X, Kamis (23/1)".
That day is the announcement's, not the happening's.  When the headline names the happening and the lead
speaks of it only as to come ("akan dilantik … pekan depan"), the happening's own day is the full date
the report fixes for it, most often in the official's own words: "“Pelantikan kades terpilih tanggal 27
Januari 2020,” sebut …" (GUIDELINES: a happening fixed on a date is an event; dates inside quotes are
otherwise skipped because they date what the speaker talks about, which here is the happening).  No
such date: the day is unknown (null), never the announcement's.

The same exception holds for a quote that fixes the schedule of happenings the report names there:
"“Kegiatan paripurna dan syukuran ini harus berjalan baik. Rencananya akan dilangsungkan pada Kamis, 6
Maret 2025,” ujar Sekda" (``quoted_schedule``): each happening the quote names in that sentence, or in
the one before it when the sentence has no subject of its own, is an event of that day.
"""
from __future__ import annotations

import re

from datetime import date

from .event_candidate import DAY_OPENS, SPLIT_DI, Candidate, dated_once
from .event_frames import superseded_plan
from .event_types import false_trigger, trigger_type, triggers
from ..text.date_calendar import _next, _published
from ..text.date_patterns import _month
from ..text.dates import find_dates
from ..text.sentences import find_all, folded, outside, sentence

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
                    and not (published and d.iso < published[:10]):
                return d.iso
    return None


# The verb that fixes a happening on the day closing its clause, in a quote: "(Rencananya) akan dilangsungkan pada
# Kamis, 6 Maret 2025", "nantinya dilakukan pada tanggal 9 Mei", "dijadwalkan kembali pada Kamis depan" (a sitting
# put off and fixed anew).  A verb of holding after "akan/nantinya/rencananya", or a verb of scheduling by itself:
# "akan pada …" alone fixes nothing.
_HOLD = rf"{SPLIT_DI}(?:langsungkan|gelar|laksanakan|selenggarakan|adakan|lakukan)"
_FIXED_ON = re.compile(rf"\b(?:(?:akan|nantinya|rencananya)\s+(?:akan\s+)?(?:kembali\s+)?{_HOLD}|"
                       rf"(?:dijadwalkan|direncanakan)\s+(?:akan\s+)?(?:kembali\s+)?(?:{_HOLD}\s+)?)\s*"
                       rf"(?=(?:pada|tanggal|hari)\s){DAY_OPENS}$", re.I)
# (their stems: "akan di laksanakan" writes the prefix apart)
_FIXED_WORDS = ("langsungkan", "gelar", "laksanakan", "selenggarakan", "adakan", "lakukan", "dijadwalkan",
                "direncanakan", "akan")     # ("akan" for ``_THEN_VERB``'s any verb)
# the day first, then the happening's verb after "akan" in the same clause: "Lusa, (Senin/3/3/2025) piagam itu
# akan diserahkan kepada …" (a subject of a few words between, no clause stop)
_THEN_VERB = re.compile(r"[^.;:!?\n“”\"]{0,60}?\b(?:akan|dijadwalkan)\s+(?=(?:di|me|ber)\w)", re.I)
# a day and month written without a year ("pada tanggal 9 Mei"), as a quote fixing a schedule writes it
_DAY_MONTH = re.compile(r"(\d{1,2})\s+([A-Za-z]+)$")
_AHEAD_DAYS = 120


def _day_ahead(text: str, d, published: str | None) -> str | None:
    """The day of ``d`` when it lies after the publication day: a full or relative date as read, or a day and month
    without a year read as its next occurrence, within four months (a schedule fixes the coming days; the
    calendar's own reading leaves such a day unknown, since unframed it is as often a memory)."""
    if not published:       # (no publication day: a full date, as written)
        return d.iso if d.kind == "written" else None
    if d.iso:
        return d.iso if d.kind != "partial" and d.iso > published[:10] else None
    m = _DAY_MONTH.fullmatch(text, d.start, d.end) if d.kind == "partial" else None
    month = _month(m.group(2)) if m else 0
    ref = _published(published)
    iso = _next(ref, month, int(m.group(1))) if month and ref else None
    return iso if iso and iso > published[:10] and (date.fromisoformat(iso) - ref).days <= _AHEAD_DAYS else None


def quoted_schedule(ctx, body: int, quotes, done: set) -> list[Candidate]:
    """Happenings a quotation fixes on a day still to come (see the module's docstring); ``done`` holds
    the (type, date) pairs already emitted and is extended."""
    text = ctx.text
    low = folded(text) or text.lower()
    if not quotes or not find_all(low, _FIXED_WORDS, body):
        return []
    out: list[Candidate] = []
    for d in find_dates(text, ctx.published):
        if d.start < body or outside(quotes, d.start, d.end) or not (iso := _day_ahead(text, d, ctx.published)):
            continue
        q = next(q for q in quotes if q[0] <= d.start < q[1])
        verb = _FIXED_ON.search(text, max(body, d.start - 60), d.start)
        if verb is None:
            then = _THEN_VERB.match(text, d.end, q[1])
            m = next(iter(triggers(text, then.end(), min(q[1], then.end() + 30))), None) if then else None
            if m is not None and m.start() == then.end() and not false_trigger(text, m.start()) \
                    and (etype := trigger_type(m.group(0))) and not superseded_plan(text, m.start(), q[0]):
                dated_once(out, done, etype, m, iso)
            continue
        s, _ = sentence(text, d.start, q[0])
        named = [m for m in triggers(text, max(s, q[0]), verb.start())]
        if not named and s > q[0]:      # "Rencananya akan dilangsungkan …": the subject is the sentence before
            named = list(triggers(text, sentence(text, max(q[0], s - 2), q[0])[0], s))
        for m in named:
            etype = trigger_type(m.group(0))
            if etype is not None and not false_trigger(text, m.start()) and not superseded_plan(text, m.start(), q[0]):
                dated_once(out, done, etype, m, iso)
    return out


__all__ = ["announced_day", "quoted_schedule", "still_to_come"]
