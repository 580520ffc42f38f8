"""Indonesian dates read into ISO ``YYYY-MM-DD``, with their character spans.

Regional news dates an event in a handful of ways: "Rabu, (25/09/2024)",
"Kamis (21/9/2023)", "Senin, 5 Agustus 2024", "5 Sept. 2024", "5/9/2024", and
relative forms ("kemarin", "hari ini", "Senin lalu").  A relative form, or a
day and month without a year ("Kamis (6/1)"), only becomes a date when the
article's publication date is known; otherwise it is ``None`` — a guessed year
would put two different events into one node.

Everything here is a pure function of its arguments; the regexes are compiled
once at import, and tried only where a date can start (``_starts``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from . import word_starts
from .sentences import automaton, folded, scan

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "agus": 8, "agust": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11, "desember": 12, "des": 12,
    # English forms appear in bilingual portals
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12, "aug": 8,
}
DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
        "sabtu": 5, "minggu": 6, "ahad": 6,
        "rabo": 2}     # the Javanese spelling, common in Javanese and Sasak outlets ("Rabo, 17/07")

def _fold(word: str) -> str:
    """A matched month or day name as its table key: the patterns match case-insensitively, so "Deſember" (long
    s) or a Kelvin-sign "K" match too; casefold and dropped accents give the table's spelling."""
    key = word.lower()
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _month(word: str) -> int:
    return MONTHS.get(word.lower()) or MONTHS.get(_fold(word), 0)


def _day(word: str) -> int | None:
    return DAYS.get(word.lower(), DAYS.get(_fold(word)))


_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_ALT = "|".join(re.escape(d) for d in sorted(DAYS, key=len, reverse=True))
_DAY = rf"(?:(?P<day>{_DAY_ALT})(?:\s+(?:pagi|siang|sore|malam))?\s*,?\s*(?:\(\s*)?)?"

# "Senin, 5 Agustus 2024", "5 Sept. 2024", "(5 Agustus 2024)"; "Senin, 22Mei 2023": the space after the day
# number dropped (a number glued to a month name and then a year is still that date)
_WRITTEN = re.compile(
    rf"\b{_DAY}(?P<d>[0-3]?\d)\s*(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d\d)\b\)?", re.I)
# "20 hingga 23 Februari 2024", "4-6 Maret 2024": a multi-day event happened from its first day
_RANGE = re.compile(
    rf"\b{_DAY}(?P<d1>[0-3]?\d)\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s*(?:(?:{_DAY_ALT})\W*)?"
    rf"(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d\d)\b\)?", re.I)
# "31 Juli – 4 Agustus 2023", "30 Desember 2023 hingga 2 Januari 2024": a range across months, from its first day
_RANGE_MONTHS = re.compile(
    rf"\b{_DAY}(?P<d1>[0-3]?\d)\s+(?P<m1>{_MONTH_ALT})\.?(?:\s+(?P<y1>(?:19|20)\d\d))?\s*"
    rf"(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s*(?:(?:{_DAY_ALT})\W*)?"
    rf"(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d\d)\b\)?", re.I)
# "pada 6 Januari lalu", "Rabu, 15 Januari": a written day and month without a year
_WRITTEN_PARTIAL = re.compile(rf"\b{_DAY}(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH_ALT})\b(?!\.?,?\s+\d)", re.I)
# "Rabu, (25/09/2024)", "Kamis (21/9/2023)", "5/9/2024", "05-09-2024", "Kamis (6/1)"
# a year typed with three digits ("3/11/025") drops a "2": 0xx is 20xx; a four-digit year may follow its slash
# after a stray space ("Jumat (17/03/ 2023)")
_NUMERIC = re.compile(
    rf"\b{_DAY}(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?:(?P=sep)(?:\s(?=(?:19|20)\d\d))?(?P<y>(?:19|20)?\d\d|0[0-4]\d))?"
    rf"(?![\d/])(?:\s?\))?",
    re.I)
