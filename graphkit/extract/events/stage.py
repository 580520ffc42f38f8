"""Events (typed, dated, with venue and region) and who led or attended them.

A regional news article usually reports one event — an apel, an audiensi, a
rakor — in its headline and lead, with a date and a place, and names who led
it and who came.  The scorer, and a reader, count an Event only when its type
and date are right, so this stage is deliberately conservative:

* the event type comes from trigger words (``event_types.TRIGGERS``) found in
  the headline or the lead paragraphs, outside quoted speech; the headline
  wins, then the earliest trigger in the lead.  Receiving someone ("saat
  menerima Bupati X", "menerima kunjungan rombongan …") is an audiensi, and
  turns a kunjungan_kerja headline into one: the visit was received, not made.
  A lead without a trigger may still report its event further down, as a
  verb with its own date ("Selain meninjau …, Selasa (10/9/2024)");
* its date is the first date in the trigger's sentence that is not a closing
  or due date ("ditutup pada", "paling lambat", "hingga"), else the first
  date of the lead that dates neither a legal act ("Perpres itu diteken pada")
  nor a plan after publication; dates inside quotations never count.  Before
  the lead's date, another lead sentence naming the same happening may date
  it; an unresolvable "kemarin" in the trigger's sentence, or a happening the
  report counts its day from ("hari kedua setelah dilantik"), leaves it null.  No
  date → ``date`` null: the publication date only resolves relative forms
  ("kemarin") and day-month dates ("Rabu (15/1)") in their own year;
* a second event is kept only when another trigger carries its own date right
  after it ("… yang dilantik pada 27 September 2020", "rapat serupa digelar
  pada 6 Januari lalu"), even of the main event's type; so is one fixed on a
  full date still to come ("dijadwalkan akan dilantik 19 Februari 2019");
* a lead with no trigger may report a happening without one (``untriggered``);
* the venue is the first "di/bertempat di <Pendopo|Aula|Gedung|Hotel …> Name"
  of the lead; LED and ATTENDED of the main event come from ``participants``.

The lead's candidate triggers are found in ``lead_triggers`` and a second event is chosen in
``event_choice``; this module decides the main event, dates it and emits the nodes and edges.
"""
from __future__ import annotations

import functools
import re

from ..context import ArticleContext
from ..text.dates import find_dates
from .event_candidate import LEAD_CHARS, Candidate as _Candidate, event_id as _event_id
from .event_dates import date_near, own_date_of_planner, held_back_date, lead_date, named_again_date
from .event_segments import dated_elsewhere, election_days, emit_companions, scheduled
from .segment_people import keep_to_own_sentences, sentence_attendees
from .visit_agenda import visit_attendees, visit_parts
from .series import day_first, day_first_actors, past_dated, past_participants, series_cued, series_days
from .held_at_place import held_at_place
from .held_later import held_later
from .untriggered import arrival_candidate, cued_candidate, doer_led, done_at_venue, held_candidate, held_on_day
from .announced import announced_day, quoted_schedule, still_to_come
from .presence_lead import presence_candidate
from .prepared import drop_prepared_people, prepared_at, prepared_events, prepared_leaders
from .event_frames import drop_past_year_leaders
from .event_heads import head_type
from .event_types import trigger_type, triggers
from .event_choice import _later_same_type, _received_visit, _second_event
from .happening_cues import VENUE_RE
from .lead_triggers import _candidates, _late_candidate, _title_types
from ..names.word_forms import slug
from .participants import participants
from .roles import decide_roles
from .speech_reported import speech_attendees
from .organisers import inducting_head
from .council_chair import council_chair
from .post_speakers import post_speakers
from ..statements.quotes import find_quotes
from ..text.sentences import outside, sentence


# "hari kedua setelah dilantik", "sehari usai pelantikan", "seminggu jelang pelantikan": the report's own day is
# counted from that happening, which took place on another day the text does not give
_DAYS_APART = re.compile(r"\b(?:hari\s+(?:ke-?\s*\w+|pertama|kedua|ketiga)|sehari|(?:dua|tiga|empat|lima|beberapa)\s+"
                         r"(?:hari|pekan|minggu|bulan)|seminggu|sepekan|sebulan)\s+(?:setelah|usai|seusai|pasca|"
                         r"sesudah|sebelum|jelang|menjelang)\s+$", re.I)


