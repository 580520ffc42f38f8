"""Classes of error seen in articles of outlets the gold never had (issue #16, helper x-blind).

Every sentence is synthetic (new names and places), written from the grammar of Indonesian
regional news, one test per class fixed; see docs/dev/issue-16-x-blind.md.
"""
from test_extract_events import edges, events, run

from graphkit.extract import extract_article
from graphkit.extract.text.dates import find_dates
from graphkit.model import Article


def full(text: str):
    """The whole extraction (names, posts, regions, events) of a synthetic article: (LED names, ATTENDED names)."""
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    names = lambda t: sorted(g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == t)  # noqa
    return g, names("LED"), names("ATTENDED")


def isos(text):
    return [h.iso for h in find_dates(text)]


def test_a_month_name_one_typo_away_is_that_month():
    assert isos("resmi dibuka 14 Ferbruari 2024 lalu") == ["2024-02-14"]
    assert isos("Kamis, 8 Agsutus 2024") == ["2024-08-08"]
    assert isos("Selasa, 5 Oktobr 2021") == ["2021-10-05"]
    # the old spellings still read, and a common word between a number and a year is no month
    assert isos("Senin, 2 Nopember 2020 dan 3 Pebruari 2021") == ["2020-11-02", "2021-02-03"]
    assert isos("selama 20 tahun 2010 hingga kini") == []
    assert isos("sebanyak 12 paket 2022") == []


def test_a_three_digit_year_drops_the_two():
    assert isos("Kamis (6/2/025 ) di aula") == ["2025-02-06"]
    assert isos("Selasa, 4/6/024.") == ["2024-06-04"]
    assert isos("Rabu (5/3/2024) di aula") == ["2024-03-05"]


def test_a_misspelled_trigger_is_the_event_it_misspells():
    text = ("Bupati Terima Warga\n\nBupati Lembah Hijau Darmono Sastro menggelar audensi bersama tokoh pemuda "
            "di ruang rapat bupati, Selasa (4/2/025).\n")
    assert events(run(text)) == [("audiensi", "2025-02-04")]
    text = ("Rapat Staf\n\nPada hari Kamis, 6 Juni 2019 dilaksanakan Rapat Kordinasi Staf yang dipimpin oleh "
            "Wakil Bupati Lembah Hijau Darmono Sastro di ruang Cendana.\n")
    assert events(run(text)) == [("rapat_koordinasi", "2019-06-06")]


def test_a_happening_held_several_times_is_one_event_per_listed_day():
    text = ("Debat Pilkada Tanah Merah\n\nKPU Tanah Merah menggelar rapat koordinasi, Senin (7/10/2024). "
            "Debat publik akan digelar sebanyak tiga kali, yakni 14 Oktober, 2 November dan 16 November 2024.\n")
    assert events(run(text)) == [("debat", "2024-10-14"), ("debat", "2024-11-02"), ("debat", "2024-11-16"),
                                 ("rapat_koordinasi", "2024-10-07")]


def test_a_happening_of_a_series_is_dated_by_its_ordinal():
    text = ("Debat Pilkada Tanah Merah\n\nKPU Tanah Merah menggelar rapat koordinasi, Senin (7/10/2024). "
            "Debat publik pertama dilaksanakan pada Senin (14/10/2024), debat publik kedua pada Sabtu (2/11/2024), "
            "dan debat publik yang ketiga pada Sabtu (16/11/2024).\n")
    assert events(run(text)) == [("debat", "2024-10-14"), ("debat", "2024-11-02"), ("debat", "2024-11-16"),
                                 ("rapat_koordinasi", "2024-10-07")]


