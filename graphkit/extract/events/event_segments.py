"""Segmentation: the happenings an article reports beside its main event (GUIDELINES: one event per happening).

* ``emit_companions``: a happening of another kind joined to the main one in its sentence ("sekaligus",
  "diikuti dengan", "dibarengi"; ``companions``) is its own event with the same day and people, and the
  next stop of a visit at its own place is one led by who led the visit;
* ``dated_elsewhere``: a happening the body reports with its own day ("dilantik sejak 28 Maret 2024",
  "diserahkan pada Rabu (1/10/2025)") is its own event; ``sentence_attendees`` gives it the officials of
  its sentence and the groups it goes to, and ``keep_to_own_sentences`` takes them off the main event;
* ``held_candidate``: a lead with no trigger where a body "menggelar/menyelenggarakan/mengadakan"
  something on a day of its own reports a happening of type ``other``.
"""
from __future__ import annotations

import re

from .companions import companions, joined_later, next_stops
from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, PASSING as _PASSING, VERB_FORM as _VERB_FORM, Candidate as _Candidate, \
    event_id as _event_id
from .event_dates import date_near
from .event_types import false_trigger, trigger_type, triggers
from ..text.sentences import find_all, folded, outside, sentence

# "BKD menyelenggarakan Ujian Dinas …", "Polresta memusnahkan …": a body holds something on a given day
_HOLDS = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|(?:melakukan|melaksanakan)\s+(?=kegiatan\b))\s*"
                    r"(?!(?:[\w-]+nya|itu|ini|tersebut)\b)")
# "… melakukan kegiatan penilaian kompetensi. Kegiatan tersebut dilakukan pada hari Rabu (23/10/2024)": the next
# sentence names the same happening again and dates it
_NAMED_AGAIN = re.compile(r"\s*(?:Kegiatan|Acara|Agenda|Pelaksanaan(?:\s+kegiatan)?)\s+(?:tersebut|ini|itu)\b")


def held_candidate(ctx: ArticleContext, body: int, quotes_of, dates_of) -> _Candidate | None:
    """A lead with no trigger word where someone "menggelar/menyelenggarakan/mengadakan" something in a
    sentence with its own date: a happening of type ``other`` (the organising frame names one)."""
    text = ctx.text
    for m in _HOLDS.finditer(text, body, min(len(text), body + LEAD_CHARS)):
        if ctx.in_boilerplate(m.start(), m.end()) or _PASSING.search(text[max(0, m.start() - 30):m.start()]) \
                or not outside(quotes_of(), m.start(), m.end()):
            continue
        c = _Candidate("other", m.end(), min(len(text), m.end() + 40), (2, m.start()))
        _, se = sentence(text, m.start(), body)
        if date_near(ctx, dates_of(), m.start(), m.end(), body)[0] or \
                (_NAMED_AGAIN.match(text, se) and date_near(ctx, dates_of(), se + 1, se + 2, body)[0]):
            c.name = " ".join(text[m.end():m.end() + 60].split()[:6])
            return c
    return None


# "Penggeledahan dilakukan pada Kamis (24/7)", "Seleksi … berlanjut pada hari Senin, 31 Juli 2023": a sentence whose
# subject is the happening itself, held on one day ("pada" + a single date; a range is a programme's span)
_HELD_ON = re.compile(r"\b(?:dilakukan|dilaksanakan|digelar|diselenggarakan|diadakan|berlangsung|dilangsungkan|"
                      r"berlanjut|dilanjutkan)\s+(?:[\w-]+\s+){0,2}?pada\s+(?:hari\s+)?$", re.I)
_HELD_ON_AT = re.compile(r"[a-z]+\s+(?:[\w-]+\s+){0,2}?pada\s+(?:hari\s+)?", re.I)
_HELD_ON_WORDS = ("dilakukan", "dilaksanakan", "digelar", "diselenggarakan", "diadakan", "berlangsung",
                  "dilangsungkan", "berlanjut", "dilanjutkan")
_SPAN = re.compile(r"\d\s*(?:-|–|—|hingga|sampai|s\.?\s?d|s/d)|(?:hingga|sampai|s\.?\s?d\.?|s/d)\s*$", re.I)


_DATELINE_DASH = re.compile(r"\s[-–—]\s?|\s?[–—]")
_PLANNED = re.compile(r"\b(?:akan|bakal|rencananya|direncanakan|dijadwalkan)\b", re.I)


