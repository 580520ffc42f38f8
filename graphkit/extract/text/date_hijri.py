"""The Islamic calendar a report dates itself by, turned into Gregorian years and days.

Regional news dates the months around Ramadan by the Hijri year and the feast, not the Gregorian year:
"Dalam suasana Idul Fitri 1445 Hijriah, Bupati X pada Senin (15/4)", "halalbihalal seusai salat
Idul Fitri, (28/7)".  A reader who is given no publication date knows the year from these: 1445 H ran
from July 2023 to July 2024, and of the recent years only 2014 had its Idul Fitri on 28 July.  The
arithmetic is the tabular Islamic calendar (30-year cycle of 11 leap years): it falls within a day of
the sighted calendar Indonesia observes, which the windows below allow for.  Pure functions of the text
and a few numbers; no table, no clock.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

# "1445 H", "1445 Hijriah", "1445 Hijriyah", "1445 Hijiriyah" (a typo outlets print), "1443 H/2022 M"
_HIJRI_YEAR = re.compile(r"(?<![\d.,])(1[34]\d\d)\s*(?:H\b|Hi[jy]i?ri[a-z]*\b)", re.I)
# the two feasts a report is dated by; the day written near them is the feast's or one of the days after
_FITRI = re.compile(r"\b(?:idul\s*fitri|idulfitri|lebaran|(?:shalat|salat|sholat)\s+(?:id|ied)\b)", re.I)
_ADHA = re.compile(r"\b(?:idul\s*adha|iduladha|idul\s*qurban|idul\s*kurban)\b", re.I)
# a feast day in the tabular calendar is the sighted one or a day off; the report's day is that day or
# one of the week after it (the open house, the first apel after the holiday)
_BEFORE, _AFTER = 2, 7
_EPOCH = 1948439        # Julian day of 1 Muharram 1 AH (tabular, civil epoch)


def _islamic_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of ``day`` ``month`` ``year`` AH in the tabular Islamic calendar."""
    jd = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH
    try:
        return date.fromordinal(jd - 1721425)
    except ValueError:
        return None


def hijri_years(text: str) -> set[int]:
    """The Gregorian years a Hijri year the text names overlaps ("1445 H": 2023 and 2024)."""
    years: set[int] = set()
    for m in _HIJRI_YEAR.finditer(text):
        h = int(m.group(1))
        first, last = _islamic_day(h, 1, 1), _islamic_day(h + 1, 1, 1)
        if first and last:
            years.update((first.year, (last - timedelta(days=1)).year))
    return years


def feast_fit(text: str, m: int, d: int, weekday: int | None, years) -> str | None:
    """The day ``d``/``m`` in the one year of ``years`` in which it falls on, or within a week after, the
    feast the text names (Idul Fitri, Idul Adha), on ``weekday`` when one is written; None when the text
    names no feast, or no year or two years fit."""
    feasts = [(10, 1)] if _FITRI.search(text) else []
    if _ADHA.search(text):
        feasts.append((12, 10))
    fits = set()
    for y in years:
        try:
            day = date(y, m, d)
        except ValueError:
            continue
        if weekday is not None and day.weekday() != weekday:
            continue
        for month, mday in feasts:
            # the Hijri year whose feast falls in Gregorian year y: the one starting in y-1 or y
            for h in (round((y - 622) * 33 / 32) + k for k in (-1, 0, 1)):
                feast = _islamic_day(h, month, mday)
                if feast is not None and -_BEFORE <= (day - feast).days <= _AFTER:
                    fits.add(day.isoformat())
    return fits.pop() if len(fits) == 1 else None


__all__ = ["feast_fit", "hijri_years"]
