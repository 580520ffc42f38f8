"""Attendance classes of GUIDELINES.md ("led and attended") added for issue 16 (x-attend).

Every article here is synthetic, written for these tests with invented names and places: who is sworn
in by "mengambil sumpah", a list after "yang hadir dari … yaitu", group items read by their grammar
(a lower-case verb ends a group's name, "Bupati/Wali Kota" is one item, "kepala Organisasi Perangkat
Daerah (OPD)" is "kepala OPD", a rank's head written once, a body by its short name), "Mewakili …, X"
past the lead, a long company after "bersama", a headline's "Bersama Forkopimda", an act's agent
("penyerahan … oleh X"), whose explanation a meeting heard, a body's representative by apposition,
faction spokesmen at a plenary, the body a meeting is of ("apel ASN"), and a post followed by its
holder after a comma is the person, not a group.
"""
from graphkit.extract import extract_article
from graphkit.extract.events.attendee_groups import group_label, listed_groups
from graphkit.model import Article


def run(text: str):
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    assert any(n.startswith("event:") for n in g.nodes), "no main event read"
    names = lambda t: {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == t}  # noqa: E731
    return names("LED"), names("ATTENDED")


def _has(names: set[str], key: str) -> bool:
    """The scorer's rule: an attendee node whose name contains the key's words."""
    want = set(key.lower().replace("/", " ").split())
    return any(want <= set((n or "").lower().replace("/", " ").split()) for n in names)


def test_who_is_sworn_in_by_mengambil_sumpah_attends():
    _, att = run("Gubernur Lantik Bupati Baru\n\nBLORA - Gubernur Jawa Tengah Hartono Wiryo mengambil sumpah jabatan "
                 "Bupati dan Wakil Bupati Blora terpilih Ratna Kemuning - Darma Setiawan di Gedung Negara, "
                 "Senin (3/2/2025).\n")
    assert _has(att, "Ratna Kemuning") and _has(att, "Darma Setiawan")


def test_a_list_after_yang_hadir_dari_yaitu():
    _, att = run("Rakor Kepegawaian\n\nKantor Regional BKN menggelar rapat koordinasi kepegawaian pada Kamis "
                 "(6/3/2025). Pejabat yang hadir dari Kementerian PANRB yaitu Kepala Biro Hukum Sri Lestari Handayani "
                 "dan Kepala Dinas Kominfo Bambang Sutejo.\n")
    assert _has(att, "Sri Lestari Handayani") and _has(att, "Bambang Sutejo")


def test_group_items_by_their_grammar():
    text = "tiga pejabat didampingi istri"
    assert group_label(text, 0, len(text))[0] == "pejabat"
    text = "Bupati/Wali Kota se-Jawa Tengah"
    assert group_label(text, 0, len(text))[0] == "Bupati/Wali Kota"
    text = "sejumlah kepala Organisasi Perangkat Daerah (OPD)"
    assert group_label(text, 0, len(text))[0] == "kepala OPD"
    text = "Forum Komunikasi Pimpinan Daerah (Forkopimda)"
    assert group_label(text, 0, len(text))[0] == "Forkopimda"
    text = "para pejabat pimpinan tinggi pratama, administrator dan pengawas di lingkungan Pemkab"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["pejabat pimpinan tinggi pratama", "pejabat administrator", "pejabat pengawas"]
    text = "Camat Blora, KPU Blora, Kesbangpol, Bawaslu Blora, juga sekertaris desa"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["Camat Blora", "KPU Blora", "Kesbangpol", "Bawaslu Blora", "sekertaris desa"]


def test_a_post_with_its_holder_after_a_comma_is_the_person():
    text = "Asisten Pemerintahan dan Kesejahteraan Rakyat, Joko Prasetyo, dan para camat"
    at = text.index("Joko")
    labels = [g[0] for g in listed_groups(text, 0, len(text), [(at, at + 12)])]
    assert labels == ["camat"]
    _, att = run("Rakor Keuangan\n\nBLORA - Bupati Blora Ratna Kemuning memimpin rapat koordinasi keuangan, "
                 "Senin (3/2/2025). Rapat dihadiri Kepala Badan Keuangan Daerah, Wahyu Pratomo, dan Kepala Dinas "
                 "Perhubungan Lukas Halim.\n")
    assert _has(att, "Wahyu Pratomo") and _has(att, "Lukas Halim")
    assert not _has(att, "Kepala Badan")


