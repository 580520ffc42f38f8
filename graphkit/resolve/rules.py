"""The rules for statements, quote speakers, venues and organisations.

Each fills the shared ``Plan`` after the official rules have run, so it sees
resolved speakers: a quote attributed to "Hera" in one outlet and "Heran
Nugrahayu" in another meets once the two officials are one.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Graph, Node
from .keys import anchor, middle_match, name_key, text_key
from .plan import Plan

PERSON_RULE = "official:person-same-name-region"
STATEMENT_RULE = "statement:same-speaker-text"
QUOTE_RULE = "speaker:same-quote"
MIN_QUOTE = 25   # characters of normalised text for a quote to identify its speaker
VENUE_RULE = "venue:same-name-region"
ORG_RULE = "org:same-name-region"
# Leading words that do not change which place a venue is ("di Gedung Sasana Bakti").
VENUE_PREFIXES = {"di", "ke", "dari", "gedung", "gd"}


def nodes_with_label(graph: Graph, label: str) -> list[Node]:
    """Nodes with ``label`` in id order (a resolution pass's view has them bucketed already)."""
    if hasattr(graph, "nodes_labeled"):
        return graph.nodes_labeled(label)
    return [n for n in graph.sorted_nodes() if label in n.labels]


def edges_of_type(graph: Graph, edge_type: str) -> list:
    """Edges of one type in key order (a resolution pass's view has them bucketed already)."""
    if hasattr(graph, "edges_of"):
        return graph.edges_of(edge_type)
    return [e for e in graph.sorted_edges() if e.type == edge_type]


def _survivor(nodes: list[Node]) -> Node:
    """Names here are equal up to case, punctuation and a leading "di"/"Gedung", so the
    best-written one wins: mixed case, then shortest (no stray prefix or dot), then smallest id."""
    def rank(n: Node) -> tuple:
        name = str(n.properties.get("name") or "")
        return (name.isupper() or name.islower(), len(name), n.id)
    return min(nodes, key=rank)


def plan_statements(graph: Graph, plan: Plan) -> None:
    """One Statement per (speaker, normalised text): a reprinted quote gets one id, many sources.

    The speaker is the resolved id of the STATED source (after the official
    rules), so a quote attributed to "Hera" in one outlet and "Heran" in another
    meets once the two officials have merged.  The surviving id is the smallest.
    """
    # only statements whose text another statement shares can be merged: the speakers of the others are
    # never looked up (most statements of a corpus are printed once)
    by_key: dict[str, list[str]] = defaultdict(list)
    for n in nodes_with_label(graph, "Statement"):
        key = text_key(n.properties.get("text", ""))
        if key:
            by_key[key].append(n.id)
    shared = {sid for ids in by_key.values() if len(ids) > 1 for sid in ids}
    speakers: dict[str, set[str]] = defaultdict(set)
    for e in edges_of_type(graph, "STATED"):
        if e.target in shared:
            for a in e.properties.get("sources") or [None]:
                speakers[e.target].add(plan.target(e.source, a))
    groups: dict[tuple, list[str]] = defaultdict(list)
    for key, ids in by_key.items():
        if len(ids) > 1:
            for sid in ids:
                groups[("|".join(sorted(speakers.get(sid, ()))), key)].append(sid)
    for ids in groups.values():
        if len(ids) > 1:
            plan.merge_group(ids, min(ids), STATEMENT_RULE)


def plan_quote_speakers(graph: Graph, plan: Plan, only: set[str] | None = None) -> None:
    """A long quote printed by two outlets under "Willy" and "Willy Indra Yunani" ties the two speakers.

    The shorter name (its words a proper subset of the longer's, same label)
    joins the one longer speaker of the same quote, only for the articles
    that attribute that quote to it: the quote is the evidence, so a "Willy"
    of another article is not touched.  ``only`` (a pass restricted by ``reach``): just those speakers may
    be moved (the view holds every quote of theirs, not every quote of the others it shows).
    """
    stated: dict[str, list] = defaultdict(list)  # statement -> its STATED edges with a speaker and a source
    for e in edges_of_type(graph, "STATED"):
        if e.source in graph.nodes and e.properties.get("sources"):
            stated[e.target].append(e)
    by_text: dict[str, list[str]] = defaultdict(list)
    for n in nodes_with_label(graph, "Statement"):
        if n.id in stated:
            key = text_key(n.properties.get("text", ""))
            if len(key) >= MIN_QUOTE:
                by_text[key].append(n.id)
    shared = []  # quotes with two speakers or more (with one, nobody's name can be a longer form of its own)
    for sids in by_text.values():  # the (speaker, article) items are made only for those
        speakers = sorted({e.source for sid in sids for e in stated[sid]})
        if len(speakers) > 1:
            shared.append(([(e.source, a) for sid in sids for e in stated[sid] for a in e.properties["sources"]],
                           speakers))
    move_short_speakers(graph, plan, shared, only)


def move_short_speakers(graph: Graph, plan: Plan, shared: list[tuple[list[tuple[str, str]], list[str]]],
                        only: set[str] | None = None) -> None:
    """``plan_quote_speakers``'s decision, given each shared quote's (speaker, article) items and its speakers."""
    words = {}
    for sid in {s for _, speakers in shared for s in speakers}:
        words[sid] = set(name_key(str(graph.nodes[sid].properties.get("name") or "")).split())
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for items, speakers in shared:
        having: dict[str, set[str]] = defaultdict(set)  # word -> this quote's speakers with it in their name
        for s in speakers:
            for w in words[s]:
                having[w].add(s)
        for short in speakers:
            if only is not None and short not in only:
                continue
            if short in plan.parts or plan.whole.get(short, short) != short or plan.merged.get(short) \
                    or not words[short]:  # already moved, or already a survivor: leave it to the next pass
                continue
            # a longer form has every word of the short one: only the speakers sharing all of them are compared
            # (a quote reprinted by hundreds of articles made the comparison of every pair the rule's cost)
            common = set.intersection(*sorted((having[w] for w in words[short]), key=len))
            longs = [s for s in common if words[short] < words[s]
                     and graph.nodes[s].label == graph.nodes[short].label]
            if len(longs) == 1:
                for s, a in items:
                    if s == short:
                        moves[short][a] = plan.target(longs[0], a)
    for short in sorted(moves):
        arts = moves[short]
        sources = set(graph.nodes[short].properties.get("sources") or [])
        targets = set(arts.values())
        if sources <= set(arts) and len(targets) == 1:
            plan.whole[short] = next(iter(targets))
        else:
            plan.parts[short] = (arts, short)
        for t in targets:
            plan.merged[t].add(short)
            plan.rules[t].add(QUOTE_RULE)
        plan.counts[QUOTE_RULE] += 1


def _region_of(graph: Graph, node: Node, in_region: dict[str, set[str]]) -> str | None:
    region = node.properties.get("region")
    if region:
        return str(region)
    regions = in_region.get(node.id)
    return min(regions) if regions else None


def place_key(name: str, strip_prefixes: bool) -> str:
    words = text_key(name).split()
    while strip_prefixes and len(words) > 1 and words[0] in VENUE_PREFIXES:
        words = words[1:]
    return " ".join(words)


def plan_places(graph: Graph, plan: Plan, label: str, rule: str, strip_prefixes: bool) -> None:
    """Venues (and organisations) equal in normalised name and region become one node.

    A node without a region joins the one regioned group of the same name
    when there is exactly one; with several it stays apart (it is ambiguous).
    """
    in_region: dict[str, set[str]] = defaultdict(set)
    for e in edges_of_type(graph, "IN_REGION"):
        in_region[e.source].add(e.target.removeprefix("region:"))
    by_name: dict[str, dict[str | None, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for n in nodes_with_label(graph, label):
        key = place_key(str(n.properties.get("name") or ""), strip_prefixes)
        if key:
            by_name[key][_region_of(graph, n, in_region)].append(n)
    for regions in by_name.values():
        if None in regions and len(regions) == 2:
            regions[min(r for r in regions if r is not None)].extend(regions.pop(None))
        for nodes in regions.values():
            if len(nodes) > 1:
                best = _survivor(nodes)
                plan.merge_group([n.id for n in nodes], best.id, rule, best.properties.get("name"))


def _article_anchors(graph: Graph) -> dict[str, set[str]]:
    """Regions each article mentions, as anchors, with the province of every kabupaten/kota.

    A union per article, so the MENTIONS edges are read in whatever order a pass's view has them: sorting
    them (two thirds of all edges) cost ~1 CPU-s of the first pass at 100k articles for nothing."""
    out: dict[str, set[str]] = defaultdict(set)
    unsorted = getattr(graph, "edges_any_order", None)
    for e in (unsorted("MENTIONS") if unsorted is not None else edges_of_type(graph, "MENTIONS")):
        if e.target.startswith("region:"):
            a = anchor(e.target.removeprefix("region:"))
            if a:
                out[e.source] |= {a, a.split(".")[0]}
    return out


def plan_persons(graph: Graph, plan: Plan, officials: list[tuple[str, set[str], set[str]]]) -> None:
    """Rule ``official:person-same-name-region``: a Person (extraction saw no post in that article)
    whose full name (two words or more) is the name of exactly one official placed in a region the
    article mentions is that official there; other articles' parts of the Person are untouched.
    "The name" allows what ``middle_match`` allows ("Petronella Risamasu" for "Petronella Marcia
    Risamasu"); candidates are found by the last word, never by scanning all officials.

    ``officials``: (surviving id, multi-word name keys, anchors) of every resolved official.
    """
    by_last: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for tid, keys, anchors in officials:
        for key in keys:
            by_last[key.split()[-1]].append((key, tid, anchors))
    memo = getattr(graph, "memo", None)
    if memo is None:
        regions = _article_anchors(graph)
    else:  # articles and regions never move, so their MENTIONS edges are the same in every pass
        if memo.article_anchors is None:
            memo.article_anchors = _article_anchors(graph)
        regions = memo.article_anchors
    for node in nodes_with_label(graph, "Person"):
        key = name_key(str(node.properties.get("name") or ""))
        if node.label != "Person" or len(key.split()) < 2 or key.split()[-1] not in by_last:
            continue
        named = [(tid, anchors) for k, tid, anchors in by_last[key.split()[-1]] if k == key or middle_match(k, key)]
        moves = {}
        for art in node.properties.get("sources") or []:
            cands = {tid for tid, anchors in named if anchors & regions.get(art, set())}
            if len(cands) == 1:
                moves[art] = cands.pop()
        if not moves:
            continue
        if set(moves) == set(node.properties.get("sources") or []) and len(set(moves.values())) == 1:
            plan.whole[node.id] = next(iter(moves.values()))
        else:
            plan.parts[node.id] = (moves, node.id)
        plan.relabel[node.id] = "Official"
        for t in set(moves.values()):
            plan.merged[t].add(node.id)
            plan.rules[t].add(PERSON_RULE)
        plan.counts[PERSON_RULE] += 1
