"""A second happening of the same day at its own place (issue #16, helper ev16c).

* After the main happening ("Usai dilantik, …"), its people go on to a place of their own, named on the way
  ("menuju Rumah Jabatan Bupati X … untuk melakukan serah terima jabatan"): what they do there is its own event
  on the same day (GUIDELINES: own place, own participants), even when its noun, a handover, would be a part of
  the main occasion had it been held there. Before, the next stop had to be a verb with its place after it.
* A handover named with no place of its own, or not done by the subject, stays part of the main event.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_the_next_stop_named_on_the_way_before_what_is_done_there():
    text = ("Jalan Protokol Ditutup Jelang Kedatangan Kepala Daerah\n\nSUKAMAJU, SM – Pelantikan bupati dan wakil "
            "bupati Sukamaju Andi Pratama-Budi Santoso, berlangsung di Gedung Serbaguna Provinsi, Kota Baru, Jumat, "
            "26 Februari 2021.\nUsai dilantik, keduanya dijadwalkan langsung menuju Rumah Jabatan Bupati Sukamaju di "
            "Jalan Merdeka, untuk melakukan serah terima jabatan dari Plh Bupati.\nSejumlah ruas jalan ditutup.\n")
    assert _events(text) == [("pelantikan", "2021-02-26"), ("penyerahan", "2021-02-26")]


def test_a_handover_at_the_main_occasion_stays_part_of_it():
    # no place of its own and no deed of the subject: the handover is a moment of the inauguration
    text = ("Bupati Baru Dilantik\n\nSUKAMAJU, SM – Pelantikan bupati Sukamaju Andi Pratama berlangsung di Gedung "
            "Serbaguna Provinsi, Jumat, 26 Februari 2021.\nUsai dilantik, penyerahan SK dibacakan oleh sekretaris "
            "daerah dan disambut tepuk tangan.\n")
    assert _events(text) == [("pelantikan", "2021-02-26")]
