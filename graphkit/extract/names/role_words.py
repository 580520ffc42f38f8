"""Post and agency vocabulary: which words belong to the names of posts and bodies, not of persons.

Built from titles.csv and opd.csv plus a hand list; the name grammar asks it to stop a name before a post
("Budi Santoso Kepala Dinas"), and the post grammars ask it to go on through a unit's words.  Kept apart from
``names`` because it is a vocabulary with its own readers across the post and event stages, not part of
the name grammar.
"""
from __future__ import annotations

import functools
import re

from ..regions.gazetteer import opd_rows, title_rows
from .word_forms import edit_distance


_ROLE_VOCAB: set[str] | None = None


def role_vocab() -> set[str]:
    """Lower-case words that belong to post and agency names (from titles.csv and opd.csv)."""
    global _ROLE_VOCAB
    if _ROLE_VOCAB is None:
        words: set[str] = set()
        for r in list(title_rows()) + list(opd_rows()):
            if r["category"].startswith("pangkat") or r["category"] in ("honorific",):
                continue
            words.update(w.lower() for w in re.findall(r"[A-Za-z0-9]+", r["abbrev"] + " " + r["expansion"]))
            # the unit's other written forms the table notes ("also 'Dukcapil'"): agency words too
            words.update(w.lower() for w in re.findall(r"'([A-Z][A-Za-z]{2,})'", r.get("notes") or ""))
        words.update("dpr dpd mpr dprd komisi fraksi dapil bidang urusan umum sekretariat setda setdakab setdaprov setdakot pemerintahan "
                     "kesejahteraan rakyat perekonomian pembangunan administrasi perizinan koperasi ukm "
                     "pol pp satpol tipikor uptd rsud pu dan divisi barang jasa aset keuangan pendapatan penghubung penanganan pelanggaran hukum humas "
                     "sdm hubungan masyarakat pengawasan data informasi teknis sumber daya manusia kesra ekbang adpem adum humpro prokopim protokol "
                     "provinsi kabupaten kota deputi infrastruktur".split())
        words -= {"h", "hj", "ibu", "andi", "datuk", "sultan", "mayor", "kapten", "kolonel", "bapak", "pratama",
                  "madya", "utama", "muda", "putra", "putri", "jaya", "sakti", "dewi", "indah", "bagus", "agung",
                  "mulia", "harian", "raya", "hakim", "jaksa", "satria", "perwira", "bintara", "laksmana", "tirta", "bakti", "bhakti", "karya", "wira", "adi", "sari", "budi"}
        _ROLE_VOCAB = words
    return _ROLE_VOCAB


_AGENCY_NOUN = re.compile(r"^(?:Pe|Ke)[a-z]{3,}an$")
# Agency words no list can hold: ministries (Kemendagri, Kemenkes, Kementerian) and the many local
# "Dis-" office acronyms (Diskominfotik, Disdukcapil, Disnakertrans, Dishub; not a name like "Dismas"), and the
# head fused with them ("Kadisdik", "Kadishub", "Kadisporapar": Kepala Dinas and its office in one word).
_AGENCY_WORD = re.compile(r"^(?:Kadis[a-z]{3,}|[A-Z][a-z]{3,}(?:asi|itas)|Kemen[a-z]{2,}|Kementerian|Kemenko[a-z]*|Dis(?:kominfo|dik|duk|p|nak|hub|kes|sos|tan|bun|kop|lh|arpus|ketapang)[a-z]*(?:[A-Z][a-z]*)?|Setdakab|Setdaprov)$")


@functools.lru_cache(maxsize=16384)
def is_role_word(word: str) -> bool:
    """Whether ``word`` belongs to post and agency names (cached: a pure test of the word, asked thousands of
    times per hundred articles about the same few hundred words)."""
    w = word.strip(".,").lower()
    return w in role_vocab() or bool(_AGENCY_NOUN.match(word)) or bool(_AGENCY_WORD.match(word)) or \
        misspelt_unit(word) is not None


def field_root(word: str) -> bool:
    """The root of a ke-/pe-/per- -an field noun that is agency vocabulary ("Budaya" of Kebudayaan, "Arsip" of
    Kearsipan): "Seksi Sosial dan Budaya" names one unit, as "Dinas Pendidikan dan Kebudayaan" does. Short roots
    ("Aman", "Adil") double as first names, so only roots of five letters or more count; and roots such as
    "Bakar" (Kebakaran) do too, so the test is asked only of the word right after "dan" inside a post's run."""
    w = word.strip(".,")
    low = w.lower()
    return len(low) >= 5 and w[1:].islower() and any(f"{p}{low}an" in role_vocab() for p in ("ke", "pe", "per"))


_UNIT_FORMS: dict[str, str] | None = None


def unit_forms() -> dict[str, str]:
    """Lower case -> as written, for every one-word agency acronym of opd.csv of five letters or more, with the
    other written forms its notes give ("also 'Bappelitbangda'"): what a misspelt acronym is measured against."""
    global _UNIT_FORMS
    if _UNIT_FORMS is None:
        forms: dict[str, str] = {}
        for r in opd_rows():
            if r["category"] in ("anggaran", "regulasi"):
                continue
            for w in [r["abbrev"].strip()] + re.findall(r"'([A-Z][A-Za-z]{2,})'", r.get("notes") or ""):
                if " " not in w and len(w) >= 5:
                    forms.setdefault(w.lower(), w)
        _UNIT_FORMS = forms
    return _UNIT_FORMS


@functools.lru_cache(maxsize=1)
def _forms_by_prefix() -> dict[str, list[tuple[str, str]]]:
    """``unit_forms`` by their first three letters: a word is measured only against acronyms opening as it does."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, form in unit_forms().items():
        out.setdefault(key[:3], []).append((key, form))
    return out


@functools.lru_cache(maxsize=16384)
def misspelt_unit(word: str) -> str | None:
    """The agency acronym a capitalised word misspells by one letter ("Diskomino" for Diskominfo, "Bapelitbangda"
    for Bappelitbangda), as the table writes it; None for a word that is itself known, or near no acronym or
    several ("Bappedda": Bappeda or Bappenda).
    Local outlets often drop or double a letter of a long acronym, and the post it opens is lost with it; the
    same three first letters are asked for, so a personal name one letter off a short acronym is not taken.
    Only a letter dropped or added counts: one letter changed turns an acronym into another as often as into a
    slip ("Bapedda" may be Bappeda or Bapenda), and an all-capitals acronym one letter longer is a variant name
    of its own ("BKPSDMD"), which the post keeps as written."""
    w = word.strip(".,")
    low = w.lower()
    if len(low) < 6 or not w[:1].isupper() or w.isupper() or low[:3] not in _forms_by_prefix() or \
            low in unit_forms() or low in role_vocab():
        return None
    near = {form for key, form in _forms_by_prefix().get(low[:3], ())
            if abs(len(key) - len(low)) == 1 and edit_distance(key, low, 1) <= 1}
    return near.pop() if len(near) == 1 else None
