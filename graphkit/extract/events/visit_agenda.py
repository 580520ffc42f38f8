"""A working visit and the agenda items reported inside it (GUIDELINES: one event per distinct happening;
activities of one visit are separate events when the text reports each with its own time or place).

Regional news often reports a kunjungan kerja as a frame: "X melakukan kunjungan kerja di Y, Jumat (11/9).
Agenda pertama adalah memberikan arahan pada pembukaan sosialisasi Z.  Usai itu, X melakukan pertemuan
tertutup …".  When the article's main happening is one of those items (the headline names the meeting),
the visit itself and the other items went unreported.  ``visit_parts`` reads:

* the visit: a lead sentence where officials "melakukan/menggelar kunjungan kerja" on a date; its doers
  (the officials named before the verb) LED it;
* agenda items: the sentences after it opened by a sequence cue ("Agenda pertama/kedua", "Usai …",
  "Setelah itu", "Selanjutnya") holding a trigger of another kind than the main event and the visit;
  each is an event of the visit's day, the visitor ATTENDED it (he gave its arahan, opened it, spoke).

Only articles whose lead holds "kunjungan kerja" (or "kunker") are read.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, Candidate, event_id
from .event_dates import date_near
from .event_types import false_trigger, trigger_type, triggers
from ..text.dates import find_dates
from ..text.sentences import outside, sentence

_VISIT = re.compile(r"\b(?:melakukan|melaksanakan|menggelar|mengadakan)\s+(?:kunjungan\s+kerja|kunker)\b", re.I)
_SEQUENCE = re.compile(r"\b(?:Agenda\s+(?:pertama|kedua|ketiga|selanjutnya|berikutnya)|Usai\b|"
                       r"Setelah\s+itu|Selanjutnya|Kemudian)", re.I)


def visit_parts(ctx: ArticleContext, main: Candidate, body: int, quotes, done: set) -> list[tuple[Candidate, list[str]]]:
    """The visit and its agenda items as (candidate, [official ids who LED it]) — leaders only for the visit;
    the agenda items' attendee is the visitor, added by ``visit_attendees``."""
    text = ctx.text
    lead_end = min(len(text), body + LEAD_CHARS)
    low = text[body:lead_end].lower()
    if main.date is None or main.type == "kunjungan_kerja" or ("kunjungan kerja" not in low and "kunker" not in low):
        return []
    v = _VISIT.search(text, body, lead_end)
    if v is None or not outside(quotes, v.start(), v.end()):
        return []
    s, e = sentence(text, v.start(), body)
    visitors = [m.node_id for m in ctx.mentions if s <= m.start < v.start() and m.node_id.startswith("official:")]
    if not visitors:
        return []
    out: list[tuple[Candidate, list[str]]] = []
    visit = Candidate("kunjungan_kerja", v.start(), v.end(), (5, v.start()))
    # the visit's own day when its sentence gives one ("… melakukan kunjungan kerja ke X pada Senin (4/12)"
    # before "upacara … Selasa (5/12)"), else the main happening's
    dates = [d for d in find_dates(text, ctx.published) if outside(quotes, d.start, d.end)]
    visit.date = date_near(ctx, dates, v.start(), v.end(), body)[0] or main.date
    if ("kunjungan_kerja", visit.date) not in done:
        done.add(("kunjungan_kerja", visit.date))
        out.append((visit, sorted(set(visitors))))
    pos = e
    for cue in _SEQUENCE.finditer(text, max(body, e - 2), lead_end + 400):
        if cue.start() < pos or text[:cue.start()].rstrip()[-1:] not in (".", "!", "?", ""):
            continue                      # (a cue opens its sentence)
        cs, ce = sentence(text, cue.end() - 1, body)
        pos = ce
        for m in triggers(text, cue.end(), ce):
            etype = trigger_type(m.group(0))
            if etype in (None, main.type, "kunjungan_kerja", "audiensi") or false_trigger(text, m.start()) \
                    or not outside(quotes, m.start(), m.end()) or (etype, visit.date) in done:
                continue
            item = Candidate(etype, m.start(), m.end(), (5, m.start()))
            item.date = visit.date
            done.add((etype, visit.date))
            out.append((item, []))
            break
    return out


def visit_attendees(ctx: ArticleContext, parts: list[tuple[Candidate, list[str]]]) -> None:
    """LED edges of the visit; the visitor ATTENDED each agenda item."""
    visitors: list[str] = []
    for ev, leaders in parts:
        eid = event_id(ctx, ev.type, ev.date)
        if leaders:
            visitors = leaders
            for oid in leaders:
                ctx.edge("LED", oid, eid, ev.start, ev.end)
        else:
            for oid in visitors:
                ctx.edge("ATTENDED", oid, eid, ev.start, ev.end)


__all__ = ["visit_parts", "visit_attendees"]
