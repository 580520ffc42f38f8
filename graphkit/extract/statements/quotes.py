"""Direct quotations: which are speech, and their Statement nodes.

Where the quotes are is read in ``marks`` (``find_quotes``, shared with the
events stage, which must not read event triggers out of quoted speech).  Scare quotes ("Jember Sehat")
and quoted documents ("Pasal 10 berbunyi: …") are not statements.  Who said
each quote is decided in ``attribution``; a quote whose speaker the article
does not name gets a Statement without a STATED edge.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from .attribution import Quote, attribute
from ..context import ArticleContext
from ..text.sentences import may_occur
from ..events.speech_presence import speakers_attend
from .marks import CLOSER_VERB, find_quotes
from .speakers import VERB_ALT, Speakers
from .topics import topic_name, topics_of

_WORD = re.compile(r"\w+")
# sixteen _WORD runs or more: one match, each run and gap taken whole (possessive, so no backtracking)
_SIXTEEN_WORDS = re.compile(r"\W*+(?:\w++\W*+){16}")
# a quoted document, not speech: "Pasal 10 berbunyi: “…”"
_DOCUMENT = re.compile(r"\b(?:berbunyi|bunyinya|tertulis|bertuliskan|bertajuk|berjudul|bertema|tema|tagline|slogan|"
                       r"motto|judul)[ \t]*[:,]?[ \t]*$", re.I)

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


def _credited(text: str, q: Quote) -> bool:
    """A quote too short or too capitalised for ``is_statement`` that is still speech: its words end on the
    speaker's own stop inside the marks and an attribution verb follows ("“Masih di kantor,” ucapnya"). Titles,
    slogans and names in marks end on a word and are not followed by a verb of saying."""
    inner = q.text.rstrip()
    return inner[-1:] in ",.!?" and len(_WORD.findall(inner)) >= 2 and CLOSER_VERB.match(text, q.end) is not None


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
        if not (is_statement(q) or (i in split and speaker) or _credited(text, q)):
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
