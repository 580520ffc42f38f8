"""Who attended an event as a subject or a speaker of its lead: the rules behind some ATTENDED edges.

Attendees listed after a cue ("dihadiri", "turut hadir") are read in ``attendees``; here are the ones the
clause makes present by its own grammar: a subject who "ikut/menghadiri/hadiri/mewakili/menemui" (not
one who "berhalangan hadir"), subjects listed before one such verb, the official "didampingi" others,
the speaker whose time clause names the event ("ia sampaikan usai rapat paripurna") and the official
who reports the happening.  Apart from ``participants``, which gathers them, and from ``leaders``.
"""
from __future__ import annotations

import re

from ..context import Mention
from ..text.sentences import sentence
from .event_types import trigger_type, triggers
from .lead_grammar import _LED_ACTIVE, _VERB, _Lead, _attends_first, _clause_after

# "X (saat) ikut bergotong royong", "X menghadiri rakor": the subject attended
_ATTEND_VERB = re.compile(r"\b(?:menghadiri|hadiri|hadir|ikut|turut|mengikuti|menyaksikan|saksikan|menemui|menghadap|mendatangi|beraudiensi|datang|tiba|"
                          r"mewakili|menerima(?=\s+(?:langsung\s+)?(?:penghargaan|bantuan|SK|piagam|sertifikat|hadiah|"
                          r"cenderamata|cinderamata|plakat|trofi|anugerah|vaksin|kunci|dokumen|surat\s+keputusan)))\b",
                          re.I)
_ABSENT = re.compile(r"\b(?:berhalangan|tidak|tak|belum|batal|urung|absen)\s+(?:\w+\s+)?$", re.I)
# "X mengatakan hal itu saat/dalam (acara) FGD …", "ujar X usai halal bihalal …": the event is named as a noun
# in a time clause, so X was there; a leading verb there ("saat membuka") is ``_implied_leader``'s
_AT_EVENT = re.compile(r"\b(?:saat|ketika|kala|dalam|pada|usai|seusai|sewaktu|di\s+sela(?:-sela)?)\s+"
                       r"(?:(?:acara|kegiatan|agenda|rangkaian|pembukaan|pelaksanaan)\s+)?$", re.I)
# a content clause opened before the event's noun ("menegaskan bahwa …", "meminta agar …"): what is said, so a
# time clause there dates the matter spoken of (measured: bench/attendance_rules.py, docs/dev/issue-16-prune14.md)
_CONTENT = re.compile(r"\b(?:bahwa|agar|supaya)\b", re.I)


# "Wamendagri X mengatakan Rakor para kepala daerah … dilaksanakan di hotel Y": the official who reports the
# happening as its opening words speaks at it (present), though the text names no chair
_REPORTS = re.compile(r"[\s,]*(?:mengatakan|menjelaskan|menyampaikan|menuturkan|mengungkapkan|menyebutkan)"
                      r"(?:\s*,|\s+bahwa)?\s+(?P<prep>(?:pada|dalam)\s+)?(?:(?:kegiatan|acara|agenda)\s+)?", re.I)
# "X mengungkapkan bahwa pada musrenbang kali ini …": the happening, named with "pada/dalam", is the one where he
# speaks only when he points to it as this one ("kali ini", "ini"); "pada musrenbang tahun lalu" is another
_THIS_ONE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:kali\s+ini|ini)\b", re.I)


# "X yang di dampingi oleh Y", "X, didampingi Y,": whom the others accompany is there too
_ACCOMPANIED_BY = re.compile(r"(?:\s*,)?\s+(?:yang\s+)?(?:turut\s+)?di\s?dampingi\b", re.I)


def _accompanied_principal(lead: _Lead, lead_end: int) -> list[Mention]:
    """The official named right before "(yang) didampingi" in the lead."""
    text = lead.text
    if "dampingi" not in text[lead.body:lead_end]:
        return []
    return [p for p in lead.people if lead.body <= p.start < lead_end and p.node_id.startswith("official:")
            and _ACCOMPANIED_BY.match(text, p.end) is not None]


