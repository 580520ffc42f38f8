"""Frames around a trigger word that show it names no happening the article reports.

``lead_triggers._candidates`` already sets aside a trigger in passing ("akan rapat"), negated, inside a name or
inside quotation marks.  These are further frames of Indonesian news grammar, each a pure function of the
text around the trigger:

* ``reported_result``: "penyampaian hasil reses", "hasil rapat", a headline "DPRD Sampaikan Reses":
  the results of an earlier meeting or visit are presented at the happening reported, which is another
  one (a plenary); the trigger names the earlier one's outcome, not a happening of this report.  Only
  for meetings and visits: "menyampaikan sosialisasi" is itself a speech act, a happening.
* ``first_person``: "Ya sejauh ini kita masih melakukan rapat …": a sentence whose subject is the
  speaker ("kita", "kami", "saya") is speech the outlet printed without quotation marks; a trigger in it
  is what the speaker talks about, like a trigger inside quotes.
* ``drop_past_year_leaders``: "… yang sempat didatangi oleh Presiden X saat meresmikan Bendungan Y … pada
  tahun 1989 lalu": a leader read from a sentence the text sets in an earlier year ("tahun 1989 lalu/silam")
  led that past happening, not the one reported (GUIDELINES: history is no event).
* ``set_aside``: "berterima kasih kepada Bupati yang telah … menyerahkan bantuan", "mengabaikan instruksi untuk
  hadir dalam rapat evaluasi", "tujuan kegiatan ini … dalam rangka penyerahan bibit": a trigger in a
  clause of what someone is thanked for, what an order asks for, or what a happening is for is the object of
  that clause, not the happening the lead reports (a deed done before, one asked of others, a purpose); and
  so is a trigger in an adverbial clause of reason or condition ("Karena cuti mengikuti kampanye …, roda
  pemerintahan dipimpin Pjs …", "Jika bupati definitif dilantik pada Desember, maka …") or of "since" a deed
  ("masa tugasnya … sejak dilantik pada 6 Desember 2023"): a cause, a supposition or the start of a state the
  sentence reports (GUIDELINES: history and vague plans are no event); and so is a trigger right after a wish or a
  habit ("ingin beraudiensi", "tiap kali ada rapat"): the deed wished for, or each of a kind, no happening. A purpose may be a verb too ("Operasi
  pasar ini bertujuan untuk …, sekaligus memberikan bantuan …") and runs to its sentence's end.
* ``superseded_plan``: "Semula rapat itu direncanakan pada Selasa …, tetapi …", "awalnya panitia menyebut
  peresmian pada tanggal 3 … . Jadwalnya kemudian digeser": a day the report gives as an earlier plan, then says
  the plan moved or fell through, is no happening's day (the happening, if any, is on the new one).
* ``called_for``: a headline "Bupati Minta Para Kades Blusukan", "Wali Kota Ajak Warga Kerja
  Bakti": headline grammar drops the "untuk/agar" of an order or a call, so the deed right after the verb and
  its addressee is what is asked of others, not the happening reported (``event_types.false_trigger`` reads it).
"""
from __future__ import annotations

import re

from ..text.sentences import sentence

# "hasil reses", "hasil rapat paripurna": the outcome, written right before the happening's word
_RESULT_OF = re.compile(r"\bhasil\s+$", re.I)
# "Sampaikan Reses", "memaparkan kunjungan kerja", "melaporkan hasil …": a verb of presenting governs it
# (right before it: "disampaikan dalam reses" / "disampaikan pada audiensi" say what was said at a happening)
_PRESENTED = re.compile(r"\b(?:sampaikan|menyampaikan|paparkan|memaparkan|laporkan|melaporkan|penyampaian|pemaparan|"
                        r"pelaporan)\s+$", re.I)
# the kinds of happening whose results are presented later (a speech act is not: "menyampaikan sosialisasi")
_HAS_RESULTS = {"rapat", "rapat_kerja", "rapat_koordinasi", "kunjungan_kerja", "audiensi"}


def reported_result(text: str, start: int, etype: str) -> bool:
    """The trigger at ``start`` (of type ``etype``) names the results of a meeting or visit presented at
    another happening: "hasil <trigger>", or "<verb of presenting> <trigger>"."""
    if etype not in _HAS_RESULTS:
        return False
    before = text[max(0, start - 40):start]
    return bool(_RESULT_OF.search(before) or _PRESENTED.search(before))


# the speaker as the subject: "kita masih melakukan rapat", "Kami menggelar …", "saya sudah meninjau"; the
# pronoun opens the clause (after an interjection or a time phrase: "Ya sejauh ini kita …")
_FIRST_PERSON = re.compile(r"(?:^|[.!?\n]\s*|,\s*)(?:(?:ya|jadi|nah|memang|tadi|sejauh\s+ini|saat\s+ini|hari\s+ini|"
                           r"kemarin)[,\s]+){0,3}(?:kita|kami|saya|aku)\s+(?:[\w-]+\s+){0,3}$", re.I)


