"""The vocabulary of posts: which words open a post (heads), which acting capacity may precede
it, and what an open head must be followed by to be a public post.

Posts are compositional: a head (Kepala, Ketua, Sekretaris, Komisioner, Juru Bicara, Karo,
Koordinator, Asisten ...) becomes a public post by the unit written after it (an agency noun and
its name, a public body's acronym, a ministry, a court, an election body): ``_PUBLIC_AFTER``
(``public_units``) holds that grammar per head, so units no list names still make posts
("Sekretaris Diskominfo", "Ketua Panwascam", "Karo Humas Setprov").  The capacity before a
post and whether it is held at the time are read in ``post_status``.

Kept apart from ``offices`` (which reads the words after a head and splits them into agency,
region and name) so each module stays small: this one is data plus the fast head finder.
"""
from __future__ import annotations

import functools
import re

import ahocorasick

from ..names.role_words import role_vocab
from ..regions.gazetteer import title_rows
from ..text import word_starts

# Heads whose post is complete by itself (the region follows).
_FIXED = ["Wakil Gubernur", "Gubernur", "Wagub", "Wakil Bupati", "Bupati", "Wabup", "Wakil Wali Kota",
          "Wakil Walikota", "Wali Kota", "Walikota", "Walkot", "Wako", "Wawali", "Wawako", "Wawalkot", "Wakil Presiden", "Presiden", "Wapres",
          "Sekretaris Daerah", "Sekda", "Sekdaprov", "Sekprov", "Sekretaris Provinsi", "Sekdakab", "Sekkab", "Sekdakot", "Sekretaris Kota", "Sekko", "Sekkot", "Dewan Kota", "Camat", "Lurah", "Kepala Desa",
          "Kades", "Ketua DPRD", "Wakil Ketua DPRD", "Anggota DPRD", "Ketua DPR", "Wakil Ketua DPR", "Anggota DPR",
          "Ketua DPD", "Anggota DPD", "Ketua MPR", "Ketua KPU", "Anggota KPU", "Ketua Bawaslu", "Anggota Bawaslu",
          "Inspektur", "Kasatpol PP", "Kepala Satpol PP", "Sekwan", "Sekretaris DPRD"]
_FIXED += [r["abbrev"] for r in title_rows()
           if r["category"] in ("polri", "tni", "kejaksaan", "peradilan", "vertikal", "nasional")
           and r["abbrev"] not in ("JPU", "Hakim", "Babinsa", "Bhabinkamtibmas")]
_FIXED += ["Kepala Kepolisian Resor", "Kepala Kepolisian Daerah", "Komandan Kodim", "Komandan Distrik Militer"]
# Legislatures written out ("Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bekasi"): the same posts as
# their acronyms, to which ``SPELLED_HEADS`` maps them back so one post keeps one name.
_BODIES = {"Dewan Perwakilan Rakyat Daerah": "DPRD", "Dewan Perwakilan Rakyat": "DPR", "Dewan Perwakilan Daerah": "DPD",
           "Majelis Permusyawaratan Rakyat": "MPR"}
SPELLED_HEADS = {f"{seat} {body}".lower(): f"{seat} {short}" for body, short in _BODIES.items()
                 for seat in ("Ketua", "Wakil Ketua", "Anggota")}
SPELLED_HEADS["juru bicaranya"] = "juru bicara"
_FIXED += [f"{seat} {body}" for body in _BODIES for seat in ("Ketua", "Wakil Ketua", "Anggota")]
# Aceh's legislatures keep their own names (UU 11/2006): DPRA for the province, DPRK for a kabupaten/kota
_FIXED += [f"{seat} {body}" for body in ("DPRA", "DPRK") for seat in ("Ketua", "Wakil Ketua", "Anggota", "Sekretaris")]
# The regional legislature by its common noun, "Dewan", with the region right after it ("Wakil Ketua Dewan X",
# "Anggota Dewan Kabupaten X"): the DPRD of that region.  Only with a region after it (``offices`` checks):
# "Ketua Dewan Pendidikan X", "Ketua Dewan Pimpinan ..." name other councils.
LEGISLATURE_NOUN_SEATS = {f"{seat} dewan": f"{seat.title()} DPRD" for seat in ("ketua", "wakil ketua", "anggota", "sekretaris")}
_FIXED += [seat.title() for seat in LEGISLATURE_NOUN_SEATS]
SPELLED_HEADS.update(LEGISLATURE_NOUN_SEATS)
_NOUN_SEAT_AT = re.compile(r"(?:wakil\s+)?(?:ketua|anggota|sekretaris)\s+dewan\b", re.I)