def _reporting_subject(lead: _Lead, lead_end: int, etype: str) -> list[Mention]:
    """The first official of the lead whose speech verb is directly followed by a trigger of the event's type."""
    text = lead.text
    for p in lead.people:
        if p.start < lead.body or p.start >= lead_end or not p.node_id.startswith("official:"):
            continue
        m = _REPORTS.match(text, p.end)
        t = next(iter(triggers(text, m.end(), min(len(text), m.end() + 40))), None) if m else None
        if t is not None and t.start() == m.end() and trigger_type(t.group(0)) == etype \
                and (m.group("prep") is None or _THIS_ONE.match(text, t.end())):
            return [p]
    return []


def _speakers_at(lead: _Lead, at: int) -> list[Mention]:
    """People named earlier in the sentence whose time clause names the main event (as a noun)."""
    text = lead.text
    s, _ = sentence(text, at, lead.body)
    if _LED_ACTIVE.match(text, at) or not _AT_EVENT.search(text, max(s, at - 40), at):
        return []
    if _CONTENT.search(text, s, at):
        return []   # "X menegaskan bahwa dalam pelantikan …": the time clause is inside what he says, not when
    named = [p for p in lead.people if s <= p.start < at and p.node_id.startswith("official:")
             and not lead.in_company(p.start)]
    if named or not re.search(r"\b(?:ia|dia|beliau)\b|\w+nya\b|\bdi(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|paparkan)\b",
                                  text[s:at], re.I):
        return named
    # "Hal itu ia katakan / disampaikan dalam acara FGD …": the pronoun (or the agentless passive) is the lead's first official subject
    return [p for p in lead.subjects(s) if p.node_id.startswith("official:")][:1]


def _subject_attendees(lead: _Lead, lead_end: int) -> list[Mention]:
    """Subjects who "ikut/menghadiri/hadiri/mewakili/menemui", not those who "berhalangan hadir"."""
    text = lead.text
    subjects = lead.subjects(lead_end)
    out = []
    for i, p in enumerate(subjects):
        limit = subjects[i + 1].start if i + 1 < len(subjects) else p.end + 80
        clause = _clause_after(text, p.end, min(limit, p.end + 80))
        verb = _ATTEND_VERB.search(clause)
        if verb and _ABSENT.search(clause[:verb.start()]):
            continue  # "X berhalangan hadir", "X tidak ikut": absent
        if verb and (not _LED_ACTIVE.search(clause) or _attends_first(clause)) \
                and not (verb.group(0).lower() in ("tiba", "datang") and _planned(text, p.start)):
            out.append(p)
    # "A, M.Si., Pangdam X B, S.E., Kapolda Y C hadir …": subjects listed before one verb share it (what stands
    # between two of them is a comma or "dan/serta", degrees and the next one's post, no verb of its own)
    for i in range(len(subjects) - 2, -1, -1):
        p, q = subjects[i], subjects[i + 1]
        if q in out and p not in out and _CO_SUBJECTS.fullmatch(text, p.end, q.start) \
                and not _VERB.search(text, p.end, q.start) and sentence(text, p.start, 0)[1] > q.start:
            out.insert(out.index(q), p)
    return out


# between two coordinated subjects: degrees, a comma or "dan/serta", the next one's post and rank (capitalised
# words, numbers, dotted abbreviations), no clause mark
_CO_SUBJECTS = re.compile(r"(?:,?\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)?)*\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)"
                          r"(?:(?:[A-Z][\w./()-]*|\d+)\s+){0,8}")


# "Setelah bupati tiba di pelabuhan lalu menuju Rujab yang akan disambut …": an arrival in a sentence that
# tells what is still to come is a planned one, not a presence at the reported happening
_PLANNED = re.compile(r"\b(?:akan|bakal|direncanakan|dijadwalkan|rencananya)\b", re.I)


def _planned(text: str, at: int) -> bool:
    s, e = sentence(text, at, 0)
    return _PLANNED.search(text, s, e) is not None


