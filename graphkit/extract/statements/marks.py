"""Where the quotations of a text are: its quote marks paired, paragraph by paragraph.

Shared by the statements stage and the events stage (which must not read event triggers out of quoted
speech).  Marks are paired by their glyph first; a closer followed by an attribution closes a quote whose
opener was left out, a quote runs on over paragraphs, and a paragraph whose two marks the glyphs leave
unpaired is read by where the marks stand.  Which quotes are speech, and who said them, is decided in
``quotes`` and ``attribution``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .attribution import Quote, paragraphs
from ..text.sentences import find_all
from .speech_verbs import VERB_ALT

OPENERS = "“„«\""
CLOSERS = "”»\""

# a closing mark followed by an attribution verb ("…,”ujar X", "…,” katanya"): a closer even with no opener
CLOSER_VERB = re.compile(rf"[ \t,]*(?:{VERB_ALT})(?:nya)?\b", re.I)

# every character _pairs and _continuation_close act on; all others they pass over
_MARKS = "".join(sorted(set(OPENERS + CLOSERS + "“”")))


def _pairs(text: str, marks: list[int], start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quote pairs (open index, close index) in one paragraph, and a dangling opener.

    Only quote marks change the state, so the loop visits them alone (``marks``: every quote mark of
    the text, found once by str.find), not every character.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in marks[bisect_left(marks, start):bisect_left(marks, end)]:
        ch = text[i]
        if open_at is None:
            if ch == '"' and i > start and text[i - 1].isalnum():
                continue  # 32" (inches) or a closer without an opener: not an opening mark
            if ch in "”\"" and not pairs and i > start + 20 and text[i - 1] in ",.!?" \
                    and CLOSER_VERB.match(text, i + 1, end):
                # "Hal ini …,”ujar X": the opener was left out; the quote runs from the paragraph's start, or
                # from its last sentence when the paragraph opens on narration ("X juga mengatakan bahwa … .")
                pairs.append((_unopened_start(text, start, i), i + 1))
                continue
            if ch in OPENERS or (ch == "”" and (i == start or not text[i - 1].isalnum())
                                 and i + 1 < end and text[i + 1].isalnum()):
                open_at = i
        elif ch in CLOSERS or (ch == "“" and text[open_at] == "“" and i + 1 < end and not text[i + 1].isalnum()):
            pairs.append((open_at, i + 1))
            open_at = None
        elif ch == "“" and text[open_at] in "“”":
            open_at = i  # a new opener without a close: the earlier one was a stray mark
    return pairs, open_at


_NARRATION = re.compile(r"\b(?:bahwa|mengatakan|menjelaskan|menyampaikan|menegaskan|menambahkan|mengungkapkan|"
                        r"berharap|mengharapkan|meminta|mengajak|mengimbau)\b", re.I)
# (a full stop glued to the next sentence's first word ends a sentence too: "… Provinsi Lampung.Dengan pakaian …")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,})")


def _unopened_start(text: str, start: int, close: int) -> int:
    """Where a quote whose opening mark was left out begins, as an opener index (the character before): past
    the paragraph's opening sentence when that one is narration ("X juga berharap … . <quote>,”imbuhnya")."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, start, close)]
    if breaks and _NARRATION.search(text, start, breaks[0]):
        return breaks[0] - 1
    return start - 1


def _continuation_close(text: str, marks: list[int], lead: int, end: int) -> int | None:
    """Where a paragraph closes a quote opened in an earlier one, if it does.

    The paragraph must not open with a quote mark, and its first quote mark must
    be shaped like a closer: glued to the preceding word, followed by a space,
    punctuation or the end of the line.
    """
    if lead < end and text[lead] in OPENERS + "”":
        return None
    k = bisect_left(marks, lead)
    if k == len(marks) or marks[k] >= end:
        return None
    i = marks[k]
    glued = i > lead and not text[i - 1].isspace()
    after = text[i + 1] if i + 1 < end else " "
    return i if text[i] in CLOSERS and glued and (after.isspace() or after in ",.;") else None


# after the second of two marks: an attribution, or nothing but the paragraph's last stop
_ENDS_PARAGRAPH = re.compile(r"[ \t]*[.!?]?[ \t]*$")