def legislature_named(role: str, code: str | None, text: str, start: int) -> str:
    """The seat of a legislature written by its common noun ("Wakil Ketua Dewan X") in the body's legal name:
    Aceh's legislatures keep their own (UU 11/2006), DPRA for the province and DPRK for a kabupaten/kota."""
    if code and code[:3] in ("11", "11.") and "DPRD" in role and _NOUN_SEAT_AT.match(text, start):
        return role.replace("DPRD", "DPRK" if "." in code else "DPRA")
    return role
# The regional legislature's acronym with two letters swapped ("Ketua DRPD"), a slip local outlets make often
# enough that the chair it names is lost with it: read as the body it misspells.
SWAPPED_BODIES = {"DRPD": "DPRD", "DPDR": "DPRD"}
_FIXED += [f"{seat} {wrong}" for wrong in SWAPPED_BODIES for seat in ("Ketua", "Wakil Ketua", "Anggota")]
SPELLED_HEADS.update({f"{seat} {wrong}".lower(): f"{seat} {right}" for wrong, right in SWAPPED_BODIES.items()
                      for seat in ("Ketua", "Wakil Ketua", "Anggota")})
_FIXED += ["Senator"]              # a member of the DPD ("senator asal NTT")
_FIXED += ["Wali Nanggroe"]        # Aceh's head of customary institution (UU 11/2006), a public post of the province
# Village heads by their regional names (Aceh, Sumbar, Bali, Lampung, Jepara, Cirebon, Kalsel, Sulut ...)
VILLAGE_HEAD_NAMES = ("Keuchik", "Geuchik", "Wali Nagari", "Perbekel", "Kepala Kampung", "Kepala Pekon", "Kepala Tiyuh",
                      "Kepala Lembang", "Kepala Gampong", "Hukum Tua", "Sangadi", "Petinggi", "Kuwu", "Pambakal")
_FIXED += list(VILLAGE_HEAD_NAMES)
# the camat's local titles: a kapanewon of a DIY kabupaten is headed by a Panewu (a kemantren of Yogyakarta city by
# a Mantri Pamong Praja); like "Camat", the kecamatan follows the head
KECAMATAN_HEAD_NAMES = ("Panewu",)
_FIXED += list(KECAMATAN_HEAD_NAMES)
SPELLED_HEADS["senator"] = "Anggota DPD"
# Heads that take agency words after them ("Kepala Dinas" + "Kesehatan").
_OPEN = ["Kepala Dinas", "Kepala Badan", "Kepala Kantor", "Kepala Bagian", "Kepala Bidang", "Kepala Biro",
         "Kepala Pelaksana", "Kepala Satuan", "Kasatpel", "Kepala Satuan Pelaksana", "Kepala UPTD", "Kepala UPT", "Kepala Unit", "Kepala Seksi",
         "Sekretaris Dinas", "Sekretaris Badan", "Kadis", "Kaban", "Kabag", "Kabid", "Kalak", "Kalaksa", "Kasi", "Kasie", "Sekdis",
         "Direktur Utama", "Direktur", "Dirut", "Menteri", "Wakil Menteri", "Koordinator Divisi", "Ketua Divisi",
         "Ketua Komisi", "Wakil Ketua Komisi", "Sekretaris Komisi", "Anggota Komisi", "Ketua Fraksi",
         "Wakil Ketua Fraksi", "Ketua Panitia Kerja", "Ketua Panja", "Staf Ahli", "Kepala",
         "Asisten", "Dirjen", "Sekjen", "Sekretaris Jenderal", "Deputi", "Komandan", "Panglima",
         "Kasubag", "Kasubbag", "Kasubbid", "Kasubsi", "Kepala Subbagian", "Kepala Sub Bagian", "Kepala Subbidang",
         "Kepala Sub Bidang"]
