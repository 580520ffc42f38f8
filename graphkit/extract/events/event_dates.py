"""Which date is the reported event's: the day it happened, not a later or unrelated one.

A regional news lead names several days: the event's ("Rabu (15/1)"), when a
training closes ("ditutup pada …"), a deadline ("paling lambat …"), when a
regulation was signed ("Perpres itu diteken pada …"), a plan ("menjadi 17
September 2024").  These rules keep only the first kind; they are pure
functions of the article text, its found dates and its publication date.
"""
from __future__ import annotations

import re
from datetime import date

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, NEGATED, PASSING
from .event_segments import _ELECTION_THEN_DAY, election_held
from .event_frames import reported_result
from .event_types import false_trigger, trigger_type, triggers
from .prepared import prepared_at, prepared_day
from ..text.sentences import outside, sentence

# a date after these words is when something ends or is due, not when the event happened
_NOT_EVENT_DAY = re.compile(r"\b(?:hingga|sampai|s\.?\s?d\.?|s/d|ditutup|berakhir|penutupan|batas|paling\s+lambat|"
                            r"tenggat|deadline|mulai\s+berlaku|berlaku)\W+(?:(?:pada|tanggal|hari)\W+)?$",
                            re.I)


# "… meninjau kesiapan kegiatan X yang nantinya akan dilaksanakan pada tanggal 25 Maret 2022": a date closing a
# relative clause of a future act dates the noun the clause follows (a plan), not the happening reported
_FUTURE_CLAUSE = re.compile(r"\byang\s+(?:nantinya\s+|rencananya\s+)?akan\s+(?:di|ber|ter)[a-z]+\s+"
                            r"(?:(?:pada|tanggal|hari)\s+){0,3}$", re.I)


def planned_day(text: str, d) -> bool:
    """The date closes a "yang (nantinya) akan dilaksanakan pada …" clause: another happening's plan."""
    return bool(_FUTURE_CLAUSE.search(text, max(0, d.start - 70), d.start))


def event_day(ctx: ArticleContext, d) -> bool:
    """A date that can be the reported event's: not an end or due date."""
    return bool(d.iso) and not _NOT_EVENT_DAY.search(ctx.text[max(0, d.start - 40):d.start])


def after_publication(ctx: ArticleContext, d) -> bool:
    """A date written after the article was published: a plan ("menjadi 17 September 2024")."""
    return bool(ctx.published and d.iso and d.iso > ctx.published and _days(ctx.published, d.iso) > 1)


def _days(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return 0


def date_near(ctx: ArticleContext, dates, start: int, end: int, body: int, etype: str | None = None) -> tuple[str | None, int | None]:
    """The first date of the trigger's sentence that is not a closing or due date (nor, given the trigger's
    type ``etype``, the date of another happening named in between: ``claimed_by_other``)."""
    s, e = sentence(ctx.text, start, body if start >= body else 0)
    first = stamp = None
    for d in dates:
        if s <= d.start < e and event_day(ctx, d) and not (etype and claimed_by_other(ctx, d, etype, max(s, end))):
            if _of_another_noun(ctx.text, s, d) or (d.start >= end and planned_day(ctx.text, d)) \
                    or prepared_day(ctx, d, s, skip=start):     # ("pengecekan lokasi rencana kunjungan … pada …")
                continue
            if first is None and stamp is None and d.start < start and _dateline(ctx.text, s, d):
                stamp = d       # "10 April 2022, Lanal Maumere — … pada Sabtu 09 April 2022": the sentence's own day
                continue
            if first is None:
                first = d
                if d.start >= start:
                    break
            elif d.start >= end and _OWN_DAY_AFTER.match(ctx.text, end, d.start):
                # "tiba di Ambon, Selasa (4/3), setelah dilantik oleh Presiden pada 20 Februari": the day the
                # trigger's own words give, not the day that opens the sentence
                return d.iso, d.start
    first = first if first is not None else stamp
    if first is None:
        first = _trailing_day(ctx, dates, e)
    return (first.iso, first.start) if first is not None else (None, None)


# what may close a date written as its own sentence: a bracket, a full stop, then the line's end
_LINE_CLOSES = re.compile(r"[\s)]*\.?[ \t]*(?:\n|$)")


def _trailing_day(ctx: ArticleContext, dates, e: int):
    """"… bertempat di Ball Room Hotel X. Senin 11/3/2020": a date standing alone after the sentence's full stop,
    closing its line, is the sentence's own day set apart by the reporter (a dateline written last), not the
    start of another sentence: it has no verb or noun of its own to date."""
    for d in dates:
        if d.start >= e:
            if ctx.text[e:d.start].strip(" \t") == "" and _LINE_CLOSES.match(ctx.text, d.end) and event_day(ctx, d):
                return d
            return None
    return None


# a dateline: "10 April 2022, Lanal Maumere — …" or "PALU, 10 April 2022 – …" opening the sentence
_STAMP_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*)?[—–-]\s")
_STAMP_BEFORE = re.compile(r"\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*,\s*)?")


