"""The HTML view's library parts: selection, capping, evidence sentences, safe embedding."""
from __future__ import annotations

import json
import re

import pytest

from graphkit.cli import main
from graphkit.errors import UsageError
from graphkit.model import Edge, Graph, Node
from graphkit.sources.decode import sha256
from graphkit.view import find_official, select, view_html
from graphkit.view.evidence import ArticleTexts, evidence_items, sentence_around

TEXT = "Judul berita.\nPjs Bupati Jember Imam Hidayat memimpin apel. Ia berkata \"netral\". Selesai."


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


@pytest.fixture
def graph(tmp_path) -> Graph:
    art = tmp_path / "a1.txt"
    art.write_text(TEXT, encoding="utf-8")
    start = TEXT.index("Imam Hidayat")
    ev = {"article": "article:a1", "start": start, "end": start + len("Imam Hidayat")}
    nodes = [Node(id="article:a1", labels=["Article"], properties={"title": "Apel", "path": str(art),
                                                                    "url": "https://example.org/a1",
                                                                    "sha256": sha256(TEXT)}),
             Node(id="official:imam-hidayat", labels=["Official"],
                  properties={"name": "Imam Hidayat", "aliases": ["Imam"], "evidence": [ev],
                              "sources": ["article:a1"]}),
             Node(id="official:imam-santoso", labels=["Official"], properties={"name": "Imam Santoso"}),
             Node(id="statement:1", labels=["Statement"], properties={"text": "a </script><b>x</b>"})]
    nodes += [Node(id=f"org:o{i}", labels=["Organization"], properties={"name": f"Org {i}"}) for i in range(6)]
    edges = [Edge(type="MENTIONS", source="article:a1", target="official:imam-hidayat", properties={"count": 1}),
             Edge(type="STATED", source="official:imam-hidayat", target="statement:1", properties={"evidence": [ev]})]
    edges += [Edge(type="MEMBER_OF", source="official:imam-hidayat", target=f"org:o{i}") for i in range(3)]
    edges += [Edge(type="MEMBER_OF", source="official:imam-santoso", target=f"org:o{i}") for i in range(2, 6)]
    return Graph(nodes, edges)


def test_sentence_around_cuts_at_sentence_bounds():
    start = TEXT.index("Imam Hidayat")
    s = sentence_around(TEXT, start, start + 12)
    assert s == {"before": "Pjs Bupati Jember ", "span": "Imam Hidayat", "after": " memimpin apel."}
    assert sentence_around(TEXT, 5, len(TEXT) + 1) is None
    quote = TEXT.index('"netral".') + 1
    s = sentence_around(TEXT, quote - 1, quote + 8)  # a span that ends its sentence
    assert (s["before"], s["span"], s["after"]) == ("Ia berkata ", '"netral".', "")


def test_evidence_items_quote_or_offsets(graph, tmp_path):
    props = graph.nodes["official:imam-hidayat"].properties
    item = evidence_items(props, ArticleTexts(graph))[0]
    assert item["sentence"]["span"] == "Imam Hidayat" and item["url"] == "https://example.org/a1"
    (tmp_path / "a1.txt").unlink()
    item = evidence_items(props, ArticleTexts(graph))[0]
    assert item["sentence"] is None and item["start"] == TEXT.index("Imam Hidayat")


def test_find_official(graph):
    assert find_official(graph, "imam hidayat") == "official:imam-hidayat"
    assert find_official(graph, "Santoso") == "official:imam-santoso"
    assert find_official(graph, "Imam") == "official:imam-hidayat"  # an exact alias beats parts of names
    with pytest.raises(UsageError, match="2 officials match"):
        find_official(graph, "Ima")
    with pytest.raises(UsageError, match="no official"):
        find_official(graph, "Budi")


def test_select_neighbourhood_and_articles(graph):
    sel = select(graph, official="Imam Hidayat", depth=1)
    assert sel.nodes == ["official:imam-hidayat", "org:o0", "org:o1", "org:o2", "statement:1"]
    assert {e.type for e in sel.edges} == {"STATED", "MEMBER_OF"}
    with_articles = select(graph, official="Imam Hidayat", depth=1, articles=True)
    assert "article:a1" in with_articles.nodes and any(e.type == "MENTIONS" for e in with_articles.edges)


def test_cap_keeps_highest_degree_and_says_so(graph):
    sel = select(graph, max_nodes=3)
    assert sel.total == 9 and len(sel.nodes) == 3
    assert sel.nodes == ["official:imam-hidayat", "official:imam-santoso", "org:o2"]  # degrees 4, 4, 2
    assert "Showing 3 of 9 nodes" in sel.notice
    assert "left out: Organization 5, Statement 1." in sel.notice
    assert select(graph, region=None).notice is None