# "Selasa dan Rabu (6–7/5/2025)", "3-5/6/2024": a numeric range of days in one month, from its first day
_NUMERIC_RANGE = re.compile(
    rf"\b{_DAY}(?<![\d/.-])(?P<d1>[0-3]?\d)\s*(?:-|–|—|hingga|sampai)\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/"
    rf"(?P<y>(?:19|20)\d\d)(?![\d/])(?:\s?\))?", re.I)
# "Senin (26/092022)": the slash before the year left out; only after a day name, where nothing else is written so
_NUMERIC_GLUED = re.compile(rf"\b(?P<day>{_DAY_ALT})\s*,?\s*\(?\s*(?P<d>[0-3]?\d)/(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?!\d)\s?\)?",
                            re.I)
# "20 Ferbruari 2025", "5 Agsutus 2024": a written date whose month name has a typo (see _typo_month)
# (tried at digit runs only, the day name before it left out of the span)
_WRITTEN_TYPO = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>[A-Za-z]{5,10})\.?,?\s+(?P<y>(?:19|20)\d\d)\b\)?")
# the Indonesian month names a typo is read against (full names of five letters or more)
_FULL_MONTHS = {k: v for k, v in MONTHS.items() if len(k) >= 5 and k not in
                ("january", "february", "march", "june", "july", "august", "october", "december")}
# "Senin lalu", "Rabu kemarin", "kemarin", "hari ini", "besok", "Minggu besok" (the coming Sunday)
_RELATIVE = re.compile(rf"\b(?:(?P<day>{_DAY_ALT})\s+(?:lalu|kemarin|kemarin lalu|besok)|(?P<word>kemarin|hari ini|besok))\b",
                       re.I)


# what may stand between a written date and a "kemarin" that only marks it as past: "Rabu(28/9/2022)kemarin"
_PAST_MARK_GAP = re.compile(r"[\s)]{0,3}")
# Every match of the regexes above starts at a digit-run or at a day name ("kemarin", "hari ini", "besok" for
# _RELATIVE).  They open with \b and are case-insensitive, so re cannot skip ahead to such starts and tries the
# _DAY alternation at every character: most of find_dates' time.  _starts lists the possible starts once per
# text and sentences.scan tries a regex only there — the same matches as finditer (same positions, in order,
# non-overlapping; \b and lookbehinds still see the text before the start).
_DIGIT_RUN = re.compile(r"\d+")
# the day names and _RELATIVE's words in one automaton (one pass, not a str.find pass per word), a day
# name's value its length, a relative word's its length negated
_DAY_OR_RELATIVE = automaton(DAYS)
for _word in ("kemarin", "hari ini", "besok"):
    _DAY_OR_RELATIVE.add_word(_word, -len(_word))
_DAY_OR_RELATIVE.make_automaton()
# the same words at word starts (every regex here opens with "\b"), found in the pass the article's word-start
# scans share (``word_starts``); "jum'at" is sought as the folded text writes it ("jum at")
word_starts.register("days", ((d, len(d)) for d in DAYS))
word_starts.register("days", ((w, -len(w)) for w in ("kemarin", "hari ini", "besok")))


def _starts(text: str) -> tuple[list[int], list[int], list[int]] | None:
    """Sorted possible starts of (the day-prefixed regexes, _RELATIVE, _WRITTEN_TYPO), or None: fall back
    to finditer."""
    low = folded(text)  # lower-cased once per article, shared with the events stage's scans
    if low is None:
        return None  # offsets in ``low`` would not be offsets in ``text``, or a day name could hide from find
    days: set[int] = set()
    relative: set[int] = set()
    if "\u212a" in text:           # (re.I and lower() read the Kelvin sign as "k", the folded text as a blank)
        for last, n in _DAY_OR_RELATIVE.iter(low):
            if n > 0:
                days.add(last - n + 1)
            else:
                relative.add(last + n + 1)
    else:
        for at, _, n in word_starts.hits(text, "days"):
            (days if n > 0 else relative).add(at)
    # without a day name a date opens with "[0-3]?\d" and no digit after it: a run of one or two digits
    runs = _short_digit_runs(text)
    return sorted(days.union(runs)), sorted(days.union(relative)), sorted(runs)