def _dateline(text: str, s: int, d) -> bool:
    """The date opens its sentence as the report's dateline: when and where it was filed, not the day of the
    happening the sentence then dates again."""
    return bool(_STAMP_BEFORE.fullmatch(text, s, d.start)) and bool(_STAMP_AFTER.match(text, d.end))


# "… rehabilitasi pasca gempa bumi yang mengguncang Sulbar 15 Januari 2021 lalu": a past date in a relative clause
# of a noun that names no happening of ours dates that noun (the quake), not the event
_PAST_CLAUSE = re.compile(r"\b(\w+)\s+yang\s+(?:me|ter|di|ber)[a-z]+\b,?[^.,;:\n“”\"]{0,50}$")
_PAST_AFTER = re.compile(r"\s*\)?\s*(?:yang\s+)?lalu\b", re.I)


# ... unless the clause's verb is one of holding: only a happening is "digelar" ("dalam peringatan HUT ke-53 yang
# digelar di Manado pada Sabtu (23/09/2017) lalu"), whatever word the reporter ends its name on
_ELECTION_NOUN = re.compile(r"\b(?:pilkada|pilkades|pilbup|pilgub|pilwalkot|pemilu|pemilihan|pemungutan|pencoblosan)\b",
                            re.I)
_HELD_VERB = re.compile(r"yang\s+(?:di(?:gelar|laksanakan|selenggarakan|adakan|langsungkan)|berlangsung)\b", re.I)


def _of_another_noun(text: str, start: int, d) -> bool:
    m = _PAST_CLAUSE.search(text, start, d.start)
    if m is not None and _HELD_VERB.match(text, m.end(1) + 1) \
            and not _ELECTION_NOUN.search(text, max(start, m.start() - 60), m.end(1)):
        return False    # (an election held that day is a happening of its own: "pemilihan Bupati … yang digelar")
    # (the noun may close a trigger of two words: "Rapat evaluasi yang digelar Senin (15/1) lalu" dates the rapat)
    return bool(m) and bool(_PAST_AFTER.match(text, d.end)) and trigger_type(m.group(1)) is None \
        and not any(t.end() == m.end(1) for t in triggers(text, max(start, m.start() - 40), m.end(1)))


# a trigger followed within a few words by "pada/tanggal" and the date: that happening's own day
_OWN_DAY_AFTER = re.compile(r"\W*(?:[\w-]+\W+){0,6}?(?:pada|tanggal)\W+(?:hari\W+)?$", re.I)


# "… yang menang pada saat pemilihan Kepala Desa secara serentak pada tanggal 28 Juni 2022": a date opened by
# "pada (tanggal)" after a trigger of another kind is that happening's day
_DAY_OPENER = re.compile(r"\b(?:pada|tanggal)\W+(?:(?:tanggal|hari)\W+)?$", re.I)


def election_day_cue(text: str, start: int, end: int) -> bool:
    """An election word then "pada/tanggal" closes on ``end`` (``event_segments.election_days``' cue)."""
    return bool(_ELECTION_THEN_DAY.search(text, start, end)) or election_held(text, start, end) is not None


