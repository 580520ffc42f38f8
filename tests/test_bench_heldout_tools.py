"""bench/agreement.py, bench/heldout_errors.py and bench/pooled_score.py: the tools behind the held-out rounds of issue #16.

A gold folder turned into a graph must score as full agreement with itself; a fact taken out of that
graph must come back as the one FN of its article, and a fact added as the one FP.
"""
from __future__ import annotations

import copy
import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import agreement  # noqa: E402
import heldout_errors  # noqa: E402
import pooled_score  # noqa: E402


def test_gold_scored_as_a_graph_agrees_with_itself(shared_dir, tmp_path):
    graph = tmp_path / "self.json"
    graph.write_text(json.dumps(agreement.gold_graph(shared_dir / "gold" / "extra")), encoding="utf-8")
    score = heldout_errors.load_scorer(shared_dir)
    nodes, edges = score.load_graph(graph)
    totals = {"tp": 0, "fn": 0}
    for path in sorted((shared_dir / "gold" / "extra").glob("*.json")):
        result = score.score_article(json.loads(path.read_text()), nodes, edges, lambda *a: None)
        assert result.pop("leaks") == []
        for tp, _fp, fn in result.values():
            totals["tp"] += tp
            totals["fn"] += fn
    assert totals["tp"] > 1000 and totals["fn"] == 0


def test_a_missing_and_an_added_fact_are_listed_under_their_article(shared_dir, tmp_path):
    gold_dir = shared_dir / "gold" / "extra"
    doc = agreement.gold_graph(gold_dir)
    first = json.loads(sorted(gold_dir.glob("*.json"))[0].read_text())
    led = next(e for e in doc["edges"] if e["type"] == "LED" and e["properties"]["sources"] == ["article:" + first["article"]])
    doc["edges"].remove(led)
    extra_event = copy.deepcopy(next(n for n in doc["nodes"] if n["id"] == led["target"]))
    extra_event["id"] += ":extra"
    extra_event["properties"]["type"] = "haul-of-nothing"
    doc["nodes"].append(extra_event)
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(doc), encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        assert heldout_errors.main([str(graph), str(gold_dir), "led", "events", "--shared", str(shared_dir)]) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == first["article"]
    assert any(line.startswith("  FN led") for line in lines[1:3])
    assert any(line.startswith("  FP events") and "haul-of-nothing" in line for line in lines[1:3])
    assert len([line for line in lines if not line.startswith("  ")]) == 1


def test_an_unknown_fact_is_refused(shared_dir, tmp_path):
    with pytest.raises(SystemExit):
        heldout_errors.main([str(tmp_path / "g.json"), str(tmp_path), "bogus", "--shared", str(shared_dir)])


def _self_graph(gold_dir, path):
    path.write_text(json.dumps(agreement.gold_graph(gold_dir)), encoding="utf-8")
    return path


def test_pooling_sums_the_counts_of_each_batch(shared_dir, tmp_path):
    scorer = shared_dir / "eval" / "score.py"
    seeds, dev = shared_dir / "gold" / "seeds", shared_dir / "gold" / "dev"
    one = pooled_score.score(_self_graph(seeds, tmp_path / "a.json"), seeds, scorer)
    two = pooled_score.score(_self_graph(dev, tmp_path / "b.json"), dev, scorer)
    out = io.StringIO()
    with redirect_stdout(out):
        pooled_score.main([f"{tmp_path / 'a.json'}:{seeds}", f"{tmp_path / 'b.json'}:{dev}",
                           "--shared", str(shared_dir)])
    row = out.getvalue().splitlines()[2]
    assert row == "| " + " | ".join(["1.000"] * 8) + " |"
    assert one["events"][0] + two["events"][0] > one["events"][0] > 0
    assert one["events"][1:] == [0, 0] and two["attended"][2] == 0


def test_relaxing_the_date_matches_an_event_read_on_another_day(shared_dir, tmp_path):
    gold = shared_dir / "gold" / "seeds"
    doc = agreement.gold_graph(gold)
    dated = [n for n in doc["nodes"] if "Event" in n["labels"] and n["properties"].get("date")]
    assert dated
    for node in dated:
        node["properties"]["date"] = "1900-01-01"
    graph = tmp_path / "shifted.json"
    graph.write_text(json.dumps(doc), encoding="utf-8")
    scorer = shared_dir / "eval" / "score.py"
    strict = pooled_score.score(graph, gold, scorer)
    assert strict["events"][1] == len(dated) and strict["led"][2] > 0
    out = io.StringIO()
    with redirect_stdout(out):
        pooled_score.main([f"{graph}:{gold}", "--relax", "date", "--shared", str(shared_dir)])
    assert out.getvalue().splitlines()[2] == "| " + " | ".join(["1.000"] * 8) + " |"
