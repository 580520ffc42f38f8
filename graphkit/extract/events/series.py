"""Happenings of a series, and past happenings dated in passing: one event per day (GUIDELINES: events
fixed on a date; one event per happening).

* ``series_days``: a happening held several times, each time with its day —
  "debat publik digelar tiga kali: 23 Oktober, 12 November dan 20 November 2024" (a list of days after
  "N kali"), or "debat publik pertama pada Rabu (23/10/2024), … debat publik kedua pada Selasa
  (12/11/2024)" (the trigger, an ordinal, then its day).  Each day is an event of the trigger's type.
  A day of the list without its year takes the year of the list's last day (the year a reporter writes
  once, at the end), a year earlier when its month comes after that day's.
* ``past_dated``: a verb trigger whose clause closes on a full date and "lalu" ("… itu dilantik oleh
  Presiden di istana negara 20 Februari 2025 lalu") reports a past happening of its own; who did it
  ("oleh X") LED it and the officials it was done to attended it.

* ``day_first``: a report that enumerates happenings of its main kind, each opened by its own day ("Kemudian
  3 Januari 2020 melantik kepala desa di …", "pada Selasa, 7 Januari 2020 besok kembali melantik …"): the day
  written right before the verb, with at most a few words (the subject, "kembali", "besok") between, dates it.

All scan only the few dates of the article, and only when their cue words occur.
"""
from __future__ import annotations

import re
from datetime import date

from ..context import ArticleContext
from .event_candidate import PASSING, VERB_FORM, Candidate, dated_once, event_id
from .event_types import false_trigger, trigger_type, triggers
from ..text.date_patterns import MONTHS
from ..text.sentences import find_all, folded, may_occur, outside, sentence

_ORDINALS = r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir|ke-?\s?\d{1,2})"
# "<trigger> (yang) kedua (akan) (dilaksanakan) pada (hari) <date>"
_ORDINAL_DAY = re.compile(rf"\s+(?:yang\s+)?{_ORDINALS}\s+(?:(?:akan\s+)?(?:dilaksanakan|digelar|diselenggarakan|"
                          rf"berlangsung|dijadwalkan|diadakan)\s+)?(?:pada|tanggal)?\s*(?:hari\s+)?$", re.I)
# "<trigger> … (sebanyak) tiga kali(,|:| yakni| yaitu| pada)": the count that opens a list of days
_TIMES = re.compile(r"\b(?:sebanyak\s+)?(?:dua|tiga|empat|lima|enam|\d)\s+kali\b(?:\s*(?:[,:]|yakni|yaitu|antara\s+lain|"
                    r"masing-masing|pada|tanggal|\s)\s*)*", re.I)
# "<trigger> … dijadwalkan pada 30 Oktober, 13 November, dan 20 November 2024": a verb of fixing or holding
# that opens a list of two days or more (the list itself says the happening recurs)
_SCHEDULED = re.compile(r"\b(?:dijadwalkan|direncanakan|digelar|dilaksanakan|diselenggarakan|berlangsung)\s+(?:pada\s+)?(?:tanggal\s+)?",
                        re.I)
_LIST_SEP = re.compile(r"\s*(?:,|;)?\s*(?:dan|serta)?\s*(?:(?:pada|tanggal)\s+)?", re.I)
_SERIES_WORDS = ("kali", "pertama", "kedua", "ketiga", "keempat", "kelima", "terakhir")
_FIXING_WORDS = ("dijadwalkan", "direncanakan", "digelar", "dilaksanakan", "diselenggarakan", "berlangsung")
_MAX_SERIES = 6


def _trigger_before(ctx: ArticleContext, quotes, start: int, end: int):
    """The last noun-or-verb trigger of [start, end) that names a happening, or None."""
    text = ctx.text
    found = None
    for m in triggers(text, start, end):
        etype = trigger_type(m.group(0))
        if etype and not false_trigger(text, m.start()) and outside(quotes, m.start(), m.end()) \
                and not ctx.in_boilerplate(m.start(), m.end()):
            found = m
    return found


# one day of a written list: "(Rabu,) 23 Oktober (2024)"
_ITEM = re.compile(r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\W+)?(?P<d>[0-3]?\d)\s+(?P<m>[A-Za-z]+)"
                   r"(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)


