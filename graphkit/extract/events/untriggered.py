"""Happenings a lead reports without an event trigger word: typed by the headline, else ``other``.

Most reports name their happening ("rapat", "meresmikan", "apel": ``event_types.TRIGGERS``).  Some only say
that something was held, opened or done, with a day of its own; GUIDELINES ("events") still count it:

* ``cued_candidate``: "turnamen … dibuka oleh Sekda", "Dipimpin langsung oleh Wali Kota …", "Safari Subuh itu
  dihadiri Ketua DPRD …" (its subject names back a happening of the lead: the lead's day, typed by a purpose
  "sebagai media/ajang silaturahmi" when it gives one, led by who "melakukan" it: ``doer_led``);
* ``arrival_candidate``: "Keduanya tiba di Markas Polres X Rabu pagi (15/03) dan diterima oleh Kapolres": a
  visitor's arrival, received by a host, is his visit (kunjungan_kerja), dated in its sentence;
* ``held_candidate``: a body "menggelar/menyelenggarakan/mengadakan X" or "melakukan kegiatan X" with a day in
  its sentence or in the next one that names it again ("Kegiatan tersebut dilakukan pada …");
* ``held_on_day``: "Penggeledahan dilakukan pada Kamis (24/7)", "Seleksi … berlanjut pada hari Senin, 31 Juli 2023";
* ``done_at_venue``: "usai vaksin ke-2 di RSUD X, Kamis (18/3/2021)", "melaksanakan salat Id … di Masjid Agung Y,
  Sabtu (22/4/2023)" (not a doorstop with reporters).
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, PASSING, Candidate, bare_verb_after_name
from .event_dates import date_near
from .event_types import TRIGGER_RE, false_trigger, trigger_type
from .happening_cues import VENUE_RE, happenings
from ..text.sentences import find_all, folded, outside, scan, sentence


def headline_type(title: str) -> str:
    """The type a headline's own trigger word names ("Percepat Penyaluran DAK"), else ``other``.  Asked
    only once the lead reports a happening, so a Title-Case headline word that the lead's grammar tests
    set aside (a capitalised word before it looks like a name) can still type that happening."""
    for m in TRIGGER_RE.finditer(title):
        etype = trigger_type(m.group(0))
        if etype and not PASSING.search(title[max(0, m.start() - 30):m.start()]) and not false_trigger(title, m.start()):
            return etype
    return "other"


# "Acara tersebut dihadiri oleh …", "kegiatan ini dibuka oleh …": the cue's subject is a happening named before
_SAME_HAPPENING = re.compile(r"\b(?:acara|kegiatan|agenda)\s+(?:tersebut|ini|itu)\s+$", re.I)


# "Kegiatan ini dipusatkan di … dan dihadiri oleh …", "Acara ini turut dihadiri …", "Kegiatan yang dihadiri oleh …",
# "Pantauan kami, seminar yang berlangsung di … turut dihadiri …": the cue's sentence opens (after at most a short
# opener closed by a comma) with a subject of one or two words that points back, by a demonstrative or a relative
# "yang", at something the report has named: the lead's happening, whatever words stand between it and the cue
_SUBJECT_POINTS_BACK = re.compile(r"(?:[^,.;:!?\n“”\"]{1,30},\s*)?(?:[A-Za-z][\w'’-]*\s+){1,2}?(?:ini|itu|tersebut|yang)\b")


def _points_back(text: str, body: int, cue: int) -> bool:
    """Whether the cue's sentence opens with a subject pointing back at a happening (``_SUBJECT_POINTS_BACK``)."""
    s, _ = sentence(text, cue, body)
    while s < cue and text[s].isspace():
        s += 1
    m = _SUBJECT_POINTS_BACK.match(text, s, cue)
    return m is not None


# "Safari jum'at itu juga dihadiri …": the cue's subject is a happening the lead named before by the same words
_SUBJECT_BACK = re.compile(r"(?:^|[.!?\n]\s*)([A-Z][\w'’-]*(?:\s+[\w'’-]+)?)\s+(?:itu|ini|tersebut)\s+(?:juga\s+|pun\s+)?$")


def _named_before(text: str, body: int, cue: int) -> int | None:
    """Where the lead first wrote the cue's subject ("<one or two words> itu/tersebut"), or None."""
    m = _SUBJECT_BACK.search(text[max(body, cue - 60):cue])
    if m is None:
        return None
    at = text.lower().find(m.group(1).lower(), body, max(body, cue - 60) + m.start(1))
    return at if at >= 0 else None


# "Bupati X melakukan safari Jum'at …": the verb of doing before the happening's first naming
_DONE_BY = re.compile(r"\b(?:melakukan|melaksanakan|menggelar|mengadakan|menyelenggarakan)\s+$")


def doer_led(ctx: ArticleContext, event_id: str, named_at: int, body: int) -> None:
    """LED from the official who "melakukan/menggelar" the happening the cue's subject names back
    ("Bupati X melakukan safari Jum'at … . Safari Jum'at itu dihadiri …"): the subject of the doing,
    the nearest official named before the verb in its sentence; only when nobody leads it yet."""
    text = ctx.text
    verb = _DONE_BY.search(text, max(0, named_at - 20), named_at)
    if verb is None or any(k[0] == "LED" and k[2] == event_id for k in ctx.graph.edges):
        return
    s, _ = sentence(text, verb.start(), body)
    doers = [m for m in ctx.mentions if s <= m.start and m.end <= verb.start() and m.kind in ("name", "title")
             and m.node_id.startswith("official:")]
    if doers:
        m = doers[-1]
        ctx.edge("LED", m.node_id, event_id, m.start, m.end)
        ctx.graph.edges.pop(("ATTENDED", m.node_id, event_id, ""), None)


