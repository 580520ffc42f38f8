"""Classes of error seen in q01–q15 and r01–r15 (issue #16): event identity (type, date, several happenings
in one report) and who led them (docs/dev/issue-16-x-qr-qrevents.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import events as _events
from extract_probe import graph as _graph
from graphkit.extract.text.dates import find_dates


def _led(text: str, title: str, etype: str, day: str, published: str | None = None) -> set[str]:
    g = _graph(text, title, published)
    eid = next(k for k, n in g.nodes.items() if "Event" in n.labels and n.properties.get("type") == etype
               and n.properties.get("date") == day)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED" and e.target == eid}


_SERIES = ("KUALA KAPUAS - Bupati Kapuas Rudi Hartawan melantik kepala desa hasil pilkades serentak di halaman "
           "Rumah Betang Kapuas, Senin, 6 Januari 2020.\n\n"
           "Kemudian 3 Januari 2020 melantik kepala desa di Desa Sei Tatas, juga di lapangan terbuka.\n\n"
           "Rudi Hartawan juga mengatakan jika dirinya pada Selasa, 7 Januari 2020 besok kembali melantik kepala "
           "desa di Kecamatan Mantangai.")


def test_a_report_enumerating_happenings_each_opened_by_its_day_has_an_event_per_day():
    # "Kemudian 3 Januari 2020 melantik …", "pada Selasa, 7 Januari 2020 besok kembali melantik …"
    evs = _events(_SERIES, "Bupati Kapuas Lantik Kepala Desa", published=None)
    assert {("pelantikan", "2020-01-06"), ("pelantikan", "2020-01-03"), ("pelantikan", "2020-01-07")} <= evs


def test_the_official_before_the_active_verb_of_an_enumerated_happening_led_it():
    assert "Rudi Hartawan" in _led(_SERIES, "Bupati Kapuas Lantik Kepala Desa", "pelantikan", "2020-01-07")
    # "Kemudian 3 Januari 2020 melantik …": no subject of its own; the series' one named actor did it
    assert "Rudi Hartawan" in _led(_SERIES, "Bupati Kapuas Lantik Kepala Desa", "pelantikan", "2020-01-03")


def test_a_day_then_a_joining_word_dates_another_clause_not_the_verb():
    # "tiba di Palangka Raya, Selasa (4/3/2025) setelah dilantik …": the arrival's day, not the inauguration's
    # (a guard of the class above: main's code had no day-first reading to go wrong)
    text = ("PALANGKA RAYA - Gubernur Kalimantan Tengah Hendra Wiratama tiba di Palangka Raya, Selasa (4/3/2025) "
            "setelah dilantik oleh Presiden pada 20 Februari 2025 di Jakarta.")
    evs = _events(text, "Usai Dilantik, Gubernur Tiba di Palangka Raya", published=None)
    assert ("pelantikan", "2025-02-20") in evs and ("pelantikan", "2025-03-04") not in evs


def test_the_means_a_deed_is_done_by_is_the_happening():
    # "Kerja sama ini diresmikan melalui penandatanganan MoU pada Selasa (23/9/2025)": a signing
    text = ("Padang – Pemerintah Provinsi Sumatera Barat menggandeng Universitas Andalas untuk riset pangan.\n\n"
            "Kerja sama ini diresmikan melalui penandatanganan nota kesepahaman pada Selasa (23/9/2025).\n\n"
            "Gubernur Sumatera Barat, Andri Saputra, hadir dalam penandatanganan tersebut.")
    evs = _events(text, "Pemprov Sumbar Gandeng Unand", published=None)
    assert ("penandatanganan", "2025-09-23") in evs
    assert not any(t == "peresmian" for t, _ in evs)


def test_a_cleaning_drive_named_as_a_movement_is_a_kerja_bakti():
    # "Gubernur Pimpin Gerakan Bali Bersih Sampah": the place it cleans may stand between the two words
    text = ("DENPASAR - Pemerintah Provinsi Bali melaksanakan Gerakan Bali Bersih Sampah bersama warga pada "
            "Minggu (1/3/2026).")
    assert ("kerja_bakti", "2026-03-01") in _events(text, "Gubernur Pimpin Gerakan Bersih Sampah", published=None)


def test_an_opening_ceremony_named_as_the_occasion_is_a_peresmian():
    text = ("SUKADANA - Demikian disampaikan Bupati Lampung Timur Ahmad Suharto saat memberi sambutan dalam Acara "
            "Pembukaan Festival Layang-layang di Lapangan Merdeka, Jumat (17/03/2023).")
    assert ("peresmian", "2023-03-17") in _events(text, "Bupati Hadiri Acara Pembukaan Festival", published=None)


def test_a_four_digit_year_after_a_stray_space_is_still_the_date():
    assert [d.iso for d in find_dates("di Lapangan Merdeka, Jumat (17/03/ 2023)")] == ["2023-03-17"]
    assert [d.iso for d in find_dates("rasio 5/9/ 20 orang")] == []


def test_a_past_clause_with_a_verb_of_holding_dates_the_happening_it_follows():
    # "dalam peringatan HUT ke 53 yang digelar di Manado pada Sabtu (23/09/2017) lalu": only a happening is held
    text = ("KOTAMOBAGU – Kinerja Wali Kota Kotamobagu Sri Handayani terus mencuri perhatian. Lihat saja, dalam "
            "peringatan HUT Sulut ke 53 yang digelar di Manado pada Sabtu (23/09/2017) lalu, nama Kotamobagu kembali "
            "menggema. Hal ini menyusul diserahkannya piagam dalam upacara peringatan HUT Sulut tersebut.")
    assert ("apel", "2017-09-23") in _events(text, "Nama Kotamobagu Menggema", published=None)


def test_an_election_held_on_a_past_day_does_not_date_the_visit():
    # "melihat persiapan pemilihan Bupati … yang digelar, Rabu (9/12) lalu": the election's day
    text = ("RENGAT - Kapolda Riau Irjen Pol Budi Santoso berkunjung ke Kabupaten Indragiri Hulu. Kunjungan ini "
            "dilakukan melihat persiapan pemilihan Bupati dan wakil Bupati Inhu yang digelar, Rabu (9/12/2015) lalu.")
    assert ("kunjungan_kerja", "2015-12-09") not in _events(text, "Kapolda Riau Tinjau Pilkada Inhu", published=None)


def test_a_ceremony_named_by_the_deed_it_holds_is_that_deeds_happening():
    # "memimpin langsung upacara pengiriman dan pelepasan bantuan …": the most specific type the text supports
    for words, etype in (("upacara pengiriman dan pelepasan bantuan untuk korban banjir", "penyerahan"),
                         ("upacara pelantikan pejabat administrator", "pelantikan"),
                         ("upacara bendera", "apel")):
        text = (f"MARTAPURA - Bupati Banjar Rahmat Hidayat memimpin langsung {words} di halaman Kantor Bupati "
                "Banjar, Jumat (10/9/2021).")
        assert _events(text, "Berita Daerah", published=None) == {(etype, "2021-09-10")}


def test_a_happening_named_by_its_noun_then_held_since_a_day_took_place_that_day():
    # "pelantikan kepala desa hasil pilkades serentak 2019 itu dilaksanakan sejak 2 Januari 2020"
    text = ("KUALA KAPUAS - Bupati Kapuas Rudi Hartawan melantik kepala desa di halaman Rumah Betang Kapuas, Senin, "
            "6 Januari 2020.\n\nMenurutnya pelantikan kepala desa hasil pilkades serentak 2019 itu dilaksanakan sejak "
            "2 Januari 2020.")
    assert {("pelantikan", "2020-01-06"), ("pelantikan", "2020-01-02")} <= _events(text, "Bupati Lantik Kades",
                                                                                   published=None)


def test_aid_given_is_a_handover():
    # "Dinas Sosial Beri Bantuan Korban Kebakaran … Bantuan tersebut diberikan langsung oleh …"
    text = ("TERNATE – Dinas Sosial Kota Ternate memberikan bantuan kepada korban kebakaran di Kelurahan Gamalama.\n\n"
            "Bantuan tersebut diberikan langsung oleh Kepala Dinas Sosial Kota Ternate Hasan Basri, Sabtu (3/7/2021).")
    assert ("penyerahan", "2021-07-03") in _events(text, "Dinas Sosial Ternate Beri Bantuan Korban Kebakaran",
                                                   published=None)


def test_a_send_off_is_a_happening_of_its_own():
    # "Gubernur … melepas keberangkatan JCH … di Aula Utama Asrama Haji": no schema type fits -> other
    text = ("Mataram — Gubernur Nusa Tenggara Barat Lalu Hamdani melepas keberangkatan jemaah calon haji kloter "
            "pertama di Aula Asrama Haji Mataram, Jumat (21/9/2018) pagi.")
    assert ("other", "2018-09-21") in _events(text, "Gubernur NTB Lepas Jemaah Haji", published=None)


def test_opening_an_occasion_by_its_proper_name_reports_that_happening():
    # "… ditegaskan oleh Sekda …, saat membuka Jambore Kader Posyandu Tingkat Provinsi …, Kamis (5/9/2024)"
    lead = ("SEMARANG - Peran kader Posyandu semakin strategis. Hal ini ditegaskan oleh Sekretaris Daerah Provinsi "
            "Jawa Tengah, Budi Santoso, saat membuka {} di Kota Semarang, Kamis (5/9/2024).")
    g = _graph(lead.format("Jambore Kader Posyandu Tingkat Provinsi Jateng"), "Kader Posyandu Garda Depan", None)
    evs = [n for n in g.nodes.values() if "Event" in n.labels]
    assert [(n.properties["type"], n.properties["date"]) for n in evs] == [("other", "2024-09-05")]
    assert any(e.type == "LED" and g.nodes[e.source].properties.get("name") == "Budi Santoso" for e in g.edges.values())
    # a process opened is no happening: "saat membuka Pendaftaran Calon Kader"
    assert _events(lead.format("Pendaftaran Calon Kader"), "Kader Posyandu Garda Depan", published=None) == set()


def test_a_happening_the_report_says_was_recent_has_no_day_of_a_later_quote():
    # "… baru-baru ini menandatangani nota kesepakatan …" then "…,” ujarnya pada Senin (15/5/2023)": the quote's day
    text = ("Pangkalpinang – Pemerintah Kota Pangkalpinang dan Kejaksaan Negeri Kota Pangkalpinang baru-baru ini "
            "menandatangani nota kesepakatan pendampingan hukum.\n\n"
            "Wali Kota Pangkalpinang, Rahmat Hidayat, menjelaskan bahwa pendampingan itu penting. “Kami berharap "
            "hubungan makin erat,” ujarnya pada Senin (15/5/2023).")
    assert _events(text, "Pemkot dan Kejari Teken Kesepakatan", published=None) == {("penandatanganan", None)}
