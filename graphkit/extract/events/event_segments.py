"""Segmentation: the happenings an article reports beside its main event (GUIDELINES: one event per happening).

* ``emit_companions``: a happening of another kind joined to the main one in its sentence ("sekaligus",
  "diikuti dengan", "dibarengi"; ``companions``) is its own event with the same day and people, and the
  next stop of a visit at its own place is one led by who led the visit;
* ``dated_elsewhere``: a happening the body reports with its own day ("dilantik sejak 28 Maret 2024",
  "diserahkan pada Rabu (1/10/2025)") is its own event; ``segment_people`` gives it the officials of
  its sentence and the groups it goes to, and takes them off the main event;
* ``scheduled``: a happening fixed on a full date and said to be still to come ("dijadwalkan akan dilantik
  19 Februari 2019", "pelantikan yang akan digelar pada …") is its own event (GUIDELINES: "fixed on a date");
* ``election_days``: the election process's own day.
Happenings reported without any trigger word are read in ``untriggered``.
"""
from __future__ import annotations

import re

from .companions import companions, joined_later, next_stops, same_day
from ..context import ArticleContext
from .event_candidate import DAY_OPENS, SPLIT_DI, PASSING as _PASSING, VERB_FORM as _VERB_FORM, Candidate as _Candidate, \
    event_id as _event_id
from .event_types import false_trigger, trigger_type, triggers
from .event_frames import superseded_plan
from ..text.sentences import folded, outside, sentence


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
        noun = False
        if found is None and (held := _HELD_ON.search(text, max(body, d.start - 40), d.start)):
            # "pelantikan kepala desa hasil pilkades 2019 itu dilaksanakan sejak 2 Januari 2020": a happening named
            # by its noun, then held on a day, in one clause, took place that day
            for m in triggers(text, max(body, held.start() - 90), held.start()):
                found = m
            noun = found is not None and not _CLAUSE_BREAK.search(text, found.end(), held.start())
            found = found if noun else None
        if found is not None and not _PASSING.search(text[max(0, found.start() - 30):found.start()]) \
                and _dated_candidate(ctx, found, d.iso, quotes, done, out, noun):
            if len(out) == _MAX_DATED:
                break
    return out


_HELD_ON = re.compile(r"\b(?:dilaksanakan|digelar|diselenggarakan|diadakan|dilangsungkan|berlangsung)\s+"
                      r"(?:pada|sejak|tanggal)\W+(?:hari\W+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:,\n“”\"]|\b(?:yang|dan|untuk|akan)\b", re.I)


# GUIDELINES: a happening "fixed on a date, such as … an inauguration on a given day" is an event.  A verb
# trigger is scheduled when "akan"/"dijadwalkan" stands before it and a full date (with its year) right
# after it ("yang dijadwalkan akan dilantik 19 Februari 2019"), or the date opens the clause and "akan"
# follows ("pada tanggal 30 Desember 2018 ia akan dilantik kembali").  A vague plan has no such date.
# ("bakal" is "akan" in many outlets' register: "bakal dilantik Presiden X 20 Februari 2025"; ``PASSING`` reads it so)
_SCHEDULED = re.compile(r"\b(?:dijadwalkan|akan|bakal)\s+(?:\w+\s+)?$", re.I)
# The verb's complements may stand between it and its day, as the clause orders them: its place ("akan
# berkunjung di Kota X, Provinsi Y pada 18 November") and an agent named without "oleh" ("akan dilantik
# Presiden X 20 Februari 2025").  Only names, capitalised words and their commas: a lower-case word is a
# clause going on ("akan dilantik setelah sidang pada …"), whose day need not be the verb's.
_RIGHT_AFTER = re.compile(rf"(?:\s+(?:di|ke|oleh))?(?:\s+[A-Z][\w.'’-]*,?){{0,6}}\s+(?i:{DAY_OPENS})$")
# (the subject may be an abbreviated government: "Pemprov. Sulsel akan menggelar Rakor")
_THEN_AKAN = re.compile(r"[\s,]*(?:(?:[\w-]+|(?:Pem(?:prov|kab|kot)|Kab|Prov)\.)\s+){0,3}?(?:akan|dijadwalkan)\s+"
                        r"(?:kembali\s+)?"
                        r"(?P<hold>(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+)?$", re.I)
