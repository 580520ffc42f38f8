"""Who speaks in an article: person mentions, indirect speech, and speakers nobody listed.

The quote stage attributes a quotation to a mention; this module decides
which mentions can speak and who spoke last.  Mentions in object position
("didampingi X", "kepada X") do not speak next; a person seen speaking in
indirect speech ("X menjelaskan, …", "Menurut X") or attributed a quote is
the referent of a later "katanya"/"imbuhnya".

Speakers the entities stage does not list (experts, company people,
citizens, an official called by surname or initials) come from
``speaker_names``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..context import ArticleContext, Mention
from .speaker_names import unlisted_speakers
from .speech_verbs import (ATTR_VERBS, ME_VERBS, VERB_ALT, Span, SpanIndex, _by_first_letter,  # noqa: F401
                           names_before_verbs)


_INDIRECT = re.compile(rf"\b(?:{_by_first_letter([*ME_VERBS, 'menurut(?:nya)?', 'kata(?:nya)?', 'ujar(?:nya)?'])})\b",
                       re.I)
# "menurut X", "kata X", "Ditambahkan X", "Dijelaskan oleh X": X speaks
_SPEECH_BEFORE = re.compile(r"\b(?:menurut|kata|ujar|di(?:tambahkan|katakan|sampaikan|jelaskan|ungkapkan|tegaskan|"
                            r"tuturkan|paparkan|terangkan))\b(?:\s+oleh)?"
                            # "disampaikan dalam reses anggota DPD X": X hosts the event, not the speaker
                            r"(?:(?!\b(?:dalam|saat|ketika|pada|kepada|untuk|di|ke)\b)[^.,;“”\"\n]){0,60}$", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:didampingi|bersama|beserta|kepada|dengan|dihadiri|oleh|untuk|dari|hadapan)"
                          r"(?:\s+oleh)?\s+[^.,;“”\"\n]{0,60}$", re.I)


# compiled once: used for every person mention of every article
_CLAUSE_CUT = re.compile(r"[.!?\n“\"](?=\s)")
_YANG = re.compile(r"\byang\b")
# read on the reversed text from just before a mention: back to the last character neither
# _NOT_SUBJECT nor _SPEECH_BEFORE can hold anywhere (a newline can stand in _NOT_SUBJECT's "\s+")
_NO_STOP_BACK = re.compile(r'[^.,;“”"]*+')


# a speech verb with "-nya" set off by commas inside X's clause: the clause is someone else's reported speech
_SAID_BACK = re.compile(r",\s*(?:lanjut|kata|ujar|jelas|tambah|ungkap|tutur|papar|terang|sebut|imbuh|tegas|"
                        r"pungkas|tandas)nya\s*,", re.I)


# between two speakers of one sentence: the first one's verb of saying, then a comma ("X menjelaskan, … Y")
_REPORTED = re.compile(rf"\b(?:{'|'.join(ME_VERBS)})\s*,", re.I)
_SENTENCE_CUT = re.compile(r"[.!?\n“”\"](?=\s|$)")


class Speakers:
    """Mentions of people, and who spoke most recently at a given offset."""

    def __init__(self, ctx: ArticleContext, quotes: Sequence[Span]):
        text = self.text = ctx.text
        inside = SpanIndex((q.start, q.end) for q in quotes)
        # not inside a quotation: no quote with start <= m.start and end >= m.end
        self.people = [m for m in ctx.mentions if m.kind in ("name", "title")
                       and not inside.any(m.start, m.end - 1) and not ctx.in_boilerplate(m.start, m.end)]
        self.groups = [m for m in ctx.mentions if m.kind == "group"]
        self.people = sorted(self.people + unlisted_speakers(ctx, quotes, self.people))
        # The 70 characters before a mention are searched for _NOT_SUBJECT and _SPEECH_BEFORE only from
        # after the last character neither can match (mostly a dozen characters, not seventy): a match
        # runs to the window's end ("$", or a newline ending the window), so it cannot start before that
        # character; \b there sees that non-word character, as in the whole window.
        n, rev = len(text), text[::-1]
        windows = []
        for m in self.people:
            lo = max(0, m.start - 70)
            window = text[lo:m.start]
            open_from = len(window) - (_NO_STOP_BACK.match(rev, n - m.start, n - lo).end() - (n - m.start))
            # people in object position ("didampingi X", "kepada X") do not speak next
            if not _NOT_SUBJECT.search(window, open_from):
                windows.append((m, window, open_from))
        self.people = [m for m, _, _ in windows]
        self.spoke: list[tuple[int, str]] = []  # (offset, speaker id), attributed quotes and indirect speech
        for i, (m, window, open_from) in enumerate(windows):
            # "menurut X" first: when it holds, X's own verb need not be looked for
            if _SPEECH_BEFORE.search(window, open_from) or self._verb_after(m, i):
                self.spoke.append((m.start, m.node_id))
        # "Haris menjelaskan, dalam paparannya Menteri Tito menegaskan …": Tito speaks inside Haris's
        # report; a later "pungkasnya" continues Haris, the one who speaks in the article
        self.embedded = {b for (a, sa), (b, sb) in zip(self.spoke, self.spoke[1:])
                         if sa != sb and not _SENTENCE_CUT.search(text, a, b)
                         and _REPORTED.search(text, a, b)}

    def _verb_after(self, m: Mention, i: int) -> bool:
        """"X menjelaskan, …": a speech verb in X's clause, before the next person and not after "yang".

        The clause's end is an endpos in the 160 characters after X, not a split-off copy: the verb's
        closing \b and "yang" see the same end."""
        tail = self.text[m.end:m.end + 160]
        cut = _CLAUSE_CUT.search(tail)
        verb = _INDIRECT.search(tail, 0, cut.start() if cut else len(tail))
        if verb is None or _YANG.search(tail, 0, verb.start()):
            return False  # "X yang meminta …" is a relative clause, not X speaking
        if _SAID_BACK.search(tail, 0, verb.start()):
            return False  # "Kunjungan Pj Gubernur X …, lanjutnya, guna memastikan …": another one speaks
        nxt = self.people[i + 1].start if i + 1 < len(self.people) else len(self.text)
        return m.end + verb.start() <= nxt

    def first_in(self, start: int, end: int) -> Mention | None:
        for m in self.people:
            if start <= m.start and m.end <= end:
                return m
        return None

    def last_in(self, start: int, end: int) -> Mention | None:
        found = None
        for m in self.people:
            if start <= m.start and m.end <= end:
                found = m
        return found

    def last_speaking_in(self, start: int, end: int) -> Mention | None:
        """The last mention in the span that is seen speaking ("X mengatakan", "menurut X")."""
        spoke_at = {off for off, _ in self.spoke}
        found = None
        for m in self.people:
            if start <= m.start and m.end <= end and m.start in spoke_at:
                found = m
        return found

    def recent(self, pos: int) -> str | None:
        best: tuple[int, str] | None = None
        for off, sid in self.spoke:
            if off < pos and off not in self.embedded and (best is None or off >= best[0]):
                best = (off, sid)
        if best is not None:
            return best[1]
        m = self.last_in(0, pos)
        return m.node_id if m else None



__all__ = ["Speakers", "SpanIndex", "ATTR_VERBS", "ME_VERBS", "VERB_ALT", "names_before_verbs"]