# Heads that are posts only by the unit written after them (``_PUBLIC_AFTER``): a head + a public unit
# (a body's acronym, Dinas/Badan/Biro/Fraksi ... + its name) + a jurisdiction.  "Ketua Bawaslu",
# "Komisioner KPU Kabupaten X", "Juru Bicara Fraksi ...", "Karo Humas Setprov ...", "Ketua Panwascam ...".
_UNIT_OPEN = ["Pejabat Pengawas", "Pejabat Administrator", "Kordiv", "Komisioner", "Juru Bicara", "Juru Bicaranya", "Jubir", "Karo", "Koordinator", "Ketua", "Wakil Ketua", "Anggota",
              "Sekretaris", "Kepala Distrik", "Kasat", "Kanit", "Kasatreskrim"]
_OPEN += _UNIT_OPEN
_UNIT_OPEN_SET = frozenset(h.lower() for h in _UNIT_OPEN)
_ASSISTANT = r"Asisten\s+(?:Daerah\s+|Sekda\s+)?(?:I{1,3}|IV|[1-4])\b"
# Functional posts of the civil service, named by their field and grade: "Analis Kebijakan Ahli Madya",
# "Pranata Komputer Ahli Muda" (the grade "Ahli ..." is what makes them posts, not a trade).
_FUNCTIONAL_WORDS = ("Analis", "Pranata", "Perencana", "Auditor", "Arsiparis", "Pustakawan", "Statistisi",
                     "Widyaiswara", "Penyuluh", "Pengawas", "Penata", "Asesor", "Pengelola", "Penelaah")
_FUNCTIONAL = [r"%s(?:\s+[A-Z][a-z]+){0,4}\s+Ahli\s+(?:Pertama|Muda|Madya|Utama)\b" % w for w in _FUNCTIONAL_WORDS]
# A head fused with its agency's short name: "Kadisdik" (Kepala Disdik), "Kadinkes" (Kepala Dinkes); not "Kadin".
_FUSED_AGENCY_HEAD = r"Ka(?:dis|din)[a-z]{2,}"
# Common misspellings of head words: the misspelt head is read as the post it misspells.
_MISSPELT = {"Sekretaris": ("Sekertaris", "Sekretatis"), "Gubernur": ("Gubenur", "Gubernu"),
             "Koordinator": ("Koodinator", "Kordinator", "Koordinatur"), "Kepala": ("Kepla",)}
# The heads of regions and of the secretariat are mistyped in many ways ("Bupat", "Gubermur", "Seketaris"): one
# slip of a finger (a letter dropped, doubled, swapped with the next, or struck on a neighbouring key; never the
# first letter) is read as the head.  A slip that spells another word of posts is that word.
_TYPED_HEADS = ("Gubernur", "Bupati", "Sekretaris", "Walikota", "Asisten")
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(c: str) -> str:
    """The letters beside ``c`` on its row of the keyboard."""
    row = next((r for r in _KEYS if c in r), "")
    i = row.find(c)
    return row[max(0, i - 1):i] + row[i + 1:i + 2] if row else ""


def _slips(word: str) -> set[str]:
    """``word`` mistyped once, past its first letter."""
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1:])                               # dropped
        out.add(word[:i] + word[i] + word[i:])                         # doubled
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])   # swapped
        out.update(word[:i] + k + word[i + 1:] for k in _neighbours(word[i]))   # a neighbouring key
    return {w for w in out if len(w) >= 5 and w != word}


_MISTYPED = {slip: right for right in _TYPED_HEADS for slip in _slips(right)}
_VARIANTS = sorted({h.replace(right, wrong, 1) for h in set(_FIXED + _OPEN) for right, wrongs in _MISSPELT.items()
                    for wrong in wrongs if h.startswith(right)})
SPELLED_HEADS.update({v.lower(): next(v.replace(w, r, 1) for r, ws in _MISSPELT.items() for w in ws if v.startswith(w))
                      for v in _VARIANTS})
