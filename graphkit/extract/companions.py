"""Companion happenings: a second activity joined to the main event in its own sentence.

GUIDELINES ("events"): one event per distinct happening; a meeting and the speech given at it
are one event, and a handover or signing "on the same occasion" is part of it.  An activity of
another kind that the report joins to the main one — "apel gabungan … sekaligus acara halal
bihalal", "memimpin apel perdana yang diikuti dengan rapat bersama ASN", "peluncuran buku …
dibarengi haul" — is its own happening on the same day, with the same people: the gold splits
it (one event per type).  The joint is a connective right before the companion's trigger, in
the main trigger's sentence; a penyerahan or penandatanganan so joined stays part of the main
event.
"""
from __future__ import annotations

import re

from .context import ArticleContext
from .event_types import false_trigger, trigger_type, triggers
from .sentences import outside, sentence

# the connective right before the companion's trigger
_JOINED = re.compile(r"\b(?:sekaligus|serta|diikuti\s+dengan|dilanjutkan\s+dengan|dirangkai(?:kan)?\s+dengan|"
                     r"dibarengi(?:\s+dengan)?|diakhiri\s+dengan|bersamaan\s+dengan|berbarengan\s+dengan)"
                     r"\s+(?:(?:acara|kegiatan|agenda|pelaksanaan|dengan)\s+){0,2}$", re.I)
# part of the main happening, not a companion (GUIDELINES: "on the same occasion")
_PART_OF = {"penyerahan", "penandatanganan"}


def companions(ctx: ArticleContext, start: int, end: int, main_type: str, quotes) -> list[tuple[str, int, int]]:
    """(type, start, end) of the happenings joined to the main trigger at [start, end) in its sentence."""
    text = ctx.text
    _, se = sentence(text, end, 0)
    out: list[tuple[str, int, int]] = []
    seen = {main_type}
    for m in triggers(text, end, se):
        etype = trigger_type(m.group(0))
        if etype is None or etype in seen or etype in _PART_OF or false_trigger(text, m.start()):
            continue
        if not _JOINED.search(text, max(end, m.start() - 60), m.start()) or not outside(quotes, m.start(), m.end()):
            continue
        seen.add(etype)
        out.append((etype, m.start(), m.end()))
    return out


__all__ = ["companions"]
