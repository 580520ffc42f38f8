"""A report of a preparation, and the happening it prepares (GUIDELINES: one event per happening).

Regional news often reports a meeting or an inspection held *for* another happening still to come: "rapat
persiapan kunjungan kerja Presiden …", "dalam rangka persiapan rencana kunjungan Menteri …", "Sempena
Kunjungan Kerja Menteri …, Pemkab menggelar rapat persiapan", "Mensukseskan rencana kunjungan Presiden ke …
pada Kamis (3/2/2022) besok, Bupati melakukan pengecekan".  The trigger word after the preparation word
("persiapan", "rencana", "menyambut", "jelang", "sempena") names that other happening, not the one reported:

* ``prepared_at``: such a trigger does not choose the main event's type (the headline "Kunker Menteri …, Sekda
  Pimpin Rapat Persiapan" reports a rapat), and the date that closes its phrase is not the main event's day;
* ``prepared_events``: the prepared happening, when its own phrase closes on a full date still to come
  ("persiapan kunjungan kerja Presiden X di Kabupaten Y 23 November 2023"), is its own event (GUIDELINES: a
  happening "fixed on a date"); a visit is led by its visitor, the official its phrase names;
* ``drop_prepared_people``: who is named inside the prepared happening's phrase ("persiapan kunjungan Presiden
  X, di Ruang Rapat …") is its subject, not a participant of the preparation.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import event_id
from .event_segments import _dated_candidate
from .event_types import trigger_type, triggers
from ..text.sentences import folded, outside, sentence

# the words that may stand between the cue and the trigger: "rencana"-like words, or the full form before an
# abbreviation in brackets
_CUE_WORD = re.compile(r"(?<!\w)(?:persiapan|mempersiapkan|menyiapkan|kesiapan|rencana|merencanakan|jelang|menjelang|"
                       r"menyambut|penyambutan|sempena|mensukseskan|menyukseskan)\s+", re.I)
_FILLER = re.compile(r"(?:(?:rencana|agenda|pelaksanaan|penyelenggaraan)\s+)?"
                     r"(?:(?P<full>[\w-]+(?:\s+[\w-]+)?)\s*\(\s*)?", re.I)


def prepared_at(text: str, start: int) -> bool:
    """The trigger at ``start`` names a happening another one prepares ("rapat persiapan pelantikan")."""
    for m in _CUE_WORD.finditer(text, max(0, start - 45), start):
        f = _FILLER.fullmatch(text, m.end(), start)
        if f is not None and (f.group("full") is None or any(True for _ in triggers(f.group("full")))):
            return True
    return False


# from the prepared trigger to its own day: no sentence or clause break and no active verb of another clause;
# across a comma (an apposition, "Presiden RI, Ir X ke daerah …") only when "pada/tanggal" opens the day — a day
# after a comma without it is the report's own ("… kunjungan Presiden X, di Ruang Rapat Bupati, Senin, 6 Juli 2020")
# (a dot of an honorific, an initial or a degree is no break: "Bupati X H. Nama .S.IP.,M.Si dalam acara …"; the
# sentence's end is ``sentence``'s, which knows them)
_PHRASE = re.compile(r"[^;:\n“”\"]{0,140}?$")
_ACTIVE = re.compile(r"(?<![\w-])(?:me(?:m[bp]|n[dtcjg]|ny|ng)[a-z]{3,}|yang|akan)\b")
_DAY_OPENS = re.compile(r"\b(?:pada|tanggal)\s+(?:hari\s+)?$", re.I)
# "pada Kamis (3/2/2022) besok": the relative word after the written day is that same day
_DAY_THEN_RELATIVE = re.compile(r"\b(?:pada|tanggal)\s+(?:hari\s+)?[A-Za-z']+,?\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*$",
                                re.I)
_CLAUSE_END = re.compile(r"[,;:\n“”\"]")     # (a sentence's end is ``sentence``'s: "Prof. Dr. X" is no end)


def _phrase_day(ctx: ArticleContext, m, dates):
    """The full date that closes the prepared trigger ``m``'s own phrase, or None."""
    text = ctx.text
    for d in dates:
        if d.start <= m.end():
            continue
        gap = text[m.end():d.start]
        relative = d.kind == "relative" and _DAY_THEN_RELATIVE.search(gap)
        if d.start - m.end() > 160 or not d.iso or (d.kind not in ("written", "numeric", "partial") and not relative):
            return None
        if (not _PHRASE.fullmatch(gap) or sentence(text, m.start(), 0)[1] < d.start) and not relative \
                or _ACTIVE.search(gap) \
                or ("," in gap and not _DAY_OPENS.search(gap) and not relative):
            return None
        if ctx.published and d.iso <= ctx.published[:10]:
            return None
        return d
    return None


