"""The CLI as a user meets it: the main job, exit codes, --json, one-line errors, determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.cli import main

from conftest import EXAMPLES, ROOT


def run(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("graphkit 0.")


def test_build_twice_is_byte_identical(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, "build", EXAMPLES, "-o", a, "--no-stores", "-q")[0] == 0
    assert run(capsys, "build", EXAMPLES, "-o", b, "--no-stores", "-q")[0] == 0
    assert (a / "graph.json").read_bytes() == (b / "graph.json").read_bytes()
    assert (a / "graph.jsonl").read_bytes() == (b / "graph.jsonl").read_bytes()
    # a rebuild into the same folder extracts nothing and changes nothing
    before = (a / "graph.json").read_bytes()
    code, out, _ = run(capsys, "build", EXAMPLES, "-o", a, "--no-stores", "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["articles"]["extracted"] == 0 and summary["articles"]["unchanged"] == 5
    assert (a / "graph.json").read_bytes() == before


def test_build_json_summary_counts(tmp_path, capsys):
    code, out, _ = run(capsys, "build", EXAMPLES, "-o", tmp_path / "o", "--no-stores", "--json")
    assert code == 0
    s = json.loads(out)
    assert s["articles"]["read"] == 5 and s["articles"]["skipped"] == 0
    assert s["nodes"]["Article"] == 5
    doc = json.loads((tmp_path / "o" / "graph.json").read_text(encoding="utf-8"))
    assert sum(s["nodes"].values()) == len(doc["nodes"])


def test_bad_input_one_line_and_rest_processed(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "ok.txt").write_text("Judul\n\nBupati Jember membuka rapat.", encoding="utf-8")
    code, out, err = run(capsys, "build", tmp_path / "in", "-o", tmp_path / "o", "--no-stores", "--json")
    assert code == 0
    assert json.loads(out)["articles"]["read"] == 1
    assert "empty.txt" in err and "E012" in err
    # --strict turns any skip into exit 1
    code, _, _ = run(capsys, "build", tmp_path / "in", "-o", tmp_path / "o2", "--no-stores", "-q", "--strict")
    assert code == 1


def test_nothing_readable_exits_1(tmp_path, capsys):
    code, _, err = run(capsys, "build", tmp_path / "missing", "-o", tmp_path / "o", "--no-stores")
    assert code == 1 and "E011" in err


def test_usage_error_exits_2(capsys):
    code, _, _ = run(capsys, "build", "--no-such-option")
    assert code == 2


def test_stats_and_bad_graph(tmp_path, capsys):
    run(capsys, "build", EXAMPLES, "-o", tmp_path / "o", "--no-stores", "-q")
    code, out, _ = run(capsys, "stats", tmp_path / "o", "--json")
    assert code == 0 and json.loads(out)["nodes"]["Article"] == 5
    (tmp_path / "bad.json").write_text("{broken", encoding="utf-8")
    code, _, err = run(capsys, "stats", tmp_path / "bad.json")
    assert code == 1
    line = err.strip()
    assert "\n" not in line and "E020" in line and "fix:" in line


def test_extract_streams_jsonl(tmp_path, capsys):
    out = tmp_path / "g.jsonl"
    code, _, _ = run(capsys, "extract", EXAMPLES, "-o", out, "-q")
    assert code == 0
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for l in lines if l["kind"] == "node" and l["labels"][0] == "Article") == 5
    from graphkit.stores.graphdoc import read_graph
    assert len(read_graph(out).nodes) >= 5


def test_extract_writes_graph_jsonl_lines(tmp_path, capsys):
    """``extract`` output is graph.jsonl's own line format (compact, nodes then edges per article)."""
    from graphkit.extract import extract_article
    from graphkit.sources import read_articles
    from graphkit.stores.graphdoc import jsonl_text
    out = tmp_path / "g.jsonl"
    assert run(capsys, "extract", EXAMPLES, "-o", out, "-q")[0] == 0
    expected = "".join(jsonl_text(extract_article(a)) for a in read_articles([EXAMPLES]))
    text = out.read_text(encoding="utf-8")
    assert text == expected
    for line in text.splitlines():
        assert line == json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":"))


def test_debug_shows_traceback(tmp_path, capsys):
    (tmp_path / "bad.json").write_text("{broken", encoding="utf-8")
    code, _, err = run(capsys, "--debug", "stats", tmp_path / "bad.json")
    assert code == 1 and "Traceback" in err


def test_console_script_help_on_every_command():
    exe = Path(sys.executable).with_name("graphkit")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "graphkit"]
    res = subprocess.run(cmd + ["--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert res.returncode == 0 and "build" in res.stdout and "extract" in res.stdout
    for sub in ("build", "extract", "stats"):
        r = subprocess.run(cmd + [sub, "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert r.returncode == 0 and "Usage" in r.stdout, sub


def test_cache_rows_of_another_extractor_version_are_redone(tmp_path):
    from graphkit.cache import ExtractionCache
    from graphkit.pipeline import build
    out = tmp_path / "o"
    first = build([EXAMPLES], out, stores=False)
    assert first.extracted == 5
    cache = ExtractionCache(out / "cache.sqlite", extractor="graphkit.rules/older")
    assert cache.known() == {}  # rows of the current version are not taken for an older one's
    cache.close()
    again = build([EXAMPLES], out, stores=False)
    assert again.extracted == 0 and again.unchanged == 5