_HEADS_NOW = {h.lower() for h in _FIXED + _OPEN + _VARIANTS}
# each head with one of its words mistyped -> the head (heads in sorted order: the same table in every process);
# a variant that spells a head already known, or whose slip is a word of posts, is not a slip
_TYPED = {" ".join(slip if w == right else w for w in h.split()): h for h in sorted(set(_FIXED + _OPEN))
          for slip, right in _MISTYPED.items() if right in h.split()}
_TYPED = {v: h for v, h in _TYPED.items() if v.lower() not in _HEADS_NOW
          and not any(w.lower() in role_vocab() for w in v.split() if w in _MISTYPED)}
SPELLED_HEADS.update({v.lower(): h for v, h in _TYPED.items()})
_VARIANTS += sorted(_TYPED)
_HEAD_FORMS = [_ASSISTANT, _FUSED_AGENCY_HEAD] + _FUNCTIONAL + [re.escape(h).replace(r"\ ", r"\s+") for h in sorted(set(_FIXED + _OPEN + _VARIANTS),
                                                                                    key=len, reverse=True)]
# a head does not open inside a word, nor after a hyphen that joins it to one ("Bupati-Wakil Bupati" is one pair);
# a dash glued to a dateline's bracket or a blank is punctuation ("RENGAT (HR)-Kapolda Riau …", "PADANG -Wali Kota")
# (a head glued by a dash to a word is no head, "non-Bupati", but one after a dateline or an outlet's name in
# capitals is: "SERAYUNEWS-Wakil Bupati ...")
_HEAD_RX = r"(?<!\w)(?:(?<![\w-]-)|(?<=(?-i:[A-Z]{2})-))(?P<head>%s)(?![\w-])"
HEAD = re.compile(_HEAD_RX % "|".join(_HEAD_FORMS), re.I)
# HEAD split by the two (ASCII) letters its forms open with, in the same order: at a given position only the
# forms opening with those letters can match, and re tries a few dozen alternatives (the "ke" of "Kepala ...")
# instead of two hundred.  Every form opens with two letters.
_HEAD_BY_LETTERS = {c: re.compile(_HEAD_RX % "|".join(f for f in _HEAD_FORMS if f[:2].lower() == c), re.I)
                    for c in {f[:2].lower() for f in _HEAD_FORMS}}


# A list of posts after a name ("diwakili X, Asisten II, Asisten III, ..."): HEAD after a comma or "dan", with
# the heads' case as written; split like _HEAD_BY_LETTERS, by the exact letter opening each form.
_LIST_GAP = r"\s*,?\s*(?:dan\s+)?"
_POST_LIST = re.compile(_LIST_GAP + HEAD.pattern)
_POST_LIST_BY_LETTER = {c: re.compile(_LIST_GAP + _HEAD_RX % "|".join(f for f in _HEAD_FORMS if f[0] == c))
                        for c in {f[0] for f in _HEAD_FORMS}}
_BLANKS_AND_COMMAS = re.compile(r"[\s,]*")


def post_list_at(text: str, pos: int) -> bool:
    """Whether ``_POST_LIST`` matches at ``pos``.  Without "dan", its head opens right after the blanks and
    comma, so only the forms opening with the letter there are tried."""
    start = _BLANKS_AND_COMMAS.match(text, pos).end()
    if text.startswith("dan", start):
        return bool(_POST_LIST.match(text, pos))
    rx = _POST_LIST_BY_LETTER.get(text[start:start + 1])
    return bool(rx and rx.match(text, pos))


def head_at(text: str, pos: int) -> re.Match | None:
    """``HEAD.match(text, pos)``, through the forms opening with the two letters at ``pos`` (re.I also folds a
    few non-ASCII letters, such as "ſ", onto ASCII ones: those go to the whole HEAD)."""
    lead = text[pos:pos + 2]
    rx = _HEAD_BY_LETTERS.get(lead.lower())
    if rx is None:
        return None if lead.isascii() else HEAD.match(text, pos)
    return rx.match(text, pos)
