"""Events and statements on the real corpus and against the gold (skipped without ../shared).

These guard the measured quality of the events/quotes stage: the reference
scorer must keep its figures on seeds and dev, and the whole corpus must go
through without a crash, with exact evidence spans and at most two events an
article.
"""
import json
import subprocess
import sys

import pytest

from graphkit.extract import extract_article
from graphkit.model import Article
from graphkit.pipeline import build


@pytest.fixture(scope="module")
def dev_graph(dev_articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("events-dev")
    build([dev_articles], out, stores=False)
    return out / "graph.json"


def _score(shared_dir, graph, gold) -> dict:
    res = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), str(graph),
                          str(shared_dir / "gold" / gold), "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_dev_and_seed_scores_hold(shared_dir, dev_graph):
    for gold in ("seeds", "dev"):
        r = _score(shared_dir, dev_graph, gold)
        assert r["statements"]["f1"] >= 0.95, (gold, r["statements"])
        assert r["stated"]["f1"] >= 0.85, (gold, r["stated"])
        assert r["events"]["f1"] >= 0.8, (gold, r["events"])
        assert r["all"]["f1"] >= 0.9, (gold, r["all"])


def test_whole_corpus_spans_exact_and_events_few(real_corpus):
    for line in real_corpus.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        art = Article(id=rec["id"], title=rec.get("title") or "", text=rec["text"], published=rec.get("published"))
        graph = extract_article(art)
        events = [n for n in graph.nodes.values() if n.label == "Event"]
        # GUIDELINES.md: one event per happening the text reports with its own time (gold dev2 038 has four)
        assert len(events) <= 4, (art.id, [e.id for e in events])
        for n in graph.nodes.values():
            for ev in n.properties.get("evidence", []):
                assert 0 <= ev["start"] < ev["end"] <= len(art.text)
            if n.label == "Statement":
                ev = n.properties["evidence"][0]
                span = art.text[ev["start"]:ev["end"]]
                first = n.properties["text"].split()[0]
                assert first in span, (art.id, n.properties["text"][:40])
        for e in graph.edges.values():
            assert e.source in graph.nodes and e.target in graph.nodes or e.type in ("IN_REGION", "PART_OF")
            if e.type in ("DURING", "STATED", "ABOUT"):
                assert e.target in graph.nodes
