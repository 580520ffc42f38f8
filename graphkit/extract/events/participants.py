"""Who led and who attended an event: LED and ATTENDED edges.

Leaders are read from the grammar of the lead: "dipimpin/dibuka/digelar/
diterima/dilakukan oleh X" ("diserahkan oleh X" for a penyerahan), "X memimpin/
membuka/meresmikan/meninjau/menerima/bertemu …" or the bare "X pimpin/resmikan …"
(X the subject of the clause, past its dotted degrees, not "didampingi X"), "X selaku
pembina apel", the host of an audience called on ("menemui Menteri Y",
"beraudiensi dengan Gubernur Y" → Y), and, when the time clause leaves its
subject out ("… disampaikannya saat menerima kunjungan"), the lead's first
official.  Attendees listed after a cue ("dihadiri", "turut hadir", "didampingi" …) are
read in ``attendees.py``; here: a subject who "ikut/menghadiri/hadiri/mewakili/menemui" (not one
who "berhalangan hadir"), and the speaker whose time clause names the event ("ia sampaikan usai
rapat paripurna").  Names in the host's company ("X, didampingi A, B dan C, menerima …") are
never read as the subject.  The leader gets LED only, never also ATTENDED.
"""
from __future__ import annotations

import re

from .attendees import listed_attendees
from .event_types import trigger_type, triggers
from .hosts import host_with_groups
from .inducted import inducted_groups, sworn_in
from .organisers import agent_leaders, opening_leaders, organiser_head, protest_bodies, welcoming_host
from .presence_cues import more_attendees
from ..context import ArticleContext, Mention
from ..text.dates import find_dates
from ..text.sentences import outside, scan_folded, sentence

# X ... led: passive "dipimpin (langsung) oleh X", "dibuka (secara resmi) oleh X", "digelar oleh X"
_LED_PASSIVE = re.compile(r"\b(?i:(?:dipimpin|dibuka|diresmikan|digelar|diselenggarakan|dilantik|dikukuhkan|diterima|"
                          r"dilaunching|diluncurkan|dipandu|dilakukan)\s+(?:(?:langsung|secara\s+\w+)\s+)?"
                          r"oleh)\b|\b(?i:dipimpin|dibuka|diresmikan|dipandu)\s+(?i:langsung\s+)?(?=[A-Z])|"
                          # the post given stands between the verb and its agent: "dilantik sebagai Pj Bupati X oleh
                          # Gubernur Y", "dikukuhkan dan dilantik kembali dalam jabatan X oleh Y"
                          r"\b(?i:(?:dilantik|dikukuhkan)(?:\s+(?:dan|serta)\s+di[a-z]+(?:\s+sumpah(?:nya)?)?)?"
                          r"(?:\s+(?:secara\s+resmi|resmi|kembali))?\s+(?:sebagai|menjadi|dalam\s+jabatan)\s+"
                          r"[^.;,\n]{1,60}?\s+oleh)\b|"
                          # "Hadir langsung sebagai Inspektur Upacara (Irup), Pj Gubernur X": X led, not attended
                          r"\b(?i:(?:hadir|bertindak)\s+(?:langsung\s+)?(?:sebagai|selaku)\s+"
                          r"(?:(?:inspektur|pembina|pemimpin|pimpinan)\s+(?:upacara|apel|rapat)|irup))\b|"
                          # the ceremony's role as its attribute: "… digelar …, dengan inspektur upacara Kapolda X"
                          r"\b(?i:dengan\s+(?:inspektur|pembina)\s+(?:upacara|apel))\b|"
                          # the role as the predicate: "Upacara yang menjadi Inspektur Upacara adalah Wali Kota X"
                          r"\b(?i:menjadi\s+(?:inspektur|pembina)\s+\w+(?:\s+\([^)]{1,12}\))?\s+(?:adalah|yakni|yaitu|ialah))\b")
# the words every _LED_PASSIVE match opens with (each branch is an ignore-case group of them after \b)
_LED_PASSIVE_OPENS = ("dipimpin", "dibuka", "diresmikan", "digelar", "diselenggarakan", "dilantik", "dikukuhkan",
                      "diterima", "dilaunching", "diluncurkan", "dipandu", "dilakukan", "hadir", "bertindak", "dengan",
                      "menjadi")
