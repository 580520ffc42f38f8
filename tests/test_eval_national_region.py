"""``graphkit eval`` ignores the implied region ``ID`` of national posts, as ../shared/eval/score.py does."""
from __future__ import annotations

from graphkit.evaluate_article import score_article


def test_indonesia_region_is_not_scored():
    src = {"sources": ["article:a1"]}
    nodes = {"region:ID": {"id": "region:ID", "labels": ["Region"], "properties": {"name": "Indonesia", "code": "ID", **src}},
             "region:35.09": {"id": "region:35.09", "labels": ["Region"],
                              "properties": {"name": "Kabupaten Jember", "code": "35.09", **src}}}
    gold = {"article": "a1", "regions": [{"name": "Kabupaten Jember", "code": "35.09"}]}
    assert score_article(gold, nodes, [], None)["regions"] == (1, 0, 0)
    gold["regions"].append({"name": "Indonesia", "code": "ID"})
    assert score_article(gold, nodes, [], None)["regions"] == (1, 0, 0)