# "akan dilantik pekan depan oleh Gubernur X di Makassar pada 15 Februari 2019": the trigger's own clause names
# its agent ("oleh …") and closes, without a break, on "pada/tanggal" and the full date — a happening arranged
# with who and when, not an intention ("Ia akan melantik pejabat pada 10 April 2024" stays a plan)
_CLAUSE_THEN_DAY = re.compile(rf"\s+[^.;:,\n“”\"]{{0,40}}?\boleh\s+[^.;:,\n“”\"]{{0,80}}?\s(?=(?:pada|tanggal|hari)\s){DAY_OPENS}$",
                              re.I)
_MAX_SCHEDULED = 2
# A happening named by its noun, then said to be held, still to come, on the full date that closes its clause:
# "agenda serah terima … yang rencananya akan dilakukan pada Senin, 24 Februari 2025", "Pelantikan <who>
# dijadwalkan Rabu, 31 Oktober 2018".  The noun is the clause's subject (a relative "yang" or the plain
# subject, no comma or other break before "akan/dijadwalkan"), so its day is that date (GUIDELINES: a
# happening fixed on a date is an event).  The nearest noun before the verb is taken: a "yang" clause
# qualifies the noun it follows ("rapat persiapan pelantikan yang akan digelar …" schedules the pelantikan).
_NOUN_THEN_DAY = re.compile(r"(?:\s+(?!(?:yang|akan|dijadwalkan)\b)[^\s.;:,\n“”\"]+){0,10}?\s+(?P<verb>(?:yang\s+)?(?:rencananya\s+)?"
                            rf"(?:akan|dijadwalkan)\s+(?:akan\s+)?(?:(?:{SPLIT_DI}(?:laksanakan|gelar|selenggarakan|adakan|"
                            rf"langsungkan|lakukan)|berlangsung)\s+)?{DAY_OPENS})", re.I)
# the noun's own phrase: a few common words ("memori jabatan") and any names; more, or an active verb, are a
# clause of their own ("agenda pleno itu membahas pilkada yang dijadwalkan …" schedules the pilkada, not the pleno)
_COMMON = re.compile(r"(?<![\w-])[a-z][\w-]*")
_ACTIVE = re.compile(r"(?<![\w-])(?:mem[bp]|men[dtcj]|meng|meny)[a-z]{3,}")
# "dijadwalkan berlangsung 24 Maret hingga 25 April 2025": a span of days, not the day of one happening
_SPAN = re.compile(r"\b(?:hingga|sampai|s\.?d\.?)\b|\s[-–]\s", re.I)


def _noun_scheduled(text: str, body: int, day: int):
    """The noun trigger whose clause schedules it on the date at ``day`` (``_NOUN_THEN_DAY``), or None; a
    verb trigger nearer the date is ``scheduled``'s own case."""
    found = list(triggers(text, max(body, day - 150), day))
    if not found or _VERB_FORM.match(found[-1].group(0)):
        return None
    m = _NOUN_THEN_DAY.fullmatch(text, found[-1].end(), day)
    gap = text[found[-1].end():m.start("verb")] if m else ""
    if m is None or len(_COMMON.findall(gap)) > 3 or _ACTIVE.search(gap):
        return None
    return found[-1]


