"""The chair of a council's plenary that no cue names: the council's own head.

GUIDELINES ("led and attended"): the leader chaired the event; "when a body receives them, the head of
that body" — the head of the body that holds it leads it.  A plenary ("rapat/sidang paripurna") is the
council's own sitting, and its standing orders give the chair to the council's leadership.  News of a
plenary often names no chair: it reports what the plenary decided ("Ketua DPRD X beserta anggota dewan
lainnya mengesahkan …") or quotes the head on it ("…,” kata Ketua DPRD X").  Then the head of the council,
when the article names him, chaired it (issue #16, lead17 round: develop articles from 3 outlets).

Asked after every other rule (``stage``), so only for a plenary that no cue, speech or organiser gave a
leader.  Not when the article names more than one council head (whose plenary it was is not written),
nor a head said only to attend or to be represented ("dihadiri oleh Ketua DPRD", "mewakili", "diwakili").
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from ..text.sentences import sentence

_PLENARY = re.compile(r"\b(?:(?:sidang|rapat)\s+)?paripurna\b", re.I)   # (a headline's bare "Paripurna …")
# the head of a regional council (not a deputy: "Wakil Ketua DPRD" chairs only when the text says so)
_COUNCIL_HEAD = re.compile(r"^(?:(?:pj|plt|plh)\.?\s+)?ketua\s+(?:sementara\s+)?(?:dprd|dprk|dpra|dprp)\b", re.I)
# his own clause says he only came, or stood in for someone, or someone stood in for him
_ONLY_THERE = re.compile(r"\b(?:menghadiri|hadiri|dihadiri|hadir|mengikuti|diikuti|diwakili|mewakili|"
                         r"berhalangan|disaksikan|menyaksikan)\b", re.I)


def council_chair(ctx: ArticleContext, event_id: str, body: int) -> None:
    """Give LED of ``event_id``, a plenary nobody is said to lead, to the one council head the body names."""
    edges = ctx.graph.edges
    event = ctx.graph.nodes.get(event_id)
    if event is None or any(k[0] == "LED" and k[2] == event_id for k in edges):
        return
    evidence = (event.properties.get("evidence") or [{}])[0]
    at = evidence.get("start")
    if not isinstance(at, int):
        return
    text = ctx.text
    s, e = sentence(text, at, 0)
    if not (_PLENARY.search(text, s, e) or _PLENARY.search(event.properties.get("name") or "")):
        return
    nodes = ctx.graph.nodes
    heads = sorted({source for type_, source, target, _ in edges if type_ == "HOLDS" and target in nodes
                    and _COUNCIL_HEAD.match(str(nodes[target].properties.get("role") or ""))})
    if len(heads) != 1:
        return
    named = [m for m in ctx.mentions if m.node_id == heads[0] and m.start >= body
             and not ctx.in_boilerplate(m.start, m.end)]
    if not named:
        return
    for m in named:
        ms, me = sentence(text, m.start, body)
        if _ONLY_THERE.search(text, ms, me):
            return
    edges.pop(("ATTENDED", heads[0], event_id, ""), None)
    ctx.edge("LED", heads[0], event_id, named[0].start, named[0].end)


__all__ = ["council_chair"]
