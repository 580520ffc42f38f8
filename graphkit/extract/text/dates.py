"""Indonesian dates read into ISO ``YYYY-MM-DD``, with their character spans.

Regional news dates an event in a handful of ways: "Rabu, (25/09/2024)",
"Kamis (21/9/2023)", "Senin, 5 Agustus 2024", "5 Sept. 2024", "5/9/2024", and
relative forms ("kemarin", "hari ini", "Senin lalu").  A relative form only
becomes a date when the article's publication date is known; otherwise it is
``None``.  A day and month without a year ("Kamis (6/1)") is read in the
publication date's year; without one, in a year the text names, and, when it
names none that fits, for a day written with its weekday, in the newest year up
to the package's data bound (``data/calendar.csv``) in which that day falls on
that weekday: annotators date such a day from the weekday and the context, and
most feeds give no publication date.  The Islamic calendar counts as the text's
own (``date_hijri``): "1445 H" names 2023 and 2024, and a day written beside the
feast it names ("setelah shalat Idul Fitri, (28/7)") is that feast's year.  A day
without a weekday or a feast stays ``None``.

Everything here is a pure function of its arguments; the regexes (``date_patterns``) are compiled
once at import, and tried only where a date can start (``_starts``); the calendar arithmetic that
turns a match into a day is ``date_calendar``.  This module holds the scan that applies them.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from .date_calendar import _FORWARD, _YEAR, _checked, _iso, _next, _partial, _published, _typo_month, _year, \
    month_slip, recent_fit, recent_years, resolve_relative
from .date_hijri import feast_fit, hijri_years
from .date_patterns import (DAYS, MONTHS, _NUMERIC, _NUMERIC_GLUED, _NUMERIC_RANGE, _PAST_MARK_GAP, _RANGE,
                            _RANGE_MONTHS, _RELATIVE, _WRITTEN, _WRITTEN_PARTIAL, _WRITTEN_TYPO, _day, _month, _starts)
from .sentences import scan


@dataclass(frozen=True, order=True)
class DateHit:
    start: int
    end: int
    iso: str | None
    kind: str  # "written", "numeric", "partial" (no year), "relative"


def _line_before(text: str, start: int) -> str:
    """The sentence's words before a date, up to 120 characters back on its line."""
    return re.split(r"[.!?\n]\s", text[max(0, start - 120):start])[-1]


def find_dates(text: str, published: str | None = None) -> list[DateHit]:
    """Every date expression in ``text`` in order, ``iso`` None when unresolvable.

    The events stage and the election-day scan both read an article's dates: the scan is kept for the
    current article (a pure function of its arguments), and each caller gets its own list."""
    return list(_find_dates(text, published))


