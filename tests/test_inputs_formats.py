"""#18 real inputs: CSV with ';' or tab delimiters and Indonesian headers, PDF press releases, .docx."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.sources import ReadReport, read_articles

BODY = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral dalam Pilkada,\u201d ujar Budi Santoso.")


def _csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.mark.parametrize("delimiter", [";", "\t", ",", "|"])
def test_indonesian_headers_with_any_delimiter(tmp_path, delimiter):
    header = ["No", "Judul", "Isi_Berita", "Tanggal", "Tautan", "Penulis"]
    rows = [["1", "Apel pagi; netralitas", BODY + "\n\nParagraf, kedua; dengan\ttab", "2024-09-23",
             "https://contoh.id/a", "Rina"],
            ["2", "Kedua", BODY, "2024-09-24", "https://contoh.id/b", "Ali"]]
    path = _csv(tmp_path / ("a.tsv" if delimiter == "\t" else "a.csv"), header, rows, delimiter)
    report = ReadReport()
    arts = list(read_articles([path], report))
    assert not report.skipped, report.skipped
    assert [a.title for a in arts] == ["Apel pagi; netralitas", "Kedua"]
    assert arts[0].text.endswith("Paragraf, kedua; dengan\ttab")
    assert arts[0].url == "https://contoh.id/a" and arts[0].published == "2024-09-23" and arts[0].author == "Rina"


@pytest.mark.parametrize("header", [["judul", "isi"], ["JUDUL", "Konten"], ["title", "content"],
                                    ["Judul Berita", "isi berita"], ["\ufeffjudul", "ISI"]])
def test_header_synonyms_case_insensitive(tmp_path, header):
    path = _csv(tmp_path / "b.csv", header, [["Judul satu", BODY]], ";")
    arts = list(read_articles([path], ReadReport()))
    assert [(a.title, a.text) for a in arts] == [("Judul satu", BODY)]


def test_excel_sep_line(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("sep=;\njudul;isi\nSatu;" + BODY.replace(";", ",") + "\n", encoding="utf-8")
    report = ReadReport()
    arts = list(read_articles([path], report))
    assert [a.title for a in arts] == ["Satu"] and not report.skipped


def test_no_text_column_lists_the_columns_found(tmp_path, capsys):
    path = _csv(tmp_path / "c.csv", ["nomor", "judul", "ringkasan"], [["1", "x", "y"]], ";")
    assert main(["build", str(path), "--out", str(tmp_path / "out"), "--no-stores"]) == 1
    err = capsys.readouterr().err
    assert "'nomor', 'judul', 'ringkasan'" in err and "isi_berita" in err and "internal error" not in err


def test_json_records_use_the_same_header_table(tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"ID": "k1", "Judul": "J", "isi_berita": BODY,
                                                  "tautan": "https://x.id"}) + "\n", encoding="utf-8")
    (a,) = read_articles([tmp_path / "r.jsonl"], ReadReport())
    assert (a.id, a.title, a.url, a.text) == ("k1", "J", "https://x.id", BODY)


# --- PDF and .docx ------------------------------------------------------------------------------

def minimal_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF with Helvetica text lines, byte offsets computed: what a press office exports."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"] + [f"({esc(x)}) Tj T*" for x in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    if title:
        objs.append(b"<< /Title (" + esc(title).encode("latin-1") + b") >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    info = b" /Info %d 0 R" % len(objs) if title else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)


PDF_LINES = ["SIARAN PERS Pemerintah Kabupaten Jember",
             "Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi",
             "di Pendopo Wahyawibawagraha, Senin (23/9/2024)."]


def test_pdf_press_release(tmp_path):
    pytest.importorskip("pypdf")
    (tmp_path / "rilis.pdf").write_bytes(minimal_pdf(PDF_LINES, title="Apel pagi Pjs Bupati"))
    (tmp_path / "tanpa_judul.pdf").write_bytes(minimal_pdf(PDF_LINES))
    report = ReadReport()
    arts = {a.id: a for a in read_articles([tmp_path], report)}
    assert not report.skipped, report.skipped
    assert arts["rilis"].title == "Apel pagi Pjs Bupati"
    assert arts["tanpa_judul"].title == PDF_LINES[0]
    assert "Budi Santoso" in arts["rilis"].text and "Wahyawibawagraha" in arts["rilis"].text
    assert main(["build", str(tmp_path / "rilis.pdf"), "--out", str(tmp_path / "out"), "--no-stores", "-q"]) == 0


def test_broken_and_empty_pdfs_are_skipped_with_reasons(tmp_path):
    pytest.importorskip("pypdf")
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF")
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf([]))
    (tmp_path / "ok.txt").write_text("Judul\n\n" + BODY, encoding="utf-8")
    report = ReadReport()
    assert [a.id for a in read_articles([tmp_path], report)] == ["ok"]
    assert any("rusak.pdf" in s for s in report.skipped)
    assert any("scan.pdf" in s and "no text layer" in s for s in report.skipped)


def test_docx(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.core_properties.title = "Rilis Pemkab"
    doc.add_paragraph("Jember – Pjs Bupati memimpin apel")
    doc.add_paragraph(BODY)
    doc.add_paragraph("")
    doc.add_paragraph("Paragraf penutup.")
    doc.save(tmp_path / "rilis.docx")
    report = ReadReport()
    (a,) = read_articles([tmp_path / "rilis.docx"], report)
    assert a.id == "rilis" and a.title == "Rilis Pemkab"
    assert a.text == "Jember – Pjs Bupati memimpin apel\n\n" + BODY + "\n\nParagraf penutup.\n"


def test_docx_that_is_not_a_zip_or_too_big(tmp_path):
    pytest.importorskip("docx")
    (tmp_path / "bukan.docx").write_bytes(b"not a zip at all")
    import zipfile
    with zipfile.ZipFile(tmp_path / "bom.docx", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * 2_000_000)
    report = ReadReport()
    assert list(read_articles([tmp_path], report, max_bytes=1_000_000)) == []
    assert any("bukan.docx" in s for s in report.skipped)
    assert any("bom.docx" in s and "unpacks to" in s for s in report.skipped)


def test_missing_extra_names_the_pip_command(tmp_path, monkeypatch):
    import builtins
    real = builtins.__import__

    def no_pypdf(name, *args, **kwargs):
        if name == "pypdf":
            raise ImportError("No module named 'pypdf'", name="pypdf")
        return real(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    (tmp_path / "r.pdf").write_bytes(minimal_pdf(PDF_LINES))
    report = ReadReport()
    assert list(read_articles([tmp_path / "r.pdf"], report)) == []
    assert "pip install 'graphkit[pdf]'" in report.skipped[0]