def first_person(text: str, sentence_start: int, start: int) -> bool:
    """The trigger at ``start`` is the deed of a first-person subject that opens its clause: speech printed
    without quotation marks ("Ya sejauh ini kita masih melakukan rapat kembali …")."""
    return bool(_FIRST_PERSON.search(text[max(sentence_start, start - 80):start]))


# the clause heads that put what follows them out of the report, each up to the trigger within its sentence:
# gratitude for a deed done ("terima kasih … telah"; not
# for having come to the happening: "yang telah hadir dalam rapat"), an order's content as a noun ("instruksi/perintah/
# undangan … untuk/agar hadir dalam"), a stated purpose ("(ber)tujuan … dalam rangka/untuk/guna")
_SET_ASIDE = re.compile(
    r"(?:(?:\b(?:berterima\s+kasih|terima\s+kasih|apresiasi|mengapresiasi)\b[^.;:!?\n\"“”]{0,120}?\b(?:telah|sudah)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:hadir|menghadiri|datang|mengikuti|berkenan|meluangkan)\b)"
    r"|\b(?:instruksi|perintah|imbauan|himbauan|undangan)\b[^.;:!?\n\"“”]{0,60}?\b(?:untuk|agar|supaya)\s+"
    r"(?:(?:hadir|datang|ikut)\s+(?:di|dalam|pada|ke)\s+)?"
    r")(?:[\w-]+\s+){0,8}?$"
    # a purpose, as a noun or a verb ("tujuan kegiatan ini …", "Operasi pasar ini bertujuan …"), runs to its
    # sentence's end over the purposes it joins ("untuk menekan harga …, sekaligus memberikan bantuan beras")
    r"|\b(?:ber)?tujuan(?:nya)?\b[^.;:!?\n\"“”]{0,160}?\b(?:dalam\s+rangka|untuk|guna)\s+"
    r"(?:[\w()/-]+(?:,(?=\s+(?:sekaligus|serta|maupun)\b))?\s+){0,20}?$)", re.I)
# an adverbial clause of reason or condition, from its conjunction to the trigger with no comma between (the
# clause ends at its comma: "Karena cuti mengikuti kampanye …, roda pemerintahan dipimpin …", "Jika bupati
# definitif dilantik pada Desember, maka …"); not the connective "karena itu / oleh karena itu" (therefore), whose
# sentence reports; and the clause of "since" a verb ("sejak dilantik pada …"), the start of a state the sentence
# reports, not a happening of it (the time word "sejak pagi" opens no such clause)
_ADVERBIAL = re.compile(
    r"(?:\b(?:karena|sebab|lantaran|akibat|gara-gara|jika|jikalau|apabila|bila|kalau|seandainya|andaikan|manakala)\s+"
    r"(?!(?:itu|ini|tersebut|hal|pula|nya)\b)(?:[\w()/-]+\s+){0,8}?"
    r"|\b(?:sejak|semenjak)\s+(?:(?:resmi|pertama(?:\s+kali)?)\s+)?)$", re.I)
_SET_ASIDE_WORDS = re.compile(r"kasih|apresiasi|instruksi|perintah|imbauan|himbauan|undangan|tujuan", re.I)
_ADVERBIAL_WORDS = re.compile(r"karena|sebab|lantaran|akibat|gara-gara|jika|bila|kalau|andai|manakala|sejak", re.I)


# a mood that reports no single happening: a wish ("para pedagang ingin beraudiensi", "hendak menghadiri") or a
# habit ("tiap kali ada rapat", "setiap apel pagi"): the deed wished for, or each of a kind, right before the
# trigger (at most one word between: "ingin segera bertemu")
_IRREALIS = re.compile(r"\b(?:ingin|hendak|berkeinginan|berniat|(?:setiap|tiap)(?:\s+(?:kali|adanya|ada))?)\s+"
                       r"(?:[\w-]+\s+)?$", re.I)


def set_aside(text: str, sentence_start: int, start: int) -> bool:
    """The trigger at ``start`` is what a clause of gratitude, of an order or of a purpose governs, or it stands
    in a clause of reason, condition or "since" (see the module's docstring): a deed thanked for, asked for or
    aimed at, a cause, a supposition or a state's start, not a happening the text reports."""
    before = text[max(sentence_start, start - 200):start]
    if _SET_ASIDE_WORDS.search(before) and _SET_ASIDE.search(before):
        return True
    if _IRREALIS.search(before[-40:]):
        return True     # "mereka ingin beraudiensi …", "seperti yang dilakukan tiap kali ada rapat …"
    near = before[-90:]
    return bool(_ADVERBIAL_WORDS.search(near)) and bool(_ADVERBIAL.search(near))


