"""The class sworn in at a pelantikan, named as the subject of "dilantik" (GUIDELINES: the groups named as
present attend; the people inducted are present at their own swearing-in).

"Pj Kepala Desa yang berjumlah 66 orang yang akan dilantik pada Kamis …", "sembilan pejabat yang sebenarnya
berkesempatan dilantik pada 31 Desember 2018": a class of office-holders, then a relative clause whose verb
is "dilantik/dikukuhkan/diambil sumpahnya", names who the pelantikan is for.  ``inducted_groups`` reads that
shape in a span (the lead, or one sentence) and returns the group nodes.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .attendee_groups import group_label

# a class of office-holders (optionally counted), then "yang … dilantik" within its clause
_INDUCTED_CLASS = re.compile(
    r"(?P<g>(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:[Kk]epala\s+[Dd]esa|[Kk]ades|[Pp]ejabat(?:\s+[A-Z][a-z]+)?|[Cc]amat|[Ll]urah|"
    r"[Pp]erangkat\s+[Dd]esa|[Aa]nggota\s+(?:BPD|DPRD|KPU|Bawaslu|PPK|PPS|Panwascam)))"
    r"\s+yang\s+(?:[^.,;:\n“”\"]{0,50}?\s)?(?:dilantik|dikukuhkan|diambil\s+sumpah(?:nya)?)\b")


_MEMBERS_NAMED = re.compile(r"(?:\s+(?:tersebut|itu|ini|hari\s+ini))?\s*,?\s*(?:adalah|yakni|yaitu|masing-masing|"
                            r"antara\s+lain|di\s*antaranya|:)", re.I)
_CAPACITY = re.compile(r"(Pj|Plt|Pjs|Plh)\.?\s+")


def inducted_groups(ctx: ArticleContext, start: int, end: int) -> list[tuple[str, int, int]]:
    """(group node id, start, end) of each class said to be sworn in within text[start:end]."""
    from ..entities import group_node
    text = ctx.text
    if "lantik" not in text[start:end] and "kukuh" not in text[start:end] and "sumpah" not in text[start:end]:
        return []
    out = []
    for m in _INDUCTED_CLASS.finditer(text, start, end):
        if _MEMBERS_NAMED.match(text, m.end()):
            continue                # "pejabat yang dilantik masing-masing A selaku …": the members are named
        found = group_label(text, m.start("g"), m.end("g"))
        cap = _CAPACITY.match(text, m.start("g"), m.end("g"))
        if cap is not None:         # "Pj Kepala Desa": the acting holders are the class sworn in
            rest = group_label(text, cap.end(), m.end("g"))
            found = (f"{cap.group(1)} {rest[0]}", m.start("g"), rest[2]) if rest else None
        if found is not None and not ctx.in_boilerplate(m.start(), m.end()):
            label, gs, ge = found
            out.append((group_node(ctx, label, gs, ge), gs, ge))
    return out


# "Kepala Biro X, Doris Rihi dilantik sebagai Penjabat Bupati", "melantik Marianus Djawa menjadi …": the official
# sworn in is at the pelantikan (read from the lead to a few paragraphs on: the report of the swearing-in)
_SWORN_AFTER = re.compile(r"[\s,]*(?:yang\s+)?(?:resmi\s+)?(?:dilantik|diambil\s+sumpah(?:nya)?)\s+(?:sebagai|menjadi)\b")
_SWORN_BEFORE = re.compile(r"\b(?:melantik|mengukuhkan)\s+$")
_SWORN_REACH = 1500


def sworn_in(ctx: ArticleContext, people, start: int, end: int) -> list[tuple[str, int, int]]:
    """(node id, start, end) of the officials the text says are sworn in, named right before "dilantik
    sebagai/menjadi" or right after "melantik"."""
    text = ctx.text
    if "lantik" not in text and "sumpah" not in text:
        return []
    stop = min(len(text), end + _SWORN_REACH)
    out = []
    for p in people:
        if not (start <= p.start < stop) or not p.node_id.startswith("official:") or p.kind != "name":
            continue
        if _SWORN_AFTER.match(text, p.end) or (_SWORN_BEFORE.search(text, max(0, p.start - 20), p.start)
                                                 and re.match(r"[\s,]*(?:sebagai|menjadi)\b", text[p.end:p.end + 12])):
            out.append((p.node_id, p.start, p.end))
    return out


__all__ = ["inducted_groups", "sworn_in"]