def test_mewakili_past_the_lead_names_the_one_present():
    filler = "Rapat membahas kesiapan anggaran daerah untuk tahun depan secara rinci. " * 20
    _, att = run("Rapat Anggaran\n\nBLORA - Bupati Blora Ratna Kemuning memimpin rapat anggaran, Senin "
                 f"(3/2/2025). {filler}\n\nMewakili tim penilai, Kepala Bappeda Blora Hendra Gunawan "
                 "menyampaikan hasil kajian.\n")
    assert _has(att, "Hendra Gunawan")


def test_a_long_company_after_bersama():
    _, att = run("Wali Kota Tinjau Posko\n\nBLORA - Wali Kota Blora Ratna Kemuning meninjau posko banjir, "
                 "Selasa (4/2/2025). Peninjauan dilakukan Wali Kota bersama Sekretaris Kota Blora Hendra Gunawan, "
                 "Camat Kaliputih Lukas Halim, Lurah Kaliputih Maria Ulfa, Kepala Seksi Sumber Daya Air Kecamatan "
                 "Kaliputih Dedi Kurniawan dan Kepala Puskesmas Kecamatan Kaliputih Yohana Sari.\n")
    for key in ("Hendra Gunawan", "Lukas Halim", "Maria Ulfa", "Yohana Sari"):
        assert _has(att, key), key


def test_a_headlines_company_bersama_a_group():
    _, att = run("Asisten Gelar Coffee Morning Bersama Forkopimda\n\nBLORA - Asisten Pemerintahan Blora "
                 "Hendra Gunawan memimpin silaturahmi coffee morning di Rumah Jabatan, Rabu (5/2/2025).\n")
    assert _has(att, "Forkopimda")


def test_the_agent_of_an_act_and_whom_the_meeting_heard():
    _, att = run("Rapat Paripurna DPRD\n\nBLORA - DPRD Blora menggelar rapat paripurna, Kamis (6/2/2025). "
                 "Rapat mendengarkan penjelasan Wakil Bupati Blora Darma Setiawan terhadap rancangan perda. "
                 "Sekaligus penyerahan dokumen rancangan oleh Sekda Blora Hendra Gunawan kepada pimpinan "
                 "dewan.\n")
    assert _has(att, "Darma Setiawan") and _has(att, "Hendra Gunawan")


def test_a_bodys_representative_named_by_apposition():
    _, att = run("Rapat Tim Tunjangan\n\nBLORA - Tim tunjangan menggelar rapat perdana, Kamis (6/2/2025), "
                 "dipimpin Kepala Bidang Anggaran Blora Hendra Gunawan.\n\nSelanjutnya, perwakilan dari Badan "
                 "Kepegawaian Daerah Blora, Kepala Bidang Mutasi Lukas Halim menyampaikan perubahan aturan.\n")
    assert _has(att, "Lukas Halim")


def test_faction_spokesmen_at_a_plenary():
    _, att = run("Paripurna Pandangan Fraksi\n\nBLORA - DPRD Blora menggelar rapat paripurna pandangan umum "
                 "fraksi, Kamis (6/2/2025).\n\nAnggota DPRD Lukas Halim, juru bicara Fraksi Harapan, menyoroti "
                 "jalan desa. Fraksi Maju melalui juru bicaranya Anggota DPRD Maria Ulfa menyoroti pendidikan.\n")
    assert _has(att, "Lukas Halim") and _has(att, "Maria Ulfa")
    assert _has(att, "Fraksi Harapan")


def test_the_body_a_meeting_is_of():
    _, att = run("Sekda Pamit\n\nBLORA - Sekda Blora Hendra Gunawan memimpin apel ASN di halaman kantor "
                 "bupati, Senin (3/2/2025).\n")
    assert _has(att, "ASN")


def test_a_speaker_in_a_sentence_that_opens_on_the_event_past_the_lead():
    filler = "Rapat membahas kesiapan anggaran daerah untuk tahun depan secara rinci. " * 20
    _, att = run("Rapat Tunjangan\n\nBLORA - Rapat tunjangan pegawai digelar Senin (3/2/2025), dipimpin Kepala "
                 f"Bidang Anggaran Blora Hendra Gunawan. {filler}\n\nDalam kesempatan diskusi, Kepala Bagian "
                 "Organisasi Blora Lukas Halim menyampaikan perubahan aturan.\n")
    assert _has(att, "Lukas Halim")


