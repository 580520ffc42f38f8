"""Classes of error seen in l01–l15 and n01–n15, two batches of outlets the gold never had (issue #16): events,
led and attended (docs/dev/issue-16-x-ln-lnevents.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import events as _events
from graphkit.extract.text.dates import find_dates


def test_a_day_name_vouched_for_by_the_publication_date_fixes_the_month():
    # "Selasa (17/9/2024)" is a Tuesday; "Selasa (17/8/2024)" (a Saturday) in a report of 18 September is the slip
    text = ("JAKARTA – Menteri Dalam Negeri Budi Santosa melantik Rudi Hartono sebagai Penjabat Gubernur Banten "
            "di Gedung Sasana Bhakti Praja, Selasa (17/8/2024).")
    assert ("pelantikan", "2024-09-17") in _events(text, published="2024-09-18")
    # a wrong day name alone (no neighbour the publication date vouches for) leaves the date as written
    assert [d.iso for d in find_dates("Selasa (16/9/2024).", "2024-09-18")] == ["2024-09-16"]


def test_a_day_name_vouched_for_by_the_year_written_before_fixes_the_year():
    # "apel perdana di tahun 2025, Kamis (2/1/2024)": 2 January 2025 is the Thursday the sentence names
    text = "PEKANBARU – Wali Kota Pekanbaru Andi Saputra pimpin apel pagi perdana di tahun 2025, Kamis (2/1/2024)."
    assert ("apel", "2025-01-02") in _events(text, published=None)
    # without the year written, a mismatching day name changes nothing
    assert [d.iso for d in find_dates("Kamis (3/1/2024).")] == ["2024-01-03"]


def test_the_dateline_gives_way_to_the_sentence_own_day():
    # "10 Mei 2024, Maumere — … melaksanakan kunjungan kerja … pada Kamis 09 Mei 2024": the visit's day is the 9th
    text = ("10 Mei 2024, Maumere — Gubernur Nusa Tenggara Timur Andreas Lema melaksanakan kunjungan kerja di "
            "Kabupaten Sikka didampingi Bupati dan seluruh jajaran Forkopimda Kabupaten Sikka pada Kamis 09 Mei 2024.")
    assert ("kunjungan_kerja", "2024-05-09") in _events(text, published="2024-05-10")


def test_a_gathering_is_a_silaturahmi():
    # "menggelar acara gathering bersama insan pers": the English loanword for a social get-together
    text = ("SUKADANA – Bupati Lampung Timur Rahmat Hidayat menggelar acara gathering bersama insan pers di Aula "
            "Kantor Bupati, Rabu (14/2/2024).")
    assert ("silaturahmi", "2024-02-14") in _events(text)


def test_a_sentence_opened_by_serta_goes_on_with_the_list_present():
    # "Hadir secara langsung X, Y. Serta A dan B secara virtual.": A and B are listed present too
    text = ("MUARA BULIAN – Pemerintah Provinsi Jambi menggelar musrenbang RKPD di Aula Bappeda, Selasa "
            "(6/8/2024).\n\nHadir secara langsung Bupati Batanghari Fadli Sudria, Ketua DPRD Provinsi Jambi. Serta "
            "Sekjen Kemendagri Heru Wibowo dan Kepala Bappeda Provinsi Jambi Sinta Maharani secara virtual.")
    assert {"Fadli Sudria", "Heru Wibowo", "Sinta Maharani"} <= _edges("ATTENDED", text)


def test_who_is_scheduled_to_inaugurate_on_a_written_day_leads_it():
    # "X dijadwalkan akan melantik A … pada sore hari ini, Jumat (29/12/2023)": fixed on a day, X leads it
    text = ("BANDA ACEH – Penjabat Gubernur Aceh, Hasan Basri dijadwalkan akan melantik Rudi Hartono sebagai Pj "
            "Bupati Aceh Jaya pada sore hari ini, Jumat (29/12/2023).")
    assert "Hasan Basri" in _edges("LED", text, title="Sore Ini, Hasan Basri Lantik Pj Bupati Aceh Jaya")
    # a day named only relatively ("hari Minggu besok") fixes no date of the clause's own: no leader read from it
    assert [d.iso for d in find_dates("pada hari Minggu besok akan", "2025-04-25")] == ["2025-04-27"]


def test_the_headline_subject_of_a_bare_leading_verb_leads_when_the_body_names_none():
    # "X Pimpin Upacara Hari Jadi …": the body only quotes X's speech; the headline says he led it
    text = ("BATAM – Upacara peringatan hari jadi Kota Batam digelar di Dataran Engku Putri, Senin (18/12/2023).\n\n"
            "\"Kita bangun kota ini bersama-sama,\" ujar Gubernur Kepulauan Riau Hendra Wijaya, dalam pidatonya.")
    assert "Hendra Wijaya" in _edges("LED", text, title="Hendra Wijaya Pimpin Upacara Hari Jadi Batam")
    # "Besok X Lantik …": a plan in the headline leads nothing
    assert "Hendra Wijaya" not in _edges("LED", text, title="Besok Hendra Wijaya Pimpin Upacara Hari Jadi Batam")


def test_a_year_said_to_be_past_does_not_date_the_report():
    # no publication date; "Selasa (13/09)" would be 2016 only by the "kebakaran 2016 lalu" the text looks back on
    text = ("KEDIRI – Wali Kota Kediri Agus Santoso memimpin apel pagi di depan Pasar Setonobetek, Selasa (13/09). "
            "Pasar itu tak berfungsi optimal semenjak terjadi kebakaran 2016 lalu.")
    # (the day then takes the newest year up to the data's bound in which 13 September is a Tuesday: date14)
    assert ("apel", "2016-09-13") not in _events(text, published=None)
    assert ("apel", "2022-09-13") in _events(text, published=None)
    # a year the report names as its own still places the day: 13 September 2022 is a Tuesday
    assert [d.iso for d in find_dates("Selasa (13/09). Program tahun 2022 ini berjalan.")][0] == "2022-09-13"


def test_juga_terlihat_opens_a_list_present_as_terlihat_juga_does():
    # "Selain itu juga terlihat para asisten Sekda …": the adverb may stand before the verb of seeing
    text = ("BANDA ACEH – Ratusan ASN Pemerintah Aceh menggelar aksi bersih-bersih di Pantai Ulee Lheue, Jumat "
            "(11/10/2024). Selain itu juga terlihat para asisten Sekda Aceh yang ikut langsung aksi bersih-bersih itu.")
    assert any("asisten" in (n or "").lower() for n in _edges("ATTENDED", text))


def test_the_acting_post_dijabat_oleh_names_one_installed_at_the_pelantikan():
    # "Penunjukan Penjabat Sementara Kabupaten X, dijabat oleh A": A is installed at the pelantikan reported
    text = ("AMBON – Gubernur Maluku Hendrik Latuconsina resmi melantik Penjabat Sementara untuk dua kabupaten, Sabtu "
            "(26/09/2020), di Kantor Gubernur Maluku.\n\nMelalui Surat Keputusan Menteri Dalam Negeri tentang "
            "Penunjukan Penjabat Sementara Kabupaten Buru, dijabat oleh Yohanes Watimena yang saat ini menjabat "
            "Kepala Biro Hukum Setda Maluku.\n\nJabatan Kepala Biro Hukum sebelumnya dijabat oleh Samuel Tuhumury.")
    got = _edges("ATTENDED", text)
    assert "Yohanes Watimena" in got
    assert "Samuel Tuhumury" not in got


def test_one_sworn_in_past_the_clause_of_his_present_post_attends():
    # "A yang juga menjabat Kepala Dinas X di Y, resmi dilantik sebagai Pj …": the clause of his post stands between
    text = ("PANGKALPINANG – Ketua DPRD Kota Pangkalpinang Rahmat Hidayat berharap Pj Wali Kota yang baru bisa "
            "meneruskan roda pemerintahan.\n\nHal itu disampaikan Rahmat usai Bambang Sutrisno yang juga menjabat "
            "Kepala Dinas Pendidikan di Provinsi Kepulauan Bangka Belitung, resmi dilantik sebagai Pj Wali Kota "
            "Pangkalpinang pada Senin (13/1/2025).")
    assert "Bambang Sutrisno" in _edges("ATTENDED", text)
