"""The words that make an attendance-list item a group, read once from the data tables.

Split from ``attendee_groups`` (the list grammar) because the lexicon is data, not grammar: the head words and
not-group words of data/attendee_groups.csv, the body abbreviations of data/opd.csv and the class titles of
data/titles.csv, the ranks of a civil-service post, and the misspellings one edit from a long head word.  The
grammar asks this module what a word is; it never reads the tables itself.
"""
from __future__ import annotations

import csv
import functools
import re
from importlib import resources

from ..names.word_forms import _deletes, _word_deletes
from ..posts.place_words import one_edit_or_swap
from ..regions.gazetteer import opd_rows, title_rows

# opd.csv rows that name money or rules, or a part of a ministry, not a body that can be present
_NOT_BODIES = {"anggaran", "regulasi", "direktorat_jenderal"}
# data/titles.csv categories whose titles name classes of office-holders present as a group ("Camat, Lurah dan
# Sangadi", "ASN dan PPPK", "PPK dan PPS", "Kaban Kesbangpol", "Kapolres, Dandim"); not ranks,
# honorifics, modifiers, regional heads or one-holder national posts
_KA_CONTRACTION = re.compile(r"Ka[a-z]{2,}")
_CLASS_TITLES = {"desa", "kepegawaian", "pemilu", "forum", "birokrasi", "polri", "tni", "kejaksaan", "vertikal"}


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, not-group words) from data/attendee_groups.csv; the heads include the first word of
    every body abbreviation of data/opd.csv ("Kesbangpol", "Bawaslu", "Dinkes", "Polres"): a body written
    by its short name is a group however it is capitalised, not only when it is all capitals; and the first
    one-word class title of data/titles.csv (``_CLASS_TITLES``: a village head's local title such as
    Sangadi or Perbekel, PPPK, PPS, Forkopimda), so a title the post grammar knows is a group word too."""
    heads, nots = set(), set()
    with resources.files("graphkit.data").joinpath("attendee_groups.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind = row["kind"].strip()
            if kind != "rank":
                (heads if kind == "head" else nots).add(row["word"].strip().lower())
    for row in opd_rows():
        if row["category"].strip() not in _NOT_BODIES and row["abbrev"].strip():
            heads.add(row["abbrev"].split()[0].lower())
    for row in title_rows():
        # a one-word title only: the first word of "Hukum Tua" or "Ketua RT" is no title ("Kordiv Hukum, Data …")
        if row["category"].strip() in _CLASS_TITLES and len(row["abbrev"].split()) == 1:
            heads.add(row["abbrev"].strip().lower())
        # ... or a "Kepala …" title contracted into its first word ("Kasatpol PP", "Kasat Reskrim"): that word is
        # the head's title whatever body follows it
        elif row["category"].strip() in _CLASS_TITLES and _KA_CONTRACTION.fullmatch(row["abbrev"].split()[0]) \
                and row["expansion"].startswith("Kepala "):
            heads.add(row["abbrev"].split()[0].lower())
    heads.discard("bagian")        # "bagian dari": a part, not the Bagian of a Setda
    return frozenset(heads), frozenset(nots)


@functools.cache
def _class_heads() -> frozenset[str]:
    """The head words of data/attendee_groups.csv alone (kind ``head``: camat, lurah, kepala …), without the
    body abbreviations ``_words`` adds: a class of office-holders, which an example list ("seperti …") ends on."""
    with resources.files("graphkit.data").joinpath("attendee_groups.csv").open(encoding="utf-8") as f:
        return frozenset(row["word"].strip().lower() for row in csv.DictReader(f) if row["kind"].strip() == "head")


@functools.cache
def _ranks() -> frozenset[str]:
    """The ranks of a civil-service post (data/attendee_groups.csv kind ``rank``: administrator, pengawas …):
    "para pejabat pimpinan tinggi pratama, administrator dan pengawas" lists "pejabat administrator" and
    "pejabat pengawas", the head written once for all the ranks."""
    with resources.files("graphkit.data").joinpath("attendee_groups.csv").open(encoding="utf-8") as f:
        return frozenset(row["word"].strip().lower() for row in csv.DictReader(f) if row["kind"].strip() == "rank")



# a misspelt group word is one edit from a long head word ("Forkompimda", "Forkopinda", "Bayangkari"); short words
# are not read so: too many names and common words sit one edit from a short head
_LONG_HEAD = 8


@functools.cache
def _long_heads() -> dict[str, tuple[str, ...]]:
    """Every one-letter delete of each head word of ``_LONG_HEAD`` letters or more, with the heads it comes from."""
    out: dict[str, set[str]] = {}
    for head in _words()[0]:
        if len(head) >= _LONG_HEAD and head.isalpha():
            for d in _deletes(head):
                out.setdefault(d, set()).add(head)
    return {d: tuple(sorted(h)) for d, h in out.items()}


@functools.lru_cache(maxsize=4096)
def _misspelt_head(low: str) -> bool:
    """One edit (or a swap) from a long head word of data/attendee_groups.csv, data/opd.csv or data/titles.csv:
    regional news misspells a body's name as often as a person's ("Forkompimda" for Forkopimda)."""
    if len(low) < _LONG_HEAD - 1 or not low.isalpha():
        return False
    index = _long_heads()
    return any(one_edit_or_swap(low, h) for k in _word_deletes(low) for h in index.get(k, ()))

_JURISDICTION = {"kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "distrik", "pusat", "daerah",
                 "wilayah", "cabang", "ranting", "regional", "negeri"}

# the classes whose members a list goes on to name: "organisasi masyarakat A, B dan C"
_ORG_CLASSES = {"organisasi", "ormas", "lembaga", "komunitas", "paguyuban", "perkumpulan"}

# kinds of body that name one only with their qualifier: "instansi vertikal" is present, "instansi terkait" (the
# agencies concerned) names none
_KIND_NOUNS = {"instansi"}

# heads of a seat one person holds ("Ketua …", "Wakil Ketua …"): written with a name after them, a title
_SEAT_HEADS = {"ketua", "wakil", "sekretaris", "bendahara", "kepala", "direktur", "pembina", "penasehat", "penasihat"}


__all__ = ["_CLASS_TITLES", "_JURISDICTION", "_KIND_NOUNS", "_ORG_CLASSES", "_SEAT_HEADS", "_class_heads", "_misspelt_head",
           "_ranks", "_words"]
