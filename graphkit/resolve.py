"""Resolution: merge nodes that denote the same official, statement, venue or organisation.

Extraction keys every node (``official:<slug>``, ``statement:<hash>`` ...), so
identical keys already meet in one node when per-article graphs are merged.
Resolution handles what keys do not catch: spelling and honorific variants of
one official, a surname standing for a full name, a quote reprinted by three
outlets, a venue written with and without punctuation.  It also *splits* a
key that two different people share (same name, offices in different regions).

Why it is built this way:

* ``resolve`` is a pure function of the merged graph, and the merged graph
  does not depend on input order (``Graph.merge`` is commutative), so building
  A then B equals building A+B, and shuffled input gives the same bytes.
* Every rule is keyed (blocking on a normalised name, an article, an office or
  a region); there is no all-pairs comparison, so cost stays near-linear.
* Every rule produces a *plan* (which surviving id each node, or each
  article's part of a node, goes to); ``apply_plan`` then rebuilds nodes and
  rewires edges in one pass, and ``Graph.merge`` unions provenance.  The
  rules are closed under their own output, so resolve(resolve(g)) == resolve(g).

The official rules live in ``resolve_officials``; this module holds the
shared normalisation, the plan, its application, and the simpler rules.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Edge, Graph, Node

STATEMENT_RULE = "statement:same-speaker-text"
QUOTE_RULE = "speaker:same-quote"
MIN_QUOTE = 25   # characters of normalised text for a quote to identify its speaker
VENUE_RULE = "venue:same-name-region"
ORG_RULE = "org:same-name-region"
# Leading words that do not change which place a venue is ("di Gedung Sasana Bakti").
VENUE_PREFIXES = {"di", "ke", "dari", "gedung", "gd"}


def fold(text: str) -> str:
    """Lower case without accents (NFKD), the base of every comparison key."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def text_key(text: str) -> str:
    """Text equal after case, accent, punctuation and whitespace normalisation."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


@dataclass
class Plan:
    """Where each node goes.  ``whole``: node id -> surviving id; ``parts``: node id ->
    (article -> surviving id, default id for facts without sources)."""

    whole: dict[str, str] = field(default_factory=dict)
    parts: dict[str, tuple[dict[str, str], str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)          # survivor -> chosen name
    rules: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    merged: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    relabel: dict[str, str] = field(default_factory=dict)         # node id -> label it takes when moved

    def target(self, node_id: str, article: str | None = None) -> str:
        part = self.parts.get(node_id)
        if part is not None:
            return part[0].get(article, part[1]) if article is not None else part[1]
        return self.whole.get(node_id, node_id)

    def merge_group(self, ids: list[str], survivor: str, rule: str, name: str | None = None) -> None:
        """Send every id of ``ids`` to ``survivor`` (whole nodes) under ``rule``."""
        for i in ids:
            self.whole[i] = survivor
            if i != survivor:
                self.merged[survivor].add(i)
        if len(set(ids)) > 1:
            self.rules[survivor].add(rule)
            self.counts[rule] += len(set(ids)) - 1
        if name:
            self.names[survivor] = name


def _restrict(props: dict, articles: set[str]) -> dict:
    """The properties of a node or edge as read from ``articles`` only."""
    out = dict(props)
    if "sources" in out:
        out["sources"] = [a for a in out["sources"] if a in articles]
    if "evidence" in out:
        out["evidence"] = [e for e in out["evidence"] if e.get("article") in articles]
    return out


def _split_by(ids: list[str], key) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for a in ids:
        groups[key(a)].add(a)
    return groups


def apply_plan(graph: Graph, plan: Plan) -> Graph:
    """Rebuild ``graph`` with every node moved to its surviving id and every edge rewired."""
    out = Graph()
    contributors: dict[str, set[str]] = defaultdict(set)
    for node in graph.sorted_nodes():
        sources = list(node.properties.get("sources") or [])
        if node.id in plan.parts and sources:
            groups = _split_by(sources, lambda a: plan.target(node.id, a))
            for target in sorted(groups):
                props = _restrict(node.properties, groups[target])
                out.add_node(Node.model_construct(id=target, labels=_labels(node, target, plan), properties=props))
                contributors[target].add(node.id)
        else:
            target = plan.target(node.id)
            if target == node.id:
                out.add_node(node)  # unchanged: shared, never mutated (Graph.add_node merges into a copy)
            else:
                out.add_node(Node.model_construct(id=target, labels=_labels(node, target, plan),
                                                  properties=dict(node.properties)))
            contributors[target].add(node.id)
    for edge in graph.sorted_edges():
        if edge.source not in plan.parts and edge.target not in plan.parts:
            groups = {(plan.target(edge.source), plan.target(edge.target)): None}
        else:
            sources = list(edge.properties.get("sources") or [])
            groups = {pair: set(arts) for pair, arts in _split_by(
                sources, lambda a: (plan.target(edge.source, a), plan.target(edge.target, a))).items()} \
                if sources else {(plan.target(edge.source), plan.target(edge.target)): None}
        for (src, tgt), arts in sorted(groups.items(), key=lambda kv: kv[0]):
            if src == tgt and edge.source != edge.target:
                continue  # two merged nodes' mutual edge is not a fact about one node
            if arts is None and (src, tgt) == (edge.source, edge.target):
                out.add_edge(edge)
                continue
            props = dict(edge.properties) if arts is None else _restrict(edge.properties, arts)
            out.add_edge(Edge.model_construct(type=edge.type, source=src, target=tgt, properties=props))
    _annotate(out, graph, plan, contributors)
    return out


def _labels(node: Node, target: str, plan: Plan) -> list[str]:
    if target != node.id and node.id in plan.relabel:
        return [plan.relabel[node.id]]
    return list(node.labels)


def _annotate(out: Graph, graph: Graph, plan: Plan, contributors: dict[str, set[str]]) -> None:
    """Chosen name, aliases from merged-away names, merged_ids and merge_rules on survivors."""
    for target, ids in contributors.items():
        node = out.nodes[target]
        props = dict(node.properties)
        changed = False
        if target in plan.names and props.get("name") != plan.names[target]:
            props["name"] = plan.names[target]
            changed = True
        if len(ids) > 1 or ids != {target} or changed:
            name = props.get("name")
            others = {graph.nodes[i].properties.get("name") for i in ids} - {name, None}
            if others:
                props["aliases"] = sorted(set(props.get("aliases") or []) | others)
                changed = True
        if plan.merged.get(target):
            props["merged_ids"] = sorted(set(props.get("merged_ids") or []) | plan.merged[target])
            changed = True
        if plan.rules.get(target):
            props["merge_rules"] = sorted(set(props.get("merge_rules") or []) | plan.rules[target])
            changed = True
        if changed:
            out.nodes[target] = Node.model_construct(id=target, labels=node.labels, properties=props)


def _label_nodes(graph: Graph, label: str) -> list[Node]:
    return [n for n in graph.sorted_nodes() if label in n.labels]


def _survivor(nodes: list[Node]) -> Node:
    """The most complete name wins (longest), ties by smallest id."""
    return min(nodes, key=lambda n: (-len(str(n.properties.get("name") or "")), n.id))


def plan_statements(graph: Graph, plan: Plan) -> None:
    """One Statement per (speaker, normalised text): a reprinted quote gets one id, many sources.

    The speaker is the resolved id of the STATED source (after the official
    rules), so a quote attributed to "Hera" in one outlet and "Heran" in another
    meets once the two officials have merged.  The surviving id is the smallest.
    """
    speakers: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if e.type == "STATED":
            for a in e.properties.get("sources") or [None]:
                speakers[e.target].add(plan.target(e.source, a))
    groups: dict[tuple, list[str]] = defaultdict(list)
    for n in _label_nodes(graph, "Statement"):
        key = text_key(n.properties.get("text", ""))
        if key:
            groups[("|".join(sorted(speakers.get(n.id, ()))), key)].append(n.id)
    for ids in groups.values():
        if len(ids) > 1:
            plan.merge_group(ids, min(ids), STATEMENT_RULE)


def plan_quote_speakers(graph: Graph, plan: Plan) -> None:
    """A long quote printed by two outlets under "Willy" and "Willy Indra Yunani" ties the two speakers.

    The shorter name (its words a proper subset of the longer's, same label)
    joins the one longer speaker of the same quote, only for the articles
    that attribute that quote to it: the quote is the evidence, so a "Willy"
    of another article is not touched.
    """
    from .resolve_officials import name_key
    stated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in graph.sorted_edges():
        if e.type == "STATED" and e.source in graph.nodes:
            stated[e.target].extend((e.source, a) for a in e.properties.get("sources") or [])
    by_text: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in _label_nodes(graph, "Statement"):
        key = text_key(n.properties.get("text", ""))
        if len(key) >= MIN_QUOTE:
            by_text[key].extend(stated.get(n.id, ()))
    words = {}
    for sid in {s for items in by_text.values() for s, _ in items}:
        words[sid] = set(name_key(str(graph.nodes[sid].properties.get("name") or "")).split())
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for items in by_text.values():
        speakers = sorted({s for s, _ in items})
        for short in speakers:
            if short in plan.parts or plan.whole.get(short, short) != short or not words[short]:
                continue
            longs = [s for s in speakers if words[short] < words[s]
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


def _place_key(name: str, strip_prefixes: bool) -> str:
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
    for e in graph.edges.values():
        if e.type == "IN_REGION":
            in_region[e.source].add(e.target.removeprefix("region:"))
    by_name: dict[str, dict[str | None, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for n in _label_nodes(graph, label):
        key = _place_key(str(n.properties.get("name") or ""), strip_prefixes)
        if key:
            by_name[key][_region_of(graph, n, in_region)].append(n)
    for regions in by_name.values():
        if None in regions and len(regions) == 2:
            regions[min(r for r in regions if r is not None)].extend(regions.pop(None))
        for nodes in regions.values():
            if len(nodes) > 1:
                best = _survivor(nodes)
                plan.merge_group([n.id for n in nodes], best.id, rule, best.properties.get("name"))


MAX_PASSES = 6


def make_plan(graph: Graph) -> Plan:
    """Every rule's decisions for ``graph``, officials first (statements use their survivors)."""
    from .resolve_officials import plan_officials
    plan = Plan()
    plan_officials(graph, plan)
    plan_quote_speakers(graph, plan)
    plan_statements(graph, plan)
    plan_places(graph, plan, "Venue", VENUE_RULE, strip_prefixes=True)
    plan_places(graph, plan, "Organization", ORG_RULE, strip_prefixes=False)
    return plan


def _is_noop(graph: Graph, plan: Plan) -> bool:
    if plan.parts or any(k != v for k, v in plan.whole.items()):
        return False
    for target, name in plan.names.items():
        if graph.nodes[target].properties.get("name") != name:
            return False
    for attr, table in (("merged_ids", plan.merged), ("merge_rules", plan.rules)):
        for target, values in table.items():
            if values and not set(values) <= set(graph.nodes[target].properties.get(attr) or ()):
                return False
    return True


def resolve(graph: Graph) -> tuple[Graph, dict]:
    """Return the resolved graph and the number of nodes merged away (or split off) per rule.

    The rules run to a fixpoint: a merge can give a node the region or the
    article that lets another rule fire (a surname that brings its office to
    the full name), so the plan is rebuilt on the result until it changes
    nothing; that is what makes resolve(resolve(g)) == resolve(g).  Two
    passes are the norm; ``MAX_PASSES`` bounds pathological inputs.
    """
    counts: dict[str, int] = defaultdict(int)
    for _ in range(MAX_PASSES):
        plan = make_plan(graph)
        if _is_noop(graph, plan):
            break
        graph = apply_plan(graph, plan)
        for rule, n in plan.counts.items():
            counts[rule] += n
    return graph, {k: counts[k] for k in sorted(counts) if counts[k]}