def test_a_ministry_by_its_short_name_is_a_group():
    text = "sejumlah pejabat Kemenkeu dan Kemendes"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["pejabat Kemenkeu", "Kemendes"]


def test_the_giver_of_a_gift_received_attends():
    _, att = run("Pemkab Terima Bantuan dari Bank Sentosa\n\nBLORA - Pemerintah Kabupaten Blora menerima bantuan "
                 "CSR dari Bank Sentosa Jaya berupa dua unit ambulans. Penyerahan bantuan dihadiri Bupati Blora "
                 "Ratna Kemuning di Pendopo, Jumat (7/2/2025).\n")
    assert _has(att, "Bank Sentosa Jaya")


def test_who_receives_an_award_at_the_event_attends():
    filler = "Penghargaan diberikan kepada perangkat daerah dengan kinerja terbaik tahun ini. " * 4
    _, att = run("Penyerahan Penghargaan Kinerja\n\nBLORA - Bupati Blora Ratna Kemuning menyerahkan penghargaan kinerja "
                 f"di Pendopo, Jumat (7/2/2025). {filler}Kepala Dinas Kesehatan Blora Ibu Maria Ulfa, SKM. M.Kes nampak "
                 "menerima penghargaan yang diberikan langsung oleh Bupati.\n")
    assert _has(att, "Maria Ulfa")


def test_a_quote_given_to_the_press_does_not_place_the_speaker_at_the_event():
    _, att = run("Apel Siaga Pilkada\n\nBLORA - Bupati Blora Ratna Kemuning memimpin apel siaga pilkada, Senin "
                 "(3/2/2025).\n\nSebelumnya, Bawaslu merujuk pada kegiatan kampanye di alun-alun.\n\n\"Kami masih melakukan "
                 "kajian,\" ujar Ketua Bawaslu Blora Lukas Halim kepada Kabarblora.com, Selasa (4/2/2025).\n")
    assert not _has(att, "Lukas Halim")


def test_a_group_before_yang_mengikuti_attends():
    _, att = run("Apel Kedisiplinan\n\nBLORA - Bupati Blora Ratna Kemuning memimpin apel kedisiplinan di halaman "
                 "kantor bupati, Senin (3/2/2025). Ia menghitung jumlah pegawai dari setiap OPD yang mengikuti apel.\n")
    assert _has(att, "OPD")
    text = "seluruh pegawai kecamatan"
    assert group_label(text, 0, len(text))[0] == "pegawai kecamatan"


def test_a_class_addressed_with_a_plural_quantifier_attends():
    _, att = run("Apel Gabungan\n\nBLORA - Bupati Blora Ratna Kemuning memimpin apel gabungan di halaman kantor "
                 "bupati, Senin (3/2/2025). Usai apel, bupati menunjukkannya kepada para camat dan kepala puskesmas "
                 "se-Kabupaten Blora.\n")
    assert _has(att, "camat") and _has(att, "kepala puskesmas")


def test_the_audience_di_hadapan_attends():
    _, att = run("Paripurna Pengunduran Diri\n\nBLORA - Permohonan pengunduran diri Bupati Blora Ratna Kemuning "
                 "diparipurnakan dalam rapat paripurna, Senin (3/2/2025). Usulan itu dibacakan dihadapan 40 anggota "
                 "DPRD Kabupaten Blora.\n")
    assert _has(att, "DPRD")


def test_cooperation_between_bodies_in_prose_is_no_signing():
    _, att = run("Raker Bupati\n\nBLORA - Gubernur Jawa Tengah Hartono Wiryo membuka rapat kerja bupati, Kamis "
                 "(6/2/2025). Dalam sambutannya ia menyampaikan pentingnya kerja sama antara pemerintah provinsi dan "
                 "pemerintah kabupaten dalam pembangunan.\n")
    assert not _has(att, "Pemerintah Provinsi") and not _has(att, "Pemerintah Kabupaten")


