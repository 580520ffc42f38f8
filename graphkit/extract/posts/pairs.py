"""Paired posts: a head of region and the deputy named together.

"melantik Budi-Candra Wijaya sebagai Bupati-Wakil Bupati Kabupaten Siak": two
names joined by a dash, then the two posts joined the same way, then the
jurisdiction.  The first name holds the first post, the second the deputy's.
The post grammar (``offices``) reads one head and the name after it, so these
pairs are read here and handed over as two posts whose names end at the dash.
"""
from __future__ import annotations

import re

from .post_status import CAPACITY, _CAP_NAME, former_before, inaugurated, sworn_in_later
from .post_record import Post
from ..names.name_affixes import _DEGREE_WORDS

_NAME = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
# The first name of a pair opens a word, never inside one a hyphen joins ("Budi Al-Farisi" is no "Farisi"), and
# its words may be so joined; a dash between two names still joins the pair ("Budi-Candra Wijaya").
_FIRST_NAME = r"(?<![\w'’-])[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)?(?:\s+[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)?){0,3}"
# (the posts may be written in lower case mid-sentence, "pelantikan bupati dan wakil bupati X A-B", as a single
# head may: the names after them, capitalised, are what the pair grammar reads)
_HEAD = r"[Bb]upati|[Ww]ali\s*[Kk]ota|[Gg]ubernur"
_CAP = r"(?P<cap>(?:(?:Pj|Pjs|Plt)\.?|Penjabat|Pelaksana\s+Tugas)\s+)?"
_AND = r"(?:\s*[-–/&]\s*|\s+(?:dan|serta)\s+)"
# the deputy's post, written out or by its short title ("Bupati dan Wabup X", "Bupati-Wabup X")
_DEPUTY = r"(?:[Ww]akil\s+(?:%s)|Wabup|Wagub|Wawali|Wawako|[Ww]akil\s+[Ww]alikota)" % _HEAD
_DEPUTY_SHORT = {"wabup": "Wakil Bupati", "wagub": "Wakil Gubernur", "wawali": "Wakil Wali Kota",
                 "wawako": "Wakil Wali Kota"}
_DEGREES = r"(?:\s*,?\s*(?:%s)\.?(?![\w.]))*" % "|".join(r"\.?".join(map(re.escape, d))
                                                       for d in sorted(set(_DEGREE_WORDS), key=len, reverse=True))
# names first: "A-B sebagai Bupati-Wakil Bupati X", "A dan B selaku Bupati dan Wakil Bupati X" (the first name's
# degrees may stand before "dan": "A, S.Sos, M.Si dan B sebagai ..."); the verb that makes them so may stand
# before "sebagai": the swearing-in ("resmi dilantik") or the holding itself ("resmi menjabat sebagai")
PAIR = re.compile(r"(?P<n1>%s)%s%s(?P<n2>%s)\s*,?\s+(?:(?:resmi\s+)?(?:dilantik|ditetapkan|dikukuhkan|menjabat)\s+)?"
                  r"(?:sebagai|selaku|menjadi)\s+(?:pasangan\s+)?"
                  r"%s(?P<h1>%s)%s(?:(?:Pj|Pjs|Plt)\.?\s+)?"
                  r"(?P<h2>%s)\s+" % (_FIRST_NAME, _DEGREES, _AND, _NAME, _CAP, _HEAD, _AND, _DEPUTY))
# posts first: "Bupati dan Wakil Bupati X, A dan B", "Bupati X dan Wakil Bupati X A-B" (the names after the region)
POSTS_FIRST = re.compile(r"%s(?P<h1>%s)(?:\s+[A-Z][\w-]*){0,3}?%s(?:(?:Pj|Pjs|Plt)\.?\s+)?(?P<h2>%s)\s+"
                         % (_CAP, _HEAD, _AND, _DEPUTY))
