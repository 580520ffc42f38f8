"""Appositions: the name written before its post.

Indonesian news ties a name to its post in a few ways besides "POST NAME" and "POST, NAME" (which
``offices`` reads): "NAME, POST", "NAME selaku/sebagai POST", "NAME yang (juga) merupakan POST",
"NAME (POST)" and, in some outlets, "NAME POST" with no comma.  ``name_before`` reads the name
ending right before a post that has none after it; ``linked_to_next_post`` says when a name read
after one post's comma is tied by "sebagai/selaku" to the post written after it instead.
"""
from __future__ import annotations

import re

from .heads import head_at
from ..names.names import Name, parse_name
from ..names.stop_words import _STOP

_LINK_AFTER_NAME = re.compile(r"\s*,?\s+(?:sebagai|selaku|menjadi)\s+(?:(?:Pjs|Pj|Plt|Plh)\b\.?\s*|(?:Penjabat|Pelaksana)\s+[A-Za-z() ]{0,30}?)?")


def linked_to_next_post(text: str, post, name: Name) -> bool:
    """A name read after a post's comma that a "sebagai/selaku" ties to the post written after it:
    in "Pj Bupati A, Budi sebagai Pj Bupati B" Budi holds the second post, and the first post's holder
    is the name written before it ("Andi sebagai Pj Bupati A")."""
    if not text[post.start:name.full_start].rstrip().endswith(","):
        return False
    m = _LINK_AFTER_NAME.match(text, name.full_end)
    return bool(m) and bool(head_at(text, m.end()))


# "..., kata Asep Kuswanto, Kepala Dinas ..." / "Sastra Winara selaku Ketua DPRD ...": the name before the post.
_LINKS = (r"selaku|sebagai|sebagi|sekaligus|yang\s+juga(?:\s+(?:menjabat|menduduki(?:\s+(?:posisi|jabatan))?))?(?:\s+sebagai)?|(?:yang\s+)?(?:resmi\s+)?(?:(?:dilantik|ditunjuk|diangkat|ditetapkan|dipromosikan|mendapat\s+promosi)\s+)?(?:menjadi|sebagai|jadi)|"
          r"jadi|(?:yang\s+)?(?:juga\s+)?merupakan|yang\s+adalah|"
          # "yang saat ini masih menjabat (di) Kepala X", "juga saat ini menjabat Kepala X": the post held now
          # (the adverbs in any order: "yang saat ini juga menjabat", "yang kini masih menjabat")
          r"(?:yang\s+)?(?:(?:juga|saat\s+ini|kini|sekarang|masih|tengah|sedang)\s+){0,3}menjabat(?:\s+(?:sebagai|di))?")
_BEFORE_POST = re.compile(r"(?:^|(?<=[a-z,;:.“\"(\-–—]\s)|(?<=[\n(“\"]))((?:(?:[A-Z][A-Za-z]{0,2}\.|[A-Z][\w'’-]*)\s+){0,6}[A-Z][\w'’-]*"
                          r"(?:\s?,\s*[A-Z][\w.]{1,6})*(?:\s+[A-Z][A-Za-z]{0,3}\.[A-Za-z]{1,5}\.?){0,3})"
                          r"(?:\s*\((?:[A-Z]{1,5}|[A-Z][a-z]{2,14})\))?(?:\s*,\s*(?:(?:%s)\s+)?|\s+(?:%s)\s+|\s+\()$" % (_LINKS, _LINKS))
_LINK_WORDS = re.compile(r"^(?:%s)?$" % _LINKS)


# What may stand right before such a name: a line start, a bracket or quote, a comma, or a word that
# introduces a person (attribution verbs, "oleh", "kepada", "didampingi" ...), never an ordinary word.
_BEFORE_NAME = re.compile(r"(?:^|\n|[(“\",.:;\-–—]|\b(?:kata|ujar|ucap|jelas|menurut|tutur|ungkap|sebut|imbuh|tambah|tegas|"
                          r"papar|terang|oleh|kepada|dari|bersama|didampingi|hadir|yakni|yaitu|adalah|dan|serta|antara lain|menggantikan|usai|setelah|"
                          r"masing-masing|pula|juga|tampak|turut|antaranya|seperti|termasuk|ialah|yakni|saat|ketika|"
                          r"Dan|Serta|Sedangkan|Adapun|Sementara(?:\s+itu)?|"
                          r"Menurut|Kata|Hadir|Oleh|di[a-z]{4,}|me[a-z]{4,}))\s*$")  # di-/me-: "dipimpin X, Kepala …", "menunjuk X, Sekda …"


_DEGREES_THEN_BRACKET = re.compile(r"(?:[,\s]*[A-Z][A-Za-z.]{1,6})+[,\s]*\(")
_WORD_AT = re.compile(r"([A-Z][a-z]+)\s+")
_AFTER_SMALL_WORD = re.compile(r"(?:^|\b[a-z]+)\s+$")
# How the text before such a post ends (blanks aside): a comma, a bracket or a linking word; a cheap test
# that spares _BEFORE_POST's search, with its backtracking over capitalised words, everywhere else.
_BEFORE_POST_ENDS = (",", "(", "selaku", "sebagai", "sebagi", "sekaligus", "juga", "menjabat", "menjabat di", "menjadi", "jadi", "Jadi", "merupakan",
                     "adalah")


# "dikatakan Budi Santoso Kepala Dinas X ...": the name right before the post, no comma between (some outlets
# write the apposition so); the name must then follow an introducing word or open the sentence.
_NAME_THEN_POST = re.compile(r"(?:^|(?<=[a-z,;:.“\"(\-–—]\s)|(?<=[\n(“\"]))((?:(?:[A-Z][A-Za-z]{0,2}\.|[A-Z][\w'’-]*)\s+){0,5}"
                             r"[A-Z][a-z][\w'’-]*)\s+$")