def test_a_meeting_preparing_a_planned_happening_keeps_its_own_day():
    # the lead's date closes "yang direncanakan pada …" of the welcome, the next sentence dates the meeting
    text = ("Persiapan Penyambutan\n\nPemkab Tanah Merah menggelar rapat persiapan penyambutan kafilah MTQ yang "
            "direncanakan pada Kamis, 12 Juni 2025 di Pelabuhan Batu Hitam.\nRapat yang dipimpin Sekda itu "
            "dilaksanakan di aula Setda Senin, 9 Juni 2025 dan dihadiri seluruh pimpinan OPD.\n")
    assert ("rapat", "2025-06-09") in events(run(text))
    assert ("rapat", "2025-06-12") not in events(run(text))


def test_a_past_happening_dated_in_passing_is_its_own_event_led_by_its_doer():
    text = ("Persiapan Penyambutan\n\nPemkab Tanah Merah menggelar rapat di aula Setda, Senin (9/6/2025). "
            "Bupati Tanah Merah Darmono Sastro itu dilantik oleh Gubernur Sulawesi Barat Budi Santoso "
            "di Mamuju 20 Mei 2025 lalu.\n")
    ctx = run(text)
    assert events(ctx) == [("pelantikan", "2025-05-20"), ("rapat", "2025-06-09")]
    assert ("official:budi-santoso", "event:pelantikan:2025-05-20:35.09") in edges(ctx, "LED")
    assert not [t for s, t in edges(ctx, "LED") if t.startswith("event:rapat")]


def test_numbered_posts_written_once_are_no_groups_of_their_own():
    text = ("Rakor Pemkot Tanjung Sari\n\nWali Kota Tanjung Sari memimpin rapat koordinasi di Aula Melati, Senin "
            "(3/6/2024). Rapat diikuti oleh Sekda, Asisten I, II dan III, Staf Ahli serta camat se-Kota.\n")
    _, _, attended = full(text)
    assert not [a for a in attended if a.split()[0] in ("II", "III")]
    assert any(a.startswith("Asisten") for a in attended) and any(a.startswith("Staf Ahli") for a in attended)


def test_a_stand_in_does_not_end_an_attendance_list_of_units():
    text = ("Rapat Staf Kabupaten Lembah Hijau\n\nPada hari Kamis, 6 Juni 2019 dilaksanakan rapat koordinasi staf "
            "yang dipimpin oleh Sekda Lembah Hijau. Rapat ini dihadiri oleh Kepala SKPD atau yang mewakili, mulai "
            "dari RSUD Gunung Jati, Dinas Sosial, Dinas Pertanian, Satpol PP, dan beberapa staf ahli.\n")
    _, _, attended = full(text)
    for unit in ("RSUD Gunung Jati", "Dinas Sosial", "Dinas Pertanian", "Satpol PP", "Kepala SKPD"):
        assert any(a.startswith(unit) for a in attended), (unit, attended)
    assert not any("atau" in a.split() for a in attended)


def test_a_venue_after_the_list_closes_it():
    text = ("Rakor Kota Tanjung Sari\n\nWali Kota Tanjung Sari menggelar rapat koordinasi bersama para camat "
            "dan lurah di Gedung Anggrek lantai 3, Balai Kota Tanjung Sari, Selasa (4/6/2024).\n")
    _, _, attended = full(text)
    assert not any(a.startswith("Balai") for a in attended)


def test_the_speaker_of_a_meeting_held_with_groups_is_its_host():
    text = ("Bupati Perkuat Sinergi\n\nSIANTAR - Wali Kota Pematangsiantar, Sulastri, menegaskan pentingnya koordinasi "
            "wilayah.\nDalam rapat koordinasi bersama para camat dan kepala desa di Aula Cempaka, Kamis (6/6/2024), "
            "Sulastri menyampaikan bahwa sinergi menjadi kunci.\n")
    g, led, attended = full(text)
    assert led == ["Sulastri"]
    assert "Sulastri" not in attended