def _body_start(ctx: ArticleContext) -> int:
    """Offset after the headline when the text opens with it (a .txt file), else 0."""
    title = (ctx.article.title or "").strip()
    if not title:
        return 0
    at = ctx.text.find(title, 0, 400 + len(title))
    return at + len(title) if at >= 0 else 0


# a recent day the report does not state: "baru-baru ini", "belum lama ini", "beberapa waktu lalu"
_VAGUE_WHEN = re.compile(r"\b(?:baru-baru\s+ini|belum\s+lama\s+ini|beberapa\s+(?:waktu|hari|pekan|minggu)\s+"
                         r"(?:yang\s+)?lalu)\b", re.I)


def extract_events(ctx: ArticleContext) -> None:
    """Add Event and Venue nodes and LED, ATTENDED, HELD_AT, IN_REGION edges."""
    text = ctx.text
    body = _body_start(ctx)
    # quotations and dates are found only when asked for: most articles report no event in their lead
    quotes_of = functools.cache(lambda: [(q.start, q.end) for q in find_quotes(text)])
    cands = _candidates(ctx, body, quotes_of)
    headline = _title_types(ctx, body)
    for c in cands:
        if c.type in headline:
            c.rank = (0, c.rank[1])
    for etype in sorted(headline - {c.type for c in cands}):
        # a headline outside the text: the event has no span of its own to point at
        cands.append(_Candidate(etype, -1, -1, (0, -1)))
    # a date inside a quotation dates what the speaker talks about ("hari ini kami …"), not the event
    dates_of = functools.cache(lambda: [d for d in find_dates(text, ctx.published) if d.start >= body and not
                                        ctx.in_boilerplate(d.start, d.end) and outside(quotes_of(), d.start, d.end)])
    if not cands:
        late = presence_candidate(ctx, body, quotes_of, dates_of) \
            or _late_candidate(ctx, body, quotes_of, dates_of) or _cued_or_held(ctx, body, quotes_of, dates_of) \
            or held_on_day(ctx, body, quotes_of, dates_of) \
            or done_at_venue(ctx, body, quotes_of, dates_of) or arrival_candidate(ctx, body, quotes_of, dates_of) \
            or held_at_place(ctx, body, quotes_of, dates_of)
        if late is None:
            election_days(ctx, body, set())
            # "debat … dijadwalkan pada 30 Oktober, 13 November, dan 20 November 2024": days fixed for a
            # happening the article reports only as planned are events of their own
            done: set = set()
            extras = series_days(ctx, body, quotes_of(), dates_of(), done) if series_cued(text, body) else []
            # "Senin (4/2/19) Pemprov akan menggelar Rakor …", "akan dilantik … pada 15 Februari 2019": a report
            # of happenings still to come, each fixed on its day, has those for its events
            ahead = scheduled(ctx, body, quotes_of(), dates_of(), done) + quoted_schedule(ctx, body, quotes_of(), done)
            prepared = prepared_events(ctx, body, quotes_of(), dates_of(), done)
            for extra in extras + ahead + prepared:
                _emit(ctx, extra, extra, body, quotes_of(), primary=False)
            for extra in ahead:
                sentence_attendees(ctx, extra, quotes_of())
            prepared_leaders(ctx, body, quotes_of(), dates_of())
            return
        if late.type == "other" and late.start >= 0:
            # "membuka Forum Lintas Sektor …", "menghadiri debat kedua pasangan calon": the object's head noun types it
            s, e = sentence(text, late.start, body)
            late.type = head_type(text, max(s, late.start - 60), min(e, late.end + 120)) or late.type
        cands = [late]
    quotes, dates = quotes_of(), dates_of()
    cands.sort(key=lambda c: c.rank)
    main = cands[0]
    if main.rank[0] == 0:
        # several headline types ("Bertepatan dengan Haul …, Kapolres Launching Buku"): the one the lead
        # reports first is the article's happening, the others set the scene
        in_body: dict[str, int] = {}
        for m in triggers(text, body, min(len(text), body + LEAD_CHARS)):   # the lead's words, as written
            if (t := trigger_type(m.group(0))) is not None and not prepared_at(text, m.start()):
                in_body.setdefault(t, m.start())    # (not "rapat persiapan kunjungan …": the visit is to come)
        heads = [c for c in cands if c.rank[0] == 0 and c.type in in_body]
        if heads:
            main = min(heads, key=lambda c: (in_body[c.type], c.rank))
        elif main.type == "other" and "other" not in in_body:
            # headline "… Saat Syukuran", lead "melakukan kunjungan kerja … menghadiri acara pesta panen": a
            # headline's untyped happening the lead does not name is the scene of the typed one it reports
            # (GUIDELINES: the most specific type the text supports)
            typed = [c for c in cands if c.rank[0] == 1 and c.type != "other"]
            main = min(typed, key=lambda c: c.rank) if typed else main
        main = _received_visit(main, cands, in_body)
    specific = [c for c in cands if c.type in ("rapat_kerja", "rapat_koordinasi")]
    if main.type == "rapat" and specific and main.start >= 0 and text[main.start:main.end].lower() == "rapat":
        main.type = specific[0].type    # "Gelar Rapat …" headline, "menggelar rapat kerja" lead: the lead says which
    # the main event's date: in the sentence of its first body trigger, else the first date of the lead
    body_hits = [c for c in cands if c.type == main.type and c.start >= body and not prepared_at(text, c.start)]
    anchor = body_hits[0] if body_hits else main
    if any(c.start >= 0 and _DAYS_APART.search(text, max(0, c.start - 50), c.start) for c in (main, anchor)):
        main.lead_dated = False     # "Hari Kedua Setelah Dilantik": that happening was on another, unstated day
    elif anchor.start >= 0:
        main.date, at = date_near(ctx, dates, anchor.start, anchor.end, body, main.type)
        if main.date and (own := own_date_of_planner(ctx, main, anchor, at, body, quotes, dates)):
            main.date = own     # "rapat persiapan X yang direncanakan pada …": that date is X's
    if main.date is None and main.lead_dated and anchor.start >= 0:
        s, e = sentence(text, anchor.start, body if anchor.start >= body else 0)
        if any(s <= d.start < e and d.kind == "relative" and not d.iso for d in dates) \
                or _VAGUE_WHEN.search(text, s, e):
            # "… pada acara resepsi …, kemarin": its day is that unknown one; "… baru-baru ini menandatangani
            # nota kesepakatan": the report says its day is some recent, unstated one
            main.lead_dated = False
        else:
            main.date = named_again_date(ctx, main, anchor, body, quotes, dates) \
                or held_back_date(ctx, anchor, body, quotes, dates)
    if main.date is None and main.lead_dated:
        main.date = lead_date(ctx, dates, body, LEAD_CHARS + 400, main.type)
    if main.rank[0] == 0 and not body_hits and \
            still_to_come(text, body, min(len(text), body + LEAD_CHARS), main.type, quotes):
        # "Pelantikan … Dihelat Pekan Depan" / "akan dilantik": the lead's day is the announcement's
        main.date = announced_day(text, ctx.published, body, min(len(text), body + 2 * LEAD_CHARS + 200), main.type)
    events = [(main, anchor)]
    second = _second_event(ctx, cands + _later_same_type(ctx, main, body, quotes), main, anchor, dates, body)
    if second is not None:
        events.append((second, second))
    for ev, at in events:
        _emit(ctx, ev, at, body, quotes, primary=ev is main)
    if main.named_at is not None:     # "X melakukan safari … . Safari itu dihadiri …": X did it
        doer_led(ctx, _event_id(ctx, main.type, main.date), main.named_at, body)
    drop_past_year_leaders(ctx, _event_id(ctx, main.type, main.date), main.date, body)
    if anchor.start >= 0 and main.date:   # an undated companion could not be told from another day's
        emit_companions(ctx, main, anchor, quotes)
    done = {(ev.type, ev.date) for ev, _ in events}
    extras = [ev for ev, _ in events[1:]]
    election_days(ctx, body, done)
    past = past_dated(ctx, body, quotes, dates, done)
    firsts = day_first(ctx, main.type, body, quotes, dates, done)
    for extra in dated_elsewhere(ctx, body, quotes, dates, done) + scheduled(ctx, body, quotes, dates, done) \
            + quoted_schedule(ctx, body, quotes, done) \
            + series_days(ctx, body, quotes, dates, done) + firsts + past \
            + held_later(text, main.type, main.date, body, quotes, done):
        _emit(ctx, extra, extra, body, quotes, primary=False)
        extras.append(extra)
    prepared = prepared_events(ctx, body, quotes, dates, done)   # "persiapan kunjungan kerja X … 23 November 2023"
    for extra in prepared:
        _emit(ctx, extra, extra, body, quotes, primary=False)
    parts = visit_parts(ctx, main, body, quotes, done)       # "melakukan kunjungan kerja … Agenda pertama …"
    for extra, _ in parts:
        _emit(ctx, extra, extra, body, quotes, primary=False)
    visit_attendees(ctx, parts)
    for extra in extras:
        sentence_attendees(ctx, extra, quotes)
    prepared_leaders(ctx, body, quotes, dates)
    day_first_actors(ctx, firsts)
    for extra in past:
        past_participants(ctx, extra, _event_id(ctx, main.type, main.date))
    if extras:
        keep_to_own_sentences(ctx, _event_id(ctx, main.type, main.date), extras)
    post_speakers(ctx, _event_id(ctx, main.type, main.date), body, quotes)
    one_group_per_body(ctx, _event_id(ctx, main.type, main.date))
    speech_attendees(ctx, _event_id(ctx, main.type, main.date), anchor.start, body, quotes)
    inducting_head(ctx, _event_id(ctx, main.type, main.date), body, quotes)   # (after every attendee is read)
    council_chair(ctx, _event_id(ctx, main.type, main.date), body)          # (after every other leader's rule)
    decide_roles(ctx, _event_id(ctx, main.type, main.date), anchor.start, body, quotes)
    drop_prepared_people(ctx, _event_id(ctx, main.type, main.date), anchor.start, body, quotes, dates)