# the giver of a handover leads it ("Penghargaan diserahkan langsung oleh Menteri X kepada Bupati Y"); in another
# event's report ("Penghargaan diserahkan oleh Sekda" at a raker) the giver only attends
_HANDED_BY = re.compile(r"\b(?i:(?:diserahkan|diberikan|disalurkan)\s+(?:(?:langsung|secara\s+\w+)\s+)?oleh)\b")
_HANDED_BY_OPENS = ("diserahkan", "diberikan", "disalurkan")
_LED_ACTIVE = re.compile(r"\b(?:memimpin|membuka|meresmikan|melantik|mengukuhkan|mengambil\s+sumpah|meninjau|menggelar|mengadakan|melakukan|"
                         r"mengumpulkan|menerima(?!\s+(?:langsung\s+)?(?i:sk|surat\s+keputusan)\b)(?=\s+(?:langsung\s+)?(?:para\s+|sejumlah\s+)?(?:rombongan|delegasi|kunjungan|kedatangan|"
                         r"audiensi|silaturahmi|perwakilan|(?-i:[A-Z])|(?:[\w()-]+\s+){1,6}?(?:yang\s+)?berkunjung\w*\s+ke\b))|melaunching|meluncurkan|menyerahkan|menandatangani|"
                         r"melaksanakan|menyelenggarakan|bertemu|mengunjungi|berkunjung|turun\s+langsung|berkantor\s+di|"
                         # the giver of a handout leads it: "Gubernur X turun langsung … untuk membagikan paket sembako"
                         r"membagikan|menyalurkan|"
                         r"memantau\s+langsung|"
                         # the meeting noun used as the verb: "Wali Kota X Rapat koordinasi (Rakor) bersama kepala OPD"
                         r"(?:rapat|rakor|raker)(?:\s+(?:koordinasi|kerja))?(?:\s+\([^)]{1,12}\))?\s+(?:bersama|dengan)|"
                         r"menyambut\s+(?:langsung\s+)?(?:kedatangan|kunjungan|rombongan))\b", re.I)
# "X menemui Menteri Y", "X beraudiensi dengan Gubernur Y": Y hosts the audience (LED), X came (ATTENDED)
# ... and so does the noun opening its sentence: "Audiensi dengan Gubernur Y digelar DPD Z" (Z came; but "disampaikan
# pada audiensi dengan Bupati Y" leaves the host to the speaker)
_HOST_AFTER = re.compile(r"\b(?:menemui|menghadap|mendatangi|beraudiensi\s+(?:dengan|ke)|"
                         r"(?:(?<=^)|(?<=\n)|(?<=\s[-–—]\s)|(?<=[.!?]\s))audiensi\s+dengan)\s+", re.I)
_HOST_AFTER_OPENS = ("menemui", "menghadap", "mendatangi", "beraudiensi", "audiensi")
_LED_ROLE = re.compile(r"^\W*(?:(?:dalam|pada|saat)\s+(?:amanat|sambutan|arahan)(?:nya)?\s+)?"
                       r"(?:(?:(?:bertindak|hadir)\s+(?:langsung\s+)?)?(?:selaku|sebagai)|menjadi)\s+"
                       r"(?:(?:pembina|inspektur|pemimpin|pimpinan)\s+(?:apel|upacara|rapat)|irup\b)",
                       re.I)
_NOT_SUBJECT = re.compile(r"\b(?:didampingi|bersama|beserta|kepada|dengan|dihadiri|oleh|untuk|dari|mewakili)"
                          r"(?:\s+oleh)?\s+[^.,;“”\"\n]{0,60}$|"
                          # the one asked or pressed to act is the object, past the comma of his post: "massa aksi
                          # meminta Bupati Mamuju, X, untuk bertemu dengan mereka"
                          r"\b(?:meminta|mendesak|menuntut|memanggil)\s+(?:agar\s+|supaya\s+)?[^.,;“”\"\n]{0,60}(?:,\s*)?$",
                          re.I)