def _two_marks(text: str, marks: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The quote of a paragraph holding exactly two marks that the glyphs leave unpaired, as (open, close).

    Some outlets type the closing glyph to open ("” Kami …, ” kata X"), the opening glyph to close ("“…
    pedesaan “kata X") or both reversed ("X ,” Kami … . “."): the glyph says nothing there, where it
    stands does.  The first mark opens when it begins the paragraph or follows a blank or a comma and a
    word follows it; the second closes when an attribution follows it or it ends the paragraph.
    """
    k = bisect_left(marks, start)
    if k + 1 >= len(marks) or marks[k + 1] >= end or (k + 2 < len(marks) and marks[k + 2] < end):
        return None
    i, j = marks[k], marks[k + 1]
    lead = text[start:i]
    if lead.strip() and text[i - 1] not in " \t,:":
        return None
    if not (text[i + 1:i + 2].isalnum() or text[i + 1:i + 2] in " \t" and text[i + 2:i + 3].isalnum()):
        return None
    if j - i < 12 or not (CLOSER_VERB.match(text, j + 1, end) or _ENDS_PARAGRAPH.match(text, j + 1, end)):
        return None
    return i, j + 1


def find_quotes(text: str) -> list[Quote]:
    """Every quoted span, joining a quote continued over paragraphs (a new list on every call)."""
    return list(_find_quotes(text))


# two single curly marks typed for a double one: "‘’Hari ini …,’’ujar Bupati" (the second mark of the two opens or
# closes the quote; the first becomes a space, so every offset stays the same)
_DOUBLED_SINGLE = re.compile(r"[‘’]{2}")


def _doubled_singles(text: str) -> str:
    """``text`` with each doubled single mark read as a double one: an opener before a word, else a closer."""
    return _DOUBLED_SINGLE.sub(lambda m: " “" if m.end() < len(text) and text[m.end()].isalnum()
                               and (m.start() == 0 or not text[m.start() - 1].isalnum()
                                    and text[m.start() - 1] not in ",.!?") else " ”", text)


@lru_cache(maxsize=2)
def _find_quotes(text: str) -> tuple[Quote, ...]:
    """find_quotes, kept for the last texts: the events stage and the quote stage both ask for one article's."""
    if "‘’" in text or "’’" in text or "‘‘" in text:
        text = _doubled_singles(text)
    quotes: list[Quote] = []
    paras = paragraphs(text)
    marks = find_all(text, _MARKS)
    carry: tuple[int, list[str]] | None = None  # (start, text pieces) of a quote still open
    for idx, (ps, pe) in enumerate(paras):
        lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
        close = _continuation_close(text, marks, lead, pe) if carry is not None else None
        if close is not None and carry is not None:
            # "… keras.\nJangan … baik," lanjutnya. — the quote ends inside this paragraph
            cstart, pieces = carry
            pieces.append(text[lead:close])
            quotes.append(Quote(cstart, close + 1, " ".join(p.strip() for p in pieces), idx, True))
            carry = None
            ps = close + 1
        pairs, dangling = _pairs(text, marks, ps, pe)
        if carry is None and not pairs and (two := _two_marks(text, marks, ps, pe)) is not None:
            pairs, dangling = [two], None
        if carry is not None:
            cstart, pieces = carry
            if pairs and pairs[0][0] == lead:
                # the continuation paragraph: its first closed pair ends the quote
                o, c = pairs.pop(0)
                pieces.append(text[o + 1:c - 1])
                quotes.append(Quote(cstart, c, " ".join(p.strip() for p in pieces), idx, True))
                carry = None
            elif dangling == lead and not pairs:
                pieces.append(text[lead + 1:pe])
                continue
            else:
                quotes.append(Quote(cstart, paras[idx - 1][1], " ".join(p.strip() for p in pieces), idx - 1))
                carry = None
        for o, c in pairs:
            quotes.append(Quote(o, c, text[o + 1:c - 1].strip(), idx))
        if dangling is not None:
            carry = (dangling, [text[dangling + 1:pe]])
    if carry is not None:
        cstart, pieces = carry
        quotes.append(Quote(cstart, paras[-1][1], " ".join(p.strip() for p in pieces), len(paras) - 1))
    return tuple(_cut_unclosed(text, q) for q in quotes)


# an unclosed quote that ends with its own attribution: "“Kami mohon …, pinta Bupati."
_INNER_ATTRIBUTION = re.compile(rf",\s+(?:{VERB_ALT})(?:nya)?\b[^,“”\"\n]{{0,70}}$")


def _cut_unclosed(text: str, q: Quote) -> Quote:
    if text[q.end - 1] in CLOSERS:
        return q
    m = _INNER_ATTRIBUTION.search(text, max(q.start, q.end - 120), q.end)
    if m is None:
        return q
    end = m.start() + 1
    tail = text[end:q.end].rstrip()
    return Quote(q.start, end, q.text[:len(q.text) - len(tail)].rstrip(), q.paragraph, q.continues)


__all__ = ["CLOSERS", "CLOSER_VERB", "OPENERS", "find_quotes"]
