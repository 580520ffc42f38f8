"""Choosing among the events stage's candidates: whose happening a received visit is, and a second event.

Once ``stage.extract_events`` has its main event, a lead may name another happening with a date of its
own (right after or right before its trigger), or the same kind of meeting again later in the text on
another day.  These rules only compare candidates already found, so they stand apart from the grammar
that finds them (``lead_triggers``) and from the stage that emits them.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, NEGATED, PASSING, VERB_FORM as _VERB_FORM, Candidate as _Candidate
from .event_dates import dated_before, date_near
from .event_types import TRIGGERS, false_trigger, may_occur, trigger_type, triggers
from ..text.sentences import outside, sentence


# "pada acara sosialisasi X di Balai Desa Y, Rabu (14/11/2018)": the report's own dateline form, a weekday and
# its date closing the clause that names the happening, dates that happening
# "Sebelumnya juga telah digelar silaturahmi di Rumah Jabatan Bupati pada Selasa malam (6/5/2025) …": a sentence
# set apart in time from the main happening by its opening word reports another one, even on the same day
_APART = re.compile(r"\s*(?:Sebelumnya|Sesudahnya|Setelahnya|Selanjutnya|Kemudian|(?:Malam|Pagi|Siang|Sore)\s+harinya)\b")


def _received_visit(main: _Candidate, cands, in_body: dict[str, int]) -> _Candidate:
    """Headline "X Kunjungi Pemkot Y", lead "Pemkot Y menerima kunjungan X": one happening seen from both
    sides. The lead names it first as received, so it is the host's audiensi (GUIDELINES: the host of an
    audiensi who receives the visitors leads it; the visitors attend)."""
    if main.type != "kunjungan_kerja" or in_body.get("audiensi", 1 << 30) >= in_body.get("kunjungan_kerja", 1 << 30):
        return main
    lead = [c for c in cands if c.type == "audiensi" and c.start >= 0]
    return min(lead, key=lambda c: c.start) if lead else main


def _apart(text: str, c: _Candidate, main: _Candidate, body: int, after) -> bool:
    """``c``, of another type than ``main`` and dated right after its trigger, opens a sentence set apart in time."""
    return c.type != main.type and bool(after) and bool(_APART.match(text, sentence(text, c.start, body)[0], c.start))


_WEEKDAY_DATE = re.compile(r"(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:\n“”\"]")
# the clause between a bare noun and its own day: no sentence or quotation break, and no comma unless the day is a
# weekday's ("dengan DPRD, Senin (23/05/2022)"); a "pada/tanggal" day may close a clause that qualifies the noun
_OWN_CLAUSE = re.compile(r"[^.;:\n“”\"]{0,140}", re.I)
_PLANNED = re.compile(r"\b(?:akan|bakal|dijadwalkan|direncanakan|rencananya|mendatang)\b", re.I)
_DAY_CUE = re.compile(r"(?<![^\s(])(?:pada|tanggal)\s+(?:hari\s+)?$", re.I)


def _second_event(ctx: ArticleContext, cands, main: _Candidate, anchor: _Candidate, dates,
                  body: int, more=None) -> _Candidate | None:
    """Another event with its own date, written right after its trigger ("dilantik pada 27 September
    2020", "rapat serupa digelar pada 6 Januari lalu") or right before it ("pada 6 Januari lalu Gubernur
    telah menghadap Menteri"); of the main event's type only with another date.  ``more()``, asked only when
    no candidate has one, gives the lead's bare nouns (``dated_nouns``), tried last."""
    text = ctx.text
    for c in sorted(cands, key=lambda c: c.start):
        if c.start < body or c.start == anchor.start:
            continue
        own, at = date_near(ctx, dates, c.start, c.end, body)
        after = own and at is not None and 0 <= at - c.end <= 90 and \
            (re.match(r"\W*(?:[\w-]+\W+){0,4}?(?:pada|tanggal)\W+(?:hari\W+)?$", text[c.end:at], re.I)
             or (_WEEKDAY_DATE.match(text, at) and not _CLAUSE_BREAK.search(text, c.end, at)))
        if not after:
            own = dated_before(ctx, dates, c.start)
        if own and main.date and (own != main.date or _apart(text, c, main, body, after)):
            c.date = own
            return c
    if not main.date or more is None:
        return None
    for c in more():
        # a bare noun names a happening only with its own day after it, in its clause: right after, or closing
        # the clause that qualifies it ("hasil pleno KPU yang menetapkan … pada 5 Februari 2025 lalu")
        own, at = date_near(ctx, dates, c.start, c.end, body)
        if own is None or at is None or at < c.end or not _OWN_CLAUSE.fullmatch(text, c.end, at) \
                or _PLANNED.search(text, c.end, at) or (ctx.published and own > ctx.published[:10]):
            continue    # ("agenda pleno itu membahas pilkada yang dijadwalkan pada …": a day still to come is no report)
        if (_WEEKDAY_DATE.match(text, at) or (_DAY_CUE.search(text, c.end, at) and "," not in text[c.end:at])) \
                and (own != main.date or _apart(text, c, main, body, True)):
            c.date = own
            return c
    return None


# Each type's verb-form trigger words: a trigger's text opens with its phrase's leading letters, and whether
# _VERB_FORM accepts it depends on that first word alone ("rapat", "apel" and a cued "other" have none).
_VERB_LEADS = {etype: tuple(sorted({lead for p in phrases
                                   if _VERB_FORM.match(lead := re.match(r"(?:\\b)?([a-z]+)", p)[1])}))
               for etype, phrases in TRIGGERS.items()}


def _later_same_type(ctx: ArticleContext, main: _Candidate, body: int, quotes) -> list[_Candidate]:
    """Verb triggers of the main event's type after the lead: a same-kind meeting on another day.
    The rest of the text is scanned only when one of the type's verb-form words occurs there."""
    text = ctx.text
    out: list[_Candidate] = []
    start = min(len(text), body + LEAD_CHARS)
    if not may_occur(text, _VERB_LEADS.get(main.type, ()), start):
        return out
    for m in triggers(text, start):
        s, e = m.start(), m.end()
        if trigger_type(m.group(0)) == main.type and _VERB_FORM.match(m.group(0)) and outside(quotes, s, e) \
                and not ctx.in_boilerplate(s, e) and not false_trigger(text, s):
            out.append(_Candidate(main.type, s, e, (3, s)))
    return out


# rank of a lead noun trigger in no event frame: a candidate for a second event only (``dated_nouns``)
_UNFRAMED = 5


def dated_nouns(ctx: ArticleContext, cands, body: int, quotes) -> list[_Candidate]:
    """The lead's noun triggers that no frame made a candidate ("Warga … mengajukan rapat dengar pendapat
    dengan DPRD, Senin (23/05/2022)"): a noun written with its own day right after it, in its clause, reports
    a happening held that day whatever verb governs it (GUIDELINES: one event per happening, with its own
    time).  ``_second_event`` keeps one only with that day, never as the article's main event."""
    text = ctx.text
    taken = {c.start for c in cands}
    out: list[_Candidate] = []
    for m in triggers(text, body, min(len(text), body + LEAD_CHARS)):
        s, e = m.start(), m.end()
        etype = trigger_type(m.group(0))
        before = text[max(0, s - 60):s]
        if s in taken or etype is None or _VERB_FORM.match(m.group(0)) or PASSING.search(before[-30:]) \
                or NEGATED.search(before) or false_trigger(text, s) or ctx.in_boilerplate(s, e) \
                or not outside(quotes, s, e):
            continue
        out.append(_Candidate(etype, s, e, (_UNFRAMED, s)))
    return out
