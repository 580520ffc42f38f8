"""How a post written in the text is held: the acting capacity before it (Pj, Pjs, Plt, Plh), a building or
a document it names instead of a holder ("Kantor Gubernur", "Peraturan Menteri"), a former or future holder
("mantan", "calon", "sebelumnya menjabat"), and an inauguration that makes an elected head the holder.

Kept apart from ``heads`` (which finds where a post opens) because these read the words around a post, not
the post itself, and the post, pair and list grammars each ask them.
"""
from __future__ import annotations

import re

from .appositions import TODAY_WORDS


CAPACITY = re.compile(
    r"(?<![A-Za-z])(?:(?P<long>penjabat\s+sementara|pejabat\s+sementara|penjabat|pejabat(?=\s*\(\s*pjs?\.?\s*\)|\s+(?:wakil\s+)?(?:gubernur|bupati|wali\s*kota|walikota|sekretaris\s+daerah|sekda)\b)|"
    r"pelaksana\s+tugas|pelaksana\s+harian)"
    r"(?:\s*\(\s*(?:pjs|pj|plt|plh)\.?\s*\))?\s+|(?P<short>pjs|pj|plt|plh)(?:\.\s*|\s+))", re.I)
_CAP_NAME = {"penjabat sementara": "Pjs", "penjabat": "Pj", "pejabat sementara": "Pjs", "pejabat": "Pj", "pelaksana tugas": "Plt", "pelaksana harian": "Plh",
             "pjs": "Pjs", "pj": "Pj", "plt": "Plt", "plh": "Plh"}

# A post written after a building ("Kantor Gubernur Sumsel") or a document ("Peraturan Menteri", "SK Gubernur")
# is not held by anyone there.  The words must end the text before the post, so the test reads that text
# backwards: one anchored match of the reversed words instead of a search from every position.
_BUILDINGS = ("Kantor", "Rumah Dinas", "Rumah Jabatan", "Rumdin", "Rujab", "Gedung", "Pendopo", "Pendapa", "Istana",
              "Wisma", "Aula", "Halaman", "Komplek", "Kompleks")
_DOCUMENTS = ("Peraturan", "Keputusan", "Surat Edaran", "Edaran", "Instruksi", "SK", "Perintah", "Surat")
# Not held at the time: "mantan/eks/calon Bupati" (the same backward reading)
_FORMER_WORDS = ("mantan", "eks", "bekas", "almarhum", "alm.", "purnawirawan", "calon", "bakal calon", "cabup", "cagub",
                 "sebelumnya menjabat", "sebelumnya menjabat sebagai", "pernah menjabat", "pernah menjabat sebagai",
                 "sebelumnya dijabat oleh", "sebelumnya dijabat",
                 # the predecessor: "menggantikan Bupati X Y", "pengganti Pj Bupati X Y" (Y held it before)
                 "menggantikan", "yang digantikan", "pengganti")
# A sentence that opens on "Sebelumnya" and speaks of the post as a "jabatan" ("Sebelumnya, jabatan Bupati X
# dipegang Y; Wali Kota Z ...") lists former holders: every post after those words in it is a former one.
FORMER_CLAUSE = re.compile(r"(?:^|[.!?]\s+|\n\s*)Sebelumnya\b[^.!?\n]{0,40}?\b(?:jabatan|menjabat|dijabat)\b[^.!?\n]*$")


def _reversed(words: tuple[str, ...]) -> str:
    """The words spelled backwards as a regex, their parts still joined by whitespace ("Rumah Dinas" -> "saniD hamuR")."""
    return "|".join(r"\s+".join(re.escape(part[::-1]) for part in reversed(w.split())) for w in words)


NOT_HELD_BEFORE = re.compile(r"\s*(?:(?:%s)\b|%s)" % (_reversed(_BUILDINGS), _reversed(_DOCUMENTS)), re.I)
FORMER = re.compile(r"\s+(?:%s)\b" % _reversed(_FORMER_WORDS), re.I)
# The last word of each phrase, lower case: an ASCII text before a post ends (blanks aside) with one of them
# wherever the reversed pattern matches; most do not, and are spared its twenty-odd re.I alternatives.
_NOT_HELD_LAST = tuple(sorted({w.split()[-1].lower() for w in _BUILDINGS + _DOCUMENTS}))
_FORMER_LAST = tuple(sorted({w.split()[-1].lower() for w in _FORMER_WORDS}))


def not_held_before(before: str) -> bool:
    """``NOT_HELD_BEFORE.match(before[::-1])``: ``before`` ends with a building or a document."""
    if before.isascii() and not before.rstrip().lower().endswith(_NOT_HELD_LAST):
        return False
    return bool(NOT_HELD_BEFORE.match(before[::-1]))


def former_before(before: str) -> bool:
    """``FORMER.match(before[::-1])``: ``before`` ends with "mantan", "calon", "sebelumnya menjabat" ..."""
    if before.isascii() and not before.rstrip().lower().endswith(_FORMER_LAST):
        return False
    return bool(FORMER.match(before[::-1]))


_INAUGURATION = re.compile(r"\b(?:melantik|dilantik|pelantikan|sumpah\s+jabatan|mengambil\s+sumpah|diambil\s+sumpahnya)\b", re.I)
_NOT_YET = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|bakal|besok)\b")


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


# the election's result declared for the pair ("Penetapan A dan B sebagai Bupati dan Wakil Bupati X", "A dan B
# ditetapkan sebagai ..."): elected, who hold the posts only once sworn in
_DECLARED = re.compile(r"\b(?:[Pp]enetapan|ditetapkan)\b")


def sworn_in_later(text: str, start: int, end: int) -> bool:
    """The sentence around a pair of heads [start, end) says they are yet to be sworn in ("A dan B, periode
    2025-2030, akan dilantik pada ...") or declares them elected ("Penetapan A dan B sebagai ..."), without
    reporting the swearing-in itself: a head elected holds the post only from the inauguration on (GUIDELINES,
    offices and holds), as "terpilih" already says."""
    sentence = _sentence_of(text, start, end)
    if _SWORN_LATER.search(sentence):
        # (but what is scheduled for today is reported as it happens, as for a single post: ``appositions``)
        return not TODAY_WORDS.search(sentence)
    return bool(_DECLARED.search(sentence)) and not _INAUGURATION.search(sentence)


# the pair's own swearing-in still to come: "A dan B ... akan dilantik", "dijadwalkan akan melantik A dan B"
# (not "... hingga pelantikan pasangan terpilih": the inauguration of someone else)
_SWORN_LATER = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|bakal)\s+(?:(?:segera|resmi|akan)\s+)?"
                          r"(?:dilantik|melantik)\b")


def inaugurated(text: str, start: int, end: int) -> bool:
    """The sentence around [start, end) reports the inauguration itself: an elected head ("Bupati terpilih")
    sworn in holds the post from then on (not so in "akan dilantik": not yet)."""
    sentence = _sentence_of(text, start, end)
    return bool(_INAUGURATION.search(sentence)) and not _NOT_YET.search(sentence)
