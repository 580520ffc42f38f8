"""``graphdoc.jsonl_batch`` gives ``jsonl_line`` of each item, also when a value holds what the batch splits on."""
from __future__ import annotations

from graphkit.model import Edge, Node
from graphkit.stores import graphdoc


def test_a_batch_is_the_lines_one_by_one():
    items = [Node.trusted("a", ["Topic"], {"name": "A", "z": [1, 2]}),
             Node.trusted("b\n", ["Region"], {"evidence": [{"article": "x", "start": 0, "end": 3}]}),
             Edge.trusted("MENTIONS", "a", "b\n", {"note": 'he said ,{"kind":" twice'})]
    assert graphdoc.jsonl_batch(items) == [graphdoc.jsonl_line(i) for i in items]
    tricky = [*items, Node.trusted("c", ["Topic"], {"items": [{"kind": "node"}, {"kind": "edge"}]})]
    assert graphdoc.jsonl_batch(tricky) == [graphdoc.jsonl_line(i) for i in tricky]
    assert graphdoc.jsonl_batch([]) == []
