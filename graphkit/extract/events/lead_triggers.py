"""The lead's triggers that name the article's happening: the events stage's candidates.

``stage.extract_events`` decides which happening an article reports and emits it; this module holds the
first half of that work, kept apart because it is a grammar of its own: the frames in which a trigger
word names a happening ("menggelar rakor", "saat apel", "… yang digelar"), the frames in which it does
not (a proper name, a topic, an order, a negation, speech), and the retyping of a candidate by the
deed it stands for (a visit received, a ceremony of a deed, a visit for silaturahmi).
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, NEGATED, SENTENCE_HEAD, SUBJECT_HELD, PASSING as _PASSING, VERB_FORM as _VERB_FORM, Candidate as _Candidate
from .event_dates import date_near
from .event_frames import called_for, first_person, reported_result, set_aside, superseded_plan
from .event_types import false_trigger, trigger_type, triggers
from .happening_cues import receptions
from ..text.sentences import outside, sentence
from ...page_lines import HEADLINE, headline_shape

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
# "ujar Bupati pada rapat persiapan …", "saat memberi masukan pada apel": "pada" right before the happening's noun names
# the occasion something was said or done at; not after a word that governs "pada" as its object ("fokus pada
# pemungutan suara", "tergantung pada", "berdampak pada": the topic, no occasion)
_AT_OCCASION = re.compile(r"([\w-]+)\W+pada\s+$", re.I)
_GOVERNS_PADA = frozenset(("fokus", "terfokus", "berfokus", "difokuskan", "tergantung", "bergantung", "berdampak",
                           "berpengaruh", "mengacu", "merujuk", "berdasarkan", "didasarkan", "sesuai", "perhatian",
                           "ditujukan", "terbatas", "dibatasi", "berlaku", "bertumpu", "menitikberatkan", "berpijak",
                           "berkaca", "berpedoman", "terletak", "terdapat", "ada", "beralih", "kembali", "peduli",
                           "percaya", "yakin", "setia", "patuh", "taat", "tunduk", "menekankan", "ditekankan"))


def _at_occasion(before: str) -> bool:
    """``before`` (the text right before a noun trigger) ends "<word> pada", the word not one that governs it."""
    m = _AT_OCCASION.search(before)
    return m is not None and m.group(1).lower() not in _GOVERNS_PADA


# "Hal itu disampaikan(nya) pada audiensi …": what was said was said at the event
_SAID_AT = re.compile(r"\b(?:disampaikan|diungkapkan|dikatakan|ditegaskan|dijelaskan|dipaparkan)(?:nya)?\s+"
                      r"(?:[\w.]+\s+){0,4}?(?:pada|di\s+sela(?:-sela)?|di\s+hadapan\s+peserta)\s+(?:\w+\s+)?$", re.I)
# (its purpose may come between: "Rapat Paripurna DPRD dalam rangka Hari Ulang Tahun (HUT) Kabupaten X Ke-23 yang digelar")
# (or the anniversary it marks: "Upacara peringatan hari jadi Kabupaten X ke-60 berlangsung sederhana")
# (or the partner it is held with: "Audiensi dengan Gubernur X (Gub-X) Budi digelar DPD …")
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


def _in_name(text: str, before: str, s: int, e: int, body: int) -> bool:
    """The trigger at ``s`` is a word of a proper name ("Ruang Rapat Lingae", "Badan Pendidikan dan Pelatihan").

    The test reads a name by its capitals. A verb form in lower case after the name is the sentence's predicate
    ("Dinas Sosial Kota X memberikan bantuan …"), not a word of the name. In a Title-Case headline every word
    has a capital: there the case is the line's, not the words', so a verb form after the name is its predicate
    too ("Dinas Kesehatan Sosialisasikan …"), and a name's run of capitals ends at a verb or preposition of
    holding ("Dinas Kesehatan Gelar Sosialisasi …", "Dinas X Hadiri Rapat …"), whose object is the happening."""
    m = _IN_NAME.search(before)
    if m is None:
        return False
    verb = _VERB_FORM.match(text[s:e]) and not _NOUN_LIKE_VERB.match(text, s, e)
    if text[s].islower() and verb:
        return False
    if s >= body:
        return True
    if not verb and not _CONTEXT_BEFORE.search(before, m.start()):
        return True
    return headline_shape(text[:body].strip().rpartition("\n")[2]) != HEADLINE


# triggers that look like verb forms but are nouns: "Badan Diklat", "Dinas X Dialog Publik"
_NOUN_LIKE_VERB = re.compile(r"(?:diklat|dialog|diskusi)\b", re.I)


def _title_types(ctx: ArticleContext, body: int) -> set[str]:
    """Event types named by a headline that is not part of the text (JSON records)."""
    title = ctx.article.title or ""
    if body or not title:
        return set()
    return {t for m in triggers(title) if (t := trigger_type(m.group(0)))
            and not _PASSING.search(title[max(0, m.start() - 30):m.start()])
            and not _TOPIC_OF.search(title, max(0, m.start() - 40), m.start()) and not called_for(title, m.start())}


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


# a relative clause's verb: "yang berkantor di", "yang baru dilantik", "yang telah diserahkan"
_RELATIVE = re.compile(r"\byang\s+(?:(?:telah|sudah|baru|akan|sedang|masih|tengah|juga|turut|pernah)\s+)?$", re.I)


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


# between "upacara" and the deed it holds: nothing, or one more deed joined by "dan" ("pengiriman dan pelepasan")
_CEREMONY_OF = re.compile(r"\s+(?:[a-z]+\s+dan\s+)?")
# "diresmikan melalui penandatanganan …", "dikukuhkan lewat rapat paripurna": the means of a deed
_BY_MEANS = re.compile(r"\s+(?:melalui|lewat)\s+", re.I)


_SPEAKER_WORDS = re.compile(r"\b(?:kita|kami|saya|aku)\b", re.I)   # the cheap test before ``first_person``


# a turn of the clause or a plan between a sentence's subject noun and a verb of holding: the verb is another clause's
_CLAUSE_TURN = re.compile(r"\b(?:namun|tetapi|tapi|sedangkan|sementara|karena|akan|bakal)\b", re.I)


def _held_by_clause(text: str, before: str, e: int) -> bool:
    """The trigger ending at ``e`` opens its sentence (``SENTENCE_HEAD``) and a verb of holding later in the clause
    is its predicate (``SUBJECT_HELD``): no turn of the clause and no other happening's word between them, which
    would be what the verb holds ("pelantikan juga ditandai dengan serah terima … yang dilakukan")."""
    if not SENTENCE_HEAD.search(before):
        return False
    held = SUBJECT_HELD.match(text, e)
    return held is not None and not _CLAUSE_TURN.search(text, e, held.end()) \
        and next(iter(triggers(text, e, held.end())), None) is None


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
        if _in_name(text, before, s, e, body) and not _PARIPURNA.match(text[e:e + 12]):
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
                                 or _AGENT_AFTER.match(text, e, e + 120) or _at_occasion(before)
                                 or _held_by_clause(text, before, e)):
            continue
        if ctx.in_boilerplate(s, e) or not outside(quotes_of(), s, e):
            continue
        if not in_title and _SPEAKER_WORDS.search(before) and first_person(text, sentence(text, s, body)[0], s):
            continue        # "Ya sejauh ini kita masih melakukan rapat …": unmarked speech, what the speaker talks about
        if not in_title and set_aside(text, sentence(text, s, body)[0], s):
            continue        # "berterima kasih … telah memberikan bantuan": a deed thanked for, ordered or aimed at
        if not in_title and superseded_plan(text, s, body):
            continue        # "Semula rapat itu direncanakan pada …, tetapi …": a plan the report says moved
        # "Setelah rapat kerja dengan OPD, dua raperda disahkan dalam rapat paripurna …": a happening the
        # sentence opens with as its background ranks after the one it reports
        # ... and so does a verb in a relative clause, which tells which people its noun means ("pimpinan OPD yang
        # berkantor di luar ibu kota", "para lurah yang baru dilantik"), not what the sentence reports
        behind = not in_title and (_OPENS_WITH_BEFORE.search(text, max(0, s - 30), s)
                                   or (_VERB_FORM.match(m.group(0)) and _RELATIVE.search(text, max(0, s - 30), s)))
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
