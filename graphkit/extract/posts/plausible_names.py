"""Whether a name read after (or before) a post is a person's name: not ordinary words the article also
writes in lower case, not a place, a body or a post and its numbered unit, not a misspelt region.

``collect_officials`` asks it of every candidate holder; kept apart from ``officials`` because it is one test
with its own word lists and gazetteer lookups, while ``officials`` decides who holds what.
"""
from __future__ import annotations

import functools
import re

from ..context import ArticleContext
from ..regions.gazetteer import gazetteer
from .heads import head_at
from .place_words import joined_places, near_provinces, near_region, region_first_words
from ..names.names import WEEKDAY_NAMES, Name
from ..names.role_words import _AGENCY_NOUN, is_role_word
from ..names.stop_words import _STOP, NAME_FIELDS, NAME_MONTHS
from ..names.verb_forms import is_verb_word
from ..names.word_forms import LowerWords


def _plausible(ctx: ArticleContext, name: Name, lower_words: LowerWords) -> bool:
    if ctx.in_boilerplate(name.start, name.end) or not _name_like(
            name.name.rsplit(" ", 1)[0] if name.degrees and len(name.name.split()) > 2 else name.name):
        # (a name read up to its degrees may end in a common noun: "Egusem Pieter Tahun, ST.")
        return False
    if (slash := _TITLE_AFTER_SLASH.match(ctx.text, name.end)) and is_role_word(slash.group(1)):
        return False                  # "Bupat/Walikota se Provinsi X": a (misspelt) title listed with another
    if _COMPASS_AFTER.match(ctx.text, name.end):
        return False                  # "Posdanramil Mollo Utara": a compass word goes on with a place, not a person
    words = name.name.split()
    if len(words) == 1 and (near := near_provinces(words[0])) and \
            (not ctx.region or ctx.region.split(".")[0] in near or not _MID_SENTENCE.search(ctx.text, max(0, name.full_start - 3), name.full_start)):
        # "Bupati Benkalis": a misspelt place of the article's province, no person; and a word opening a sentence
        # may be any word ("Selama menjabat sebagai ...": a conjunction), which only the place test rules out
        return False
    if len(words) == 1 and _post_word_after(ctx.text, name):
        return False                  # "Irwasda Polda X", "Kabg Umum": a short post whose unit follows, no person
    if len(words) == 1 and words[0] in defined_short_forms(ctx.text):
        return False                  # "Bakal Calon (Bacalon) Gubernur": the short form the text made of a post
    lower = {w.lower() for w in words}
    common = [w for w in lower if w in lower_words]
    if len(words) >= 3 and len(common) * 2 > len(words):
        return False                                          # "Tani Hutan Tuah Sekato": ordinary words
    if len(common) == len(lower):
        return False                                          # common words ("Memperkuat"), not a name
    if len(words) >= 2 and words[0].lower() in lower_words and words[1].lower() in lower_words:
        return False                                          # "Hari Peduli Sampah": a phrase the text also writes small
    return True


# A capitalised word right after a one-word "name": agency and unit vocabulary, which goes on from a short
# post (the head of "Pimpinan Cabang" or "Inspektur Pengawasan" written as one word) and never from a person
# written bare; the levels of a region stay out ("Lurah Budi Kelurahan X" names the unit again), and a head
# after the name opens the next post of a list.
_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_LEVEL_WORDS = frozenset(("Kecamatan", "Kelurahan", "Desa", "Kabupaten", "Kota", "Provinsi", "Kampung", "Nagari",
                          "Gampong", "Dusun", "Distrik"))


def _post_word_after(text: str, name: Name) -> bool:
    """Whether the one word read as a name goes on with agency vocabulary (``_WORD_AFTER``)."""
    if name.honorifics or name.degrees or name.full_end != name.end:
        return False
    m = _WORD_AFTER.match(text, name.end)
    return bool(m) and m.group(1) not in _LEVEL_WORDS and is_role_word(m.group(1)) and not head_at(text, m.start(1))


# a phrase of capitalised words and the short form the text makes of it in brackets: "Bakal Calon (Bacalon)"
_DEFINED = re.compile(r"((?:[A-Z][a-z]+\s+){1,5})\(([A-Z][a-z]{2,11})\)")