_OPEN_SET = {h.lower() for h in _OPEN}
# Village heads name their desa/kelurahan (not in the gazetteer) before the person.
_VILLAGE_HEADS = {"kepala desa", "kades", "lurah"} | {h.lower() for h in VILLAGE_HEAD_NAMES}
# Heads followed by the name of their unit, which the gazetteer may not know (a village, a nickname).
_UNIT_HEADS = _VILLAGE_HEADS | {"camat"} | {h.lower() for h in KECAMATAN_HEAD_NAMES}
# Open heads that always name an agency before the person ("Kepala Dinas Perkim Supardi").
_AGENCY_HEADS = {"kepala dinas", "kepala badan", "kepala kantor", "kepala bagian", "kepala bidang", "kepala biro",
                 "kepala seksi", "sekretaris dinas", "sekretaris badan", "kadis", "kaban", "kabag", "kabid", "kasi",
                 "sekdis", "menko", "wamen", "menpan"}

_RUN_TOKEN = re.compile(r"\((?P<paren>[^()\n]{1,40})\)|(?P<init>(?:[A-Z]\.){1,3})(?=\s|,|$)|"
                        r"(?P<num>(?:\d+|[IVX]{1,4})/[A-Za-z0-9]+|\d+)|"
                        r"(?P<word>[A-Za-z][A-Za-z'’-]*)(?P<dot>\.)?")


def _first_words() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for head in sorted(set(_FIXED + _OPEN + _VARIANTS + ["Asisten", "Kadin"] + list(_FUNCTIONAL_WORDS))):
        word = head.split()[0].lower()
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


_FIRST_WORDS = _first_words()
# The leading letters of every head, lower case.  HEAD can match at a word only if the word's leading ASCII
# letters are one of these, or a non-ASCII letter follows them (re.I folds "K", "ſ" ... onto ASCII letters).
_HEAD_LEADS = frozenset(re.match(r"[A-Za-z]+", h).group().lower()
                        for h in set(_FIXED + _OPEN + _VARIANTS + ["Asisten", "Kadin"] + list(_FUNCTIONAL_WORDS)))
_LEAD = re.compile(r"[A-Za-z]*")


def _opens_head(text: str, pos: int, word: str) -> bool:
    """Whether HEAD may match at ``pos``, where ``word`` (ASCII letters first) is written: a set test that
    spares the big HEAD alternation on the many words that open no post."""
    leads, n = _lead(word)
    return leads or not text[pos + n:pos + n + 1].isascii()


@functools.lru_cache(maxsize=8192)
def _lead(word: str) -> tuple[bool, int]:
    """Whether the leading ASCII letters of ``word`` lead a head, and their number (cached: the words of
    posts and names recur from article to article)."""
    lead = _LEAD.match(word).group()
    return lead.lower() in _HEAD_LEADS, len(lead)


# The first words with the blank before them: the automaton then leaves its root state only at a blank, a
# pass twice as fast as over words inside words ("kasi" in "sosialisasi").  Found in the one pass the article's
# word-start scans share (``word_starts``, over the boundary-folded text: also after "-", where HEAD's
# look-behind decides).
word_starts.register("heads", ((w, w) for w in _FIRST_WORDS.keys()))


def _head_matches(text: str):
    """HEAD matches, found fast: the automaton finds first words, the regex confirms at those spots only.

    Each spot is a first word (ASCII letters in any case) after a blank of the folded text, that is after
    the text's start or a character neither an ASCII letter nor a digit: every spot the lower-cased text
    would give, where no letter, digit or "-" stands before the word, and a few more after "-" or a
    non-ASCII letter, where HEAD's look-behind fails all the same.  Only the Kelvin sign (U+212A) lower-cases onto an
    ASCII letter, and only U+0130 changes length: text with either goes the lower-case way."""
    if text.isascii() or not ("\u212a" in text or "\u0130" in text):
        last_end = -1
        for start, _, _ in word_starts.hits(text, "heads"):
            if start < last_end:
                continue
            m = head_at(text, start)
            if m:
                last_end = m.end()
                yield m
        return
    low = text.lower()
    if len(low) != len(text):
        yield from HEAD.finditer(text)
        return
    last_end = -1
    for end_idx, word in _FIRST_WORDS.iter(low):
        start = end_idx - len(word) + 1
        if start < last_end or (start > 0 and low[start - 1].isalnum()):
            continue                      # (after "-" the regex decides: a glued dash may open a head)
        m = head_at(text, start)
        if m:
            last_end = m.end()
            yield m
