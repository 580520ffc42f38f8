"""The linear merge (graphkit.merge) gives exactly the graph of the pairwise merge it replaced."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.merge import merge_docs, merge_graphs
from graphkit.merge import merge_all
from graphkit.model import Edge, Graph, Node


def pairwise(graphs: list[Graph]) -> Graph:
    """The previous merge_all: partial results of equal size merged pairwise (a binary counter)."""
    stack: list[tuple[int, Graph]] = []
    for graph in graphs:
        level = 0
        while stack and stack[-1][0] == level:
            graph = stack.pop()[1].merge(graph)
            level += 1
        stack.append((level, graph))
    merged = stack.pop()[1] if stack else Graph()
    while stack:
        merged = stack.pop()[1].merge(merged)
    return merged


text = st.sampled_from(["a", "a b", "a!", "Ab", 'q"uote', "x\ny", "é", ""])
span = st.builds(lambda a, s, n: {"article": f"article:{a}", "start": s, "end": s + n},
                 st.sampled_from("123"), st.integers(0, 5), st.integers(1, 3))
props = st.fixed_dictionaries({}, optional={
    "name": text, "date": st.one_of(st.none(), text), "count": st.integers(0, 9),
    "sources": st.lists(st.sampled_from(["article:1", "article:2", "article:10"]), max_size=3),
    "aliases": st.lists(text, max_size=3), "evidence": st.lists(span, max_size=3),
    "topics": st.lists(st.one_of(text, st.integers(0, 3)), max_size=3), "score": st.floats(0, 1),
})
node = st.builds(lambda i, labels, p: Node(id=f"n{i}", labels=labels, properties=p), st.integers(0, 3),
                 st.lists(st.sampled_from(["Official", "Person", "Region"]), min_size=1, max_size=2), props)
edge = st.builds(lambda t, a, b, cap, p: Edge(type=t, source=f"n{a}", target=f"n{b}",
                                              properties={**p, **({"capacity": cap} if cap else {})}),
                 st.sampled_from(["HOLDS", "LED"]), st.integers(0, 3), st.integers(0, 3),
                 st.sampled_from([None, "Pj", "Plt"]), props)
graphs = st.lists(st.builds(Graph, st.lists(node, max_size=4), st.lists(edge, max_size=4)), max_size=9)


@settings(max_examples=300, deadline=None)
@given(graphs)
def test_linear_merge_equals_the_pairwise_merge(gs):
    want = pairwise([Graph(g.nodes.values(), g.edges.values()) for g in gs]).to_dict()
    assert merge_graphs(gs).to_dict() == want
    assert merge_docs(g.to_dict() for g in gs).to_dict() == want
    assert merge_all(gs).to_dict() == want


def test_a_fact_seen_once_keeps_its_values_verbatim():
    g = Graph([Node(id="n", labels=["Official"], properties={"sources": ["b", "a"], "evidence": []})])
    assert merge_docs([g.to_dict(), g.to_dict()]).nodes["n"].properties == {"sources": ["b", "a"], "evidence": []}


def test_mixed_kinds_fall_back_to_folding_merge_properties():
    docs = [Graph([Node(id="n", labels=["Official"], properties={"role": v})]).to_dict()
            for v in (["x"], "y", ["z"], 3)]
    seq = Graph()
    for d in docs:
        seq.merge(Graph.from_dict(d))
    assert merge_docs(docs).to_dict() == seq.to_dict()