def test_a_plural_quantifier_names_a_class_of_people_and_an_org_class_its_members():
    text = "seluruh Camat dan para Pemangku Adat Desa se-Kabupaten yang disiarkan langsung"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["Camat", "Pemangku Adat Desa"]
    text = "perwakilan organisasi masyarakat Pemuda Tani, Sekar Rinonce, dan Laskar Hijau Lestari"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["organisasi masyarakat Pemuda Tani", "Sekar Rinonce", "Laskar Hijau Lestari"]


def test_a_pair_of_offices_is_each_office_present():
    text = "Bupati/Walikota se-Jawa Tengah serta Ketua DPRD"
    labels = [g[0] for g in listed_groups(text, 0, len(text), [])]
    assert labels == ["Bupati/Walikota", "Bupati", "Walikota", "Ketua DPRD"]


def test_a_kind_of_organisation_with_no_name_is_no_group():
    text = "organisasi masyarakat dan lembaga adat"
    assert listed_groups(text, 0, len(text), []) == []
    text = "para pimpinan organisasi perangkat daerah (OPD)"
    assert [g[0] for g in listed_groups(text, 0, len(text), [])] == ["OPD"]


def test_a_count_of_those_sworn_in_is_no_other_class():
    _, att = run("Bupati Lantik Pejabat\n\nBLORA - Bupati Blora Ratna Kemuning melantik Lukas Halim sebagai Sekda "
                 "dan Maria Ulfa sebagai Kepala Bappeda, Senin (3/2/2025). Bupati berpesan saat melantik kedua "
                 "pejabat tinggi pratama itu agar bekerja cepat.\n")
    assert _has(att, "Lukas Halim") and _has(att, "Maria Ulfa")
    assert not _has(att, "pejabat tinggi pratama")


def test_attendance_done_before_or_yet_to_come_is_none():
    _, att = run("Rapat Persiapan Kunjungan Menteri\n\nBLORA - Pemkab Blora menggelar rapat persiapan menyambut "
                 "kedatangan Menteri Pertanian Hartono Wiryo, Rabu (5/2/2025). Rapat dipimpin Sekda Blora Lukas "
                 "Halim. Rapat membahas agenda yang akan dihadiri oleh Wakil Menteri Dedi Kurniawan. Sekda mengaku "
                 "sudah mengumpulkan para camat pekan lalu.\n")
    assert not _has(att, "Hartono Wiryo") and not _has(att, "Dedi Kurniawan") and not _has(att, "camat")


def test_a_group_word_far_from_an_apposed_holder_stays_a_group():
    _, att = run("Jumat Sehat\n\nBLORA - Bupati Blora Ratna Kemuning memimpin kerja bakti Jumat Sehat, Jumat "
                 "(7/2/2025). Pada kegiatan tersebut turut hadir unsur pimpinan daerah (forkopimda) Blora pun turut "
                 "hadir seperti Wakil Bupati Blora, Darma Setiawan, dan Sekda Blora, Lukas Halim.\n")
    assert _has(att, "Forkopimda") and _has(att, "Darma Setiawan")


def test_who_follows_another_happening_is_not_at_this_one():
    _, att = run("Apel HUT Korpri\n\nBLORA - Bupati Blora Ratna Kemuning memimpin apel HUT Korpri, Senin (3/2/2025). "
                 "Dari seluruh PNS yang mengikuti perlombaan, sebanyak 20 PNS turut serta dalam lomba karya tulis.\n")
    assert not _has(att, "PNS")


