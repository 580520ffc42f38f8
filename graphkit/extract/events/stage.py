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
"""
from __future__ import annotations

import functools
import re

from ..context import ArticleContext
from ..text.dates import find_dates
from .event_candidate import LEAD_CHARS, NEGATED, PASSING as _PASSING, VERB_FORM as _VERB_FORM, Candidate as _Candidate, \
    event_id as _event_id
from .event_dates import date_near, own_date_of_planner, dated_before, held_back_date, lead_date, named_again_date
from .event_segments import (dated_elsewhere, election_days, emit_companions, keep_to_own_sentences, scheduled,
                             sentence_attendees)
from .visit_agenda import visit_attendees, visit_parts
from .series import day_first, day_first_actors, past_dated, past_participants, series_cued, series_days
from .untriggered import arrival_candidate, cued_candidate, doer_led, done_at_venue, held_candidate, held_on_day
from .announced import announced_day, quoted_schedule, still_to_come
from .event_frames import drop_past_year_leaders, first_person, reported_result
from .event_types import TRIGGERS, VENUE_RE, false_trigger, may_occur, receptions, trigger_type, triggers
from ..names.names import slug
from .participants import participants
from .roles import decide_roles
from ..statements.quotes import find_quotes
from ..text.sentences import outside, sentence


# a noun trigger names a happening only in these frames: "menggelar rakor", "saat apel", "dalam acara audiensi"
_CONTEXT_BEFORE = re.compile(
    r"\b(?:menggelar|gelar|digelar|mengadakan|adakan|melaksanakan|laksanakan|melakukan|lakukan|menyelenggarakan|"
    r"memimpin|pimpin|membuka|buka|dibuka|menghadiri|hadiri|menyaksikan|saksikan|mengikuti|ikuti|ikut|saat|usai|"
    r"selepas|seusai|ketika|"
    r"kala|dalam|acara|kegiatan|rangka|sebelum|sesudah|setelah|sambutan(?:nya)?|pidato(?:nya)?|"
    # what a celebration opens with is a happening of it: "HUT Kota X dirayakan … Diawali dengan Upacara …"
    r"diawali|dimulai|didahului|"
    # the ceremony's inspector names the ceremony he inspects: "bertindak sebagai Irup pada upacara HUT …"
    r"(?:irup|inspektur\s+upacara|pembina\s+(?:apel|upacara))\s+pada|"
    # ... or is named as its inspector: "menjadi Inspektur Upacara Apel Gelar Pasukan …", "selaku pembina apel"
    r"inspektur|pembina)"
    r"\s+(?:\w+\s+){0,2}$", re.I)
# "Hal itu disampaikan(nya) pada audiensi …": what was said was said at the event
_SAID_AT = re.compile(r"\b(?:disampaikan|diungkapkan|dikatakan|ditegaskan|dijelaskan|dipaparkan)(?:nya)?\s+"
                      r"(?:[\w.]+\s+){0,4}?(?:pada|di\s+sela(?:-sela)?|di\s+hadapan\s+peserta)\s+(?:\w+\s+)?$", re.I)
# (its purpose may come between: "Rapat Paripurna DPRD dalam rangka Hari Ulang Tahun (HUT) Kabupaten X Ke-23 yang digelar")
# (or the anniversary it marks: "Upacara peringatan hari jadi Kabupaten X ke-60 berlangsung sederhana")
# (or the partner it is held with: "Audiensi dengan Gubernur Riau (Gubri) Syamsuar digelar DPD …")
_CONTEXT_AFTER = re.compile(r"^\s*(?:[\w()-]+\s+){0,3}?(?:(?:dengan|bersama|antara)\s+(?:[\w().,-]+\s+){1,6}?)?(?:(?:dalam\s+rangka|untuk\s+memperingati|hari\s+jadi|(?<=hari\s)jadi|(?:hari\s+)?ulang\s+tahun|hut)\s+(?:[\w()\u2013-]+\s+){1,14}?)?"
                            r"(?:yang\s+)?(?:digelar|dilaksanakan|berlangsung|diselenggarakan|"
                            r"diadakan|dipimpin|dibuka|dihadiri|diikuti|dilangsungkan|bertempat|dilakukan)\b", re.I)
# "Penyerahan SK Plh Bupati kepada X oleh Gubernur Y pada Minggu (…)": a deed named as a noun with its agent
# ("oleh" and a capitalised name or title) within its phrase is reported as done by that agent
_AGENT_AFTER = re.compile(r"\s+(?:[\w().-]+\s+){1,10}?oleh\s+(?=[A-Z])")
# a visit whose doer is the public at large: "menarik minat wisatawan datang berkunjung", "warga yang berkunjung"
_VISITORS_AT_LARGE = re.compile(r"\b(?:wisatawan|turis|pelancong|pengunjung|orang(?:-orang)?|masyarakat|warga|pemudik)"
                                r"\s+(?:(?:yang|untuk|mau|ingin|datang|akan|bisa|dapat|banyak)\s+){0,3}$", re.I)
# a trigger inside a proper name is not an event: "Ruang Rapat Lingae", "Badan Pendidikan dan Pelatihan"
_PARIPURNA = re.compile(r"\s+[Pp]aripurna")  # a trigger in a name still counts before "paripurna"
_IN_NAME = re.compile(r"(?:\b(?:[Rr]uang(?:an)?|[Gg]edung|Badan|Dinas|Kantor|Balai|Pusat|Lembaga|Bidang|Bagian|Sub)"
                      r"(?:\s+[A-Z][\w,]*){0,4}(?:\s+dan)?\s+)$")





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


def _title_types(ctx: ArticleContext, body: int) -> set[str]:
    """Event types named by a headline that is not part of the text (JSON records)."""
    title = ctx.article.title or ""
    if body or not title:
        return set()
    return {t for m in triggers(title) if (t := trigger_type(m.group(0)))
            and not _PASSING.search(title[max(0, m.start() - 30):m.start()])
            and not _TOPIC_OF.search(title, max(0, m.start() - 40), m.start())}


# "Bahas Pelaksanaan Pelantikan …", "Persiapan Pelantikan …", "Jelang Peresmian …": a headline's happening governed by
# a verb or noun of preparing or discussing is the topic of the reported meeting, yet to come, not the happening
# ... and so is one the headline says is scheduled: "Gubernur Dijadwalkan Jadi Inspektur Upacara HUT …", "Bupati
# Akan Resmikan …" (the report is of what happens before it)
_TOPIC_OF = re.compile(r"\b(?:bahas|membahas|dibahas|persiapan|persiapkan|mempersiapkan|siapkan|menyiapkan|siap|jelang|"
                       r"menjelang|dijadwalkan|direncanakan|rencananya|akan|bakal)\s+(?:[\w-]+\s+){0,2}$", re.I)



# a happening someone is told to hold: a directive verb, its addressee, then "untuk/agar/supaya" and the deed
_DIRECTED = re.compile(r"\b(?:mengingatkan|meminta|mengimbau|menghimbau|menginstruksikan|memerintahkan|mendorong|"
                       r"menyarankan|mengajak|menekankan|menugaskan|menginstruksikan)\b[^.;:!?\n“”\"]{0,120}?"
                       r"\b(?:untuk|agar|supaya)\s+(?:(?:segera|secepatnya|bisa|dapat|terus|lebih|aktif|rutin|gencar)\s+)*"
                       r"(?:melakukan|melaksanakan|menggelar|mengadakan|menyelenggarakan|ikut|mengikuti)?\s*$", re.I)


# a sentence opening on what came before ("Setelah rapat kerja …, dua raperda disahkan dalam rapat paripurna")
_OPENS_WITH_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[–—-]\s+)(?:Setelah|Usai|Seusai|Sesudah|Pasca)\s+$")


# a visit named by its purpose: "kunjungan silaturahmi", "kunjungan (tersebut) dalam rangka silaturahmi …"
_VISIT_FOR_SILATURAHMI = re.compile(r"\bkunjungan(?:\s+(?:ini|itu|tersebut))?\s+(?:dalam\s+rangka\s+|untuk\s+)?"
                                    r"(?:ber)?(?:silaturahmi|silaturahim|silaturrahmi|silaturrahim|silahturahmi)\b"
                                    r"(?!\s+(?:sekaligus|serta|dan)\s+(?:me|mem|men|meng|meny)[a-z]+)", re.I)
# (… "silaturahmi sekaligus menjajaki kerja sama": a visit with business of its own is named by that business)
_VISIT_WORD = re.compile(r"kunjungan", re.I)


# a going that names no happening ("turun langsung", "turun ke lapangan") and, in its clause, the deed it is for
_GOING_DOWN = re.compile(r"turun\b", re.I)
_FOR_PURPOSE = re.compile(r"[^.;:!?\n“”\"]{0,120}?\b(?:untuk|guna)\s+(?:(?:langsung|secara\s+langsung|ikut)\s+)?", re.I)


def may_visit_for_silaturahmi(text: str, start: int, end: int) -> bool:
    """The lead names its visit by the purpose silaturahmi (the cheap word test first)."""
    return ("ilatur" in text[start:end] or "ilahtur" in text[start:end]) and bool(_VISIT_FOR_SILATURAHMI.search(text, start, end))


# a recent day the report does not state: "baru-baru ini", "belum lama ini", "beberapa waktu lalu"
_VAGUE_WHEN = re.compile(r"\b(?:baru-baru\s+ini|belum\s+lama\s+ini|beberapa\s+(?:waktu|hari|pekan|minggu)\s+"
                         r"(?:yang\s+)?lalu)\b", re.I)
# between "upacara" and the deed it holds: nothing, or one more deed joined by "dan" ("pengiriman dan pelepasan")
_CEREMONY_OF = re.compile(r"\s+(?:[a-z]+\s+dan\s+)?")
# "diresmikan melalui penandatanganan …", "dikukuhkan lewat rapat paripurna": the means of a deed
_BY_MEANS = re.compile(r"\s+(?:melalui|lewat)\s+", re.I)


_SPEAKER_WORDS = re.compile(r"\b(?:kita|kami|saya|aku)\b", re.I)   # the cheap test before ``first_person``


def _candidates(ctx: ArticleContext, body: int, quotes_of) -> list[_Candidate]:
    """Lead triggers that name a happening.  ``quotes_of()`` gives the quotation spans; it is asked
    last, only for a trigger that passes every other (pure) test, so articles without one never find
    their quotations here."""
    text = ctx.text
    lead_end = min(len(text), body + LEAD_CHARS)
    nl = text.find("\n\n", lead_end)
    lead_end = lead_end if nl < 0 else min(nl, lead_end + 400)
    found: list[_Candidate] = []
    for m in triggers(text, 0, lead_end):
        s, e = m.start(), m.end()
        etype = trigger_type(m.group(0))
        before = text[max(0, s - 60):s]
        if etype is None or _PASSING.search(before[-30:]) or false_trigger(text, s):
            continue
        if _TOPIC_OF.search(before):
            continue        # "rapat persiapan pelantikan", headline "Bahas Pelaksanaan Pelantikan": the meeting's topic
        if reported_result(text, s, etype):
            continue        # "penyampaian hasil reses", headline "Sampaikan Reses": an earlier visit's results
        if _IN_NAME.search(before) and not _PARIPURNA.match(text[e:e + 12]) \
                and not (text[s].islower() and _VERB_FORM.match(m.group(0))):
            # (a verb in lower case after the name is the sentence's predicate: "Dinas Sosial Kota X memberikan
            # bantuan …", not a word of the name)
            continue
        if NEGATED.search(before):
            continue
        if etype == "kunjungan_kerja" and _VISITORS_AT_LARGE.search(before):
            continue        # "menarik minat wisatawan datang berkunjung": the public's visits, no official's happening
        if "untuk" in before or "agar" in before or "supaya" in before:
            if _DIRECTED.search(text, max(0, s - 160), s):
                continue        # "mengingatkan pimpinan OPD untuk secepatnya melakukan sosialisasi": an order, not a happening
        in_title = s < body
        if not in_title and not (_VERB_FORM.match(m.group(0)) or _CONTEXT_BEFORE.search(before)
                                 or _CONTEXT_AFTER.match(text[e:e + 160]) or _SAID_AT.search(before)
                                 or _AGENT_AFTER.match(text, e, e + 120)):
            continue
        if ctx.in_boilerplate(s, e) or not outside(quotes_of(), s, e):
            continue
        if not in_title and _SPEAKER_WORDS.search(before) and first_person(text, sentence(text, s, body)[0], s):
            continue        # "Ya sejauh ini kita masih melakukan rapat …": unmarked speech, what the speaker talks about
        # "Setelah rapat kerja dengan OPD, dua raperda disahkan dalam rapat paripurna …": a happening the
        # sentence opens with as its background ranks after the one it reports
        behind = not in_title and _OPENS_WITH_BEFORE.search(text, max(0, s - 30), s)
        found.append(_Candidate(etype, s, e, (0 if in_title else 1, s + len(text) if behind else s)))
    for m in receptions(text, lead_end):
        s, e = m.start(), m.end()
        if not ctx.in_boilerplate(s, e) and not _PASSING.search(text[max(0, s - 30):s]) \
                and not any(c.start <= s < c.end for c in found) and outside(quotes_of(), s, e):
            found.append(_Candidate("audiensi", s, e - 1, (0 if s < body else 1, s)))
    if any(c.type == "audiensi" and re.match(r"(?:menerima|terima)\b", text[c.start:c.end], re.I) for c in found):
        # "Bupati menerima kunjungan kerja Komisi II": a visit received is the head's audiensi
        for c in found:
            if c.type == "kunjungan_kerja" and re.match(r"kunjungan|kunker", text[c.start:c.end], re.I):
                c.type = "audiensi"
    for c in found:
        if c.type == "kunjungan_kerja" and _GOING_DOWN.match(text, c.start, c.end):
            # "turun langsung ke berbagai lokasi … untuk membagikan paket sembako": going out to the field names no
            # happening of its own; the deed it goes to do does
            purpose = next((p for p in found if p.start > c.end and p.type != c.type
                            and _FOR_PURPOSE.fullmatch(text, c.end, p.start)), None)
            if purpose is not None:
                c.type = purpose.type
    for c in found:
        if c.type == "apel" and text[c.start:c.end].lower() == "upacara":
            # "upacara pelantikan …", "upacara pengiriman dan pelepasan bantuan": a ceremony named by the deed it
            # holds is that deed's happening (GUIDELINES: the most specific type the text supports)
            what = next(iter(triggers(text, c.end, min(len(text), c.end + 50))), None)
            if what is not None and _CEREMONY_OF.fullmatch(text, c.end, what.start()) \
                    and (t := trigger_type(what.group(0))) and t != "apel" and not false_trigger(text, what.start()):
                c.type = t
    for c in found:
        # "Kerja sama ini diresmikan melalui penandatanganan MoU": the means a deed is done by is the happening
        means = _BY_MEANS.match(text, c.end)
        if means and _VERB_FORM.match(text[c.start:c.end]):
            by = next(iter(triggers(text, means.end(), min(len(text), means.end() + 40))), None)
            if by is not None and by.start() == means.end() and (t := trigger_type(by.group(0))) \
                    and not false_trigger(text, by.start()):
                c.type = t
    if found and may_visit_for_silaturahmi(text, body, lead_end):
        # "melakukan kunjungan silaturahmi ke …", "Kunjungan dalam rangka silaturahmi Idul Adha tersebut …": the
        # visit the lead reports is named by its purpose; a "kunjungan kerja" is not (d07: "kunjungan kerja
        # sekaligus silaturahmi")
        for c in found:
            if c.type in ("audiensi", "kunjungan_kerja") and _VISIT_WORD.search(text, c.start, c.end):
                c.type = "silaturahmi"
    return found


def _late_candidate(ctx: ArticleContext, body: int, quotes_of, dates_of) -> _Candidate | None:
    """An article that opens with statements may report its event further down ("Selain meninjau
    X, Pj Bupati juga meninjau Y, Selasa (10/9/2024)"): the first verb-form trigger after the lead
    whose sentence carries a date of its own, within the first ~2000 characters."""
    text = ctx.text
    start = min(len(text), body + LEAD_CHARS)
    for m in triggers(text, start, min(len(text), body + 2 * LEAD_CHARS + 200)):
        s, e = m.start(), m.end()
        etype = trigger_type(m.group(0))
        if etype is None or not _VERB_FORM.match(m.group(0)) or ctx.in_boilerplate(s, e) or false_trigger(text, s) \
                or _PASSING.search(text[max(0, s - 30):s]) or not outside(quotes_of(), s, e):
            continue
        c = _Candidate(etype, s, e, (2, s))
        if date_near(ctx, dates_of(), s, e, body)[0]:
            return c
    return None


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
        late = _late_candidate(ctx, body, quotes_of, dates_of) or cued_candidate(ctx, body, quotes_of) \
            or held_candidate(ctx, body, quotes_of, dates_of) or held_on_day(ctx, body, quotes_of, dates_of) \
            or done_at_venue(ctx, body, quotes_of, dates_of) or arrival_candidate(ctx, body, quotes_of, dates_of)
        if late is None:
            election_days(ctx, body, set())
            # "debat … dijadwalkan pada 30 Oktober, 13 November, dan 20 November 2024": days fixed for a
            # happening the article reports only as planned are events of their own
            done: set = set()
            extras = series_days(ctx, body, quotes_of(), dates_of(), done) if series_cued(text, body) else []
            # "Senin (4/2/19) Pemprov akan menggelar Rakor …", "akan dilantik … pada 15 Februari 2019": a report
            # of happenings still to come, each fixed on its day, has those for its events
            ahead = scheduled(ctx, body, quotes_of(), dates_of(), done) + quoted_schedule(ctx, body, quotes_of(), done)
            for extra in extras + ahead:
                _emit(ctx, extra, extra, body, quotes_of(), primary=False)
            for extra in ahead:
                sentence_attendees(ctx, extra, quotes_of())
            return
        cands = [late]
    quotes, dates = quotes_of(), dates_of()
    cands.sort(key=lambda c: c.rank)
    main = cands[0]
    if main.rank[0] == 0:
        # several headline types ("Bertepatan dengan Haul …, Kapolres Launching Buku"): the one the lead
        # reports first is the article's happening, the others set the scene
        in_body: dict[str, int] = {}
        for m in triggers(text, body, min(len(text), body + LEAD_CHARS)):   # the lead's words, as written
            if (t := trigger_type(m.group(0))) is not None:
                in_body.setdefault(t, m.start())
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
    body_hits = [c for c in cands if c.type == main.type and c.start >= body]
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
            + series_days(ctx, body, quotes, dates, done) + firsts + past:
        _emit(ctx, extra, extra, body, quotes, primary=False)
        extras.append(extra)
    parts = visit_parts(ctx, main, body, quotes, done)       # "melakukan kunjungan kerja … Agenda pertama …"
    for extra, _ in parts:
        _emit(ctx, extra, extra, body, quotes, primary=False)
    visit_attendees(ctx, parts)
    for extra in extras:
        sentence_attendees(ctx, extra, quotes)
    day_first_actors(ctx, firsts)
    for extra in past:
        past_participants(ctx, extra, _event_id(ctx, main.type, main.date))
    if extras:
        keep_to_own_sentences(ctx, _event_id(ctx, main.type, main.date), extras)
    one_group_per_body(ctx, _event_id(ctx, main.type, main.date))
    decide_roles(ctx, _event_id(ctx, main.type, main.date), anchor.start, body, quotes)


def one_group_per_body(ctx: ArticleContext, event_id: str) -> None:
    """"Kepala OPD" listed as present and "OPD" addressed later are one group of people: the body's
    heads stand for it, the bare body word is not a second attendee."""
    heads = {e.source for e in ctx.graph.edges.values() if e.type == "ATTENDED" and e.target == event_id
             and e.source.startswith("org:kepala-")}
    for h in heads:
        ctx.graph.edges.pop(("ATTENDED", "org:" + h[len("org:kepala-"):], event_id, ""), None)


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
