"""Diagnostics count the gaps of a graph by kind."""
from graphkit.diagnostics import KINDS, diagnose
from graphkit.model import Edge, Graph, Node


def test_diagnostics_on_a_hand_made_graph():
    g = Graph([Node(id="article:a", labels=["Article"], properties={"title": "t"}),
               Node(id="official:x", labels=["Official"], properties={"name": "X"}),
               Node(id="statement:s", labels=["Statement"], properties={"text": "q"}),
               Node(id="event:apel:undated:35.09", labels=["Event"], properties={"type": "apel", "date": None})],
              [Edge(type="MENTIONS", source="article:a", target="official:x"),
               Edge(type="MENTIONS", source="article:a", target="statement:s"),
               Edge(type="LED", source="official:x", target="event:apel:undated:35.09")])
    d = diagnose(g)
    assert d == {"article_without_event": 1, "event_without_attendees": 1, "event_without_date": 1,
                 "official_without_post": 1, "statement_without_speaker": 1}
    assert set(d) <= set(KINDS)


def test_build_summary_reports_the_unattributed_seed_quote(seed_build):
    # seed 000 quotes an unnamed "kepala dinas": a Statement without a speaker
    assert seed_build.summary()["diagnostics"].get("statement_without_speaker", 0) >= 1
