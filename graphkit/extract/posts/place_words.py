"""Is a capitalised word a place rather than a person's name?  The tests a name candidate must pass.

A one-word "name" after a post is often a place: the first word of a two-word region ("Sulawesi" of
Sulawesi Selatan), a region written as one word ("Simpangpematang"), or a misspelt one ("Benkalis").
These read the gazetteer only, so they are built once and cached.
"""
from __future__ import annotations

import functools

from ..names.word_forms import _deletes, _word_deletes, edit_distance
from ..regions.gazetteer import gazetteer


@functools.lru_cache(maxsize=1)
def region_first_words() -> frozenset[str]:
    """First words of multi-word province and kab/kota names: Sulawesi, Kalimantan, Nusa, Jawa ..."""
    return frozenset(k.split()[0] for k, forms in gazetteer().forms.items()
                     if " " in k and any(f.level != "kecamatan" for f in forms))


@functools.lru_cache(maxsize=1)
def joined_places() -> frozenset[str]:
    """Multi-word region names (kecamatan included) with their spaces dropped, as news often writes them."""
    return frozenset(k.replace(" ", "") for k in gazetteer().forms if " " in k)


@functools.lru_cache(maxsize=1)
def _region_neighbourhood() -> dict[str, tuple[str, ...]]:
    """Every one-letter delete of a kab/kota/province name (five letters or more; "Jawa Barat" too), with the
    names it comes from: the symmetric-delete index behind ``near_region``."""
    gaz = gazetteer()
    out: dict[str, set[str]] = {}
    for key, forms in gaz.forms.items():
        if len(key) >= 5 and any(f.level != "kecamatan" and not f.seat and not f.risky for f in forms):
            for d in _deletes(key):
                out.setdefault(d, set()).add(key)
    return {d: tuple(sorted(keys)) for d, keys in out.items()}


def near_region(word: str) -> bool:
    """One edit (or a swap) away from a kab/kota/province name: "Benkalis" for Bengkalis, "Jawa Bara" for Jawa
    Barat.  Sharing a one-letter delete is only a candidate: "Subhan" and "Subang" share "Suban" but are two
    edits apart (a name, not a misspelt place), so each candidate is checked."""
    if len(word) < 5:
        return False
    low = word.lower()
    index = _region_neighbourhood()
    return any(one_edit_or_swap(low, key) for d in _word_deletes(low) for key in index.get(d, ()))


@functools.lru_cache(maxsize=4096)
def near_provinces(word: str) -> frozenset[str]:
    """The provinces (two-digit codes) of the regions ``word`` is one edit or a swap away from (``near_region``):
    a misspelt place is a place the article is about, so a one-word "name" near only a region of another
    province ("Asmar", one letter off a regency of another province, in a Sulawesi story) is read as the name it is."""
    if len(word) < 5:
        return frozenset()
    low, gaz, index = word.lower(), gazetteer(), _region_neighbourhood()
    keys = {key for d in _word_deletes(low) for key in index.get(d, ()) if one_edit_or_swap(low, key)}
    return frozenset(f.code.split(".")[0] for key in keys for f in gaz.forms[key] if f.level != "kecamatan")


def one_edit_or_swap(a: str, b: str) -> bool:
    """Levenshtein distance at most 1, or two neighbouring letters swapped ("Bengaklis")."""
    if edit_distance(a, b, 1) <= 1:
        return True
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


__all__ = ["joined_places", "near_provinces", "near_region", "one_edit_or_swap", "region_first_words"]
