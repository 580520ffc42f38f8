"""Naming a post once it is found: the full role name, its level, national or not.

"Kadis Kominfo" and "Kepala Dinas Komunikasi dan Informatika" must become one
Office node, so a role is written with its title abbreviation expanded
(Kapolres → Kepala Kepolisian Resor, Walikota → Wali Kota) and one-word agency
acronyms expanded (BKD → Badan Kepegawaian Daerah), the same way the scorer's
``role_key`` reads them.  Words that locate rather than name the post (Setda,
Provinsi, Dapil VII, 0303/Bengkalis) are dropped.  ``role_level`` says which
kind of region a post belongs to (from titles.csv's ``level`` column), which is
what decides a default region and kabupaten-vs-kota homonyms.
"""
from __future__ import annotations

import functools
import re

from ..names.role_words import misspelt_unit
from ..regions.gazetteer import opd_rows, title_rows
from .heads import _ASSISTANT, KECAMATAN_HEAD_NAMES, SWAPPED_BODIES, VILLAGE_HEAD_NAMES
from .post_record import Post

_NATIONAL = re.compile(r"^(?:Presiden|Wakil Presiden|Wapres|Menteri|Wakil Menteri|Ketua DPR|Wakil Ketua DPR|Anggota DPR|"
                       r"Ketua DPD|Anggota DPD|Ketua MPR|Kapolri|Panglima TNI|Jaksa Agung|Ketua Panitia Kerja|"
                       # the armed forces' commands above the provinces (a fleet spans several: "Komando Armada III")
                       r"Panglima\s+(?:Komando\s+Armada|Koarmada|Kostrad|Kogabwilhan|Komando\s+Gabungan)|"
                       r"(?:Wakil\s+)?Kepala\s+Staf\s+(?:Kepresidenan|Presiden|KSP|Angkatan|TNI))\b",
                       re.I)
_PLACE_HEADS = frozenset({"kepala desa", "kades", "lurah", "kepala kelurahan", "camat", "kepala distrik"}
                         | {h.lower() for h in VILLAGE_HEAD_NAMES + KECAMATAN_HEAD_NAMES})
_FUSED = re.compile(r"(?i)ka((?:dis|din)[a-z]{2,})$")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_ASSISTANT_HEAD = re.compile(_ASSISTANT, re.I)
_DROP_TAIL = re.compile(r"\b(?:Pemprov|Pemkab|Pemkot|Pemda|Setda|Setdakab|Setdaprov|Setdakot|Setprov|Setkab|Setkot|Sekda|Sekdakab|"
                        r"Sekdaprov|Sekdakot|Sekretariat\s+Daerah|Provinsi|Kabupaten|Kab|Kota|"
                        r"Dapil(?:\s+[IVX\d]+)?|RI|Republik\s+Indonesia)\b")


def role_name(text: str, post: Post) -> str:
    """The full post name: abbreviations expanded word by word (Kadis → Kepala Dinas)."""
    if post.joined is not None:       # a double post: "Menteri LH/Kepala Badan ..."
        first = _role_name(post.head, tuple(text[s:e] for s, e in post.tail), False)
        return f"{first}/{role_name(text, post.joined)}"
    role = _role_name(post.head, tuple(text[s:e] for s, e in post.tail), bool(post.region_span))
    if post.head == "Direktur" and (at := _AT_MINISTRY.search(text, post.start, post.end)):
        # "Direktur Bina Pengadaan Tanah di Kementerian ATR/BPN": a ministry's director, named by the directorate
        ministry = text[at.start(1):post.end].split()
        words = role.split()
        if words[-len(ministry):] == ministry or ministry[0] in words:
            role = " ".join(words[:words.index(ministry[0])])
    if role == "Juru Bicara Pemerintah" and post.region_span and \
            _GOVERNMENT_BEFORE.search(text, post.start, post.region_span[0]):
        # "Juru Bicara Pemerintah Aceh": a government named by its region alone is the post's body
        role += " " + " ".join(text[post.region_span[0]:post.region_span[1]].split())
    return role


