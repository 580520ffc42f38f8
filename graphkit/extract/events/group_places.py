"""The class a region post names in an attendance list, without the region written after it.

"Bupati Intan Jaya, Bupati Paniai", "Pj Gubernur Papua Selatan", "Kepala Desa Kecamatan Simpangpematang":
a post one person holds in each region, listed with its region and no holder, stands for its class present
(GUIDELINES: groups are classes of office-holders), so the attendee key is the post's words alone.  Kept
apart from ``attendee_groups`` (which reads a list's items) because it needs the gazetteer, not the list.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d+")    # the words of a list item, as ``attendee_groups`` reads them

# posts one person holds in each region: written with their region in a list ("Bupati Intan Jaya, Bupati
# Paniai", "Pj Gubernur Papua Selatan") each names the class present, not a body of its own
_REGION_HEADS = {"bupati", "gubernur", "walikota", "wali", "wakil", "camat", "lurah", "kepala", "pj", "pjs", "plt", "plh",
                 "penjabat"}
_PLACE_OPENERS = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kelurahan"}


def without_place(label: str) -> str:
    """A region post's words without the region written after them: "Bupati Intan Jaya" → "Bupati",
    "Kepala Desa Kecamatan Simpangpematang" → "Kepala Desa", "Gubernur Papua Selatan" → "Gubernur"."""
    kept = list(_WORD.finditer(label))
    if not kept or kept[0].group(0).lower().rstrip(".") not in _REGION_HEADS or len(kept) < 2:
        return label
    kept = _place_cut(label, kept)
    return label[:kept[-1].end()]


def _place_cut(text: str, kept: list) -> list:
    from ..regions.gazetteer import gazetteer
    for i in range(1, len(kept)):
        low = kept[i].group(0).lower()
        if low in _PLACE_OPENERS and not (low == "kota" and kept[i - 1].group(0).lower() == "wali"):
            return kept[:i]
        rest = text[kept[i].start():kept[-1].end()]
        hits = gazetteer().find(rest)
        if hits and hits[0][0] == 0 and hits[0][1] == len(rest) and i >= 1 and \
                kept[i - 1].group(0).lower().rstrip(".") in ("bupati", "gubernur", "walikota", "kota", "camat", "lurah"):
            return kept[:i]
    return kept


__all__ = ["without_place"]
