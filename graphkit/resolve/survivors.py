"""Which id and name each resolved official keeps, and the plan entries that say so.

``officials`` decides who is the same person (clusters joined into people); this module turns
those people into the plan: a surviving id per person (the id most of its mentions carry, suffixed by
region when namesakes would share it), the best-written form of the name, the nodes merged into it
and, for a node whose mentions went to different people, the split by article.  Apart because it is
the bookkeeping half of the officials rule, and the rule's matching half is long enough on its own.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Graph
from .keys import name_key
from .plan import Plan
from .variants import Cluster

RULE_NAME = "official:same-name"
RULE_SPLIT = "official:split-by-region"


def person_summaries(graph: Graph, clusters: list[Cluster], people: list[list[int]],
               target: dict[int, str]) -> list[tuple[str, set[str], set[str]]]:
    """(surviving id, multi-word name keys, anchors) of every person, for the Person rule."""
    out = []
    for pi, members in enumerate(people):
        keys: set[str] = set()
        for nid in {u[0] for ci in members for u in clusters[ci].units}:
            props = graph.nodes[nid].properties
            keys |= {k for k in (name_key(str(f or "")) for f in [props.get("name"), *(props.get("aliases") or [])])
                     if len(k.split()) > 1}
        out.append((target[pi], keys, set().union(*(clusters[ci].anchors for ci in members))))
    return out


def _survivor_id(units: list[tuple[str, str | None]], names: dict[str, str]) -> str:
    count: dict[str, int] = defaultdict(int)
    for nid, _ in units:
        count[nid] += 1
    return min(count, key=lambda nid: (-count[nid], -len(name_key(names[nid])), len(names[nid]), nid))


def _best_name(graph: Graph, ids: set[str], name: str) -> str:
    """The best-written form of the survivor's name among all members' names and aliases with its key."""
    key = name_key(name)
    forms = {name}
    for nid in ids:
        props = graph.nodes[nid].properties
        forms |= {str(f) for f in [props.get("name"), *(props.get("aliases") or [])] if f and name_key(str(f)) == key}
    # mixed case first; then the fewest letters (no stray title), keeping the dots of initials
    return min(forms, key=lambda f: (f.isupper() or f.islower(), len(f.replace(".", "").replace(" ", "")),
                                     -f.count("."), f))


def assign_survivors(plan: Plan, graph: Graph, clusters: list[Cluster], people: list[list[int]],
            attached: dict, singles: list, names: dict[str, str], rules: dict[int, set[str]]) -> dict[int, str]:
    """Give each person a surviving id (suffixed by region when namesakes collide) and fill ``plan``."""
    preferred: dict[str, list[int]] = defaultdict(list)
    survivor: list[str] = []
    for pi, members in enumerate(people):
        survivor.append(_survivor_id([u for ci in members for u in clusters[ci].units], names))
        preferred[survivor[pi]].append(pi)
    target: dict[int, str] = {}
    for pid, pis in preferred.items():
        if len(pis) == 1:
            target[pis[0]] = pid
            continue
        anchors = {pi: sorted(set().union(*(clusters[ci].anchors for ci in people[pi]))) for pi in pis}
        base = ":".join(pid.split(":")[:2])   # official:<slug>, without an earlier region suffix
        taken: set[str] = set()
        for pi in sorted(pis, key=lambda p: (bool(anchors[p]), anchors[p], people[p])):
            tid = base if not anchors[pi] else f"{base}:{anchors[pi][0]}"
            n = 2
            while tid in taken:
                tid, n = f"{base}:{anchors[pi][0] if anchors[pi] else 'x'}~{n}", n + 1
            taken.add(tid)
            target[pi] = tid
    unit_target: dict[tuple, str] = {}
    for pi, members in enumerate(people):
        tid = target[pi]
        ids = set()
        for ci in members:
            ids |= {nid for nid, _ in clusters[ci].units}
            if len({nid for nid, _ in clusters[ci].units}) > 1:
                plan.rules[tid].add(RULE_NAME)
                plan.counts[RULE_NAME] += len({nid for nid, _ in clusters[ci].units}) - 1
            unit_target.update({u: tid for u in clusters[ci].units})
        plan.rules[tid] |= rules.get(pi, set())
        for (nid, rule) in sorted({(u[0], rule) for u, rule in attached.get(pi, [])}):
            plan.rules[tid].add(rule)
            plan.counts[rule] += 1
            ids.add(nid)
        unit_target.update({u: tid for u, _ in attached.get(pi, [])})
        plan.merged[tid] |= ids - {tid}
        plan.names[tid] = _best_name(graph, ids, names[survivor[pi]])
    by_node: dict[str, dict[str | None, str]] = defaultdict(dict)
    for (nid, art), tid in unit_target.items():
        by_node[nid][art] = tid
    for nid, art in singles:
        by_node[nid].setdefault(art, nid)
    for nid in sorted(by_node):
        arts = by_node[nid]
        targets = set(arts.values())
        if len(targets) == 1:
            plan.whole[nid] = targets.pop()
            continue
        plan.parts[nid] = ({a: t for a, t in arts.items() if a is not None}, nid if nid in targets else min(targets))
        if len(name_key(names[nid]).split()) > 1:  # namesakes split apart (not a surname's parts)
            for t in targets:
                plan.rules[t].add(RULE_SPLIT)
            plan.counts[RULE_SPLIT] += len(targets) - 1
    return target
