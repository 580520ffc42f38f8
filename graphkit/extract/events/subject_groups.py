"""Groups and unnamed posts listed as the subject of a verb of presence (ATTENDED).

GUIDELINES ("led and attended"): the groups named as present attend.  ``presence_cues`` takes a group
subject from the words right before "hadir/menghadiri/mengikuti" (from the last comma on), and
``subject_attendees`` the named people of a subject list.  A subject is often a list of posts and groups,
and every item shares the verb: "Pimpinan OPD, unsur Forkopimda dan para camat turut hadir dalam kegiatan
itu", "Pj Bupati A, Kapolres B, Dandim C turut menghadiri rapat tersebut" — the items before the last comma
were lost.

The list is what stands between the sentence's start (past a dateline) and the verb when it has no verb,
quotation or clause word of its own and no preposition opening it, so an adverbial fronted before an
inverted verb ("Dalam acara itu, hadir …", "Dari kalangan DPRD, hadir juga …") or a subordinate clause is
never read as one.  The organising government as a whole (Pemkab, Pemkot, Pemerintah Provinsi) is the host
institution, not a group of people in the room, and a post followed by its holders' names as the next item
("Bupati dan Wakil Bupati periode lalu, A dan B, juga hadir") is their title, not a group.
"""
from __future__ import annotations

import re

from .attendee_groups import VERB
from .attendees import GATHERINGS
from .group_attendees import groups_between
from .happening_cues import GROUP_WORDS
from ..context import ArticleContext, Mention
from ..text.sentences import outside, sentence

# a verb of presence after a list: "turut hadir", "hadir", "menghadiri/mengikuti <gathering>"
_PRESENT = re.compile(r"\b(?:hadir|(?:menghadiri|mengikuti)(?=\s+(?:(?:secara\s+)?\w+\s+)?%s))\b" % GATHERINGS, re.I)
# what keeps a stretch from being a bare subject: a quotation, a clause mark or word, a negation or modal
_CLAUSE = re.compile(r"[“”\":;]|\b(?:yang|untuk|saat|ketika|sedangkan|sementara|namun|tetapi|bahwa|kepada|oleh|"
                     r"tidak|tak|belum|akan|bakal|harus)\b", re.I)
# a capitalised verb opening the sentence ("Bertempat di …, A hadir"): no bare subject
_OPENING_VERB = re.compile(r"\W*(?!Dinas|Direktur|Distrik|Divisi|Dewan|Daerah|Desa|Bersama|Beserta)(?:Me|Di|Ber|Ter)[a-z]{3,}\b")
# a stretch opened by a preposition is an adverbial, not the subject
_FRONTED = re.compile(r"\W*(?:dan\s+|lalu\s+)?(?:dari|di|pada|dalam|bagi|ke|selain)\b", re.I)
# the dateline before the first sentence: "KOTA, Outlet.com – …", "KOTA,OUTLET.CO.ID-…"
_DATELINE = re.compile(r"(?:[^\n–—]{0,60}?(?:\s-+|[–—]+)|[A-Z][A-Z.,\s]{2,60}-)\s*")
# the organising government as a whole: the host institution
_HOST_BODY = re.compile(r"(?:pemerintah|pemkab|pemkot|pemprov|pemda|pemko)\b", re.I)
# where a list item opens: the last comma or conjunction of a stretch
_ITEM_OPEN = re.compile(r"(?:,|\b(?:dan|serta|bersama|beserta)\b)(?!.*(?:,|\b(?:dan|serta|bersama|beserta)\b))",
                        re.I | re.S)
_MAX_SUBJECT = 320
# a person's name as a list item: "Rudi Hartono dan …", "Budi Santoso,"
_NAME_ITEM = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+\b(?=\s*(?:,|dan\b|serta\b))")


def subject_groups(ctx: ArticleContext, people: list[Mention], body: int, end: int,
                   quotes: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(node id, start, end) of the groups in the subject lists of verbs of presence, from the body's start
    to ``end`` (the report of the event)."""
    text = ctx.text
    low = text[body:end].lower()
    if "hadir" not in low and "mengikuti" not in low:
        return []
    out: list[tuple[str, int, int]] = []
    for verb in _PRESENT.finditer(text, body, end):
        s = _subject(ctx, verb.start(), body, quotes)
        if s is not None:
            out += groups_between(ctx, people, s, verb.start())
    return [hit for hit in out if not _hosted(text, hit[1]) and not _titles_next(text, people, hit[2])]


def _subject(ctx: ArticleContext, at: int, body: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where the bare subject list of the verb at ``at`` opens (the sentence's start), or None."""
    text = ctx.text
    s, _ = sentence(text, at, body)
    s = max(s, body)
    dash = _DATELINE.match(text, s, at)
    s = dash.end() if dash else s
    span = text[s:at].rstrip()
    if "," not in span or len(span) > _MAX_SUBJECT or _CLAUSE.search(span) or VERB.search(span) \
            or _OPENING_VERB.match(span) or span.endswith(",") or _FRONTED.match(span):
        return None
    if not outside(quotes, s, at) or ctx.in_boilerplate(s, at):
        return None
    return s


def _hosted(text: str, at: int) -> bool:
    """The group at ``at`` is the organising government, or a word of its name ("Pemerintah Kabupaten X (X)")."""
    item = _ITEM_OPEN.search(text, max(0, at - 70), at)
    return _HOST_BODY.match(text, at) is not None \
        or _HOST_BODY.search(text, item.end() if item else max(0, at - 70), at) is not None


def _titles_next(text: str, people: list[Mention], end: int) -> bool:
    """"Bupati dan Wakil Bupati periode lalu, A dan B, juga hadir": the posts are the titles of the people
    named as the next item, not a group of their own."""
    comma = text.find(",", end, end + 60)
    if comma < 0:
        return False
    gap = text[comma + 1:comma + 4]
    nxt = comma + 1 + len(gap) - len(gap.lstrip())
    if any(p.start == nxt and p.kind == "name" for p in people):
        return True
    # (a name the entity stage did not take for an official's: two capitalised words, no group word)
    return _NAME_ITEM.match(text, nxt) is not None and GROUP_WORDS.match(text, nxt) is None


__all__ = ["subject_groups"]