def claimed_by_other(ctx: ArticleContext, d, etype: str, start: int) -> bool:
    """The date is an election's day ("pilkada serentak 9 Desember 2020", "pemilihan … pada tanggal …"), or the
    last trigger between ``start`` and the date names another kind of happening and the date is introduced by
    "pada/tanggal" within 60 characters of it."""
    text = ctx.text
    if etype != "pemungutan_suara" and election_day_cue(text, max(start, d.start - 90), d.start):
        return True            # (an election's day: "pemilihan … serentak pada tanggal 28 Juni 2022", "pilkada serentak 9 Desember 2020")
    if prepared_day(ctx, d, start):
        return True            # ("persiapan kunjungan kerja Presiden … 23 November 2023": the visit's day)
    if not _DAY_OPENER.search(text, max(0, d.start - 20), d.start):
        return False
    last = None
    for m in triggers(text, max(start, d.start - 60), d.start):
        last = m
    other = trigger_type(last.group(0)) if last is not None else None
    return other is not None and other != etype and not false_trigger(text, last.start())


# a date in a sentence about a legal act dates that act, not the reported event
# ("Perpres itu diteken Presiden pada 10 Oktober", "SK itu ditetapkan tanggal …")
_DOC_DATE = re.compile(r"\b(?:diteken|ditetapkan|diterbitkan|disahkan|diundangkan|terbit|berlaku)\b", re.I)


def lead_date(ctx: ArticleContext, dates, body: int, lead_span: int, etype: str | None = None) -> str | None:
    """The dateline or lead date: the first date of the lead that dates neither an end, a deadline
    nor a document (nor another happening's day: ``claimed_by_other``; nor a noun's past clause:
    ``_of_another_noun``)."""
    text = ctx.text
    for d in dates:
        if d.start >= body + lead_span or not event_day(ctx, d) or after_publication(ctx, d) or planned_day(text, d):
            continue
        if etype and claimed_by_other(ctx, d, etype, body):
            continue
        if d.kind == "partial" and re.fullmatch(r"\d{1,2}\s+[A-Za-z]+", text[d.start:d.end]):
            continue  # "menjadi 17 September": a bare day and month is a plan or a memory, not a dateline
        s, e = sentence(text, d.start, body)
        if not _DOC_DATE.search(text, s, e) and not _of_another_noun(text, s, d):
            return d.iso
    return None


def dated_before(ctx: ArticleContext, dates, start: int) -> str | None:
    """"pada 6 Januari lalu(,) Gubernur telah menghadap …": a date opening the trigger's clause."""
    text = ctx.text
    for d in reversed(dates):
        if d.end <= start and start - d.end <= 80 and event_day(ctx, d) \
                and re.search(r"\b(?:pada|tanggal)\W+$", text[max(0, d.start - 12):d.start], re.I) \
                and not re.search(r"[.;:\n“”\"]", text[d.end:start]):
            return d.iso
        if d.end <= start:
            return None
    return None


def _named_again(ctx: ArticleContext, main, anchor, body: int, quotes):
    """The other triggers of the lead that name the main happening again by a word of its type: (start, end)
    of each, in order (not the anchor, not a false, passing or negated trigger, nothing quoted or boilerplate)."""
    text = ctx.text
    for m in triggers(text, body, min(len(text), body + LEAD_CHARS + 400)):
        s, e = m.start(), m.end()
        if s == anchor.start or trigger_type(m.group(0)) != main.type or false_trigger(text, s) \
                or PASSING.search(text, max(0, s - 30), s) or NEGATED.search(text, max(0, s - 60), s) \
                or not outside(quotes, s, e) or ctx.in_boilerplate(s, e) or reported_result(text, s, main.type) \
                or prepared_at(text, s):
            continue    # ("… tindak lanjut hasil pleno KPU … pada 5 Februari lalu": that earlier meeting's outcome;
            # "rencana kunjungan Presiden … pada Kamis (3/2/2022)": the visit prepared, not the inspection)
        yield s, e