def _faction_body(tail: str) -> str:
    """The legislature a faction sits in: DPR, Aceh's DPRA (province) and DPRK (kabupaten/kota), which keep
    their own names (UU 11/2006), else DPRD."""
    aceh = re.search(r"\b(DPRA|DPRK)\b", tail)
    if aceh:
        return aceh.group(1)
    return "DPR" if re.search(r"\bDPR\s+RI\b|\bDPR$", tail) else "DPRD"


@functools.lru_cache(maxsize=4096)
def _role_name(head: str, words: tuple[str, ...], regioned: bool) -> str:
    """``role_name`` of a post written ``head`` + ``words`` (cached: the same few posts recur in every article)."""
    fused = _FUSED.match(head)
    if fused:                          # "Kadisdik" = Kepala + Disdik (Dinas Pendidikan)
        unit = fused.group(1)
        head = "Kepala " + (_opd_abbrev().get(unit.lower()) or unit[:1].upper() + unit[1:])
    if _ASSISTANT_HEAD.match(head):
        num = head.split()[-1]
        return "Asisten " + _ROMAN.get(num, num.upper())
    tail = " ".join(words)
    if head.lower() in _PLACE_HEADS:
        words, tail = (), ""      # the village or kecamatan named after the head is its place, not the post's name
    if head.islower():
        head = " ".join(w[:1].upper() + w[1:] for w in head.split())      # "juru bicara" as a post's name
    if re.search(r"(?i)\bfraksi\b", tail) and not re.search(r"(?i)fraksi", head):
        # GUIDELINES.md: a faction post is a post of the body, without the party ("Juru Bicara Fraksi DPRD")
        body = _faction_body(tail)
        if head.lower() == "anggota":
            return f"Anggota {body}"      # a member of a faction is a member of the body
        return f"{_role_name(head, (), regioned)} Fraksi {body}"
    if head.lower() in ("juru bicara", "jubir") and (gov := _GOVERNMENT_UNIT.match(tail)):
        # "Juru Bicara Pemerintah Daerah Provinsi X", "Juru Bicara Pemerintah Aceh": the government speaks through
        # the post, so it is part of its name (the jurisdiction after Provinsi/Kabupaten/Kota is its region)
        return "Juru Bicara " + " ".join(gov.group(0).split())
    if head.lower() == "ketua fraksi" or head.lower() == "wakil ketua fraksi":
        body = _faction_body(tail)
        return f"{head} {body}"
    if head.lower() == "asisten":      # "Asisten Perekonomian dan Pembangunan Setda X": named, not numbered
        # (the post's name as written: "Asisten Bidang Perekonomian" keeps "Bidang", like "Deputi Bidang X")
        tail = _DROP_TAIL.sub(" ", tail).strip()
        return " ".join(("Asisten " + tail).split())
    tail = re.sub(r"\b(?:Dapil|Daerah\s+Pemilihan)\b.*$", "", tail)   # the constituency is not the post
    tail = _JURISDICTION_TAIL.sub("", tail)
    tail = _DROP_TAIL.sub(" ", tail)
    tail = tail.strip()       # the unit stays, as written: "Kasi Intel Kejari (Garut)", "Kasat Reskrim Polres (Garut)"
    if head.lower().startswith("wakil ketua") and "fraksi" not in head.lower():
        # a deputy chair's seat is numbered, in figures as often as in Roman numerals ("Wakil Ketua 2",
        # "Wakil Ketua DPRD 1"): the seat's number, not a unit's (which the next line drops)
        tail = _SEAT_FIGURE.sub(lambda d: _ROMAN[d.group(1)], tail)
    tail = re.sub(r"(?:\b[IVX]{1,4}/\S+|\d+(?:/\S+)?)", " ", tail)
    role = " ".join((head + " " + tail).split())
    role = _SWAPPED_BODY.sub(lambda b: SWAPPED_BODIES[b.group(0)], role)     # "Wakil Ketua DRPD": the DPRD
    role = _SEAT_NUMBER_AFTER_BODY.sub(r"\1 \3 \2", role)   # "Wakil Ketua DPRD II" = "Wakil Ketua II DPRD"
    if re.search(r"(?i)\bDPR$", head) and not re.search(r"\bRI\b", " ".join(words)) and (regioned or "Provinsi" in words or "Kabupaten" in words
                                            or "Kota" in words):
        role = re.sub(r"(?i)\bDPR\b", "DPRD", head) + role[len(head):]
    out: list[str] = []
    for i, w in enumerate(role.split()):
        full = _title_abbrev().get(w.lower()) if w[:1].isupper() else None
        if full is None and i > 0 and w[:1].isupper():
            full = _opd_abbrev().get(w.lower())
            if full is None and (spelt := misspelt_unit(w)):      # "Bapelitbangda": the acronym it misspells
                full = _opd_abbrev().get(spelt.lower(), spelt)
        if full is not None and full.split()[0].lower() == w.lower():
            full = None     # "Inspektorat" (= "Inspektorat Daerah"): a word is not an abbreviation of itself
        for part in (full or w).split():
            if not out or part != out[-1]:
                out.append(part)             # "Kepala Dinas DLH" -> "Kepala Dinas Lingkungan Hidup"
    role = " ".join(out)
    role = re.sub(r"(?i)^wali kota", "Wali Kota", role)
    role = _PROVINCE_SECRETARY.sub("Sekretaris Daerah", role)   # "Sekretaris Provinsi X": the Sekda of X
    # the jurisdiction is the region, not the post: "Sekdaprov" is the Sekretaris Daerah of a province, and
    # what follows "Provinsi/Kabupaten/Kota" in the tail is the region's name ("Sekda Provinsi Kepulauan ...")
    role = _JURISDICTION_TAIL.sub("", role) or role
    role = _ADMINISTRATIVE_CITY.sub("", role)     # "Sekretaris Kota Administrasi (Jakarta Timur)": the city's kind
    return role[0].upper() + role[1:]