def held_on_day(ctx: ArticleContext, body: int, quotes_of, dates_of) -> _Candidate | None:
    """A report with no trigger whose body says a happening "dilakukan/berlangsung pada <day>": type ``other``,
    named by its sentence's opening words, within the first ~2000 characters."""
    text = ctx.text
    low = folded(text)
    end = min(len(text), body + 2 * LEAD_CHARS + 200)
    if low is not None:
        # the dates are read only when a "dilakukan … pada" stands in the range (most reports have none)
        if not any(_HELD_ON_AT.match(text, i) for i in find_all(low, _HELD_ON_WORDS, body, end)):
            return None
    for d in dates_of():
        if d.start >= end or not d.iso or d.kind == "relative":
            continue
        verb = _HELD_ON.search(text, max(body, d.start - 60), d.start)
        if verb is None or _SPAN.search(text, d.start, d.end) or _SPAN.match(text, d.end, min(len(text), d.end + 12)):
            continue
        s, _ = sentence(text, d.start, body)
        if ctx.in_boilerplate(s, d.end) or not outside(quotes_of(), s, d.end) or _PLANNED.search(text, s, d.start):
            continue
        c = _Candidate("other", s, d.start, (2, s))
        # the subject names the happening; a dateline before it ("bkd.ntt.go.id –Seleksi …") does not
        subject = _DATELINE_DASH.split(text[s:verb.start()])[-1]
        c.name = " ".join(subject.split()[:6]) or None
        c.date = d.iso
        return c
    return None


# "katanya usai vaksin ke-2 di RSUD Yowari, Kamis (18/3/2021)", "melaksanakan salat Id … di Masjid Agung Kudus,
# Sabtu (22/4/2023)": an activity done or just finished at a named place on a weekday-dated day; not a doorstop
_DONE_BEFORE = re.compile(r"\b(?:usai|seusai|setelah|selepas|melaksanakan|mengikuti)\s+((?:[\w-]+\s+){1,8}?)$", re.I)
_DONE_WORDS = ("usai", "seusai", "setelah", "selepas", "melaksanakan", "mengikuti")
_DOORSTOP = re.compile(r"\b(?:ditemui|bersua|diwawancarai|dikonfirmasi|wartawan|awak\s+media|jurnalis|media)\b", re.I)
_WEEKDAY = re.compile(r"\s*,?\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad)\b", re.I)


def done_at_venue(ctx: ArticleContext, body: int, quotes_of, dates_of) -> _Candidate | None:
    """A lead with no trigger that reports an activity done at a named place on a weekday date: type ``other``."""
    from .event_types import VENUE_RE
    text = ctx.text
    end = min(len(text), body + LEAD_CHARS)
    low = folded(text)
    start = body
    if low is not None:     # the venues are read only after a word of doing (most leads without a trigger have none)
        first = find_all(low, _DONE_WORDS, body, end)
        if not first:
            return None
        start = first[0]
    for v in VENUE_RE.finditer(text, start, end):
        w = _WEEKDAY.match(text, v.end())
        if w is None:
            continue
        s, _ = sentence(text, v.start(), body)
        done = _DONE_BEFORE.search(text, s, v.start())
        if done is None or _DOORSTOP.search(text, done.start(), v.start()) or ctx.in_boilerplate(s, v.end()) \
                or not outside(quotes_of(), done.start(), v.end()):
            continue
        day = next((d for d in dates_of() if d.start == w.end() - len(w.group(0).lstrip(" ,")) and d.iso), None)
        if day is None:
            continue
        c = _Candidate("other", done.start(1), v.start(), (2, done.start()))
        c.name = " ".join(done.group(1).split()[:6])
        c.date = day.iso
        return c
    return None


def keep_to_own_sentences(ctx: ArticleContext, main_id: str, extras: list[_Candidate]) -> None:
    """A sentence that reports another happening with its own day speaks of that one: the people read
    there attend it, not the main event."""
    spans = [sentence(ctx.text, ev.start, 0) for ev in extras]
    for key, e in list(ctx.graph.edges.items()):
        if e.type == "ATTENDED" and e.target == main_id:
            ev = e.properties.get("evidence") or []
            if ev and all(any(s <= (x.get("start") or -1) < t for s, t in spans) for x in ev):
                del ctx.graph.edges[key]


def sentence_attendees(ctx: ArticleContext, ev: _Candidate, quotes) -> None:
    """Who a happening reported in one sentence involves: its officials ("X sudah dilantik sejak …",
    "diserahkan … oleh X") and the groups it goes to ("kepada Ketua Panitia Seleksi")."""
    from .attendees import _groups
    text = ctx.text
    s, e = sentence(text, ev.start, 0)
    eid = _event_id(ctx, ev.type, ev.date)
    people = [m for m in ctx.mentions if m.kind in ("name", "title") and s <= m.start < e
              and m.node_id.startswith("official:") and outside(quotes, m.start, m.end)]
    for m in people:
        ctx.edge("ATTENDED", m.node_id, eid, m.start, m.end)
    to = re.search(r"\bkepada\s+", text[s:e])
    if to:
        for node_id, gs, ge in _groups(ctx, people, s + to.end(), e):
            ctx.edge("ATTENDED", node_id, eid, gs, ge)


