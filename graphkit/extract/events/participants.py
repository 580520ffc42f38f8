"""Who led and who attended an event: LED and ATTENDED edges.

Leaders are read from the grammar of the lead: "dipimpin/dibuka/digelar/
diterima/dilakukan oleh X" ("diserahkan oleh X" for a penyerahan), "X memimpin/
membuka/meresmikan/meninjau/menerima/bertemu …" or the bare "X pimpin/resmikan …"
(X the subject of the clause, past its dotted degrees, not "didampingi X"), "X selaku
pembina apel", the host of an audience called on ("menemui Menteri Y",
"beraudiensi dengan Gubernur Y" → Y), and, when the time clause leaves its
subject out ("… disampaikannya saat menerima kunjungan"), the lead's first
official.  Attendees listed after a cue ("dihadiri", "turut hadir", "didampingi" …) are
read in ``attendees.py``; here: a subject who "ikut/menghadiri/hadiri/mewakili/menemui" (not one
who "berhalangan hadir"), and the speaker whose time clause names the event ("ia sampaikan usai
rapat paripurna").  Names in the host's company ("X, didampingi A, B dan C, menerima …") are
never read as the subject.  The leader gets LED only, never also ATTENDED.

This module orders the rules and writes the edges; the rules live in ``leaders`` (LED) and
``subject_attendees`` (ATTENDED by the lead's grammar), on the shared ``lead_grammar``.
"""
from __future__ import annotations

from .attendees import listed_attendees
from .group_attendees import class_title
from .event_types import triggers
from .hosts import host_with_groups
from .inducted import inducted_groups, sworn_in
from .organisers import agent_leaders, opening_leaders, organiser_head, protest_bodies, welcoming_host
from .presence_cues import more_attendees
from .served_groups import served_groups
from .subject_groups import subject_groups
from .lead_grammar import _Lead, _dedupe
from .leaders import _accompanied, _headline_leader, _implied_leader, _leaders
from .subject_attendees import _accompanied_principal, _reporting_subject, _speakers_at, _subject_attendees
from ..context import ArticleContext
from ..rule_trace import done, tag
from ..text.sentences import outside


def participants(ctx: ArticleContext, event_id: str, anchor: int, body: int, lead_end: int,
                 quotes: list[tuple[int, int]]) -> None:
    """Add LED and ATTENDED edges to ``event_id`` (the article's main event)."""
    text = ctx.text
    people = [m for m in ctx.mentions if m.kind in ("name", "title") and outside(quotes, m.start, m.end)
              and not ctx.in_boilerplate(m.start, m.end) and not class_title(text, m)]
    lead = _Lead(text, people, body)
    leaders = tag("leaders.grammar", _leaders(lead, lead_end, event_id.split(":")[1] == "penyerahan"))
    if not leaders and anchor >= 0:
        implied = _implied_leader(lead, anchor)
        leaders = tag("leaders.implied", [implied] if implied else [])
    if not leaders:
        leaders = tag("leaders.accompanied", _accompanied(lead, lead_end))
    if not leaders and anchor >= 0:
        leaders = tag("hosts.with_groups", host_with_groups(text, people, anchor, _anchor_end(text, anchor), body))
    leaders = _dedupe(leaders + tag("organisers.opening", opening_leaders(text, people, body, len(text))))
    if not leaders:
        leaders = tag("organisers.agent", agent_leaders(text, people, body, lead_end,
                                                       lambda s, e: _names_event(text, s, e))[:1])
    if not leaders:
        leaders = tag("organisers.welcoming", welcoming_host(text, people, body, lead_end))
    if not leaders:
        head = organiser_head(ctx, people, body, lead_end, event_id.split(":")[1], anchor)
        leaders = tag("organisers.head", [head] if head else [])
    if not leaders:
        leaders = tag("leaders.headline", _headline_leader(text, people, body))
    for m in leaders:
        ctx.edge("LED", m.node_id, event_id, m.start, m.end)
    led_ids = {m.node_id for m in leaders}
    found = listed_attendees(ctx, people, body, lead_end, quotes) + tag("subject_attendees.subject", [
        (p.node_id, p.start, p.end) for p in _subject_attendees(lead, lead_end)])
    if anchor >= 0:
        found += tag("subject_attendees.speakers_at", [(m.node_id, m.start, m.end) for m in _speakers_at(lead, anchor)])
    if not leaders:
        found += tag("subject_attendees.reporting", [(m.node_id, m.start, m.end) for m in
                                                     _reporting_subject(lead, lead_end, event_id.split(":")[1])])
    found += tag("subject_attendees.principal", [(m.node_id, m.start, m.end) for m in _accompanied_principal(lead, lead_end)])
    if event_id.split(":")[1] == "pelantikan":
        found += tag("inducted.groups", inducted_groups(ctx, body, lead_end, quotes))   # "Pj Kepala Desa … yang akan dilantik"
        found += tag("inducted.sworn_in", sworn_in(ctx, people, body, lead_end))  # "Doris Rihi dilantik sebagai Penjabat Bupati"
    if event_id.split(":")[1] == "unjuk_rasa":
        found += tag("organisers.protest", protest_bodies(ctx, people, body))   # "unjuk rasa yang digelar Koalisi X"
    found += tag("served.groups", served_groups(ctx, people, event_id.split(":")[1], body, lead_end, quotes))   # "sosialisasi bagi ASN"
    found += more_attendees(ctx, people, body, lead_end, quotes)
    found += tag("subject_groups", subject_groups(ctx, people, body, min(len(text), lead_end + 2000), quotes))
    for node_id, ms, me in found:
        if node_id not in led_ids:
            ctx.edge("ATTENDED", node_id, event_id, ms, me)
    done()


def _anchor_end(text: str, anchor: int) -> int:
    """The end of the trigger that opens at ``anchor``."""
    m = next(iter(triggers(text, anchor, min(len(text), anchor + 80))), None)
    return m.end() if m is not None and m.start() == anchor else anchor


def _names_event(text: str, start: int, end: int) -> bool:
    return next(iter(triggers(text, start, end)), None) is not None


__all__ = ["participants"]