def _listed(text: str, at: int) -> list[str]:
    """The ISO days of a written list opening at ``at`` ("23 Oktober, 12 November dan 20 November 2024"):
    items with only list separators between them, ending at the first item with a year, whose year the
    items before it take (a year earlier for a month after its month).  [] when no item has a year."""
    items: list[tuple[int, int]] = []
    pos = at
    while len(items) < _MAX_SERIES:
        m = _ITEM.match(text, pos)
        month = MONTHS.get(m["m"].lower()) if m else None
        if month is None or len(m["m"]) < 3:
            return []
        items.append((int(m["d"]), month))
        if m["y"]:
            year, last = int(m["y"]), month
            out = []
            for d, mo in items:
                try:
                    out.append(date(year - (mo > last), mo, d).isoformat())
                except ValueError:
                    return []
            return out
        sep = _LIST_SEP.match(text, m.end())
        if sep is None or sep.end() == m.end():
            return []
        pos = sep.end()
    return []


def series_days(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list[Candidate]:
    """The days of a happening held several times (see the module docstring)."""
    text = ctx.text
    out: list[Candidate] = []
    if not dates:
        return out
    ordinal = may_occur(text, _SERIES_WORDS, body)
    if not ordinal and not may_occur(text, _FIXING_WORDS, body):
        return out
    dated = [d for d in dates if d.start >= body and d.kind != "relative"] if ordinal else []
    for d in dated:                                   # "debat publik kedua pada Selasa (12/11/2024)"
        if not d.iso:
            continue
        cue = _ORDINAL_DAY.search(text, max(body, d.start - 40), d.start)
        m = cue and _trigger_before(ctx, quotes, max(body, cue.start() - 40), cue.start() + 1)
        if m and m.end() == cue.start():
            dated_once(out, done, trigger_type(m.group(0)), m, d.iso)
    low = folded(text)
    for at in find_all(low, (" kali",), body, len(text)) if low is not None and ordinal else ():   # "tiga kali: …"
        t = _TIMES.search(text, max(body, at - 20), min(len(text), at + 40))
        if t is None or not t.start() <= at + 1 <= t.end():
            continue
        s, _ = sentence(text, t.start(), body)
        m = _trigger_before(ctx, quotes, max(s, t.start() - 80), t.start())
        days = _listed(text, t.end()) if m is not None else []
        for iso in days if len(days) >= 2 else ():
            dated_once(out, done, trigger_type(m.group(0)), m, iso)
    for at in find_all(low, _SCHEDULED_WORDS, body, len(text)) if low is not None else ():
        t = _SCHEDULED.match(text, at)
        if t is None or not _ITEM.match(text, t.end()):
            continue
        days = _listed(text, t.end())
        if len(days) < 2:
            continue
        s, _ = sentence(text, t.start(), body)
        m = _trigger_before(ctx, quotes, max(s, t.start() - 80), t.start())
        for iso in days if m is not None else ():
            dated_once(out, done, trigger_type(m.group(0)), m, iso)
    return out[:_MAX_SERIES]


_SCHEDULED_WORDS = ("dijadwalkan ", "direncanakan ", "digelar ", "dilaksanakan ", "diselenggarakan ", "berlangsung ")


def series_cued(text: str, body: int) -> bool:
    """Whether a verb of fixing opens a written day after ``body`` ("dijadwalkan pada 30 Oktober, …"): a cheap
    test, before the dates are read, for an article that reports no happening of its own."""
    low = folded(text)
    if low is None or not may_occur(text, _FIXING_WORDS, body):
        return False
    return any((t := _SCHEDULED.match(text, at)) is not None and _ITEM.match(text, t.end()) is not None
               for at in find_all(low, _SCHEDULED_WORDS, body, len(text)))


# "… dilantik oleh Presiden RI X di istana negara 20 Februari 2025 lalu": the clause closes on its own past day
_PAST_DAY = re.compile(r"\s+(?:yang\s+)?lalu\b", re.I)
_BY = re.compile(r"\s+(?:langsung\s+)?oleh\s+", re.I)
# "… telah disetujui Komisi II pada Rapat Dengar Pendapat bersama Mendagri 27 Mei lalu": a happening named as a
# noun after "pada" (its time frame) whose clause closes on a past day is as dated as a verb's
_AT_NOUN = re.compile(r"\bpada\s+$", re.I)


def past_dated(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list[Candidate]:
    """Verb-form happenings whose clause closes on a full date followed by "lalu", and happenings named as a
    noun after "pada" whose clause closes on a day (with or without its year) followed by "lalu"."""
    text = ctx.text
    out: list[Candidate] = []
    if not may_occur(text, ("lalu",), body):
        return out
    for d in dates:
        if not d.iso or d.kind not in ("written", "numeric", "partial") or d.start < body \
                or not _PAST_DAY.match(text, d.end):
            continue
        m = _trigger_before(ctx, quotes, max(body, d.start - 90), d.start)
        at_noun = m is not None and _AT_NOUN.search(text, max(0, m.start() - 8), m.start()) is not None
        if m is None or not (at_noun or (VERB_FORM.match(m.group(0)) and d.kind != "partial")) \
                or re.search(r"[.;:\n“”\"]", text[m.end():d.start]) \
                or PASSING.search(text, max(0, m.start() - 30), m.start()):
            continue
        dated_once(out, done, trigger_type(m.group(0)), m, d.iso)
    return out


def past_participants(ctx: ArticleContext, ev: Candidate, main_id: str | None) -> None:
    """"dilantik oleh X": X LED it (and not the main event, whose lead this clause only passes through)."""
    text = ctx.text
    by = _BY.match(text, ev.end)
    if by is None:
        return
    eid = event_id(ctx, ev.type, ev.date)
    s, e = sentence(text, ev.start, 0)
    doer = next((m for m in ctx.mentions if m.kind in ("name", "title") and m.node_id.startswith("official:")
                 and by.end() <= m.start < min(e, by.end() + 60)), None)
    if doer is None:
        return
    ctx.edge("LED", doer.node_id, eid, doer.start, doer.end)
    for key, edge in list(ctx.graph.edges.items()):
        if edge.target == main_id and edge.source == doer.node_id and edge.type in ("LED", "ATTENDED"):
            ev_spans = edge.properties.get("evidence") or []
            if ev_spans and all(s <= (x.get("start") or -1) < e for x in ev_spans):
                del ctx.graph.edges[key]
    for key, edge in list(ctx.graph.edges.items()):
        if edge.type == "ATTENDED" and edge.target == eid and edge.source == doer.node_id:
            del ctx.graph.edges[key]


def day_first_actors(ctx: ArticleContext, evs: list[Candidate]) -> None:
    """"Sakti juga mengatakan dirinya pada Selasa, 7 Januari 2020 kembali melantik …": the official named before
    an active verb (me-) in its sentence does the deed, so LED it, not merely attended it."""
    text = ctx.text
    actors: dict[int, object] = {}
    for ev in evs:
        if not re.match(r"me", text[ev.start:ev.end], re.I):
            continue
        s, _ = sentence(text, ev.start, 0)
        actor = [m for m in ctx.mentions if m.kind in ("name", "title") and m.node_id.startswith("official:")
                 and s <= m.start < ev.start]
        if actor:
            actors[ev.start] = actor[0]
    # "Kemudian 3 Januari 2020 melantik …" (no subject): the series' one named actor did each of its deeds
    one = {m.node_id for m in actors.values()}
    for ev in evs:
        m = actors.get(ev.start)
        if m is None and len(one) == 1 and re.match(r"me", text[ev.start:ev.end], re.I):
            m = next(iter(actors.values()))
        if m is not None:
            eid = event_id(ctx, ev.type, ev.date)
            ctx.graph.edges.pop(("ATTENDED", m.node_id, eid, ""), None)
            ctx.edge("LED", m.node_id, eid, m.start, m.end)


__all__ = ["day_first", "day_first_actors", "series_cued", "series_days", "past_dated", "past_participants"]


# between a day and the verb it opens: a few words, no clause break ("3 Januari 2020 melantik", "7 Januari 2020
# besok kembali melantik", "5 Mei 2024 Bupati melantik"); a word that joins another clause or happening
# ("Selasa (4/3/2025) setelah dilantik …": the day of the arrival, not of the inauguration) breaks it
_JOINER = (r"(?:setelah|sesudah|usai|seusai|sebelum|pasca|sejak|saat|ketika|hingga|sampai|untuk|guna|dan|serta|yang|"
           r"akan|bakal|lalu|selama|dalam|tiba|belum|tidak|tak|bukan|batal)")
_DAY_THEN_VERB = re.compile(rf"\s+(?:(?!{_JOINER}\b)[\w-]+\s+){{0,3}}", re.I)


def day_first(ctx: ArticleContext, etype: str, body: int, quotes, dates, done: set) -> list[Candidate]:
    """Verb-form happenings of type ``etype`` opened by their own full day (see the module docstring)."""
    text = ctx.text
    out: list[Candidate] = []
    for d in dates:
        if not d.iso or d.kind not in ("written", "numeric") or d.start < body or (etype, d.iso) in done:
            continue
        m = next(iter(triggers(text, d.end, min(len(text), d.end + 50))), None)
        if m is None or not _DAY_THEN_VERB.fullmatch(text, d.end, m.start()) or trigger_type(m.group(0)) != etype \
                or not VERB_FORM.match(m.group(0)) or false_trigger(text, m.start()) \
                or not outside(quotes, m.start(), m.end()) or ctx.in_boilerplate(m.start(), m.end()) \
                or PASSING.search(text, max(0, m.start() - 30), m.start()):
            continue
        dated_once(out, done, etype, m, d.iso)
        if len(out) == _MAX_SERIES:
            break
    return out
