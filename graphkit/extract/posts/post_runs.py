"""The run of words after a post's head: where the post's name ends and a person or another post begins.

``offices`` finds a head ("Kepala Dinas", "Ketua", "Asisten II") and hands the text after it here.
``post_run`` reads the capitalised tokens that complete the post (agency words, an enumeration of
fields closed by "dan", a unit after "pada/di", the secretariat that locates an assistant) up to a
comma, a lower-case word or a second post.
"""
from __future__ import annotations

import re

from .heads import _RUN_TOKEN, _opens_head, head_at
from ..names.name_affixes import HONORIFIC, honorific_at, rank_at
from ..names.names import parse_name
from ..names.stop_words import _ADDRESS_WORDS, NAME_MONTHS
from ..names.role_words import is_role_word, field_root

_COMMA_GAP = re.compile(r"\s*,\s*")

# An enumeration of one-word fields inside an agency name, closed by "dan": "Karantina Hewan, Ikan, dan
# Tumbuhan", "Perencanaan, Pendidikan dan Sistem Informasi" (a person's name has two words or more).
_ENUM_ITEM = r"(?:[A-Z][a-z]{2,}|[A-Z]{2,6})"
_ENUM = re.compile(r",\s*(?:%s,\s*)*(?:%s\s+)?dan\s+(?=[A-Z])" % (_ENUM_ITEM, _ENUM_ITEM))


# "Kepala Bidang Anggaran pada Badan Keuangan Daerah": the unit a post sits in, after "pada/di".
_UNIT_AFTER_CONNECTOR = re.compile(r"\s+(?:Dinas|Badan|Biro|Bagian|Bidang|Sekretariat|Setda|Inspektorat|Kantor|Kejaksaan|"
                                   r"Kementerian|Kemen[a-z]+|Dis[a-z]{3,}|Bappeda|Bapenda|BKD|BPKAD|BPBD)\b")
# The regional secretariat, named after the posts that work inside it ("Asisten I Sekda Kabupaten X", "Kabag
# Umum Setda ..."): there it locates the post, it is no second post.
_SECRETARIAT = frozenset(("Sekda", "Sekdakab", "Sekkab", "Sekdakot", "Sekdaprov", "Setda", "Setdakab", "Setdakot", "Setdaprov",
                          "Setprov", "Setkab", "Setkot"))
_INSIDE_SECRETARIAT = re.compile(r"(?i)asisten|staf ahli|kabag|kepala bagian|karo|kepala biro|kasubag|kasubbag|"
                                 r"kepala subbagian|kepala sub bagian")


def _name_then_comma_post(text: str, pos: int) -> bool:
    """A person's name at ``pos`` followed by a comma and a post: "..., dan Budi Santoso, Kepala Bappeda"
    lists a second person, it does not go on with the agency's name."""
    name = parse_name(text, pos)
    if name is None:
        return False
    m = _COMMA_GAP.match(text, name.full_end)
    return bool(m) and bool(head_at(text, m.end()))


# after a field written in lower case, the unit's name goes on capitalised ("pendidikan dan Kebudayaan Tebo",
# "kesehatan Kabupaten X"): then the lower-case word is the unit's, not the clause's
_FIELD_GOES_ON = re.compile(r"\s+(?:dan\s+)?[A-Z]")
_NEXT_NAME = re.compile(r" +(?=[A-Z])")
# a day of the month written after a number: the number opens a date, not a unit's number
_DATE_AFTER = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(NAME_MONTHS)))


