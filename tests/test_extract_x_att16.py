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
