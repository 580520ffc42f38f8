"""The resolution plan and its application: where every node goes, then one rebuild.

Rules only *decide* (fill a ``Plan``); ``apply_plan`` moves each node — or
each article's part of a node, when a key holds two people — to its surviving
id, rewires every edge by the same per-article decision, lets ``Graph.merge``
union provenance, and records ``merged_ids``, ``merge_rules`` and the
merged-away names (as ``aliases``) on the survivors.  Keeping decisions apart
from the rebuild is what lets every rule see the same input graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Edge, Graph, Node


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


def _restrict(props: dict, groups: dict) -> dict:
    """The properties of a node or edge as read from each group of articles (``groups``: key -> articles, the
    groups disjoint), by key.  One walk over the sources and the evidence for all groups: a namesake split
    into many regions filtered its whole evidence once per region (thousands of items for a common name)."""
    where = {a: k for k, arts in groups.items() for a in arts}
    out = {k: dict(props) for k in groups}
    for field_, article_of in (("sources", lambda a: a), ("evidence", lambda e: e.get("article"))):
        if field_ in props:
            lists: dict = {k: [] for k in groups}
            for item in props[field_]:
                k = where.get(article_of(item))
                if k is not None:
                    lists[k].append(item)
            for k in groups:
                out[k][field_] = lists[k]
    return out


def _split_by(ids: list[str], key) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for a in ids:
        groups[key(a)].add(a)
    return groups


def apply_plan(graph: Graph, plan: Plan, changes=None) -> Graph:
    """Rebuild ``graph`` with every node moved to its surviving id and every edge rewired.

    ``changes`` (a ``resolve.view.Changes``), if given, receives every node id and edge key whose
    presence or object in the result may differ from ``graph`` (the next pass derives its view from it).

    Nodes the plan leaves in place, and edges between two of them, are shared with ``graph`` as they
    are (most of a pass: a plan moves a few hundred of ~10^5 items); the moved ones are then added in
    sorted order, merging into what is there (``Graph.add_node``/``add_edge`` merge order-independently).
    The records it makes are ``Node.trusted``/``Edge.trusted``: their values are already of the field types,
    and pydantic's ``model_construct`` (the same object) loops over the fields in Python, ~3x the cost for the
    ~226k records an incremental resolution at 100k articles makes.
    """
    out = Graph()
    moving = set(plan.parts) | {nid for nid, target in plan.whole.items() if target != nid}
    # who went into each node: a node the plan leaves in place is its own only contributor (implied,
    # not stored: only the nodes something moved into are listed, and only they can change)
    contributors: dict[str, set[str]] = {}

    def joined(target: str) -> set[str]:
        got = contributors.get(target)
        if got is None:
            got = contributors[target] = {target} if target in graph.nodes and target not in moving else set()
        return got

    out.nodes = dict(graph.nodes)  # in place: shared as they are, in the same order
    for nid in moving & graph.nodes.keys():
        del out.nodes[nid]
    touched_nodes = set(moving)
    for nid in sorted(moving & graph.nodes.keys()):
        node = graph.nodes[nid]
        sources = list(node.properties.get("sources") or [])
        if node.id in plan.parts and sources:
            groups = _split_by(sources, lambda a: plan.target(node.id, a))
            restricted = _restrict(node.properties, groups)
            for target in sorted(groups):
                props = restricted[target]
                out.add_node(Node.trusted(target, _labels(node, target, plan), props))
                joined(target).add(node.id)
                touched_nodes.add(target)
        else:
            target = plan.target(node.id)
            if target == node.id:
                out.add_node(node)  # unchanged: shared, never mutated (Graph.add_node merges into a copy)
            else:
                out.add_node(Node.trusted(target, _labels(node, target, plan), dict(node.properties)))
            joined(target).add(node.id)
            touched_nodes.add(target)
    # an edge key is (type, source, target, qualifier): the edges to rewire are found on the keys
    rewired = [key for key in graph.edges if key[1] in moving or key[2] in moving]
    out.edges = dict(graph.edges)
    for key in rewired:
        del out.edges[key]
    touched_edges = set(rewired)
    for key in sorted(rewired):
        edge = graph.edges[key]
        if edge.source not in plan.parts and edge.target not in plan.parts:
            groups = {(plan.target(edge.source), plan.target(edge.target)): None}
        else:
            sources = list(edge.properties.get("sources") or [])
            groups = {pair: set(arts) for pair, arts in _split_by(
                sources, lambda a: (plan.target(edge.source, a), plan.target(edge.target, a))).items()} \
                if sources else {(plan.target(edge.source), plan.target(edge.target)): None}
        restricted = _restrict(edge.properties, {p: a for p, a in groups.items() if a is not None})
        for (src, tgt), arts in sorted(groups.items(), key=lambda kv: kv[0]):
            if src == tgt and edge.source != edge.target:
                continue  # two merged nodes' mutual edge is not a fact about one node
            if arts is None and (src, tgt) == (edge.source, edge.target):
                touched_edges.add(out.add_edge(edge).key)
                continue
            props = dict(edge.properties) if arts is None else restricted[(src, tgt)]
            touched_edges.add(out.add_edge(Edge.trusted(edge.type, src, tgt, props)).key)
    for target in (plan.names.keys() | plan.merged.keys() | plan.rules.keys()) & out.nodes.keys():
        joined(target)
    _annotate(out, graph, plan, contributors)
    if changes is not None:
        changes.nodes |= touched_nodes | contributors.keys()
        changes.edges |= touched_edges
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
            out.nodes[target] = Node.trusted(target, node.labels, props)
