"""Classes of error seen in o01–o15 and p01–p15, two batches of outlets the gold never had (issue #16): event
identity (type, date, a second happening) and who led it (docs/dev/issue-16-x-op-opevents.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import events as _events
from graphkit.extract.text.dates import find_dates


def test_a_day_number_glued_to_the_month_name_is_that_date():
    # "pada Senin, 22Mei 2023": the space after the day number dropped
    assert [d.iso for d in find_dates("Pelantikan berlangsung pada Senin, 14Agustus 2023.")] == ["2023-08-14"]
    text = ("JAMBI – Gubernur Jambi Rahmat Sentosa melantik Budi Karya sebagai Penjabat Bupati Kerinci di Aula "
            "Rumah Dinas Gubernur pada Senin, 14Agustus 2023.")
    assert ("pelantikan", "2023-08-14") in _events(text, published=None)


def test_a_numeric_range_of_days_dates_its_first_day():
    # "pada Selasa dan Rabu (6–7/5/2025)": a two-day visit began on the 6th
    assert [d.iso for d in find_dates("pada Kamis dan Jumat (12–13/6/2025).")] == ["2025-06-12"]
    assert [d.iso for d in find_dates("pada 3-5/9/2024 lalu")] == ["2024-09-03"]
    # a single day stays as written
    assert [d.iso for d in find_dates("Kamis (12/6/2025).")] == ["2025-06-12"]


def test_a_date_closing_a_future_clause_of_another_noun_is_not_the_event_day():
    # "meninjau kesiapan kegiatan X yang nantinya akan dilaksanakan pada tanggal 25 …": that date is X's plan
    text = ("Manado – Wakil Gubernur Sulawesi Utara Hendra Pangemanan kunjungi Kantor Wali Kota Tomohon guna "
            "meninjau kesiapan festival bunga yang nantinya akan dilaksanakan pada tanggal 12 Agustus 2024.\n\n"
            "Kunjungan Wagub diterima langsung oleh Wali Kota Tomohon, Yohan Runtu.\n\n"
            "“Semua tenda sudah siap,” kata Yohan, Kamis (8/8/2024).")
    assert ("kunjungan_kerja", "2024-08-08") in _events(text, published="2024-08-08")


def test_an_election_held_on_a_day_without_pada_is_its_voting_day():
    # "pilkada serentak tetap dilaksanakan 9 Desember 2020": the verb of holding names the day as "pada" does
    text = ("Palu – Gubernur Sulawesi Tengah Andi Mattalatta mengikuti rakor virtual yang dipimpin Mendagri, "
            "Jumat (5/6/2020). Mendagri menyampaikan bahwa pilkada serentak tetap dilaksanakan 9 Desember 2020.")
    assert ("pemungutan_suara", "2020-12-09") in _events(text, published="2020-06-05")
    # a meeting that prepares the election keeps its own day
    text = "Palu – Rapat persiapan pilkada digelar Senin, 5 Oktober 2020 di Aula Kantor Gubernur Sulawesi Tengah."
    assert ("pemungutan_suara", "2020-10-05") not in _events(text, published="2020-10-05")


def test_going_down_to_the_field_to_hand_out_aid_is_the_handout():
    # "turun langsung ke berbagai lokasi … untuk membagikan paket sembako": the deed names the happening, and
    # the giver leads it ("berbagai" is no verb of his)
    text = ("Gubernur Jawa Tengah Hadi Prasetyo turun langsung ke berbagai lokasi di Semarang untuk membagikan "
            "paket sembako kepada warga terdampak banjir, Kamis (4/1/2024).")
    evs = _events(text)
    assert ("penyerahan", "2024-01-04") in evs and not any(t == "kunjungan_kerja" for t, _ in evs)
    assert "Hadi Prasetyo" in _edges("LED", text)


def test_a_sentence_set_apart_in_time_reports_a_second_happening_on_the_same_day():
    # "Sebelumnya juga telah digelar silaturahmi di Rumah Jabatan … pada Selasa malam (6/5/2025)"
    text = ("KUALA KAPUAS – Bupati Kapuas Joko Santoso mendampingi Gubernur Kalimantan Tengah, H. Rudi Hartono, "
            "dalam rangkaian kunjungan kerja ke wilayah Kabupaten Kapuas pada Selasa (6/5/2025).\n\n"
            "Sebelumnya juga telah digelar silaturahmi di Rumah Jabatan Bupati Kapuas pada Selasa malam (6/5/2025) "
            "yang turut dihadiri oleh Wakil Gubernur Andi Wijaya.")
    evs = _events(text, published="2025-05-08")
    assert {("kunjungan_kerja", "2025-05-06"), ("silaturahmi", "2025-05-06")} <= evs


def test_the_official_accompanied_past_his_post_and_comma_leads():
    # "mendampingi Gubernur Kalimantan Tengah, H. Rudi Hartono, dalam rangkaian kunjungan kerja": he leads it
    text = ("KUALA KAPUAS – Bupati Kapuas Joko Santoso mendampingi Gubernur Kalimantan Tengah, H. Rudi Hartono, "
            "dalam rangkaian kunjungan kerja ke wilayah Kabupaten Kapuas pada Selasa (6/5/2025).")
    assert _edges("LED", text) == {"Rudi Hartono"}


def test_who_only_receives_a_decree_does_not_lead():
    # "Bachyuni serta Aspan hanya menerima SK perpanjangan": receiving a document is no reception of visitors
    text = ("JAMBI – Gubernur Jambi Rahmat Sentosa melantik Pj Bupati Kerinci Budi Karya di Aula Rumah Dinas "
            "Gubernur, Senin (14/8/2023). Sementara Pj Bupati Merangin Dodi Saputra hanya menerima SK perpanjangan.")
    assert "Dodi Saputra" not in _edges("LED", text)


def test_a_day_without_year_takes_the_year_of_the_full_date_written_near_it():
    # no publication date: "(5/6/20) … 27 Mei lalu" is 27 May 2020
    hits = find_dates("rakor virtual, Jumat (5/6/20). Usulan itu disetujui pada rapat 27 Mei lalu.", None)
    assert [h.iso for h in hits] == ["2020-06-05", "2020-05-27"]
    # a day and month not said to be past may be a name ("Gedung Auditorium 7 Februari"): no year guessed
    hits = find_dates("meresmikan Gedung Auditorium 7 Februari Banjar, Sabtu (21/4/2024).", None)
    assert [h.iso for h in hits] == [None, "2024-04-21"]


def test_a_meeting_named_after_pada_and_closed_by_a_past_day_is_an_event():
    # "… disetujui Komisi II DPR RI pada Rapat Dengar Pendapat bersama Mendagri dan KPU RI 27 Mei lalu"
    text = ("Palu – Gubernur Sulawesi Tengah Andi Mattalatta mengikuti rakor virtual yang dipimpin Mendagri, "
            "Jumat (5/6/20). Jadwal itu telah disetujui Komisi II DPR RI pada Rapat Dengar Pendapat bersama "
            "Mendagri dan KPU RI 27 Mei lalu.")
    assert ("rapat", "2020-05-27") in _events(text, published=None)


def test_an_official_present_at_a_named_occasion_reports_a_happening():
    # no trigger word: "diagendakan hadir pada kegiatan Ngopi Bareng … di Lapak X" on a day of its own
    text = ("MADIUN – Malam ini, Sabtu (5/2/22), Wali Kota Madiun Budi Santoso diagendakan hadir pada kegiatan "
            "Ngobrol Santai bersama DPRD Kota Madiun serta masyarakat di Lapak Bumi Sari, Kelurahan Klegen.")
    assert ("other", "2022-02-05") in _events(text, published=None)
    # one said absent reports none: "tak hadir dalam acara tersebut"
    text = "MADIUN – Wakil Wali Kota Madiun Andi Wijaya tak hadir dalam acara tersebut, Sabtu (5/2/22)."
    assert not _events(text, published=None)


def test_going_down_to_the_field_is_a_working_visit():
    # "turun ke lapangan" and "melakukan kunjungan" are kunjungan_kerja triggers (a comment had swallowed them)
    text = "SIAK – Bupati Siak Andi Wijaya turun ke lapangan di Kampung Jayapura, Senin (6/1/2025), bersama camat."
    assert ("kunjungan_kerja", "2025-01-06") in _events(text, published="2025-01-07")
