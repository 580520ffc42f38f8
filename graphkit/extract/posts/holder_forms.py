"""Two more ways Indonesian news writes the holder of a post (issue #16, batches u and v).

* The holder in brackets right after the post: "Kapolres Majene (AKBP Budi Santoso)", "Ketua DPRD
  Kabupaten X (H. Budi)".  Community and police outlets write a whole welcome list this way.  A
  bracket after a post usually holds its abbreviation ("(Pjs)", "(BKPSDM)") or its place
  ("(Sulsel)"), so the bracket names a person only when the name fills it and is marked as one: an
  honorific or rank, or two name words or more, none of them agency vocabulary.
* A village head's run of plain words closed by a comma and a person ("Kepala Desa Karya Makmur, Rahmat
  S."): the words are the village's name (villages are not in the gazetteer), the person follows the comma.
* The post's region written again after the holder's name ("Ketua DPRD Tebo Rahmat Hidayat Tebo"): the
  outlet's repetition of the place, not the person's last name (no one is named after the seat they hold).
* A list line "NAME, degrees – POST": the closing lists of inaugurations ("Daftar Kepala Desa yang
  Dilantik", "Pejabat yang dilantik: ...") put the person first, a dash, then the post, one per line.
  A dateline ("KOTA – Bupati X melantik ...") has the same shape, so the line must hold nothing but
  the name, the dash and the post with its places (no sentence goes on after it).
"""
from __future__ import annotations

import re

from ..names.names import Name, parse_name
from ..names.role_words import is_role_word
from ..regions.gazetteer import gazetteer
from .heads import head_at

_OPEN_BRACKET = re.compile(r"[ \t]*\(")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")


def bracketed_holder(text: str, pos: int) -> int | None:
    """Where the holder's name starts when the bracket at ``pos`` (after a post) holds a person, else None."""
    m = _OPEN_BRACKET.match(text, pos)
    if not m:
        return None
    name = parse_name(text, m.end())
    if name is None or name.start != m.end() and text[m.end():name.start].strip() and not name.honorifics:
        return None
    if not _CLOSE_BRACKET.match(text, name.full_end):
        return None                       # the bracket goes on: not a name alone
    words = name.name.split()
    if any(is_role_word(w) for w in words) or name.name.isupper():
        return None                       # "(Kepala Dinas)", "(BKPSDM)": a post or an agency
    if len(words) < 2 and not name.honorifics:
        return None                       # "(Sulsel)", "(Demul)": a place or a nickname, not a marked name
    if any(f.level != "kecamatan" for _, _, forms in gazetteer().find(name.name) for f in forms):
        return None                       # "Gubernur (Bali Budi Santoso)": a place inside, the bracket is garbled
    return m.end()


# a list line's opening: a number or bullet, then the name and its degrees, then a dash before the post
_LINE_NAME = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[•*·][ \t]*)?(?=[A-Z])")
_DASH = re.compile(r"[ \t,]*[–—-][ \t]*$")
# what may follow the post on its line: more capitalised place words ("Kecamatan Y"), commas, a full stop
_REST_OF_LINE = re.compile(r"(?:[ \t]*,?[ \t]*[A-Z][\w'’.-]*)*[ \t.;,]*(?:\n|$)")


def listed_line_holder(text: str, post_start: int, post_end: int) -> Name | None:
    """The name of a list line "NAME, degrees – POST" whose post starts at ``post_start``."""
    line_start = text.rfind("\n", 0, post_start) + 1
    prefix = text[line_start:post_start]
    if not prefix or len(prefix) > 90 or not _DASH.search(prefix):
        return None
    m = _LINE_NAME.match(text, line_start)
    if not m or not _REST_OF_LINE.match(text, post_end):
        return None
    name = parse_name(text, m.end())
    if name is None or not _DASH.fullmatch(text, name.full_end, post_start) or name.name.isupper():
        return None                       # ("KOTA – Bupati ...": a dateline, not a person)
    return name


_COMMA = re.compile(r"[ \t]*,[ \t]*(?=[A-Z])")


def person_after_comma(text: str, pos: int) -> bool:
    """A comma at ``pos`` followed by a personal name (no post, no agency word in it)."""
    m = _COMMA.match(text, pos)
    if not m or head_at(text, m.end()):
        return False
    name = parse_name(text, m.end())
    return name is not None and name.start == m.end() and not any(is_role_word(w) for w in name.name.split())


_LEVEL_WORDS = frozenset(("kabupaten", "kab", "kota", "provinsi", "prov"))


def region_again(text: str, toks: list[tuple[int, int, str]], name_idx: int | None,
                 region_span: tuple[int, int] | None) -> int | None:
    """Where the name must end when the run closes on the post's region written again after a name of two
    words or more; None otherwise."""
    if name_idx is None or region_span is None:
        return None
    place = text[region_span[0]:region_span[1]].split()
    if len(place) > 1 and place[0].lower().rstrip(".") in _LEVEL_WORDS:
        place = place[1:]                 # "Ketua DPRD Kabupaten Tebo Rahmat Hidayat Tebo"
    n = len(place)
    words = toks[name_idx:]
    if len(words) < n + 2 or any(kind != "word" for _, _, kind in words[-n:]):
        return None
    if [text[s:e].lower() for s, e, _ in words[-n:]] != [w.lower() for w in place]:
        return None
    return text.rfind(" ", 0, words[-n][0]) if text.rfind(" ", 0, words[-n][0]) > words[0][0] else None
