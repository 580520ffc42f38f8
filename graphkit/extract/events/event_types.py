"""The event vocabulary of SCHEMA.md, as trigger words (venue, group and happening-cue words: ``happening_cues``).

Each event type lists the Indonesian words a reporter uses for it — the noun
("apel", "peresmian"), the verb forms ("meresmikan", "diresmikan",
"resmikan" in headlines) and common abbreviations ("rakor", "kunker",
"bimtek").  Everything is compiled into one alternation at import; the type
of a match is looked up from its lower-cased text, longest trigger first, so
"rapat koordinasi" is a rakor and not a plain "rapat".
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

import ahocorasick

from ..text import word_starts
from .event_frames import called_for
from ..text.sentences import folded, may_occur, scan

# type -> trigger phrases (regex fragments, matched case-insensitively at word boundaries)
TRIGGERS: dict[str, tuple[str, ...]] = {
    "rapat_koordinasi": (r"rapat koordinasi", r"temu koordinasi", r"rakor", r"rakorda", r"rakornas", r"rakortek"),
    "rapat_kerja": (r"rapat kerja", r"raker", r"rakerda", r"rakernas"),
    "rapat": (r"rapat paripurna", r"sidang paripurna", r"rapat dengar pendapat", r"rapat evaluasi", r"rapat pleno", r"rapat terbatas",
              r"musrenbang", r"musrembang", r"musyawarah perencanaan", r"focus group discussion", r"\bfgd", r"pleno", r"rapat",
              r"paripurna",
              r"pertemuan dengan",   # a meeting held with a group ("menghadiri pertemuan dengan pamong desa"); who
              #                        called on whom (an audiensi) it does not say      # "DPRD Gelar Paripurna …", "dalam paripurna": the plenary meeting by its adjective
              r"pengarahan"),   # a head briefing his officials, a noun in a frame: "ucapnya saat pengarahan di hadapan …"
    "apel": (r"apel(?: pagi| besar| perdana| kesadaran| gabungan| siaga| kesiapsiagaan| pasukan)?",
             r"upacara(?: bendera| peringatan| hari| hut)?"),
    "audiensi": (r"audiensi", r"beraudiensi", r"menerima kunjungan", r"terima kunjungan", r"menerima kedatangan",
                 r"terima kedatangan", r"menerima rombongan", r"menerima audiensi", r"menerima silaturahmi",
                 r"kunjungan kehormatan", r"courtesy call", r"bertemu dengan", r"bertemu",
                 r"menemui", r"temui", r"menghadap", r"mengadu ke", r"ngadu ke",
                 # calling on a head at his seat, told with a verb of coming the host's side does not name: "mendatangi
                 # Kantor Wali Kota …", "bertandang ke Rumah Jabatan Gubernur …", headline "Datangi Wali Kota …" (the
                 # host receives the callers: GUIDELINES' audiensi; a head's own "menyambangi PT X" is no call)
                 *(verb + r" (?:kantor|rumah jabatan|rumah dinas|rujab|ruang kerja|pendopo|bupati|wakil bupati|"
                          r"wali kota|walikota|wakil wali kota|gubernur|wakil gubernur)"
                   for verb in (r"mendatangi", r"datangi", r"menyambangi", r"sambangi", r"bertandang ke"))),
    "kunjungan_kerja": (r"kunjungan kerja", r"kunker", r"peninjauan", r"meninjau", r"tinjau", r"ditinjau",
                        r"sidak", r"inspeksi mendadak", r"kunjungan", r"berkunjung", r"mengunjungi", r"kunjungi",
                        r"blusukan", r"monitoring ke", r"turun langsung",
                        r"turun ke lapangan", r"melakukan kunjungan",
                        r"memantau langsung", r"pantau langsung",   # on the spot: "memantau langsung pelaksanaan Pilkada di …"
                        r"kunjungan lapangan", r"kunjungan ke", r"reses",
                        r"berkantor di",     # a head working a day from a kecamatan or village office
                        r"ngantor(?: dan \w+)? di",   # the same, colloquial: "Bupati Ngantor dan Menginap di Desa X"
                        r"menyambut kedatangan", r"sambut kedatangan",   # the visit of whoever arrives
                        r"kedatangan"),   # ... awaited (``false_trigger``): "persiapan menjelang kedatangan X"
    "pelantikan": (r"pelantikan", r"dilantik", r"melantik", r"lantik", r"pengukuhan", r"dikukuhkan",
                   r"mengukuhkan", r"kukuhkan"),
    "peresmian": (r"peresmian", r"meresmikan", r"diresmikan", r"resmikan", r"peluncuran", r"meluncurkan",
                  r"diluncurkan", r"luncurkan", r"launching", r"grand launching", r"soft launching",
                  # the opening of a festival or a games named as the occasion: "Acara Pembukaan Festival …"
                  r"acara pembukaan", r"upacara pembukaan"),
    "sosialisasi": (r"sosialisasi", r"mensosialisasikan", r"sosialisasikan", r"penyuluhan"),
    "pelatihan": (r"pelatihan", r"training", r"coaching clinic", r"bimtek", r"bimbingan teknis", r"diklat",
                  r"workshop", r"lokakarya", r"pembekalan"),
    "deklarasi": (r"deklarasi", r"mendeklarasikan", r"ikrar"),
    "penandatanganan": (r"penandatanganan", r"menandatangani", r"teken", r"meneken", r"mou",
                        r"nota kesepahaman", r"pakta integritas", r"perjanjian kerja sama"),
    # a handover of office ("serah terima jabatan", "sertijab") is a handover (SCHEMA: penyerahan, "serah terima"),
    # not the inauguration that went before it: the outgoing holder hands the post over, nobody is sworn in
    "penyerahan": (r"penyerahan", r"menyerahkan", r"serahkan", r"diserahkan", r"serah terima", r"sertijab", r"penyaluran",
                   r"penganugerahan", r"menganugerahkan", r"dianugerahkan",
                   r"menyalurkan", r"salurkan",
                   r"pembagian", r"membagikan", r"bagikan",
                   # aid sent off to those it is for: "pengiriman dan pelepasan bantuan untuk korban banjir"
                   r"pengiriman bantuan", r"pelepasan bantuan",
                   # aid given: "Dinas Sosial Beri Bantuan Korban Kebakaran", "memberikan bantuan kepada korban"
                   r"memberikan bantuan", r"berikan bantuan", r"beri bantuan", r"pemberian bantuan"),
    "kerja_bakti": (r"kerja bakti", r"gotong royong", r"bergotong royong", r"goro", r"bersih-bersih", r"aksi bersih",
                    # a cleaning drive named as a movement, the place it cleans between: "Gerakan Bali Bersih Sampah"
                    r"gerakan(?: \w+)? bersih"),
    "silaturahmi": (r"silaturahmi", r"silaturahim", r"bersilaturahmi", r"halal bihalal", r"halal bi halal", r"halalbihalal",
                    r"ramah tamah", r"pisah sambut", r"coffee morning", r"coffe morning", r"ngopi bareng",
                    r"gathering"),   # the English loanword: "menggelar acara gathering bersama insan pers"
    "upacara_adat": (r"upacara adat", r"tepuk tepung tawar", r"tepung tawar", r"tepuk tepung", r"mapalus",
                     r"penyambutan adat", r"kirab budaya",
                     # a guest welcomed by custom: "Disambut Adat Mopotilolo", "disambut secara adat Kaili"
                     r"disambut adat", r"disambut secara adat", r"disambut dengan adat"),
    "unjuk_rasa": (r"unjuk rasa", r"demonstrasi", r"demo", r"berunjuk rasa", r"aksi damai", r"aksi demo"),
    "kampanye": (r"kampanye", r"berkampanye", r"kampanye akbar"),
    "debat": (r"debat publik", r"debat kandidat", r"debat calon", r"debat paslon", r"debat pasangan calon",
              r"debat perdana", r"debat kedua", r"debat ketiga", r"debat terakhir"),
    "pemungutan_suara": (r"pemungutan suara", r"pencoblosan", r"pemungutan dan penghitungan suara"),
    "seminar": (r"seminar", r"webinar", r"dialog publik", r"diskusi publik", r"sarasehan", r"talkshow"),
    "doa_bersama": (r"doa bersama", r"istighosah", r"istigasah", r"pengajian akbar", r"tabligh akbar", r"zikir bersama"),
    # happenings the vocabulary has no type for (GUIDELINES: "other only when none fits")
    "other": (r"haul", r"resepsi", r"kirab",
              r"syukuran", r"tasyakuran",   # a thanksgiving feast: "syukuran Bupati dan Wakil Bupati terpilih"
              # a send-off: "melepas keberangkatan jemaah calon haji", "pelepasan keberangkatan kontingen"
              r"melepas keberangkatan", r"lepas keberangkatan", r"pelepasan keberangkatan",
              r"peletakan batu pertama", r"meletakkan batu pertama", r"letakkan batu pertama", r"groundbreaking",
              r"ground breaking"),
}
# Common misspellings of trigger words, by the type they stand for: a dropped vowel or a doubled
# consonant ("audensi", "kordinasi", "silaturrahmi").  Only misspellings that no other Indonesian
# word has; each is a trigger exactly as the word it misspells.
MISSPELLED: dict[str, tuple[str, ...]] = {
    "rapat_koordinasi": (r"rapat kordinasi", r"rapat koordinsi", r"rapat koordiansi", r"rapat kooordinasi"),
    "audiensi": (r"audensi", r"beraudensi", r"audinsi"),
    "silaturahmi": (r"silaturrahmi", r"silaturrahim", r"silahturahmi", r"silahturahim", r"silaturahmih"),
    "sosialisasi": (r"sosialiasi", r"sosialisai", r"sosilisasi"),
    "pelantikan": (r"pelantikkan",),
}
for _t, _ps in MISSPELLED.items():
    TRIGGERS[_t] = TRIGGERS[_t] + _ps
# types outside the SCHEMA/GUIDELINES vocabulary: their happenings are typed ``other`` (a seminar has no type)
OUT_OF_VOCABULARY = {"seminar": "other", "doa_bersama": "other"}
# words that look like triggers but are not events here
_NOT_EVENT = re.compile(r"rapat(?=\s+(?:umum|kerja\s+sama))|kunjungan(?=\s+(?:wisata|wisatawan|pasien))|"
                        r"(?:penyerahan|menyerahkan|diserahkan)(?=\s+(?:tersangka|terdakwa|barang\s+bukti|diri|berkas))",
                        re.I)

_PHRASES = sorted(((p, t) for t, ps in TRIGGERS.items() for p in ps), key=lambda x: len(x[0]), reverse=True)


# the characters other than a letter and its capital that re.I matches to that letter
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _grouped(frags: list[str], depth: int = 0) -> str:
    """The alternation of ``frags`` (order kept), factored by their first letters into a trie.

    A flat alternation of ~200 phrases is tried branch by branch at every word start; grouped as
    ``(?:[Rr](?:[Aa]…|[Ee]…)|[Dd]…)`` only the phrases sharing the text's first letters are tried, and
    re rejects a branch by its letter class without entering it (it cannot for a lookahead or an
    ignore-case class: the letters are matched case-sensitively, with every character re.I would
    match, and only the rest of each phrase is ``(?i:…)``).  Branches in different groups cannot match
    at the same position and each group keeps the original order, so the match is the same.
    """
    keys = [p[:depth + 1].lower() for p in frags]
    if depth == 3 or any(len(k) <= depth or not k.isalpha() for k in keys):
        return "(?i:%s)" % "|".join(p[depth:] for p in frags)
    groups: dict[str, list[str]] = {}
    for k, p in zip(keys, frags):
        groups.setdefault(k, []).append(p)
    return "(?:%s)" % "|".join("[%s%s%s]%s" % (k[-1], k[-1].upper(), _FOLDS.get(k[-1], ""), _grouped(ps, depth + 1))
                               for k, ps in groups.items())


def first_letter_alternation(branches: list[tuple[str, str]]) -> str:
    """An alternation of (first letters, branch) pairs grouped by first letter: ``(?=[dt…])(?:(?=d)(?:…)|…)``.

    Each branch goes into the group of every letter it can start with, in the original order, so at
    any position only the branches that can match there are tried, first one first: the same match
    as the flat alternation.  Use with patterns compiled ``re.I`` (the lookahead folds case as the
    branch does) or with exact-case letters.
    """
    groups: dict[str, list[str]] = {}
    for letters, branch in branches:
        for c in letters:
            groups.setdefault(c, []).append(branch)
    return "(?=[%s])(?:%s)" % ("".join(groups), "|".join("(?=%s)(?:%s)" % (c, "|".join(bs)) for c, bs in groups.items()))


# "\bfgd" as "fgd": after (?<![\w-]) a letter is always at a word boundary
_FRAGS = [p.replace(" ", r"\s+").removeprefix(r"\b") for p, _ in _PHRASES]
TRIGGER_RE = re.compile(r"(?<![\w-])%s(?![\w-])" % _grouped(_FRAGS))
_TYPE_RE = [(re.compile(r"(?:%s)$" % p.replace(" ", r"\s+"), re.I), t) for p, t in _PHRASES]


# the leading letters of every phrase ("apel" of "apel(?: pagi| …)?"): a TRIGGER_RE match opens with one
_LEADS = ahocorasick.Automaton()
for _lead in {re.match(r"[a-z]+", f)[0] for f in _FRAGS}:
    _LEADS.add_word(_lead, len(_lead))
_LEADS.make_automaton()


# the same leads at word starts, found in the pass the article's word-start scans share (``word_starts``;
# TRIGGER_RE opens with (?<![\w-]))
word_starts.register("leads", ((lead, None) for lead in _LEADS.keys()))


@functools.lru_cache(maxsize=2)
def _lead_starts(text: str) -> list[int] | None:
    """Sorted offsets of ``text`` where a lead begins with no letter or digit before it; None with a
    Kelvin sign (it lower-cases onto "k", which the folded text does not show)."""
    if "\u212a" in text:
        return None
    return sorted({s for s, _, _ in word_starts.hits(text, "leads")})


def triggers(text: str, start: int = 0, end: int | None = None):
    """``TRIGGER_RE.finditer(text, start, end)``, tried only where a phrase's leading letters occur.

    re walks the trie at every word start of the lead; one automaton pass over the folded text finds
    the few places a phrase can open, and TRIGGER_RE is matched there alone (sentences.scan): the same
    matches.  Without a folded text (see ``folded``) every position is tried.

    The stages ask for triggers in many short stretches of one article, so the leads of the whole text
    are found once (``_lead_starts``, over the blank-folded text) and each call takes its stretch by
    bisection.  The positions dropped (a letter or digit before the lead) are where (?<![\\w-]) fails;
    those kept whose lead runs past ``end`` cannot match before it (every match opens with a whole lead)."""
    end = len(text) if end is None else end
    low = folded(text)
    if low is None:
        return scan(TRIGGER_RE, text, None, start, end)
    every = _lead_starts(text)
    if every is None:
        starts = sorted({last - n + 1 for last, n in _LEADS.iter(low, start, end)})
    else:
        starts = every[bisect_left(every, start):bisect_left(every, end)]
    return scan(TRIGGER_RE, text, starts, start, end)


@functools.lru_cache(maxsize=4096)
def trigger_kind(phrase: str) -> str | None:
    """The kind of happening a trigger phrase found by ``TRIGGER_RE`` names, in ``TRIGGERS``' own words (a
    ``doa_bersama`` or a ``seminar`` before the schema calls it ``other``); cached: a pure function of the phrase."""
    if _NOT_EVENT.match(phrase):
        return None
    for rx, etype in _TYPE_RE:
        if rx.match(phrase):
            return etype
    return None


def trigger_type(phrase: str) -> str | None:
    """The event type (the schema's vocabulary) of a trigger phrase found by ``TRIGGER_RE``."""
    kind = trigger_kind(phrase)
    return OUT_OF_VOCABULARY.get(kind, kind) if kind else None


def false_trigger(text: str, start: int) -> bool:
    """A trigger that the words around it show is no event: "rapat umum", "penyerahan tersangka", a headline's
    "Minta … Blusukan" (the deed an order asks for); "paripurna"
    alone only names the plenary after a verb or preposition of holding ("Gelar Paripurna", "dalam paripurna")
    or before its body ("paripurna DPRD"), not as an adjective ("Akreditasi Paripurna")."""
    if text[start:start + 9].lower() == "paripurna":
        return not (_PLENARY_BEFORE.search(text, max(0, start - 24), start) or _PLENARY_AFTER.match(text, start))
    if text[start:start + 10].lower() == "kedatangan":
        return not _ARRIVAL_AWAITED.search(text, max(0, start - 24), start)
    # a headline's "Minta Para Kades Blusukan": the deed an order asks for (``event_frames.called_for``)
    return bool(_NOT_EVENT.match(text, start)) or called_for(text, start)


# "kedatangan" (an arrival) names a visit only as the happening others prepare for or await ("persiapan menjelang
# kedatangan Bupati X dalam acara Y pada Jumat (20/1)", "rencana kedatangan Menteri"): the visit of whoever
# arrives, like "menyambut kedatangan"; elsewhere it is a coming of anyone ("kedatangan tamu", "kedatangan hujan")
_ARRIVAL_AWAITED = re.compile(r"\b(?:menjelang|jelang|persiapan|kesiapan|penyambutan|rencana|menanti|menunggu)\s+$",
                              re.I)


_PLENARY_BEFORE = re.compile(r"\b(?:gelar|menggelar|digelar|dalam|pada|saat|usai|jelang|agenda|acara|kegiatan)\s+$", re.I)
_PLENARY_AFTER = re.compile(r"paripurna\s+(?:DPRD|DPR|DPD|dewan|istimewa|penyampaian|pengesahan|penetapan)\b", re.I)


__all__ = ["TRIGGERS", "TRIGGER_RE", "triggers", "trigger_kind", "folded", "may_occur",
           "first_letter_alternation", "false_trigger", "trigger_type"]
