"""Every source format, stable ids, boilerplate-aware titles, and every input error path."""
from __future__ import annotations

import io
import json
import sys

import pytest

from graphkit.errors import BinaryInputError, EmptyInputError
from graphkit.sources import ReadReport, read_articles
from graphkit.sources.decode import decode, normalised_hash

BODY = "Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso membuka rapat koordinasi."


def read(paths):
    report = ReadReport()
    return list(read_articles(paths, report)), report


def test_txt_title_is_first_non_boilerplate_line(tmp_path):
    f = tmp_path / "a1.txt"
    f.write_text("Tutup Iklan X\n\nJudul Berita Pertama\n\n" + BODY + "\n", encoding="utf-8")
    (arts, rep) = read([f])
    assert rep.read == 1 and not rep.skipped
    a = arts[0]
    assert a.id == "a1" and a.title == "Judul Berita Pertama"
    assert a.text == f.read_text(encoding="utf-8")  # offsets index the text exactly as read
    assert len(a.sha256) == 64


def test_html_main_text_only(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<html><head><title>Rapat Koordinasi di Jember</title></head><body>"
                 "<nav><a href='/'>Beranda</a> <a href='/x'>Nasional</a></nav><article><h1>Rapat Koordinasi</h1>"
                 f"<p>{BODY}</p><p>Rapat itu dihadiri seluruh kepala dinas dan camat se-Kabupaten Jember "
                 "pada Senin pagi di Pendopo Wahyawibawagraha.</p></article>"
                 "<footer>Copyright 2024 Media Contoh</footer></body></html>", encoding="utf-8")
    (arts, rep) = read([f])
    assert rep.read == 1, rep.skipped
    assert "Budi Santoso" in arts[0].text and "Beranda" not in arts[0].text
    assert arts[0].title.startswith("Rapat Koordinasi")
    assert arts[0].id == "page"