# an earlier plan, told as such: "sebelumnya/semula/awalnya/sedianya" and, in the same sentence, a verb of planning
# or announcing ("dijadwalkan", "direncanakan", "rencananya", "(di)informasikan", "dikabarkan", "menyebut", "akan")
_EARLIER = re.compile(r"\b(?:sebelumnya|semula|awalnya|sedianya)\b", re.I)
_PLANNED_THEN = re.compile(r"\b(?:dijadwalkan|terjadwal|direncanakan|rencananya|(?:di)?informasikan|diinformasikan|"
                           r"dikabarkan|diumumkan|(?:di|me)nyebut(?:kan)?|akan|bakal)\b", re.I)
# … and the turn the report gives it, in that sentence or the next: the plan moved or fell through
_PLAN_TURNED = re.compile(r"\b(?:namun|tetapi|tapi|diundur|mundur|ditunda|dimajukan|maju|digeser|bergeser|diubah|"
                          r"berubah|batal|dibatalkan)\b", re.I)


def superseded_plan(text: str, start: int, body: int) -> bool:
    """The word at ``start`` stands in a sentence that tells an earlier plan (``_EARLIER`` with ``_PLANNED_THEN``)
    which that sentence or the next one turns (``_PLAN_TURNED``): the plan's day is no happening's day."""
    s, e = sentence(text, start, body if start >= body else 0)
    if not _EARLIER.search(text, s, e) or not _PLANNED_THEN.search(text, s, e):
        return False
    nxt = e
    while nxt < len(text) and not text[nxt].isalnum():
        nxt += 1
    e2 = sentence(text, nxt, body)[1] if nxt < len(text) else e
    return bool(_PLAN_TURNED.search(text, s, max(e, e2)))


# a headline's call or order, its addressee or the quality it calls for, then the deed it asks for, with no "untuk/
# agar" (headline grammar drops them): "Bupati Minta Para Kades Blusukan", "Wali Kota Ajak Warga
# Kerja Bakti"; not when a preposition or verb of the occasion comes between ("Ingatkan Kedisiplinan Pegawai saat
# Apel", "Imbau Pegawai Tertib Ikuti Upacara": the happening the call was made at, or one attended)
_CALLED_FOR = re.compile(r"\b(?:ajak|mengajak|imbau|himbau|mengimbau|menghimbau|minta|meminta|serukan|menyerukan|"
                         r"perintahkan|memerintahkan|instruksikan|menginstruksikan|dorong|mendorong|ingatkan|"
                         r"mengingatkan|galakkan|menggalakkan|gelorakan|menggelorakan)\s+"
                         r"(?!(?:[\w-]+\s+){0,4}?(?:dalam|saat|pada|di|ketika|usai|seusai|sambil|sembari|ikuti|"
                         r"mengikuti|hadiri|menghadiri|ikut|hadir)\b)(?:[\w-]+\s+){0,4}?$", re.I)


def called_for(text: str, start: int) -> bool:
    """The trigger at ``start``, on the first line of ``text`` (a headline, or the title alone), is the deed a
    call or an order asks for (``_CALLED_FOR``): what is asked of others, not the happening reported (as
    ``lead_triggers._DIRECTED`` reads it, with its "untuk/agar", in the lead)."""
    return start < 300 and text.find("\n", 0, start) < 0 and bool(_CALLED_FOR.search(text, max(0, start - 60), start))


_PAST_YEAR = re.compile(r"\btahun\s+((?:19|20)\d\d)\s+(?:yang\s+)?(?:lalu|silam)\b", re.I)


def drop_past_year_leaders(ctx, event_id: str, day: str | None, body: int) -> None:
    """Remove the LED edges to ``event_id`` whose every evidence lies in a sentence set in an earlier year
    ("pada tahun 1989 lalu"), not the year of the event's ``day``."""
    text = ctx.text
    if "tahun" not in text or ("lalu" not in text and "silam" not in text):
        return
    for key in [k for k in ctx.graph.edges if k[0] == "LED" and k[2] == event_id]:
        starts = [ev.get("start") for ev in ctx.graph.edges[key].properties.get("evidence") or []
                  if isinstance(ev.get("start"), int)]
        if starts and all(_in_past_year(text, at, body, day) for at in starts):
            ctx.graph.edges.pop(key)


def _in_past_year(text: str, at: int, body: int, day: str | None) -> bool:
    s, e = sentence(text, at, body if at >= body else 0)
    return any(not day or m.group(1) != day[:4] for m in _PAST_YEAR.finditer(text, s, e))


__all__ = ["called_for", "drop_past_year_leaders", "first_person", "reported_result", "set_aside", "superseded_plan"]
