"""Comparison keys and small matchers shared by the resolution rules.

Names, quotes and places are compared on keys, never on raw strings: case,
accents, punctuation, spacing, honorifics (H., Dr., Prof.) and degrees (S.Sos,
MM) are not what distinguishes two people.  Region codes are compared at
kabupaten/kota level.  Everything here is a pure function.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, cut off above ``limit``: any distance over it is ``limit + 1``.

    Banded: only cells within ``limit`` of the diagonal are computed (a cell further off costs more
    than ``limit`` edits anyway), so two 20-letter names cost ~100 steps instead of 400.  Resolution
    compares every candidate pair of officials' name keys this way (the largest cost of resolving a
    10k-article graph), and keeps the function here rather than importing an extractor internal.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    big, n = limit + 1, len(b)
    prev = [j if j <= limit else big for j in range(n + 1)]
    for i, ca in enumerate(a, 1):
        lo, hi = max(1, i - limit), min(n, i + limit)
        cur = [big] * (n + 1)
        cur[0] = i if i <= limit else big
        best = cur[0]
        for j in range(lo, hi + 1):
            v = prev[j - 1] + (ca != b[j - 1])
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            cur[j] = v if v < big else big
            if v < best:
                best = v
        if best > limit:
            return big
        prev = cur
    return min(prev[n], big)


HONORIFICS = set("h hj hm hc kh prof dr drs dra ir dr tgk tgh ust ustadz drg bapak pak ibu bu sdr saudara "
                 "tuan nyonya haji hajjah kiai kyai".split())
DEGREES = set("mm sh se mh mt msi si sos ssos mpd spd sip ip map mkes stp sstp msc phd mba ak ca ma mp st skm "
              "skep mip sag mag shi spi sp skom mkom mdc sikom shut meng mtp mse sap spt sked mars mph cpa ssi "
              "msos mhum shum mtr str sian mpa ss spsi mpsi lc med sthi spdi mpdi ap pd kom hut ikom".split())
PROVINCE = re.compile(r"\d{2}")


def fold(text: str) -> str:
    """Lower case without accents (NFKD), the base of every comparison key."""
    if not text or text.isascii():  # NFKD leaves ASCII as it is: skip the per-character pass (most texts)
        return (text or "").lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1 << 16)
def text_key(text: str) -> str:
    """Text equal after case, accent, punctuation and whitespace normalisation."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Compare names without case, punctuation, honorifics or degrees ("H. Budi Santoso, S.Sos")."""
    words = text_key((name or "").split(",")[0]).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    popped = False
    while len(words) > 1 and words[-1] in DEGREES:
        words.pop()
        popped = True
    if popped and len(words) > 1 and len(words[-1]) == 1:
        words.pop()  # the "S" of "S. Sos" written without its dot
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def anchor(code: str | None) -> str | None:
    """A region code cut to kabupaten/kota level (35.09.01 -> 35.09); ``ID`` is no anchor."""
    if not code or code == "ID":
        return None
    if re.fullmatch(r"\d{2}(\.\d{2,4})*", code):
        return ".".join(code.split(".")[:2])
    return code


def forget_keys() -> None:
    """Empty the key caches above (up to 3 x 65,536 entries and 262,144 pairs, filled while resolving).

    Why: their entries are made among the resolved graph's objects, a few in each of Python's 1 MiB
    allocation arenas, so once the graph is let go they keep those arenas (and their freed memory) held:
    on a 10k-article build, emptying them after the graph was released gave back 135 of 308 arenas
    (RSS 339 -> 205 MB).  They refill on the next resolution."""
    for cached in (text_key, name_key, anchor, middle_match):
        cached.cache_clear()


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        self.parent[max(a, b)] = min(a, b)
        return True

    def groups(self, items) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in items:
            out[self.find(i)].append(i)
        return out


def word_eq(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and edit_distance(a, b, 1) <= 1)


@lru_cache(maxsize=1 << 18)
def middle_match(k1: str, k2: str) -> bool:
    """Same first and last word (up to one typo); the shorter's middle words are initials or
    words of the longer's middle, in order ("Johny E. Ataupah" / "Johny Ericson Ataupah").

    Cached: the Person rule asks it of the same pairs of name keys in every pass (~139k pairs a pass at
    100k articles, each a few edit distances)."""
    w1, w2 = sorted((k1.split(), k2.split()), key=len)
    if len(w1) < 2 or not (word_eq(w1[0], w2[0]) and word_eq(w1[-1], w2[-1])):
        return False
    rest = iter(w2[1:-1])
    return all(any(word_eq(m, r) or (len(m) == 1 and r.startswith(m)) for r in rest) for m in w1[1:-1])