def scheduled(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list[_Candidate]:
    """Happenings fixed on a full date that the body says are still to come."""
    text = ctx.text
    low = folded(text) or text.lower()
    out: list[_Candidate] = []
    for d in dates:
        if not d.iso or d.kind not in ("written", "numeric", "partial") or d.start < body:
            continue
        before = any(low.find(w, max(0, d.start - 90), d.start) >= 0 for w in ("akan", "dijadwalkan", "bakal"))
        after = any(low.find(w, d.end, d.end + 50) >= 0 for w in ("akan", "dijadwalkan"))
        found = None
        noun = False
        for m in triggers(text, max(body, d.start - 120), d.start) if before else ():   # "… akan dilantik 19 Feb…"
            if (_RIGHT_AFTER.fullmatch(text, m.end(), d.start) or _CLAUSE_THEN_DAY.fullmatch(text, m.end(), d.start)) \
                    and _SCHEDULED.search(text, max(0, m.start() - 30), m.start()):
                found = m
        if found is None and after:                                 # "pada 30 Desember 2018 ia akan dilantik"
            for m in triggers(text, d.end, min(len(text), d.end + 60)):
                if then := _THEN_AKAN.fullmatch(text, d.end, m.start()):
                    found, noun = m, bool(then["hold"])     # "… Senin (4/2/19) Pemprov akan menggelar Rakor"
                break
        if found is None and before and d.iso >= (ctx.published or "")[:10] and not _SPAN.search(text, d.start, d.end):
            found = _noun_scheduled(text, body, d.start)   # "pelantikan yang akan dilaksanakan pada Sabtu (4/11/2023)"
            noun = found is not None
        if found is None:
            continue
        if _dated_candidate(ctx, found, d.iso, quotes, done, out, noun) and len(out) == _MAX_SCHEDULED:
            break
    return out


def _dated_candidate(ctx: ArticleContext, found, iso: str, quotes, done: set, out: list, noun: bool = False) -> bool:
    """Add the happening of a verb-form trigger ``found`` dated ``iso`` to ``out``, unless it is no event
    (not a verb form, a false trigger, boilerplate, inside a quote) or its type already has that day."""
    s, e = found.start(), found.end()
    etype = trigger_type(found.group(0))
    if etype is None or not (noun or _VERB_FORM.match(found.group(0))) or false_trigger(ctx.text, s) \
            or ctx.in_boilerplate(s, e) or not outside(quotes, s, e) or (etype, iso) in done \
            or superseded_plan(ctx.text, s, 0):
        return False    # (an earlier plan the report says moved: "Semula … direncanakan pada …, tetapi …")
    c = _Candidate(etype, s, e, (4, s))
    c.date = iso
    done.add((etype, iso))
    out.append(c)
    return True


# "dilantik … bertepatan dengan kunjungan kerja Gubernur": a happening that only falls on the same time has
# people of its own; who led the main one leads it too, the main one's guests are not said to be there
_COINCIDES = re.compile(r"\bbertepatan\s+dengan\s+(?:[\w-]+\s+){0,2}$", re.I)


def _joined_people(text: str, start: int) -> tuple[str, ...]:
    """The kinds of the main event's people a companion at ``start`` shares."""
    return ("LED",) if _COINCIDES.search(text, max(0, start - 50), start) else ("LED", "ATTENDED")


def emit_companions(ctx: ArticleContext, main: _Candidate, anchor: _Candidate, quotes) -> None:
    """Events joined to the main one in its sentence ("… sekaligus halal bihalal"): same day, same people."""
    text = ctx.text
    found = [(*f, _joined_people(text, f[1])) for f in companions(ctx, anchor.start, anchor.end, main.type, quotes)]
    _, anchor_end = sentence(text, anchor.end, 0)
    found += [(*f, _joined_people(text, f[1])) for f in joined_later(ctx, main.type, anchor_end, quotes)
              if f[0] not in {t for t, _, _, _ in found}]
    # the next stop of a visit has its own participants: only who led the visit goes on to it
    found += [(*f, ("LED",)) for f in next_stops(ctx, main.type, anchor.end, quotes)
              if f[0] not in {t for t, _, _, _ in found}]
    found += [(*f, ("LED",)) for f in same_day(ctx, main.type, anchor.end, quotes)
              if f[0] not in {t for t, _, _, _ in found}]
    if not found:
        return
    main_id = _event_id(ctx, main.type, main.date)
    people = [(type_, source) for type_, source, target, _ in ctx.graph.edges     # (keys: type, source, target, _)
              if type_ in ("LED", "ATTENDED") and target == main_id]
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
             r"gubernur|wali\s*kota|walikota|presiden|legislatif|anggota)|pemilihan|pemungutan\s+suara|pencoblosan|"
             # the voter's act: "ke TPS memberikan hak suara mereka pada 9 Desember", "mencoblos pada …"
             r"(?:memberikan|menggunakan|menyalurkan)\s+hak\s+(?:suara|pilih)|mencoblos)")
