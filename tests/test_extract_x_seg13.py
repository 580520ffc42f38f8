"""Segmentation, the thirteenth round (issue #16): a report of a preparation and the happening it prepares
("rapat persiapan kunjungan kerja …", "rencana kunjungan … pada <day>"), the one class of a second happening
read as one with the first that recurs in three outlets or more over all 247 opened articles
(docs/dev/issue-16-seg13.md).

Every sentence is synthetic: invented people, and real kabupaten (none of the batches') only where a post needs
its jurisdiction from the gazetteer.
"""
from extract_probe import graph as _graph


def _events(text: str, title: str, published: str | None = None) -> set[tuple]:
    g = _graph(text, title, published)
    return {(n.properties.get("type"), n.properties.get("date")) for n in g.nodes.values() if "Event" in n.labels}


def _edges(kind: str, text: str, title: str, published: str | None = None) -> set[tuple]:
    """(who, event type, event date) of every ``kind`` edge."""
    g = _graph(text, title, published)
    return {(g.nodes[e.source].properties.get("name"), g.nodes[e.target].properties.get("type"),
             g.nodes[e.target].properties.get("date")) for e in g.edges.values() if e.type == kind}


# --- the prepared happening does not type the report: the preparation is the happening ----------------------

_SEMPENA = ("TEMANGGUNG – Menyambut kunjungan kerja Menteri Pertanian Rudi Hartanto ke Kabupaten Temanggung, "
            "Pemkab Temanggung menggelar rapat persiapan yang dipimpin Sekretaris Daerah Temanggung Bambang "
            "Wiyono di ruang rapat Setda, Senin (7/10/2024).")
_SEMPENA_TITLE = "Kunker Menteri ke Temanggung, Sekda Pimpin Rapat Persiapan"


def test_the_preparation_not_the_visit_is_the_reported_happening():
    ev = _events(_SEMPENA, _SEMPENA_TITLE, "2024-10-07")
    assert ("rapat", "2024-10-07") in ev
    assert ("kunjungan_kerja", "2024-10-07") not in ev


def test_the_visitor_does_not_lead_the_preparation():
    led = _edges("LED", _SEMPENA, _SEMPENA_TITLE, "2024-10-07")
    assert ("Bambang Wiyono", "rapat", "2024-10-07") in led
    assert not any(who == "Rudi Hartanto" for who, _, _ in led)


# --- the prepared happening fixed on its own day is an event of that day, led by its visitor -----------------

_FOR_VISIT = ("PURWOREJO – Bupati Purworejo Sri Handayani menggelar rapat persiapan kunjungan kerja Menteri Dalam "
              "Negeri Hadi Wibowo di Kabupaten Purworejo 21 Oktober 2024 bersama kepala OPD.\n\n"
              "Rapat digelar di Pendopo Kabupaten Purworejo, Senin (14/10/2024).")


def test_the_prepared_visit_is_its_own_event_on_its_day():
    ev = _events(_FOR_VISIT, "Bupati Gelar Rapat Persiapan")
    assert ("kunjungan_kerja", "2024-10-21") in ev
    assert ("rapat", "2024-10-21") not in ev


def test_the_prepared_visit_is_led_by_its_visitor():
    assert ("Hadi Wibowo", "kunjungan_kerja", "2024-10-21") in _edges("LED", _FOR_VISIT, "Bupati Gelar Rapat Persiapan")


_INSPECTION = ("PURWOREJO – Menyukseskan rencana kunjungan Menteri Sosial, Ir Siti Rahayu ke Desa Sukamaju pada "
               "Kamis (17/10/2024) besok, Bupati Purworejo Sri Handayani melakukan peninjauan lokasi kunjungan.")


def test_the_inspection_is_not_dated_by_the_visit_it_prepares():
    led = _edges("LED", _INSPECTION, "Bupati Tinjau Lokasi Rencana Kunjungan Menteri", "2024-10-16")
    assert ("Sri Handayani", "kunjungan_kerja", "2024-10-17") not in led
    assert ("Siti Rahayu", "kunjungan_kerja", "2024-10-17") in led


# --- who the prepared happening's phrase names is its subject, not at the preparation -----------------------

_RATAS = ("TEMANGGUNG – Bupati Temanggung Bambang Wiyono memimpin rapat terbatas bersama OPD terkait dalam "
          "rangka persiapan rencana kunjungan Presiden Andi Kusuma, di Ruang Rapat Bupati, Senin, 7 Oktober 2024.")


def test_the_visitor_named_in_the_preparation_is_not_an_attendee():
    att = _edges("ATTENDED", _RATAS, "Pemkab Siapkan Kunjungan Presiden", "2024-10-07")
    assert not any(who == "Andi Kusuma" for who, _, _ in att)
    # the day after the comma is the meeting's own, not the visit's
    assert ("kunjungan_kerja", "2024-10-07") not in _events(_RATAS, "Pemkab Siapkan Kunjungan Presiden", "2024-10-07")


# --- the subject of a scheduled visit leads it -------------------------------------------------------------

def test_the_subject_of_a_scheduled_visit_leads_it_not_the_report():
    text = ("PURWOREJO – Bupati Purworejo Sri Handayani memimpin apel pagi di halaman kantor bupati, Senin "
            "(14/10/2024).\n\nMenteri Sosial Siti Rahayu dijadwalkan akan berkunjung pada 21 Oktober 2024.")
    led = _edges("LED", text, "Bupati Pimpin Apel", "2024-10-14")
    assert ("Siti Rahayu", "kunjungan_kerja", "2024-10-21") in led
    assert ("Siti Rahayu", "apel", "2024-10-14") not in led
    assert ("Sri Handayani", "apel", "2024-10-14") in led
    assert not any(who == "Siti Rahayu" for who, _, _ in _edges("ATTENDED", text, "Bupati Pimpin Apel", "2024-10-14"))