# "X (saat) ikut bergotong royong", "X menghadiri rakor": the subject attended
_ATTEND_VERB = re.compile(r"\b(?:menghadiri|hadiri|hadir|ikut|turut|mengikuti|menyaksikan|saksikan|menemui|menghadap|mendatangi|beraudiensi|datang|tiba|"
                          r"mewakili|menerima(?=\s+(?:langsung\s+)?(?:penghargaan|bantuan|SK|piagam|sertifikat|hadiah|"
                          r"cenderamata|cinderamata|plakat|trofi|anugerah|vaksin|kunci|dokumen|surat\s+keputusan)))\b",
                          re.I)
# the subject's own verb: the first prefixed verb of its clause, past "didampingi Y", "bersama Y"
# (not the determiners and prepositions a ber- word also makes: "ke berbagai lokasi", "berupa paket")
_FIRST_VERB = re.compile(r"\b(?!didampingi|dihadiri|disaksikan|diikuti|diwakili|melalui|bersama|beserta|berserta|berbagai\b|berupa\b)"
                         r"(?:me|di|ber)[a-z]{3,}\b")
_ABSENT = re.compile(r"\b(?:berhalangan|tidak|tak|belum|batal|urung|absen)\s+(?:\w+\s+)?$", re.I)
_ATTEND_FIRST = re.compile(r"\b(?:menghadiri|hadiri|mengikuti|hadir|mewakili)\b", re.I)
# compiled once: used for every leading cue and every subject of an event's lead
# a future marker right before the subject's own verb ("juga akan", "rencananya akan", "bakal")
_WILL = re.compile(r"\b(?:akan|bakal)\s+(?:(?:segera|kembali|langsung)\s+)?$", re.I)
# a happening fixed for a day is an event (GUIDELINES: "an inauguration on a given day"): "X dijadwalkan akan
# melantik A … pada sore hari ini, Jumat (29/12/2023)" — X leads it as if it were reported done (only when the
# clause itself writes the day out in full: "dijadwalkan pada hari Minggu besok" fixes no date of its own)
_SCHEDULED = re.compile(r"(?:dijadwalkan|direncanakan)\s+(?:akan\s+)?", re.I)
_TENURE = re.compile(r"\b(?:selama|sejak|semasa)\s+$")
_LIST_STOP = re.compile(r"[;\n]|\b(?:dan|serta|didampingi)\b")
_CLAUSE_CUT = re.compile(r"[;\n]|\.(?=\s)")
# degrees written after a name, dotted ("Anwar Sadat,Mag.", "X, S.Sos., M.Si."): their full stops end no clause
_DOTTED_DEGREES = re.compile(r"(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,]))+")
# the bare (headline-style) verb forms of leading, used in body text too: "X pimpin apel", "X resmikan pasar"
# (right after the subject: "Wakil Wali Kota X pimpin apel", "X langsung tinjau …")
_BARE_LED = re.compile(r"[\s,]*(?:(?:langsung|secara\s+resmi|resmi)\s+)?(?:pimpin|resmikan|lantik|kukuhkan|tinjau|"
                       r"luncurkan)\b", re.I)


def _clause_after(text: str, end: int, limit: int) -> str:
    """The subject's clause: from the end of its name (past dotted degrees) to the first clause break."""
    d = _DOTTED_DEGREES.match(text, end, limit)
    start = d.end() if d else end
    return _CLAUSE_CUT.split(text[start:limit], maxsplit=1)[0]


