"""Direct quotations: where they are, which are speech, and their Statement nodes.

Quote finding (``find_quotes``) is shared with the events stage, which must
not read event triggers out of quoted speech.  Scare quotes ("Jember Sehat")
and quoted documents ("Pasal 10 berbunyi: …") are not statements.  Who said
each quote is decided in ``attribution``; a quote whose speaker the article
does not name gets a Statement without a STATED edge.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .attribution import Quote, attribute, paragraphs
from ..context import ArticleContext
from ..text.sentences import find_all, may_occur
from ..events.speech_presence import speakers_attend
from .speakers import VERB_ALT, Speakers
from .topics import topic_name, topics_of

OPENERS = "“„«\""
CLOSERS = "”»\""

_WORD = re.compile(r"\w+")
# sixteen _WORD runs or more: one match, each run and gap taken whole (possessive, so no backtracking)
_SIXTEEN_WORDS = re.compile(r"\W*+(?:\w++\W*+){16}")
# a quoted document, not speech: "Pasal 10 berbunyi: “…”"
_DOCUMENT = re.compile(r"\b(?:berbunyi|bunyinya|tertulis|bertuliskan|bertajuk|berjudul|bertema|tema|tagline|slogan|"
                       r"motto|judul)[ \t]*[:,]?[ \t]*$", re.I)

# a closing mark followed by an attribution verb ("…,”ujar X", "…,” katanya"): a closer even with no opener
_CLOSER_VERB = re.compile(rf"[ \t,]*(?:{VERB_ALT})(?:nya)?\b", re.I)
# a slogan, a theme or a document named right after the quote: "“…”. Sebuah tema yang …", "bunyi surat itu"
_NAMED_AFTER = re.compile(r"[\s.,]*(?:(?:sebuah|itulah|begitulah|demikian|lanjut)\s+)?(?:tema|slogan|motto|moto|"
                          r"semboyan|jargon|tagline|yel-yel|bunyi)\b", re.I)
# chanted or written words, not speech: "meneriakkan “…”", "spanduk bertuliskan “…”"
_CHANTED = re.compile(r"\b(?:meneriakkan|meneriakan|menyanyikan|yel-yel|jargon|semboyan|tagar|bertagar|spanduk|"
                      r"poster|baliho)\b[^.“”\"\n]{0,30}$", re.I)
# Every _DOCUMENT and every _CHANTED match holds one of these (case folded): most quotes have none before them,
# and are spared those patterns' search from every position of the 40-60 characters before them.
_DOCUMENT_WORDS = ("bunyi", "tulis", "tajuk", "judul", "tema", "tagline", "slogan", "motto")
_CHANTED_WORDS = ("eriak", "nyanyi", "yel-yel", "jargon", "semboyan", "tagar", "spanduk", "poster", "baliho")

MIN_WORDS = 4
_FUNCTION_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atau", "dengan", "pada", "dalam", "the", "of", "and"}


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
                    and _CLOSER_VERB.match(text, i + 1, end):
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
    if j - i < 12 or not (_CLOSER_VERB.match(text, j + 1, end) or _ENDS_PARAGRAPH.match(text, j + 1, end)):
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


def is_statement(q: Quote) -> bool:
    """Direct speech, not a scare quote or a programme name."""
    if _SIXTEEN_WORDS.match(q.text):
        return True  # more than 15 words (most quotes): too long for a slogan, and not worth listing
    words = _WORD.findall(q.text)
    if len(words) < MIN_WORDS:
        return False
    if len(words) > 15:
        return True  # too long for a slogan: the capital-word count below is not needed
    content = [w for w in words[1:] if w.isalpha() and w.lower() not in _FUNCTION_WORDS]
    capital = [w for w in content if w[:1].isupper()]
    if content and len(capital) >= 0.75 * len(content):
        return False  # "Gerakan Bersih Desa Sehat Sejahtera", a headline or a slogan: not speech
    return True


# between the halves of a split quote: '“Sebagai konsekuensinya,” tutur Lim, “kita …”'
_SPLIT_BY = re.compile(rf"[ \t]*,?[ \t]*(?:{VERB_ALT})(?:nya)?\b[^“”\"\n.]{{0,60}}?[,:]?[ \t]*$", re.I)


def _split_halves(text: str, quotes: list[Quote]) -> set[int]:
    """Indices of the quotes that are halves of one quotation split by its attribution (GUIDELINES: two
    statements, however short the first half)."""
    out: set[int] = set()
    for i in range(len(quotes) - 1):
        a, b = quotes[i], quotes[i + 1]
        if 0 <= b.start - a.end <= 70 and a.text.rstrip().endswith(",") and _SPLIT_BY.match(text, a.end, b.start):
            out.update((i, i + 1))
    return out


def normalise(text: str) -> str:
    """NFKC, whitespace runs as one space, trimmed, lower case.  str.split and re's \\s both split at
    str.isspace characters, so the join is ``re.sub(r"\\s+", " ", text).strip()`` at a third of its cost."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


