"""Which rule wrote each LED and ATTENDED edge: a recorder for ``bench/attendance_rules.py`` (issue #16).

A rule's precision is a property of the rule, so measuring it tells which rules to restrict or drop.  The
attendance stage is a chain of components, and several of them gather their hits in one list that a
single loop writes (``participants``): the component that wrote an edge is not the one whose grammar
found it.  So a component marks its hits with ``tag(rule, hits)`` (an identity function), and the edge
written for a hit's span takes that rule; an edge written without a tagged span takes the module and
function that wrote it.

Off by default (``RECORDER`` is None): ``tag`` returns its argument and nothing is kept, so the output is
the same whether or not the bench records (``roles.RECORDER`` works the same way).  The bench sets
``RECORDER = []`` around one article's extraction and reads the rows back.
"""
from __future__ import annotations

import sys

# set by bench/attendance_rules.py: (article id, edge type, source, target, rule, new) for every LED and
# ATTENDED write, in order ("new": the edge was not there before this write)
RECORDER: list | None = None
_PENDING: dict[tuple, list[str]] = {}


def tag(rule: str, hits, cue=None):
    """``hits`` unchanged; when recording, each hit's span ((node id, start, end) tuples or mentions) is
    remembered as found by ``rule`` (and by the cue's first word, when a regex match ``cue`` is given: one
    rule's pattern may hold many cues)."""
    if RECORDER is not None:
        if cue is not None:
            rule += ":" + " ".join(cue.group(0).lower().split()[:2])
        for h in hits:
            key = (h[0], h[1], h[2]) if isinstance(h, tuple) and len(h) == 3 and isinstance(h[0], str) \
                else (h.node_id, h.start, h.end)
            _PENDING.setdefault(key, []).append(rule)
    return hits


def written(ctx, type_: str, source: str, target: str, start: int | None, end: int | None) -> None:
    """Record one write of an LED/ATTENDED edge (called by ``ArticleContext.edge`` while recording)."""
    if RECORDER is None:
        return
    rules = _PENDING.get((source, start, end))
    if rules:
        rule = rules.pop(0)
    else:
        frame = sys._getframe(2)
        rule = frame.f_globals.get("__name__", "?").rsplit(".", 1)[-1] + "." + frame.f_code.co_name
    RECORDER.append((ctx._aid, type_, source, target, rule, (type_, source, target, "") not in ctx.graph.edges))


def done() -> None:
    """Forget the spans tagged and not written (the leader's own hits as attendee, say): a later writer of
    the same span is another rule."""
    _PENDING.clear()


__all__ = ["RECORDER", "done", "tag", "written"]
