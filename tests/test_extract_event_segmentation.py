"""Event segmentation by GUIDELINES.md ("events"), issue 16: synthetic sentences only.

A happening of another kind joined to the main one in its sentence ("sekaligus", "diikuti
dengan", "dibarengi") is its own event on the same day with the same people; a handover joined
so stays part of the main event; a type outside the vocabulary (a seminar) is ``other``.
"""
from graphkit.extract import extract_article
from graphkit.model import Article


def events(text: str) -> tuple[dict[str, str | None], dict[str, set[str]]]:
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    evs = {n.properties["type"]: n.properties.get("date") for n in g.nodes.values() if n.label == "Event"}
    led: dict[str, set[str]] = {}
    for e in g.edges.values():
        if e.type == "LED":
            led.setdefault(g.nodes[e.target].properties["type"], set()).add(e.source)
    return evs, led


def test_sekaligus_joins_a_second_happening_of_another_kind():
    evs, led = events("Apel Pagi Pemkot\n\nBLITAR - Apel pagi lingkup Pemkot Blitar digelar sekaligus acara halal "
                      "bihalal di halaman balai kota, Senin (15/4/2024). Apel dipimpin oleh Wali Kota Blitar Santoso.\n")
    assert evs == {"apel": "2024-04-15", "silaturahmi": "2024-04-15"}
    assert led["apel"] == led["silaturahmi"] == {"official:santoso"}


def test_diikuti_dengan_a_meeting_is_its_own_event():
    evs, _ = events("Kepala Dinas Baru\n\nMALANG - Kepala Dinas Kesehatan yang baru, Budi Prasetyo, memimpin apel "
                    "perdana yang diikuti dengan rapat bersama seluruh pegawai, Kamis (4/4/2024).\n")
    assert set(evs) == {"apel", "rapat"}


def test_a_handover_on_the_same_occasion_is_part_of_the_event():
    evs, _ = events("Rakor Ketahanan Pangan\n\nBLORA - Bupati Blora Arief Rohman memimpin rapat koordinasi ketahanan "
                    "pangan sekaligus penyerahan bantuan bibit di pendopo, Rabu (6/3/2024).\n")
    assert set(evs) == {"rapat_koordinasi"}


def test_a_seminar_is_typed_other():
    evs, _ = events("Seminar Pangan\n\nBEKASI - Pj Bupati Bekasi Dedy Supriyadi menghadiri seminar nasional "
                    "ketahanan pangan di Gedung Swatantra, Minggu (3/11/2024).\n")
    assert evs == {"other": "2024-11-03"}


def test_a_happening_reported_with_its_own_day_elsewhere_is_its_own_event():
    evs, _ = events("Kepala BKD Baru Pimpin Apel\n\nKUPANG - Kepala BKD NTT Yosef Rasa memimpin apel perdana, Kamis "
                    "(4/4/2024).\n\nSebagaimana diketahui, Yosef Rasa sudah dilantik sejak 28 Maret 2024.\n\nHasil "
                    "asesmen diserahkan pada Rabu (1/10/2025) kepada panitia seleksi.\n")
    assert evs == {"apel": "2024-04-04", "pelantikan": "2024-03-28", "penyerahan": "2025-10-01"}


def test_a_plan_is_not_an_event_of_its_own():
    evs, _ = events("Kepala BKD Baru Pimpin Apel\n\nKUPANG - Kepala BKD NTT Yosef Rasa memimpin apel perdana, Kamis "
                    "(4/4/2024). Ia akan melantik pejabat pada 10 April 2024.\n")
    assert evs == {"apel": "2024-04-04"}


def test_a_happening_with_its_own_day_takes_the_people_of_its_sentence():
    text = ("Asesmen Calon Sekda\n\nKUPANG - Wali Kota Kupang Christian Widi memimpin rapat seleksi calon sekda di Hotel "
            "Sahid, Jumat (26/9/2025).\n\nHasilnya diserahkan pada Rabu (1/10/2025) kepada Ketua Panitia Seleksi oleh "
            "Kepala Bidang Mutasi BKD NTT, Jusuf Otemusu.\n")
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    att = {g.nodes[e.source].properties["name"] for e in g.edges.values()
           if e.type == "ATTENDED" and e.target.startswith("event:penyerahan:2025-10-01")}
    assert "Jusuf Otemusu" in att and any("Ketua Panitia Seleksi" in a for a in att)