def named_again_date(ctx: ArticleContext, main, anchor, body: int, quotes,
                      dates) -> str | None:
    """"Pengambilan sumpah dan pelantikan X … dijadwalkan Senin (5/2). Acara pelantikan akan berlangsung di …":
    when the anchor's sentence has no date, another sentence of the lead that names the same happening by a
    word of its type (with or without a frame) dates it, before the lead's first date (which may date the
    press conference that announced it)."""
    for s, e in _named_again(ctx, main, anchor, body, quotes):
        day, at = date_near(ctx, dates, s, e, body)
        if day and not any(d.start == at and after_publication(ctx, d) for d in dates):
            return day      # not a plan the sentence reports ("pleno itu membahas pilkada yang dijadwalkan pada …")
    return None


# "rapat persiapan penjemputan bupati yang direncanakan pada Rabu, 5 Maret 2025": a date in a "yang" clause of
# planning dates the noun the clause follows (the welcome being prepared), not the meeting that prepares it
_PLANNED_CLAUSE = re.compile(r"\byang\s+(?:akan\s+)?(?:direncanakan|dijadwalkan|rencananya|akan)\s+(?:\w+\s+)?"
                             r"(?:(?:pada|tanggal)\s+)?(?:hari\s+)?$", re.I)


def own_date_of_planner(ctx: ArticleContext, main, anchor, at: int | None, body: int, quotes,
                        dates) -> str | None:
    """The meeting's own day when the trigger's sentence dates a plan: the anchor's first date closes a
    "yang direncanakan/dijadwalkan" clause of a noun two or more words after the trigger, and another lead
    sentence naming the same happening ("Rapat … dilaksanakan di aula Setda Senin, 3 Maret 2025") gives a
    date that is no plan of its own.  None when there is no such pair (the sentence's date stands)."""
    text = ctx.text
    if at is None or anchor.start < body:
        return None
    cue = _PLANNED_CLAUSE.search(text, max(anchor.end, at - 60), at)
    if cue is None or len(text[anchor.end:cue.start()].split()) < 2:
        return None
    for s, e in _named_again(ctx, main, anchor, body, quotes):
        day, where = date_near(ctx, dates, s, e, body)
        if day and day != main.date and not _PLANNED_CLAUSE.search(text, max(0, where - 60), where) \
                and not re.search(r"\b(?:akan|dijadwalkan|direncanakan|rencananya)\b", text[s:where], re.I):
            return day
    return None


# "Pertemuan itu digelar secara daring dari …, Kamis (4/9/2025)", "Acara ini berlangsung pada Selasa (5/8)": a
# sentence that opens on a generic word for a happening and a demonstrative, then a verb of holding, names the
# happening just reported back and gives its day
_HELD_BACK = re.compile(r"(?:Kegiatan|Acara|Pertemuan|Agenda|Giat|Rapat|Kunjungan|Pelantikan|Peresmian|Apel|Upacara)"
                        r"(?:\s+[\w-]+){0,3}?\s+(?:itu|ini|tersebut)\s+(?:(?:juga|sendiri|pun)\s+)?"
                        r"(?:di(?:gelar|laksanakan|adakan|selenggarakan|langsungkan)|berlangsung)\b")


def held_back_date(ctx: ArticleContext, anchor, body: int, quotes, dates) -> str | None:
    """The day given by the first lead sentence after the anchor's that names its happening back ("Pertemuan
    itu digelar …, Kamis (4/9/2025)"), before the lead's first date, which may date another happening the
    lead's opening mentions or the page's own stamp.  Only a sentence that opens on the phrase counts, and
    only its own date (not one a plan or a quote gives)."""
    text = ctx.text
    _, e0 = sentence(text, anchor.start, body)
    for m in _HELD_BACK.finditer(text, e0, min(len(text), body + LEAD_CHARS + 400)):
        s, e = sentence(text, m.start(), body)
        if text[s:m.start()].strip() or not outside(quotes, s, e) or ctx.in_boilerplate(s, e):
            continue
        day, at = date_near(ctx, dates, m.start(), m.end(), body)
        if day and not any(d.start == at and after_publication(ctx, d) for d in dates):
            return day
    return None


__all__ = ["held_back_date", "own_date_of_planner", "event_day", "after_publication", "date_near", "lead_date", "dated_before", "named_again_date"]
