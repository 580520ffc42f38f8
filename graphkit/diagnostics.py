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
    """Counts per diagnostic kind, most frequent first (ties by name)."""
    into: dict[str, set[str]] = {}
    out_of: dict[str, set[str]] = {}
    for e in graph.edges.values():
        out_of.setdefault(e.source, set()).add(e.type)
        into.setdefault(e.target, set()).add(e.type)
    counts: Counter[str] = Counter()
    mentioned: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if e.type == "MENTIONS":
            target = graph.nodes.get(e.target)
            if target is not None:
                mentioned.setdefault(e.source, set()).add(target.label)
    for node in graph.nodes.values():
        label, props = node.label, node.properties
        if label == "Statement" and "STATED" not in into.get(node.id, ()):
            counts["statement_without_speaker"] += 1
        elif label == "Event":
            counts["event_without_date"] += not props.get("date")
            counts["event_without_leader"] += "LED" not in into.get(node.id, ())
            counts["event_without_attendees"] += "ATTENDED" not in into.get(node.id, ())
        elif label == "Official" and "HOLDS" not in out_of.get(node.id, ()):
            counts["official_without_post"] += 1
        elif label == "Office" and not props.get("region"):
            counts["office_without_region"] += 1
        elif label == "Person":
            counts["person_not_official"] += 1
        elif label == "Article":
            labels = mentioned.get(node.id, set())
            counts["article_without_officials"] += "Official" not in labels
            counts["article_without_event"] += "Event" not in labels
            counts["article_without_statements"] += "Statement" not in labels
    return dict(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))