# (no comma in the gap but before an apposition: in "kesiapan pemilu tahun ini, pada Jumat (20/11)" the day
# closes the sentence's main clause, the visit, not the election's noun phrase)
_ELECTION_THEN_DAY = re.compile(rf"\b{_ELECTION}\b(?:[^.;:,\n“”\"]{{0,50}}?(?:,\s*(?:yang\s+[^.;:,\n“”\"]{{0,40}}?(?=pada|tanggal|jatuh)|(?=tepatnya|yakni|yaitu)))?\b(?:pada|tanggal|jatuh\s+pada|(?:tepatnya|yakni|yaitu)(?:\s+pada)?)\s+(?:hari\s+)?|"
                                rf"(?:\s+serentak)?\s+)$", re.I)   # "… pada 9 Desember", "pemilihan 9 Desember"
# "Mendagri menyampaikan bahwa pilkada serentak tetap dilaksanakan 9 Desember 2020": the election as the subject
# of a verb of holding names its day as "pada" does; not when the election word only qualifies a happening named
# before it in the clause ("rapat persiapan pilkada digelar Rabu (15/1)": the meeting's day)
_ELECTION_HELD = re.compile(rf"\b{_ELECTION}\b(?:\s+serentak)?(?:\s+(?:19|20)\d\d)?(?:\s+(?:tetap|juga|akan|tetap\s+akan))?"
                            r"\s+(?:di(?:laksanakan|selenggarakan|langsungkan|gelar)|berlangsung)\s+(?:pada\s+)?"
                            r"(?:tanggal\s+)?(?:hari\s+)?$", re.I)
_CLAUSE_HEAD = re.compile(r"[^.;:,\n“”\"]{0,60}$")


def election_held(text: str, start: int, end: int):
    """The "pilkada … dilaksanakan <date>" cue closing on ``end``, when no event trigger opens its clause."""
    m = _ELECTION_HELD.search(text, start, end)
    if m is None:
        return None
    head = _CLAUSE_HEAD.search(text, max(0, m.start() - 60), m.start())
    return None if head is not None and any(True for _ in triggers(text, head.start(), m.start())) else m


_DAY_THEN_ELECTION = re.compile(rf"[^.;:\n]{{0,50}}?\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+"
                                rf"{_ELECTION}\b", re.I)
_DAY_BEFORE = re.compile(r"\b(?:pada|tanggal)\s+(?:hari\s+)?$", re.I)
_PROPOSED = re.compile(r"\b(?:usul(?:an)?|rencana|wacana|memajukan|memundurkan|diundur|dimajukan)\b", re.I)
_ELECTION_WORDS = ("pilkada", "pilkades", "pilbup", "pilgub", "pilwalkot", "pemilu", "pemilihan", "pemungutan",
                   "pencoblosan", "hak suara", "hak pilih", "mencoblos")


def election_days(ctx: ArticleContext, body: int, done: set) -> None:
    """A pemungutan_suara event for each election day the text fixes (whoever says it: the day is a fact
    of the process): an election word then "pada/tanggal" and the day, or "pada/tanggal" and the day then a
    body that holds the election, in one clause."""
    from ..text.dates import find_dates
    text = ctx.text
    low = folded(text) or text.lower()      # (the article's lower case, kept by the other scans)
    if not any(w in low for w in _ELECTION_WORDS):
        return
    for d in find_dates(text, ctx.published):
        if not d.iso or d.start < body or d.kind == "relative" or ctx.in_boilerplate(d.start, d.end) \
                or ("pemungutan_suara", d.iso) in done:
            continue
        before = _ELECTION_THEN_DAY.search(text, max(body, d.start - 90), d.start)
        after = _DAY_BEFORE.search(text, max(0, d.start - 12), d.start) and \
            _DAY_THEN_ELECTION.match(text, d.end, min(len(text), d.end + 90))
        cue = before or after or election_held(text, max(body, d.start - 90), d.start)
        if not cue or _PROPOSED.search(text, max(0, cue.start() - 40), cue.end()):
            continue
        done.add(("pemungutan_suara", d.iso))
        eid = _event_id(ctx, "pemungutan_suara", d.iso)
        ctx.node(eid, "Event", d.start, d.end, type="pemungutan_suara", date=d.iso, name="Pemungutan suara",
                 region=ctx.region)
        if ctx.region:
            ctx.edge("IN_REGION", eid, f"region:{ctx.region}", d.start, d.end)


__all__ = ["scheduled", "dated_elsewhere", "election_days", "emit_companions"]
