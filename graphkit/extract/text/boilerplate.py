"""Recognise boilerplate (ads, related-article lists, photo credits, bylines,
share widgets) as character spans, without changing the text.

Extractors skip facts inside these spans; offsets keep indexing the article
text exactly as read.  These shapes occur in Indonesian news pages:

* whole lines: "BACA JUGA: ...", "Foto: ...", "Editor: ...", "Oleh MC KOTA ...";
* blocks: a list's label alone on its line ("Berita Terkait", "Baca Juga", "Bacaan Lainnya", "Tags"),
  followed by the short lines of the list, until a paragraph of the report (a sentence of eight words or
  more, or a body-length line): a block that ran on past it dropped the report's next paragraphs;
* headlines of other stories listed after the report's last sentence with no label: title-cased lines
  without a stop (``page_lines.headline_shape``), and the dates and bylines between them;
* inline credits: "Foto:Kholid/Sumateraekspres--" or "(Sumber Foto: Ilham/BETV)"
  inside a caption line, and the reporter's initials closing the body:
  "...mereka.(DEWI)", "(MC. Kota Palangka Raya/Nitra/ndk/eyv)", a line "(Ilham)";
* a related article's headline in brackets inside a paragraph: "(Baca juga: Bupati X Lantik …)", which
  outlets paste between two sentences of the body.
"""
from __future__ import annotations

import bisect
import re

from ...page_lines import HEADLINE, LINE_STARTS, LIST_LABEL, PROSE, boilerplate_line_lowered, headline_shape
from .sentences import folded

_BLOCK_HEAD = re.compile(r"^\s*(?:" + LIST_LABEL + r")\s*[:：]?\s*$", re.I)
_BLOCK_LINE_MAX = 160
# a line that ends a sentence: a stop, or a quote closing on one; a related-article block never runs past such a
# line of eight words or more (a paragraph of the report)
_SENTENCE_END = ('.', '!', '?', '."', '.”', '!"', '!”', '?"', '?”', ".'", ".’")
_INLINE = re.compile(r"\(?\s*(?:sumber\s+)?foto\s*[:：][^\n]*|"
                     r"(?<=[.”\"!?])\s*\([^()\n]{2,60}\)[ \t]*$|"
                     r"^[ \t]*\([^()\n]{2,60}\)[ \t]*$", re.I | re.M)
# _INLINE without its "foto" alternative: the same matches wherever "foto" does not occur (most articles), faster.
_INLINE_NO_PHOTO = re.compile(r"(?<=[.”\"!?])\s*\([^()\n]{2,60}\)[ \t]*$|"
                              r"^[ \t]*\([^()\n]{2,60}\)[ \t]*$", re.I | re.M)
# the "(…)" at a line end that every _INLINE_NO_PHOTO match contains; found by a fast scan for "(", it
# spares that lookbehind-led pattern (tried at every character) the ~90% of articles without one
_CREDIT_AT_LINE_END = re.compile(r"\([^()\n]{2,60}\)[ \t]*$", re.I | re.M)
# "… di Halaman Kantor Gubernur. (Jumat, 25 April 2025)": a bracketed date closing a paragraph dates the report;
# it is no credit
_BRACKETED_DATE = re.compile(r"\(\s*(?:[A-Za-z']{4,7}\s*,?\s*)?\d{1,2}(?:\s+[A-Za-z]{3,9}\.?\s+|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)"
                             r"\d{2,4}\s*\)")