def post_run(text: str, pos: int, enum: bool = False, inside: bool = False,
             agency: bool = False) -> tuple[list[tuple[int, int, str]], int]:
    """Capitalised tokens after a head on the same line, up to a comma/lower-case word/sentence end.
    With ``enum`` (open heads), a comma enumeration of agency fields closed by "dan" stays in the run;
    with ``inside`` (a post of the secretariat), "Sekda/Setda" locates the post; with ``agency`` (the head of a
    Dinas/Badan/Kantor), a field noun written in lower case right after the head stays in the unit."""
    toks: list[tuple[int, int, str]] = []
    i = pos
    enum_end = -1
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] == " ":
            j += 1
        if enum and toks and j < n and text[j] == "," and toks[-1][2] == "word":
            e = _ENUM.match(text, j)
            if e and not head_at(text, e.end()) and not _name_then_comma_post(text, e.end()) and not any(
                    head_at(text, w.start()) for w in re.finditer(r"[A-Z]\w*", text[j:e.end()])):
                i, enum_end = j + 1, e.end()
                continue
        m = _RUN_TOKEN.match(text, j)
        if not m or (j == i and toks and not (text[j - 1] == "." and honorific_at(text, toks[-1][0]))):
            break               # (tokens are apart, except after an honorific: "Drs.H.Anwar Sadat")
        kind = m.lastgroup         # the one alternative that matched ("dot" closes a word written with a period)
        if kind == "num" and toks and _DATE_AFTER.match(text, m.end()):
            break               # "Wakil Bupati Budi 16 Oktober 2022": a date after the name, no part of the post
        if kind != "word" and kind != "dot":
            toks.append((m.start(), m.end(), kind))
        else:
            word = m.group("word")      # (letters, "'", "’" and "-" only: never "&", never a period)
            if word == "dan":
                if m.end() < enum_end:
                    toks.append((m.start(), m.end(), "word"))
                    i = m.end()
                    continue
                if not _continues_agency(text, m.end()):
                    break
            if word == "asal" and not toks:
                i = m.end()             # "senator asal NTT Budi": the seat's origin, then the person
                continue
            if enum and word in ("pada", "di") and toks and _UNIT_AFTER_CONNECTOR.match(text, m.end()):
                i = m.end()             # "Kepala Bidang Anggaran pada Badan Keuangan Daerah": the unit goes on
                continue
            if word[0].islower() and agency and not toks and kind == "word" and word.endswith("an") \
                    and is_role_word(word) and _FIELD_GOES_ON.match(text, m.end()):
                toks.append((m.start(), m.end(), "word"))   # "Kepala Dinas pendidikan dan Kebudayaan X": the field
                i = m.end()                                  # written in lower case, the unit's name goes on
                continue
            if word[0].islower():
                nxt = text[m.end():m.end() + 2].lstrip()
                if not (word in ("dan", "fraksi") and nxt[:1].isupper()) and \
                        not (kind == "dot" and word in ("dr", "drg", "ir") and nxt[:1].isupper()) and \
                        not (word in ("ibu", "bapak") and nxt[:1].isupper()):     # "... Kabupaten Alor ibu Yerike"
                    if word in _LEVELS and not toks and (nxt[:1].isupper() or nxt[:1] == "("):
                        i = m.end()     # "Sekretaris daerah provinsi (Sekdaprov) Riau": the level, written in lower
                        continue        # case, the region after it says again
                    break
            if toks and (word.lower() in _SECOND_POST or _opens_head(text, m.start(), word) and head_at(text, m.start())) \
                    and not (inside and word in _SECRETARIAT) and not _DIVISION.match(text, m.start()):
                break                                  # a second post starts here (not "Asisten I Sekda X": a place)
            if kind == "dot" and len(word) > 3 and not HONORIFIC.fullmatch(word + "."):
                toks.append((m.start(), m.start() + len(word), "word"))
                break
            if m.group("dot") and 2 <= len(word) <= 6 and word.isupper() and not HONORIFIC.fullmatch(word + "."):
                # "Bupati HST. H. Budi": a region's acronym closed by a period is the acronym (the period is no
                # part of the place); the holder goes on only when an honorific or rank opens it
                toks.append((m.start(), m.start() + len(word), "word"))
                nxt = _NEXT_NAME.match(text, m.end())
                if not (nxt and (honorific_at(text, nxt.end()) or rank_at(text, nxt.end()))):
                    break
                i = m.end()
                continue
            toks.append((m.start(), m.end(), "word"))
        i = m.end()
    return toks, i


# the administrative levels a post names before its region, which news may write in lower case
_LEVELS = frozenset(("provinsi", "kabupaten", "kota"))
_SECOND_POST = frozenset(("plt", "pj", "pjs", "plh", "ketua", "wakil", "kepala", "sekretaris", "anggota", "direktur",
                          "selaku"))


# A member's division, written after the body and its region: "Anggota Bawaslu X Koordinator Divisi Hukum, Budi".
_DIVISION = re.compile(r"(?:Koordinator\s+Divisi|Kordiv|Ketua\s+Divisi)\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_FIELD_TO_ACRONYM = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}(?:KPK|BPK|BPKP|BKN|BNPB|BNN|BPOM|BRIN|LAN|KASN|Bawaslu|KPU|Kemen[a-z]+|"
                               r"Kemenko[a-z]*|Kementerian|Setda|Setdaprov|Setdakab|Setdakot)\b")


def _continues_agency(text: str, pos: int) -> bool:
    """'dan' inside an agency name ("Tenaga Kerja dan Transmigrasi"), not between two people or posts."""
    m = _NEXT_WORD.match(text, pos)
    if not m or not m.group(1)[0].isupper():
        return False
    word = m.group(1)
    if _opens_head(text, m.start(1), word) and head_at(text, m.start(1)) or \
            word.lower() in ("plt", "pj", "pjs", "plh", "wakil", "ketua") or word in _ADDRESS_WORDS:
        return False     # ("Presiden X dan Ibu Negara Y": an address opens a person, never an agency's field)
    if is_role_word(word) or field_root(word):
        return True      # ("Sosial dan Budaya": the root of Kebudayaan)
    # "Penindakan dan Eksekusi KPK": the field's words run on to the agency's acronym
    if _FIELD_TO_ACRONYM.match(text, m.start(1)):
        return True
    # "Kependudukan dan Catatan Sipil", "Kelembagaan dan Analisis Jabatan": the word after it is agency vocabulary
    m2 = _NEXT_WORD.match(text, m.end(1))
    return bool(m2) and m2.group(1)[0].isupper() and is_role_word(m2.group(1)) and not (
        _opens_head(text, m2.start(1), m2.group(1)) and head_at(text, m2.start(1)))
