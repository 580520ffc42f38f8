"""Which administrative regions an article cites, decided from context.

A gazetteer hit is only a candidate: "Bekasi" is a kabupaten and a kota,
"Bengkulu" a province and its capital, "Batu" a city and a common word.
The words just before the hit decide: "Bupati"/"Kabupaten"/"Pemkab" ask for
a kabupaten, "Wali Kota"/"Kota"/"Pemkot" for a kota, "Gubernur"/"Provinsi"/
"Pemprov" for a province, "Camat"/"Kecamatan"/"Distrik" for a kecamatan.
Risky forms (common words, acronyms that need context) count only with such
a prefix; seat towns only in the dateline.  Where the candidates still
disagree, the region is left out rather than guessed.  ``RegionResolver``
answers the same question for the words right after a post ("Bupati Bekasi",
"Camat Mandau", "Kepala Dinas PU Pagaralam"), where the post itself is the
anchor and its level (titles.csv) says which kind of unit to look for.
``article_region`` and ``default_region`` pick the article's own region and the
region of a post written without one (its level, else the most cited government).
``RegionResolver`` lives in ``region_resolver``, the dateline and the article's
region in ``article_regions``; this module holds the scan of region citations.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .gazetteer import Form, Region, abbreviations, gazetteer

# Words before a region form and the kind of unit they ask for.
_KIND_OF_PREFIX = [
    (r"kabupaten|kab\.?|pemkab|pemerintah\s+kabupaten|bupati|wakil\s+bupati|wabup|sekdakab|dprd\s+kabupaten"
     r"|kpu\s+kabupaten|bawaslu\s+kabupaten", "kabupaten"),
    (r"kota|pemkot|pemerintah\s+kota|wali\s*kota|wakil\s+wali\s*kota|wawali|wawako|wawalkot|sekdakot|dprd\s+kota"
     r"|kpu\s+kota|bawaslu\s+kota|kotamadya", "kota"),
    (r"provinsi|prov\.?|pemprov|pemerintah\s+provinsi|gubernur|wakil\s+gubernur|wagub|sekdaprov|kapolda|kajati"
     r"|pangdam", "provinsi"),
    (r"kecamatan|kec\.?|camat|distrik|kapanewon", "kecamatan"),
]
_PREFIX = re.compile(r"(?:^|[^\w])(%s)\s*(?:\([^)]{1,12}\)\s*)?$" % "|".join(p for p, _ in _KIND_OF_PREFIX), re.I)
# _PREFIX for lower-cased text, without re.I, each word opening on its letter (the boundary before it is checked
# after that letter): the same matches, but re skips ahead to the few letters that open a prefix word.
_PREFIX_LOW = re.compile(r"(%s)\s*(?:\([^)]{1,12}\)\s*)?$" % "|".join(
    r"%s(?<!\w%s)%s" % (w[0], w[0], w[1:]) for p, _ in _KIND_OF_PREFIX for w in p.split("|")))
_KIND = [(re.compile(r"^(?:%s)$" % p, re.I), k) for p, k in _KIND_OF_PREFIX]
# Bodies and posts whose jurisdiction follows them: "DPRD Bengkalis", "Kapolres Bengkalis", "Dinas PU Pagaralam".
_ORG_PREFIX = re.compile(r"(?:DPRD|KPU|Bawaslu|Kapolres|Polres|Kodim|Kejari|Kajari|Dandim|Sekda|Setda|Dinas\s+\w+|"
                         r"Kominfo\w*|PU|Pol\s+PP|Satpol\s+PP|Pemda|Pemerintah\s+Daerah|Perhubungan|BPBD|"
                         r"RSUD|Bapenda|Bappeda|Inspektorat|Pj\.?|Pjs\.?|Plt\.?)\s*(?:\d+\s*/\s*)?$")


class RegionHit(NamedTuple):
    """A resolved region citation (a named tuple: a dozen per article, built faster than a frozen dataclass)."""

    start: int
    end: int
    code: str
    kind: str          # provinsi | kabupaten | kota | kecamatan
    anchored: bool     # a prefix or a post/agency before it says it is a jurisdiction
    prefix_start: int  # where the evidence begins (the prefix, when there is one)


def _wanted_kind(text: str, start: int) -> tuple[str | None, int, bool]:
    """The unit kind asked for by the words before ``start`` and where they begin."""
    before = text[max(0, start - 40):start]
    # Both patterns end in blanks up to ``start``: what comes before them ends as one of their words does (or in
    # ")", "/"; "Dinas X", "Kominfo…" in any word); read at the last 9 characters when ASCII (re.I is lower() there)
    tail = before.rstrip()
    end = tail[-9:]
    plain = end.isascii() and not end.endswith(")")
    if plain and not end.lower().endswith(_PREFIX_FINALS):
        m = None
    else:
        low = before.lower()
        if not plain and not _PREFIX_HINT.search(low):      # (a prefix word ending ``end`` holds a hint word)
            m = None
        elif len(low) == len(before) and "ſ" not in before and "ı" not in before:
            m = _PREFIX_LOW.search(low)         # (re.I folds "ſ", "ı" onto ASCII letters; lower() does not)
        else:
            m = _PREFIX.search(before)
    kind = _kind_of(m.group(1)) if m else None
    if kind == "kota" and _CAPITAL_OF.search(before):
        kind = None           # "ibu kota Buton Utara": the capital of a unit, not a kota
    if kind:
        return kind, start - len(before) + m.start(1), True
    if (tail.endswith(_ORG_FINALS) or "Dinas" in before or "Kominfo" in before) and _ORG_PREFIX.search(before):
        return None, start, True
    return None, start, False


_CAPITAL_OF = re.compile(r"(?i)\bibu\s+kota\s*$")


@functools.lru_cache(maxsize=256)
def _kind_of(prefix: str) -> str | None:
    """The unit kind a prefix word asks for (cached: a few dozen spellings)."""
    word = re.sub(r"\s+", " ", prefix.strip())
    return next((kind for rx, kind in _KIND if rx.match(word)), None)


# Substrings every match of _PREFIX (lower-cased) contains: a cheap test before the regex search.
_PREFIX_HINT = re.compile("kab|kot|prov|bupati|wabup|gubernur|wagub|kapolda|kajati|pangdam|kec|camat|distrik|"
                          "kapanewon|wali")
# The last word of each prefix ("pemerintah kabupaten", "wali kota", "kab."); how _ORG_PREFIX matches end.
_PREFIX_FINALS = tuple(sorted({re.split(r"\\s[*+]", w)[-1].replace("\\.?", dot) for p, _ in _KIND_OF_PREFIX
                        for w in p.split("|") for dot in ("", ".")}))
_ORG_FINALS = tuple("/ DPRD KPU Bawaslu olres Kodim Kejari Kajari Dandim Sekda Setda PU PP Pemda Daerah Perhubungan "
                    "BPBD RSUD Bapenda Bappeda Inspektorat Pj Pj. Pjs Pjs. Plt Plt.".split())


def _fits(form: Form, region: Region, kind: str | None) -> bool:
    if kind is None:
        return form.level != "kecamatan"
    if kind == "kecamatan":
        return form.level == "kecamatan"
    return region.kind == kind


def find_regions(text: str, skip=lambda s, e: False) -> list[RegionHit]:
    """Resolved region citations, in text order; ambiguous ones are dropped."""
    gaz = gazetteer()
    regions = gaz.regions
    hits: list[RegionHit] = []
    pending: list[tuple[int, int, list[Form], str | None, int, bool]] = []
    for start, end, forms in gaz.find(text):
        if skip(start, end) or (text[start - 1:start] == " " and _VESSEL_BEFORE.search(text, max(0, start - 5), start)):
            continue
        kind, pstart, anchored = _wanted_kind(text, start)
        # A written "Kabupaten X" / "Kota X" form carries its own kind (its "k" lower-cases from "K", "k" or "K").
        if text[start] in "Kk\u212a":
            surface = text[start:end].lower()
            if surface.startswith("kabupaten "):
                kind, anchored = "kabupaten", True
            elif surface.startswith("kota "):
                kind, anchored = "kota", True
        # (_fits read inline; a kind comes with an anchor, and a kecamatan's forms are its kecamatan ones)
        if kind is None:
            usable = [f for f in forms if not f.seat and (anchored or not f.risky) and f.level != "kecamatan"]
        elif kind != "kecamatan":
            usable = [f for f in forms if not f.seat and regions[f.code].kind == kind]
        else:
            usable = [f for f in forms if f.level == "kecamatan"]
        if not anchored and pending and pending[-1][5] and pending[-1][3] in ("kabupaten", "kota", "provinsi") \
                and _ENUM_GAP.fullmatch(text, pending[-1][1], start):
            # "Kabupaten Demak, Kudus, dan Pati": the enumeration keeps the kind of its first member
            listed = [f for f in forms if not f.seat and _fits(f, regions[f.code], pending[-1][3])]
            if listed:
                usable, kind, anchored, pstart = listed, pending[-1][3], True, start
            elif not usable and not _post_before_unit(text, start, end):
                # "Kota Baubau dan Buton": listed with a region, a risky form is a region too, of its own kind
                usable = [f for f in forms if not f.seat and f.level != "kecamatan"]
                anchored = bool(usable)
        pending.append((start, end, usable, kind, pstart, anchored))
    # Kecamatan names are ambiguous nationwide: keep those inside a kab/kota the article cites.
    cited = {f.code for _, _, usable, kind, _, _ in pending for f in usable if f.level != "kecamatan"}
    cited_regencies = {c for c in cited if "." in c}
    unique = None
    for start, end, usable, kind, pstart, anchored in pending:
        if not usable:
            continue                          # (no code, and none kept)
        if len(usable) == 1:
            codes, kecamatan = [usable[0].code], usable[0].level == "kecamatan"
        else:
            codes, kecamatan = sorted({f.code for f in usable}), any(f.level == "kecamatan" for f in usable)
        if kind == "kecamatan" or kecamatan:
            codes = [c for c in codes if c.count(".") < 2 or c[:5] in cited_regencies] or \
                    ([c for c in codes if c.count(".") == 2] if len(codes) == 1 else [])
        if len(codes) > 1:
            # prefer a unit also cited unambiguously elsewhere; else prefer the smaller set
            if unique is None:          # (the units some hit names alone: gathered once, when first asked for)
                unique = {u[0].code for _, _, u, _, _, _ in pending if u and len({f.code for f in u}) == 1}
            sure = [c for c in codes if c in cited and c in unique]
            codes = sure if len(sure) == 1 else codes
        if len(codes) == 1:
            region = regions[codes[0]]
            hits.append(_hit((start, end, region.code, region.kind, anchored, pstart)))
    return hits


_hit = functools.partial(tuple.__new__, RegionHit)     # a RegionHit without the generated __new__'s call


# A ship is named after a place: "KRI Surabaya" (Kapal Perang Republik Indonesia), "KM Sinabung" (Kapal Motor),
# "KMP Bontoharu" (ferry): the name after the vessel's prefix is the ship, not a region.
_VESSEL_BEFORE = re.compile(r"\b(?:KRI|KM|KMP|KMC|KN|KP)\s$")
_UNIT_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _post_before_unit(text: str, start: int, end: int) -> bool:
    """"…Provinsi Sumsel, Karo Hukum, Karo Umum": a form spelled like a post's abbreviation (titles.csv: Karo =
    Kepala Biro) and followed by a capitalised word is that post and its unit, not one more region listed."""
    return text[start:end].lower() in abbreviations() and bool(_UNIT_AFTER.match(text, end))


_ENUM_GAP = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")