def test_a_head_and_deputy_named_as_a_pair_after_their_posts_hold_them():
    text = ("Penyambutan Bupati Baru\n\nPemkab Pinrang menggelar rapat persiapan penyambutan bupati dan wakil "
            "bupati Pinrang, Senin (3/3/2025).\nPenyambutan digelar meriah karena kepala daerah pasangan Sulaiman "
            "Dg Tompo-Hasnawati itu dilantik oleh Presiden RI Bambang Wiratmo di istana negara 20 Februari 2025 lalu.\n")
    g, led, attended = full(text)
    holds = sorted((g.nodes[e.source].properties["name"], e.target) for e in g.edges.values() if e.type == "HOLDS")
    assert ("Sulaiman Dg Tompo", "office:bupati:73.15") in holds
    assert ("Hasnawati", "office:wakil-bupati:73.15") in holds
    assert {"Sulaiman Dg Tompo", "Hasnawati"} <= set(attended)
    assert led == ["Bambang Wiratmo"]


def test_the_heads_of_a_body_and_the_body_are_one_group_at_an_event():
    text = ("Rakor Pemkot Tanjungbalai\n\nWali Kota Tanjungbalai memimpin rapat koordinasi di Aula Teratai, Senin "
            "(3/6/2024). Rapat diikuti oleh Sekda, seluruh kepala OPD, camat, dan lurah.\nDalam rapat tersebut Wali "
            "Kota Tanjungbalai meminta kepada seluruh OPD dan camat untuk meningkatkan pelayanan.\n")
    _, _, attended = full(text)
    opd = [a for a in attended if "OPD" in a.split()]
    assert len(opd) == 1 and opd[0].startswith("Kepala OPD"), attended


def test_a_class_addressed_on_that_occasion_attends():
    text = ("Gubernur Kunjungi Kabupaten Lebak\n\nGubernur Banten Wahidin Halim melakukan kunjungan kerja ke "
            "Kabupaten Lebak, Kamis (6/6/2024).\n\nPada kesempatan itu, Gubernur Wahidin mengajak ASN yang ada di "
            "lingkungan Pemkab Lebak untuk menguasai lapangan.\n")
    _, led, attended = full(text)
    assert any(a.startswith("ASN") for a in attended), attended


def test_the_head_of_a_body_holding_another_kind_of_meeting_does_not_lead_the_reported_one():
    text = ("Debat Publik Pilkada Tanjungbalai Digelar Tiga Kali\n\nKPU Kota Tanjungbalai menggelar rapat koordinasi "
            "untuk mematangkan agenda debat publik bagi pasangan calon wali kota.\n\nDalam rakor disebutkan debat "
            "publik pertama dilaksanakan pada Senin (14/10/2024).\n\n“Debat disiarkan langsung,” jelas Ketua KPU "
            "Tanjungbalai, Rudi Hartono usai rapat koordinasi pada Minggu (6/10/2024).\n")
    g, led, attended = full(text)
    debates = [e for e in g.edges.values() if e.type == "LED" and e.target.startswith("event:debat")]
    assert not debates, debates


def test_a_planned_arrival_is_no_presence_at_the_reported_meeting():
    text = ("Persiapan Penyambutan\n\nPemkab Pinrang menggelar rapat persiapan penjemputan Bupati Pinrang Sulaiman "
            "Tompo di aula Setda, Senin (3/3/2025). Rapat dipimpin Sekda Pinrang Andi Mappa dan dihadiri seluruh "
            "pimpinan OPD.\nSetelah bupati tiba di pelabuhan lalu menuju rumah jabatan yang akan disambut dengan "
            "acara adat.\n")
    _, _, attended = full(text)
    assert "Sulaiman Tompo" not in attended, attended


def test_a_joint_commitment_names_no_company_at_the_event():
    text = ("Bupati Terima Warga\n\nBupati Lebak Iti Jayabaya menggelar audiensi bersama organisasi masyarakat di "
            "ruang rapat bupati, Senin (3/6/2024).\nAcara ini juga merupakan komitmen bersama Pemkab dan masyarakat "
            "terhadap keterbukaan informasi.\n")
    _, _, attended = full(text)
    assert not any(a.startswith("Pemkab") for a in attended), attended
