"""A lead without a trigger word whose clause of holding says where and closes on the day.

Outlets that no rule was written on often tell their happening by its clause alone, the noun being one the
trigger table does not know (an anniversary, a service day, a gathering): "Peringatan dua tahun kepemimpinan …
digelar sederhana di Pendapa X, Jumat 4 Mei 2018".

The grammar is the clause's, not the noun's: a verb of holding ("digelar", "dilaksanakan", "berlangsung" …),
then within the same clause the place it was held ("di <place>", any place, not only a venue's head word), and
the place phrase closed by a day that opens with its weekday (the way a report, not a plan or a statute, dates
what happened).  Only holding verbs: their subject is the happening itself, so ``other`` is its type; a verb of
doing ("melakukan pemantauan … di …, Selasa …") names an activity the table cannot type, and typed ``other`` it
was a false event on the develop half.  ``untriggered.done_at_venue`` reads the same shape after
"usai/melaksanakan" with a named venue only; ``held_on_day`` the holding verb with "pada" and no place.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import LEAD_CHARS, PASSING, Candidate
from .event_dates import after_publication
from ..text.sentences import find_all, folded, outside, scan, sentence

_VERBS = ("digelar", "dilaksanakan", "diselenggarakan", "diadakan", "dilangsungkan", "berlangsung")
_HELD = re.compile(r"\b(?:digelar|dilaksanakan|diselenggarakan|diadakan|dilangsungkan|berlangsung)\b", re.I)
# the verb's own words up to the place: no clause break, no second verb of saying, a dozen words at most
_TO_PLACE = re.compile(r"(?:\s+(?!(?:yang|untuk|akan|agar|supaya|karena|saat|ketika|kata|ujar|ucap)\b)"
                       r"[^\s.;:!?“”\"]+){0,12}?\s+di\s+", re.I)
# the place phrase up to the day: words and the commas of an address ("di Desa X, Kecamatan Y, Kabupaten Z,"),
# no clause word, then the weekday that opens the date ("…, Rabu (13/4/2022)", "… pada Senin 7 Juli 2025")
_PLACE_TO_DAY = re.compile(r"(?:(?!(?:yang|untuk|akan|agar|dan|serta|saat|ketika|sebelum|setelah|usai)\b)"
                           r"[^\s.;:!?“”\"(]+[\s,]+){1,15}?(?:pada\s+)?(?:hari\s+)?$", re.I)
_WEEKDAY = re.compile(r"(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad)\b", re.I)
_PLANNED = re.compile(r"\b(?:akan|bakal|rencananya|direncanakan|dijadwalkan|nanti|nantinya)\b", re.I)
_SPAN = re.compile(r"\s*(?:-|–|—|hingga|sampai|s\.?d\.?|s/d)\s*\d", re.I)


def held_at_place(ctx: ArticleContext, body: int, quotes_of, dates_of) -> Candidate | None:
    """The first clause of the lead that holds or does something at a place and closes on a weekday-dated day
    (see the module's docstring): a happening of type ``other``, named by the words after its verb."""
    text = ctx.text
    end = min(len(text), body + LEAD_CHARS)
    low = folded(text)
    if low is not None and not find_all(low, _VERBS, body, end):
        return None
    for v in scan(_HELD, text, find_all(low, _VERBS, body, end) if low is not None else None, body, end):
        if ctx.in_boilerplate(v.start(), v.end()) or PASSING.search(text[max(0, v.start() - 30):v.start()]):
            continue
        s, e = sentence(text, v.start(), body)
        at = _TO_PLACE.match(text, v.end(), e)
        if at is None or _PLANNED.search(text, s, v.start()):
            continue
        for d in dates_of():
            if d.start < at.end() or d.start >= e or not d.iso or d.kind == "relative":
                continue
            if not _WEEKDAY.match(text, d.start) or not _PLACE_TO_DAY.fullmatch(text, at.end(), d.start) \
                    or _SPAN.match(text, d.end) or after_publication(ctx, d) \
                    or not outside(quotes_of(), v.start(), d.end):
                break
            c = Candidate("other", v.start(), v.end(), (2, v.start()))
            c.name = " ".join(text[v.end():at.start() + len(at.group(0))].split()[:6]) or None
            c.date = d.iso
            return c
    return None


__all__ = ["held_at_place"]