def test_page_is_self_contained_and_escapes_text(graph):
    page, sel = view_html(graph, official="Imam Hidayat")
    assert "<script src" not in page and "http://" not in page.split("<script>", 1)[0]
    # four script elements (error recorder, data, vis-network, app) and no other way to close one
    assert "vis.Network" in page and page.count("</script>") == 4
    data = page_data(page)
    assert {n["id"] for n in data["nodes"]} == set(sel.nodes)
    assert next(n for n in data["nodes"] if n["id"] == "statement:1")["props"]["text"] == "a </script><b>x</b>"
    hidayat = next(n for n in data["nodes"] if n["id"] == "official:imam-hidayat")
    assert hidayat["evidence"][0]["sentence"]["span"] == "Imam Hidayat"
    assert data["colors"]["Official"] and data["focus"] == "official:imam-hidayat"


def test_cli_notice_on_stderr(graph, tmp_path, capsys):
    from graphkit.stores.graphdoc import write_json
    path = write_json(graph, tmp_path / "graph.json")
    out = tmp_path / "v.html"
    assert main(["view", str(path), "--max-nodes", "3", "-o", str(out), "-q"]) == 0
    assert "Showing 3 of 9 nodes" in capsys.readouterr().err
    assert "Showing 3 of 9 nodes" in page_data(out.read_text(encoding="utf-8"))["notice"]
    assert main(["view", str(path), "--official", "Nobody", "-o", str(out)]) == 2


def test_seed_view_quotes_evidence(seed_build, monkeypatch):
    monkeypatch.chdir(seed_build.out.parent)  # article paths are relative to the repo; roots find them
    from graphkit.view import roots_for
    from pathlib import Path
    page, sel = view_html(seed_build.graph, official="Imam Hidayat",
                          roots=roots_for(Path(__file__).parent / "x"))
    data = page_data(page)
    hidayat = next(n for n in data["nodes"] if n["id"] == "official:imam-hidayat")
    quoted = [e for e in hidayat["evidence"] if e["sentence"]]
    assert quoted and all("Imam" in e["sentence"]["span"] for e in quoted)
    assert all(e["sentence"]["before"] + e["sentence"]["span"] in page_text(e) for e in quoted)


def page_text(ev: dict) -> str:
    from pathlib import Path
    return (Path(__file__).parent.parent / "examples" / "articles" / (ev["article"].split(":", 1)[1] + ".txt")
            ).read_text(encoding="utf-8")


def test_profile_orders_events_and_links_sources(graph, tmp_path):
    from graphkit.view import profile_html
    from graphkit.view.profile import profile_data
    g = graph
    for nid, date in (("event:rapat:2024-09-02:x", "2024-09-02"), ("event:apel:2024-09-01:x", "2024-09-01"),
                      ("event:rapat:none:x", None)):
        g.add_node(Node(id=nid, labels=["Event"], properties={"type": nid.split(":")[1], "date": date}))
        g.add_edge(Edge(type="LED" if date == "2024-09-01" else "ATTENDED", source="official:imam-hidayat",
                        target=nid, properties={"sources": ["article:a1"]}))
    g.add_node(Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati Jember"}))
    g.add_edge(Edge(type="HOLDS", source="official:imam-hidayat", target="office:bupati:35.09",
                    properties={"capacity": "Pjs", "as_of": "2024-09-25",
                                "evidence": graph.nodes["official:imam-hidayat"].properties["evidence"]}))
    d = profile_data(g, "official:imam-hidayat")
    assert [e["date"] for e in d["events"]] == ["2024-09-01", "2024-09-02", None]
    assert [e["role"] for e in d["events"]] == ["LED", "ATTENDED", "ATTENDED"]
    assert [(p["name"], p["capacity"], p["as_of"]) for p in d["posts"]] == [("Bupati Jember", "Pjs", "2024-09-25")]
    page = profile_html(g, "Imam Hidayat")
    assert page.index("2024-09-01") < page.index("2024-09-02") < page.index("undated")
    assert 'href="https://example.org/a1"' in page and "<mark>Imam Hidayat</mark>" in page
    assert "&lt;/script&gt;" not in page  # the statement is shown in its evidence sentence instead
    g.nodes["article:a1"].properties.pop("url")
    assert (tmp_path / "a1.txt").as_uri() in profile_html(g, "Imam Hidayat")  # no url: the local file
    (tmp_path / "a1.txt").unlink()
    page = profile_html(g, "Imam Hidayat")  # no text to quote: the statement itself, escaped
    assert "“a &lt;/script&gt;&lt;b&gt;x&lt;/b&gt;”" in page and "<b>x" not in page


def test_only_web_links(graph):
    graph.nodes["article:a1"].properties["url"] = "javascript:alert(1)"
    page, _ = view_html(graph, official="Imam Hidayat")
    evidence = [ev for n in page_data(page)["nodes"] for ev in n["evidence"]]
    assert evidence and all(ev["url"] is None for ev in evidence)
    from graphkit.view import profile_html
    assert "javascript:" not in profile_html(graph, "Imam Hidayat")