def name_before(text: str, start: int) -> Name | None:
    before = text[max(0, start - 80):start]
    m = _BEFORE_POST.search(before) if before.rstrip().endswith(_BEFORE_POST_ENDS) else None
    if not m and before.endswith(" ") and before[-2:-1].isalpha() and before[-2:-1].islower() and \
            before[before.rfind(" ", 0, len(before) - 1) + 1:][:1].isupper():
        return _name_then_post(text, start, before)       # (the word before the post is capitalised)
    if not m:
        return None
    pos = run = start - (len(text[max(0, start - 80):start]) - m.start(1))
    while (w := _WORD_AT.match(text, pos)) and w.group(1) in _STOP and w.end() < start:
        pos = w.end()          # "Menurut Budi, Kadis ...": the introducing word opens the run, not the name
    linked = before.rstrip().endswith(("(", "selaku", "sebagai", "menjabat", "menjabat di", "menjadi", "merupakan"))
    if not _BEFORE_NAME.search(text[max(0, pos - 40):pos]) and not (linked and _AFTER_SMALL_WORD.search(
            text[max(0, run - 30):run])):
        return None       # (a name tied to its post by a bracket or "selaku" needs no introducing word:
        #                    "minta Budi (Kepala ...)", "dipimpin langsung Budi selaku Kepala ...", also when a
        #                    word that is no name opens the run: "pengambilan Sumpah Budi sebagai Sekda ...")
    name = parse_name(text, pos)
    if name is None:
        return None
    # (an acronym or a nickname in brackets after the name: "Budi Santoso (Bus) sebagai Walikota …")
    between = re.sub(r"^\s*\((?:[A-Z]{1,5}|[A-Z][a-z]{2,14})\)", "", text[name.full_end:start]).strip(" ,")
    if _DEGREES_THEN_BRACKET.fullmatch(between):
        between = "("           # "Santa Anna, S.Kom., MIS (Pranata ...)": a degree the name reader does not know
    if between == "(":          # "Budi (Kepala Diskominfo Sleman)": the post in brackets after the name
        close = text.find(")", start, start + 80)
        return name if close > 0 and not re.match(r"\s*[A-Z]", text[close + 1:close + 4]) else None
    if not _LINK_WORDS.match(" ".join(between.split())):
        return None
    if between.endswith(("sebagai", "menjadi")) and not between.startswith("yang ") and \
            FUTURE_WORDS.search(sentence := sentence_of(text, name.start, start)) and not TODAY_WORDS.search(sentence):
        return None            # "pelantikan Budi sebagai Pj Bupati dijadwalkan ...": not held yet (but "Budi
        #                        yang dilantik sebagai Bupati ... akan ...": the relative clause says it is done)
    return name


def _name_then_post(text: str, start: int, before: str) -> Name | None:
    """The name written right before its post with no comma: "dikatakan Budi Santoso Kepala Dinas X"."""
    m = _NAME_THEN_POST.search(before)
    if not m:
        return None
    pos = start - (len(before) - m.start(1))
    while (w := _WORD_AT.match(text, pos)) and w.group(1) in _STOP and w.end() < start:
        pos = w.end()
    intro = _BEFORE_NAME.search(text[max(0, pos - 40):pos])
    if not intro:
        return None
    name = parse_name(text, pos)
    if name is None or name.full_end < start - 1 or text[name.full_end:start].strip() or \
            len(name.name.split()) < 2 and not name.honorifics and (
                not _INTRODUCES_ONE.search(intro.group()) or FUTURE_WORDS.search(sentence_of(text, name.start, start))):
        return None            # the name runs up to the post; one bare word ("Pungkas Bupati ...") is no name,
        #                        unless a word that introduces a person stands before it ("didampingi oleh Budi Kepala ...")
    return name


# words after which one capitalised word before a post is a person, not a verb or a sentence opener
_INTRODUCES_ONE = re.compile(r"\b(?:oleh|didampingi|bersama|kepada|dan|serta|yakni|yaitu|menggantikan)\s*$")


FUTURE_WORDS = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|bakal)\b")
# ... but what is scheduled for today is reported as it happens: "akan melantik Budi sebagai Pj Bupati X pada
# sore hari ini" (an acting head appointed and installed that day holds the post)
TODAY_WORDS = re.compile(r"\b(?:(?:pagi|siang|sore|malam)\s+)?hari\s+ini\b|\b(?:pagi|siang|sore|malam)\s+ini\b")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the last full stop before it to the next one after it."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


# "melantik Budi (sebagai) pergantian antar waktu (PAW) Kepala Desa X": the person sworn in holds the post named
# after them in the same clause, whatever small words (and bracketed abbreviations) stand between
_INDUCTED = re.compile(r"\b(?:melantik|mengukuhkan|melantik\s+dan\s+mengambil\s+sumpah)\s+(?:(?:sdr|saudara|saudari)\.?\s+)?"
                       r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:(?:[a-z]+|\([A-Z]{2,6}\))\s+){0,6}$")


def inducted_before(text: str, start: int) -> Name | None:
    """The name sworn in right before a post that names nobody: "Bupati X melantik Budi (PAW) Kepala Desa Y"."""
    before = text[max(0, start - 120):start]
    if "melantik" not in before and "mengukuhkan" not in before:
        return None
    m = _INDUCTED.search(before)
    if not m or FUTURE_WORDS.search(before[:m.start()][-40:]):
        return None           # ("akan melantik Budi ...": not held yet)
    name = parse_name(text, start - (len(before) - m.start(1)))
    if name is None or name.full_end > start:
        return None
    return name

