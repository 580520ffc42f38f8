"""Companion happenings: a second activity joined to the main event in its own sentence.

GUIDELINES ("events"): one event per distinct happening; a meeting and the speech given at it
are one event, and a handover or signing "on the same occasion" is part of it.  An activity of
another kind that the report joins to the main one — "apel gabungan … sekaligus acara halal
bihalal", "memimpin apel perdana yang diikuti dengan rapat bersama ASN", "peluncuran buku …
dibarengi haul" — is its own happening on the same day, with the same people: the gold splits
it (one event per type); so is one it follows the same day ("rapat … usai melaksanakan apel"), one it
coincides with ("dilantik … bertepatan dengan Kunjungan Kerja Gubernur"), the next stop at a place of its own
("Usai dilantik, mereka bergerak ke Pendapa … untuk melakukan serah terima jabatan") and what a sentence put on
the same day tells ("Pada hari yang sama, Gubernur pun menyerahkan …").  The joint is a connective right before the companion's trigger, in
the main trigger's sentence; a penyerahan or penandatanganan so joined stays part of the main
event.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import VERB_FORM
from .event_types import false_trigger, trigger_kind, trigger_type, triggers
from ..text.sentences import find_all, folded, outside, scan, sentence

# the connective right before the companion's trigger
_JOINED = re.compile(r"\b(?:sekaligus|serta|diikuti\s+dengan|dilanjutkan\s+dengan|dirangkai(?:kan)?\s+dengan|"
                     r"dibarengi(?:\s+dengan)?|diakhiri\s+dengan|bersamaan\s+dengan|berbarengan\s+dengan|bertepatan\s+dengan|"
                     # the one just before it, the same day: "rapat … dilakukan di ruang terbuka usai melaksanakan apel"
                     r"(?:usai|seusai|setelah|sesudah)\s+(?:melaksanakan|mengikuti|menggelar|memimpin|menghadiri))"
                     r"\s+(?:(?:acara|kegiatan|agenda|pelaksanaan|dengan)\s+){0,2}$", re.I)
# part of the main happening, not a companion (GUIDELINES: "on the same occasion"); so is the prayer that opens
# or closes it ("Apel pagi … diakhiri dengan doa bersama")
_PART_OF = {"penyerahan", "penandatanganan", "doa_bersama"}


def companions(ctx: ArticleContext, start: int, end: int, main_type: str, quotes) -> list[tuple[str, int, int]]:
    """(type, start, end) of the happenings joined to the main trigger at [start, end) in its sentence."""
    text = ctx.text
    _, se = sentence(text, end, 0)
    out: list[tuple[str, int, int]] = []
    seen = {main_type}
    for m in triggers(text, end, se):
        etype = trigger_type(m.group(0))
        if etype is None or etype in seen or trigger_kind(m.group(0)) in _PART_OF or false_trigger(text, m.start()):
            continue
        if not _JOINED.search(text, max(end, m.start() - 60), m.start()) or not outside(quotes, m.start(), m.end()):
            continue
        seen.add(etype)
        out.append((etype, m.start(), m.end()))
    return out


# the joints that tie two happenings together wherever the report says so; "serta" alone is too common a word
_FAR_JOINS = ("dibarengi", "sekaligus", "dirangkai", "diikuti dengan", "dilanjutkan dengan", "diakhiri dengan",
              "bersamaan dengan", "berbarengan dengan", "bertepatan dengan", "usai melaksanakan", "usai mengikuti", "usai menggelar",
              "seusai melaksanakan", "seusai mengikuti", "setelah melaksanakan", "setelah mengikuti")


def joined_later(ctx: ArticleContext, main_type: str, after: int, quotes) -> list[tuple[str, int, int]]:
    """Companions joined to the main happening in a later sentence that names it again: "Diketahui, selain
    kegiatan peluncuran buku …, juga dibarengi dengan haul …".  Only where a joint word occurs (rare)."""
    text = ctx.text
    low = folded(text)
    if low is None:
        return []
    out: list[tuple[str, int, int]] = []
    done_sentences: set[int] = set()
    # the happening named again by its type, or by the plain word for its kind ("rapat tersebut" for a rakor)
    same = {main_type, "rapat"} if main_type.startswith("rapat") else {main_type}
    for at in find_all(low, _FAR_JOINS, after):
        s, e = sentence(text, at, 0)
        if s in done_sentences or s < after:
            continue
        done_sentences.add(s)
        named = next((m for m in triggers(text, s, at) if trigger_type(m.group(0)) in same
                      and outside(quotes, m.start(), m.end())), None)
        if named is not None:
            # a verb so joined is an act of the same happening ("Rapat Paripurna … sekaligus meresmikan
            # penunjukan Wakil Bupati"); a noun names another happening ("dibarengi dengan haul")
            out += [f for f in companions(ctx, named.start(), named.end(), main_type, quotes)
                    if not VERB_FORM.match(text[f[1]:f[2]])]
    return out


