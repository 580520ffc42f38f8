"""The region of a post written without one, read from the words around it.

"Kepala BKD, Budi" names no region, but the article writes "BKD Provinsi NTT" elsewhere; "Pranata
Komputer Ahli Madya pada BKD Provinsi NTT" says where the unit sits; "narasumber dari Kemenpan RB yaitu
Budi (Kepala Biro Hukum)" lists people of a national body.  ``region_from_context`` tries these before
``regions.default_region`` falls back on the post's level and the article's region.
"""
from __future__ import annotations

import re

from ..names.role_words import is_role_word
from .post_record import Post
from ..regions.regions import RegionHit
from .roles import is_national, role_level
from ..text.literal_scans import ends_of_word_then_blank, ends_of_word_then_kecamatan


def region_from_context(text: str, post: Post, hits: list[RegionHit]) -> str | None:
    """The region the words around a post give it, or None."""
    return _agency_region(text, post, hits) or _unit_region_after(text, post, hits) \
        or _national_affiliation(text, post) or _article_agency_region(text, post, hits) \
        or (_village_region(text, post, hits) if post.tail and post.head in _VILLAGE_POSTS else None)


_VILLAGE_POSTS = frozenset(("Lurah", "Kepala Desa", "Kades", "Kepala Kelurahan", "Kepala Kampung", "Kepala Gampong"))


def _village_region(text: str, post: Post, hits: list[RegionHit]) -> str | None:
    """A village the gazetteer does not hold takes the kecamatan the article places it in: "Lurah
    Petamburan, Budi" after "Kelurahan Petamburan, Kecamatan Tanah Abang" — the lurah of Tanah Abang."""
    s, e = post.tail[0]
    village = text[s:e]
    if not village[:1].isupper():
        return None
    after = {h.prefix_start: h for h in hits if h.kind == "kecamatan"}
    if not after:
        return None             # (no kecamatan to end a match at: the scan could find none)
    codes = set()
    for end in ends_of_word_then_kecamatan(text, village):   # (?<![\w-])VILLAGE\s*,?\s*(?=Kecamatan|Kec\.)
        hit = after.get(end)
        if hit is not None:
            codes.add(hit.code)
    return codes.pop() if len(codes) == 1 else None


_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]{1,7}")


def _agency_region(text: str, post: Post, hits: list[RegionHit]) -> str | None:
    """The region an agency post written without one takes from the agency named with its region elsewhere:
    "Kepala BKD, Budi" and "Badan Kepegawaian Daerah (BKD) Provinsi NTT" — the BKD of NTT."""
    if post.tail:
        s, e = post.tail[-1]
        word = text[s:e]
    else:
        # a seat whose head names its body ("anggota DPRD", "Ketua DPRD"): the body's acronym ends the post, and
        # the body named with its region elsewhere ("DPRD Provinsi X") is the one the bare seat sits in
        word = post.head.split()[-1] if len(post.head.split()) > 1 else ""
    if not (_ACRONYM_WORD.fullmatch(word) and sum(c.isupper() for c in word) >= 2) or not hits:
        return None
    at = {h.prefix_start: h for h in hits if h.kind != "kecamatan"}
    if not at:
        return None
    codes = set()
    for end in ends_of_word_then_blank(text, word):          # (?<![\w-])WORD\)?\s+
        hit = at.get(end)
        if hit is not None and hit.anchored:
            codes.add(hit.code)
    return codes.pop() if len(codes) == 1 else None


_UNIT_AFTER = re.compile(r"\s+(?:pada|di)\s+((?:[A-Z][\w()]*\s+){1,6})")


def _unit_region_after(text: str, post: Post, hits: list[RegionHit]) -> str | None:
    """The region of the unit a post is said to sit in: "Pranata Komputer Ahli Madya pada BKD Provinsi NTT"."""
    m = _UNIT_AFTER.match(text, post.end)
    if not m or not hits:
        return None
    for h in hits:
        if m.start(1) < h.prefix_start <= m.end(1) and h.anchored and h.kind != "kecamatan":
            return h.code
    return None


