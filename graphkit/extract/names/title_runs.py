"""The personal name closing a title run: "kata Direktur Operasional Bank Papua Isak Samuel Wopari".

An attribution names the speaker after their post, so the name is read as
the longest tail of the run of capitalised words that holds no title,
organisation or place word and parses as a name (``person_name``).
``speaker_names`` asks it at every attribution frame.
"""
from __future__ import annotations

import functools
import re

from ..text.dates import DAYS, MONTHS
from .names import parse_name
from .role_words import is_role_word

# capitalised words that start an organisation or a place, not a person
NOT_PERSON = set("Bank PT CV Universitas Partai Komisi Fraksi Pemerintah Pemkab Pemkot Pemprov Polres Polda Kodim "
                 "Dinas Badan Kantor Kementerian Kabupaten Kota Provinsi Desa Kecamatan Rumah Sekolah Masjid Hotel "
                 "Gedung Jalan Tim Panitia Satgas Forum Lembaga Yayasan Koperasi Ketua Kepala Direktur Menurut "
                 "Selain Sementara Sedangkan Adapun Kemudian Namun Bahkan Hal Ia Dia Beliau Mereka Kami Kita "
                 "Pihaknya Warga Masyarakat Para Koordinator Anggota Wakil Sekretaris Staf Pakar Pengamat Dosen Rektor "
                 "Jaksa Ketum Sekjen Kapolres Kapolda Dandim Kajari Kasat Kabid Kasi Kadis Pj Pjs Plt Plh "
                 # sentence openers, pronouns and common nouns that start a capitalised run
                 "Sehingga Tapi Tetapi Karena Maka Lalu Kini Saat Ketika Usai Setelah Sebelum Dirinya Iapun Diapun "
                 "Terdakwa Tersangka Saksi Korban Politisi Politikus Buruh Asesor Peneliti Ekonom Aktivis Pengacara "
                 "Kuasa Hukum Juru Bicara Jubir Wamenkes Wamen Menteri Menko Kasintel Kasubag Kabag Kapolsek Sistematis "
                 "Gerindra PDIP Golkar PKB PKS Nasdem NasDem Demokrat PAN PPP Perindo Hanura PSI Good Korps Sos".split())
# words that may stand right before a name at the end of a title run
TITLE_END = {"Pj", "Pjs", "Plt", "Plh", "Jaksa", "Ketua", "Kepala", "Direktur", "Wakil", "Sekretaris", "Anggota",
             "Koordinator", "Pakar", "Pengamat", "Dosen", "Rektor", "Politisi", "Politikus", "Terdakwa", "Tersangka",
             "Saksi", "Kuasa", "Hukum", "Staf", "Ahli", "Asisten", "Camat", "Lurah", "Bupati", "Gubernur", "Walikota",
             "Kota", "Menteri", "Wamenkes", "Ekonom", "Peneliti", "Aktivis", "Ibu", "Bapak", "Pak", "Bu", "Asesor",
             "Pengacara", "Jubir", "Kasintel", "Kasubag", "Kabag", "Kapolsek", "Buruh", "Warga", "Guru", "Petani",
             "Nelayan", "Pedagang", "Mahasiswa", "Siswa", "Relawan", "Kader", "Pengurus", "Kades", "Sekda", "Kadis"}
# organisation-like words: ministries, universities, agencies
_ORG_WORD = re.compile(r"^(?:Kemen\w*|Kementer\w*|Uni[a-z]*a|Univ\w*|Polte\w*|Institut\w*|Pemda\w*|Dinas\w*)$")


@functools.lru_cache(maxsize=4096)
def is_place(word: str) -> bool:
    """A region name spelt exactly (cached: asked for every capitalised word of every attribution)."""
    from ..regions.gazetteer import gazetteer
    return any(s == 0 and e == len(word) for s, e, _ in gazetteer().find(word))


def person_name(text: str, pos: int):
    """The personal name closing a title run at ``pos``: "Kepala Dinas … Bengkalis Ismail" → Ismail.

    Indonesian attributions put the post first and the name last ("kata
    Direktur Operasional Bank Papua Isak Samuel Wopari"), sometimes after a
    comma ("Ketua Forum HRD Serang Barat, Abdul Muhid").  The run of
    capitalised words is read up to the first lower-case word; the name is
    its longest tail with no title, organisation or place word in it.
    """
    segments: list[list[tuple[int, int]]] = [[]]
    for m in _RUN_TOKEN.finditer(text, pos, min(len(text), pos + 240)):
        start = m.start()
        if start - pos > 1 or (start > pos and text[pos] != " "):  # a gap other than none or one space
            gap = text[pos:start]
            if gap.strip(" \t,"):
                break
            if "," in gap:
                if len(segments) == 2:
                    break
                segments.append([])
        last = segments[-1]
        if last and text[last[-1][1] - 1] == "." and _SENTENCE_STOP.match(text, last[-1][0]):
            break  # "jawab George. Menurut Urip": the sentence ended
        kind = _token_kind(m.group(0))
        if kind == _MARK:
            last.append((-1, -1))
        elif kind == _JOINER and len(segments) < 3:
            segments.append([])  # "Kepala Dinas … sekaligus Juru Bicara … Khairul Lie": a second post
        elif kind == _CAPITAL:
            last.append((start, m.end()))
        else:
            break
        pos = m.end()
    for seg in reversed(segments):
        name = _name_tail(text, seg)
        if name is not None:
            return name
    return None


