"""Who attended and who led an event graphkit does find (issue #16, the att16 round): classes of ATTENDED and
LED errors on matched events counted over the develop half only (project gold, blind20–24, 26, 27, 32, 33;
docs/dev/issue-16-att16.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import edge_sources as _edges
from extract_probe import plenary_attendees as _attended


# --- 1. a unit named by two fields joined by "dan" is one item of the list ------------------------------------------

def test_a_units_two_fields_joined_by_dan_stay_one_label():
    names = _attended("Rapat tersebut dihadiri Sekda, Asisten Pemerintahan dan Umum, serta para camat.")
    assert any(n.startswith("asisten pemerintahan dan umum") for n in names)


def test_a_lower_case_units_two_fields_stay_one_label():
    names = _attended("Rapat tersebut dihadiri oleh kepala dinas pertanian dan pangan, ketua dewan adat dan OPD terkait.")
    assert any(n.startswith("kepala dinas pertanian dan pangan") for n in names)


def test_a_units_second_field_at_the_sentences_end_stays_in_the_label():
    names = _attended("Rapat tersebut dihadiri Sekda dan Kepala Dinas Pertanian dan Pangan.")
    assert any(n.startswith("kepala dinas pertanian dan pangan") for n in names)


def test_a_ministry_after_dan_is_a_group_of_its_own():
    from graphkit.extract.events.attendee_groups import listed_groups
    text = "sejumlah pejabat Kemenkes dan Kemendagri."
    assert [g[0] for g in listed_groups(text, 0, len(text), [])] == ["pejabat Kemenkes", "Kemendagri"]


def test_two_heads_joined_by_dan_are_still_two_groups():
    names = _attended("Rapat tersebut dihadiri Kepala Dinas Kesehatan dan Dinas Sosial, serta Camat dan Lurah.")
    assert any(n.startswith("kepala dinas kesehatan") and "sosial" not in n for n in names)
    assert any(n.startswith("dinas sosial") for n in names)
    assert any(n.startswith("camat") for n in names) and any(n.startswith("lurah") for n in names)


# --- 2. the principal's own verb, past the company named with an honorific ------------------------------------------

_VISIT = ("Bupati Klaten Kunjungi Desa\nKLATEN – Bupati Klaten Budi Hartono didampingi Ketua TP PKK Ny. Sri Wahyuni "
          "mengunjungi beberapa desa di Kecamatan Bayat dalam rangka kunjungan kerja, Kamis (10/10/2024).\n\n"
          "Dalam kunjungan itu ia berdialog dengan warga.\n")


def test_the_principal_accompanied_by_someone_with_an_honorific_leads_the_visit():
    from extract_probe import article_graph
    g = article_graph(_VISIT, published="2024-10-11")
    led = {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED"}
    assert "Budi Hartono" in led


# --- 3. a serial verb: the subject of "bertolak melakukan …", "menyempatkan diri melakukan …" does the second ------

def _led(text: str, title: str) -> set:
    from extract_probe import article_graph
    g = article_graph(title + "\n" + text, published="2024-10-11")
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED"}


def test_the_subject_of_a_motion_verb_then_a_leading_verb_leads():
    text = ("KLATEN – Kamis (10/10/2024), Gubernur Jawa Tengah Budi Hartono bertolak melakukan kunjungan kerja ke "
            "Kabupaten Klaten untuk meninjau pasar.\n\nIa berdialog dengan pedagang.\n")
    assert "Budi Hartono" in _led(text, "Gubernur Kunker ke Klaten")


def test_the_subject_of_a_reflexive_verb_then_a_leading_verb_leads():
    text = ("KLATEN – Pj Bupati Klaten Budi Hartono menyempatkan diri melakukan kunjungan kerja ke Kecamatan Bayat, "
            "Kamis (10/10/2024).\n\nIa berdialog dengan warga.\n")
    assert "Budi Hartono" in _led(text, "Pj Bupati Kunjungi Bayat")


def test_a_transitive_verbs_second_verb_is_its_objects():
    text = ("KLATEN – Bupati Klaten Budi Hartono meminta melakukan kunjungan kerja kepada para camat, "
            "Kamis (10/10/2024).\n\nIa berdialog dengan warga.\n")
    assert "Budi Hartono" not in _led(text, "Bupati Minta Camat Turun")


# --- 4. an acting post listed without its holder keeps its capacity ---------------------------------------------------

def test_an_unnamed_acting_regional_head_in_a_list_keeps_the_capacity():
    names = _attended("Rapat tersebut dihadiri Pj Bupati Klaten, Forkopimda, Kepala OPD dan Camat.")
    assert any(n.startswith("pj bupati") for n in names)


def test_an_unnamed_acting_secretary_in_a_list_attends():
    names = _attended("Rapat tersebut dihadiri unsur Forkopimda, Plt Sekda Klaten, kepala OPD dan camat.")
    assert any(n.startswith("plt sekda") for n in names)


def test_the_acting_post_of_a_named_holder_is_that_persons_title():
    text = ("KLATEN – Rapat koordinasi inflasi digelar di Klaten, Senin (4/3/2024), dihadiri Pj Sekda Klaten Budi "
            "Hartono dan Kepala Dinas Perdagangan Sri Wahyuni.\n\nRapat itu juga dihadiri Plt Sekda Klaten dan para camat.\n")
    names = [n.lower() for n in _edges("ATTENDED", text, "Rakor Inflasi Bersama Pj Sekda Klaten") if n]
    assert "budi hartono" in names
    assert not any(n.startswith("pj sekda") for n in names)


# --- 5. the occasion a demonstrative closes, between the cue and its list, is no item of the list --------------------

def test_the_occasion_named_before_the_list_does_not_end_it():
    names = _attended("Turut hadir dalam sidang istimewa ini, Asisten Pemerintahan, Kadis Kesehatan, Kadis PMD dan "
                      "pejabat lainnya.")
    assert any(n.startswith("kadis kesehatan") for n in names)
    assert any(n.startswith("kadis pmd") for n in names)


def test_the_subject_of_a_verb_of_intent_then_a_leading_verb_only_plans_it():
    text = ("KLATEN – Kamis (10/10/2024), Bupati Klaten Budi Hartono berencana melakukan kunjungan kerja ke "
            "Kecamatan Bayat pekan depan.\n\nIa berdialog dengan warga.\n")
    assert "Budi Hartono" not in _led(text, "Bupati Rencanakan Kunker")