@functools.lru_cache(maxsize=2)
def _find_dates(text: str, published: str | None) -> list[DateHit]:
    ref = _published(published)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    partial: list[tuple[int, int, int, int, str | None]] = []   # start, end, month, day, day name

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    starts = _starts(text)
    dated, relative, digits = starts if starts else (None, None, None)
    for m in scan(_RANGE_MONTHS, text, dated):
        first, last = _month(m["m1"]), _month(m["m"])
        year = int(m["y1"]) if m["y1"] else int(m["y"]) - (first > last)
        hits.append(DateHit(m.start(), m.end(), _iso(year, first, int(m["d1"])), "written"))
        taken.append((m.start(), m.end()))
    for m in scan(_RANGE, text, dated):
        if not free(m.start(), m.end()):
            continue
        iso = _iso(int(m["y"]), _month(m["m"]), int(m["d1"]))
        hits.append(DateHit(m.start(), m.end(), iso, "written"))
        taken.append((m.start(), m.end()))
    for m in scan(_WRITTEN, text, dated):
        if not free(m.start(), m.end()):
            continue
        iso = _checked(_iso(int(m["y"]), _month(m["m"]), int(m["d"])), m["day"], ref, _line_before(text, m.start()))
        hits.append(DateHit(m.start(), m.end(), iso, "written"))
        taken.append((m.start(), m.end()))
    for m in scan(_WRITTEN_TYPO, text, digits):
        if not free(m.start(), m.end()) or not (month := _typo_month(m["m"].lower())):
            continue
        hits.append(DateHit(m.start(), m.end(), _iso(int(m["y"]), month, int(m["d"])), "written"))
        taken.append((m.start(), m.end()))
    for m in scan(_NUMERIC_RANGE, text, dated):
        if free(m.start(), m.end()) and (iso := _iso(int(m["y"]), int(m["m"]), int(m["d1"]))) \
                and int(m["d1"]) < int(m["d"]):
            hits.append(DateHit(m.start(), m.end(), iso, "numeric"))
            taken.append((m.start(), m.end()))
    for m in scan(_NUMERIC, text, dated):
        if not free(m.start(), m.end()):
            continue
        # a bare "6/1" without a day name is too often a ratio or a number; "(20/10)" is a date
        if not m["y"] and not m["day"] and not (text[m.start() - 1:m.start()] == "(" and m.group(0).endswith(")")):
            continue
        if m["sep"] != "/" and not m["y"]:
            continue
        if m["y"]:
            iso = _checked(_iso(_year(m["y"], ref), int(m["m"]), int(m["d"])), m["day"], ref,
                           _line_before(text, m.start()))
        else:
            iso = _partial(ref, int(m["m"]), int(m["d"]), m["day"])
            partial.append((m.start(), m.end(), int(m["m"]), int(m["d"]), m["day"]))
        hits.append(DateHit(m.start(), m.end(), iso, "numeric" if m["y"] else "partial"))
        taken.append((m.start(), m.end()))
    for m in scan(_NUMERIC_GLUED, text, dated):
        if free(m.start(), m.end()) and (iso := _checked(_iso(int(m["y"]), int(m["m"]), int(m["d"])), m["day"], ref,
                                                                  _line_before(text, m.start()))):
            hits.append(DateHit(m.start(), m.end(), iso, "numeric"))
            taken.append((m.start(), m.end()))
    for m in scan(_WRITTEN_PARTIAL, text, dated):
        if not free(m.start(), m.end()) or m["m"].lower() in ("mar", "jun", "jan", "apr", "des", "may", "nov", "sep"):
            continue  # short forms without a year are too often words ("3 Mar", "5 Jan"); full names are kept
        month, day = _month(m["m"]), int(m["d"])
        iso = _next(ref, month, day) if not m["day"] and _FORWARD.match(text, m.end()) else \
            _partial(ref, month, day, m["day"])
        hits.append(DateHit(m.start(), m.end(), iso, "partial"))
        partial.append((m.start(), m.end(), _month(m["m"]), int(m["d"]), m["day"]))
        taken.append((m.start(), m.end()))
    for m in scan(_RELATIVE, text, relative):
        if not free(m.start(), m.end()):
            continue
        if m["word"] and m["word"].lower() == "kemarin" \
                and any(te <= m.start() and _PAST_MARK_GAP.fullmatch(text, te, m.start()) for _, te in taken):
            continue    # "Rabu (28/9/2022) kemarin": after a written date "kemarin" marks it past, like "lalu"
        hits.append(DateHit(m.start(), m.end(), resolve_relative(m.group(0), ref), "relative"))
    if ref is None and partial:
        hits = _years_from_text(text, hits, partial)
    return sorted(hits)


_PAST_YEAR = re.compile(r"\s+(?:yang\s+)?lalu\b", re.I)