_FROM_BODY = re.compile(r"\b(?:dari|asal)\s+((?:[A-Z][\w/-]*\s*){1,4})(?:\s*,)?\s*(?:yaitu|yakni|antara\s+lain|:)")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, for the few words before a post: after the last ". " or line
    break (a cheap bound; an honorific's period ends it early, which only shortens the look back)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def _national_affiliation(text: str, post: Post) -> str | None:
    """ID for posts listed after a national body they come from: "narasumber dari Kemenpan RB yaitu Budi
    (Kepala Biro Hukum), ..." (the sentence names the ministry once, before the list)."""
    left = _sentence_start(text, post.start)
    if text.find("dari", left, post.start) < 0 and text.find("asal", left, post.start) < 0:
        return None             # (every _FROM_BODY match holds one of the two words)
    m = None
    for m in _FROM_BODY.finditer(text, left, post.start):
        pass
    return "ID" if m is not None and is_national(m.group(1).strip(), m.group(1)) else None


_SUBUNIT_HEADS = frozenset(("kabid", "kepala bidang", "kasi", "kasie", "kepala seksi", "kasubag", "kasubbag", "kepala subbagian",
                            "kepala sub bagian", "kasubbid", "kepala subbidang", "sekdis", "sekretaris dinas",
                            "sekretaris badan"))
_AGENCY_THEN = re.compile(r"\b(Dinas|Badan|Biro|Inspektorat|(?!DPRD|DPR|KPU|Bawaslu)[A-Z][A-Z]{1,6}[a-z]*)\)?(?:\s+\([A-Z][A-Za-z]{1,8}\))?\s+")


def _article_agency_region(text: str, post: Post, hits: list[RegionHit]) -> str | None:
    """A sub-unit head named without its agency ("Kabid Perencanaan ..., Budi") works in the agency the
    article is about: the one agency it writes with a region ("BKD Provinsi NTT"), when there is one."""
    if post.head.lower() not in _SUBUNIT_HEADS or not hits:
        return None
    at = {h.prefix_start: h for h in hits if h.anchored and h.kind != "kecamatan"}
    if not at:
        return None             # (no region to end a match at: the scan of the whole text could find none)
    codes = {at[m.end()].code for m in _AGENCY_THEN.finditer(text) if m.end() in at and is_role_word(m.group(1))}
    return codes.pop() if len(codes) == 1 else None


# A governor's entourage: "rombongan gubernur yakni Kadis A, ...", "Gubernur X didampingi Kadis A",
# "mendampingi Gubernur" — the staff who travel with a governor serve the province, even when the article is
# about the kabupaten they visit and names it more often.
_ENTOURAGE = re.compile(
    r"\brombongan\s+(?:[Pp]j\.?\s+|[Ww]akil\s+)?[Gg]ubernur\b"
    r"|\b[Gg]ubernur\b[^.;\n]{0,160}?\b(?:didampingi|beserta\s+rombongan|bersama\s+rombongan)\b"
    r"|\b(?:mendampingi|dampingi)\s+(?:[Pp]j\.?\s+|[Ww]akil\s+)?[Gg]ubernur\b")


def entourage_province(text: str, post: Post, role: str, hits: list[RegionHit]) -> str | None:
    """The province of a governor whose entourage, named earlier in the post's sentence, lists an agency post
    written without a region (a post of any level: "Kadis Kesehatan", "Kabag Protokol"); else None."""
    if role_level(role) != "any":
        return None
    start = _sentence_start(text, post.start)
    if "ubernur" not in text[start:post.start] or not _ENTOURAGE.search(text, start, post.start):
        return None
    provinces = [h for h in hits if h.kind == "provinsi" and h.start < post.start]
    return provinces[-1].code if provinces else None


# A regional head's entourage: "Bupati (X) didampingi (oleh) Sekda A, Asisten I B, ..." — the staff written
# without a region who accompany a Bupati or Wali Kota serve that head's kabupaten/kota, even when the article is
# about the region that receives them or names the province more often.
_HEAD_ESCORTED = re.compile(r"\b(Bupati|Wali\s*[Kk]ota|Walikota)\b(?:(?!\b(?:dan|serta|kepada)\b)[^;\n]){0,80}?"
                            r"\bdidampingi\b")
_CLAUSE_END = re.compile(r"(?:[a-z]{4}|\d|\))[.!?]\s+|\n")


def escort_region(text: str, post: Post, role: str, placed: list) -> str | None:
    """The kabupaten/kota of the regional head whose entourage, in the post's sentence, lists a post written
    without a region (``role_level`` "any": Sekda, Asisten, heads of agencies); the head's own post, written
    with its region earlier in the article, gives the code.  None otherwise."""
    if role_level(role) != "any":
        return None
    start = max(0, post.start - 400)
    for m in _CLAUSE_END.finditer(text, start, post.start):
        start = m.end()             # (an abbreviation's period, "S. Ag.", does not end the sentence)
    if "didampingi" not in text[start:post.start]:
        return None
    head = None
    for head in _HEAD_ESCORTED.finditer(text, start, post.start):
        pass
    if head is None:
        return None
    name = "Wali Kota" if head.group(1).lower().replace(" ", "") == "walikota" else "Bupati"
    codes = [code for p, r, code in placed if r == name and p.region_span and code and p.start < post.start]
    return codes[-1] if codes else None
