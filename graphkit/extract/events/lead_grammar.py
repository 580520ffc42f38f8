"""The grammar of an event's lead that both leaders and attendees are read from.

``participants`` reads who led the main event (``leaders``) and who attended it as a subject or a
speaker (``subject_attendees``).  Both ask the same questions of the lead: which mentions can be a
clause's subject (not an object, "didampingi X", nor in the host's company), where a subject's clause
ends, and whether its own verb leads or attends.  Those shared pieces are here, decided once per
mention (``_Lead``), so that neither reader imports the other.
"""
from __future__ import annotations

import re

from ..context import Mention
from ..text.sentences import sentence

# a subject's verbs of leading (read by the leaders' rules and to tell a leader from an attendee)
_LED_ACTIVE = re.compile(r"\b(?:memimpin|membuka|meresmikan|melantik|mengukuhkan|mengambil\s+sumpah|meninjau|menggelar|mengadakan|melakukan|"
                         r"mengumpulkan|menerima(?!\s+(?:langsung\s+)?(?i:sk|surat\s+keputusan)\b)(?=\s+(?:langsung\s+)?(?:para\s+|sejumlah\s+)?(?:rombongan|delegasi|kunjungan|kedatangan|"
                         r"audiensi|silaturahmi|perwakilan|(?-i:[A-Z])|(?:[\w()-]+\s+){1,6}?(?:yang\s+)?berkunjung\w*\s+ke\b))|melaunching|meluncurkan|menyerahkan|menandatangani|"
                         r"melaksanakan|menyelenggarakan|bertemu|mengunjungi|berkunjung|turun\s+langsung|berkantor\s+di|"
                         # the giver of a handout leads it: "Gubernur X turun langsung … untuk membagikan paket sembako"
                         r"membagikan|menyalurkan|"
                         r"memantau\s+langsung|"
                         # the meeting noun used as the verb: "Wali Kota X Rapat koordinasi (Rakor) bersama kepala OPD"
                         r"(?:rapat|rakor|raker)(?:\s+(?:koordinasi|kerja))?(?:\s+\([^)]{1,12}\))?\s+(?:bersama|dengan)|"
                         # (past a manner adverbial: "menyambut dengan suka cita kedatangan …", "menyambut secara langsung rombongan …")
                         r"menyambut\s+(?:(?:langsung|secara\s+\w+|dengan\s+(?:[a-z-]+\s+){1,3}?)\s*)?(?:kedatangan|kunjungan|rombongan))\b", re.I)
# what stands before a mention that is no subject: an object of company, of a preposition, of a request
_NOT_SUBJECT = re.compile(r"\b(?:didampingi|bersama|beserta|kepada|dengan|dihadiri|oleh|untuk|dari|mewakili)"
                          r"(?:\s+oleh)?\s+[^.,;“”\"\n]{0,60}$|"
                          # the one asked or pressed to act is the object, past the comma of his post: "massa aksi
                          # meminta Bupati Mamuju, X, untuk bertemu dengan mereka"
                          r"\b(?:meminta|mendesak|menuntut|memanggil)\s+(?:agar\s+|supaya\s+)?[^.,;“”\"\n]{0,60}(?:,\s*)?$",
                          re.I)
_ATTEND_FIRST = re.compile(r"\b(?:menghadiri|hadiri|mengikuti|hadir|mewakili)\b", re.I)
# a full stop ends the clause, but not one that closes a short capitalised abbreviation before a name, a form of
# address or an honorific ("didampingi Ketua TP PKK Ny. Rita …", "Bupati H. Budi …", "Drs. Budi"): the clause
# goes on to the subject's own verb ("… mengunjungi …")
_CLAUSE_CUT = re.compile(r"[;\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.(?=\s)")
# degrees written after a name, dotted ("Anwar Sadat,Mag.", "X, S.Sos., M.Si."): their full stops end no clause
_DOTTED_DEGREES = re.compile(r"(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,]))+")


def _clause_after(text: str, end: int, limit: int) -> str:
    """The subject's clause: from the end of its name (past dotted degrees) to the first clause break."""
    d = _DOTTED_DEGREES.match(text, end, limit)
    start = d.end() if d else end
    return _CLAUSE_CUT.split(text[start:limit], maxsplit=1)[0]

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


def _attends_first(clause: str) -> bool:
    """"X menghadiri kegiatan … yang melakukan …": the subject's own verb is attending."""
    att, led = _ATTEND_FIRST.search(clause), _LED_ACTIVE.search(clause)
    return bool(att) and (led is None or att.start() < led.start())


# "X, didampingi Asisten A, Kepala BPKAD B dan Kabag C, menerima …": A, B and C are company, not subjects,
# as long as no verb stands between the cue and the name (the enumeration has only titles, commas, dan/serta)
_COMPANY_CUE = re.compile(r"\b(?:didampingi|bersama|beserta|berserta)(?:\s+(?:oleh|dengan))?\s", re.I)
# "di" written joined to a place noun is the preposition, not a di- verb: "diruang kerjanya", "dikantor bupati"
GLUED_DI = (r"di(?:ruang|ruangan|kantor|rumah|gedung|aula|halaman|lapangan|lokasi|sela|depan|hadapan|tempat|lantai|"
            r"jalan|balai|pendopo|kawasan|wilayah|lingkungan|samping|tengah|atas|bawah|dalam|luar|sana|sini)(?:nya)?\b")
_VERB = re.compile(r"\b(?!dinas|direktur|distrik|divisi|diklat|bersama|beserta|berserta)(?!" + GLUED_DI + r")(?:me|di|ber)[a-z]{3,}\b")


def _in_company(text: str, at: int) -> bool:
    s, _ = sentence(text, at, 0)
    cues = list(_COMPANY_CUE.finditer(text, max(s, at - 300), at))
    return bool(cues) and not _VERB.search(text, cues[-1].end(), at)


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen, uniq = set(), []
    for m in ms:
        if m.node_id not in seen:
            seen.add(m.node_id)
            uniq.append(m)
    return uniq


