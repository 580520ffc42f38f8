"""Frames around a trigger word that show it names no happening the article reports.

``stage._candidates`` already sets aside a trigger in passing ("akan rapat"), negated, inside a name or
inside quotation marks.  These are further frames of Indonesian news grammar, each a pure function of the
text around the trigger:

* ``reported_result``: "penyampaian hasil reses", "hasil rapat", a headline "DPRD Sampaikan Reses":
  the results of an earlier meeting or visit are presented at the happening reported, which is another
  one (a plenary); the trigger names the earlier one's outcome, not a happening of this report.  Only
  for meetings and visits: "menyampaikan sosialisasi" is itself a speech act, a happening.
* ``first_person``: "Ya sejauh ini kita masih melakukan rapat …": a sentence whose subject is the
  speaker ("kita", "kami", "saya") is speech the outlet printed without quotation marks; a trigger in it
  is what the speaker talks about, like a trigger inside quotes.
"""
from __future__ import annotations

import re

# "hasil reses", "hasil rapat paripurna": the outcome, written right before the happening's word
_RESULT_OF = re.compile(r"\bhasil\s+$", re.I)
# "Sampaikan Reses", "memaparkan kunjungan kerja", "melaporkan hasil …": a verb of presenting governs it
# (right before it: "disampaikan dalam reses" / "disampaikan pada audiensi" say what was said at a happening)
_PRESENTED = re.compile(r"\b(?:sampaikan|menyampaikan|paparkan|memaparkan|laporkan|melaporkan|penyampaian|pemaparan|"
                        r"pelaporan)\s+$", re.I)
# the kinds of happening whose results are presented later (a speech act is not: "menyampaikan sosialisasi")
_HAS_RESULTS = {"rapat", "rapat_kerja", "rapat_koordinasi", "kunjungan_kerja", "audiensi"}


def reported_result(text: str, start: int, etype: str) -> bool:
    """The trigger at ``start`` (of type ``etype``) names the results of a meeting or visit presented at
    another happening: "hasil <trigger>", or "<verb of presenting> <trigger>"."""
    if etype not in _HAS_RESULTS:
        return False
    before = text[max(0, start - 40):start]
    return bool(_RESULT_OF.search(before) or _PRESENTED.search(before))


# the speaker as the subject: "kita masih melakukan rapat", "Kami menggelar …", "saya sudah meninjau"; the
# pronoun opens the clause (after an interjection or a time phrase: "Ya sejauh ini kita …")
_FIRST_PERSON = re.compile(r"(?:^|[.!?\n]\s*|,\s*)(?:(?:ya|jadi|nah|memang|tadi|sejauh\s+ini|saat\s+ini|hari\s+ini|"
                           r"kemarin)[,\s]+){0,3}(?:kita|kami|saya|aku)\s+(?:[\w-]+\s+){0,3}$", re.I)


def first_person(text: str, sentence_start: int, start: int) -> bool:
    """The trigger at ``start`` is the deed of a first-person subject that opens its clause: speech printed
    without quotation marks ("Ya sejauh ini kita masih melakukan rapat kembali …")."""
    return bool(_FIRST_PERSON.search(text[max(sentence_start, start - 80):start]))


__all__ = ["first_person", "reported_result"]
