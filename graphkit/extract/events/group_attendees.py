"""The groups in a span of an attendance list, as group nodes (ATTENDED by a group of people).

Split from ``attendees`` (which finds the cues and bounds each list) because deciding whether a group word in a
list is a group present or only a word of something else is a grammar of its own: a listed item's label
(``attendee_groups``), a post whose holder the article names ("Camat Bukit Batu Taufik Hidayat" is that person),
a post represented by someone else ("Gubernur X yang diwakili …"), and a group that owns the noun before it
("Kantor Lurah X", "anggota Banmus DPRD") are not the group attending.  A body received or met by its
name ("menerima kunjungan rombongan PT X") attends as an Organization (``_visitor``).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

from .attendee_groups import group_label, listed_groups
from .item_titles import APPOSED_REACH, apposed, unit_runs_to
from .group_places import without_place
from ..context import ArticleContext, Mention
from .happening_cues import GROUP_WORDS
from ..names.word_forms import slug
from ..regions.gazetteer import title_rows

# "Gubernur X yang diwakili (oleh) Staf Ahli …", "Bupati, diwakilkan kepada Sekda": the post represented is absent
_REPRESENTED = re.compile(r"(?:\s+[A-Z][\w.-]*){0,4}\s*,?\s*(?:yang\s+)?diwakil(?:i|kan)\b")
# compiled once: used for every group word listed
_ITEM_END = re.compile(r"[,;\n]")
_UNIT_WORDS = re.compile(r"(?:\s+(?:[A-Z][\w.&/()'’-]*|dan|&))*\s*")


def groups_between(ctx: ArticleContext, people: list[Mention], start: int, end: int) -> list[tuple[str, int, int]]:
    """Groups in [start, end): the list's group items (``attendee_groups``), and the group words elsewhere
    in it that are not the title of a named person ("Camat Bukit Batu Taufik")."""
    from ..body_nodes import group_node
    text = ctx.text
    # ctx.mentions is sorted by start: the persons near the span by bisection, not a pass over all of them
    near = [m for m in ctx.mentions[bisect_left(ctx.mentions, start - 200, key=_start):
                                    bisect_left(ctx.mentions, end + 130, key=_start)] if not class_title(text, m)]
    persons = [(p.start, p.end) for p in near if p.kind != "group" and p.start >= start]
    items = listed_groups(text, start, end, persons)
    out = [((None if _plural(text, max(s, gs - 30), gs, ge) else _holder(ctx, cls)) or group_node(ctx, cls, gs, ge), gs, ge)
           for label, gs, ge, s, _ in items
           if (cls := _class_of(ctx, _without_region(ctx, label))) is not None and not _REPRESENTED.match(text, ge)]
    for g in GROUP_WORDS.finditer(text, start, end):
        gs, ge = g.start("word"), g.end("word")
        if any(s <= gs < e for _, _, _, s, e in items) or any(p.start <= gs < p.end for p in near if p.kind != "group"):
            continue
        if _REPRESENTED.match(text, ge):
            continue  # "Gubernur Gorontalo yang diwakili oleh Staf Ahli": the one represented is not there
        if _owned_by(text, gs):
            continue  # "di Kantor Lurah X", "sekretaris DPRD Y", "anggota Banmus DPRD": the group owns the noun before
        # the list span is already a sentence or a clause: bounded by it, "Kepala Dinas PPPA Drs. Helman" (a degree's
        # period is no item end) needs no sentence split of its own
        item_end = _ITEM_END.search(text, ge, min(end, ge + 90))
        stop = item_end.start() if item_end else min(end, ge + 90)
        # "Kepala Badan Keuangan Daerah, Budi": the unit's capitalised words, then the holder after the comma
        apposes = text.startswith(",", stop) and _UNIT_WORDS.fullmatch(text, ge, stop) is not None
        if any(p.kind == "name" and (ge <= p.start < stop or apposes and stop < p.start <= stop + APPOSED_REACH
                                     and apposed(text, stop, p.start)
                                     or apposes and stop < p.start <= stop + 60 and unit_runs_to(text, stop, p.start))
               for p in people):
            continue  # "Kepala Dinas Perkim Supardi", "Kepala Badan Keuangan, Budi": a title, the person attends
        if any(p.kind == "name" and 0 <= gs - p.end <= 2 and not text[p.end:gs].strip() for p in people):
            continue  # "didampingi Budi Kepala Dinas PMD": the title written right after the person
        holder = None if _plural(text, max(start, gs - 30), gs, ge) else _holder(ctx, g.group("word"))
        out.append((holder or group_node(ctx, g.group("word"), gs, ge), gs, ge))
    return out


# a post written as a class of its holders: a plural quantifier before it ("para bupati", "seluruh gubernur",
# "sejumlah wali kota") or its area after it ("bupati se-Jawa Tengah", "wali kota se Kalimantan"); the article's
# one holder of that post is then one of them, not the whole of them
_PLURAL_BEFORE = re.compile(r"\b(?:para|seluruh|segenap|sejumlah|beberapa|semua|\d+|dua|tiga|empat|lima|enam|tujuh|"
                            r"delapan|sembilan|sepuluh|belasan|puluhan)\s+$", re.I)
_AREA_AFTER = re.compile(r"\s*se(?:-|\s+)(?:[A-Z]|kabupaten|kota|provinsi|kecamatan|daerah)")


def class_title(text: str, m: Mention) -> bool:
    """Whether a title-only mention ("bupati", which the names stage resolves to the article's one Bupati) is
    written as the class ("para bupati", "bupati se-Jawa Tengah"): then it is a group, not that person."""
    return m.kind == "title" and _plural(text, max(0, m.start - 30), m.start, m.end)


def _plural(text: str, before: int, gs: int, ge: int) -> bool:
    """Whether the post at [gs, ge) is written as a class of its holders (``_PLURAL_BEFORE``, ``_AREA_AFTER``):
    GUIDELINES key groups "as written", and "para bupati" at a meeting are the regents present, not the one regent
    the article names (``_holder``)."""
    return _PLURAL_BEFORE.search(text, before, gs) is not None or _AREA_AFTER.match(text, ge) is not None


@functools.cache
def _regional_heads() -> dict[str, str]:
    """The posts a region has one holder of (data/titles.csv category ``kepala_daerah``: Gubernur, Wagub, Bupati,
    Wali Kota …), each spelling (lower case, no spaces) to its full post."""
    return {_squash(row[k]): _squash(row["expansion"]) for row in title_rows()
            if row["category"].strip() == "kepala_daerah" for k in ("abbrev", "expansion")}


def _squash(post: str) -> str:
    return "".join(post.lower().split())


def _holder(ctx: ArticleContext, label: str) -> str | None:
    """"didampingi Gubernur, Pangdam …": a regional head's post listed without a name or a place stands for the
    one holder of it the article names ("Gubernur Kalimantan Barat, Sutarmidji"), not for a class of governors
    (GUIDELINES: a post that names one person in the article is that person); None when the article names
    no holder of it, or more than one."""
    capacity, label = _acting(label)
    post = _regional_heads().get(_squash(label))
    if post is None:
        return None
    holders = {e.source for e in ctx.graph.edges.values() if e.type == "HOLDS"
               and (office := ctx.graph.nodes.get(e.target)) is not None
               and _regional_heads().get(_squash(office.properties.get("role") or "")) == post
               and (capacity is None or _same_capacity(e.properties.get("capacity"), capacity))}
    return holders.pop() if len(holders) == 1 else None


# the noun a group word is the possessor of, written right before it: a place ("Kantor Lurah Bentiring", "gedung
# DPRD") or a seat ("sekretaris DPRD", "Ketua DPRD"); the group is named, not placed at the event
_OWNED = frozenset(("kantor", "gedung", "ruang", "ruangan", "aula", "balai", "halaman", "rumah", "markas", "lapangan",
                    "kompleks", "komplek", "pendopo", "sekretariat", "sekretaris", "ketua", "wakil", "staf", "bagian"))
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _owned_by(text: str, at: int) -> bool:
    """Whether the group word at ``at`` follows, with only a space between, a noun it modifies: one of
    ``_OWNED``, or, after a class head, a capitalised part of the body ("anggota Banmus DPRD": the members of a
    committee of the DPRD; the DPRD as a whole is not there)."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    if low in _OWNED:
        return True
    # "anggota Banmus DPRD": a class head, then the body's part, then the body (not "Prajurit TNI")
    head = _WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    return (word[0].isupper() and word.isalpha() and low not in _NOT_OWNER and head is not None
            and head.group(1).lower() in _CLASS_HEADS and group_label(text, m.start(1), m.end(1)) is None)


_CLASS_HEADS = frozenset(("anggota", "ketua", "wakil", "kepala", "sekretaris", "pengurus", "pimpinan", "staf"))
# capitalised words that open a list or set its occasion, not the name of a body
_NOT_OWNER = frozenset(("hadir", "tampak", "nampak", "terlihat", "turut", "juga", "serta", "dan", "para", "seluruh",
                        "jajaran", "unsur", "yakni", "yaitu", "antara", "lain", "bersama", "beserta", "oleh"))


def _start(m: Mention) -> int:
    return m.start


def _class_of(ctx: ArticleContext, label: str) -> str:
    """"Bupati Intan Jaya, Bupati Paniai" in a list: posts whose holders the article does not name stand for
    the class present ("Bupati"); a post a named official holds here is that person's title (None)."""
    short = without_place(label)
    capacity, bare = _acting(label)
    if short == label and capacity is None:
        return label
    if capacity is not None:
        # "Pj Bupati Jombang" listed: the acting holder's title when the article names them, else the class
        return None if _acting_holder(ctx, capacity, bare) else short
    offices = [n.properties for n in ctx.graph.nodes.values() if "Office" in n.labels]
    if label.lower() in {p.get("name", "").lower() for p in offices}:
        return None
    # "Walikota Bima" / "Gubernur NTB" for the held "Wali Kota Bima" / "Gubernur Nusa Tenggara Barat": the same
    # post spelt another way, or its region by another name, is still the named holder's title
    from ..regions.gazetteer import gazetteer
    place = label[len(short):].strip()
    codes = {f.code for s, e, forms in gazetteer().find(place) if s == 0 and e == len(place) for f in forms}
    role = short.lower().replace(" ", "")
    held = any(p.get("region") in codes and (p.get("role") or "").lower().replace(" ", "") == role for p in offices)
    return None if held else short


_ACTING = re.compile(r"(?i:(pj|pjs|plt|plh|penjabat)\.?)\s+(?=\S)")


def _acting(label: str) -> tuple[str | None, str]:
    """("pj", "Bupati Jombang") for "Pj. Bupati Jombang"; (None, label) for a post without a capacity."""
    m = _ACTING.match(label)
    return (m.group(1).lower(), label[m.end():]) if m else (None, label)


def _same_capacity(held: str | None, written: str) -> bool:
    """Whether a HOLDS edge's capacity is the one written ("Penjabat" is the Pj)."""
    return (held or "").lower() == ("pj" if written == "penjabat" else written)


def _acting_holder(ctx: ArticleContext, capacity: str, post: str) -> bool:
    """Whether the article names someone holding ``post`` ("Sekda Basel", "Bupati Jombang": the office's words,
    its place after them) in that capacity: then the listed "Pj Sekda Basel" is that person's title."""
    from ...evaluate_keys import role_key
    written = role_key(post)
    return any(e.type == "HOLDS" and _same_capacity(e.properties.get("capacity"), capacity)
               and (office := ctx.graph.nodes.get(e.target)) is not None
               and (role := role_key(office.properties.get("role") or "")) and written.startswith(role)
               for e in ctx.graph.edges.values())


def _without_region(ctx: ArticleContext, label: str) -> str:
    """"Anggota DPRD Kabupaten Jember" → "Anggota DPRD": the group node adds the article's region itself."""
    from ..regions.gazetteer import gazetteer
    regions = gazetteer().regions
    where = regions[ctx.region].name if ctx.region and ctx.region in regions else None
    if where and label.lower().endswith(" " + where.lower()):
        return label[:-len(where) - 1]
    return label


# "menerima kunjungan dari rombongan PT PLN (Persero) Rayon Bengkalis": the visiting body, by its name
_VISITOR = re.compile(
    r"(?:(?:kunjungan|kedatangan|audiensi|silaturahmi)(?:\s+kerja)?\s+)?(?:dari\s+)?"
    r"(?:(?:para|rombongan|delegasi|perwakilan|jajaran|pengurus|pimpinan|direksi|manajemen|tim)\s+)*"
    r"(?P<org>(?:PT\.?|CV|Bank|Komisi|Kementerian|Kemenkeu|Badan|Dinas|Balai|Universitas|Yayasan|Forum|Ikatan|"
    r"Persatuan|Perkumpulan|Himpunan|Asosiasi|Kantor|KPU|Bawaslu|BPK|BPKP|OJK|BUMN|BUMD|Lembaga|Majelis|"
    r"[A-Z]{2,}\b)(?:\s+(?:[A-Z][\w.&'’-]*|\([A-Z][\w .&-]*\)|dan|&|\d+))*)")
_NOT_ORG = re.compile(r"^(?:Bupati|Wakil|Wali|Walikota|Gubernur|Menteri|Ketua|Kepala|Direktur|Pj|Plt|ASN|OPD|DPRD|TNI|"
                      r"Polri|PNS)\b")


def _visitor(ctx: ArticleContext, people: list[Mention], at: int) -> list[tuple[str, int, int]]:
    """The named body received or met at ``at`` ("Bank Syariah Indonesia (BSI) Bengkalis") as an
    Organization attendee; people and group words there are read by the other rules."""
    text = ctx.text
    m = _VISITOR.match(text, at)
    if not m:
        return []
    raw = re.sub(r"(?:\s+(?:dan|&))+$", "", m.group("org"))
    s, e = m.start("org"), m.start("org") + len(raw)
    if _NOT_ORG.match(raw) or any(s <= p.start < e for p in people) or len(raw) < 3:
        return []
    name = " ".join(raw.split())
    oid = f"org:{slug(name)}" + (f":{ctx.region}" if ctx.region else "")
    ctx.node(oid, "Organization", s, e, name=name, kind="organization", region=ctx.region)
    return [(oid, s, e)]


__all__ = ["groups_between", "_visitor", "class_title"]
