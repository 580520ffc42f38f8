"""The learned roles with more gold (issue 16, 187 articles): ``train_roles --extra`` and ``bench/roles_cv.py``.

Every article here is synthetic (written for these tests). What is checked: an ``--extra`` folder in the
held-out batch layout is read with its gold and its articles' publication dates (an empty date is none);
training on it is deterministic and does not depend on the order the folders are named in; the model is
fitted on the candidates the rules left out only (the shipped "add" mode asks about no other); the new
list features (a group named in the same list as the rules' attendees); the switch stays off by default
and "0" is off; and the CV bench gives each batch article its own outlet and its relaxed scorer differs
from the reference one only in the event date test.
"""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from graphkit.extract import extract_article
from graphkit.extract.events import roles, train_roles
from graphkit.model import Article

ROOT = Path(__file__).resolve().parent.parent

# the rules read the official attendees; "turut dimeriahkan oleh seluruh kepala OPD" they leave to the classifier
TEXT = ("Bupati Karangwangi Resmikan Pasar Rakyat\n\n"
        "KARANGWANGI - Pasar Rakyat Cempaka diresmikan oleh Bupati Hendarto Wibisana, Senin (3/6/2024). "
        "Peresmian tersebut dihadiri Sekretaris Daerah Budi Santoso dan Kepala Dinas Pendidikan Ani Lestari.\n\n"
        "Peresmian tersebut turut dimeriahkan oleh seluruh kepala OPD lingkup Pemkab.\n")

# a list the rules read only in part: the camat and lurah after the two named officials are no attendees of theirs
LISTED = ("Bupati Karangwangi Buka Rapat Kerja Daerah\n\n"
          "KARANGWANGI - Bupati Karangwangi Hendarto Wibisana membuka Rapat Kerja Daerah di Pendopo Kabupaten, "
          "Senin (3/6/2024). Rapat tersebut dihadiri Sekretaris Daerah Karangwangi Budi Santoso, "
          "Kepala Dinas Pendidikan Ani Lestari, serta para camat dan lurah se-Kabupaten Karangwangi.\n\n"
          "Dalam sambutannya, Hendarto meminta seluruh jajaran bekerja keras.\n")

TEXT2 = ("Wali Kota Sukamaju Pimpin Apel Pagi\n\n"
         "SUKAMAJU - Wali Kota Rudi Hartanto memimpin apel pagi di halaman Balai Kota, Rabu. "
         "Apel diikuti Asisten Pemerintahan Dedi Kurnia serta seluruh kepala OPD.\n")


def _gold(article: str, date: str | None, led: str, attendees: list[str]) -> dict:
    return {"article": article, "events": [{"key": "e1", "type": "rapat_kerja", "date": date}],
            "officials": [{"name": led}], "led": [{"event": "e1", "official": led}],
            "attended": [{"event": "e1", "attendee": a} for a in attendees]}


