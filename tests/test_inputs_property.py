"""#19 property test: generated records (lone surrogates, control characters, deep nesting, duplicate ids,
huge fields, broken lines) through build and every export.  Asserted: no internal error; every readable
record lands as an Article (duplicate ids renamed and counted) and every other line is reported with its
line number (one record repeated with the same id and text is read once, with a line); every export
parses back."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.cli import main
from graphkit.pipeline import build
from graphkit.sources import ReadReport
from graphkit.stores import graphdoc
from test_export_wellformed import NASTY, TEXT, export_all

BODY = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral,\u201d ujar Budi Santoso. ")
IDS = st.one_of(st.sampled_from(["dup", " dup ", "dup\x00", "a/b", "x~2", "\ud83d", ""]), TEXT, st.none())


@st.composite
def good_record(draw) -> tuple[str, str]:
    rec = {"title": draw(TEXT), "text": BODY + draw(TEXT)}
    rid = draw(IDS)
    if rid is not None:
        rec["id"] = rid
    for name in draw(st.sets(st.sampled_from(["url", "published", "outlet", "author", "judul", "tautan"]))):
        rec[name] = draw(TEXT)
    if draw(st.booleans()) and draw(st.booleans()):
        rec[draw(st.sampled_from(["url", "outlet", "title"]))] = "x" * draw(st.integers(50_000, 200_000))
    return "land", json.dumps(rec, ensure_ascii=draw(st.booleans()))


BAD = st.one_of(
    st.integers(2_000, 120_000).map(lambda n: ("skip", "[" * n)),
    st.integers(2_000, 60_000).map(lambda n: ("skip", '{"text":' * n)),
    st.sampled_from([("skip", "{not json"), ("skip", '["a list"]'), ("skip", '{"id": "no-text"}'),
                     ("skip", '{"text": "   "}'), ("skip", '{"text": "\\t\\n "}')]),
)
LINES = st.lists(st.one_of(good_record(), good_record(), BAD), min_size=1, max_size=7)


def _safe_line(line: str) -> str:
    """A JSON line as a file holds it: anything UTF-8 cannot carry goes in as a \\u escape."""
    return line.encode("utf-8", "backslashreplace").decode("utf-8") if any(
        "\ud800" <= c <= "\udfff" for c in line) else line


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(lines=LINES)
def test_generated_records_land_or_are_reported_and_every_export_parses(lines):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(_safe_line(text) + "\n" for _, text in lines), encoding="utf-8")
        report = ReadReport()
        result = build([src], Path(tmp) / "out", stores=False, report=report)
        landed = [n for n in result.graph.nodes.values() if n.label == "Article"]
        expected = sum(kind == "land" for kind, _ in lines)
        assert len(landed) == report.read == expected - report.repeated, (report.skipped, report.warnings)
        assert sum("read once" in w for w in report.warnings) == report.repeated
        skipped_lines = sorted(no for no, (kind, _) in enumerate(lines, 1) if kind == "skip")
        assert len(report.skipped) == len(skipped_lines)
        assert all(f"in.jsonl:{no}:" in r for no, r in zip(skipped_lines, report.skipped, strict=True))
        assert sum("duplicate id" in w for w in report.warnings) == report.duplicates
        assert len({a.id for a in landed}) == len(landed)
        graphdoc.read_graph(Path(tmp) / "out" / "graph.json")
        export_all(result.graph, Path(tmp))


def test_hostile_records_with_stores_agree_across_every_store(tmp_path, capsys):
    """One run with the stores: each kind of hostile record once; graph.json, Cypher and SPARQL agree."""
    recs = [{"id": "dup", "title": "Ti\x0c\x1b\x00tle", "text": BODY},
            {"id": " dup ", "title": "A\ud83d", "text": BODY + "\x00\x1b"},
            {"id": "nul\x00id", "title": "".join(NASTY[:12]), "text": BODY + "".join(NASTY)},
            {"title": "huge", "text": BODY, "url": "u" * 300_000, "author": "\ud83d" + "a" * 5000}]
    lines = [json.dumps(r) for r in recs] + ["[" * 100_000, "{not json"]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "-q"]) == 0
    assert "internal error" not in capsys.readouterr().err
    n = sum(x.label == "Article" for x in graphdoc.read_graph(out / "graph.json").nodes.values())
    assert n == 4
    assert main(["query", "MATCH (a:Article) RETURN count(a) AS n", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == [{"n": 4}]
    assert main(["query", "--sparql", "PREFIX gk: <https://w3id.org/graphkit/ontology#>\n"
                 "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gk:Article }", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == [{"n": 4}]
    export_all(graphdoc.read_graph(out / "graph.json"), tmp_path)
