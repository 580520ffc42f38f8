"""``rdf_update._group_sizes``: edges per (type, source, target) found by bisection in the sorted edge keys
count what a pass over every edge counts (HOLDS in several capacities, ids that extend one another)."""
from __future__ import annotations

import random

from graphkit.model import Edge, Graph
from graphkit.stores.rdf_update import _group_sizes


def test_bisection_counts_what_a_pass_counts():
    rng = random.Random(3)
    ids = ["a", "a:1", "a:10", "a:1\u00e9", "b", "b:2", "b:2:x", "c"]
    graph = Graph()
    for _ in range(300):
        etype = rng.choice(["HOLDS", "IN_REGION", "MENTIONS"])
        cap = rng.choice(["", "acting", "chair", "deputy"]) if etype == "HOLDS" else ""
        edge = Edge.trusted(etype, rng.choice(ids), rng.choice(ids), {"capacity": cap} if cap else {})
        graph.edges[edge.key] = edge
    groups = {k[:3] for k in rng.sample(sorted(graph.edges), 40)}
    groups |= {("HOLDS", "a", "zzz"), ("MENTIONS", "a:1", "a")}  # absent groups too
    assert _group_sizes(graph, groups, sorted(graph.edges)) == _group_sizes(graph, groups, None)