def _years_from_text(text: str, hits: list[DateHit], partial) -> list[DateHit]:
    """Without a publication date, "Kamis (6/2)" takes the one year the article names in which
    6 February is a Thursday ("… pada tahun 2020 ini"), else the one year next to a named one in
    which it is ("Pilkada 2024" in a report of Senin (20/11) 2023); a day and month without a day name then
    takes the year of the nearest such dated day ("pada 6 Januari lalu" after "Rabu (15/1)"), up to two
    months back, or without one, for a day said to be past, the year of the nearest full date written
    ("(5/6/20) … 27 Mei lalu").  A year said to be past ("sejak kebakaran 2016 lalu") is not one of
    the report's.  Two named (or two neighbouring) years that fit → still None: the text vouches for both.
    No named or neighbouring year fits a day with a weekday → the newest year up to the package's data
    bound in which it does (``date_calendar.recent_fit``; of two such years the newer).  A Hijri year named
    counts as the Gregorian years it overlaps; before the newest-year guess, a feast the text names fixes the
    year (``date_hijri.feast_fit``), then a one-month slip in a named year (``date_calendar.month_slip``); a day
    without a weekday takes a year only from a feast."""
    # ("kebakaran 2016 lalu": a year gone by when the report was written, not the report's own)
    years = {int(m.group(0)) for m in _YEAR.finditer(text) if not _PAST_YEAR.match(text, m.end())}
    years |= hijri_years(text)      # ("Idul Fitri 1445 H": 2023 or 2024)
    # a report names the years around its own: the budget year ahead, the election year ahead or just past
    near = {y + k for y in years for k in (-1, 1)} - years
    known: dict[int, str] = {}
    for s, _, m, d, day in partial:
        weekday = _day(day) if day else None
        if day:
            for candidates in (years, near):
                fits = [y for y in candidates
                        if (iso := _iso(y, m, d)) and date.fromisoformat(iso).weekday() == weekday]
                if fits:
                    if len(fits) == 1:
                        known[s] = _iso(fits[0], m, d)
                    break
            else:
                # no year the text names or neighbours fits: a feast the text names fixes it, else a month
                # slip in a named year (the weekday vouches for it), else the newest year the data allows
                if iso := feast_fit(text, m, d, weekday, years or recent_years()) \
                        or month_slip(years, m, d, weekday) or recent_fit(m, d, weekday):
                    known[s] = iso
        elif iso := feast_fit(text, m, d, None, (years | near) or recent_years()):
            known[s] = iso      # ("setelah shalat Idul Fitri, (28/7)": the one recent year of that feast day)
    # a day the text says is still to come ("9 Desember mendatang") follows the last dated day before it
    dated = {h.start: h.iso for h in hits if h.kind in ("written", "numeric") and h.iso}
    for s, e, m, d, day in partial:
        if day or s in known or not (known or dated):
            continue
        if _FORWARD.match(text, e):
            before = [k for k in (*known, *dated) if k < s]
            if before:
                at = max(before)
                if ahead := _next(date.fromisoformat(known.get(at) or dated[at]), m, d):
                    known[s] = ahead
            continue
        # (else, for a day said to be past, a full date the text writes: "… Jum'at (5/6/20) … pada Rapat Dengar
        # Pendapat 27 Mei lalu"; a bare "7 Februari" may be a name, "Gedung Auditorium 7 Februari")
        pool = known or (dated if _PAST_YEAR.match(text, e) else None)
        if not pool:
            continue
        anchor = date.fromisoformat(pool[min(pool, key=lambda k: abs(k - s))])
        known_iso = _partial(anchor, m, d, None)
        if known_iso:
            known[s] = known_iso
    return [DateHit(h.start, h.end, known.get(h.start, h.iso), h.kind) if h.kind == "partial" else h for h in hits]


def parse_date(text: str, published: str | None = None) -> str | None:
    """The first resolvable date in ``text`` as ISO, or None."""
    for hit in find_dates(text, published):
        if hit.iso:
            return hit.iso
    return None


__all__ = ["DateHit", "find_dates", "parse_date", "resolve_relative", "MONTHS", "DAYS"]
