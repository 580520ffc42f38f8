"""Happenings never found on the right day (issue #16, helper evrec17).

* A happening still to come whose clause puts its complements between the verb and its day: a place ("akan
  melakukan kunjungan di Kota X, Provinsi Y pada 18 November mendatang"), an agent named without "oleh" ("akan
  dilantik Gubernur X 20 Februari 2025"), and "bakal" for "akan" ("bakal dilantik …").
* A lead that reports an untyped happening by a verb of presence or holding, but in a form the grammar did not
  read: the day set apart after the sentence's full stop ("… di Aula X. Senin 11/3/2020"), and the verb written
  without its prefix right after its subject's name ("Pemkab X gelar …", "… kepala daerah di Y hadiri …").

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


# A happening still to come, its complements between the verb and its day

def test_a_scheduled_visit_with_its_place_before_the_day():
    text = ("Pemkot Sukamaju Siapkan Penyambutan\n\nSUKAMAJU - Pemkot Sukamaju menggelar rapat persiapan dengan "
            "para camat, 2 November lalu di aula balai kota.\nMenteri Andi Pratama direncanakan akan melakukan "
            "kunjungan di Kota Sukamaju, Provinsi Nusa Raya pada 18 November mendatang.\n")
    assert ("kunjungan_kerja", "2018-11-18") in _events(text, "2018-11-04")


def test_a_scheduled_inauguration_with_its_agent_and_bakal():
    text = ("Pasangan Terpilih Sukamaju Ditetapkan\n\nSUKAMAJU - Andi Pratama dan Budi Santoso bakal dilantik "
            "Gubernur Nusa Raya 20 Februari 2025 menjadi Bupati dan Wakil Bupati Sukamaju.\n")
    assert _events(text, "2025-02-07") == [("pelantikan", "2025-02-20")]


def test_a_scheduled_verb_whose_clause_goes_on_keeps_no_day():
    # a lower-case word after the verb is a clause going on: its day need not be the verb's
    text = ("Pasangan Terpilih Sukamaju Ditetapkan\n\nSUKAMAJU - Andi Pratama dan Budi Santoso akan dilantik "
            "setelah sidang sengketa selesai pada 20 Februari 2025 menurut jadwal sementara.\n")
    assert ("pelantikan", "2025-02-20") not in _events(text, "2025-02-07")


# A lead's untyped happening read by its form

def test_a_day_set_apart_after_the_full_stop_dates_the_lead():
    text = ("Pemda Sukamaju Gelar Forum\n\nSUKAMAJU - Wakil Bupati Sukamaju Andi Pratama menghadiri dan membuka "
            "langsung kegiatan Forum Gabungan Warga, bertempat di Aula Hotel Sentosa. Senin 11/3/2020\n"
            "Wabup menyampaikan bahwa perencanaan harus sesuai aturan.\n")
    # (the day is what this tests; since type17 the forum's head noun types it a rapat)
    assert [d for _, d in _events(text, "2020-03-11")] == ["2020-03-11"]


def test_a_date_opening_a_sentence_of_its_own_is_not_set_apart():
    # the date opens a sentence that goes on: it is that sentence's, not the one before
    text = ("Pemda Sukamaju Gelar Forum\n\nSUKAMAJU - Wakil Bupati Sukamaju Andi Pratama membuka kegiatan Forum "
            "Gabungan Warga di Aula Hotel Sentosa. Senin 11/3/2020 warga juga berkumpul di alun-alun kota.\n")
    assert _events(text, "2020-03-11") == []


def test_a_bare_holding_verb_after_its_subjects_name():
    text = ("Pegawai Sukamaju Bersepeda Pagi\n\nSUKAMAJU - Jumat pagi (12/3/2021) para pegawai Dinas Kesehatan "
            "Kabupaten Sukamaju gelar sepeda santai bersama warga kota.\n")
    assert _events(text) == [("other", "2021-03-12")]


def test_a_bare_presence_verb_after_its_subjects_name():
    text = ("Bupati Sukamaju Meriahkan Hari Jadi\n\nSUKAMAJU - Bupati Sukamaju Andi Pratama bersama Wali Kota "
            "Sentosa hadiri HUT Kabupaten Sukamaju Utara yang keenam belas, Minggu (21/7/2024).\n")
    assert _events(text) == [("other", "2024-07-21")]


def test_a_bare_verb_after_a_lower_case_word_is_no_lead_verb():
    # "untuk gelar …": a purpose, not a body holding something
    text = ("Warga Sukamaju Bersiap\n\nSUKAMAJU - Warga kota berkumpul untuk gelar tikar di alun-alun kota, Jumat "
            "(12/3/2021), sambil menunggu pengumuman.\n")
    assert _events(text) == []