def test_jsonl_json_csv_same_articles(tmp_path):
    recs = [{"id": "x1", "title": "T1", "text": BODY, "url": "https://example.org/1", "published": "2024-09-25",
             "outlet": "Contoh", "author": "A"},
            {"id": "x2", "title": "T2", "text": "Isi kedua,\nbaris \"dua\"."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(recs), encoding="utf-8")
    import csv
    with (tmp_path / "c.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "title", "text", "url", "published", "outlet", "author"])
        w.writeheader()
        w.writerows(recs)
    for name in ("a.jsonl", "b.json", "c.csv"):
        arts, rep = read([tmp_path / name])
        assert [a.id for a in arts] == ["x1", "x2"], name
        assert arts[1].text == "Isi kedua,\nbaris \"dua\"."  # embedded newline and quotes survive
        assert arts[0].url == "https://example.org/1" and arts[0].published == "2024-09-25"
        assert arts[1].url is None


def test_directory_recursive_sorted_and_hidden_ignored(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("B\n\n" + BODY, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "a.txt").write_text("A\n\n" + BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H\n\n" + BODY, encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    arts, rep = read([tmp_path])
    assert sorted(a.id for a in arts) == ["a", "b"]
    assert any("notes.xyz" in w for w in rep.warnings)


def test_stdin_text_gets_hash_id(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("Judul\n\n" + BODY).encode())))
    arts, rep = read(["-"])
    assert rep.read == 1
    assert arts[0].id == normalised_hash("Judul\n\n" + BODY)
    # the id is stable under whitespace and case changes of the same text
    assert normalised_hash("judul   \n" + BODY) == arts[0].id


def test_stdin_jsonl(monkeypatch):
    data = "\n".join(json.dumps({"id": f"s{i}", "text": BODY}) for i in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    arts, _ = read(["-"])
    assert [a.id for a in arts] == ["s0", "s1", "s2"]


@pytest.mark.parametrize("payload,error", [
    (b"", "empty"), (b"   \n\t  \n", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"), (b"PK\x03\x04zipdata", "binary"),
    (b"teks\x00dengan\x00nul", "binary"),
])
def test_bad_files_are_skipped_with_reason(tmp_path, payload, error):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(payload)
    good = tmp_path / "good.txt"
    good.write_text("Judul\n\n" + BODY, encoding="utf-8")
    arts, rep = read([bad, good])
    assert [a.id for a in arts] == ["good"]  # the rest of the corpus is still processed
    assert len(rep.skipped) == 1 and "bad.txt" in rep.skipped[0] and error in rep.skipped[0]


def test_encodings_utf8_bom_and_cp1252(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffJudul Bom\n\nCaf\u00e9 di Jember".encode("utf-8"))
    (tmp_path / "win.txt").write_bytes("Judul Win\n\n\u201cKutipan\u201d caf\u00e9".encode("cp1252"))
    arts, rep = read([tmp_path])
    by = {a.id: a for a in arts}
    assert by["bom"].title == "Judul Bom" and not by["bom"].text.startswith("\ufeff")
    assert by["win"].text.endswith("\u201cKutipan\u201d caf\u00e9")
    assert any("win.txt" in w and "cp1252" in w for w in rep.warnings)


def test_a_file_mixing_utf8_and_cp1252_keeps_both_parts_right(tmp_path):
    data = "Judul\n\n\u201cASN netral,\u201d kata Bupati. Caf\u00e9".encode("utf-8") \
        + " d\u00e9j\u00e0 \u201cvu\u201d".encode("cp1252") + b" \x81"
    (tmp_path / "mixed.txt").write_bytes(data)
    arts, rep = read([tmp_path])
    assert arts[0].text == "Judul\n\n\u201cASN netral,\u201d kata Bupati. Caf\u00e9 d\u00e9j\u00e0 \u201cvu\u201d \x81"
    assert any("mixed.txt" in w and "mixed UTF-8 and cp1252" in w for w in rep.warnings)


def test_malformed_json_line_reported_with_line_number(tmp_path):
    f = tmp_path / "m.jsonl"
    f.write_text(json.dumps({"id": "ok1", "text": BODY}) + "\n{not json\n" + json.dumps({"id": "nt"}) + "\n"
                 + json.dumps({"id": "ok2", "text": BODY}) + "\n", encoding="utf-8")
    arts, rep = read([f])
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert len(rep.skipped) == 2
    assert "m.jsonl:2:" in rep.skipped[0] and "malformed JSON" in rep.skipped[0]
    assert "m.jsonl:3:" in rep.skipped[1] and "no 'text'" in rep.skipped[1]


def test_missing_path_and_unknown_suffix(tmp_path):
    weird = tmp_path / "x.pdfx"
    weird.write_text("hello", encoding="utf-8")
    arts, rep = read([tmp_path / "nope.txt", weird])
    assert arts == []
    assert any("nope.txt" in s and "E011" in s for s in rep.skipped)
    assert any("x.pdfx" in s and "E017" in s for s in rep.skipped)


def test_too_large_file(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Judul\n\n" + "kata " * 1000, encoding="utf-8")
    rep = ReadReport()
    assert list(read_articles([f], rep, max_bytes=100)) == []
    assert "E016" in rep.skipped[0]


def test_decode_errors_are_typed():
    with pytest.raises(EmptyInputError):
        decode(b"  ", "f")
    with pytest.raises(BinaryInputError):
        decode(b"%PDF-1.4 ...", "f")


def test_text_full_of_control_characters_is_skipped_as_a_wrong_encoding(tmp_path):
    (tmp_path / "ctl.txt").write_bytes(b"Judul\n\n" + bytes(range(1, 9)) * 40 + b" Bupati Jember hadir.")
    (tmp_path / "ok.txt").write_text("Judul\n\nBupati Jember membuka rapat.", encoding="utf-8")
    arts, rep = read([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    assert len(rep.skipped) == 1 and "ctl.txt" in rep.skipped[0] and "E014" in rep.skipped[0]
