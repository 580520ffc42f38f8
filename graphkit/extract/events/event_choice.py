"""Choosing among the events stage's candidates: whose happening a received visit is, and a second event.

Once ``stage.extract_events`` has its main event, a lead may name another happening with a date of its
own (right after or right before its trigger), or the same kind of meeting again later in the text on
another day.  These rules only compare candidates already found, so they stand apart from the grammar
that finds them (``lead_triggers``) and from the stage that emits them.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, VERB_FORM as _VERB_FORM, Candidate as _Candidate
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


def _second_event(ctx: ArticleContext, cands, main: _Candidate, anchor: _Candidate, dates,
                  body: int) -> _Candidate | None:
    """Another event with its own date, written right after its trigger ("dilantik pada 27 September
    2020", "rapat serupa digelar pada 6 Januari lalu") or right before it ("pada 6 Januari lalu Gubernur
    telah menghadap Menteri"); of the main event's type only with another date."""
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