def participants(ctx: ArticleContext, event_id: str, anchor: int, body: int, lead_end: int,
                 quotes: list[tuple[int, int]]) -> None:
    """Add LED and ATTENDED edges to ``event_id`` (the article's main event)."""
    text = ctx.text
    people = [m for m in ctx.mentions if m.kind in ("name", "title") and outside(quotes, m.start, m.end)
              and not ctx.in_boilerplate(m.start, m.end)]
    lead = _Lead(text, people, body)
    leaders = _leaders(lead, lead_end, event_id.split(":")[1] == "penyerahan")
    if not leaders and anchor >= 0:
        implied = _implied_leader(lead, anchor)
        leaders = [implied] if implied else []
    if not leaders:
        leaders = _accompanied(lead, lead_end)
    if not leaders and anchor >= 0:
        leaders = host_with_groups(text, people, anchor, _anchor_end(text, anchor), body)
    leaders = _dedupe(leaders + opening_leaders(text, people, body, len(text)))
    if not leaders:
        leaders = agent_leaders(text, people, body, lead_end, lambda s, e: _names_event(text, s, e))[:1]
    if not leaders:
        leaders = welcoming_host(text, people, body, lead_end)
    if not leaders:
        head = organiser_head(ctx, people, body, lead_end, event_id.split(":")[1])
        leaders = [head] if head else []
    if not leaders:
        leaders = _headline_leader(text, people, body)
    for m in leaders:
        ctx.edge("LED", m.node_id, event_id, m.start, m.end)
    led_ids = {m.node_id for m in leaders}
    found = listed_attendees(ctx, people, body, lead_end, quotes) + [
        (p.node_id, p.start, p.end) for p in _subject_attendees(lead, lead_end)]
    if anchor >= 0:
        found += [(m.node_id, m.start, m.end) for m in _speakers_at(lead, anchor)]
    if not leaders:
        found += [(m.node_id, m.start, m.end) for m in _reporting_subject(lead, lead_end, event_id.split(":")[1])]
    found += [(m.node_id, m.start, m.end) for m in _accompanied_principal(lead, lead_end)]
    if event_id.split(":")[1] == "pelantikan":
        found += inducted_groups(ctx, body, lead_end)     # "Pj Kepala Desa … yang akan dilantik"
        found += sworn_in(ctx, people, body, lead_end)    # "Doris Rihi dilantik sebagai Penjabat Bupati"
    if event_id.split(":")[1] == "unjuk_rasa":
        found += protest_bodies(ctx, people, body)        # "unjuk rasa yang digelar Koalisi X", "dijaga Satpol PP"
    found += more_attendees(ctx, people, body, lead_end, quotes)
    for node_id, ms, me in found:
        if node_id not in led_ids:
            ctx.edge("ATTENDED", node_id, event_id, ms, me)


def _headline_leader(text: str, people: list[Mention], body: int) -> list[Mention]:
    """"Nurdin Basirun Pimpin Upacara Hari Jadi Batam": when the body names no leader, the headline's subject
    of a bare leading verb (pimpin/resmikan/lantik …) led the happening it reports."""
    for p in people:
        if p.start >= body:
            break
        if p.node_id.startswith("official:") and _BARE_LED.match(text, p.end) \
                and not re.search(r"\b(?:akan|bakal|besok|rencananya)\s+$", text[max(0, p.start - 16):p.start], re.I):
            return [p]
    return []


def _anchor_end(text: str, anchor: int) -> int:
    """The end of the trigger that opens at ``anchor``."""
    m = next(iter(triggers(text, anchor, min(len(text), anchor + 80))), None)
    return m.end() if m is not None and m.start() == anchor else anchor


def _names_event(text: str, start: int, end: int) -> bool:
    return next(iter(triggers(text, start, end)), None) is not None


class _Lead:
    """The text, the people mentioned outside quotes and the body's start, for the rules below.

    Whether a mention is in the host's company, and whether it can be a subject, depend on its
    offset alone; several rules ask about the same mentions, so each is decided once (memoised).
    """

    def __init__(self, text: str, people: list[Mention], body: int):
        self.text, self.people, self.body = text, people, body
        # (plain dicts: two functools.cache wrappers built per article cost more than the lookups they save)
        self._company: dict[int, bool] = {}
        self._subject: dict[int, bool] = {}

    def in_company(self, at: int) -> bool:
        if at not in self._company:
            self._company[at] = _in_company(self.text, at)
        return self._company[at]

    def subject_at(self, at: int) -> bool:
        if at not in self._subject:
            self._subject[at] = not _NOT_SUBJECT.search(self.text[max(0, at - 70):at]) and not self.in_company(at)
        return self._subject[at]

    def subjects(self, lead_end: int) -> list[Mention]:
        """Mentions in [body, lead_end) that are neither objects ("didampingi X") nor in the host's company."""
        return [p for p in self.people if self.body <= p.start < lead_end and self.subject_at(p.start)]