# "… merupakan agenda rutin … sebagai salah satu media silaturrahmi …": the happening named by its purpose
_PURPOSE = re.compile(r"\b(?:sebagai|merupakan|menjadi)\s+(?:salah\s+satu\s+)?(?:media|ajang|sarana|wadah)\s+")


def purpose_type(text: str, start: int, end: int) -> str:
    """The type a "sebagai/merupakan (salah satu) media/ajang/sarana/wadah <trigger>" names, else ``other``."""
    for m in scan(_PURPOSE, text, find_all(text, ("sebagai", "merupakan", "menjadi"), start, end), start, end):
        t = TRIGGER_RE.match(text, m.end())
        if t is not None and (etype := trigger_type(t.group(0))) and not false_trigger(text, t.start()):
            return etype
    return "other"


def cued_candidate(ctx: ArticleContext, body: int, quotes_of) -> Candidate | None:
    """A lead with no trigger word that still reports a happening ("turnamen … dibuka oleh Sekda",
    "Dipimpin langsung oleh Wali Kota …"): an event of type ``other`` at the first such cue."""
    text = ctx.text
    for m in happenings(text, body, min(len(text), body + LEAD_CHARS + 400)):
        if not ctx.in_boilerplate(m.start(), m.end()) and outside(quotes_of(), m.start(), m.end()):
            title = " ".join((ctx.article.title or "").split())
            c = Candidate(headline_type(title), m.start(), m.end(), (2, m.start()))
            c.name = title or None   # the cue names no happening: the headline does
            # an untyped cue names no day either (a lead date beside it may date a statement or a rule);
            # one the headline types is that happening's report, dated by the lead like any other
            # … unless the cue's subject points back at a happening the lead reported ("acara tersebut dihadiri
            # oleh …"): that happening's day is the lead's
            c.named_at = _named_before(text, body, m.start())
            c.lead_dated = c.type != "other" or _SAME_HAPPENING.search(text, max(body, m.start() - 30), m.start()) is not None \
                or c.named_at is not None or _points_back(text, body, m.start())
            if c.type == "other":
                c.type = purpose_type(text, body, min(len(text), body + LEAD_CHARS + 400))
            return c
    return None


# "tiba di <place> … (dan) disambut/diterima (langsung) oleh <host>": an arrival received by a host, in one sentence
_ARRIVAL = re.compile(r"\btiba\s+di\s+[^.;:!?\n“”\"]{3,120}?\b(?:disambut|diterima)\s+(?:langsung\s+)?oleh\b")


def arrival_candidate(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
    """A lead with no trigger word that reports a visitor's arrival received by a host, with a day in its
    sentence: a kunjungan_kerja (GUIDELINES: "diterima oleh" places the host at it)."""
    text = ctx.text
    end = min(len(text), body + LEAD_CHARS + 400)
    for m in scan(_ARRIVAL, text, find_all(text, ("tiba",), body, end), body, end):
        if ctx.in_boilerplate(m.start(), m.end()) or PASSING.search(text[max(0, m.start() - 30):m.start()]) \
                or not outside(quotes_of(), m.start(), m.end()):
            continue
        if date_near(ctx, dates_of(), m.start(), m.start() + 4, body)[0]:
            return Candidate("kunjungan_kerja", m.start(), m.start() + 4, (2, m.start()))
    return None


# "BKD menyelenggarakan Ujian Dinas …", "Polresta memusnahkan …": a body holds something on a given day
# ("Pemkab X gelar …": the bare form after its subject's name, ``bare_verb_after_name``)
_HOLDS = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|(?P<bare>gelar|selenggarakan|adakan)|"
                    r"(?:melakukan|melaksanakan)\s+(?=kegiatan\b))\s*(?!(?:[\w-]+nya|itu|ini|tersebut)\b)")
_HOLDS_OPENS = ("menggelar", "menyelenggarakan", "mengadakan", "melakukan", "melaksanakan",   # every match opens with one
                "gelar", "selenggarakan", "adakan")
# "… melakukan kegiatan penilaian kompetensi. Kegiatan tersebut dilakukan pada hari Rabu (23/10/2024)": the next
# sentence names the same happening again and dates it
_NAMED_AGAIN = re.compile(r"\s*(?:Kegiatan|Acara|Agenda|Pelaksanaan(?:\s+kegiatan)?)\s+(?:tersebut|ini|itu)\b")


def held_candidate(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
    """A lead with no trigger word where someone "menggelar/menyelenggarakan/mengadakan" something in a
    sentence with its own date: a happening of type ``other`` (the organising frame names one)."""
    text = ctx.text
    end = min(len(text), body + LEAD_CHARS)
    # (tried only at its opening verbs: a "\b"-led pattern is tried by re at every character)
    for m in scan(_HOLDS, text, find_all(text, _HOLDS_OPENS, body, end), body, end):
        if ctx.in_boilerplate(m.start(), m.end()) or PASSING.search(text[max(0, m.start() - 30):m.start()]) \
                or not outside(quotes_of(), m.start(), m.end()) or (m["bare"] and not bare_verb_after_name(text, m.start())):
            continue
        c = Candidate("other", m.end(), min(len(text), m.end() + 40), (2, m.start()))
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


def held_on_day(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
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
        c = Candidate("other", s, d.start, (2, s))
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


def done_at_venue(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
    """A lead with no trigger that reports an activity done at a named place on a weekday date: type ``other``."""
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
        c = Candidate("other", done.start(1), v.start(), (2, done.start()))
        c.name = " ".join(done.group(1).split()[:6])
        c.date = day.iso
        return c
    return None


__all__ = ["arrival_candidate", "cued_candidate", "doer_led", "purpose_type", "done_at_venue", "headline_type", "held_candidate", "held_on_day"]
