"""Graph analytics that answer the users' standing questions (``graphkit analyze``).

Each function takes a ``Graph`` and returns plain rows (lists of dicts), so the
CLI prints them as tables or JSON and tests compare them with known answers.
Ordering is deterministic (score descending, then id) so two runs agree.

Why these definitions:

* centrality is about officials meeting each other at events, so betweenness
  is computed on the official projection of the official–event bipartite
  graph (LED/ATTENDED): an official who is the only link between two groups
  of officials scores high; degree is the number of distinct neighbours over
  all relationships except ``MENTIONS`` (provenance, not knowledge);
* a region's event count is rolled up along ``PART_OF`` so a province counts
  the events of its kabupaten/kota (and those of their kecamatan).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from .model import Graph

INTERIM = ("Pj", "Pjs", "Plt", "Plh")
ELECTION_TOPICS = ("netralitas-asn", "pilkada")
PARTICIPATION = ("LED", "ATTENDED")


def _name(graph: Graph, node_id: str) -> str:
    node = graph.nodes.get(node_id)
    if node is None:
        return node_id
    return str(node.properties.get("name") or node.properties.get("title") or node_id)


def _is(graph: Graph, node_id: str, label: str) -> bool:
    node = graph.nodes.get(node_id)
    return node is not None and label in node.labels


def official_events(graph: Graph) -> dict[str, set[str]]:
    """Official id -> the events they LED or ATTENDED."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type in PARTICIPATION and _is(graph, e.source, "Official"):
            out[e.source].add(e.target)
    return out


def co_attendance(graph: Graph) -> list[dict]:
    """Pairs of officials (a < b) who LED/ATTENDED the same events, weighted by how many."""
    by_event: dict[str, set[str]] = defaultdict(set)
    for off, events in official_events(graph).items():
        for ev in events:
            by_event[ev].add(off)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev, offs in by_event.items():
        for a, b in combinations(sorted(offs), 2):
            shared[(a, b)].append(ev)
    rows = [{"official_a": a, "official_b": b, "name_a": _name(graph, a), "name_b": _name(graph, b),
             "events": len(evs), "event_ids": sorted(evs)} for (a, b), evs in shared.items()]
    return sorted(rows, key=lambda r: (-r["events"], r["official_a"], r["official_b"]))


def projection(graph: Graph) -> nx.Graph:
    """Officials linked when they share an event; edge ``weight`` = shared events."""
    g = nx.Graph()
    g.add_nodes_from(official_events(graph))
    for row in co_attendance(graph):
        g.add_edge(row["official_a"], row["official_b"], weight=row["events"])
    return g


def central_officials(graph: Graph, top: int | None = 10) -> list[dict]:
    """Officials by betweenness on the co-attendance projection, then degree."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type != "MENTIONS":
            neighbours[e.source].add(e.target)
            neighbours[e.target].add(e.source)
    proj = projection(graph)
    between = nx.betweenness_centrality(proj, normalized=True) if proj.number_of_nodes() else {}
    events = official_events(graph)
    rows = []
    for node in graph.nodes.values():
        if "Official" not in node.labels:
            continue
        rows.append({"official": node.id, "name": _name(graph, node.id),
                     "degree": len(neighbours[node.id] - {node.id}),
                     "events": len(events.get(node.id, ())),
                     "co_attendees": proj.degree(node.id) if node.id in proj else 0,
                     "betweenness": round(between.get(node.id, 0.0), 6)})
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], -r["events"], r["official"]))
    return rows[:top] if top else rows


def in_region(graph: Graph) -> dict[str, str]:
    """Node id -> the (smallest) region id of its IN_REGION edges."""
    out: dict[str, str] = {}
    for e in graph.edges.values():
        if e.type == "IN_REGION" and (e.source not in out or e.target < out[e.source]):
            out[e.source] = e.target
    return out


def office_region(graph: Graph, office_id: str, index: dict[str, str] | None = None) -> str | None:
    """The region id of an office: its IN_REGION edge, else its ``region`` code."""
    index = in_region(graph) if index is None else index
    if office_id in index:
        return index[office_id]
    node = graph.nodes.get(office_id)
    code = node.properties.get("region") if node else None
    return f"region:{code}" if code else None


def interim_heads(graph: Graph) -> list[dict]:
    """HOLDS with capacity Pj/Pjs/Plt/Plh, with the office's region and the as_of date."""
    rows, index = [], in_region(graph)
    for e in graph.edges.values():
        cap = e.properties.get("capacity")
        if e.type != "HOLDS" or cap not in INTERIM:
            continue
        region = office_region(graph, e.target, index)
        rows.append({"official": e.source, "name": _name(graph, e.source), "capacity": cap,
                     "office": e.target, "office_name": _name(graph, e.target),
                     "region": region, "region_name": _name(graph, region) if region else None,
                     "as_of": e.properties.get("as_of")})
    return sorted(rows, key=lambda r: (r["name"], r["office"], r["capacity"]))


