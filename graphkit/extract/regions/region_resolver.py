"""The region written right after a post ("Bupati Bekasi", "Camat Mandau", "Kepala Dinas PU Pagaralam").

``RegionResolver`` answers, for one article, which gazetteer form stands at a position, constrained by the
kind of unit the post's level asks for (titles.csv), with one-letter-off spellings of the regions the article
cites.  Kept apart from ``regions`` (the article-wide scan of region citations) because here the post is the
anchor and the lookup is per position, asked by the post grammar.
"""
from __future__ import annotations

import re
from collections import Counter

from .gazetteer import gazetteer
from ..names.word_forms import edit_distance
from ..posts.roles import role_level
from .regions import RegionHit


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