def _cued_or_held(ctx: ArticleContext, body: int, quotes_of, dates_of) -> _Candidate | None:
    """The lead's untyped happening: a cue ("Turnamen voli antardesa dibuka oleh Camat") that neither the headline
    types nor a pointer back dates says nothing of its day; a clause of holding with its own day ("Karang Taruna
    mengadakan turnamen voli, Sabtu (3/5/2025)") tells the same happening with it, so that reading goes first."""
    cued = cued_candidate(ctx, body, quotes_of)
    if cued is not None and (cued.type != "other" or cued.lead_dated):
        return cued
    held = held_candidate(ctx, body, quotes_of, dates_of)
    return held if held is not None else cued


def one_group_per_body(ctx: ArticleContext, event_id: str) -> None:
    """"Kepala OPD" listed as present and "OPD" addressed later are one group of people: the body's
    heads stand for it, the bare body word is not a second attendee."""
    heads = {e.source for e in ctx.graph.edges.values() if e.type == "ATTENDED" and e.target == event_id
             and e.source.startswith("org:kepala-")}
    for h in heads:
        ctx.graph.edges.pop(("ATTENDED", "org:" + h[len("org:kepala-"):], event_id, ""), None)


def _emit(ctx: ArticleContext, ev: _Candidate, at: _Candidate, body: int, quotes, primary: bool) -> None:
    text = ctx.text
    eid = _event_id(ctx, ev.type, ev.date)
    venue = _venue(ctx, body) if primary else None
    span = (at.start, at.end) if at.start >= 0 else (None, None)
    name = ev.name or (" ".join(text[ev.start:ev.end].split()) if ev.start >= 0 else ev.type.replace("_", " "))
    ctx.node(eid, "Event", *span, type=ev.type, date=ev.date, name=name[:1].upper() + name[1:],
             region=ctx.region, venue=venue[1] if venue else None)
    if ctx.region:
        ctx.edge("IN_REGION", eid, f"region:{ctx.region}", *span)
    if venue:
        vid, vname, vs, ve = venue
        ctx.node(vid, "Venue", vs, ve, name=vname, region=ctx.region)
        ctx.edge("HELD_AT", eid, vid, vs, ve)
        if ctx.region:
            ctx.edge("IN_REGION", vid, f"region:{ctx.region}", vs, ve)
    if not primary:
        return
    participants(ctx, eid, at.start, body, body + LEAD_CHARS + 400, quotes)


def _venue(ctx: ArticleContext, body: int) -> tuple[str, str, int, int] | None:
    text = ctx.text
    for m in VENUE_RE.finditer(text, body, min(len(text), body + LEAD_CHARS + 400)):
        if ctx.in_boilerplate(m.start(), m.end()):
            continue
        raw = re.sub(r"(?:\s+(?:dan|&))+$", "", m.group("name"))
        name = " ".join(raw.split())
        if len(name.split()) < 2:
            continue
        vid = f"venue:{slug(name)}" + (f":{ctx.region}" if ctx.region else "")
        return vid, name, m.start("name"), m.start("name") + len(raw)
    return None


__all__ = ["extract_events"]
