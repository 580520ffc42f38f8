"""Holders listed with their units in brackets, after a plural post.

"Bupati melantik delapan kepala distrik ... Adapun mereka yang dilantik, yakni
Budi (Masni), Andi (Prafi), dan Candra (Aimasi)": the post is written once, in
the plural, and each name carries its own kecamatan in brackets.  Each listed
person holds the post of that kecamatan (``Kepala Distrik``, ``Camat``), when
the bracketed place is a kecamatan of the article's kab/kota.
"""
from __future__ import annotations

import re

from ..regions.gazetteer import gazetteer
from ..text.sentences import scan_folded
from .post_record import Post

_ITEM = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*\([A-Z][\w ]{1,30}\)"
_LIST = re.compile(r"%s(?:\s*,\s*(?:dan\s+)?%s|\s+dan\s+%s){1,40}" % (_ITEM, _ITEM, _ITEM))
_ONE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*\((?P<unit>[A-Z][\w ]{1,30})\)")
# the plural post the list belongs to, written before it: "delapan kepala distrik", "para camat"
_PLURAL_POST = re.compile(r"(?i)\b(kepala\s+distrik|camat)\b")
_HEADS = {"kepala distrik": "Kepala Distrik", "camat": "Camat"}


def find_unit_lists(text: str, regency: str | None, codes: dict) -> list[Post]:
    """Posts of the holders listed with their kecamatan; ``codes`` gets each unit span's kecamatan code
    (the resolver's table, which names the region of a post's ``region_span``)."""
    out: list[Post] = []
    # (a list of two holders at least has "), " or ") dan " between them, after a plural post: most articles
    # have neither, and are spared the list pattern's scan)
    if not regency or ("), " not in text and ") dan " not in text) or \
            next(scan_folded(_PLURAL_POST, text, ("kepala", "camat")), None) is None:
        return out          # (_PLURAL_POST.search(text), tried only where "kepala" or "camat" is written)
    districts = dict(gazetteer().districts_of.get(regency[:5], []))
    if not districts:
        return out
    for lm in _LIST.finditer(text):
        heads = list(_PLURAL_POST.finditer(text, max(0, lm.start() - 600), lm.start()))
        if not heads:
            continue
        head = _HEADS[" ".join(heads[-1].group(1).lower().split())]
        items = [(m, districts.get(" ".join(m.group("unit").lower().split()))) for m in _ONE.finditer(lm.group(0))]
        if sum(1 for _, code in items if code) * 2 <= len(items):
            continue                    # the brackets are not the article's kecamatan: something else is listed
        for m, code in items:
            if code is None:
                continue
            s, e = lm.start() + m.start("unit"), lm.start() + m.end("unit")
            codes[(s, e)] = code
            out.append(Post(lm.start() + m.start(), lm.start() + m.end(), head, [], "definitif", (s, e),
                            lm.start() + m.start("name"), name_end=lm.start() + m.end("name")))
    return out
