"""``graphkit explain``: properties, source spans with their text, merge history.

The graph is hand-made from two article files written here (our own text),
resolved, and written like a build would; explain must read the spans back
from the files, follow a merged-away id, and refuse to show text from an
article file that changed since the build.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.explain import UnknownNodeError, explain
from graphkit.model import Edge, Graph, Node, provenance
from graphkit.resolve import resolve
from graphkit.sources.decode import sha256
from graphkit.stores import graphdoc

TEXTS = {
    "b1": "Rapat di Jember\n\nPj Bupati Jember Heran Nugrahayu memimpin rapat pada Senin.",
    "b2": "Apel pagi\n\nPj Bupati Hera Nugrahayu memimpin apel pagi di halaman kantor.",
}


def _official(g: Graph, art: str, name: str, folder: Path) -> None:
    text = TEXTS[art]
    path = folder / f"{art}.txt"
    path.write_text(text, encoding="utf-8")
    g.add_node(Node(id=f"article:{art}", labels=["Article"], properties={
        "title": text.splitlines()[0], "path": str(path), "sha256": sha256(text), **provenance(art)}))
    start = text.index(name)
    nid = "official:" + name.lower().replace(" ", "-")
    g.add_node(Node(id=nid, labels=["Official"], properties={"name": name, **provenance(art, start, start + len(name))}))
    g.add_node(Node(id="office:bupati:35.09", labels=["Office"], properties={"name": "Bupati Jember", "role": "Bupati",
                                                                            "region": "35.09", **provenance(art)}))
    g.add_edge(Edge(type="HOLDS", source=nid, target="office:bupati:35.09",
                    properties={"capacity": "Pj", **provenance(art)}))


@pytest.fixture()
def built(tmp_path) -> Path:
    g = Graph()
    _official(g, "b1", "Heran Nugrahayu", tmp_path)
    _official(g, "b2", "Hera Nugrahayu", tmp_path)
    resolved, merges = resolve(g)
    assert merges == {"official:spelling": 1}
    out = tmp_path / "out"
    out.mkdir()
    graphdoc.write_json(resolved, out / "graph.json")
    return out


def test_explain_shows_spans_text_and_merge_history(built):
    data = explain("official:heran-nugrahayu", built)
    assert data["found_by"] == "id"
    [node] = data["nodes"]
    assert node["properties"]["name"] == "Heran Nugrahayu"
    assert node["properties"]["aliases"] == ["Hera Nugrahayu"]
    assert node["merged_ids"] == ["official:hera-nugrahayu"]
    assert node["merge_rules"] == ["official:spelling"]
    spans = {a["article"]: [s["text"] for s in a["spans"]] for a in node["articles"]}
    assert spans == {"article:b1": ["Heran Nugrahayu"], "article:b2": ["Hera Nugrahayu"]}
    [edge] = node["edges"]   # each edge with its endpoints named, not a count
    assert (edge["type"], edge["source"], edge["source_name"]) == ("HOLDS", "official:heran-nugrahayu",
                                                                   "Heran Nugrahayu")
    assert edge["target"].startswith("office:") and edge["target_name"] != edge["target"]


def test_explain_accepts_a_merged_away_id(built):
    data = explain("official:hera-nugrahayu", built / "graph.json")
    assert data["found_by"] == "merged_ids"
    assert [n["id"] for n in data["nodes"]] == ["official:heran-nugrahayu"]


def test_explain_shows_offsets_only_when_the_article_changed_or_is_gone(built, tmp_path):
    (tmp_path / "b1.txt").write_text(TEXTS["b1"].replace("Senin", "Selasa"), encoding="utf-8")
    (tmp_path / "b2.txt").unlink()
    [node] = explain("official:heran-nugrahayu", built)["nodes"]
    status = {a["article"]: (a["text"], a["spans"][0]) for a in node["articles"]}
    assert status["article:b1"][0] == "changed" and "text" not in status["article:b1"][1]
    assert status["article:b2"][0] == "missing" and status["article:b2"][1]["start"] == TEXTS["b2"].index("Hera")


def test_explain_reads_text_from_files_given_explicitly(built, tmp_path):
    moved = tmp_path / "moved"
    moved.mkdir()
    for art in ("b1", "b2"):
        (tmp_path / f"{art}.txt").rename(moved / f"{art}.txt")
    [node] = explain("official:heran-nugrahayu", built, articles=[moved])["nodes"]
    assert [a["spans"][0].get("text") for a in node["articles"]] == ["Heran Nugrahayu", "Hera Nugrahayu"]


def test_unknown_node_is_a_graphkit_error_with_a_fix(built):
    with pytest.raises(UnknownNodeError) as exc:
        explain("official:nobody", built)
    assert "official:nobody" in exc.value.cause and exc.value.fix


def test_cli_explain_json_and_table(built, capsys):
    assert main(["explain", "official:hera-nugrahayu", str(built), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nodes"][0]["merge_rules"] == ["official:spelling"]
    assert main(["explain", "official:heran-nugrahayu", str(built)]) == 0
    text = capsys.readouterr().out
    assert "Hera Nugrahayu" in text and "official:spelling" in text
    assert main(["explain", "official:nobody", str(built)]) == 1
    assert "E045" in capsys.readouterr().err


def test_office_holders_in_date_order_and_on_a_date():
    from graphkit.explain import office_holders
    g = Graph()
    g.add_node(Node(id="office:bupati:14.03", labels=["Office"], properties={"name": "Bupati Bengkalis"}))
    for nid, capacity, as_of in (("official:a", "Plt", "2020-02-17"), ("official:b", "Pj", "2020-10-01"),
                                 ("official:c", "definitif", "2021-06-08")):
        g.add_node(Node(id=nid, labels=["Official"], properties={"name": nid[-1].upper()}))
        g.add_edge(Edge(type="HOLDS", source=nid, target="office:bupati:14.03",
                        properties={"capacity": capacity, "as_of": as_of, **provenance("x" + nid[-1])}))
    assert [h["official"] for h in office_holders(g, "office:bupati:14.03")] == ["official:a", "official:b", "official:c"]
    assert [h["official"] for h in office_holders(g, "office:bupati:14.03", "2020-12-31")] == ["official:b"]
    assert office_holders(g, "office:bupati:14.03", "2019-01-01") == []
    [node] = explain("office:bupati:14.03", g, at="2021-07-01")["nodes"]
    assert [(h["name"], h["capacity"]) for h in node["holders"]] == [("C", "definitif")]