# a verb trigger written with its own day: "dilantik sejak 28 Maret 2024", "diserahkan pada Rabu (1/10/2025)"
_OWN_DAY = re.compile(r"\W*(?:[\w-]+\W+){0,3}?(?:pada|tanggal|sejak)\W+(?:hari\W+)?$", re.I)
_MAX_DATED = 3
_DAY_CUE = re.compile(r"\b(?:pada|tanggal|sejak)\W+(?:hari\W+)?$", re.I)


def dated_elsewhere(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list[_Candidate]:
    """Other happenings the article reports with their own day, anywhere in the body (GUIDELINES:
    separate events when the text reports each with its own time): a verb-form trigger followed,
    within a few words, by "pada/tanggal/sejak" and a date.  At most three, one per type and day.
    Read from the dates back (they are few), not from every trigger of the text."""
    text = ctx.text
    out: list[_Candidate] = []
    for d in dates:
        if not d.iso or d.start < body or not _DAY_CUE.search(text, max(0, d.start - 12), d.start):
            continue
        found = None
        for m in triggers(text, max(body, d.start - 60), d.start):
            if _OWN_DAY.match(text[m.end():d.start]):
                found = m
                break
        if found is None:
            continue
        s, e = found.start(), found.end()
        etype = trigger_type(found.group(0))
        if etype is None or not _VERB_FORM.match(found.group(0)) or false_trigger(text, s) \
                or _PASSING.search(text[max(0, s - 30):s]) or ctx.in_boilerplate(s, e) or not outside(quotes, s, e) \
                or (etype, d.iso) in done:
            continue
        c = _Candidate(etype, s, e, (4, s))
        c.date = d.iso
        done.add((etype, c.date))
        out.append(c)
        if len(out) == _MAX_DATED:
            break
    return out


# GUIDELINES: a happening "fixed on a date, such as … an inauguration on a given day" is an event.  A verb
# trigger is scheduled when "akan"/"dijadwalkan" stands before it and a full date (with its year) right
# after it ("yang dijadwalkan akan dilantik 19 Februari 2019"), or the date opens the clause and "akan"
# follows ("pada tanggal 30 Desember 2018 ia akan dilantik kembali").  A vague plan has no such date.
_SCHEDULED = re.compile(r"\b(?:dijadwalkan|akan)\s+(?:\w+\s+)?$", re.I)
_RIGHT_AFTER = re.compile(r"\s+(?:(?:pada|tanggal)\s+)?(?:hari\s+)?$", re.I)
_THEN_AKAN = re.compile(r"[\s,]*(?:[\w-]+\s+){0,3}?(?:akan|dijadwalkan)\s+(?:kembali\s+)?$", re.I)
_MAX_SCHEDULED = 2


def scheduled(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list[_Candidate]:
    """Happenings fixed on a full date that the body says are still to come."""
    text = ctx.text
    low = folded(text) or text.lower()
    out: list[_Candidate] = []
    for d in dates:
        if not d.iso or d.kind not in ("written", "numeric") or d.start < body:
            continue
        before = any(low.find(w, max(0, d.start - 90), d.start) >= 0 for w in ("akan", "dijadwalkan"))
        after = any(low.find(w, d.end, d.end + 50) >= 0 for w in ("akan", "dijadwalkan"))
        found = None
        for m in triggers(text, max(body, d.start - 60), d.start) if before else ():   # "… akan dilantik 19 Feb…"
            if _RIGHT_AFTER.fullmatch(text, m.end(), d.start) and _SCHEDULED.search(text, max(0, m.start() - 30),
                                                                                    m.start()):
                found = m
        if found is None and after:                                 # "pada 30 Desember 2018 ia akan dilantik"
            for m in triggers(text, d.end, min(len(text), d.end + 50)):
                if _THEN_AKAN.fullmatch(text, d.end, m.start()):
                    found = m
                break
        if found is None:
            continue
        s, e = found.start(), found.end()
        etype = trigger_type(found.group(0))
        if etype is None or not _VERB_FORM.match(found.group(0)) or false_trigger(text, s) \
                or ctx.in_boilerplate(s, e) or not outside(quotes, s, e) or (etype, d.iso) in done:
            continue
        c = _Candidate(etype, s, e, (4, s))
        c.date = d.iso
        done.add((etype, d.iso))
        out.append(c)
        if len(out) == _MAX_SCHEDULED:
            break
    return out


def emit_companions(ctx: ArticleContext, main: _Candidate, anchor: _Candidate, quotes) -> None:
    """Events joined to the main one in its sentence ("… sekaligus halal bihalal"): same day, same people."""
    text = ctx.text
    found = [(*f, ("LED", "ATTENDED")) for f in companions(ctx, anchor.start, anchor.end, main.type, quotes)]
    _, anchor_end = sentence(text, anchor.end, 0)
    found += [(*f, ("LED", "ATTENDED")) for f in joined_later(ctx, main.type, anchor_end, quotes)
              if f[0] not in {t for t, _, _, _ in found}]
    # the next stop of a visit has its own participants: only who led the visit goes on to it
    found += [(*f, ("LED",)) for f in next_stops(ctx, main.type, anchor.end, quotes)
              if f[0] not in {t for t, _, _, _ in found}]
    if not found:
        return
    main_id = _event_id(ctx, main.type, main.date)
    people = [(e.type, e.source) for e in ctx.graph.edges.values()
              if e.type in ("LED", "ATTENDED") and e.target == main_id]
    for etype, s, e, kinds in found:
        eid = _event_id(ctx, etype, main.date)
        if eid in ctx.graph.nodes:
            continue
        name = " ".join(text[s:e].split())
        ctx.node(eid, "Event", s, e, type=etype, date=main.date, name=name[:1].upper() + name[1:], region=ctx.region)
        if ctx.region:
            ctx.edge("IN_REGION", eid, f"region:{ctx.region}", s, e)
        for kind, source in people:
            if kind in kinds:
                ctx.edge(kind, source, eid, s, e)



# the election process's own day (GUIDELINES: "the happenings of the election process … pemungutan suara",
# "fixed on a date"): "Pilkada Sidoarjo akan dilangsungkan pada 9 Desember 2020", "Tanggal 9 Desember 2020, ada
# 19 kabupaten/kota yang menggelar pilkada serentak"; not "rapat persiapan pilkada, Rabu (15/1)" (the meeting's
# day) nor "memajukan pilkada menjadi 17 September" (a proposal)
_ELECTION = (r"(?:pilkada|pilkades|pilbup|pilgub|pilwalkot|pemilu|pemilihan\s+(?:umum|kepala\s+(?:daerah|desa)|bupati|"
             r"gubernur|wali\s*kota|walikota|presiden|legislatif|anggota)|pemilihan|pemungutan\s+suara|pencoblosan)")
_ELECTION_THEN_DAY = re.compile(rf"\b{_ELECTION}\b(?:[^.;:\n“”\"]{{0,50}}?\b(?:pada|tanggal|jatuh\s+pada)\s+(?:hari\s+)?|"
                                rf"(?:\s+serentak)?\s+)$", re.I)   # "… pada 9 Desember", "pemilihan 9 Desember"
_DAY_THEN_ELECTION = re.compile(rf"[^.;:\n]{{0,50}}?\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+"
                                rf"{_ELECTION}\b", re.I)
_DAY_BEFORE = re.compile(r"\b(?:pada|tanggal)\s+(?:hari\s+)?$", re.I)
_PROPOSED = re.compile(r"\b(?:usul(?:an)?|rencana|wacana|memajukan|memundurkan|diundur|dimajukan)\b", re.I)
_ELECTION_WORDS = ("pilkada", "pilkades", "pilbup", "pilgub", "pilwalkot", "pemilu", "pemilihan", "pemungutan",
                   "pencoblosan")


def election_days(ctx: ArticleContext, body: int, done: set) -> None:
    """A pemungutan_suara event for each election day the text fixes (whoever says it: the day is a fact
    of the process): an election word then "pada/tanggal" and the day, or "pada/tanggal" and the day then a
    body that holds the election, in one clause."""
    from ..text.dates import find_dates
    text = ctx.text
    low = text.lower()
    if not any(w in low for w in _ELECTION_WORDS):
        return
    for d in find_dates(text, ctx.published):
        if not d.iso or d.start < body or d.kind == "relative" or ctx.in_boilerplate(d.start, d.end) \
                or ("pemungutan_suara", d.iso) in done:
            continue
        before = _ELECTION_THEN_DAY.search(text, max(body, d.start - 90), d.start)
        after = _DAY_BEFORE.search(text, max(0, d.start - 12), d.start) and \
            _DAY_THEN_ELECTION.match(text, d.end, min(len(text), d.end + 90))
        cue = before or after
        if not cue or _PROPOSED.search(text, max(0, cue.start() - 40), cue.end()):
            continue
        done.add(("pemungutan_suara", d.iso))
        eid = _event_id(ctx, "pemungutan_suara", d.iso)
        ctx.node(eid, "Event", d.start, d.end, type="pemungutan_suara", date=d.iso, name="Pemungutan suara",
                 region=ctx.region)
        if ctx.region:
            ctx.edge("IN_REGION", eid, f"region:{ctx.region}", d.start, d.end)


__all__ = ["done_at_venue", "held_on_day", "scheduled", "dated_elsewhere", "election_days", "emit_companions", "held_candidate", "keep_to_own_sentences", "sentence_attendees"]