# "Gubernur Pemerintah Aceh", "Bupati Pemerintah Kabupaten X": the government named after a head is its
# jurisdiction (the region that follows), not a part of the post's name.
_JURISDICTION_TAIL = re.compile(r"(?:^|(?<=\w)\s+)(?<!Tata\s)(?<!Wali\s)(?<!Sekretaris\s)(?<!Dewan\s)"
                                r"(?:(?:Pemerintah\s+)?(?:Provinsi|Kabupaten|Kota)\b.*|Pemerintah(?:\s+Daerah)?)$")
# A deputy chair's number written after the body: the seat's number, not the body's ("DPRD II" is no
# level here: a level-II DPRD has one chair, whose deputies are numbered).
_SEAT_FIGURE = re.compile(r"(?:^|(?<=\bDPRD )|(?<=\bDPRK )|(?<=\bDPRA )|(?<=\bDPR ))([1-4])\b(?!/|[.,]\d)")
_SEAT_NUMBER_AFTER_BODY = re.compile(r"^(Wakil Ketua) (DPRD|DPRK|DPRA|DPR|DPD|MPR) (I{1,3}|IV|V)\b")
_SWAPPED_BODY = re.compile(r"\b(?:%s)\b" % "|".join(SWAPPED_BODIES))
_AT_MINISTRY = re.compile(r"\s(?:di|pada)\s+(Kementerian|Kemen[a-z]+)\b")
_GOVERNMENT_BEFORE = re.compile(r"\bPemerintah\s+$")
_GOVERNMENT_UNIT = re.compile(r"Pemerintah(?:\s+(?!Provinsi\b|Kabupaten\b|Kota\b)[A-Z][a-z]+)*")
_PROVINCE_SECRETARY = re.compile(r"^Sekretaris Provinsi\b")
_ADMINISTRATIVE_CITY = re.compile(r"(?<=Sekretaris Kota)\s+Administra(?:si|tif)$")
_TITLE_ABBREV: dict[str, str] = {}