def _batch(root: Path, name: str, stem: str, text: str, date: str, gold: dict) -> Path:
    batch = root / name
    (batch / "corpus").mkdir(parents=True)
    (batch / "gold").mkdir()
    (batch / "corpus" / f"{stem}.txt").write_text(text, encoding="utf-8")
    (batch / "gold" / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    (batch / "published.tsv").write_text(f"{stem}\t{date}\n", encoding="utf-8")
    return batch


@pytest.fixture
def batches(tmp_path):
    a = _batch(tmp_path, "batchA", "a01", TEXT, "2024-06-03",
               {**_gold("a01", "2024-06-03", "Hendarto Wibisana", ["Budi Santoso", "Ani Lestari", "kepala OPD"]),
                "events": [{"key": "e1", "type": "peresmian", "date": "2024-06-03"}]})
    b = _batch(tmp_path, "batchB", "b01", TEXT2, "",
               {**_gold("b01", None, "Rudi Hartanto", ["Dedi Kurnia", "kepala OPD"]),
                "events": [{"key": "e1", "type": "apel", "date": None}]})
    shared = tmp_path / "shared"
    (shared / "gold" / "seeds").mkdir(parents=True)
    (shared / "corpus" / "seeds").mkdir(parents=True)
    (shared / "corpus" / "seeds" / "s01.txt").write_text(TEXT2, encoding="utf-8")
    (shared / "gold" / "seeds" / "s01.json").write_text(
        json.dumps({**_gold("s01", None, "Rudi Hartanto", ["Dedi Kurnia"]),
                    "events": [{"key": "e1", "type": "apel", "date": None}]}), encoding="utf-8")
    return shared / "gold", a, b


def test_extra_folder_gives_its_gold_and_article_dates(batches):
    _, a, b = batches
    [(stem, gold, text, published)] = train_roles.extra_items(a)
    assert (stem, gold.name, text.name, published) == ("a01", "a01.json", "a01.txt", "2024-06-03")
    assert train_roles.extra_items(b)[0][3] is None            # an empty date in published.tsv is none
    article = train_roles.read_article(text, published)
    assert article.id == "a01" and article.published == "2024-06-03"
    assert article.title == "Bupati Karangwangi Resmikan Pasar Rakyat"
    rows, graph = train_roles.record(text, published)
    assert graph.nodes["article:a01"].properties["published"] == "2024-06-03"
    labelled = {tuple(sorted(f for f in feats if f.startswith("rule:") and "&" not in f)): y
                for feats, y in train_roles.labels(rows, graph, json.loads(gold.read_text(encoding="utf-8")))}
    assert labelled[("rule:led",)] == 1 and labelled[("rule:att",)] == 2
    assert labelled[("rule:none",)] == 2                         # "seluruh kepala OPD": an attendee the rules left out


def test_training_with_extra_is_deterministic_and_order_free(batches, tmp_path):
    gold, a, b = batches
    one = train_roles.dump(train_roles.train(gold, extra=[a, b]))
    two = train_roles.dump(train_roles.train(gold, extra=[b, a]))
    assert one == two
    doc = json.loads(one)
    assert doc["articles"] == 3 and doc["gold"] == ["shared", "batchA", "batchB"]
    assert doc["trained_on"] == "candidates the rules left out"
    alone = json.loads(train_roles.dump(train_roles.train(gold)))
    assert alone["articles"] == 1 and "gold" not in alone
    out = tmp_path / "w.json"
    assert train_roles.main([str(gold), "--extra", str(b), str(a), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == one
    assert train_roles.main([str(gold), "--extra", str(tmp_path), "-o", str(out)]) == 2   # not a batch folder


def test_fit_on_unlinked_rows_ignores_the_rules_own_candidates():
    unlinked = [(["rule:none", "cue:a"], 2), (["rule:none", "cue:b"], 0)] * 3
    linked = [(["rule:att", "cue:b"], 2), (["rule:led", "cue:a"], 1)] * 5
    assert train_roles.fit(unlinked + linked, unlinked_only=True) == train_roles.fit(unlinked, unlinked_only=True)
    assert train_roles.fit(unlinked + linked) != train_roles.fit(unlinked)


def test_a_group_in_the_rules_attendee_list_is_a_listed_candidate(monkeypatch, tmp_path):
    monkeypatch.delenv("GRAPHKIT_LEARNED_ROLES", raising=False)
    rows, _ = train_roles.record(_write(tmp_path, LISTED))
    feats = {nid: f for _, _, nid, f in rows}
    assert "listed_after_rule_att" in feats["group:camat"] and "sn:attend_cue" in feats["group:camat"]
    assert not any(f.startswith(("listed_", "after_rule", "before_rule")) for f in feats[
        next(n for n in feats if "ani-lestari" in n)])           # only the candidates the rules left out
    # with a table that trusts the list feature, the option adds the camat and lurah the rules missed
    g = _learned_graph(monkeypatch, tmp_path, {"weights": {"": [0, 0, 0], "listed_after_rule_att": [-2, -2, 2]}},
                       LISTED)
    att = {g.nodes[e.source].properties.get("name", "").lower() for e in g.edges.values() if e.type == "ATTENDED"}
    assert {"camat", "lurah"} <= {w for name in att for w in name.split()}, att


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_switch_is_off_by_default_and_zero_is_off(monkeypatch):
    monkeypatch.delenv("GRAPHKIT_LEARNED_ROLES", raising=False)
    assert not roles.enabled()
    monkeypatch.setenv("GRAPHKIT_LEARNED_ROLES", "0")
    assert not roles.enabled()
    monkeypatch.setenv("GRAPHKIT_LEARNED_ROLES", "1")
    assert roles.enabled()


def _roles_cv():
    spec = importlib.util.spec_from_file_location("roles_cv_bench", ROOT / "bench" / "roles_cv.py")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "bench"))
    spec.loader.exec_module(mod)
    return mod


def test_cv_gives_each_batch_article_its_own_outlet(batches, tmp_path):
    _, a, _ = batches
    cv = _roles_cv()
    recs = cv.extra_records(a)
    assert [(r["stem"], r["source"], r["published"], r["part"]) for r in recs] == \
        [("a01", "batchA/a01", "2024-06-03", "extra")]
    folder = cv.write_input(recs, tmp_path / "in")
    line = json.loads((folder / "batches.jsonl").read_text(encoding="utf-8"))
    assert line["id"] == "a01" and line["published"] == "2024-06-03" and line["text"] == TEXT


def test_relaxed_scorer_drops_only_the_date_test(shared_dir, tmp_path):
    cv = _roles_cv()
    ref = shared_dir / "eval" / "score.py"
    out = cv.relaxed_copy(ref, tmp_path / "relaxed.py")
    if out is None:
        pytest.skip("the reference scorer's event test is not the one the relaxed copy removes")
    a, b = ref.read_text(encoding="utf-8").splitlines(), out.read_text(encoding="utf-8").splitlines()
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    assert len(a) == len(b) and len(changed) == 1 and "date" in changed[0][0] and "date" not in changed[0][1]


def _learned(monkeypatch, tmp_path, table: dict, text: str):
    g = _learned_graph(monkeypatch, tmp_path, table, text)
    return {(e.type, e.source) for e in g.edges.values() if e.type in ("LED", "ATTENDED")}


def _learned_graph(monkeypatch, tmp_path, table: dict, text: str):
    """The article extracted with the learned roles on, reading ``table`` as their weights."""
    path = tmp_path / "w.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setenv("GRAPHKIT_LEARNED_ROLES", "1")
    monkeypatch.setenv("GRAPHKIT_ROLE_WEIGHTS", str(path))
    roles.weights.cache_clear()
    try:
        g = extract_article(Article(id="t", title=text.split("\n")[0], text=text))
    finally:
        roles.weights.cache_clear()
    return g


def test_only_the_measured_add_led_mode_names_leaders(monkeypatch, tmp_path):
    # an official the rules left out (named after the lead), a table that calls every such candidate a leader
    text = TEXT + "\nMenurut Kepala Bappeda Rina Kartika, pasar itu dibangun tahun lalu.\n"
    leader = {"": [0, 0, 0], "rule:none": [-3, 3, -3]}
    shipped_mode = _learned(monkeypatch, tmp_path, {"weights": leader, "mode": "add"}, text)
    assert ("LED", "official:rina-kartika") not in shipped_mode
    measured = _learned(monkeypatch, tmp_path, {"weights": leader, "mode": "add_led"}, text)
    assert ("LED", "official:rina-kartika") in measured
    assert not any(t == "LED" and not s.startswith("official:") for t, s in measured)   # never a group word
    assert {x for x in shipped_mode if x[0] == "LED"} | {("LED", "official:rina-kartika")} == \
        {x for x in measured if x[0] == "LED"}
