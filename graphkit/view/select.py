"""Which part of the graph a view shows: a neighbourhood or the whole graph, capped.

Why a cap: a browser stays responsive with a couple of thousand nodes in
vis-network, not with tens of thousands.  Above ``max_nodes`` the view keeps
the highest-degree nodes (the ones a reader most likely looks for; the focus
node is always kept) and says so, in the page and on stderr, instead of
silently dropping data.  Article nodes and MENTIONS edges are provenance, not
knowledge: they are left out unless asked for, because every article would
otherwise be a hub linked to everything it mentions (the evidence shown on
hover already names the article).
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field

from ..errors import UsageError
from ..model import Edge, Graph


@dataclass
class Selection:
    nodes: list[str]
    edges: list[Edge]
    focus: str | None = None
    total: int = 0  # nodes before the cap
    notice: str | None = None
    extra: dict = field(default_factory=dict)


def find_official(graph: Graph, name: str) -> str:
    """An official id from an id, a name or alias (any case/accents), or a unique part of a name."""
    from ..names_lookup import find_official as resolve, from_graph
    return resolve(from_graph(graph), name)


def find_node(graph: Graph, value: str, prefix: str, what: str) -> str:
    node_id = value if value.startswith(prefix) else prefix + value
    if node_id not in graph.nodes:
        raise UsageError(f"no {what} {node_id!r} in the graph",
                         f"use an id from graph.json (e.g. {prefix}...)")
    return node_id


def adjacency(graph: Graph, articles: bool) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges.values():
        if not articles and e.type == "MENTIONS":
            continue
        adj[e.source].add(e.target)
        adj[e.target].add(e.source)
    return adj


def shown(graph: Graph, node_id: str, articles: bool) -> bool:
    return articles or "Article" not in graph.nodes[node_id].labels


def select(graph: Graph, *, official: str | None = None, region: str | None = None,
           event: str | None = None, depth: int = 2, max_nodes: int = 2000,
           articles: bool = False) -> Selection:
    """The nodes and edges to draw: the focus's ``depth`` neighbourhood, or everything; capped."""
    if sum(x is not None for x in (official, region, event)) > 1:
        raise UsageError("give only one of --official, --region, --event")
    focus = None
    if official is not None:
        focus = find_official(graph, official)
    elif region is not None:
        focus = find_node(graph, region, "region:", "region")
    elif event is not None:
        focus = find_node(graph, event, "event:", "event")
    adj = adjacency(graph, articles)
    if focus is None:
        keep = {n for n in graph.nodes if shown(graph, n, articles)}
    else:
        keep, frontier = {focus}, deque([(focus, 0)])
        while frontier:
            node, d = frontier.popleft()
            if d >= depth:
                continue
            for nb in sorted(adj.get(node, ())):
                if nb not in keep and nb in graph.nodes and shown(graph, nb, articles):
                    keep.add(nb)
                    frontier.append((nb, d + 1))
    total, notice = len(keep), None
    if max_nodes and total > max_nodes:
        degree = {n: len(adj.get(n, ())) for n in keep}
        ranked = sorted(keep, key=lambda n: (n != focus, -degree[n], n))
        keep = set(ranked[:max_nodes])
        cut: dict[str, int] = defaultdict(int)
        for n in ranked[max_nodes:]:
            cut[graph.nodes[n].label] += 1
        left_out = ", ".join(f"{k} {v}" for k, v in sorted(cut.items(), key=lambda kv: (-kv[1], kv[0])))
        notice = (f"Showing {max_nodes} of {total} nodes: the highest-degree ones (--max-nodes {max_nodes}); "
                  f"left out: {left_out}. "
                  "Narrow the view with --official, --region or --event, or raise --max-nodes.")
    edges = [e for e in graph.sorted_edges()
             if e.source in keep and e.target in keep and (articles or e.type != "MENTIONS")]
    return Selection(nodes=sorted(keep), edges=edges, focus=focus, total=total, notice=notice)