# "(Baca juga: …)" / "(baca selengkapnya …)" between two sentences: a bracket, the cue, then the headline
_BRACKETED_RELATED = re.compile(r"\(\s*(?:baca|simak|lihat)\s+(?:juga|selengkapnya)\b[^()\n]{0,200}\)", re.I)
_TRAILING_CREDIT = re.compile(r"\((?:[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})*)\)\s*$|\(\s*(?:ed|red|adv)\s*[:.][^)]*\)\s*$",
                              re.M)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of boilerplate lines, related-article blocks and credits like '(DEWI)'.

    Each line is lower-cased once for both tests: every _BLOCK_HEAD word is one of LINE_STARTS, so a line
    that opens with none of them (lower-cased, blanks aside) is no block heading, unless the text holds one
    of the letters re.I folds onto ASCII ones that lower() does not ("İ", "ı", "ſ").  A blank line is neither
    heading nor boilerplate line, and only continues a block."""
    spans: list[tuple[int, int]] = []
    pos = 0
    in_block = False
    folds = "\u0130" in text or "\u0131" in text or "\u017f" in text
    # each line's lower case cut from the article's (``folded``, kept for the other scans): the same letters, as
    # a line ends at a line break, which no letter's case reads past; lower-cased line by line without it
    whole = folded(text)
    rows: list[tuple[int, int, int]] = []      # (start, end, kind) of each line with words: see _headline_runs
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            if in_block:
                spans.append((pos, pos + len(body)))
            pos += len(line)
            continue
        ends = stripped.endswith(_SENTENCE_END) or stripped[-1] in ")]" and _credit_closes(stripped)
        if in_block and (ends and stripped.count(" ") >= 7 or len(stripped) >= _BLOCK_LINE_MAX):
            in_block = False
        low = body.lower() if whole is None else whole[pos:pos + len(body)]
        opens = low.lstrip().startswith(LINE_STARTS)
        if (opens or folds) and _BLOCK_HEAD.match(body):
            in_block = True
        if in_block or boilerplate_line_lowered(body, low, opens):
            spans.append((pos, pos + len(body)))
            rows.append((pos, pos + len(body), _FURNITURE))
        else:
            rows.append((pos, pos + len(body), _SENTENCE if ends else _OTHER))
        pos += len(line)
    spans += _headline_runs(text, rows)
    low = text.lower() if whole is None else whole
    inline = _INLINE if "foto" in low else _INLINE_NO_PHOTO if _CREDIT_AT_LINE_END.search(text) else None
    related = (_BRACKETED_RELATED.finditer(text)
               if "(" in text and ("baca" in low or "simak" in low or "lihat" in low) else ())
    for m in [*_TRAILING_CREDIT.finditer(text), *(_inline_credits(text, inline) if inline else ()), *related]:
        if m.end() > m.start() and not _BRACKETED_DATE.fullmatch(m.group().strip()):
            spans.append((m.start(), m.end()))
    return _merge(sorted(spans))


_FURNITURE, _SENTENCE, _OTHER = 0, 1, 2


def _credit_closes(line: str) -> bool:
    """Whether a line ending in a bracket is a sentence closed by a credit: "… berjalan lancar. (MC/ndk)"."""
    cut = line.rfind("[" if line[-1] == "]" else "(")
    return cut > 0 and line[:cut].rstrip().endswith(_SENTENCE_END)


def _headline_runs(text: str, rows: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Headlines of other stories listed after the report's last sentence: the headline-shaped lines that
    follow it, with the dates, credits and bylines between them, when no sentence of the report comes after.

    Only after the last sentence: between two paragraphs a title-cased line is as often the report's own
    heading of a part, or a caption, as another story's headline (those outlets mark with a label, "Baca
    juga", that ``_LINE`` and ``_BLOCK_HEAD`` read).  The report's own headline is its first line that is no
    furniture, never taken.  Prose without a stop (a last paragraph that lost its full stop, a quote closed
    by "katanya", a line that announces a list: "Turut hadir antara lain:") ends the report later than it
    seemed: the headline-shaped lines before it, and those after it until a sentence or furniture (a heading
    of the body, a list of people), are the report's."""
    out: list[tuple[int, int]] = []
    titled = False              # the report's headline (its first line that is no furniture) has been read
    after_body = False          # the last line with words ended a sentence of the report or was furniture
    for start, end, kind in rows:
        if not titled or kind != _OTHER:
            after_body = titled or kind == _SENTENCE
            titled = titled or kind != _FURNITURE
            if kind == _SENTENCE:
                out.clear()
            continue
        shape = headline_shape(text[start:end])
        if shape == HEADLINE and after_body:
            out.append((start, end))
        elif shape == PROSE:
            after_body = False
            out.clear()
    return out


def _inline_credits(text: str, rx: re.Pattern) -> list[re.Match]:
    """``rx.finditer(text)`` for ``_INLINE`` / ``_INLINE_NO_PHOTO``, with re started only where a match may begin.

    Every match holds a "foto" or a bracketed credit closing its line, and begins at most a few characters
    before it (a bracket, blanks, "sumber"); elsewhere the lookbehind-led alternatives are tried in vain at
    every character.  Searching from the first such place at or after the last match gives the same matches."""
    low = folded(text)
    low = text.lower() if low is None else low
    if len(low) != len(text):          # a case mapping changed lengths: "foto" offsets would not be the text's
        return list(rx.finditer(text))
    regions = [(_blanks_before(text, m.start()), m.start()) for m in _CREDIT_AT_LINE_END.finditer(text)]
    if rx is _INLINE:
        at = low.find("foto")
        while at >= 0:                 # "(Sumber  Foto:": a bracket, blanks, "sumber", blanks before it
            regions.append((max(0, _blanks_before(text, max(0, _blanks_before(text, at) - 6)) - 1), at))
            at = low.find("foto", at + 1)
    regions.sort()
    found: list[re.Match] = []
    pos = i = 0
    while i < len(regions):
        first, last = regions[i]
        if last < pos:                 # every place this region allows lies before the last match's end
            i += 1
            continue
        m = rx.search(text, max(pos, first))
        if m is None:
            break
        found.append(m)                # (it may belong to a later region: this one is looked at again)
        pos = m.end()
    return found


def _blanks_before(text: str, pos: int) -> int:
    """Where the run of whitespace ending at ``pos`` begins."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_INF = float("inf")


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one span (spans sorted and disjoint)."""
    i = bisect.bisect_right(spans, (start, _INF)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]