def statement_topics(graph: Graph) -> dict[str, set[str]]:
    """Statement id -> topic slugs, from its ``topics`` property and its ABOUT edges."""
    out: dict[str, set[str]] = defaultdict(set)
    for node in graph.nodes.values():
        if "Statement" in node.labels:
            out[node.id].update(node.properties.get("topics") or [])
    for e in graph.edges.values():
        if e.type == "ABOUT" and e.target.startswith("topic:"):
            out[e.source].add(e.target.split(":", 1)[1])
    return out


def topic_speakers(graph: Graph, topics=ELECTION_TOPICS) -> list[dict]:
    """Officials whose statements are about any of ``topics`` (default netralitas ASN, Pilkada)."""
    wanted = set(topics)
    about = statement_topics(graph)
    per: dict[str, dict] = {}
    for e in graph.edges.values():
        if e.type != "STATED" or not _is(graph, e.source, "Official"):
            continue
        hit = about.get(e.target, set()) & wanted
        if not hit:
            continue
        row = per.setdefault(e.source, {"official": e.source, "name": _name(graph, e.source),
                                        "statements": 0, "topics": set(), "dates": set(),
                                        "statement_ids": set()})
        row["statements"] += 1
        row["statement_ids"].add(e.target)
        row["topics"] |= hit
        date = graph.nodes[e.target].properties.get("date") if e.target in graph.nodes else None
        if date:
            row["dates"].add(date)
    rows = [{**r, "topics": sorted(r["topics"]), "dates": sorted(r["dates"]),
             "statement_ids": sorted(r["statement_ids"])} for r in per.values()]
    return sorted(rows, key=lambda r: (-r["statements"], r["official"]))


def parents(graph: Graph) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type == "PART_OF":
            out[e.source].add(e.target)
    return out


def ancestors(region: str, up: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = [region]
    while stack:
        for p in up.get(stack.pop(), ()):
            if p not in seen:
                seen.add(p)
                stack.append(p)
    return seen


def event_regions(graph: Graph) -> dict[str, set[str]]:
    """Event id -> region ids (IN_REGION edges, else the ``region`` code property)."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type == "IN_REGION" and _is(graph, e.source, "Event"):
            out[e.source].add(e.target)
    for node in graph.nodes.values():
        if "Event" in node.labels and node.id not in out and node.properties.get("region"):
            out[node.id].add(f"region:{node.properties['region']}")
    return out


def regions_by_events(graph: Graph, top: int | None = 10) -> list[dict]:
    """Regions by events held in them, counting a region's parts too (kab/kota -> provinsi)."""
    up = parents(graph)
    direct: Counter = Counter()
    total: dict[str, set[str]] = defaultdict(set)
    for ev, regions in event_regions(graph).items():
        for r in regions:
            direct[r] += 1
            for target in {r} | ancestors(r, up):
                total[target].add(ev)
    rows = []
    for rid, evs in total.items():
        node = graph.nodes.get(rid)
        rows.append({"region": rid, "name": _name(graph, rid),
                     "kind": node.properties.get("kind") if node else None,
                     "events": len(evs), "direct": direct.get(rid, 0)})
    rows.sort(key=lambda r: (-r["events"], -r["direct"], r["region"]))
    return rows[:top] if top else rows


def analyze(graph: Graph, top: int = 10) -> dict:
    """Every analysis in one report (what ``graphkit analyze --json`` prints)."""
    return {"central_officials": central_officials(graph, top),
            "co_attendance": co_attendance(graph)[:top],
            "interim_heads": interim_heads(graph),
            "election_speakers": topic_speakers(graph)[:top],
            "regions_by_events": regions_by_events(graph, top)}
