"""Events on outlets never tuned on (issue #16, helper ev17b).

* A day the report gives as an earlier plan and then says moved ("Sebelumnya … dijadwalkan pada …. Namun …",
  "sebelumnya ia menyebut … dilantik pada …" and, next, "diundur") is no happening's day: the happening is on
  the new one.
* A trigger right after a wish ("ingin bertemu") or a habit ("setiap adanya upacara") names the deed wished for,
  or each of a kind, not the happening the lead reports.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


# An earlier plan the report says moved

def test_an_earlier_schedule_turned_by_namun_is_no_event():
    text = ("Pelantikan Bupati Sukamaju Terpilih Dipastikan\n\nSUKAMAJU - Pelantikan Bupati Sukamaju terpilih "
            "Andi Pratama akan dilaksanakan pada Kamis, 6 Maret 2025, di ibu kota provinsi.\n"
            "Sebelumnya, pelantikan bupati terpilih dijadwalkan pada 12 Maret 2025. Namun, jadwal itu disesuaikan "
            "dengan agenda Gubernur Nusa Raya.\n")
    assert ("pelantikan", "2025-03-12") not in _events(text)
    assert ("pelantikan", "2025-03-06") in _events(text)


def test_a_day_announced_earlier_then_postponed_is_no_event():
    text = ("Wali Kota Sukamaju Dilantik Sabtu\n\nSUKAMAJU - Wali Kota Sukamaju terpilih Andi Pratama akan "
            "dilantik pada Sabtu, 15 Maret 2025.\nHal itu disampaikan Ketua DPRD Sukamaju Budi Santoso, "
            "sebelumnya ia menyebut wali kota dilantik pada Kamis (13/03/2025).\nJadwal itu diundur karena "
            "menyesuaikan agenda gubernur, katanya.\n")
    events = _events(text)
    assert ("pelantikan", "2025-03-13") not in events
    assert ("pelantikan", "2025-03-15") in events


def test_an_earlier_happening_without_a_turn_stays_an_event():
    # "sebelumnya" alone tells a past happening, not a plan that moved
    text = ("Bupati Sukamaju Tinjau Jembatan\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama meninjau jembatan "
            "Sungai Biru, Senin (10/3/2025).\nSebelumnya, Bupati juga meresmikan pasar rakyat pada Jumat "
            "(7/3/2025) di desa yang sama.\n")
    assert ("kunjungan_kerja", "2025-03-10") in _events(text)


# A wish or a habit

def test_a_meeting_a_resident_wishes_for_is_no_audiensi():
    text = ("Rumah Dinas Bupati Ramai Dikunjungi\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama menggelar open house "
            "di rumah dinasnya, Rabu (25/12/2024).\nSeorang warga mengatakan ia sengaja datang ingin bertemu "
            "langsung dengan bupati.\n")
    assert "audiensi" not in {t for t, _ in _events(text)}


def test_a_ceremony_held_each_time_is_no_apel():
    text = ("Pemkab Sukamaju Laksanakan Persembahan di Pura\n\nSUKAMAJU - Pemkab Sukamaju melaksanakan "
            "persembahan di pura desa, Rabu (26/3/2025).\nRombongan dipimpin Bupati Sukamaju Andi Pratama.\n"
            "Menurut bupati, persembahan itu kegiatan rutin yang digelar setiap adanya upacara besar di pura "
            "tersebut.\n")
    assert "apel" not in {t for t, _ in _events(text)}


# An untyped cue without a day, and the lead's clause of holding with one

def test_an_untyped_walk_held_on_its_day_is_dated_by_its_clause():
    text = ("Ribuan Warga Sukamaju Ramaikan Jalan Sehat\n\nSUKAMAJU - Dalam rangka hari jadi ke-20, Pemerintah "
            "Kabupaten Sukamaju menggelar jalan sehat, Jumat (11/4/2025). Kegiatan jalan santai dibuka secara "
            "resmi oleh Bupati Sukamaju Andi Pratama bersama Wakil Bupati Budi Santoso.\n")
    assert _events(text) == [("other", "2025-04-11")]


def test_an_untyped_cue_without_a_held_clause_keeps_no_day():
    # no clause of holding: the cue alone names no day, as before
    text = ("Ribuan Warga Sukamaju Ramaikan Jalan Sehat\n\nSUKAMAJU - Dalam rangka hari jadi ke-20, jalan sehat "
            "dibuka secara resmi oleh Bupati Sukamaju Andi Pratama.\nBupati menyampaikan terima kasih, "
            "Jumat (11/4/2025).\n")
    assert ("other", "2025-04-11") not in _events(text)
