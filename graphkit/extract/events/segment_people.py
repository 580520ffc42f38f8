"""Who a happening segmented from the main one involves (GUIDELINES: led and attended, event by event).

* ``sentence_attendees``: a happening reported in one sentence with its own day ("X sudah dilantik sejak …",
  "diserahkan … oleh X", "Menteri X dijadwalkan akan berkunjung pada …") has the officials of that sentence,
  the agent of its passive verb or the subject of a verb of visiting as its leader, and the groups it goes to;
* ``keep_to_own_sentences``: the people read only in such a sentence are taken off the main event.
Split from ``event_segments`` (which finds those happenings) to keep each module to one job.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .event_candidate import Candidate as _Candidate, event_id as _event_id
from .inducted import inducted_groups
from ..text.sentences import outside, sentence


def keep_to_own_sentences(ctx: ArticleContext, main_id: str, extras: list[_Candidate]) -> None:
    """A sentence that reports another happening with its own day speaks of that one: the people read
    there attend it, not the main event, and one it places at that happening does not lead the main one."""
    spans = [sentence(ctx.text, ev.start, 0) for ev in extras]
    # a leader read there is moved only when that sentence also places him at its own happening ("Menteri X
    # dijadwalkan akan berkunjung pada 21 Oktober": X leads the visit, not the apel of the report)
    there = {e.source for e in ctx.graph.edges.values() if e.type in ("LED", "ATTENDED") and e.target != main_id
             and e.target in {_event_id(ctx, ev.type, ev.date) for ev in extras}}
    for key, e in list(ctx.graph.edges.items()):
        if (e.type == "ATTENDED" or e.type == "LED" and e.source in there) and e.target == main_id:
            ev = e.properties.get("evidence") or []
            if ev and all(any(s <= (x.get("start") or -1) < t for s, t in spans) for x in ev):
                del ctx.graph.edges[key]


def sentence_attendees(ctx: ArticleContext, ev: _Candidate, quotes) -> None:
    """Who a happening reported in one sentence involves: its officials ("X sudah dilantik sejak …",
    "diserahkan … oleh X") and the groups it goes to ("kepada Ketua Panitia Seleksi")."""
    from .group_attendees import groups_between
    text = ctx.text
    s, e = sentence(text, ev.start, 0)
    eid = _event_id(ctx, ev.type, ev.date)
    # (a happening a quotation names: the officials outside the quote are its speaker and the attribution, who
    # announce it and are not placed at it, GUIDELINES: "a person only quoted about the event … does not attend")
    people = [m for m in ctx.mentions if m.kind in ("name", "title") and s <= m.start < e
              and m.node_id.startswith("official:") and outside(quotes, m.start, m.end)] \
        if outside(quotes, ev.start, ev.end) else []
    agent = _agent(text, ev, people)
    for m in people:
        ctx.edge("LED" if m is agent else "ATTENDED", m.node_id, eid, m.start, m.end)
    if ev.type == "pelantikan":       # "sembilan pejabat yang … dilantik pada 31 Desember 2018"
        for node_id, gs, ge in inducted_groups(ctx, s, e, quotes):
            ctx.edge("ATTENDED", node_id, eid, gs, ge)
    from .attendance_lists import cued_groups     # "… yang turut dihadiri oleh unsur Forkopimda, camat, lurah"
    for node_id, gs, ge in cued_groups(ctx, people, s, e):
        ctx.edge("ATTENDED", node_id, eid, gs, ge)
    to = re.search(r"\bkepada\s+", text[s:e])
    if to:
        for node_id, gs, ge in groups_between(ctx, people, s + to.end(), e):
            ctx.edge("ATTENDED", node_id, eid, gs, ge)


# "akan dilantik pekan depan oleh Gubernur Sulsel X di Makassar …": the agent of a passive trigger, in its clause
_BY_AGENT = re.compile(r"[^.;:,\n“”\"]{0,40}?\boleh\s+", re.I)


# "Presiden X dijadwalkan akan berkunjung ke …": the subject of an active verb of visiting, in its clause
_VISITOR = re.compile(r"\s+(?:(?:juga|dijadwalkan|direncanakan|rencananya|akan|bakal)\s+){0,3}$", re.I)


def _agent(text: str, ev: _Candidate, people):
    """The official named as the agent ("oleh X") of a passive verb trigger (di-): he did it, so led it
    (GUIDELINES: melantik, meresmikan, …); the subject of an active verb of visiting, who leads his own
    visit; None for any other trigger."""
    if ev.type == "kunjungan_kerja" and re.match(r"(?:ber|meng)", text[ev.start:ev.end], re.I):
        before = [m for m in people if m.end <= ev.start and _VISITOR.fullmatch(text, m.end, ev.start)]
        return before[-1] if before else None
    if not text[ev.start:ev.end].lower().startswith("di") or not (by := _BY_AGENT.match(text, ev.end)):
        return None
    after = [m for m in people if by.end() <= m.start <= by.end() + 40 and not re.search(r"[.;\n]", text[by.end():m.start])]
    return after[0] if after else None


__all__ = ["sentence_attendees", "keep_to_own_sentences"]
