"""The words of speech and the spans they are read against: verbs of saying, and names right before them.

Shared by ``speakers`` (who speaks, who spoke last) and ``speaker_names`` (speakers the entities stage
did not list), which both read "X mengatakan" and "…,” kata X"; kept in their own module so that those
two import it and not each other.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Protocol

from ..text import word_starts


class Span(Protocol):
    """Anything with character offsets: a quotation (quotes.Quote) here."""

    start: int
    end: int


ATTR_VERBS = (
    "kata ujar ungkap ucap tegas jelas tutur terang pungkas harap papar tambah imbuh beber tutup lanjut aku "
    "sambung tandas sebut tukas jawab urai ajak pesan puji usul pinta seru kenang akui nilai sahut timpal "
    "cetus kilah bilang katakan tanya tulis sindir ingat jelaskan tuturkan ungkapkan tegaskan sampaikan "
    "paparkan terangkan tambahkan singkat"
).split()
ME_VERBS = (
    "mengatakan menyampaikan menegaskan menjelaskan mengungkapkan menuturkan menambahkan menyatakan "
    "mengajak mengimbau menghimbau meminta berharap menilai menyebut menyebutkan memaparkan menerangkan "
    "mengingatkan berpesan menekankan mengaku mengakui menandaskan menanggapi menjawab bertanya berujar "
    "berkata mengemukakan melanjutkan menutup mengapresiasi menginstruksikan mengharapkan membeberkan "
    "mengucapkan memberikan menuturkan mengutarakan menceritakan menerangkan menyarankan mengusulkan menyoroti "
    "berpendapat memastikan mengklaim membantah memungkasi mengakhiri"
).split()
VERB_ALT = "|".join(sorted(ATTR_VERBS, key=len, reverse=True))


def _by_first_letter(words: list[str]) -> str:
    """``w1|w2|…`` as ``m(?:…)|b(?:…)|…``: for whole words (a \\b follows) the same matches, but re tries a
    few letters at each word instead of some sixty verbs."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


# "Budi Santoso juga mengatakan": up to four capitalised words or initials, the last a word.  Written
# as "(?<![\w.])((?:(?:[A-Z][a-z]+|[A-Z]\.)\s*){0,3}[A-Z][a-z]+)\s+" with the first capital taken out
# of the repetition (so re skips to capitals) and possessive runs: giving back a letter or a space
# could never let the match go on, since a capital, a space or a lower-case verb must follow.
_NAME_THEN_VERB = re.compile(rf"[A-Z](?<![\w.][A-Z])(?:(?:[a-z]++|\.)\s*+(?:(?:[A-Z][a-z]++|[A-Z]\.)\s*+){{0,2}}"
                             rf"[A-Z][a-z]++|[a-z]++)\s++(?:juga\s+|pun\s+)?(?:{'|'.join(ME_VERBS)})\b")
# the verbs at word starts, found in the pass the article's word-start scans share (``word_starts``, case
# folded: each is checked as written); only a verb with a blank before it is read below
word_starts.register("speech verbs", ((v, v) for v in ME_VERBS))
# read on the reversed text from just before a verb: what a _NAME_THEN_VERB match must end with, a
# capitalised word ("[A-Z][a-z]++"), spaces and maybe "juga" or "pun"
_NAME_JUST_BACK = re.compile(r"(?:\s+aguj|\s+nup)?\s+[a-z]+[A-Z]")
# read on the reversed text from just before a verb: back to the fourth capital of the letters, periods
# and spaces before it (a _NAME_THEN_VERB match holds at most four capitals and only those characters)
_FOUR_CAPITALS_BACK = re.compile(r"(?:[a-z.\s]*+[A-Z]){1,4}")


def names_before_verbs(text: str) -> list[int]:
    """Where the _NAME_THEN_VERB matches start, as its finditer finds them.

    Trying the pattern at every capital of the text costs more than finding the few verbs (one
    automaton pass) and trying it only in the window each could close: from the fourth capital back to
    just after the verb.  The same matches: each ends at the one verb its name is followed by, inside
    that verb's window; windows are read in order from the end of the last match, and a window's end
    (a character past the longest verb there) leaves the closing \\b its true neighbour.
    """
    ends: dict[int, int] = {}   # verb start -> end of the longest verb there, plus the character after it
    for at, end, verb in word_starts.hits(text, "speech verbs"):
        if text.startswith(verb, at):
            ends[at] = max(ends.get(at, 0), end + 1)
    out: list[int] = []
    pos, n, rev = 0, len(text), ""
    for v in sorted(ends):
        if v < pos or not text[v - 1:v].isspace():
            continue  # inside the last match, or a verb glued to the word before it
        rev = rev or text[::-1]
        if not _NAME_JUST_BACK.match(rev, n - v):
            continue  # no match can end at this verb (half the verbs follow a lower-case word)
        back = _FOUR_CAPITALS_BACK.match(rev, n - v)
        if back is None:
            continue
        for m in _NAME_THEN_VERB.finditer(text, max(pos, v - (back.end() - (n - v))), min(n, ends[v])):
            out.append(m.start())
            pos = m.end()
    return out


class SpanIndex:
    """Spans (quotes, mentions) sorted by start, with the running maximum of their ends: "does a span
    start at or before x and end after y" is one bisection, not a pass over every span for every
    mention or attribution spot.  Exact for any spans, overlapping or not."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def any(self, x: int, y: int) -> bool:
        """Whether some span has start <= x and end > y."""
        i = bisect_right(self.starts, x)
        return i > 0 and self.reach[i - 1] > y