_ADDRESS = r"(?:(?:Bapak|Ibu|Bpk\.?|Pak|Bu)\s+)?"
_LONG = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4}"
# (the region's short form in brackets may stand between it and the names, "Bupati dan Wakil Bupati X (Y) A – B";
# the first name's degrees may close with a comma before "dan": "… X H. A, MM, dan H. B")
_REGION_ABBREV = r"(?:\s*\([A-Z][A-Za-z-]{1,14}\))?"
_NAMES_AFTER = re.compile(r"%s(?:\s+(?:terpilih(?:\s+(?:hasil|pada|dalam)\s+Pilkada(?:\s+Serentak)?(?:\s+(?:19|20)\d\d)?)?|definitif|"
                          r"periode\s+\d{4}\s*[-–]\s*\d{4}))?\s*[,(]?\s*(?:(?:yaitu|yakni|adalah)\s+)?"
                          r"%s(?P<n1>%s)%s(?:%s|\s*,\s*dan\s+)%s(?P<n2>%s)"
                          % (_REGION_ABBREV, _ADDRESS, _LONG, _DEGREES, _AND, _ADDRESS, _LONG))


# The end of every PAIR match, from its "sebagai/selaku/menjadi" on: a text without one has no PAIR match, and is
# spared PAIR's scan, which tries a run of names at every capital of the text.
_PAIR_TAIL = re.compile(r"(?:sebagai|selaku|menjadi)\s+(?:pasangan\s+)?%s(?:%s)%s(?:(?:Pj|Pjs|Plt)\.?\s+)?%s\s+"
                        % (_CAP.replace("?P<cap>", ""), _HEAD, _AND, _DEPUTY))
_JOINED_POSTS = re.compile(r"(?:%s)(?:\s+[A-Z][\w-]*){0,3}?%s(?:(?:Pj|Pjs|Plt)\.?\s+)?(?:[Ww]akil|Wabup|Wagub|Wawali|Wawako)\s"
                           % (_HEAD, _AND))


def _head(written: str) -> str:
    if written.lower() in _DEPUTY_SHORT:
        return _DEPUTY_SHORT[written.lower()]
    words = written.split()
    return " ".join("Kota" if w.lower() == "kota" else w[:1].upper() + w[1:] for w in words)\
        .replace("Walikota", "Wali Kota")


def find_pairs(text: str, region_at) -> list[Post]:
    """Two posts per "A-B sebagai Bupati-Wakil Bupati X"; ``region_at`` as for ``offices.find_posts``."""
    out: list[Post] = []
    # (every pair has the two posts joined by a dash or slash: most texts have none, and skip the pair pattern)
    if not _JOINED_POSTS.search(text):
        return out
    for m in PAIR.finditer(text) if _PAIR_TAIL.search(text) else ():
        end = region_at(m.end(), min(len(text), m.end() + 60), _head(m.group("h1")))
        if end is not None:
            out += _two_posts(text, m, end, (m.end(), end), m.span("n1"), m.span("n2"))
    for m in POSTS_FIRST.finditer(text):
        end = region_at(m.end(), min(len(text), m.end() + 60), _head(m.group("h1")))
        names = _NAMES_AFTER.match(text, end) if end is not None else None
        if names is not None:
            out += _two_posts(text, m, end, (m.end(), end), names.span("n1"), _no_stop(text, *names.span("n2")))
    return out


def _no_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span without the full stop that ends its sentence ("... Sujadi - Fauzi.")."""
    if text[end - 1] == "." and end - start >= 4 and text[end - 4:end - 1].isalpha():
        end -= 1
    return start, end


def _two_posts(text: str, m: re.Match, end: int, region: tuple[int, int], n1: tuple[int, int],
               n2: tuple[int, int]) -> list[Post]:
    head1, head2 = _head(m.group("h1")), _head(m.group("h2"))
    capacity = "definitif"
    if m.group("cap"):
        cap = CAPACITY.match(m.group("cap") + " ")
        word = (cap.group("long") or cap.group("short")).lower() if cap else ""
        capacity = _CAP_NAME.get(" ".join(word.split()), "definitif")
    elect = re.match(r"\s+(?:terpilih|nonaktif)\b", text[end:end + 12])
    current = not former_before(text[max(0, m.start("h1") - 40):m.start("h1")]) and \
        not (elect and not (elect.group(0).strip() == "terpilih" and inaugurated(text, m.start(), n2[1]))) and \
        not sworn_in_later(text, min(m.start(), n1[0]), max(end, n2[1]))
    return [Post(m.start("h1"), max(end, n2[1]), head1, [], capacity, region, n1[0], current=current, name_end=n1[1]),
            Post(m.start("h2"), max(end, n2[1]), head2, [], capacity, region, n2[0], current=current, name_end=n2[1])]