_ASCII = bytes(range(128))


def _short_digit_runs(text: str) -> list[int]:
    """Starts of the runs of one or two digits (``\\d``: any Unicode decimal) in ``text``, unordered.

    re walks a ``\\d+`` search character by character; str.find jumps (memchr) to each of the ten ASCII
    digits, and a digit starts a short run when the one before is no digit and not both after are.  Only
    when a non-ASCII character is a decimal (none left once ASCII bytes are deleted from the UTF-8) does
    ``\\d+`` find more than the ASCII digits: then re is used."""
    if not text.isascii() and any(c.isdecimal() for c in text.encode("utf-8", "surrogatepass")
                                  .translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        return [m.start() for m in _DIGIT_RUN.finditer(text) if m.end() - m.start() <= 2]
    digits: set[int] = set()
    for c in "0123456789":
        i = text.find(c)
        while i >= 0:
            digits.add(i)
            i = text.find(c, i + 1)
    return [p for p in digits if p - 1 not in digits and not (p + 1 in digits and p + 2 in digits)]


@dataclass(frozen=True, order=True)
class DateHit:
    start: int
    end: int
    iso: str | None
    kind: str  # "written", "numeric", "partial" (no year), "relative"


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


# a year the article names: alone ("tahun 2020"), in a period ("periode 2021-2026") or in a full date
_YEAR = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)")


_PAST_YEAR = re.compile(r"\s+(?:yang\s+)?lalu\b", re.I)


def _years_from_text(text: str, hits: list[DateHit], partial) -> list[DateHit]:
    """Without a publication date, "Kamis (6/2)" takes the one year the article names in which
    6 February is a Thursday ("… pada tahun 2020 ini"), else the one year next to a named one in
    which it is ("Pilkada 2024" in a report of Senin (20/11) 2023); a day and month without a day name then
    takes the year of the nearest such dated day ("pada 6 Januari lalu" after "Rabu (15/1)"), up to two
    months back, or without one, for a day said to be past, the year of the nearest full date written
    ("(5/6/20) … 27 Mei lalu").  A year said to be past ("sejak kebakaran 2016 lalu") is not one of
    the report's.  No single matching year → still None: never a guess."""
    # ("kebakaran 2016 lalu": a year gone by when the report was written, not the report's own)
    years = {int(m.group(0)) for m in _YEAR.finditer(text) if not _PAST_YEAR.match(text, m.end())}
    # a report names the years around its own: the budget year ahead, the election year ahead or just past
    near = {y + k for y in years for k in (-1, 1)} - years
    known: dict[int, str] = {}
    for s, _, m, d, day in partial:
        if day:
            for candidates in (years, near):
                fits = [y for y in candidates
                        if (iso := _iso(y, m, d)) and date.fromisoformat(iso).weekday() == _day(day)]
                if fits:
                    if len(fits) == 1:
                        known[s] = _iso(fits[0], m, d)
                    break
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


def resolve_relative(phrase: str, ref: date | None) -> str | None:
    """"kemarin" → ref − 1 day, "Senin lalu" → the last Monday before ref, "Minggu besok" → the next Sunday."""
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
    if day in DAYS and p.endswith("besok"):
        ahead = (DAYS[day] - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=ahead)).isoformat()     # "Minggu besok": the coming Sunday
    if day in DAYS:
        back = (ref.weekday() - DAYS[day]) % 7 or 7
        return (ref - timedelta(days=back)).isoformat()
    return None


def parse_date(text: str, published: str | None = None) -> str | None:
    """The first resolvable date in ``text`` as ISO, or None."""
    for hit in find_dates(text, published):
        if hit.iso:
            return hit.iso
    return None


__all__ = ["DateHit", "find_dates", "parse_date", "resolve_relative", "MONTHS", "DAYS"]
