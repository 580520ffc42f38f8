"""Who said each quotation: the clause after it, the clause before it, its paragraph.

Indonesian news quotes people in a few fixed shapes, and this module reads
exactly those shapes rather than guessing:

* after the quote: ``“…,” kata X`` / ``ujar X`` / ``tegas Pj Bupati Jember``
  (an attribution verb then a person or title mention in the same clause);
* before the quote: ``X mengatakan, “…”``, ``Menurut X, “…”``,
  ``X juga menegaskan: “…”`` (a mention in the clause that opens the quote);
* pronoun follow-ups: ``imbuhnya``, ``katanya``, ``ia menambahkan`` → the
  subject of the narrative that opens the quote's paragraph, else the most
  recent speaker (the last attributed speaker or the last person seen
  speaking in indirect speech, "X menjelaskan, …");
* a quote after narrative in its own paragraph ("Direktur X menambahkan … .
  “…”", "Dia berharap … . “…”") → that paragraph's subject, not a later
  object ("X meminta dukungan senator Y");
* a quote that continues an attributed one (“A,” kata X. “B.”, or the next
  paragraph of a quote) keeps its speaker.

A quote whose clause names nobody ("seorang peserta menyatakan, “…”") gets
no speaker, and no speaker is guessed across paragraphs without a pronoun or
continuation cue: an unattributed quote is a fact, a guessed speaker is not.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..context import ArticleContext, Mention
from .speakers import ME_VERBS, VERB_ALT, Speakers


@dataclass(frozen=True)
class Quote:
    """One quotation: ``start``/``end`` include the quote marks, ``text`` does not."""

    start: int
    end: int
    text: str
    paragraph: int           # index of the paragraph the quote opens in
    continues: bool = False  # opens a paragraph that continues the previous quote


# clause right after a closing quote: ", kata X" / "ujarnya" / "kata dia" / "demikian disampaikan X"
_AFTER = re.compile(
    rf"^[\s,.]*(?:(?:demikian|begitu|seperti)\s+(?:\w+\s+){{0,2}}?)?(?P<verb>(?:{VERB_ALT})(?P<nya>nya)?)\b"
    # ("ujar Imbuhnya": a second verb with "-nya" after the first, a doubled pronoun follow-up)
    rf"(?P<pron>\s+(?:dia|ia|beliau|(?:{VERB_ALT})nya\b))?", re.I)
_AFTER_LOOSE = re.compile(r"^[\s,]*(?:demikian|begitu)\b", re.I)
# ", sampainya" / ", kuncinya": any lower-case verb with the -nya pronoun right after the quote
_AFTER_NYA = re.compile(r"^[\s,]*[a-z]{3,}nya\b(?!\s+(?:[A-Z]|yang\b))")
_PRONOUN_SUBJ = re.compile(r"(?:^|[\s,.(])(?:ia|dia|beliau|pihaknya)\s+(?:\w+\s+){0,2}?"
                           rf"(?:{'|'.join(ME_VERBS)})\b", re.I)
# ", ujar politikus tersebut" / "kata pria itu": a description pointing back at the last speaker
_ANAPHOR = re.compile(r"^\s+(?:(?:[A-Za-z()]+\s+){0,8}?(?:tersebut|itu|ini)\b(?!\s+\w+\s+(?:mengatakan|menyampaikan))"
                      r"|orang\s+nomor\s+(?:satu|dua|wahid)|(?:pria|wanita|perempuan|politikus|politisi|mantan)\b)")
_SPEAKS = re.compile(rf"\s+(?:juga\s+|pun\s+)?(?:{'|'.join(ME_VERBS)})\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"(])")

# between an attribution verb and a name, these make the name someone else than the speaker
_NOT_SPEAKER_GAP = re.compile(r"\b(?:kepada|dengan|bersama|didampingi|saat|ketika|usai|di\s+hadapan|terhadap|"
                              r"tentang|soal|mengenai|kepada)\b", re.I)


@functools.lru_cache(maxsize=2)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-empty line: a news paragraph.  Kept for the current article: quote
    finding and attribution both split it."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def _paragraph_at(paras: tuple[tuple[int, int], ...], pos: int, default: tuple[int, int]) -> tuple[int, int]:
    """The paragraph holding ``pos`` (its end included), else ``default``: found by bisection, as
    paragraphs are sorted and a newline apart (no offset is in two)."""
    i = bisect_right(paras, pos, key=lambda p: p[0]) - 1
    return paras[i] if i >= 0 and pos <= paras[i][1] else default


# a period after these is an abbreviation, not the end of a sentence
_ABBREV_DOT = re.compile(r"(?:\b(?:Prof|Dr|Drs|Dra|Ir|H|Hj|HM|KH|dr|drg|St|Sdr|Bpk|Ny|Tn|Jl|No|Kab|Kec|Pj|Pjs|Plt|Plh"
                         r"|Kol|Let|Brigjen|Irjen|Kompol|AKBP|AKP|Ipda|Iptu|[A-Z])|\.[A-Za-z]{1,4})$")


_BY_ANAPHOR = re.compile(r"\b(?:menurut|kata)nya\b", re.I)     # compiled once (was a re.search per clause)
_BUNYI = re.compile(r"\bbunyi")
_CLAUSE_CUT = re.compile(r"[“\"\n]|[.!?](?=\s|$)")  # compiled once: used for every quote


def _clause_after(text: str, pos: int, limit: int) -> str:
    tail = text[pos:min(limit, pos + 200)]
    lead = len(tail) - len(tail.lstrip(" \t,."))  # '…,". katanya.': a stray period before the verb
    for cut in _CLAUSE_CUT.finditer(tail[lead:]):
        # _ABBREV_DOT on tail[:end], tried only on its last 8 characters: a match ends there ("$", or a
        # newline ending it) and is at most 7 long ("Brigjen"); \b still sees the character before
        end = lead + cut.start()
        if cut.group(0) == "." and _ABBREV_DOT.search(tail, max(0, end - 8), end):
            continue
        return tail[:lead + cut.start()]
    return tail


def _clause_before(text: str, pos: int, floor: int) -> tuple[int, str]:
    head = text[floor:pos]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    start = floor + (ends[-1] if ends else 0)
    return start, text[start:pos]


def attribute(ctx: ArticleContext, quotes: list[Quote], speakers: Speakers) -> list[str | None]:
    """The speaker id of each quote (None when the article does not name one)."""
    text = ctx.text
    paras = paragraphs(text)
    result: list[str | None] = []
    for i, q in enumerate(quotes):
        para_end = _paragraph_at(paras, q.end, (0, len(text)))[1]
        next_start = quotes[i + 1].start if i + 1 < len(quotes) else len(text)
        speaker: str | None = None
        decided = False
        # 1. the clause after the closing quote
        after = _clause_after(text, q.end, min(para_end, next_start))
        m = _AFTER.match(after)
        if m:
            decided = True
            named = speakers.first_in(q.end + m.end(), q.end + len(after))
            if named and _NOT_SPEAKER_GAP.search(text[q.end + m.end():named.start]):
                named = None  # ", kata Ketua KPU kepada Bupati X": X is the listener
            # "lanjut bunyi surat edaran itu": a document speaks, not the last speaker
            anaphor = named is None and _ANAPHOR.search(after[m.end():]) and not _BUNYI.search(after)
            if m["nya"] or m["pron"] or named is None:
                speaker = _back_reference(text, paras, quotes, i, speakers) \
                    if (m["nya"] or m["pron"] or anaphor) else None
            else:
                speaker = named.node_id
        elif _AFTER_NYA.match(after):
            speaker, decided = _back_reference(text, paras, quotes, i, speakers), True
        elif (named := speakers.first_in(q.end, q.end + len(after))) is not None \
                and not text[q.end:named.start].strip(" ,") and _SPEAKS.match(text, named.end):
            speaker, decided = named.node_id, True  # "…,” Jenal memungkasi."
        elif _AFTER_LOOSE.match(after):
            named = speakers.first_in(q.end, q.end + len(after))
            if named:
                speaker, decided = named.node_id, True
        # 2. the clause that opens the quote
        if not decided:
            prev_end = quotes[i - 1].end if i and quotes[i - 1].paragraph == q.paragraph else None
            para_start = _paragraph_at(paras, q.start, (0, 0))[0]
            floor = max(para_start, prev_end or 0)
            cstart, clause = _clause_before(text, q.start, floor)
            if clause.strip() and re.search(r"[,:]\s*$", clause):
                decided = True
                # "X meminta dukungan senator Y, “…”": the one seen speaking, not the last name
                named = speakers.last_speaking_in(cstart, q.start) or speakers.last_in(cstart, q.start)
                if named is not None:
                    speaker = named.node_id
                elif _PRONOUN_SUBJ.search(clause) or _BY_ANAPHOR.search(clause):
                    speaker = speakers.recent(q.start)
            elif prev_end is not None or q.continues:
                # “A,” kata X. “B.” — or the next paragraph of X's quote
                decided = True
                speaker = result[i - 1] if i else None
            elif not clause.strip() and (intro := _introducing_paragraph(text, paras, q.start)) is not None:
                # "Bupati X mengatakan:\n“…”" — the paragraph before introduces the quote
                decided = True
                named = speakers.last_in(*intro)
                if named is not None:
                    speaker = named.node_id
                elif _PRONOUN_SUBJ.search(text[intro[0]:intro[1]]):
                    speaker = speakers.recent(q.start)
            elif not clause.strip() and i and quotes[i - 1].paragraph == q.paragraph - 1 and result[i - 1]:
                speaker = result[i - 1]  # a quote paragraph right after X's quote paragraph
            elif not clause.strip() and (host := _speech_paragraph(text, paras, q.start, speakers)) is not None:
                speaker = host  # "Dalam sambutannya X mengucapkan …\n“…”": the quote is that speech's words
            elif prev_end is None and text[para_start:q.start].strip():
                # "Direktur X menambahkan … . “…”": narrative before the quote in its paragraph
                speaker = _paragraph_subject(text, speakers, para_start, q.start)
        result.append(speaker)
        if speaker:
            speakers.spoke.append((q.start, speaker))
    return result


# a sentence opening with a pronoun subject: "Dia berharap …", "Ia pun menjelaskan …"
_PRONOUN_OPENING = re.compile(r"^\s*(?:(?:Sementara\s+itu|Selain\s+itu|Namun|Lebih\s+lanjut),?\s+)?"
                              r"(?:ia|dia|beliau|pihaknya)\b", re.I)
# what may stand before the subject of a sentence: titles, a comma, "Sementara itu,"
_SUBJECT_LEAD = re.compile(r"^[\s,]*(?:(?:Sementara\s+itu|Selain\s+itu|Namun|Lebih\s+lanjut|Adapun),?\s+)?"
                           r"(?:[A-Z(][\w().&/-]*,?\s+|(?:dan|dari|di|RI|se)\s+)*$")


def _back_reference(text: str, paras: tuple[tuple[int, int], ...], quotes: list[Quote], i: int,
                    speakers: Speakers) -> str | None:
    """Who "…,” ujarnya" points at: the subject of the narrative that opens the quote's own
    paragraph ("Asisten I X yang hadir mewakili Bupati mengatakan … . “…”. Ucapnya"),
    else the latest speaker."""
    q = quotes[i]
    para_start = _paragraph_at(paras, q.start, (0, 0))[0]
    if not (i and quotes[i - 1].paragraph == q.paragraph) and text[para_start:q.start].strip():
        local = _paragraph_subject(text, speakers, para_start, q.start)
        if local is not None:
            return local
    return speakers.recent(q.start)


def _paragraph_subject(text: str, speakers: Speakers, start: int, pos: int) -> str | None:
    """The speaker of a quote that only follows narrative in its paragraph, or None.

    Sentences are read back from the quote.  A sentence whose subject is a
    named person ("Direktur X menambahkan …") or whose first person is seen
    speaking ("Kepala BKD X meminta dukungan senator Y …": X, not Y) gives
    the speaker; a pronoun subject ("Dia berharap …") points back at the
    latest speaker; a sentence with neither ("Hal itu disampaikan dalam reses
    anggota DPD Y") sends the search one sentence further back.  A paragraph
    that names no speaker leaves the quote unattributed.
    """
    body = text[start:pos].rstrip()
    cuts = [start] + [start + m.end() for m in _SENTENCE_END.finditer(body)] + [start + len(body)]
    spoke_at = {off for off, _ in speakers.spoke}
    last = speakers.last_in(cuts[-2], cuts[-1]) if len(cuts) > 1 else None
    if last is not None and text[last.end:cuts[-1]].strip() == "." and text[cuts[-2]:last.start].rstrip().endswith(","):
        # "…, termasuk Ketua Umum KAHMI Labura, Budi Santoso. “…,” katanya.": the one the sentence before the quote
        # ends on, set after a post, gives the quote
        return last.node_id
    for s0, s1 in reversed(list(zip(cuts, cuts[1:]))):
        if _PRONOUN_OPENING.match(text[s0:s1]):
            return speakers.recent(pos)
        first = _past_author(text, speakers, s0, s1, speakers.first_in(s0, s1))
        if first is not None and (first.start in spoke_at or _SUBJECT_LEAD.match(text[s0:first.start])):
            return first.node_id
    return None


# "membacakan sambutan tertulis Gubernur X, Y mengajak …": X wrote the speech, Y (who reads it) speaks
_READS_FOR = re.compile(r"\bmembacakan\s+(?:sambutan|amanat|pidato|arahan)(?:\s+tertulis)?\s+[^;“”\"\n]{0,60}$", re.I)


def _past_author(text: str, speakers: Speakers, start: int, end: int, first: Mention | None) -> Mention | None:
    """``first``, or, when it is the author of a speech someone reads out ("membacakan sambutan tertulis
    Gubernur X, Y …"), the next person of the sentence (the reader)."""
    # (looked for before ``start`` too: "Gubernur X, H. Y" is cut after the honorific's period)
    if first is None or not _READS_FOR.search(text, max(0, first.start - 80), first.start):
        return first
    return speakers.first_in(first.end + 1, end) or first


# a paragraph that reports a speech given at the event: "Dalam sambutannya X …", "Pada arahannya, X …"
_SPEECH_OPENING = re.compile(r"\s*(?:Dalam|Pada|Saat|Ketika)\s+(?:sambutan|arahan|amanat|pidato)(?:nya)?\b")


def _speech_paragraph(text: str, paras: tuple[tuple[int, int], ...], pos: int, speakers: Speakers) -> str | None:
    """The speaker named in the paragraph right before ``pos`` when that paragraph opens on a speech."""
    before = [(s, e) for s, e in paras if e <= pos]
    if not before:
        return None
    s, e = before[-1]
    if not _SPEECH_OPENING.match(text, s):
        return None
    named = _past_author(text, speakers, s, e, speakers.first_in(s, e))
    return named.node_id if named is not None else None


def _introducing_paragraph(text: str, paras: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The last sentence of the paragraph before ``pos`` when it ends with a colon."""
    before = [(s, e) for s, e in paras if e <= pos]
    if not before:
        return None
    s, e = before[-1]
    if not text[s:e].rstrip().endswith(":"):
        return None
    start, _ = _clause_before(text, e, s)
    return start, e


__all__ = ["attribute", "paragraphs"]
