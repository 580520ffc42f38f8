"""Would resolution by blocks pay off? Sizes of the blocks of a merged graph (issue #20).

    python bench/resolve_blocks.py OUT/current/merged.json

A *block* is a connected component of resolvable nodes linked by a key through which some rule may
join them or by an edge between two of them; resolution could re-run only on the blocks a build
touches if the blocks were small.  This prints the block sizes with every kind of link, and with
some left out, to show which links make one block of nearly everything.

Every rule joins nodes only through a key they share: rule 1 a name key, rule 2 a variant of one
(one-deletion variants, a masked word, first and last words up to a typo), rule 3 a word of a name,
the Person rule a full name up to a middle name, the statement and quote rules a quote's text, the
place rules a place name.  A rule also reads a node's edges (HOLDS, STATED, IN_REGION ...) and the
office nodes those point to, but never another node's decision unless the two share a key or an
edge.  So the *blocks* — connected components of resolvable nodes (officials, persons, statements,
venues, organisations) linked by a shared key or by an edge between two of them — are resolved
independently: resolving the whole graph gives, for each block, what resolving that block alone
(with its edges and the offices it holds) gives, and every node and edge outside the blocks passes
through unchanged.  Two things make that hold:

* no decision depends on how many nodes a place or a key holds across blocks (``resolve.variants.spelling_pairs``
  finds the same joins in a crowded place as in a small one);
* the keys here over-approximate every rule's test: two nodes a rule can ever join share a key,
  whatever the pass (a merge only adds names and places inside its own block).

``block_keys`` lists a node's keys; ``blocks`` groups a graph's resolvable nodes.  (The first point
does not hold on main: a place holding more than ``SMALL_PLACE`` people finds candidate pairs
through variant keys that can miss a middle-name pair with a typo in its first two letters.)
"""
from __future__ import annotations

from collections import defaultdict

import json
import sys
import time
from pathlib import Path

from graphkit.model import Graph, Node
from graphkit.resolve.keys import UnionFind, name_key, text_key

RESOLVABLE = frozenset({"Official", "Person", "Statement", "Venue", "Organization"})


def _dels(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))} | {key, key.replace(" ", "")}


def _word_variants(word: str) -> set[str]:
    return {word} | ({word[:i] + word[i + 1:] for i in range(len(word))} if len(word) >= 4 else set())


def _name_keys(key: str, tokens: bool) -> set[tuple]:
    """Keys of one official or person name: every test of rules 1-4 between two names needs one shared."""
    words = key.split()
    if not words:
        return set()
    out: set[tuple] = {("tok", w) for w in words} if tokens else set()
    if len(words) == 1:
        return out | {("tok", key), ("del", key)} | {("del", v) for v in _dels(key)}
    out |= {("del", v) for v in _dels(key)}
    out |= {("mask", i, " ".join(words[:i] + ["*"] + words[i + 1:])) for i in range(len(words))}
    out |= {("ends", f, la) for f in _word_variants(words[0]) for la in _word_variants(words[-1])}
    return out


def block_keys(node: Node) -> set[tuple]:
    """The keys through which a rule may join ``node`` to another node (empty: it never moves)."""
    labels = set(node.labels)
    props = node.properties
    out: set[tuple] = set()
    if labels & {"Official", "Person"}:
        names = [props.get("name"), *(props.get("aliases") or [])]
        for name in names:
            out |= _name_keys(name_key(str(name or "")), tokens=True)
    if "Statement" in labels:
        key = text_key(props.get("text", ""))
        if key:
            out.add(("text", key))
    for label in ("Venue", "Organization"):
        if label in labels:
            words = text_key(str(props.get("name") or "")).split()
            while words:  # the place key with and without leading prefixes: a superset is still sound
                out.add(("place", label, " ".join(words)))
                words = words[1:]
    return out


def is_resolvable(node: Node) -> bool:
    return not RESOLVABLE.isdisjoint(node.labels)


def blocks(graph: Graph) -> dict[str, int]:
    """Node id -> block number for every resolvable node of ``graph`` (numbers are block roots)."""
    ids = [nid for nid, n in graph.nodes.items() if is_resolvable(n)]
    index = {nid: i for i, nid in enumerate(ids)}
    uf = UnionFind(len(ids))
    first: dict[tuple, int] = {}
    for i, nid in enumerate(ids):
        for k in block_keys(graph.nodes[nid]):
            j = first.setdefault(k, i)
            if j != i:
                uf.union(i, j)
    for e in graph.edges.values():
        a, b = index.get(e.source), index.get(e.target)
        if a is not None and b is not None:
            uf.union(a, b)
    return {nid: uf.find(i) for i, nid in enumerate(ids)}


def sizes(assignment: dict[str, int]) -> list[int]:
    count: dict[int, int] = defaultdict(int)
    for b in assignment.values():
        count[b] += 1
    return sorted(count.values(), reverse=True)


def main(path: str) -> dict:
    from graphkit.buildstate import fast_graph
    graph = fast_graph(Path(path))
    keys = block_keys
    out = {"resolvable_nodes": sum(1 for n in graph.nodes.values() if is_resolvable(n))}
    for name, drop, edges in (("every link", (), True), ("keys only (no edges)", (), False),
                              ("name keys only (officials, persons)", ("text", "place"), False),
                              ("name keys without words of names", ("text", "place", "tok"), False)):
        globals()["block_keys"] = (lambda n, d=drop: {k for k in keys(n) if k[0] not in d})
        kept, graph.edges = graph.edges, (graph.edges if edges else {})
        t0 = time.process_time()
        s = sizes(blocks(graph))
        out[name] = {"blocks": len(s), "largest": s[:5], "largest_share": round(s[0] / max(1, sum(s)), 3),
                     "cpu_s": round(time.process_time() - t0, 2)}
        graph.edges = kept
    globals()["block_keys"] = keys
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1]), indent=1))