def test_the_next_stop_of_a_visit_at_its_own_place_is_its_own_event():
    evs, _ = events("Bupati Gotong Royong\n\nDURI - Bupati Bengkalis Kasmini ikut bergotong royong membersihkan "
                    "parit, Minggu (27/6/2021).\n\nUsai mengikuti gotong royong di Jalan Rangau, Bupati bersama "
                    "rombongan langsung meninjau gorong-gorong di jembatan Duri.\n")
    assert evs == {"kerja_bakti": "2021-06-27", "kunjungan_kerja": "2021-06-27"}


def test_what_follows_the_event_without_a_place_of_its_own_is_part_of_it():
    evs, _ = events("Tepung Tawar Pj Bupati\n\nBENGKALIS - LAM Bengkalis menggelar tepuk tepung tawar untuk Pj Bupati, "
                    "Kamis (1/10/2020).\n\nUsai tepuk tepung tawar oleh tokoh adat, juga dilakukan doa bersama yang "
                    "dipandu Ketua MUI.\n")
    assert evs == {"upacara_adat": "2020-10-01"}


def test_of_several_headline_types_the_one_the_lead_names_first_is_the_main_event():
    evs, _ = events("Bertepatan dengan Haul Kartini, Kapolres Launching Buku\n\nJEPARA - Kapolres Jepara Wahyu Setiawan "
                    "menggelar peluncuran buku di aula resto, Sabtu (14/9/2024).\n")
    assert "peresmian" in evs and evs["peresmian"] == "2024-09-14"


def test_a_body_holding_something_on_a_given_day_is_an_event():
    evs, _ = events("Ujian Dinas PNS\n\nKUPANG - Badan Kepegawaian Daerah Provinsi NTT menyelenggarakan ujian dinas "
                    "kenaikan pangkat bagi PNS di aula BKD, Rabu (22/11/2023).\n")
    assert evs == {"other": "2023-11-22"}


def test_holding_without_a_day_of_its_own_is_no_event():
    text = ("Ujian Dinas PNS\n\nKUPANG - Badan Kepegawaian Daerah Provinsi NTT rutin menyelenggarakan ujian dinas "
            "bagi PNS setiap tahun.\n")
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    assert not any(n.label == "Event" for n in g.nodes.values())


def test_an_election_day_the_text_fixes_is_a_pemungutan_suara_event():
    evs, _ = events("Sosialisasi Pengawasan\n\nKALIANDA - Bawaslu Lampung Selatan menggelar sosialisasi pengawasan di "
                    "aula desa, Rabu (14/10/2020).\n\nPilkada Lampung Selatan akan dilangsungkan pada 9 Desember 2020 "
                    "dan diikuti tiga pasangan calon.\n")
    assert evs == {"sosialisasi": "2020-10-14", "pemungutan_suara": "2020-12-09"}


def test_an_election_without_a_day_is_no_event():
    evs, _ = events("Sosialisasi Pengawasan\n\nKALIANDA - Bawaslu Lampung Selatan menggelar sosialisasi pengawasan di "
                    "aula desa, Rabu (14/10/2020). Pilkada tahun ini diikuti tiga pasangan calon.\n")
    assert evs == {"sosialisasi": "2020-10-14"}


def test_the_meetings_day_or_a_proposed_day_is_no_election_day():
    evs, _ = events("Rapat Persiapan Pilkada\n\nJEMBER - Pemkab Jember menggelar rapat persiapan pilkada, Rabu "
                    "(15/1/2025). Fraksi mengusulkan memajukan pilkada menjadi 17 September 2025.\n")
    assert evs == {"rapat": "2025-01-15"}


def test_a_day_then_the_body_that_holds_the_election_is_an_election_day():
    evs, _ = events("Apel Netralitas ASN\n\nSEMARANG - Gubernur Jawa Tengah memimpin apel netralitas ASN, Senin "
                    "(17/8/2020). \u201cTanggal 9 Desember 2020, ada 19 kabupaten yang menggelar pilkada serentak,\u201d "
                    "katanya.\n")
    assert evs.get("pemungutan_suara") == "2020-12-09"
