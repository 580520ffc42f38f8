"""Extraction diagnostics: the kinds of gaps a reader should know about, counted.

These are warnings about the content, not errors: a quotation whose speaker
the article does not name, an event with no date, an official with no post
... ``graphkit build`` reports them by kind (``build.json`` → ``diagnostics``)
so a user sees where the graph is thin, and a developer sees which rule to
improve next.
"""
from __future__ import annotations

from collections import Counter

from .model import Graph

KINDS = {
    "statement_without_speaker": "a quotation whose speaker the article does not name (no STATED edge)",
    "event_without_date": "an event whose date the text does not give",
    "event_without_leader": "an event with no LED edge",
    "event_without_attendees": "an event with no ATTENDED edge",
    "official_without_post": "an official with no HOLDS edge",
    "office_without_region": "an office whose jurisdiction was not resolved to a region code",
    "article_without_officials": "an article in which no official was found",
    "article_without_event": "an article in which no event was found",
    "article_without_statements": "an article with no direct quotation",
    "person_not_official": "a named person who holds no public post (Person node)",
}


def diagnose(graph: Graph) -> dict[str, int]:
    """Counts per diagnostic kind, most frequent first (ties by name).

    One pass over the edges keeps only what a kind asks about (who is STATED, LED, ATTENDED, who HOLDS, which
    articles MENTION an official, event or statement): on a 10k-article graph this ran twice over 200k edges
    building a set of types per node, ~0.7 s of every build's summary."""
    stated, led, attended, holds = set(), set(), set(), set()
    mentions_of = {"Official": set(), "Event": set(), "Statement": set()}
    label_of = {nid: node.labels[0] if node.labels else None for nid, node in graph.nodes.items()}
    by_type = {"STATED": stated, "LED": led, "ATTENDED": attended}
    for e in graph.edges.values():
        etype = e.type
        if etype == "MENTIONS":
            into = mentions_of.get(label_of.get(e.target))
            if into is not None:
                into.add(e.source)
        elif etype == "HOLDS":
            holds.add(e.source)
        elif (into := by_type.get(etype)) is not None:
            into.add(e.target)
    counts: Counter[str] = Counter()
    for node in graph.nodes.values():
        label, props = label_of[node.id], node.properties
        if label == "Statement" and node.id not in stated:
            counts["statement_without_speaker"] += 1
        elif label == "Event":
            counts["event_without_date"] += not props.get("date")
            counts["event_without_leader"] += node.id not in led
            counts["event_without_attendees"] += node.id not in attended
        elif label == "Official" and node.id not in holds:
            counts["official_without_post"] += 1
        elif label == "Office" and not props.get("region"):
            counts["office_without_region"] += 1
        elif label == "Person":
            counts["person_not_official"] += 1
        elif label == "Article":
            counts["article_without_officials"] += node.id not in mentions_of["Official"]
            counts["article_without_event"] += node.id not in mentions_of["Event"]
            counts["article_without_statements"] += node.id not in mentions_of["Statement"]
    return dict(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))