def statement_id(speaker: str | None, text: str) -> str:
    digest = hashlib.sha1(f"{speaker or ''}\x1f{normalise(text)}".encode("utf-8")).hexdigest()[:16]
    return f"statement:{digest}"



def _main_event(ctx: ArticleContext) -> tuple[str, str | None] | None:
    events = [n for n in ctx.graph.nodes.values() if n.label == "Event"]
    if not events:
        return None

    def first(n):
        ev = n.properties.get("evidence") or [{}]
        return (min(e.get("start", 0) for e in ev), n.id)

    main = min(events, key=first)
    return main.id, main.properties.get("date")


def extract_statements(ctx: ArticleContext) -> None:
    """Add Statement and Topic nodes and STATED, ABOUT, DURING edges."""
    text = ctx.text
    title_end = len(ctx.article.title) if ctx.article.title and text.startswith(ctx.article.title) else 0
    quotes = [q for q in find_quotes(text)
              if q.start >= title_end and not ctx.in_boilerplate(q.start, q.end)]
    speakers = Speakers(ctx, quotes)
    who = attribute(ctx, quotes, speakers)
    main = _main_event(ctx)
    when = (main[1] if main and main[1] else None) or ctx.published
    spoke: list[tuple[str, int, int]] = []
    split = _split_halves(text, quotes)
    for i, (q, speaker) in enumerate(zip(quotes, who)):
        if not (is_statement(q) or (i in split and speaker)):
            continue
        if may_occur(text, _DOCUMENT_WORDS, max(0, q.start - 40), q.start) \
                and _DOCUMENT.search(text[max(0, q.start - 40):q.start]) \
                or may_occur(text, _CHANTED_WORDS, max(0, q.start - 60), q.start) \
                and _CHANTED.search(text, max(0, q.start - 60), q.start) \
                or _NAMED_AFTER.match(text, q.end, min(len(text), q.end + 40)):
            continue
        sid = statement_id(speaker, q.text)
        topics = topics_of(q.text)
        ctx.node(sid, "Statement", q.start, q.end, text=q.text, date=when, topics=topics or None)
        if speaker:
            ctx.edge("STATED", speaker, sid, q.start, q.end)
        if main:
            ctx.edge("DURING", sid, main[0], q.start, q.end)
            if speaker:
                spoke.append((speaker, q.start, q.end))
        for slug in topics:
            ctx.node(f"topic:{slug}", "Topic", name=topic_name(slug))
            ctx.edge("ABOUT", sid, f"topic:{slug}")
    if main and not main[0].startswith("event:pemungutan_suara:"):   # talking of voting day is not being at it
        speakers_attend(ctx, main[0], spoke)


__all__ = ["Quote", "find_quotes", "is_statement", "statement_id", "attribute", "extract_statements"]
