"""End to end: two hand-written articles through ``graphkit build``, ``stats`` and ``explain``.

The articles (our own text) name one Pj Bupati as "Heran Nugrahayu" and, in
the other outlet, "Hera Nugrahayu", and both print the same quote with other
punctuation; the build must hold one official and one statement with two
sources, report both merges in build.json and in ``graphkit stats``, and
``explain`` must show the spans read back from the files.
"""
from __future__ import annotations

import json

import pytest

from graphkit.cli import main
from graphkit.pipeline import build

ARTICLES = {
    "berita1.txt": "Pj Bupati Jember Pimpin Rapat Koordinasi\n\nJEMBER - Penjabat (Pj) Bupati Jember Heran Nugrahayu "
                   "memimpin rapat koordinasi bersama seluruh kepala OPD di Pendopo Wahyawibawagraha, Senin "
                   "(23/9/2024).\n\n\"Semua OPD harus bekerja cepat melayani masyarakat tanpa kecuali,\" kata "
                   "Heran Nugrahayu.\n",
    "berita2.txt": "Apel Pagi di Halaman Pemkab Jember\n\nJEMBER - Pj Bupati Jember Hera Nugrahayu memimpin apel pagi "
                   "bersama aparatur sipil negara di halaman kantor Pemkab Jember, Selasa (24/9/2024).\n\n\"Semua OPD "
                   "harus bekerja cepat, melayani masyarakat tanpa kecuali,\" kata Hera.\n",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    src = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build([src], out, stores=False)
    return out


def test_build_merges_spelling_variant_and_reprinted_quote(out):
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    officials = [n for n in doc["nodes"] if "Official" in n["labels"]]
    assert [(n["id"], n["properties"]["sources"]) for n in officials] == [
        ("official:heran-nugrahayu", ["article:berita1", "article:berita2"])]
    assert "Hera Nugrahayu" in officials[0]["properties"]["aliases"]
    statements = [n for n in doc["nodes"] if "Statement" in n["labels"]]
    assert [n["properties"]["sources"] for n in statements] == [["article:berita1", "article:berita2"]]
    merges = json.loads((out / "build.json").read_text(encoding="utf-8"))["merges"]
    assert merges == {"official:spelling": 1, "statement:same-speaker-text": 1}


def test_stats_shows_the_merges_and_explain_the_spans(out, capsys):
    assert main(["stats", str(out)]) == 0
    assert "official:spelling" in capsys.readouterr().out
    assert main(["explain", "official:hera-nugrahayu", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [node] = data["nodes"]
    texts = {s["text"] for a in node["articles"] for s in a["spans"]}
    assert {"Heran Nugrahayu", "Hera Nugrahayu"} <= texts