def _passive_agents(lead: _Lead, lead_end: int, handover: bool):
    """The "dipimpin/dibuka … oleh" matches of the lead, and "diserahkan oleh" ones for a handover."""
    yield from scan_folded(_LED_PASSIVE, lead.text, _LED_PASSIVE_OPENS, lead.body, lead_end)
    if handover:
        yield from scan_folded(_HANDED_BY, lead.text, _HANDED_BY_OPENS, lead.body, lead_end)


_CLASS_AGENT = re.compile(r"\s*(?:para|seluruh|semua|segenap|jajaran)\s", re.I)


def _leaders(lead: _Lead, lead_end: int, handover: bool = False) -> list[Mention]:
    text, people, body = lead.text, lead.people, lead.body
    out: list[Mention] = []
    for m in _passive_agents(lead, lead_end, handover):
        if _TENURE.search(text[max(0, m.start() - 10):m.start()]):
            continue  # "maju selama dipimpin X": a tenure, not an event's chair
        if _CLASS_AGENT.match(text, m.end()):
            continue  # "yang dilakukan oleh para Pj gubernur …, jelas X": a class did it; X only speaks
        after = [p for p in people if m.end() <= p.start <= m.end() + 90]
        _, se = sentence(text, m.end(), 0)  # "dibuka oleh Bupati Ir. H. Ahmad Yani": degrees don't stop it
        stop = _LIST_STOP.search(text[m.end():min(se, m.end() + 90)])
        if after and after[0].start < se and (stop is None or after[0].start < m.end() + stop.start()):
            out.append(after[0])
    for m in scan_folded(_HOST_AFTER, text, _HOST_AFTER_OPENS, body, lead_end):
        host = [p for p in people if m.end() <= p.start <= m.end() + 40 and p.node_id.startswith("official:")]
        if host and not re.search(r"[.;\n]", text[m.end():host[0].start]):
            out.append(host[0])
    subjects = lead.subjects(lead_end)
    for i, p in enumerate(subjects):
        # the clause after a subject, up to the next subject: "X (didampingi Y) meresmikan …"
        limit = subjects[i + 1].start if i + 1 < len(subjects) else p.end + 160
        clause = _clause_after(text, p.end, min(limit, p.end + 160))
        if _LED_ROLE.search(clause):
            out.append(p)   # "X (dalam amanatnya) selaku pembina apel": named by the role before any verb
            continue
        first, fixed = _FIRST_VERB.search(clause), None
        if first and (fixed := _SCHEDULED.match(clause, first.start())) \
                and any(d.iso and d.kind != "relative" for d in find_dates(clause)):
            first = _FIRST_VERB.search(clause, fixed.end())     # "X dijadwalkan akan melantik …": X's verb is melantik
        else:
            fixed = None
        if _BARE_LED.match(clause):
            out.append(p)   # "X pimpin apel …": the bare verb is the subject's own
            continue
        if first and _LED_ROLE.match(clause[first.start():]):
            out.append(p)   # "X didampingi Kapolres Y menjadi Inspektur Upacara …": the role past the company
            continue
        if first and not _LED_ACTIVE.match(clause, first.start()):
            continue  # "X menambahkan, … Tim Penilai meninjau …": X's own verb is another one
        if first and _WILL.search(clause, 0, first.start()) and not fixed:
            continue  # "X juga akan mengunjungi ketua-ketua partai …": what X is yet to do, not the reported happening
        if (_LED_ACTIVE.search(clause) and not _attends_first(clause)) or _LED_ROLE.search(clause):
            out.append(p)
    return _dedupe(out)


# "Wakil Wali Kota X saat mendampingi Menteri Y dalam kegiatan …": whom the others accompany is the principal
_ACCOMPANIES = re.compile(r"\b(?:turut\s+|ikut\s+)?mendampingi\s+", re.I)
_BREAK = re.compile(r"[.,;\n]")
# "mendampingi Gubernur Kalimantan Tengah, H. Agustiar Sabran, …": the post, its comma, then the name (past an
# abbreviated honorific) is one apposition, not a break
_APPOSED = re.compile(r"(?:[A-Z][\w()]*\s+){1,5}[A-Z][\w()]*\s*,\s*(?:[A-Z][a-z]{0,2}\.\s*){0,3}")