def test_a_listed_guest_who_gives_a_sambutan_attends_and_a_host_who_does_leads_only():
    led, att = run("Sosialisasi Netralitas ASN\n\nBLORA - Bawaslu Blora menggelar sosialisasi netralitas ASN di aula "
                   "hotel, Minggu (9/2/2025).\n\nHadir dalam kegiatan tersebut Komisioner Bawaslu RI, Maria Ulfa, "
                   "dan Ketua Bawaslu Blora.\n\nMaria Ulfa dalam sambutannya mengimbau ASN menjaga netralitas.\n\n"
                   "\u201cAparatur sipil negara harus tetap netral dan menjaga integritas selama tahapan pemilihan berlangsung di "
                   "seluruh kecamatan,\u201d ujar Maria Ulfa.\n")
    assert _has(att, "Maria Ulfa") and not _has(led, "Maria Ulfa")
    led, att = run("Rakor Kehutanan\n\nPALANGKA RAYA - Hal ini disampaikan Gubernur, melalui Asisten II Lukas Halim, saat "
                   "memberikan sambutan pada kegiatan rapat koordinasi kehutanan, Selasa (11/2/2025).\n\n"
                   "\u201cSaya mengingatkan agar seluruh aparatur menjaga netralitas dan suasana tetap kondusif selama "
                   "pemilihan,\u201d tegas Lukas Halim membacakan sambutan Gubernur.\n")
    assert _has(att, "Lukas Halim") and not _has(led, "Lukas Halim")
    led, att = run("Sekda Pamit\n\nBLORA - Sekda Blora Lukas Halim berpamitan dengan ASN, dalam apel pagi di halaman "
                   "kantor bupati, Senin (3/2/2025).\n\nDalam amanatnya di apel itu, Lukas Halim menyampaikan bahwa ia "
                   "mengundurkan diri dari jabatan sekda.\n\n\u201cSaya mohon maaf kepada seluruh aparatur bila selama ini "
                   "ada kata dan sikap yang kurang berkenan di hati,\u201d ujar Lukas Halim.\n")
    assert _has(led, "Lukas Halim") and not _has(att, "Lukas Halim")


def test_a_regional_heads_sambutan_at_a_plenary_is_a_guests():
    led, att = run("Paripurna HUT Kabupaten\n\nBLORA - Hal itu disampaikan langsung oleh Bupati Blora Ratna Kemuning saat "
                   "memberikan sambutan pada sidang paripurna istimewa HUT Blora, di Gedung DPRD, Selasa (11/2/2025).\n\n"
                   "\u201cKami berterima kasih kepada seluruh masyarakat yang telah bersama-sama membangun daerah ini "
                   "selama lima tahun terakhir,\u201d ujar Ratna Kemuning.\n")
    assert _has(att, "Ratna Kemuning") and not _has(led, "Ratna Kemuning")


def test_more_ways_of_saying_present():
    _, att = run("Bupati Tinjau Pasar\n\nBLORA - Bupati Blora Ratna Kemuning beserta Kepala Dinas Perdagangan Blora "
                 "Lukas Halim meninjau Pasar Induk, Senin (3/2/2025). Selain itu hadir juga Camat Kaliputih Dedi "
                 "Kurniawan. Kepala Bappeda Blora, Maria Ulfa, yang turut hadir menyampaikan rencana revitalisasi.\n")
    for key in ("Lukas Halim", "Dedi Kurniawan", "Maria Ulfa"):
        assert _has(att, key), key


def test_speakers_participants_and_a_later_subject_of_hadir():
    filler = "Sosialisasi membahas tahapan pengawasan partisipatif di tingkat desa secara rinci. " * 20
    _, att = run("Sosialisasi Pengawasan Pemilu\n\nBLORA - Bawaslu Blora menggelar sosialisasi pengawasan pemilu di "
                 "aula kecamatan, Rabu (5/2/2025). Narasumber kegiatan ini adalah Komisioner Bawaslu Blora Maria "
                 f"Ulfa. Peserta terdiri dari perangkat desa dan pengurus PKK. {filler}\n\nKepala Kesbangpol Blora "
                 "Lukas Halim, S.Sos pun menghadiri acara tersebut.\n")
    for key in ("Maria Ulfa", "perangkat desa", "Lukas Halim"):
        assert _has(att, key), key


def test_the_title_of_a_person_without_a_public_post_is_no_group():
    # GUIDELINES: named people who hold no post are not scored as attendees; their title is no class present
    text = ("Ketua Dharma Wanita Persatuan Kabupaten Blora, Ny. Sri Wahyuningsih, serta para camat dan Kepala OPD")
    assert [g[0] for g in listed_groups(text, 0, len(text), [])] == ["camat", "Kepala OPD"]


def test_a_class_opening_a_clause_set_in_the_event_acts_there():
    _, att = run("Apel Netralitas ASN\n\nBLORA - Pj Bupati Blora Ratna Kemuning memimpin apel akbar netralitas di "
                 "halaman Pendopo Blora, Senin (14/10/2024).\n\nDalam apel akbar ini, ASN kembali diminta mengulang "
                 "ikrar netralitas.\n")
    assert _has(att, "ASN")
    # the words before an official's name are his title, not a class present
    _, att2 = run("Rakor Keuangan\n\nBLORA - Bupati Blora Ratna Kemuning memimpin rapat koordinasi, Senin (3/2/2025)."
                  "\n\nDalam kesempatan diskusi, Kepala Bagian Organisasi, Wahyu Pratomo, menyampaikan paparan.\n")
    assert _has(att2, "Wahyu Pratomo") and not _has(att2, "Kepala Bagian")


