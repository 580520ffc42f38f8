"""Post-holders the article does not name, and classes of them, who speak or read at the event: ATTENDED edges.

GUIDELINES ("led and attended"): everyone the text places at the event attends, among them those who "speak or
act at it (a speech, a report, a quote given there)", and the key of a group is "the group's word as written".
``speech_reported`` reads this for named officials.  Regional news as often gives the floor to a post whose
holder it never names, or to a class: "Sementara anggota DPRD lainnya menyampaikan …", "persetujuan DPRD yang
dibacakan melalui sekretaris DPRD …", "Sekretaris Daerah Provinsi X menambahkan pesan …".  Seen in 3 articles
from 3 outlets of the opened blind batches (issue #16, att13 round), where the rules attached nobody.

So a post or a class attends when, outside quotations, it is the whole subject of a verb of saying (or the agent
after a passive "dibacakan/disampaikan oleh|melalui"), no person is named in it (a named holder, or a bare post
the names stage resolves to the article's one holder, is read by ``speech_reported``), and the sentence ties the
saying to the happening by the same ties as a named official's speech, including the connective that carries
the report on and the sentence before that sets the scene.  Only in an article with one happening.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from ..text.sentences import outside, sentence
from .attendee_groups import group_label
from .group_lexicon import _JURISDICTION, _words
from ..names.stop_words import _STOP
from .group_attendees import _class_of, _without_region
from .speech_reported import _APART, _GOES_ON, _OCCASION, _READS, _SAYS, _TIES, follows_tie

# what may stand between the post and its verb: "anggota DPRD lainnya menyampaikan", "Sekda juga menambahkan"
_FILLER = re.compile(r"(?:[\s,]+|\b(?:lainnya|juga|pun|pula|kemudian|selanjutnya|turut)\b)*")
# a reading or a saying whose agent is named after it: "dibacakan melalui sekretaris DPRD", "disampaikan oleh"
_READ_BY = re.compile(r"\bdi(?:bacakan|sampaikan|laporkan|paparkan|jelaskan)\s+(?:oleh|melalui)\s+", re.I)


def post_speakers(ctx: ArticleContext, event_id: str, body: int, quotes: list[tuple[int, int]]) -> None:
    """ATTENDED edges to ``event_id`` from unnamed post-holders and classes whose speech a sentence ties to it."""
    if sum(1 for n in ctx.graph.nodes.values() if "Event" in n.labels) != 1:
        return
    text = ctx.text
    from ..body_nodes import group_node
    ties = _TIES.get(event_id.split(":")[1], (_OCCASION, _READS))
    heads: set[str] = set()
    for verb in list(_SAYS.finditer(text, body)) + list(_READ_BY.finditer(text, body)):
        vs, ve = verb.span()
        if not outside(quotes, vs, ve) or ctx.in_boilerplate(vs, ve):
            continue
        s, e = sentence(text, vs, body)
        if verb.re is _READ_BY:
            span = _agent(text, ve, e)
        else:
            opens = _GOES_ON.match(text, s)
            span = _subject(text, opens.end() if opens else s, vs)
        if span is None:
            continue
        found = group_label(text, *span)
        if found is None or found[0][:1].isupper() and found[0].split()[0].isupper():
            continue      # an acronym-only body ("Bawaslu menegaskan") speaks through someone: not read here
        label, gs, ge = found
        if _name_tail(label):
            continue      # "Sekretaris Jenderal Partai X Ahmad Y mengatakan": a post and a name nobody listed
        if verb.re is not _READ_BY and not _FILLER.fullmatch(text, ge, vs):
            continue      # the post is only part of the subject ("Kepala Dinas yang baru dilantik menyampaikan")
        lo, hi = (gs, ge) if verb.re is _READ_BY else span     # (an agent's clause runs on past its name)
        if any(m.kind != "group" and m.start < hi and m.end > lo for m in ctx.mentions):
            continue      # a person is named there, or a bare post stands for the article's one holder
        cls = _class_of(ctx, _without_region(ctx, label))
        head = cls.split()[0].lower() if cls else ""
        if cls is None or head in heads or _APART.search(text, s, e):
            continue      # (the same post named again by another of its names, "sekretaris DPRD … sekretaris
            #               dewan", is the one the report named first)
        opened = verb.re is not _READ_BY and _GOES_ON.match(text, s) is not None
        if opened or any(t.search(text, s, e) for t in ties) or follows_tie(text, s, body, ties):
            heads.add(head)
            ctx.edge("ATTENDED", group_node(ctx, cls, gs, ge), event_id, gs, ge)


_TITLE_WORD = re.compile(r"[A-Z][a-z]+$")


def _name_tail(label: str) -> bool:
    """Whether the label ends on two title-case words that are neither a body's, a unit's nor a place's (the
    names stage's words that are never part of a name): a person's name written after the post ("Sekretaris
    Jenderal Partai X Budi Santoso"), which the names stage did not take for an official's."""
    from ..regions.gazetteer import gazetteer
    words = label.split()
    if len(words) < 3 or not all(_TITLE_WORD.match(w) for w in words[-2:]):
        return False
    heads = _words()[0]
    if any(w.lower() in _JURISDICTION or w.lower() in heads or w in _STOP for w in words[-2:]):
        return False
    tail = " ".join(words[-2:])
    return not any(s == 0 and e == len(tail) for s, e, _ in gazetteer().find(tail))


def _subject(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """The span before the verb when it is the sentence's whole subject: no clause mark in it, a few words."""
    if verb - start > 90 or re.search(r"[.;:“”\"()]|\byang\b", text[start:verb]):
        return None
    return start, verb


def _agent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The agent after a passive verb, up to the next comma or clause mark."""
    stop = re.compile(r"[,.;:“”\"]|\b(?:yang|untuk|kepada|dalam|di|pada|saat|ketika)\b").search(text, start, end)
    return (start, stop.start() if stop else end) if (stop.start() if stop else end) > start else None


__all__ = ["post_speakers"]