def _accompanied(lead: _Lead, lead_end: int) -> list[Mention]:
    """The official right after "mendampingi", who led an event no other cue gives a leader."""
    text = lead.text
    for m in scan_folded(_ACCOMPANIES, text, ("turut", "ikut", "mendampingi"), lead.body, lead_end):
        host = [p for p in lead.people if m.end() <= p.start <= m.end() + 40 and p.node_id.startswith("official:")]
        if host and (not _BREAK.search(text, m.end(), host[0].start) or _APPOSED.fullmatch(text, m.end(), host[0].start)):
            return [host[0]]
    return []


def _attends_first(clause: str) -> bool:
    """"X menghadiri kegiatan … yang melakukan …": the subject's own verb is attending."""
    att, led = _ATTEND_FIRST.search(clause), _LED_ACTIVE.search(clause)
    return bool(att) and (led is None or att.start() < led.start())


def _implied_leader(lead: _Lead, at: int) -> Mention | None:
    """"(Hal itu disampaikannya) saat menerima kunjungan …": the lead's protagonist led it.

    Only for a leading verb in a time clause whose subject is left out; the
    subject is then the first official named as a subject in the lead.
    """
    text, people = lead.text, lead.people
    s, _ = sentence(text, at, lead.body)
    pre = text[s:at]
    if not (_LED_ACTIVE.match(text, at) or re.search(r"\b(?:memimpin|membuka|meresmikan|menerima|bertemu|"
                                                     r"meninjau|mengunjungi)\s+$", pre)):
        return None
    if not re.search(r"\b(?:saat|ketika|kala|usai|seusai|sewaktu|sambil)\s+(?:\w+\s+)?$", pre):
        return None
    if any(s <= p.start < at for p in people):
        return None
    first = [p for p in lead.subjects(at) if p.node_id.startswith("official:")]
    return first[0] if first else None


# "X mengatakan hal itu saat/dalam (acara) FGD …", "ujar X usai halal bihalal …": the event is named as a noun
# in a time clause, so X was there; a leading verb there ("saat membuka") is ``_implied_leader``'s
_AT_EVENT = re.compile(r"\b(?:saat|ketika|kala|dalam|pada|usai|seusai|sewaktu|di\s+sela(?:-sela)?)\s+"
                       r"(?:(?:acara|kegiatan|agenda|rangkaian|pembukaan|pelaksanaan)\s+)?$", re.I)


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
    named = [p for p in lead.people if s <= p.start < at and p.node_id.startswith("official:")
             and not lead.in_company(p.start)]
    if named or not re.search(r"\b(?:ia|dia|beliau)\b|\w+nya\b|\bdi(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|paparkan)\b",
                                  text[s:at], re.I):
        return named
    # "Hal itu ia katakan / disampaikan dalam acara FGD …": the pronoun (or the agentless passive) is the lead's first official subject
    return [p for p in lead.subjects(s) if p.node_id.startswith("official:")][:1]


# "X, didampingi Asisten A, Kepala BPKAD B dan Kabag C, menerima …": A, B and C are company, not subjects,
# as long as no verb stands between the cue and the name (the enumeration has only titles, commas, dan/serta)
_COMPANY_CUE = re.compile(r"\b(?:didampingi|bersama|beserta|berserta)(?:\s+(?:oleh|dengan))?\s", re.I)
_VERB = re.compile(r"\b(?!dinas|direktur|distrik|divisi|diklat|bersama|beserta|berserta)(?:me|di|ber)[a-z]{3,}\b")


def _in_company(text: str, at: int) -> bool:
    s, _ = sentence(text, at, 0)
    cues = list(_COMPANY_CUE.finditer(text, max(s, at - 300), at))
    return bool(cues) and not _VERB.search(text, cues[-1].end(), at)


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


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen, uniq = set(), []
    for m in ms:
        if m.node_id not in seen:
            seen.add(m.node_id)
            uniq.append(m)
    return uniq


__all__ = ["participants"]
