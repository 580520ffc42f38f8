"""Events on outlets never tuned on (issue #16, helper ev17b).

* A day the report gives as an earlier plan and then says moved ("Semula … direncanakan pada …, tetapi …",
  "awalnya panitia menyebut … pada …" and, next, "digeser") is no happening's day: the happening is on the new
  one.
* A trigger right after a wish ("ingin beraudiensi") or a habit ("tiap kali ada rapat") names the deed wished
  for, or each of a kind, not the happening the lead reports.
* An untyped cue without a day ("… dibuka oleh Camat") yields to the lead's clause of holding that has one.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


# An earlier plan the report says moved

def test_an_earlier_schedule_turned_by_namun_is_no_event():
    text = ("Jembatan Desa Sukamaju Diresmikan Pekan Ini\n\nSUKAMAJU - Jembatan gantung Desa Sukamaju akan "
            "diresmikan oleh Bupati Andi Pratama pada Rabu, 9 April 2025.\n"
            "Sebelumnya, peresmian jembatan itu dijadwalkan pada 2 April 2025. Namun, cuaca buruk membuat "
            "pekerjaan akhir tertunda.\n")
    events = _events(text)
    assert ("peresmian", "2025-04-02") not in events
    assert ("peresmian", "2025-04-09") in events


def test_a_day_named_earlier_then_moved_is_no_event():
    text = ("Pengukuhan Pengurus Baru Dipastikan Sabtu\n\nSUKAMAJU - Pengurus baru Dewan Kesenian Sukamaju akan "
            "dikukuhkan pada Sabtu, 19 April 2025.\nKetua panitia Budi Santoso membenarkan jadwal itu, awalnya ia "
            "menyebut pengurus dikukuhkan pada Kamis (17/04/2025).\nJadwal kemudian digeser agar wali kota bisa "
            "datang.\n")
    events = _events(text)
    assert all(d != "2025-04-17" for _, d in events)
    assert any(d == "2025-04-19" for _, d in events)


def test_an_earlier_happening_without_a_turn_stays_an_event():
    # "sebelumnya" alone tells a past happening, not a plan that moved
    text = ("Bupati Sukamaju Tinjau Jembatan\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama meninjau jembatan "
            "Sungai Biru, Senin (10/3/2025).\nSebelumnya, Bupati juga meresmikan pasar rakyat pada Jumat "
            "(7/3/2025) di desa yang sama.\n")
    assert ("kunjungan_kerja", "2025-03-10") in _events(text)


# A wish or a habit

def test_a_meeting_traders_wish_for_is_no_audiensi():
    text = ("Pasar Sukamaju Ramai Jelang Lebaran\n\nSUKAMAJU - Dinas Perdagangan Sukamaju mengadakan pasar murah "
            "di lapangan kecamatan, Rabu (26/3/2025).\nSejumlah pedagang mengaku sudah lama ingin bertemu "
            "kepala dinas untuk membahas retribusi.\n")
    assert "audiensi" not in {t for t, _ in _events(text)}


def test_a_ceremony_of_each_time_is_no_apel():
    text = ("Pemkab Sukamaju Antar Sesaji ke Mata Air\n\nSUKAMAJU - Pemkab Sukamaju melaksanakan tradisi antar "
            "sesaji ke mata air Sumber Wangi, Rabu (26/3/2025).\nRombongan dipimpin Bupati Sukamaju Andi "
            "Pratama.\nMenurut bupati, tradisi itu digelar tiap kali upacara bersih desa di kampung tersebut.\n")
    assert "apel" not in {t for t, _ in _events(text)}


# An untyped cue without a day, and the lead's clause of holding with one

def test_an_untyped_tournament_held_on_its_day_is_dated_by_its_clause():
    text = ("Pemuda Sukamaju Ramaikan Lapangan Desa\n\nSUKAMAJU - Menyambut bulan bakti, Karang Taruna Sukamaju "
            "mengadakan turnamen voli antardesa, Sabtu (3/5/2025). Turnamen voli antardesa dibuka oleh Camat "
            "Sukamaju Andi Pratama didampingi Kepala Desa Budi Santoso.\n")
    assert _events(text) == [("other", "2025-05-03")]


def test_an_untyped_cue_without_a_held_clause_keeps_no_day():
    # no clause of holding: the cue alone names no day, as before
    text = ("Pemuda Sukamaju Ramaikan Lapangan Desa\n\nSUKAMAJU - Menyambut bulan bakti, turnamen voli antardesa "
            "dibuka oleh Camat Sukamaju Andi Pratama.\nCamat menyampaikan terima kasih, Sabtu (3/5/2025).\n")
    assert ("other", "2025-05-03") not in _events(text)