# "Usai mengikuti gotong royong di Jalan X, Bupati … langsung meninjau gorong-gorong di jembatan Y": the
# next stop of a visit, at its own place, is its own happening (GUIDELINES: own place, own participants)
_AFTER_MAIN = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:Usai|Seusai|Setelah|Selepas|Sesudah)\s+"
                         r"(?:(?:mengikuti|melaksanakan|menghadiri|memimpin|melakukan|kegiatan|acara)\s+)?")
_AFTER_WORDS = ("Usai", "Seusai", "Setelah", "Selepas", "Sesudah")   # every _AFTER_MAIN match opens with one
_PLACE_AFTER = re.compile(r"[^.;,\n]{0,40}?\b(?:di|ke)\s+[\w-]+")
# the next stop's place named on the way, before what is done there: "Usai dilantik, mereka bergerak ke
# Pendapa X … untuk melakukan serah terima jabatan" (a place of its own: not the main occasion's part)
_PLACE_BEFORE = re.compile(r"\b(?:menuju|ke|di)\s+(?-i:[A-Z])[\w-]+", re.I)
# a noun happening the subject goes on to do: "untuk melakukan", "lalu menggelar"
_DOING = re.compile(r"\b(?:melakukan|melaksanakan|menggelar|mengikuti|menghadiri)\s+(?:acara\s+|kegiatan\s+)?$", re.I)


def next_stops(ctx: ArticleContext, main_type: str, body: int, quotes) -> list[tuple[str, int, int]]:
    """(type, start, end) of what the text reports doing, at another place, right after the main event."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    if not any(w in text for w in _AFTER_WORDS):
        return out     # most articles have no such sentence: no scan
    # (tried only where an opener is written: re cannot skip to a pattern that opens on lookbehinds)
    for m in scan(_AFTER_MAIN, text, find_all(text, _AFTER_WORDS, body), body):
        first = next(iter(triggers(text, m.end(), min(len(text), m.end() + 40))), None)
        if first is None or first.start() != m.end() or trigger_type(first.group(0)) != main_type:
            continue
        _, se = sentence(text, first.end(), 0)
        for t in triggers(text, first.end(), se):
            etype = trigger_type(t.group(0))
            # a verb of the main event's actors ("langsung meninjau"), or a noun they do ("untuk melakukan serah
            # terima jabatan"): either is the next stop's own happening; a bare noun is only talked about
            done = bool(_DOING.search(text, max(first.end(), t.start() - 30), t.start()))
            if etype is None or etype == main_type or (trigger_kind(t.group(0)) in _PART_OF and not done) \
                    or not (t.group(0)[:2].lower() in ("me", "di") or done) \
                    or false_trigger(text, t.start()) or not outside(quotes, t.start(), t.end()):
                continue
            if _PLACE_AFTER.match(text, t.end()) or (done and _PLACE_BEFORE.search(text, first.end(), t.start())):
                out.append((etype, t.start(), t.end()))
                break
    return out


# "Pada hari yang sama, Gubernur pun menyerahkan …": a sentence that opens by putting itself on the main
# happening's day tells another happening of that day (GUIDELINES: "on the same occasion" is part of it; "on the
# same day" is not an occasion): the first verb of a happening of another kind in that sentence is its own event
_SAME_DAY = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:(?:Di|Pada)\s+)?(?:hari|Hari)\s+(?:yang\s+sama|itu\s+juga)\b")


def same_day(ctx: ArticleContext, main_type: str, body: int, quotes) -> list[tuple[str, int, int]]:
    """(type, start, end) of the first verb-form happening of another kind in a sentence opened "Di hari yang sama"."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    for at in find_all(text, ("hari yang sama", "Hari yang sama", "hari itu juga", "Hari itu juga"), body):
        m = _SAME_DAY.search(text, max(body, at - 6), at + 20)
        if m is None or m.end() < at:
            continue
        _, se = sentence(text, m.end(), 0)
        for t in triggers(text, m.end(), se):
            etype = trigger_type(t.group(0))
            if etype is None or etype == main_type or not VERB_FORM.match(t.group(0)) \
                    or false_trigger(text, t.start()) or not outside(quotes, t.start(), t.end()):
                continue
            out.append((etype, t.start(), t.end()))
            break
    return out


__all__ = ["companions", "joined_later", "next_stops", "same_day"]