def test_a_headline_verb_in_capitals_ends_a_groups_name():
    text = "Camat dan Lurah Pastikan 53 Program Berjalan"
    assert [g[0] for g in listed_groups(text, 0, len(text), [])] == ["Camat", "Lurah"]
    text2 = "Kepala Dinas Pendidikan dan Kepala Dinas Peternakan"       # pe-/ke- nouns in -kan stay in the name
    assert [g[0] for g in listed_groups(text2, 0, len(text2), [])] == ["Kepala Dinas Pendidikan",
                                                                         "Kepala Dinas Peternakan"]


def test_the_official_sworn_in_is_at_the_pelantikan():
    _, att = run("Gubernur Lantik Penjabat Bupati\n\nKUPANG - Gubernur NTT Yohanes Liem melantik dua penjabat bupati "
                 "di Aula Eltari, Minggu (22/5/2022).\n\nBerdasarkan keputusan Mendagri, Kepala Biro Organisasi Setda "
                 "NTT, Maria Lado dilantik sebagai Penjabat Bupati Alor. Sementara Kepala Dinas Perhubungan NTT, "
                 "Simon Kolo dilantik menjadi Penjabat Bupati Ende.\n")
    assert _has(att, "Maria Lado") and _has(att, "Simon Kolo")


def test_a_list_of_post_name_items_written_on_past_full_stops():
    _, att = run("Rakor Wali Kota\n\nPALU - Wali Kota Palu Andi Lolo memimpin rapat koordinasi bersama kepala OPD, "
                 "Selasa (11/1/2022).\n\nRapat tersebut juga dihadiri Asisten I, Rudi Mantong. Asisten II, dr. H. "
                 "Yusran Lato. Asisten III, Imam Lahiya, dan Kabag Pemerintahan, Arman Sule.\n")
    for name in ("Rudi Mantong", "Yusran Lato", "Imam Lahiya", "Arman Sule"):
        assert _has(att, name), name
    assert not _has(att, "Asisten")      # each Asisten is the title of the person after it


def test_hadiri_oleh_a_mistyped_dihadiri_opens_the_list():
    _, att = run("Bupati Resmikan Perpustakaan\n\nRAHA - Kantor perpustakaan diresmikan oleh Bupati Muna Laode "
                 "Sabri, Selasa (2/5/2023).\n\nPeresmian tersebut hadiri oleh Wakil Bupati Muna dan seluruh kepala "
                 "OPD lingkup Pemda Muna.\n")
    assert _has(att, "OPD") and _has(att, "Wakil Bupati")


def test_the_subject_of_a_meeting_noun_used_as_the_verb_leads_it():
    led, att = run("Wali Kota Rakor Bersama OPD\n\nPALU - Wali Kota Palu, H. Andi Lolo Rapat koordinasi (Rakor) "
                   "bersama kepala OPD, camat dan lurah se Kota Palu, Selasa (11/1/2022).\n")
    assert _has(led, "Andi Lolo") and not _has(att, "Andi Lolo") and _has(att, "Camat")


def test_a_head_working_from_a_kecamatan_office_leads_the_visit():
    led, _ = run("Bupati Berkantor di Kecamatan\n\nBOLTIM - Bupati Boltim Rudi Mokoagow berkantor di Kecamatan "
                 "Modayag Barat, Selasa (27/7/2021).\n")
    assert _has(led, "Rudi Mokoagow")


def test_a_list_opened_by_berbagai_instansi_termasuk_goes_on_to_its_units():
    text = "berbagai instansi, termasuk personel dari Polres Seluma, BKPSDM, Satpol PP, dan Dishub, serta staf Bawaslu."
    assert [g[0] for g in listed_groups(text, 0, len(text), [])] == ["Polres Seluma", "BKPSDM", "Satpol PP", "Dishub",
                                                                     "staf Bawaslu"]
