"""Hostile and broken inputs: every input is either read or skipped with a reason naming it,
and the build never crashes.  Large inputs are behind the ``slow`` marker (run with --slow).
"""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.pipeline import build
from graphkit.sources import ReadReport, read_articles

BODY = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral dalam Pilkada,\u201d ujar Budi Santoso.")
HOSTILE_NAMES = ["O'Brien \"Bobby\" `tick`", "Robert'); DROP TABLE x;--", "a}b{c$d\\e<f>g#h",
                 "MATCH (n) DETACH DELETE n", "SELECT * WHERE { ?s ?p ?o }", "\u202eRTL\u202c Nama",
                 "Zero\u200dWidth\u200bJoin", "Emoji 🎉🇮🇩 Nama", "Ca\u0301mat Co\u0308mbining"]


def make_bad_corpus(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return file name -> expected outcome ('read' or 'skip')."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expect[name] = outcome

    put("empty.txt", b"", "skip")
    put("whitespace.txt", b" \n\t \r\n ", "skip")
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "skip")
    put("nul.txt", b"Judul\x00\x00 isi", "skip")
    zpath = folder / "archive.txt"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("a.txt", "hello")
    expect["archive.txt"] = "skip"
    put("cp1252.txt", ("Judul\n\n" + BODY).encode("cp1252"), "read")
    put("latin1.txt", "Judul\n\nCaf\u00e9 \u00e0 Jember, Bupati Jember membuka rapat.".encode("latin-1"), "read")
    put("mixed.txt", "Judul\n\n".encode() + BODY.encode("utf-8") + " caf\u00e9".encode("cp1252"), "read")
    put("bom.txt", b"\xef\xbb\xbf" + ("Judul BOM\n\n" + BODY).encode(), "read")
    put("broken.html", b"<html><body><div><p>" + BODY.encode() + b"<p>unclosed <b>tags <i>everywhere", "read")
    put("unicode.txt", ("Judul \u202e\u200d🎉\n\n" + BODY + " " + " ".join(HOSTILE_NAMES)).encode(), "read")
    lines = [json.dumps({"id": "j1", "title": "J1", "text": BODY}), "{not json", json.dumps(["list"]),
             json.dumps({"id": "j2", "title": "J2", "text": BODY})]
    put("records.jsonl", ("\n".join(lines) + "\n").encode(), "read")
    with (folder / "records.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "text"])
        w.writerow(["c1", "Judul, dengan koma", BODY + "\n\nParagraf kedua\n\"kutipan\""])
    expect["records.csv"] = "read"
    for i, name in enumerate(HOSTILE_NAMES):
        text = f"Judul {i}\n\nPj Bupati Jember, {name}, membuka rapat. \u201c{name} berkata {{x}} $y\u201d, kata {name}."
        put(f"hostile_{i}.txt", text.encode(), "read")
    return expect


def test_every_input_is_read_or_skipped_with_reason(tmp_path):
    expect = make_bad_corpus(tmp_path / "in")
    report = ReadReport()
    arts = list(read_articles([tmp_path / "in"], report))
    read_paths = {Path(a.path).name for a in arts}
    for name, outcome in expect.items():
        named = [s for s in report.skipped if name in s]
        if outcome == "read":
            assert name in read_paths, (name, named)
        else:
            assert name not in read_paths and named, name
    # the two bad JSON lines are accounted for, with their line numbers
    assert any("records.jsonl:2:" in s for s in report.skipped)
    assert any("records.jsonl:3:" in s for s in report.skipped)
    assert report.files == len(expect)
    assert {a.id for a in arts} >= {"j1", "j2", "c1"}
    csv_article = next(a for a in arts if a.id == "c1")
    assert "Paragraf kedua\n\"kutipan\"" in csv_article.text


def test_build_on_bad_corpus_never_crashes_and_evidence_is_exact(tmp_path, capsys):
    make_bad_corpus(tmp_path / "in")
    code = main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-stores", "--json"])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    summary = json.loads(cap.out)
    assert summary["articles"]["skipped"] >= 7
    for line in cap.err.strip().splitlines():
        if line.startswith("skipped"):
            assert "[E0" in line and "fix:" in line
    doc = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    check_graph_invariants(doc, texts_by_article(tmp_path / "in"))
    assert main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out2"), "--no-stores", "-q", "--strict"]) == 1


def texts_by_article(folder: Path) -> dict[str, str]:
    return {"article:" + a.id: a.text for a in read_articles([folder], ReadReport())}


def check_graph_invariants(doc: dict, texts: dict[str, str]) -> None:
    ids = {n["id"] for n in doc["nodes"]}
    for e in doc["edges"]:
        assert e["source"] in ids and e["target"] in ids, e
    for obj in doc["nodes"] + doc["edges"]:
        props = obj["properties"]
        assert props.get("sources"), obj
        for ev in props.get("evidence", []):
            text = texts.get(ev["article"])
            assert text is not None, ev
            assert 0 <= ev["start"] <= ev["end"] <= len(text), (ev, len(text))


@pytest.mark.slow
def test_50mb_single_article(tmp_path):
    big = tmp_path / "big.txt"
    para = BODY + "\n\n"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("Judul Besar\n\n")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(para * 100)
    result = build([big], tmp_path / "out", stores=False)
    assert result.report.read == 1 and not result.report.skipped


@pytest.mark.slow
def test_one_million_line_jsonl_streams(tmp_path):
    path = tmp_path / "million.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1_000_000):
            fh.write(json.dumps({"id": f"m{i}", "text": "Bupati Jember membuka rapat."}) if i % 1000
                     else "{broken line")
            fh.write("\n")
    report = ReadReport()
    count = sum(1 for _ in read_articles([path], report))
    assert count == 999_000 and len(report.skipped) == 1000
