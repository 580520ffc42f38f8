"""The user-facing bugs of issue #18 (and #19 D15, D17), each reproduced as a user meets it.

Every test here failed on the code before its fix: evidence read back from
any source format (1, 3), eval with no gold article in the graph (4),
browser-favorites arguments and paths (5), a Turtle syntax error (6), Ctrl-C
in the shell (7), skip reasons under -q and for an empty folder (8, 10), a
crafted Article path in the view (D15) and a bad --param name (D17).
"""
from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.model import Edge, Graph, Node
from graphkit.pipeline import build
from graphkit.sources.decode import sha256
from graphkit.stores.graphdoc import write_json
from graphkit.view import view_html

from conftest import EXAMPLES

ART_A = ("Sleman – Penjabat (Pj) Bupati Sleman, Andi Pratama memimpin apel pagi bersama ASN.\n"
         "Hadir pula Camat Depok Rudi Hartono.\n")
ART_B = ("Jember – Pjs Bupati Jember Imam Hidayat membuka rapat koordinasi di pendopo.\n"
         "Rapat itu juga dihadiri Sekretaris Daerah Jember Budi Santoso.\n")


def run(capsys, *args):
    code = main([str(a) for a in args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="gk-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


@pytest.fixture
def record_sources(tmp_path) -> Path:
    """The same kind of articles as users have them: a .jsonl, a .json list and a .csv."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "feed.jsonl").write_text(json.dumps({"id": "a", "title": "Apel", "text": ART_A}) + "\n"
                                    + json.dumps({"id": "b", "title": "Rapat", "text": ART_B}) + "\n",
                                    encoding="utf-8")
    (src / "list.json").write_text(json.dumps([{"id": "c", "title": "Apel lagi", "text": ART_A.replace(
        "Rudi Hartono", "Rudi Hartanto")}]), encoding="utf-8")
    with (src / "table.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "text"])
        w.writerow(["d", "Rapat lagi", ART_B.replace("Budi Santoso", "Budi Susanto")])
    return src


def test_1_view_quotes_evidence_from_jsonl_json_and_csv_sources(record_sources, tmp_path):
    out = tmp_path / "out"
    result = build([record_sources], out, stores=False)
    page, _ = view_html(result.graph)
    data = page_data(page)
    quoted: dict[str, list[str]] = {}
    for item in [*data["nodes"], *data["edges"]]:
        for ev in item["evidence"]:
            if ev["sentence"]:
                quoted.setdefault(ev["article"], []).append(ev["sentence"]["span"])
    assert set(quoted) == {"article:a", "article:b", "article:c", "article:d"}
    spans_b = quoted["article:b"]
    assert "Imam Hidayat" in spans_b and all(s in ART_B for s in spans_b)   # cut from ITS record, not the file


def test_1_explain_and_view_read_the_same_text(record_sources, tmp_path):
    from graphkit.explain import explain
    out = tmp_path / "out"
    build([record_sources], out, stores=False)
    [node] = explain("official:imam-hidayat", out)["nodes"]
    assert {a["article"]: a["text"] for a in node["articles"]} == {"article:b": "ok", "article:d": "ok"}
    assert {a["spans"][0]["text"] for a in node["articles"]} == {"Imam Hidayat"}


def test_3_eval_errors_quote_the_right_record_of_a_jsonl(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "first", "text": ART_B}) + "\n" + json.dumps({"id": "case", "text": ART_A})
                   + "\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "case.json").write_text(json.dumps({"article": "case", "officials": [{"name": "Andi Pratama"}]}),
                                    encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, stores=False)
    code, text, _ = run(capsys, "eval", out / "graph.json", gold, "--errors")
    assert code == 0
    fp = [line for line in text.splitlines() if "officials  FP Rudi Hartono" in line]
    assert fp, text
    after = text.split(fp[0], 1)[1].splitlines()[1]
    assert after.strip() == "« Hadir pula Camat Depok Rudi Hartono. »"


def test_4_eval_says_when_no_gold_article_is_in_the_graph(tmp_path, capsys, shared_dir):
    out = tmp_path / "out"
    build([EXAMPLES], out, stores=False)
    code, _, err = run(capsys, "eval", out / "graph.json", shared_dir / "gold" / "dev")
    assert code == 1 and "[E072]" in err and "0 of the" in err
    mixed = tmp_path / "gold"
    mixed.mkdir()
    seeds = sorted((shared_dir / "gold" / "seeds").glob("*.json"))
    dev = sorted((shared_dir / "gold" / "dev").glob("*.json"))
    for f in (seeds[0], dev[0]):
        (mixed / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(capsys, "eval", out / "graph.json", mixed)
    assert code == 0 and "1 of 2 gold articles are in the graph" in err


def test_5_browser_favorites_takes_graph_uses_bundled_queries_and_writes_into_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)          # outside the repo: no ./queries here
    out = tmp_path / "out"
    build([EXAMPLES], out, stores=False)
    code, text, err = run(capsys, "export", "browser-favorites", out, "--json")
    assert code == 0, err
    report = json.loads(text)
    assert Path(report["out"]) == out / "browser-favorites.zip" and len(report["queries"]) >= 9
    with zipfile.ZipFile(out / "browser-favorites.zip") as zf:
        assert len(zf.namelist()) == len(report["queries"])
    assert run(capsys, "export", "browser-favorites", "-q")[0] == 0
    assert zipfile.ZipFile(tmp_path / "browser-favorites.zip").namelist()   # no GRAPH: the current folder
    empty = tmp_path / "none"
    empty.mkdir()
    code, _, err = run(capsys, "export", "browser-favorites", "--queries", empty, "-o", tmp_path / "x.zip")
    assert code == 2 and "no *.cypher" in err and not (tmp_path / "x.zip").exists()


def test_6_validate_reports_a_turtle_syntax_error_with_line_and_column(tmp_path, capsys):
    junk = tmp_path / "junk.ttl"
    junk.write_text('@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n',
                    encoding="utf-8")
    code, _, err = run(capsys, "validate", junk)
    assert code == 1 and "internal error" not in err
    assert "[E071]" in err and "junk.ttl:3:" in err and "column" in err


SLOW = "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id + b.id < c.id + d.id + e.id + f.id RETURN count(*);\n"


def test_7_ctrl_c_in_the_shell_cancels_the_query_and_keeps_params(seed_build, tmp_path):
    exe = Path(sys.executable).parent / "graphkit"
    cmd = [str(exe)] if exe.is_file() else [sys.executable, "-m", "graphkit"]
    proc = subprocess.Popen([*cmd, "shell", str(seed_build.out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        proc.stdin.write(":param name=hidayat\n" + SLOW)
        proc.stdin.flush()
        time.sleep(4)                       # the query (hours of work) is running now
        proc.send_signal(signal.SIGINT)
        time.sleep(1)
        proc.stdin.write(":params\n:quit\n")
        proc.stdin.flush()
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "query cancelled" in err
    assert "hidayat" in out                 # :params still shows the parameter after the cancel


def test_8_quiet_still_shows_the_reasons_of_a_failure(tmp_path, capsys):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "good.txt").write_text(ART_A, encoding="utf-8")
    (arts / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    code, _, err = run(capsys, "build", arts, "-o", tmp_path / "o1", "--no-stores", "--strict", "-q")
    assert code == 1
    assert "bad.jsonl:1" in err and "[E010]" in err and "--strict" in err
    code, _, err = run(capsys, "build", arts, "-o", tmp_path / "o2", "--no-stores", "-q")
    assert code == 0 and err == ""           # success: -q prints nothing
    only_bad = tmp_path / "only-bad"
    only_bad.mkdir()
    (only_bad / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    code, _, err = run(capsys, "build", only_bad, "-o", tmp_path / "o3", "--no-stores", "-q")
    assert code == 1 and "bad.jsonl:1" in err and "skip reasons above" in err


def test_10_empty_folder_says_there_is_no_article_file(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(capsys, "build", empty, "-o", tmp_path / "o", "--no-stores")
    assert code == 1 and "[E010]" in err
    assert "above" not in err and "no article file" in err


def crafted_graph(tmp_path: Path, path: Path, digest: str | None) -> Path:
    start = ART_A.index("Andi Pratama")
    ev = {"article": "article:x", "start": start, "end": start + 12}
    props = {"title": "x", "path": str(path)}
    if digest:
        props["sha256"] = digest
    g = Graph([Node(id="article:x", labels=["Article"], properties=props),
               Node(id="official:andi-pratama", labels=["Official"],
                    properties={"name": "Andi Pratama", "evidence": [ev], "sources": ["article:x"]})],
              [Edge(type="MENTIONS", source="article:x", target="official:andi-pratama")])
    return write_json(g, tmp_path / "graph.json")


@pytest.mark.parametrize("digest", [None, "0" * 64])
def test_d15_a_crafted_article_path_cannot_copy_a_local_file_into_the_view(tmp_path, capsys, digest):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-0123 " * 20, encoding="utf-8")
    graph = crafted_graph(tmp_path, secret, digest)
    page = tmp_path / "v.html"
    assert run(capsys, "view", graph, "-o", page, "-q")[0] == 0
    assert "SECRET-TOKEN" not in page.read_text(encoding="utf-8")
    assert run(capsys, "view", graph, "--official", "andi", "--profile", "-o", page, "-q")[0] == 0
    assert "SECRET-TOKEN" not in page.read_text(encoding="utf-8")


def test_d15_the_recorded_source_with_its_sha256_is_still_quoted(tmp_path, capsys):
    real = tmp_path / "x.txt"
    real.write_text(ART_A, encoding="utf-8")
    graph = crafted_graph(tmp_path, real, sha256(ART_A))
    page = tmp_path / "v.html"
    assert run(capsys, "view", graph, "-o", page, "-q")[0] == 0
    [andi] = [n for n in page_data(page.read_text(encoding="utf-8"))["nodes"] if n["id"] == "official:andi-pratama"]
    assert andi["evidence"][0]["sentence"]["span"] == "Andi Pratama"


def test_d15_malformed_fragments_are_guarded_in_the_page_script():
    js = (Path(__file__).resolve().parent.parent / "graphkit" / "view" / "assets" / "view.js").read_text("utf-8")
    deep = js[js.index("Deep links"):]
    assert "try { return decodeURIComponent" in deep
    assert 'data-label="\' + name' not in deep       # no selector built from the fragment's text


def test_d17_a_param_name_with_a_space_is_a_usage_error(seed_build, capsys):
    code, _, err = run(capsys, "query", "--sparql", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "--param", "a b=1",
                       "--out", seed_build.out)
    assert code == 2 and "[E050]" in err and "internal error" not in err
    code, _, err = run(capsys, "query", "MATCH (n) RETURN count(n)", "--param", "a b=1", "--out", seed_build.out)
    assert code == 2 and "[E050]" in err


def test_build_summary_warnings_figure_equals_its_table(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    code, text, _ = run(capsys, "build", EXAMPLES, "-o", tmp_path / "o", "--no-stores")
    assert code == 0
    figure = int(re.search(r"│\s*\d+\s*│\s*\d+\s*│\s*\d+\s*│\s*\d+\s*│\s*(\d+)\s*│", text).group(1))
    table = text.split("warnings by kind", 1)[1]
    assert figure == sum(int(n) for n in re.findall(r"│ [a-z_ ()]+ +│ (\d+) +│", table)) > 0


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_shell_cancellable_helper_interrupts_the_connection():
    from graphkit.cli.shell import Cancelled, cancellable
    import threading
    stop = threading.Event()
    calls = []

    def interrupt():
        calls.append(1)
        stop.set()

    def slow():
        stop.wait(10)
        return "late"

    threading.Timer(0.3, lambda: signal.raise_signal(signal.SIGINT)).start()
    with pytest.raises(Cancelled):
        cancellable(slow, interrupt)
    assert calls == [1]
    assert cancellable(lambda: 42, interrupt) == 42
