"""The words and patterns of Indonesian dates, and where in a text a match of them may start.

``dates.find_dates`` reads every date of an article with these: the month and day names (also read by
the title and series grammars), the regexes of each written form ("Senin, 5 Agustus 2024", "Kamis
(21/9/2023)", "20 hingga 23 Februari 2024", "kemarin"), and ``_starts``, the few offsets where one can
open, so that each regex is tried there alone.  Kept apart from the scan that applies them and from
the calendar arithmetic that turns a match into a day (``date_calendar``).
"""
from __future__ import annotations

import re
import unicodedata

from . import word_starts
from .sentences import automaton, folded

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
# "Senin lalu", "Rabu kemarin", "kemarin", "hari ini", "besok", "Minggu besok" (the coming Sunday), "Kamis depan"
# (the coming Thursday: a day fixed for a happening still to come); not "Minggu depan", which news writes for "next
# week" far more often than for a Sunday
_RELATIVE = re.compile(rf"\b(?:(?P<day>{_DAY_ALT})\s+(?:lalu|kemarin|kemarin lalu|besok)|(?!minggu\b)(?P<ahead>{_DAY_ALT})\s+depan|"
                       rf"(?P<word>kemarin|hari ini|besok))\b", re.I)


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