_WORDS = ("persiapan", "rencana", "jelang", "menyambut", "penyambutan", "sempena", "kesiapan", "menyiapkan",
          "mensukseskan", "menyukseskan")


def _cued(low: str, start: int = 0, end: int | None = None) -> bool:
    return any(low.find(w, start, end) >= 0 for w in _WORDS)


def prepared_spans(ctx: ArticleContext, body: int, end: int, quotes, dates) -> list[tuple[int, int, object, object]]:
    """(start, end, trigger match, date or None) of each prepared happening's phrase in ``body..end``."""
    text = ctx.text
    if not _cued(folded(text) or text.lower(), body, end):
        return []
    out = []
    for m in triggers(text, body, end):
        if not prepared_at(text, m.start()) or not outside(quotes, m.start(), m.end()) \
                or ctx.in_boilerplate(m.start(), m.end()):
            continue
        d = _phrase_day(ctx, m, dates)
        stop = _CLAUSE_END.search(text, m.end())
        close = d.end if d is not None else min(stop.start() if stop else len(text), sentence(text, m.start(), 0)[1])
        out.append((m.start(), close, m, d))
    return out


def prepared_events(ctx: ArticleContext, body: int, quotes, dates, done: set) -> list:
    """The prepared happenings fixed on a full date of their own (at most two), as dated candidates."""
    out: list = []
    for _, _, m, d in prepared_spans(ctx, body, len(ctx.text), quotes, dates):
        if d is not None and len(out) < 2:
            _dated_candidate(ctx, m, d.iso, quotes, done, out, noun=True)
    return out


# the visit's own phrase ends where its day is given, or at a clause break (an apposition's comma is no break)
_PHRASE_END = re.compile(r"\b(?:pada|tanggal)\b|[;:\n“”\"]|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", re.I)


def prepared_leaders(ctx: ArticleContext, body: int, quotes, dates) -> None:
    """A prepared visit fixed on its day is led by its visitor, the first official named between its trigger and
    its day (whichever rule emitted the event), not attended by him."""
    for _, _, m, d in prepared_spans(ctx, body, len(ctx.text), quotes, dates):
        eid = event_id(ctx, "kunjungan_kerja", d.iso) if d is not None else None
        if eid is None or trigger_type(m.group(0)) != "kunjungan_kerja" or eid not in ctx.graph.nodes:
            continue
        stop = _PHRASE_END.search(ctx.text, m.end(), sentence(ctx.text, m.start(), 0)[1])
        end = min(stop.start() if stop else len(ctx.text), m.end() + 140)
        people = [x for x in ctx.mentions if x.kind in ("name", "title") and x.node_id.startswith("official:")
                  and m.end() <= x.start < end]
        if people:
            first = min(people, key=lambda x: x.start)
            ctx.graph.edges.pop(("ATTENDED", first.node_id, eid, ""), None)
            ctx.edge("LED", first.node_id, eid, first.start, first.end)


def drop_prepared_people(ctx: ArticleContext, main_id: str, anchor_start: int, body: int, quotes, dates) -> None:
    """LED/ATTENDED edges of the main event read only inside a prepared happening's phrase are that
    happening's subject, not the preparation's participants (unless the main event is the prepared one)."""
    spans = [(s, e) for s, e, _, _ in prepared_spans(ctx, body, len(ctx.text), quotes, dates)]
    if not spans or any(s <= anchor_start < e for s, e in spans):
        return
    for key, e in list(ctx.graph.edges.items()):
        if e.type in ("LED", "ATTENDED") and e.target == main_id:
            ev = e.properties.get("evidence") or []
            if ev and all(any(s <= (x.get("start") or -1) < t for s, t in spans) for x in ev):
                del ctx.graph.edges[key]


def prepared_day(ctx: ArticleContext, d, start: int, skip: int = -1) -> bool:
    """The date ``d`` closes the phrase of a prepared happening named after ``start`` (other than the trigger
    at ``skip``, the happening being dated): that happening's day."""
    low = folded(ctx.text) or ctx.text.lower()
    if not _cued(low, max(start, d.start - 190), d.start):
        return False
    for m in triggers(ctx.text, max(start, d.start - 140), d.start):
        if m.start() != skip and prepared_at(ctx.text, m.start()) and _phrase_day(ctx, m, [d]) is d:
            return True
    return False


__all__ = ["prepared_at", "prepared_events", "prepared_leaders", "drop_prepared_people", "prepared_day"]
