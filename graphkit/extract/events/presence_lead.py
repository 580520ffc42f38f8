"""A lead of presence: "Bupati X menghadiri peringatan Hari Jadi Kabupaten Y ke-75, Senin (3/3/2025)".

The commonest lead of a regional-government report puts its subject at a happening with a verb of presence
and names the happening as that verb's object. When the object's head noun is a trigger word ("menghadiri
rapat koordinasi …") the trigger grammar (``lead_triggers``) reads it; when it is a noun the vocabulary has no
type for ("peringatan", "festival", "turnamen", "perayaan", "pawai") the object still is the happening, and
the day in the verb's own sentence is its day. Its type is ``other`` (GUIDELINES: "other only when none
fits"); its name is the object's phrase.

Only the verbs whose object is an occasion one is at: "menghadiri" (headline "Hadiri"), "hadir pada/dalam"
and opening one ("membuka"), not one of "mengikuti", whose object is as often a process ("mengikuti seleksi",
"mengikuti tahapan penilaian") as a happening. The verb must have a subject before it in its sentence, a day
of its own in that sentence, and not be planned, negated, quoted or a reporter's doorstop.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, NEGATED, PASSING, Candidate, bare_verb_after_name
from .event_dates import date_near
from .event_types import TRIGGER_RE
from .happening_cues import OPENED_PROCESS
from ..text.sentences import find_all, folded, outside, scan, sentence

_PRESENCE_WORDS = ("menghadiri", "hadir", "membuka")    # ("hadiri", the bare form, is found inside "hadir")
# the verb, then the object's first word: a noun, not a pronoun, a determiner or a word of the clause going on
_PRESENCE = re.compile(r"\b(?:menghadiri|(?P<bare>hadiri)|hadir\s+(?:pada|dalam)|(?:secara\s+resmi\s+|resmi\s+)?membuka"
                       r"(?:\s+secara\s+resmi)?)\s+(?:langsung\s+)?(?:kegiatan\s+|acara\s+)?"
                       r"(?!(?:%s|acara|kegiatan|tersebut|itu|ini|dan|serta|juga|pula|untuk|pada|di|ke|yang|"
                       r"sekaligus|secara|sejumlah|beberapa|para)\b)(?=[\w(])" % OPENED_PROCESS, re.I)
# the object's phrase ends at a comma, a place ("di", "bertempat"), a day, a clause ("yang", "dengan", "bersama")
_PHRASE_END = re.compile(r"\s*(?:[,;.:()\"“”]|\b(?:di|bertempat|yang|dengan|bersama|pada|hari|sekaligus|dan|serta|"
                         r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\b)")
_DOORSTOP = re.compile(r"\b(?:ditemui|diwawancarai|dikonfirmasi|wartawan|awak\s+media|jurnalis)\b", re.I)


def presence_candidate(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
    """The first lead sentence where a named subject attends or opens a happening the vocabulary does not type,
    with a day in that sentence: that happening, type ``other``, named by the verb's object."""
    text = ctx.text
    end = min(len(text), body + LEAD_CHARS)
    low = folded(text)
    starts = None if low is None else find_all(low, _PRESENCE_WORDS, body, end)
    if starts == []:
        return None
    for m in scan(_PRESENCE, text, starts, body, end):
        if ctx.in_boilerplate(m.start(), m.end()) or PASSING.search(text, max(0, m.start() - 30), m.start()) \
                or NEGATED.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m["bare"] and not bare_verb_after_name(text, m.start()):
            continue        # ("hadiri", the headline's form, only right after its subject's name)
        if TRIGGER_RE.match(text, m.end()):
            continue        # "menghadiri rapat …": a typed happening, the trigger grammar's (``lead_triggers``)
        s, e = sentence(text, m.start(), body)
        if not _subject_before(ctx, s, m.start()) or _DOORSTOP.search(text, s, m.start()) \
                or not outside(quotes_of(), s, m.end()):
            continue
        stop = _PHRASE_END.search(text, m.end(), e)
        obj_end = stop.start() if stop else e
        if obj_end <= m.end():
            continue
        day, _ = date_near(ctx, dates_of(), m.start(), m.end(), body, "other")
        if day is None and text.count("(", s, e) > text.count(")", s, e) and e < end:
            # "… Wakil Gubernur (Bapak X dan Bapak Tjok. Y) di Gedung Z, Sabtu, (5/9)": a dot inside a parenthesis
            # (an abbreviated name) does not end the verb's sentence; its day comes after the parenthesis closes
            day, _ = date_near(ctx, dates_of(), e + 1, e + 2, body, "other")
        if day is None and _named_back(text, e, text[m.end():obj_end].split()[0]):
            # "… menghadiri peringatan Hari Jadi X. Acara berlangsung di Y pada Senin (3/3/2025)": the next sentence
            # names the happening back, by a word of happening or by its own head noun, and gives its day
            day, _ = date_near(ctx, dates_of(), e + 1, e + 2, body, "other")
        if day is None:
            continue
        c = Candidate("other", m.end(), obj_end, (2, m.start()))
        c.name = " ".join(text[m.end():obj_end].split()[:8])
        c.date = day
        return c
    return None


_BACK = re.compile(r"[\s.!?]*(?:(?:Acara|Kegiatan|Agenda)\b|(\w+))")


def _named_back(text: str, at: int, head: str) -> bool:
    """The sentence after ``at`` opens with a word of happening ("Acara", "Kegiatan") or the object's head noun."""
    m = _BACK.match(text, at)
    return m is not None and (m.group(1) is None or m.group(1).lower() == head.lower())


def _subject_before(ctx: ArticleContext, s: int, verb: int) -> bool:
    """An official, a person or a body is named in the sentence before the verb: the one who is present."""
    return any(s <= m.start and m.end <= verb and m.node_id.startswith(("official:", "person:", "org:"))
               for m in ctx.mentions)


__all__ = ["presence_candidate"]
