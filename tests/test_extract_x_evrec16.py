"""Happenings the event grammar found but could not date, or never found (issue #16, helper evrec16).

* A lead that reports a happening with no trigger word ("mengikuti olahraga dan jalan santai …, Jumat, 15 Agustus
  2025") and a later sentence whose subject points back at it ("Kegiatan ini dipusatkan di … dan dihadiri oleh …",
  "Acara ini turut dihadiri …", "Kegiatan yang dihadiri oleh …"): the cue of presence reports the lead's
  happening, so the lead's day is its day.  Before, only "acara/kegiatan ini" right before the cue said so.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_a_subject_pointing_back_dates_the_untyped_happening_by_the_lead():
    text = ("Bupati Sukamaju Ikuti Kegiatan Warga\n\nSUKAMAJU - Bupati Sukamaju, Andi Pratama, mengikuti olahraga dan "
            "jalan santai bersama masyarakat kota pada Jumat, 15 Agustus 2025.\nKegiatan ini dipusatkan di depan "
            "kantor perpustakaan daerah dan dihadiri oleh Forkopimda dan DPRD.\n")
    assert _events(text) == [("other", "2025-08-15")]


def test_a_demonstrative_subject_with_turut_before_the_cue():
    text = ("Malam Puncak Pekan Budaya Dipadati Warga\n\nSUKAMAJU - Warga memenuhi lapangan kota pada malam puncak "
            "pekan budaya, Sabtu malam, 11 Oktober 2025.\nAcara ini turut dihadiri oleh Bupati Sukamaju Andi Pratama "
            "bersama Sekda.\n")
    assert _events(text, "2025-10-12") == [("other", "2025-10-11")]


def test_a_relative_subject_points_back_too():
    text = ("Sukamaju Ukir Prestasi\n\nSUKAMAJU - Peringatan ulang tahun kabupaten diwarnai penghargaan rekor, "
            "Jumat (15/8/2025) di kawasan kota.\nKegiatan yang dihadiri oleh Sekda Provinsi Andi Pratama ini "
            "berlangsung meriah.\n")
    assert _events(text) == [("other", "2025-08-15")]


def test_an_untyped_cue_without_a_subject_pointing_back_stays_undated():
    # the lead's date dates a statement; the cue's subject is a person, not a happening named before
    text = ("Bupati Sukamaju Minta Warga Bersatu\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama meminta warga menjaga "
            "kerukunan, Jumat (15/8/2025).\nSekda Budi Santoso turut hadir mendampingi bupati.\n")
    assert _events(text) in ([], [("other", None)])


# A happening still to come, fixed on its day by a time phrase that opens with "pada tanggal" or "hari" (not only
# "pada" or "tanggal"), or by a passive whose prefix is written apart ("akan di lantik", "akan di laksanakan").

def test_a_schedule_whose_time_phrase_opens_with_pada_tanggal():
    text = ("Kabar Pemerintahan Sukamaju Pekan Ini\n\nSUKAMAJU - Bupati terpilih Kabupaten Sukamaju akan dilantik "
            "pada tanggal 17 Maret 2021 di Aula Kantor Gubernur oleh Gubernur Andi Pratama.\n")
    assert _events(text, "2021-03-15") == [("pelantikan", "2021-03-17")]


def test_a_schedule_with_the_passive_prefix_written_apart():
    text = ("Kabar Pemerintahan Sukamaju Pekan Ini\n\nSUKAMAJU - Bupati terpilih Kabupaten Sukamaju akan di lantik "
            "pada tanggal 17 Maret 2021 di Aula Kantor Gubernur oleh Gubernur Andi Pratama.\n")
    assert _events(text, "2021-03-15") == [("pelantikan", "2021-03-17")]


def test_a_quoted_schedule_whose_time_phrase_opens_with_hari():
    text = ("Sekda Sukamaju Jelaskan Persiapan\n\nSUKAMAJU - Sekda Sukamaju Budi Santoso menjelaskan persiapan daerah "
            "kepada wartawan. “Pelantikan bupati terpilih akan di laksanakan hari Rabu 17 Maret 2021 di Aula "
            "Kantor Gubernur,” kata Budi.\n")
    assert ("pelantikan", "2021-03-17") in _events(text, "2021-03-15")


def test_a_plan_without_a_day_stays_no_event():
    text = ("Kabar Pemerintahan Sukamaju Pekan Ini\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama akan melantik pejabat "
            "baru dalam waktu dekat, katanya.\n")
    assert _events(text, "2021-02-24") == []


# A lead with no trigger word whose clause of holding says where it was held and closes on a weekday-dated day.

def test_a_holding_clause_with_a_place_and_a_day_is_a_happening():
    text = ("Dua Tahun Kepemimpinan Bupati Sukamaju\n\nSUKAMAJU - Peringatan dua tahun kepemimpinan Bupati Andi Pratama "
            "dan Wakil Bupati Budi Santoso digelar sederhana di Pendapa Kabupaten, Jumat 4 Mei 2018. Bupati Andi "
            "mengatakan program berjalan baik.\n")
    assert _events(text, "2018-05-05") == [("other", "2018-05-04")]


def test_a_holding_clause_in_a_plan_is_no_happening():
    text = ("Dua Tahun Kepemimpinan Bupati Sukamaju\n\nSUKAMAJU - Peringatan dua tahun kepemimpinan Bupati Andi Pratama "
            "rencananya akan digelar di Pendapa Kabupaten, Jumat 4 Mei 2018, kata Sekda Budi Santoso.\n")
    assert ("other", "2018-05-04") not in _events(text, "2018-05-01")


def test_a_statement_at_a_place_is_no_happening():
    text = ("Bupati Sukamaju Puji Program Desa\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama mengatakan program desa "
            "berjalan baik, kata dia di Kantor Bupati, Jumat 4 Mei 2018.\n")
    assert _events(text, "2018-05-05") == []
