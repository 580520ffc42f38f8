"""The shipped gazetteer (graphkit/data/*.csv) as fast in-memory lookups.

Regions (38 provinces, 514 kabupaten/kota, 7,285 kecamatan) come from the
Kemendagri codes; every written form (official name, short name, news
abbreviation, spelling variant, seat town) is indexed by its first word, and
a form can only start at a capitalised word of the text, so finding every
region form in an article is one scan over its capitalised words plus a few
dictionary lookups, instead of a loop over thousands of names.  Each hit keeps
the gazetteer's risk flags (``needs_context``, ``uppercase_acronym``,
``seat_not_unit``) so the caller decides, from the surrounding words, whether
the form really names that unit.  Titles and OPD abbreviations (titles.csv,
opd.csv) expand "Kadis", "Sekda", "Kominfo" ... into the full post names the
graph stores.  Everything is loaded once, lazily, and cached.
"""
from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from ..text.sentences import folded



_PROBE = 4                            # characters after a form's first word that index its longer forms
_WORD = re.compile(r"[^\W_]+")        # letters and digits: str.isalnum, which bounds a form in the text
# A capital (the capitals whose lower case is an ASCII letter: every form starts with one) and the rest of its
# word.  That it opens the word (no letter or digit before it) is checked only for the few words in the index:
# a capital inside a word ("iPhone") takes the rest of that word, so it never hides a capital opening one.
_CAPITALISED_WORD = re.compile(r"[A-Z\u212a][^\W_]*")


@dataclass(frozen=True)
class Region:
    code: str
    name: str          # Kemendagri name: "Kabupaten Jember", "Provinsi Jawa Barat", "Mandau"
    kind: str          # provinsi | kabupaten | kota | kecamatan
    parent: str | None
    wikidata: str | None = None

    @property
    def short(self) -> str:
        for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota ", "Provinsi "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


@dataclass(frozen=True)
class Form:
    """One written form of a region, with the gazetteer's caution flags."""

    code: str
    level: str            # provinsi | kabupaten_kota | kecamatan
    alias_type: str       # name | short_name | abbreviation | seat_town | ...
    risky: bool           # needs_context or risk medium/high: only with a prefix/title
    acronym: bool         # match case-sensitively
    seat: bool            # a seat town: names a place in the unit, not the unit


