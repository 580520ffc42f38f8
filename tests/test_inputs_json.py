"""#19 D3 and D4: scraped JSON that Python parses but UTF-8 cannot hold (lone surrogate escapes), and
JSON nested too deeply to parse.  One such record must not abort the folder: the surrogate is replaced
by U+FFFD with a warning naming file:line, the deep record is skipped with its reason, the rest lands."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.pipeline import build
from graphkit.sources import ReadReport, read_articles
from graphkit.stores import graphdoc

BODY = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral dalam Pilkada,\u201d ujar Budi Santoso.")
FIELDS = ("id", "title", "text", "url", "published", "outlet", "author")
DEEP = "[" * 100_000


def _line(rid: str, **fields: str) -> str:
    rec = {"id": rid, "title": "Judul " + rid, "text": BODY}
    rec.update(fields)
    return json.dumps(rec)


def surrogate_lines() -> list[str]:
    """One good record, then one record per field with a raw '\\ud83d' escape in that field."""
    lines = [_line("good")]
    for name in FIELDS:
        value = "x"
        rec = json.loads(_line(f"s-{name}", **({} if name in ("id", "text") else {name: value})))
        text = json.dumps(rec)
        if name == "id":
            text = text.replace('"s-id"', '"s-id\\ud83d"')
        elif name == "text":
            text = text.replace("Budi Santoso.", "Budi Santoso \\ud83d.", 1)
        else:
            text = text.replace(f'"{name}": "x"', f'"{name}": "x\\ud83d"')
        lines.append(text)
    return lines


def test_lone_surrogate_in_any_field_is_replaced_with_a_warning(tmp_path):
    (tmp_path / "s.jsonl").write_text("\n".join(surrogate_lines()) + "\n", encoding="utf-8")
    report = ReadReport()
    arts = list(read_articles([tmp_path / "s.jsonl"], report))
    assert len(arts) == 1 + len(FIELDS) and not report.skipped
    for a in arts:
        for name in ("id", "title", "text", "url", "published", "outlet", "author"):
            value = getattr(a, name)
            assert value is None or not any("\ud800" <= ch <= "\udfff" for ch in value)
            value is None or value.encode("utf-8")
    assert sum("lone surrogate" in w for w in report.warnings) == len(FIELDS)
    assert any(w.startswith(f"{tmp_path / 's.jsonl'}:3:") and "title" in w for w in report.warnings)
    assert "s-id\ufffd" in {a.id for a in arts}


@pytest.mark.parametrize("workers", [1, 2])
def test_build_and_extract_land_the_rest(tmp_path, workers, capsys):
    src = tmp_path / "s.jsonl"
    src.write_text("\n".join(surrogate_lines()) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-stores", "-q", "--workers", str(workers)]) == 0
    g = graphdoc.read_graph(out / "graph.json")
    assert sum(n.label == "Article" for n in g.nodes.values()) == 1 + len(FIELDS)
    assert main(["extract", str(src), "--out", str(tmp_path / "x.jsonl"), "-q", "--workers", str(workers)]) == 0
    rows = [json.loads(x) for x in (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(r.get("labels") == ["Article"] for r in rows) == 1 + len(FIELDS)


def test_stdin_with_a_surrogate(tmp_path, monkeypatch):
    data = "\n".join(surrogate_lines()) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["build", "-", "--out", str(tmp_path / "out"), "--no-stores", "-q"]) == 0
    assert "article:good" in graphdoc.read_graph(tmp_path / "out" / "graph.json").nodes


def test_deep_nesting_is_skipped_with_a_reason_and_the_folder_still_lands(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text(DEEP, encoding="utf-8")
    (folder / "deep_obj.json").write_text('{"a":' * 100_000, encoding="utf-8")
    (folder / "mixed.jsonl").write_text(_line("j1") + "\n" + DEEP + "\n" + _line("j2") + "\n", encoding="utf-8")
    (folder / "ok.txt").write_text("Judul\n\n" + BODY, encoding="utf-8")
    report = ReadReport()
    result = build([folder], tmp_path / "out", stores=False, report=report)
    assert {"article:j1", "article:j2", "article:ok"} <= set(result.graph.nodes)
    assert any("deep.json:" in s and "nested too deeply" in s for s in report.skipped)
    assert any("mixed.jsonl:2:" in s and "nested too deeply" in s for s in report.skipped)
    assert any("deep_obj.json" in s for s in report.skipped)


def test_deep_nesting_on_stdin(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DEEP.encode())))
    assert main(["build", "-", "--out", str(tmp_path / "out"), "--no-stores"]) == 1
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "internal error" not in err


def test_a_moderately_deep_field_does_not_crash(tmp_path):
    """Deep enough to parse, deep enough that str() of it could recurse: read or skipped, never a crash."""
    nested = "[" * 5000 + "]" * 5000
    (tmp_path / "m.jsonl").write_text(f'{{"id":"m","title":{nested},"text":{json.dumps(BODY)}}}\n'
                                      + _line("ok") + "\n", encoding="utf-8")
    report = ReadReport()
    ids = [a.id for a in read_articles([tmp_path / "m.jsonl"], report)]
    assert "ok" in ids and ("m" in ids or report.skipped)
