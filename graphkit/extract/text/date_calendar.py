"""Calendar arithmetic for the dates found in a text: a matched day, month and year turned into ISO.

A full date is checked against its day name ("Selasa (17/6/2018)"), a day and month without a year is
read in the publication date's year, a day "mendatang" is the next such day, a misspelled month is
the one it is one edit from, and a relative form ("kemarin", "Senin lalu") counts from the publication
date.  These are pure functions of a few numbers; ``dates`` applies them to each match of the
patterns in ``date_patterns``.
"""
from __future__ import annotations

import csv
import functools
import re
from datetime import date, timedelta
from importlib import resources

from .date_patterns import DAYS, _FULL_MONTHS, _day


# a year the article names: alone ("tahun 2020"), in a period ("periode 2021-2026") or in a full date
_YEAR = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _year(text: str | None, ref: date | None) -> int | None:
    if text:
        y = int(text)
        return y + 2000 if y < 100 else y
    return ref.year if ref else None


def _partial(ref: date | None, m: int, d: int, day: str | None) -> str | None:
    """A day and month without a year, read in the publication date's year.

    "Senin (30/12)" in an article published on 2 January is last year's; a day
    weeks after publication ("semula digelar 27 November") is a plan, not a
    date we can place: None.  The day name, when given, must agree.
    """
    if ref is None:
        return None
    iso = _iso(ref.year, m, d)
    if iso and date.fromisoformat(iso) > ref + timedelta(days=1):
        iso = _iso(ref.year - 1, m, d)
        if iso and (ref - date.fromisoformat(iso)).days > 62:
            return None
    if iso and day and date.fromisoformat(iso).weekday() != _day(day):
        return None  # "Kamis (6/1)" that is not a Thursday: a typo or another year, not a guess
    return iso


def _checked(iso: str | None, day: str | None, ref: date | None, before: str = "") -> str | None:
    """A full date whose day name disagrees with it, read by the day name when something else vouches for the
    reading: "Selasa (17/6/2018)" (17 June 2018 is a Sunday) in a report published 17 July 2018 is that
    Tuesday; "apel pagi perdana di tahun 2020, Kamis (2/1/2019)" is 2 January 2020, a Thursday.  A reporter's
    slip is one month or one year off (the last month typed, the old year kept in January).  Exactly one such
    neighbour must have the named weekday and be vouched for: within a week before the publication date (the
    written date is not), or its year written just before the date (and the written year is not).  A wrong
    day name alone ("Kamis (28/3/2025)", a Friday) changes nothing: the date stays as written."""
    want = _day(day) if day else None
    if iso is None or want is None:
        return iso
    d = date.fromisoformat(iso)
    if d.weekday() == want:
        return iso
    y, m = d.year, d.month
    near = [_iso(y + (m == 12), m % 12 + 1, d.day), _iso(y - (m == 1), (m - 2) % 12 + 1, d.day),
            _iso(y + 1, m, d.day), _iso(y - 1, m, d.day)]
    fits = [date.fromisoformat(n) for n in near if n and date.fromisoformat(n).weekday() == want]
    if len(fits) != 1:
        return iso
    fit = fits[0]
    if ref is not None:
        recent = lambda x: timedelta(days=-1) <= ref - x <= timedelta(days=7)
        return fit.isoformat() if recent(fit) and not recent(d) else iso
    years = set(_YEAR.findall(before))
    return fit.isoformat() if str(fit.year) in years and str(y) not in years else iso


# "pada 9 Desember mendatang", "tanggal 9 Desember nanti": the day and month name the next such day
_FORWARD = re.compile(r"\s+(?:mendatang|nanti|yang\s+akan\s+datang)\b", re.I)


@functools.cache
def _calendar_bounds() -> tuple[int, int]:
    """(newest year, span) from data/calendar.csv: the years a day written without its year may be read in
    when the article gives no year of its own.  Data in the package, never the clock, so the same text
    gives the same date wherever and whenever it is extracted."""
    with resources.files("graphkit.data").joinpath("calendar.csv").open(encoding="utf-8") as f:
        rows = {r["key"].strip(): r["value"].strip() for r in csv.DictReader(f)}
    return int(rows["newest_year"]), int(rows["recent_span"])


def recent_fit(m: int, d: int, weekday: int) -> str | None:
    """The day ``d``/``m`` in the newest year, up to the package's newest (``_calendar_bounds``), in which
    it falls on ``weekday``: "Selasa (4/3)" in a text that names no year it fits.  A news report is read
    soon after it is written and the package's data is as new as the reports it is used on, so the latest
    such year is the likeliest; an older report's own years (``dates._years_from_text``) come first."""
    newest, span = _calendar_bounds()
    for y in range(newest, newest - span, -1):
        iso = _iso(y, m, d)
        if iso and date.fromisoformat(iso).weekday() == weekday:
            return iso
    return None


def recent_years() -> list[int]:
    """The years ``recent_fit`` reads in, newest first."""
    newest, span = _calendar_bounds()
    return list(range(newest, newest - span, -1))


def month_slip(years, m: int, d: int, weekday: int) -> str | None:
    """"Ahad (14/3)" in a report of Idul Fitri 1445 H (2023–2024), where 14 March falls on no Sunday: the
    reporter typed the month before or after (14 April 2024 is a Sunday), as ``_checked`` reads a full
    date.  Exactly one such reading in a year the text names must have the weekday; None otherwise."""
    fits = {iso for y in years for k in (-1, 1)
            if (iso := _iso(y + (m + k > 12) - (m + k < 1), (m + k - 1) % 12 + 1, d))
            and date.fromisoformat(iso).weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


def _next(ref: date | None, m: int, d: int) -> str | None:
    """The first day ``d``/``m`` on or after ``ref``: a day the text says is still to come."""
    if ref is None:
        return None
    iso = _iso(ref.year, m, d)
    if iso and date.fromisoformat(iso) < ref:
        iso = _iso(ref.year + 1, m, d)
    return iso


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced letter, or two swapped neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=1024)
def _typo_month(word: str) -> int | None:
    """The month a misspelled full month name stands for ("ferbruari", "agsutus"), or None.

    A reporter's typo is one edit away from the name; a word of five letters or more one edit from
    exactly one month (and between a day number and a year) is that month, never a common word."""
    months = {n for name, n in _FULL_MONTHS.items() if _one_edit(word, name)}
    return months.pop() if len(months) == 1 else None


def resolve_relative(phrase: str, ref: date | None) -> str | None:
    """"kemarin" → ref − 1 day, "Senin lalu" → the last Monday before ref, "Minggu besok" or "Kamis depan" → the next such day."""
    if ref is None:
        return None
    p = phrase.lower().strip()
    if p == "hari ini":
        return ref.isoformat()
    if p == "kemarin":
        return (ref - timedelta(days=1)).isoformat()
    if p == "besok":
        return (ref + timedelta(days=1)).isoformat()
    day = p.split()[0]
    if day in DAYS and (p.endswith("besok") or p.endswith("depan")):
        ahead = (DAYS[day] - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=ahead)).isoformat()     # "Minggu besok": the coming Sunday
    if day in DAYS:
        back = (ref.weekday() - DAYS[day]) % 7 or 7
        return (ref - timedelta(days=back)).isoformat()
    return None