def _title_abbrev() -> dict[str, str]:
    """One-word title abbreviations (Kapolres, Sekda, Wabup, Walikota) -> full post name."""
    if not _TITLE_ABBREV:
        for r in title_rows():
            a, full = r["abbrev"].strip().rstrip("."), r["expansion"].strip()
            if " " not in a and a.lower() != full.lower() and "(" not in full and r["category"] not in (
                    "acting_modifier", "status_modifier", "honorific", "kepegawaian", "pemilu") \
                    and not r["category"].startswith("pangkat") and not a.isupper():
                _TITLE_ABBREV.setdefault(a.lower(), full)
        _TITLE_ABBREV["walikota"] = "Wali Kota"
        _TITLE_ABBREV["walkot"] = "Wali Kota"
        _TITLE_ABBREV["wako"] = "Wali Kota"        # the short form beside "Wawako" ("Wako Padang")
    return _TITLE_ABBREV


_OPD_ABBREV: dict[str, str] = {}


def _opd_abbrev() -> dict[str, str]:
    """One-word agency abbreviations (BKD, DLH, Bapenda, Diskominfo) -> full agency name."""
    if not _OPD_ABBREV:
        for r in opd_rows():
            a, full = r["abbrev"].strip(), r["expansion"].strip()
            if " " not in a and "/" not in full and "(" not in full and a.lower() != full.lower() and \
                    r["category"] not in ("anggaran", "regulasi", "pemerintah_daerah", "legislatif", "vertikal",
                                          "kepegawaian", "direktorat_jenderal"):
                # (a directorate-general's acronym is how the post is known: "Karo OTDA", "Dirjen Otda")
                _OPD_ABBREV.setdefault(a.lower(), full)
    return _OPD_ABBREV


_MINISTRY = re.compile(r"\b(?:Kementerian|Kemen[a-z]{2,}|Kemenko[a-z]*|Sekretariat\s+Negara|Setneg|Mabes|Lemhannas|"
                       r"Kantor\s+Staf\s+Presiden|KSP|Badan\s+Kepegawaian\s+Negara|BKN|LAN|KPK|BNPB|Bappenas|LKPP|"
                       r"BMKG|Basarnas|BSSN|BRIN|KASN|Direktorat\s+Jenderal|Ditjen|Direktur\s+Jenderal|Dirjen|"
                       r"Sekretaris\s+Jenderal|Sekjen|Deputi|MK|MA|BPK|KY|DKPP|Komnas\s+HAM|Ombudsman|LPSK|PPATK|KPPU|KPI|"
                       r"Mahkamah\s+(?:Konstitusi|Agung)|Komisi\s+Yudisial|BPS|BNPT|BIN|Bakamla|BPOM|Basarnas|BPJS)\b")
_REGIONAL_UNIT = re.compile(r"\b(?:Wilayah|Regional|Perwakilan|Kantor|Provinsi|Kabupaten|Kota|Kanwil|Kemenag)\b")


@functools.lru_cache(maxsize=4096)
def is_national_seat(role: str) -> bool:
    """Presiden, Menteri, DPR/DPD/MPR: national whatever region is written after them (a Dapil).
    Cached, like ``is_national``: asked per post, about the same few roles."""
    return bool(_NATIONAL.match(role) or re.search(r"\bDPR\b", role))


@functools.lru_cache(maxsize=4096)
def is_national(role: str, written: str = "") -> bool:
    """A post of the central government: Presiden, Menteri, DPR/DPD, an office of a ministry
    ("Kepala BPSDM Kemendagri", "Kepala Pusat Data Kementerian Kesehatan"), or a post written with
    "RI" ("Kepala BNPB RI").  ``written`` is the post as the text spells it (RI is dropped from roles)."""
    if _NATIONAL.match(role) or re.search(r"\bDPR\b", role):
        return True
    if (_MINISTRY.search(role) or re.search(r"\b(?:RI|Republik\s+Indonesia)\b", written)
            or role.startswith("Direktur ") and _AT_MINISTRY.search(written)) \
            and not _REGIONAL_UNIT.search(role):
        return True
    # "Kepala Badan Kepegawaian Negara", "Kepala BNN": national bodies, unless a regional office of one
    # (a regional office of one named without its region, "Kantor Regional X BKN", is of the national body)
    return bool(re.search(r"\b(?:Negara|Nasional|Republik Indonesia)$", role)) and \
        not re.search(r"\b(?:Wilayah|Perwakilan|Provinsi|Kabupaten|Kota)\b", role)


