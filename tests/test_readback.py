"""Reading an article's text back from the source the build recorded (graphkit.sources.readback)."""
from __future__ import annotations

import json

import graphkit.sources as sources
from graphkit.sources.decode import sha256
from graphkit.sources.readback import CHANGED, MISSING, OK, UNVERIFIED, SourceTexts, read_back

TEXTS = {f"r{i}": f"Berita nomor {i}. Bupati Contoh {i} hadir.\n" for i in range(30)}


def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in TEXTS.items()), encoding="utf-8")
    return path, {f"article:{k}": {"path": str(path), "sha256": sha256(v)} for k, v in TEXTS.items()}


def test_each_record_of_a_jsonl_reads_back_as_its_own_text(tmp_path):
    _, recorded = feed(tmp_path)
    texts = SourceTexts(recorded)
    assert texts.get("article:r7") == (TEXTS["r7"], OK)
    assert texts.get("article:r29") == (TEXTS["r29"], OK)


def test_announced_articles_cost_one_pass_and_keep_only_their_texts(tmp_path, monkeypatch):
    path, recorded = feed(tmp_path)
    passes = []
    real = sources.read_articles

    def counting(paths, report=None, **kw):
        passes.append(paths)
        return real(paths, report, **kw)

    monkeypatch.setattr(sources, "read_articles", counting)
    texts = SourceTexts(recorded).want(["article:r1", "article:r2", "article:r3"])
    assert [texts.text(f"article:r{i}") for i in (1, 2, 3)] == [TEXTS["r1"], TEXTS["r2"], TEXTS["r3"]]
    assert len(passes) == 1
    assert set(texts._files[path.resolve()]) == {sha256(TEXTS[k]) for k in ("r1", "r2", "r3")}
    assert texts.text("article:r9") == TEXTS["r9"] and len(passes) == 2   # not announced: one more pass


def test_changed_missing_unverified_and_non_article_files(tmp_path):
    path, recorded = feed(tmp_path)
    assert read_back("article:r1", {**recorded["article:r1"], "sha256": "0" * 64}) == (None, CHANGED)
    assert read_back("article:r1", {"path": str(path)}) == (None, UNVERIFIED)
    assert read_back("article:r1", {"path": str(tmp_path / "gone.jsonl"), "sha256": "x"}) == (None, MISSING)
    secret = tmp_path / "id_rsa"
    secret.write_text("KEY", encoding="utf-8")
    assert read_back("article:k", {"path": str(secret), "sha256": sha256("KEY")}) == (None, MISSING)


def test_relative_paths_resolve_under_the_roots(tmp_path):
    sub = tmp_path / "arts"
    sub.mkdir()
    (sub / "a.txt").write_text("Isi berita.\n", encoding="utf-8")
    props = {"path": "arts/a.txt", "sha256": sha256("Isi berita.\n")}
    assert read_back("article:a", props, roots=[tmp_path]) == ("Isi berita.\n", OK)
