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
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from .gazetteer import Form, Region, abbreviations, gazetteer
from ..names.word_forms import edit_distance
from .region_scan import dateline_matches
from ..posts.roles import is_national, role_level

if TYPE_CHECKING:
    from ..context import ArticleContext
    from ..posts.post_record import Post

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


def dateline(text: str, skip=lambda s, e: False, hits: list[RegionHit] | None = None) -> tuple[int, int, str] | None:
    """The place of the dateline ("Jember –", "PALANGKA RAYA, InfoPublik –", "Kilaspapua, Sentani-"),
    resolved to a region code; the outlet name beside it is ignored."""
    gaz = gazetteer()
    tries = 0
    for m in dateline_matches(text[:1500]):
        if skip(m.start(), m.end()):
            continue
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        head, base = m.group(group), m.start(group)
        if len(head.split()) > 8:
            continue
        offset = 0
        for piece in head.split(","):
            place = piece.strip()
            start = base + offset + piece.index(place[:1]) if place else base + offset
            offset += len(piece) + 1
            if not place or "." in place and place.lower().endswith((".com", ".id", ".net", ".co")):
                continue
            found = [(s, e, fs) for s, e, fs in gaz.find(place) if e - s == len(place)]
            if not found:
                continue
            codes = sorted({f.code for f in found[0][2]})
            if len(codes) > 1:
                # province vs its capital, kab vs kota of one name: prefer what the body cites
                body = Counter(h.code for h in (hits if hits is not None else find_regions(text, skip)))
                cited = [c for c in codes if body.get(c)]
                codes = cited if len(cited) == 1 else [c for c in codes if c.count(".") <= 1 and
                                                       all(c.startswith(o) or o.startswith(c) for o in codes)]
                codes = codes[:1] if len(codes) == 1 else []
            if len(codes) == 1:
                return start, start + len(place), codes[0]
        tries += 1
        if tries >= 3:
            break
    return None


def main_region(hits: list[RegionHit], dateline_code: str | None) -> str | None:
    """The article's own region: the dateline's kab/kota, else the most cited kab/kota, else province."""
    if dateline_code:
        return dateline_code if dateline_code.count(".") <= 1 else dateline_code[:5]
    return _most_cited(Counter(h.code if h.code.count(".") <= 1 else h.code[:5] for h in hits))


