"""``graphkit eval`` scores exactly like the reference scorer and explains its misses."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.cli import main
from graphkit.evaluate import evaluate, score
from graphkit.evaluate_keys import name_key, role_key
from graphkit.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"


def reference(shared: Path, graph: Path, gold: Path) -> dict:
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(graph), str(gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("eval-seeds")
    build([EXAMPLES], out, stores=False)
    return out / "graph.json"


def test_same_numbers_as_reference_on_seeds(shared_dir, seed_graph):
    gold = shared_dir / "gold" / "seeds"
    mine = score(seed_graph, gold).to_dict()
    assert mine == reference(shared_dir, seed_graph, gold)
    assert mine["articles"] == 5 and mine["all"]["tp"] > 0


def test_same_numbers_as_reference_on_dev(shared_dir, dev_articles, tmp_path):
    build([dev_articles], tmp_path, stores=False)
    gold = shared_dir / "gold" / "dev"
    assert score(tmp_path / "graph.json", gold).to_dict() == reference(shared_dir, tmp_path / "graph.json", gold)
    jsonl = tmp_path / "graph.jsonl"
    assert score(jsonl, gold).to_dict() == reference(shared_dir, jsonl, gold)


ARTICLE = ("Sleman – Penjabat (Pj) Bupati Sleman, Andi Pratama memimpin apel pagi bersama ASN.\n"
           "Hadir pula Camat Depok Rudi Hartono.\n")


def write_case(tmp_path: Path, gold_extra: dict) -> tuple[Path, Path]:
    arts, gold = tmp_path / "arts", tmp_path / "gold"
    arts.mkdir()
    gold.mkdir()
    (arts / "case.txt").write_text(ARTICLE, encoding="utf-8")
    doc = {"article": "case", "officials": [{"name": "Andi Pratama"}, {"name": "Sri Wahyuni"}],
           "regions": [{"name": "Kabupaten Sleman", "code": "34.04"}],
           "offices": [{"role": "Bupati", "region": "34.04"}],
           "holds": [{"official": "Andi Pratama", "role": "Bupati", "region": "34.04", "capacity": "Pj"}],
           **gold_extra}
    (gold / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    return arts, gold


def test_articles_are_built_then_scored_and_misses_have_sentences(tmp_path):
    arts, gold = write_case(tmp_path, {"must_not": ["Pratama"]})
    report = evaluate(arts, gold, errors=True)
    assert report.facts["holds"]["tp"] == 1 and report.facts["holds"]["fn"] == 0
    fn = [m for m in report.errors if m.fact == "officials" and m.kind == "fn"]
    assert [m.item for m in fn] == ["Sri Wahyuni"]
    fp = [m for m in report.errors if m.fact == "officials" and m.kind == "fp"]
    assert [m.item for m in fp] == ["Rudi Hartono"]
    assert fp[0].sentence == "Hadir pula Camat Depok Rudi Hartono."
    assert ("case", "Pratama", "official:andi-pratama") in report.leaks


def test_cli_eval_prints_micro_f1_and_errors(tmp_path, capsys):
    arts, gold = write_case(tmp_path, {})
    assert main(["eval", str(arts), str(gold), "--errors"]) == 0
    text = capsys.readouterr().out
    assert "micro_f1=" in text and "FN Sri Wahyuni" in text
    assert main(["eval", str(arts), str(gold), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["officials"]["fn"] == 1 and data["articles"] == 1


def test_missing_gold_folder_is_a_graphkit_error(tmp_path, capsys):
    arts, _ = write_case(tmp_path, {})
    assert main(["eval", str(arts), str(tmp_path / "nope")]) == 1
    assert "E011" in capsys.readouterr().err


def test_keys_fold_honorifics_degrees_and_abbreviations():
    assert name_key("Prof. Dr. HM Edwar Juliartha, S.Sos, MM") == "edwar juliartha"
    assert role_key("Kadis Kominfo") == role_key("Kepala Dinas Komunikasi dan Informatika")
    assert role_key("Walikota") == role_key("Wali Kota") != role_key("Bupati")
