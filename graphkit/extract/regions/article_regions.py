"""The article's own region: its dateline's place, else the most cited government; and the region of a post
written without one (from the post's level and the article's region).

Decisions over the region citations ``regions.find_regions`` returns, for the article as a whole; kept apart
from the scan because they read its output, not the text's words before each hit.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .gazetteer import gazetteer
from .region_scan import dateline_matches
from ..posts.roles import is_national, role_level
from .regions import RegionHit, find_regions

if TYPE_CHECKING:
    from ..context import ArticleContext
    from ..posts.post_record import Post


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