def _most_cited(counts: Counter) -> str | None:
    """The most cited kab/kota, else province, of ``main_region``'s counts (first of a total order: min)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0].count(".") == 0, kv[0]))[0] if counts else None


_LEVEL_KIND = {"kabupaten": ("kabupaten",), "kota": ("kota",), "provinsi": ("provinsi",),
               "kecamatan": ("kecamatan",), "any": ("provinsi", "kabupaten", "kota")}
_PREFIX_WORD = re.compile(r"(Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+")
_CAP_WORD = re.compile(r"[A-Z][a-z]+\b")
_CAP_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


class RegionResolver:
    """Region lookups for one article: forms at a position, constrained by the post's kind."""

    def __init__(self, ctx, hits: list[RegionHit]):
        self.gaz = gazetteer()
        self.text = ctx.text
        # the longest form at each start comes first: read backwards, it is the one kept
        self.by_start = {s: (e, forms) for s, e, forms in reversed(self.gaz.find(ctx.text, overlapping=True))}
        self.cited = Counter(h.code for h in hits)
        if ctx.region:
            self.cited[ctx.region] += 1
        self.codes: dict[tuple[int, int], str | None] = {}
        self._near: list | None = None
        self._near_sizes: set[int] = set()

    def region_at(self, start: int, limit: int, head: str) -> int | None:
        m = _PREFIX_WORD.match(self.text, start) if self.text.startswith(("K", "P"), start) else None
        kinds = _LEVEL_KIND[role_level(head)]
        pos = start
        if m and m.end() in self.by_start:
            word = m.group(1).lower()
            kinds = ("kabupaten",) if word.startswith("kab") else ("kota",) if word == "kota" else ("provinsi",)
            pos = m.end()
        if self.text.startswith(("Kecamatan ", "Kec. ", "Distrik "), pos) and (m is None or m.end() not in self.by_start):
            pos = self.text.index(" ", pos) + 1       # "Ketua Panwaslu Kecamatan X": the kecamatan's own prefix
            kinds = ("kecamatan",)
        hit = self.by_start.get(pos)
        if not hit and "kecamatan" in kinds:
            return self._fuzzy_district(pos, limit)
        if not hit:
            return self._fuzzy_cited(pos, limit, kinds)
        end, forms = hit
        codes = sorted({f.code for f in forms if self.gaz.regions[f.code].kind in kinds
                        and (not f.seat or self.cited.get(f.code))})
        if "kecamatan" in kinds:
            codes = [c for c in codes if c[:5] in self.cited]
            if not codes:
                return self._fuzzy_district(pos, limit)
        if len(codes) > 1:
            best = [c for c in codes if self.cited.get(c)]
            codes = best if len(best) == 1 else codes
        if not codes:
            return None
        self.codes[(start, end)] = codes[0] if len(codes) == 1 else None
        return end

    def _fuzzy_cited(self, start: int, limit: int, kinds: tuple[str, ...]) -> int | None:
        """A kab/kota or province the article names elsewhere, written one letter off after a head ("Pj Bupati
        Kapus Erlin Hardi" in an article on Kabupaten Kapuas): that region, not a first name."""
        first = _CAP_WORD.match(self.text, start, limit)
        if first is None:
            return None
        if self._near is None:            # the cited regions' names without their kind, once per article
            regions = self.gaz.regions
            self._near = [(c, r.kind, r.name.split(" ", 1)[1] if " " in r.name else r.name)
                          for c in sorted(self.cited) if c in regions and (r := regions[c]).kind != "kecamatan"]
            self._near = [(c, k, short, short.count(" ") + 1) for c, k, short in self._near if len(short) >= 5]
            self._near_sizes = {len(short.split(" ")[0]) + d for _, _, short, _ in self._near for d in (-1, 0, 1)}
        word = first.group(0)
        if len(word) not in self._near_sizes:
            return None                   # (a first word no cited name's first word is within one letter of)
        for code, kind, short, n in self._near:
            if kind not in kinds:
                continue
            if n == 1:
                cand = word
            else:
                run = _CAP_RUN.match(self.text, start, limit)
                cand = " ".join(run.group(0).split(" ")[:n])
            # (one edit keeps the first two letters or the last two of a name of 5+ letters)
            if abs(len(cand) - len(short)) <= 1 and cand != short and \
                    (cand[:2].lower() == short[:2].lower() or cand[-2:] == short[-2:]) and \
                    edit_distance(cand.lower(), short.lower(), 1) <= 1:
                self.codes[(start, start + len(cand))] = code
                return start + len(cand)
        return None

    def _fuzzy_district(self, start: int, limit: int) -> int | None:
        """A kecamatan of a cited kab/kota written one letter off ("Bandar Laksmana")."""
        words = list(re.finditer(r"[A-Z][a-z]+", self.text[start:limit]))
        for n in (3, 2):
            if len(words) < n + 1 or words[0].start() != 0:
                continue
            cand = self.text[start:start + words[n - 1].end()].lower()
            for regency in sorted(c for c in self.cited if c.count(".") == 1):
                for name, code in self.gaz.districts_of.get(regency, []):
                    if len(name) >= 8 and edit_distance(cand, name, 1) <= 1:
                        end = start + words[n - 1].end()
                        self.codes[(start, end)] = code
                        return end
        return None


# The article's own region, and the region of a post written without one.
def article_region(hits: list[RegionHit], dl: tuple[int, int, str] | None) -> str | None:
    """The dateline's region unless the body's posts and bodies are all elsewhere."""
    anchored = Counter(h.code if h.code.count(".") <= 1 else h.code[:5] for h in hits if h.anchored)
    if dl:
        code = dl[2] if dl[2].count(".") <= 1 else dl[2][:5]
        top = anchored.most_common(1)
        if anchored.get(code) or not top or top[0][1] < 2 or code.startswith(top[0][0]) or \
                top[0][0].startswith(code):
            return code
        return _most_cited(anchored)        # (main_region of the anchored hits counts them so)
    return _most_cited(anchored) if anchored else main_region(hits, None)


_VILLAGE_ROLE = re.compile(r"Kepala Desa$")


def default_region(role: str, post: Post, ctx: ArticleContext, hits: list[RegionHit]) -> str | None:
    """The region of a post written without one: from its level and the article's region."""
    if is_national(role, ctx.text[post.start:post.end]):
        return "ID"
    main = ctx.region
    if not main:
        return None
    level = role_level(role)
    province = main.split(".")[0]
    if level == "provinsi" or post.provincial:
        return province
    if level == "kecamatan":
        # a village/kecamatan post whose kecamatan the text does not name: the kab/kota it lies in
        return main if main.count(".") == 1 and _VILLAGE_ROLE.match(role) else None
    if level in ("kabupaten", "kota"):
        if gazetteer().regions[main].kind == level:
            return main
        counts = Counter(h.code for h in hits if h.kind == level)      # (a hit's kind is its region's)
        best = counts.most_common(2)
        return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None
    return government_region(hits, main)


def government_region(hits: list[RegionHit], main: str) -> str:
    """The government an agency post without a region belongs to: the jurisdiction the article
    names most with a prefix (Pemprov NTT, Kabupaten X), the article's region on a tie."""
    counts = Counter(h.code for h in hits if h.anchored and h.kind != "kecamatan")
    if not counts:
        return main
    top = max(counts.values())
    if counts.get(main, 0) == top:
        return main
    best = sorted(c for c, n in counts.items() if n == top)
    return best[0] if len(best) == 1 else main
