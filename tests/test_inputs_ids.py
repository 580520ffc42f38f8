"""#19 D1: two articles with one id must both land (or be said), never silently replace each other."""
from __future__ import annotations

import json
from pathlib import Path

from graphkit.pipeline import build
from graphkit.sources import ReadReport, read_articles

BODY = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral dalam Pilkada,\u201d ujar Budi Santoso.")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_same_stem_in_two_folders_both_land_with_path_ids(tmp_path):
    _write(tmp_path / "in" / "jan" / "index.txt", "Januari\n\n" + BODY)
    _write(tmp_path / "in" / "feb" / "index.txt", "Februari\n\n" + BODY.replace("Senin", "Selasa"))
    _write(tmp_path / "in" / "lain.txt", "Lain\n\n" + BODY)
    report = ReadReport()
    arts = {a.id: a for a in read_articles([tmp_path / "in"], report)}
    assert set(arts) == {"jan/index", "feb/index", "lain"}        # a unique stem keeps its stem
    assert arts["jan/index"].title == "Januari" and arts["feb/index"].title == "Februari"
    result = build([tmp_path / "in"], tmp_path / "out", stores=False)
    assert {"article:jan/index", "article:feb/index", "article:lain"} <= set(result.graph.nodes)
    again = build([tmp_path / "in"], tmp_path / "out", stores=False)
    assert again.extracted == 0 and again.unchanged == 3          # a rebuild re-extracts nothing


def test_file_ids_are_order_free_and_fall_back_to_the_suffix(tmp_path):
    from graphkit.sources.ids import file_ids
    files = [tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", tmp_path / "b" / "x.html", tmp_path / "y.txt"]
    ids = file_ids(files)
    assert ids == file_ids(list(reversed(files)))
    assert ids[files[3]] == "y"
    assert ids[files[0]] == "a/x.txt" and ids[files[1]] == "b/x.txt" and ids[files[2]] == "b/x.html"
    assert len(set(ids.values())) == 4


def test_repeated_and_padded_json_ids_are_renamed_with_a_counted_warning(tmp_path):
    recs = [{"id": "dup", "title": "A", "text": BODY}, {"id": " dup ", "title": "B", "text": BODY + " B"},
            {"id": "dup", "title": "C", "text": BODY + " C"}, {"id": "solo", "title": "D", "text": BODY}]
    _write(tmp_path / "r.jsonl", "".join(json.dumps(r) + "\n" for r in recs))
    report = ReadReport()
    arts = list(read_articles([tmp_path / "r.jsonl"], report))
    assert [(a.id, a.title) for a in arts] == [("dup", "A"), ("dup~2", "B"), ("dup~3", "C"), ("solo", "D")]
    assert report.duplicates == 2 and report.to_dict()["duplicate_ids"] == 2
    assert sum("duplicate id 'dup'" in w for w in report.warnings) == 2
    result = build([tmp_path / "r.jsonl"], tmp_path / "out", stores=False)
    titles = {n.properties.get("title") for n in result.graph.nodes.values() if n.label == "Article"}
    assert titles == {"A", "B", "C", "D"}


def test_an_id_shared_across_formats_is_renamed_not_replaced(tmp_path):
    _write(tmp_path / "in" / "x.txt", "Dari teks\n\n" + BODY)
    _write(tmp_path / "in" / "y.jsonl", json.dumps({"id": "x", "title": "Dari JSON", "text": BODY}) + "\n")
    report = ReadReport()
    arts = list(read_articles([tmp_path / "in"], report))
    assert sorted((a.id, a.title) for a in arts) == [("x", "Dari teks"), ("x~2", "Dari JSON")]
    assert report.duplicates == 1


def test_a_file_given_twice_is_read_once_with_a_line(tmp_path):
    f = _write(tmp_path / "a.txt", "Judul\n\n" + BODY)
    report = ReadReport()
    assert [a.id for a in read_articles([f, tmp_path], report)] == ["a"]
    assert any("given more than once" in w for w in report.warnings)


def test_ids_lose_control_characters_and_the_renamer_skips_taken_names():
    from graphkit.sources.ids import UniqueIds, clean_id
    assert clean_id("  a\x00b\x1b\n c ") == "a\ufffdb\ufffd c"
    u = UniqueIds()
    assert [u.claim(x) for x in ("a", "a~2", "a", "a")] == ["a", "a~2", "a~3", "a~4"]


def test_the_same_record_twice_is_read_once_with_a_line(tmp_path):
    rec = json.dumps({"id": "sama", "title": "A", "text": BODY})
    other = json.dumps({"id": "sama", "title": "B", "text": BODY + " beda"})
    _write(tmp_path / "r.jsonl", "\n".join([rec, rec, other, rec]) + "\n")
    report = ReadReport()
    arts = list(read_articles([tmp_path / "r.jsonl"], report))
    assert [(a.id, a.title) for a in arts] == [("sama", "A"), ("sama~2", "B")]
    assert report.repeated == 2 and report.duplicates == 1 and report.read == 2
    assert sum("same text as an earlier article; read once" in w for w in report.warnings) == 2