_LEVELS: dict[str, str] = {}
_KECAMATAN_UNIT = re.compile(r"\b(?:panwascam|ppk|panitia pengawas pemilihan umum kecamatan|panitia pemilihan kecamatan|"
                             r"pps|panitia pemungutan suara)\b")


def _title_levels() -> dict[str, str]:
    """Post name (abbreviation or expansion, lower-case) -> the level titles.csv gives it."""
    if not _LEVELS:
        for r in title_rows():
            level = r["level"].strip()
            kind = ("provinsi" if level == "provinsi" else "kecamatan" if level in (
                "kecamatan", "desa", "kelurahan", "desa_kelurahan") else "kabupaten" if level == "kabupaten"
                else "kota" if level == "kota" else "nasional" if level == "nasional" else "any")
            for key in (r["abbrev"].strip().lower().rstrip("."), r["expansion"].strip().lower()):
                _LEVELS.setdefault(key, kind)
    return _LEVELS


@functools.lru_cache(maxsize=4096)
def role_level(role: str) -> str:
    """provinsi | kabupaten | kota | kecamatan | any: the kind of region a post belongs to."""
    r = role.lower()
    if r.startswith(("gubernur", "wakil gubernur")):
        return "provinsi"
    if r.startswith(("bupati", "wakil bupati")):
        return "kabupaten"
    if r.startswith(("wali kota", "wakil wali kota", "walikota", "walkot", "wako", "wawali", "wawako")):
        return "kota"
    if r.startswith(("camat", "lurah", "kepala desa", "sekretaris kecamatan", "sekretaris camat", "sekcam", "kepala distrik")) or \
            r.startswith(tuple(h.lower() for h in VILLAGE_HEAD_NAMES + KECAMATAN_HEAD_NAMES)):
        return "kecamatan"
    if _KECAMATAN_UNIT.search(r):
        return "kecamatan"            # "Ketua Panwascam X", "Anggota PPK X": bodies of a kecamatan
    levels = _title_levels()
    words = r.split()
    for n in range(len(words), 0, -1):
        level = levels.get(" ".join(words[:n]))
        if level and level != "nasional":
            return level
    return "any"


def abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` with its unit written as a clipped compound ("Dirjen Otda" = "Direktur Jenderal
    Otonomi Daerah", "Kadis Kominfo" = "Kepala Dinas Komunikasi dan Informatika"): after the words both share,
    the rest of ``short`` spells, in order, a non-empty prefix of every remaining word of ``full`` (or of
    the word without its affix pe-/pem-/pen-/peng-/per-/ke-; "dan" may be skipped).  Indonesian officialese clips unit names this way; an acronym is the case of one letter."""
    a, b = short.lower().split(), full.lower().split()
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    rest, words = "".join(a[k:]), [w for w in b[k:]]
    if not rest or not words or k == 0 or len(rest) > 24:
        return False
    return _spells(rest, tuple(words))


@functools.lru_cache(maxsize=1024)
def _spells(rest: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not rest
    if not rest:
        return False
    word = words[0]
    if word in ("dan", "&") and _spells(rest, words[1:]):
        return True
    # the clip may skip the word's affix: "Bangda" = pemBANGunan DAerah, "Adwil" = ADministrasi keWILayahan
    stems = [word] + [word[len(a):] for a in _AFFIXES if word.startswith(a) and len(word) > len(a) + 2]
    return any(rest[:n] == stem[:n] and _spells(rest[n:], words[1:])
               for stem in stems for n in range(min(len(stem), len(rest)), 0, -1))


_AFFIXES = ("peng", "pem", "pen", "per", "pe", "ke")
