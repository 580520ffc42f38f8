"""The class sworn in at a pelantikan, named as the subject of "dilantik" (GUIDELINES: the groups named as
present attend; the people inducted are present at their own swearing-in).

"Pj Kepala Desa yang berjumlah 66 orang yang akan dilantik pada Kamis …", "sembilan pejabat yang sebenarnya
berkesempatan dilantik pada 31 Desember 2018": a class of office-holders, then a relative clause whose verb
is "dilantik/dikukuhkan/diambil sumpahnya", names who the pelantikan is for; so does the class as the object of
the swearing-in, verb or noun ("melantik tujuh Kepala Desa PAW", "pengukuhan 20 Pejabat Administrator"),
unless it names one holder ("melantik Kepala Desa Karanganom, X").  ``inducted_groups`` reads that
shape in a span (the lead, or one sentence) and returns the group nodes.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .attendee_groups import group_label
from ..text.sentences import outside

# a class of office-holders (optionally counted), then "yang … dilantik" within its clause
_INDUCTED_CLASS = re.compile(
    r"(?P<g>(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:[Kk]epala\s+[Dd]esa|[Kk]ades|[Pp]ejabat(?:\s+[A-Z][a-z]+)?|[Cc]amat|[Ll]urah|"
    r"[Pp]erangkat\s+[Dd]esa|[Aa]nggota\s+(?:BPD|DPRD|KPU|Bawaslu|PPK|PPS|Panwascam)))"
    r"\s+yang\s+(?:[^.,;:\n“”\"]{0,50}?\s)?(?:dilantik|dikukuhkan|diambil\s+sumpah(?:nya)?)\b")


# ... or as the object of the swearing-in, verb or noun: "melantik tujuh Kepala Desa PAW", "pengukuhan 20 Pejabat
# Administrator", "usai pelantikan Kepala Desa yang digelar di …", "pengambilan sumpah para Lurah"
_COUNT = (r"(?:(?:sebanyak\s+)?(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluhan|belasan|"
          r"ratusan|para|sejumlah|seluruh)\s+)")
_INDUCTED_OBJECT = re.compile(
    r"\b(?:[Mm]elantik|[Mm]engukuhkan|[Pp]elantikan|[Pp]engukuhan|[Pp]engambilan\s+[Ss]umpah(?:\s+[Jj]abatan)?)\s+"
    r"(?:(?:dan|serta)\s+(?:[Pp]elantikan|[Pp]engambilan\s+[Ss]umpah(?:\s+[Jj]abatan)?)\s+)?"
    r"(?P<n>" + _COUNT + r")?"
    r"(?P<g>(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:[Kk]epala\s+[Dd]esa|[Kk]ades|[Pp]ejabat(?:\s+[A-Z][a-z]+){0,3}|[Cc]amat|"
    r"[Ll]urah|[Pp]erangkat\s+[Dd]esa|[Aa]nggota\s+(?:BPD|DPRD|KPU|Bawaslu|PPK|PPS|Panwascam)))\b")
# a class written with a capitalised word after it and no count names one holder: "melantik Kepala Desa Karanganom, X"
_NAMED_ONE = re.compile(r"\s+(?-i:[A-Z])")

_MEMBERS_NAMED = re.compile(r"(?:\s+(?:tersebut|itu|ini|hari\s+ini))?\s*,?\s*(?:adalah|yakni|yaitu|masing-masing|"
                            r"antara\s+lain|di\s*antaranya|:)", re.I)
_CAPACITY = re.compile(r"(Pj|Plt|Pjs|Plh)\.?\s+")


def inducted_groups(ctx: ArticleContext, start: int, end: int,
                    quotes: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """(group node id, start, end) of each class said to be sworn in within text[start:end]; the object form
    only outside ``quotes`` ("Tahun lalu kami melantik 30 pejabat," kata X: what the speaker did)."""
    from ..body_nodes import group_node
    text = ctx.text
    if "lantik" not in text[start:end] and "ukuh" not in text[start:end] and "sumpah" not in text[start:end]:
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
    for m in _INDUCTED_OBJECT.finditer(text, start, end):
        counted = m.group("n") is not None
        bare = not counted and m.group("g").lower() == "pejabat"
        if (not counted and _NAMED_ONE.match(text, m.end())) or _MEMBERS_NAMED.match(text, m.end()) or bare \
                or ctx.in_boilerplate(m.start(), m.end()) or not outside(quotes, m.start(), m.end()):
            continue    # one named holder, members listed by name, or bare "pelantikan pejabat" (no class named)
        found = group_label(text, m.start("g"), m.end("g"))
        if found is not None:
            label, gs, ge = found
            out.append((group_node(ctx, label, gs, ge), gs, ge))
    return out


# "Kepala Biro X, Doris Rihi dilantik sebagai Penjabat Bupati", "melantik Marianus Djawa menjadi …", "A dan B, S.IP
# dilantik oleh Gubernur …": the official sworn in is at the pelantikan (read from the lead to a few paragraphs on:
# the report of the swearing-in); past dotted degrees, and what follows "dilantik" says it is this swearing-in
_SWORN_AFTER = re.compile(r"(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,]))*"
                          # a relative clause of the post he holds set off by its comma: "A yang juga menduduki
                          # posisi sebagai Direktur X di Kementerian Y, resmi dilantik sebagai …"
                          r"(?:\s+yang\s+(?:juga\s+|saat\s+ini\s+|sebelumnya\s+)?(?:menjabat|menduduki|merupakan|adalah)\b"
                          r"[^.;\n“”\"]{0,140}?,)?"
                          r"[\s,]*(?:yang\s+)?(?:(?:resmi|baru)\s+)?(?:dilantik|diambil\s+sumpah(?:nya)?)\s+"
                          r"(?:sebagai|menjadi|jadi|oleh|secara|langsung|bersama)\b")
_SWORN_BEFORE = re.compile(r"\b(?:melantik|mengukuhkan)\s+$")
# the acting post being filled, then its holder: "Penunjukan Penjabat Sementara Kabupaten X, dijabat oleh A" (in a
# pelantikan's report, A is one of those installed; not a predecessor's "sebelumnya dijabat oleh")
_ACTING_FILLED_BY = re.compile(r"\b(?:Penjabat|Pj|Pjs|Plt)\b(?:(?!sebelum|semula|selama|pernah)[^.;\n“”\"]){0,70}?"
                               r"\bdijabat\s+oleh\s+$")
# the members of the class sworn in, listed right after it: "Ketiga Pj bupati yang dilantik Pj Bupati X A, Pj Y B
# dan Pj Kabupaten Z C" (a list, so not the agent of "dilantik Gubernur X" without "oleh")
_SWORN_LIST = re.compile(r"\byang\s+(?:(?:baru|resmi)\s+)?(?:dilantik|dikukuhkan)\s*(?:(?:adalah|yakni|yaitu|"
                         r"masing-masing)\b)?\s*,?\s*")
# what may stand between two members of a list: their degrees, a comma or "dan/serta", and the next one's post
# (``_LIST_RUN``: or members in between that are not read as officials)
_DEGREES = r"(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,]))*"
_POST = r"(?:(?!oleh\b|bersama\b|yang\b|\b(?:me|di|ber)[a-z]{3,}\b)[^.;,\n“”\"]){0,45}"
_SEP = r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)"
# (the next one's post may be set off from the name by a comma and an honorific: "A dan Ketua DPRD, H B, dilantik")
_LIST_GAP = re.compile(_DEGREES + _SEP + _POST + r"(?:,\s*(?:(?:[A-Z][a-z]{0,3}\.|H)\s*)*)?")
_LIST_RUN = re.compile(_DEGREES + "(?:" + _SEP + _POST + "){1,3}")
_POST_GAP = re.compile(_POST)
_SWORN_REACH = 1500
# the verb gapped in the second conjunct: "A dilantik jadi Wali Kota X dan B (jadi) Penjabat Bupati Y" — B, written
# after "dan/serta/sedangkan" in the same sentence as a sworn A, then "sebagai/menjadi/jadi" and a post, is sworn in too
_GAPPED_BEFORE = re.compile(r"[^.;\n“”\"]{0,90}?[\s,](?:dan|serta|sedangkan|sementara)\s+$")
_GAPPED_AFTER = re.compile(r"[\s,]*(?:sebagai|menjadi|jadi)\s+(?=[A-Z])")


def sworn_in(ctx: ArticleContext, people, start: int, end: int) -> list[tuple[str, int, int]]:
    """(node id, start, end) of the officials the text says are sworn in: named right before "dilantik
    sebagai/menjadi/oleh", right after "melantik", coordinated with one of those ("A dan B dilantik …"), or
    listed after "yang dilantik"."""
    text = ctx.text
    if "lantik" not in text and "sumpah" not in text:
        return []
    stop = min(len(text), end + _SWORN_REACH)
    named = [p for p in people if start <= p.start < stop and p.node_id.startswith("official:") and p.kind == "name"]
    sworn: set[int] = set()
    for i, p in enumerate(named):
        if _SWORN_AFTER.match(text, p.end) or (_SWORN_BEFORE.search(text, max(0, p.start - 20), p.start)
                                                 and re.match(r"[\s,]*(?:sebagai|menjadi)\b", text[p.end:p.end + 12])) \
                or _ACTING_FILLED_BY.search(text, max(0, p.start - 90), p.start):
            sworn.add(i)
            j = i   # "A dan B dilantik …": A, coordinated with B, is sworn in with B
            while j > 0 and _LIST_GAP.fullmatch(text, named[j - 1].end, named[j].start):
                j -= 1
                sworn.add(j)
    for i in range(1, len(named)):
        if i not in sworn and i - 1 in sworn and _GAPPED_AFTER.match(text, named[i].end) \
                and _GAPPED_BEFORE.fullmatch(text, named[i - 1].end, named[i].start):
            sworn.add(i)
    if "dilantik" in text[start:stop] or "dikukuhkan" in text[start:stop]:
        for m in _SWORN_LIST.finditer(text, start, stop):
            first = next((i for i, p in enumerate(named) if p.start >= m.end()), None)
            if first is None or not _POST_GAP.fullmatch(text, m.end(), named[first].start):
                continue
            last = first
            while last + 1 < len(named) and _LIST_RUN.fullmatch(text, named[last].end, named[last + 1].start):
                last += 1
            if last > first:            # a list, not the agent of "yang dilantik Gubernur X"
                sworn.update(range(first, last + 1))
    return [(named[i].node_id, named[i].start, named[i].end) for i in sorted(sworn)]


__all__ = ["inducted_groups", "sworn_in"]