@functools.lru_cache(maxsize=64)
def defined_short_forms(text: str) -> frozenset[str]:
    """The short forms the article defines in brackets after a phrase of posts, bodies or places ("Provinsi
    Sumatera Utara (Provsu)", "Bakal Calon (Bacalon)"): its letters taken in order from the phrase's words,
    from the first letter of one of them on, and one of those words a word of posts or regions.  Such a word
    names what the phrase names wherever the text uses it again ("anggota DPRD Provsu", "Bacalon Gubernur"),
    never a person; a nickname made of a person's name ("Budi Santoso (Busan)") takes no such word and stays
    the alias it is."""
    out = set()
    if "(" not in text:
        return frozenset()
    for m in _DEFINED.finditer(text):
        words, short = m.group(1).split(), m.group(2).lower()
        for i in range(len(words)):
            if words[i][0].lower() == short[0] and _in_order(short, "".join(words[i:]).lower()):
                if any(is_role_word(w) for w in words[i:]):
                    out.add(m.group(2))
                break
    return frozenset(out)


def _in_order(short: str, letters: str) -> bool:
    """Every letter of ``short`` found in ``letters``, in order."""
    it = iter(letters)
    return all(c in it for c in short)


_MID_SENTENCE = re.compile(r"[\w,]\s{0,2}$")
_TITLE_AFTER_SLASH = re.compile(r"\s?/\s?([A-Z][a-z]+)")
_COMPASS_AFTER = re.compile(r" (?:Utara|Selatan|Barat|Timur|Tengah)\b")


@functools.lru_cache(maxsize=8192)
def _name_like(name: str) -> bool:
    """The tests of ``_plausible`` that read the name alone (cached: the same names recur from article to
    article; each test only rules the name out, so they may run before the article's lower-case words)."""
    words = name.split()
    # (a day's name may open a name of two words or more: "Ahad Legiarto", as ``parse_name`` reads it)
    # ("Lalu Budi Santoso": the Sasak title of nobility, which ``parse_name`` opens a name with only mid-sentence)
    if any(w in _STOP and not (w in NAME_FIELDS and 0 < i < len(words) - 1) for i, w in enumerate(words) if i) \
            or words[0] in _STOP and not (len(words) > 1 and (words[0] in WEEKDAY_NAMES or words[0] in NAME_MONTHS)) \
            and not (len(words) > 2 and words[0] == "Lalu") \
            or all(is_role_word(w) for w in words):
        return False
    if any(is_verb_word(w) for i, w in enumerate(words) if i or len(words) == 1):
        return False                                          # "Langsung Dipimpin", "Lantik": a capitalised verb
        #                                                       (a first name may be spelt as a root: "Gelar S.")
    if any(w.endswith("nya") or _AGENCY_NOUN.match(w) for w in words) or \
            (len(words) == 1 and len(words[0]) < 4):
        return False                                          # "Gubernurnya", "Pengurusan", "Th"
    if len(words) == 1 and words[0].lower() in region_first_words():
        return False                                          # "Sulawesi" (of "Sulawesi Selatan")
    if len(words) == 1 and words[0].lower() in joined_places():
        return False                                          # "Simpangpematang": Simpang Pematang, written as one word
    if 1 < len(words) <= 3 and near_region(name):
        return False                                          # "Jawa Bara": a misspelt place
    # (a one-word name near a region, "Benkalis", is asked in ``_plausible``: is that region the article's?)
    if any(_NOT_A_NAME.match(w) or _REDUPLICATED.match(w) for w in words):
        return False
    if len(words) >= 2 and _NUMERAL.fullmatch(words[1]) and is_role_word(words[0]):
        return False                                          # "Pangdam IX Udayana": a post and its numbered unit
    hits = gazetteer().find(name)
    for s, e, forms in hits:
        if " " in name[s:e] and any(f.level != "kecamatan" and not f.seat for f in forms):
            return False                                      # "Baznas Muara Enim": a body and its place
    if hits and hits[0][1] - hits[0][0] == len(name):           # the "name" is a place
        return False
    if hits and hits[-1][1] == len(name) and name[:hits[-1][0]].strip() \
            and all(is_role_word(w) for w in name[:hits[-1][0]].split()):
        return False                                          # "Forkopimda Batam": a body or post and its place
    return True


_NUMERAL = re.compile(r"[IVX]+")
_REDUPLICATED = re.compile(r"(?i)^(\w+)-\1$")                  # Api-Api, Kupu-Kupu: words, not names
_NOT_A_NAME = re.compile(r"^(?:Kemen[a-z]*|Kementerian|Pemkab|Pemkot|Pemprov|Pemda|Dirjen|Ditjen|Disiplin|Mutasi|Bumi|"
                         r"Promosi|Pengurus|Pustu|Puskesmas|Posyandu|Polsek|Polres|Koramil|Kodim)$")
