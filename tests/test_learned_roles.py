"""The learned LED/ATTENDED classifier (graphkit/extract/events/roles.py, issue 16).

Every article here is synthetic (written for these tests). What is checked: the option is off by
default and then changes nothing; with it on, output is byte-identical across runs; the training
is deterministic and the shipped weights are what ``train_roles`` makes from ../shared gold; and
the behaviours the component adds: a group word no rule linked, in an attendance clause the rule
grammar does not read (a misspelt "hadiri oleh"), becomes an attendee when the weights say so;
the rules' own leader and attendees are never removed; a name inside a quotation is no candidate.
"""
import json

import pytest

from graphkit.extract import extract_article
from graphkit.extract.events import roles, train_roles
from graphkit.model import Article

TEXT = ("Bupati Karangwangi Resmikan Pasar Rakyat\n\n"
        "KARANGWANGI - Pasar Rakyat Cempaka diresmikan oleh Bupati Karangwangi Hendarto Wibisana, "
        "Senin (3/6/2024).\n\n"
        "Peresmian tersebut turut dimeriahkan oleh seluruh kepala OPD lingkup Pemkab.\n\n"
        "Kepala Dinas Perdagangan Rukmini Salimah menyampaikan terima kasih kepada semua pihak. "
        "\"Pak Joko Susilo sudah banyak membantu,\" ujarnya.\n")


@pytest.fixture
def learned(monkeypatch):
    monkeypatch.setenv("GRAPHKIT_LEARNED_ROLES", "1")
    roles.weights.cache_clear()
    yield monkeypatch
    roles.weights.cache_clear()


def _extract(text: str = TEXT):
    return extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))


def _roles(g, type_):
    return {e.source for e in g.edges.values() if e.type == type_}


def _table(tmp_path, weights: dict, margin: float = 1.0):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": weights, "margin": margin}), encoding="utf-8")
    return path


def test_off_by_default_changes_nothing(monkeypatch):
    monkeypatch.delenv("GRAPHKIT_LEARNED_ROLES", raising=False)
    assert not roles.enabled()
    before = json.dumps(_extract().to_dict(), sort_keys=True)
    roles.RECORDER = []
    try:
        recorded = json.dumps(_extract().to_dict(), sort_keys=True)
    finally:
        roles.RECORDER = None
    assert before == recorded          # recording for training never changes the rules' output


def test_learned_output_is_byte_identical(learned):
    a = json.dumps(_extract().to_dict(), sort_keys=True)
    b = json.dumps(_extract().to_dict(), sort_keys=True)
    assert a == b


def test_group_word_in_an_unread_attendance_clause_attends(learned, tmp_path):
    # the rule grammar reads no "turut dimeriahkan oleh"; the lexicon knows "turut" as an attendance cue
    learned.setenv("GRAPHKIT_ROLE_WEIGHTS", str(_table(tmp_path, {"": [0, 0, 0], "nb2:attend_cue+by": [-2, -2, 2]})))
    roles.weights.cache_clear()
    g = _extract()
    att = {g.nodes[n].properties.get("name", "") for n in _roles(g, "ATTENDED")}
    assert any("OPD" in name.split() for name in att), att


def test_rules_leader_and_attendees_are_kept(learned, tmp_path):
    learned.delenv("GRAPHKIT_LEARNED_ROLES")
    rules = _extract()
    learned.setenv("GRAPHKIT_LEARNED_ROLES", "1")
    # a table that would call everyone "none": the classifier only adds, it never removes
    learned.setenv("GRAPHKIT_ROLE_WEIGHTS", str(_table(tmp_path, {"": [9, -9, -9]})))
    roles.weights.cache_clear()
    g = _extract()
    assert _roles(g, "LED") == _roles(rules, "LED") and _roles(rules, "LED")
    assert _roles(g, "ATTENDED") == _roles(rules, "ATTENDED")


def test_quoted_name_is_no_candidate(monkeypatch):
    monkeypatch.delenv("GRAPHKIT_LEARNED_ROLES", raising=False)
    roles.RECORDER = []
    try:
        _extract()
        rows = list(roles.RECORDER)
    finally:
        roles.RECORDER = None
    ids = {nid for _, _, nid, _ in rows}
    assert not any("joko" in nid for nid in ids), ids
    assert any("hendarto" in nid for nid in ids) and any(nid.startswith("group:") for nid in ids)
    leader = next(feats for _, _, nid, feats in rows if "hendarto" in nid)
    assert "rule:led" in leader and "b1:by" in leader and "nb2:led_passive+by" in leader
    assert "group:kepala dinas" not in ids      # the title of the named Kepala Dinas, not a group


def test_fit_is_deterministic_and_learns_a_cue():
    rows = [(["cue:a", "pos:lead"], 2), (["cue:b", "pos:lead"], 0), (["cue:a"], 2), (["cue:b"], 0),
            (["cue:c", "pos:s1"], 1), (["cue:c"], 1)] * 3
    one, two = train_roles.fit(rows), train_roles.fit(list(rows))
    assert one == two
    z = roles.scores(["cue:a"], one)
    assert max(range(3), key=z.__getitem__) == 2
    z = roles.scores(["cue:c"], one)
    assert max(range(3), key=z.__getitem__) == 1


def test_post_level_reads_the_head_of_the_post():
    assert roles.post_level("Pj Bupati") == "head"
    assert roles.post_level("Wakil Wali Kota") == "deputy_head"
    assert roles.post_level("Kepala Dinas Perdagangan") == "unit_head"
    assert roles.post_level("Anggota DPRD") == "legislature"
    assert roles.post_level("Menteri Dalam Negeri") == "national"


def test_shipped_weights_are_what_training_makes(shared_dir):
    gold = shared_dir / "gold"
    if not (shared_dir / "corpus" / "extra").is_dir():
        pytest.skip("../shared/corpus/extra is absent")
    first = train_roles.dump(train_roles.train(gold))
    second = train_roles.dump(train_roles.train(gold))
    assert first == second
    shipped = (train_roles.Path(roles.__file__).resolve().parents[2] / "data" / roles.WEIGHTS_FILE).read_text(
        encoding="utf-8")
    assert first == shipped, "retrain: python -m graphkit.extract.events.train_roles ../shared/gold"


def test_the_cache_tells_learned_roles_output_from_the_rules(monkeypatch):
    # a build folder's cache made with the option off must not serve a build with it on (and back)
    from graphkit.cache import extraction_fingerprint
    monkeypatch.delenv("GRAPHKIT_LEARNED_ROLES", raising=False)
    extraction_fingerprint.cache_clear()
    off = extraction_fingerprint()
    monkeypatch.setenv("GRAPHKIT_LEARNED_ROLES", "1")
    extraction_fingerprint.cache_clear()
    on = extraction_fingerprint()
    extraction_fingerprint.cache_clear()
    assert off != on and off.split("+")[0] == on.split("+")[0]