_DATE_WORDS = set(DAYS) | set(MONTHS)
_STOP, _MARK, _JOINER, _CAPITAL = range(4)


@functools.lru_cache(maxsize=8192)
def _token_kind(word: str) -> int:
    """What a token does to a title run, tested in this order: a day or month ends it ("kata Budi Kamis
    (2/1/2020)"); "dan", "&" or a bracket breaks the name there; "sekaligus", "merangkap", "selaku" open a
    second post; a capitalised word goes on; anything else ends it.  Cached: a pure function of the word,
    and the same posts and names recur."""
    if word.lower().rstrip(".,") in _DATE_WORDS:
        return _STOP
    if word in ("dan", "&") or word.startswith("("):
        return _MARK
    if word in _POST_JOINERS:
        return _JOINER
    return _CAPITAL if word[:1].isupper() else _STOP
# a word ending a sentence, not an initial ("F.") or an abbreviated title ("Dr.", "Drs.", "Prof.")
_SENTENCE_STOP = re.compile(r"(?!(?:Drs|Dra|Prof|Hj|drg|Kol|Let|Brigjen|Irjen|Kompol|Ipda|Iptu|Bpk|Sdr|Ust|Pdt|Jl|Kab|Kec)\.)"
                            r"[A-Z]?[a-z]{2,}\.")
_POST_JOINERS = {"sekaligus", "merangkap", "selaku"}
_RUN_TOKEN = re.compile(r"\([^)]{1,15}\)|[\w'’.-]+")
_INITIAL = re.compile(r"[A-Z]")
_CAPITALISED = re.compile(r"[A-Z][a-z]")


def _name_tail(text: str, seg: list[tuple[int, int]]):
    """The name of the longest tail of ``seg`` (up to four words) that may be one and parses as one.

    The word tests are cheap and stop at the first tail that fails them; parse_name is dear, so it is
    asked from the longest passing tail down and only until one parses.  Each tail adds one word to the
    last: only that word and the initials skipped since are tested (the rest passed already, and a
    word's verdict is the same every time)."""
    fits: list[int] = []
    unchecked: list[str] = []  # initials opening a skipped tail: words of the next tail not yet tested
    for k in range(1, min(4, len(seg)) + 1):
        s, e = seg[-k]
        if s < 0:
            break
        word = text[s:e].rstrip(".")
        if _INITIAL.fullmatch(word):
            unchecked.append(word)
            continue  # an initial: "Didik J. Rachbini" goes on to "Didik"
        if not _CAPITALISED.match(word) or _not_in_name(word) or any(_not_in_name(w) for w in unchecked):
            break
        unchecked.clear()
        if s > 0 and text[s - 1] == ".":
            break  # "S.Sos": a degree, not a name
        fits.append(k)
    for k in reversed(fits):
        name = parse_name(text, seg[-k][0])
        if name is not None and name.end >= seg[-1][1] - 1 and len(name.name) >= 3:
            break
    else:
        return None
    before = len(seg) - k
    if before > 0 and seg[before - 1][0] >= 0:
        # the word before the name must end a title ("Bupati", "Bengkalis", "KPK"), else the
        # "name" is the tail of an organisation or a phrase ("Korps Adhiyaksa", "Muara Enim")
        prev = text[seg[before - 1][0]:seg[before - 1][1]].rstrip(".,")
        if is_place(text[seg[before - 1][0]:name.end]):
            return None  # "Bupati Muara Enim": the end of a place name, not a person
        if not (is_role_word(prev) or is_place(prev) or prev.isupper() or prev in TITLE_END):
            return None
    return name


@functools.lru_cache(maxsize=8192)
def _not_in_name(word: str) -> bool:
    """A word no personal name holds: a title, organisation, role or place word; a word of one or two
    characters counts only when all letters ("S", "M." pass).  Cached: the same words recur in every
    attribution of every article, and all four tests are pure."""
    return (len(word) > 2 or word.isalpha()) and (
        word in NOT_PERSON or bool(_ORG_WORD.match(word)) or is_role_word(word) or is_place(word))


__all__ = ["person_name", "is_place", "NOT_PERSON", "TITLE_END"]