def _rows(name: str) -> list[dict]:
    with resources.files("graphkit.data").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Gazetteer:
    def __init__(self) -> None:
        self.regions: dict[str, Region] = {}
        self.forms: dict[str, list[Form]] = {}
        for r in _rows("provinces.csv"):
            name = r["name"]
            self.regions[r["code"]] = Region(r["code"], "Provinsi " + name, "provinsi", "ID", r["wikidata"] or None)
            self._add(name, Form(r["code"], "provinsi", "name", False, False, False))
            for a in filter(None, r["aliases"].split("|")):
                self._add(a, Form(r["code"], "provinsi", "alias", False, a.isupper() and len(a) <= 5, False))
        for r in _rows("regencies.csv"):
            self.regions[r["code"]] = Region(r["code"], r["name"], r["type"], r["province_code"],
                                             r["wikidata"] or None)
            self._add(r["name"], Form(r["code"], "kabupaten_kota", "name", False, False, False))
        for r in _rows("aliases.csv"):
            hint, risk = r["match_hint"], r["risk"]
            self._add(r["alias"], Form(r["code"], r["level"], r["alias_type"],
                                       "needs_context" in hint or risk in ("medium", "high"),
                                       "uppercase_acronym" in hint, "seat_not_unit" in hint))
        for r in _rows("districts.csv"):
            self.regions[r["code"]] = Region(r["code"], r["name"], "kecamatan", r["regency_code"])
            self._add(r["name"], Form(r["code"], "kecamatan", "name", True, False, False))
        self.districts_of: dict[str, list[tuple[str, str]]] = {}
        for code, region in self.regions.items():
            if region.kind == "kecamatan" and region.parent:
                self.districts_of.setdefault(region.parent, []).append((region.name.lower(), code))
        self.regions["ID"] = Region("ID", "Indonesia", "negara", None, "Q252")
        # Every form starts with a letter or digit; a form can only begin where the text's word has the form's
        # first word (up to a non-alphanumeric), so the forms are indexed by that word, with their lengths.
        # A first word that opens many forms ("kabupaten": 23 lengths) would have each length tried; the longer
        # forms are also indexed by their first _PROBE characters after the first word ("kabupaten bog"), so
        # only the lengths of forms that can match the text there are tried, then the short ones.
        short: dict[str, set[int]] = {}
        probed: dict[str, set[int]] = {}
        for key in self.forms:
            word = _WORD.match(key).group()
            if len(key) < len(word) + _PROBE:
                short.setdefault(word, set()).add(len(key))
            else:
                short.setdefault(word, set())
                probed.setdefault(key[:len(word) + _PROBE], set()).add(len(key))
        self.lengths = {word: tuple(sorted(sizes, reverse=True)) for word, sizes in short.items()}
        self.probed = {prefix: tuple(sorted(sizes, reverse=True)) for prefix, sizes in probed.items()}
        self.cased = {key for key, forms in self.forms.items() if any(f.acronym for f in forms)}
        # frozen: ``find`` hands out these tuples themselves (no copy per hit), so no caller can alter the index
        self.forms = {key: tuple(forms) for key, forms in self.forms.items()}
        self._memo: tuple = (None, [])     # the last long text searched (one article is searched 3 times)
        self._short: dict[tuple[str, bool], list] = {}   # names and places: the same few recur across articles

    def _add(self, text: str, form: Form) -> None:
        key = " ".join(text.lower().split())
        if len(key) < 3 and not form.acronym:
            return
        have = self.forms.setdefault(key, [])
        if form not in have:
            have.append(form)

    def find(self, text: str, overlapping: bool = False) -> list[tuple[int, int, Sequence[Form]]]:
        """Every region form in ``text`` at word boundaries, longest first at each start.

        Returns (start, end, forms).  Overlapping shorter hits inside a longer
        one are dropped ("Jakarta Utara" hides "Jakarta") unless ``overlapping``.
        """
        if len(text) > 200:
            # one scan per article: the overlapping hits are kept, the non-overlapping ones derived
            if self._memo[0] != text:       # (the article's lower case, shared with the other scans of it)
                self._memo = (text, self._find(text, True, folded(text)))
            every = self._memo[1]
            return list(every) if overlapping else _outer(every)
        key = (text, overlapping)
        hits = self._short.get(key)
        if hits is None:
            if len(self._short) >= 8192:
                self._short.clear()
            hits = self._short[key] = self._find(text, overlapping)
        return list(hits)

    def _find(self, text: str, overlapping: bool, low: str | None = None) -> list[tuple[int, int, Sequence[Form]]]:
        low = text.lower() if low is None else low        # (``low``: text.lower(), when the caller has it)
        if len(low) != len(text):          # a case mapping changed lengths: fall back per char
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        n = len(low)
        out: list[tuple[int, int, Sequence[Form]]] = []
        last_end = -1
        # A form starts capitalised ("Jember", not "jember") at word boundaries on both sides.  Only the ~100
        # capitalised words of an article are looked up (an automaton over every character of the text cost
        # more, mostly in cache misses over its 8,000-form trie; a regex trie of the 5,300 first words saves
        # ~6 us an article but takes 70 ms to compile); longest form first at each start.
        # The hits share the index's lists of forms (read only, as the memo's already were) but where an acronym
        # asks for the written case.
        lengths, probed, index, cased = self.lengths, self.probed, self.forms, self.cased
        for m in _CAPITALISED_WORD.finditer(text):
            start, stop = m.span()
            short = lengths.get(low[start:stop])
            if short is None or start and text[start - 1].isalnum():
                continue
            longer = probed.get(low[start:stop + _PROBE])
            for size in longer + short if longer else short:
                end = start + size
                if end > n or end < n and low[end].isalnum():
                    continue
                key = low[start:end]
                have = index.get(key)
                if have is None or start < last_end and not overlapping:
                    continue
                if key in cased:
                    have = [f for f in have if not f.acronym or text[start:end].isupper()]
                    if not have:
                        continue
                out.append((start, end, have))
                last_end = max(last_end, end)
        return out

    def province_of(self, code: str) -> str | None:
        return code.split(".")[0] if code and code != "ID" else None

    def regency_of(self, code: str) -> str | None:
        return ".".join(code.split(".")[:2]) if code.count(".") >= 1 else None


def _outer(hits: list[tuple[int, int, Sequence[Form]]]) -> list[tuple[int, int, Sequence[Form]]]:
    """The non-overlapping subset of overlapping hits (sorted by start, longest first)."""
    out = []
    last_end = -1
    for hit in hits:
        if hit[0] >= last_end:
            out.append(hit)
            last_end = max(last_end, hit[1])
    return out


def _abbrev_table() -> dict[str, str]:
    """Abbreviation (lower-case) -> expansion, from titles.csv then opd.csv."""
    table: dict[str, str] = {}
    for name in ("titles.csv", "opd.csv"):
        for r in _rows(name):
            a, full = r["abbrev"].strip(), r["expansion"].strip()
            if a and full and a.lower() != full.lower() and r["category"] not in (
                    "acting_modifier", "status_modifier", "honorific", "anggaran", "regulasi"):
                table.setdefault(a.lower().rstrip("."), full)
    return table


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    return _abbrev_table()


@functools.lru_cache(maxsize=1)
def title_rows() -> list[dict]:
    return _rows("titles.csv")


@functools.lru_cache(maxsize=1)
def opd_rows() -> list[dict]:
    return _rows("opd.csv")
