"""Attendance and leadership read by the clause grammar of GUIDELINES.md ("led and attended"), issue 16.

Every article here is synthetic (written for these tests, not copied from any article): an
attendance list read item by item (groups outside any closed list, quantifiers and qualifiers
cut, a post followed by its holder's name is the person's), negated attendance, who is sworn in
at a pelantikan, the host who welcomes ("disambut oleh"), a leader named with his speech
("dalam amanatnya selaku pembina apel"), "menerima" an award is no hosting, and a speaker placed
at the event by a speech given there.
"""
from graphkit.extract import extract_article
from graphkit.extract.events.attendee_groups import group_label, listed_groups
from graphkit.model import Article


def run(text: str):
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    assert any(n.startswith("event:") for n in g.nodes), "no main event read"
    names = lambda t: {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == t}  # noqa: E731
    ids = lambda t: {e.source for e in g.edges.values() if e.type == t}  # noqa: E731
    return names("LED"), names("ATTENDED"), ids("LED"), ids("ATTENDED")


def _has(names: set[str], key: str) -> bool:
    """The scorer's rule: an attendee node whose name contains the key's words."""
    want = set(key.lower().split())
    return any(want <= set((n or "").lower().split()) for n in names)


def test_list_items_outside_any_closed_list_are_groups():
    text = ("Rakor Pengamanan Pilkada\n\nSERANG - Rapat koordinasi pengamanan pilkada digelar pada Rabu (9/10/2024) "
            "dan dihadiri jajaran Panitia Pengawas Kecamatan, Ketua KPU masing-masing kabupaten, perwakilan "
            "Pemkab, anggota TNI-Polri, tokoh masyarakat serta para tamu undangan.\n")
    _, att, _, _ = run(text)
    for key in ("Panitia Pengawas Kecamatan", "Ketua KPU", "Pemkab", "TNI-Polri"):
        assert _has(att, key), key
    assert not _has(att, "tokoh masyarakat") and not _has(att, "tamu undangan")


def test_item_grammar_strips_quantifiers_and_cuts_qualifiers():
    text = "para Kepala Sekolah lingkup Dinas Pendidikan"
    assert group_label(text, 0, len(text))[0] == "Kepala Sekolah"
    text = "Forum Komunikasi Pimpinan Daerah (Forkopimda) setempat"
    assert group_label(text, 0, len(text))[0] == "Forkopimda"
    text = "seluruh warga desa"
    assert group_label(text, 0, len(text)) is None


def test_list_ends_at_a_prepositional_phrase_or_a_clause():
    text = "OPD, Camat dan Lurah di Aula Kantor Bupati yang menyampaikan Kepala Desa"
    labels = [item[0] for item in listed_groups(text, 0, len(text), [])]
    assert labels == ["OPD", "Camat", "Lurah"]


def test_a_post_followed_by_its_holders_name_is_not_a_group():
    text = "Sekretaris Daerah, H. Budi Santoso, Kepala Bappeda dan Camat Sukamaju"
    at = text.index("Budi")
    labels = [item[0] for item in listed_groups(text, 0, len(text), [(at, at + 12)])]
    assert "Sekretaris Daerah" not in labels and "Camat Sukamaju" in labels


def test_negated_attendance_is_absence():
    text = ("Rakor Bupati se-Provinsi\n\nMAKASSAR - Gubernur Sulawesi Selatan Andi Sudirman memimpin rapat "
            "koordinasi di Kantor Gubernur, Senin (4/3/2024). Hanya satu daerah yang tidak dihadiri langsung oleh "
            "Bupati Bantaeng tetapi diwakilkan.\n")
    _, att, _, _ = run(text)
    assert not _has(att, "Bupati Bantaeng")


def test_those_sworn_in_attend_the_pelantikan():
    text = ("Gubernur Lantik Tiga Penjabat\n\nMATARAM - Gubernur NTB Hassanudin Harun melantik tiga penjabat bupati "
            "di Gedung Sangkareang, Selasa (24/9/2024).\n\nKetiga pejabat yang dilantik adalah Ahmad "
            "Zainuri selaku Pj Bupati Lombok Barat, Hendra Wijaya selaku Pj Bupati Lombok Tengah, dan Rudi "
            "Hartono selaku Pj Bupati Sumbawa.\n")
    led, att, _, _ = run(text)
    assert led == {"Hassanudin Harun"}
    # the first name after "adalah" is read as an official by the names stage (not this one), if at all
    assert {"Hendra Wijaya", "Rudi Hartono"} <= att


def test_groups_sworn_in_after_pengambilan_sumpah_attend():
    text = ("Wali Kota Lantik Pejabat\n\nBIMA - Wali Kota Bima Muhammad Rum memimpin pengambilan sumpah jabatan dan "
            "pelantikan Pejabat Administrator, Pejabat Pengawas dan Kepala Sekolah lingkup Pemkot Bima, "
            "Jumat (14/12/2018).\n")
    _, att, _, _ = run(text)
    for key in ("Pejabat Administrator", "Pejabat Pengawas", "Kepala Sekolah"):
        assert _has(att, key), key


def test_the_host_who_welcomes_leads():
    text = ("Komisi II Kunjungi Kudus\n\nKUDUS - Rombongan Komisi II DPR RI melakukan kunjungan kerja ke Kudus, "
            "Jumat (13/9/2024). Setibanya di Pendopo, rombongan disambut oleh Pj Bupati Kudus, Hasan Chabibie, "
            "beserta jajaran Forkopimda.\n")
    led, att, _, _ = run(text)
    assert "Hasan Chabibie" in led and "Hasan Chabibie" not in att


def test_leader_named_with_his_speech_selaku_pembina_apel():
    text = ("Apel Gabungan Pemkab\n\nMARTAPURA - Apel gabungan digelar di halaman kantor bupati, Senin (9/5/2022). "
            "Bupati Banjar Saidi Mansyur dalam amanatnya selaku pembina apel meminta pegawai meningkatkan "
            "kinerja.\n")
    led, _, _, _ = run(text)
    assert led == {"Saidi Mansyur"}


def test_receiving_an_award_is_not_hosting():
    text = ("Musrenbang Provinsi\n\nMAKASSAR - Wali Kota Palopo Judas Amir menghadiri Musyawarah Perencanaan "
            "Pembangunan di Hotel Claro, Selasa (30/4/2024). Kepala Bappeda, Asmuradi Budi, mewakili Wali Kota "
            "Palopo menerima penghargaan tersebut.\n")
    led, _, _, _ = run(text)
    assert "Judas Amir" not in led


def test_speaker_placed_by_a_speech_given_there_attends():
    text = ("Sosialisasi Netralitas ASN\n\nKISARAN - Bawaslu Asahan menggelar sosialisasi netralitas ASN di aula "
            "Hotel Bintang, Minggu (8/3/2020), dipimpin oleh Ketua Bawaslu Asahan Arif Hidayat.\n\n"
            "Dalam paparannya, Asisten I Setdakab Asahan John Nasution mengingatkan ASN agar netral.\n\n"
            "\u201cKepada seluruh ASN agar menjaga integritas selama tahapan pemilu berlangsung,\u201d kata John "
            "Nasution.\n")
    led, att, _, _ = run(text)
    assert "Arif Hidayat" in led
    assert "John Nasution" in att


def test_speaker_only_quoted_about_the_event_does_not_attend():
    text = ("Rapat Paripurna DPRD\n\nBOGOR - Rapat paripurna DPRD Kabupaten Bogor digelar Rabu (5/2/2025), dipimpin "
            "oleh Ketua DPRD Kabupaten Bogor Sastra Winara.\n\n\u201cKami menunggu jadwal dari kementerian untuk "
            "tahap berikutnya,\u201d kata Kepala Bagian Hukum Setda Bogor Dedi Kurnia kepada wartawan.\n")
    _, att, _, _ = run(text)
    assert "Dedi Kurnia" not in att


def test_those_brought_in_or_handed_something_attend():
    text = ("Raker Bupati se-Provinsi\n\nNABIRE - Pemprov Papua Tengah menggelar rapat kerja bupati. Kegiatan yang "
            "menghadirkan enam bupati, BP3OKP, para asisten dan sekda ini dilaksanakan di Kantor Gubernur, Kamis "
            "(24/4/2025).\n\nPenghargaan diserahkan langsung oleh Sekda Provinsi Papua Tengah, Yohanes Yoweni.\n")
    _, att, _, _ = run(text)
    for key in ("BP3OKP", "asisten", "sekda", "Yohanes Yoweni"):
        assert _has(att, key), key


def test_a_group_as_the_subject_of_a_verb_of_presence_attends():
    text = ("Gubernur Kunjungi Desa\n\nBIMA - Gubernur NTB Zulkarnaen Hamid mengunjungi Desa Woha, Sabtu "
            "(1/4/2023). Para kepala desa berkumpul di balai desa. Pemerintah Kabupaten Bima mengikuti kegiatan "
            "itu, sedangkan ASN Dinas Sosial tidak hadir.\n")
    _, att, _, _ = run(text)
    assert _has(att, "kepala desa") and _has(att, "Pemerintah")
    assert not _has(att, "ASN")


def test_the_representative_attends_not_the_one_represented():
    text = ("Sosialisasi Pilkada\n\nKISARAN - Bawaslu Asahan menggelar sosialisasi pilkada, Minggu (8/3/2020). "
            "Bupati Asahan, Surya, diwakili Asisten Pemerintahan, John Nasution, menyampaikan terima kasih.\n")
    _, att, _, ids = run(text)
    assert "John Nasution" in att


def test_a_sentence_opening_on_the_event_places_its_subject_there():
    text = ("Rapat Analisis Jabatan\n\nKUPANG - Tim TPP menggelar rapat di ruang rapat BKD, Rabu (7/2/2024).\n\n"
            "Dalam kesempatan diskusi, Kepala Bagian Kelembagaan Setda NTT, Yustinus Salem menyampaikan perubahan "
            "nomenklatur jabatan pelaksana.\n")
    _, att, _, _ = run(text)
    assert "Yustinus Salem" in att


def test_an_official_receiving_an_award_attends():
    text = ("Penghargaan Perangkat Daerah\n\nKUPANG - Pemprov NTT menggelar penyerahan penghargaan di aula "
            "El Tari, Senin (1/7/2024). Kepala BKD NTT Henny Laiskodat menerima penghargaan dari Penjabat "
            "Gubernur.\n")
    _, att, _, _ = run(text)
    assert "Henny Laiskodat" in att


def test_official_named_where_he_opens_the_event_leads():
    text = ("Rakor Kepegawaian\n\nDENPASAR - Kantor Regional BKN menggelar rapat koordinasi kepegawaian secara "
            "virtual, Kamis (2/11/2023).\n\nHal ini senada dengan arahan yang disampaikan oleh Plt Kepala Badan "
            "Kepegawaian Negara, Drs. Haryo Putranto, M.Hum saat membuka secara resmi kegiatan.\n")
    led, _, _, _ = run(text)
    assert "Haryo Putranto" in led


def test_the_head_of_the_organising_body_hosts_when_nothing_else_names_a_leader():
    text = ("Deklarasi Damai Pilkada\n\nCIKARANG - Badan Pengawas Pemilu (Bawaslu) Kabupaten Bekasi menggelar "
            "deklarasi damai di Stadion Wibawamukti, Minggu (10/11/2024).\n\nKetua Bawaslu Kabupaten Bekasi Akbar "
            "Hidayat menyampaikan acara tersebut merupakan komitmen bersama.\n")
    led, _, _, _ = run(text)
    assert led == {"Akbar Hidayat"}


def test_a_customary_body_organising_is_not_the_regent_leading():
    text = ("Tepung Tawar Pj Bupati\n\nBENGKALIS - Lembaga Adat Melayu Kabupaten Bengkalis menggelar tepuk tepung "
            "tawar kepada Pj Bupati Bengkalis Syahrial Abdi, Kamis (1/10/2020).\n")
    led, att, _, _ = run(text)
    assert "Syahrial Abdi" not in led and "Syahrial Abdi" in att


def test_a_parenthesised_short_name_names_only_the_words_right_before_it():
    text = "seluruh ASN pada Badan Kepegawaian Daerah (BKD) Provinsi NTT"
    assert group_label(text, 0, len(text))[0] == "ASN"
    text = "para pimpinan organisasi perangkat daerah (OPD)"
    assert group_label(text, 0, len(text))[0] == "OPD"


def test_a_dateline_in_capitals_is_not_a_group():
    text = "BANGKA SELATAN \u2013 Pemerintah Kabupaten Bangka Selatan"
    assert group_label(text, 0, len(text)) is None


def test_a_counted_group_is_the_group():
    text = "6 bupati se-Provinsi Papua Tengah"
    assert group_label(text, 0, len(text))[0] == "bupati"
    text = "tiga Kepala Distrik"
    assert group_label(text, 0, len(text))[0] == "Kepala Distrik"


def test_the_agent_of_the_events_passive_verb_a_few_words_on_leads():
    text = ("Pelantikan Wali Kota\n\nSAMARINDA - Pemprov Kaltim mengagendakan pelantikan wali kota terpilih, Senin "
            "(31/5/2021). Pelantikan akan dilaksanakan di Odah Etam, Kompleks Kegubernuran, oleh Gubernur Kaltim "
            "Isran Nur.\n")
    led, _, _, _ = run(text)
    assert led == {"Isran Nur"}


def test_whom_the_participants_meet_hosts_the_meeting():
    text = ("Rakor Inflasi\n\nTOBOALI - Pemerintah Kabupaten Bangka Selatan mengikuti rapat koordinasi secara virtual "
            "dengan Menteri Dalam Negeri Tito Karnavian pada Senin (4/3/2024).\n")
    led, att, _, _ = run(text)
    assert "Tito Karnavian" in led and "Tito Karnavian" not in att


def test_when_a_body_receives_the_visitors_its_head_hosts():
    text = ("Audiensi Mahasiswa\n\nPALU - DPRD Kota Palu menerima audiensi mahasiswa di ruang sidang, Rabu "
            "(6/3/2024).\n\nKetua DPRD Kota Palu Edward Sembiring menyampaikan aspirasi akan ditindaklanjuti.\n")
    led, _, _, _ = run(text)
    assert led == {"Edward Sembiring"}


def test_degrees_family_and_title_case_verbs_are_not_groups():
    for text in ("SE", "MM", "Anggota keluarganya"):
        assert group_label(text, 0, len(text)) is None, text
    text = "Bupati Flores Timur Berpesan Kepada Peserta"
    assert group_label(text, 0, len(text))[0] == "Bupati Flores Timur"
    text = "ASN Dari Kota Kupang"
    assert group_label(text, 0, len(text))[0] == "ASN"


def test_a_post_pair_shares_its_modifier():
    text = "masyarakat dan pasangan calon Bupati dan Wakil Bupati Bekasi"
    assert [item[0] for item in listed_groups(text, 0, len(text), [])] == ["pasangan calon Bupati dan Wakil Bupati"]


def test_a_visiting_official_leads_his_visit_and_the_welcoming_host_attends():
    text = ("Menteri Kunjungi Kudus\n\nKUDUS - Menteri Pertanian Andi Amran melakukan kunjungan kerja ke gudang "
            "Bulog Kudus, Jumat (13/9/2024). Rombongan disambut oleh Pj Bupati Kudus, Hasan Chabibie.\n")
    led, att, _, _ = run(text)
    assert "Andi Amran" in led and "Hasan Chabibie" not in led


def test_the_one_named_right_after_pelantikan_attends():
    text = ("Pj Bupati Dilantik\n\nBANDA ACEH - Pengambilan sumpah dan pelantikan Sekda Pidie Jaya Jailani Hasan sebagai Penjabat Bupati "
            "Pidie Jaya digelar di Anjong Mon Mata, Senin (5/2/2024), dipimpin Penjabat Gubernur Aceh Bustami "
            "Hamzah.\n")
    led, att, _, _ = run(text)
    assert "Jailani Hasan" in att and "Bustami Hamzah" in led


def test_who_comes_with_someone_attends_and_so_does_the_company():
    text = ("Audiensi Camat\n\nJEMBER - Bupati Jember Hendy Siswanto menerima audiensi para camat di Pendopo, Senin "
            "(11/3/2024). Camat Ajung Hadi Mulyono datang bersama Lurah Ajung Budi Santoso.\n")
    led, att, _, _ = run(text)
    assert "Hendy Siswanto" in led and {"Hadi Mulyono", "Budi Santoso"} <= att


def test_a_post_with_a_name_nobody_listed_is_not_a_group():
    text = "Sekretaris KONI Budi Santoso"
    assert group_label(text, 0, len(text)) is None
    text = "Ketua KPU Kabupaten Jember"
    assert group_label(text, 0, len(text))[0] == "Ketua KPU Kabupaten Jember"


def test_who_acts_as_inspektur_upacara_or_addresses_the_apel_leads():
    text = ("Upacara Hari Jadi\n\nJAMBI - Upacara hari jadi kota digelar di halaman balai kota, Senin (14/5/2018). "
            "Dalam upacara tersebut, Pjs Wali Kota Jambi Fauzi Ahmad bertindak langsung sebagai inspektur upacara.\n")
    led, _, _, _ = run(text)
    assert led == {"Fauzi Ahmad"}
    text = ("ASN Kembali Bekerja\n\nTANGERANG - ASN Pemkot Tangerang mengikuti apel pegawai di pusat pemerintahan, "
            "Senin (9/5/2022).\n\nWali Kota Tangerang Arief Wismansyah menekankan persoalan banjir.\n\n"
            "\"Sebagian besar titik banjir menjadi kewenangan provinsi,\" ujarnya dalam apel pegawai.\n")
    led, att, _, _ = run(text)
    assert "Arief Wismansyah" in led and "Arief Wismansyah" not in att


def test_who_takes_the_oath_of_office_leads_the_pelantikan():
    text = ("Bupati Dilantik\n\nSERANG - Gubernur Banten Wahidin Halim mengambil sumpah jabatan Bupati Pandeglang "
            "terpilih di pendopo gubernur, Senin (26/4/2021).\n")
    led, _, _, _ = run(text)
    assert led == {"Wahidin Halim"}


def test_group_heads_include_the_class_titles_of_titles_csv():
    """A village head's local title (Sangadi, Perbekel), a staff class (PPPK) or an election body (PPS) heads a
    group as Camat does: the group words come from data/titles.csv, not from a second list."""
    text = "Camat, Lurah dan Sangadi se-Kota Kotamobagu, para Perbekel, PPPK, Kaban Kesbangpol, Kapolsek serta PPS"
    labels = [item[0] for item in listed_groups(text, 0, len(text), [])]
    for key in ("Sangadi", "Perbekel", "PPPK", "PPS", "Kaban", "Kapolsek"):
        assert any(lab.split()[0] == key for lab in labels), (key, labels)
    text = ("Musrenbang Kota\n\nKOTAMOBAGU - Musrenbang RKPD Kota Kotamobagu digelar pada Senin (14/3/2022), dihadiri "
            "Wakil Wali Kota Rudi Hartanto, jajaran SKPD, Camat, Lurah dan Sangadi, serta seluruh elemen masyarakat.\n")
    _, att, _, _ = run(text)
    assert _has(att, "Sangadi") and _has(att, "Camat")
    assert not _has(att, "elemen masyarakat")


def test_a_quote_given_apart_does_not_place_its_speaker_at_the_event():
    """GUIDELINES: a person only quoted about the event, who the text does not place at it, does not attend.
    "Secara terpisah, Camat … mengatakan" says the quote was taken elsewhere, even after a paragraph that tells
    of the leader's sambutan."""
    head = ("Sosialisasi Perbup Sampah\n\nBARABAI - Bupati Hulu Sungai Tengah Ahmad Fauzi membuka sosialisasi Perbup "
            "pengelolaan sampah di Aula Kecamatan Batu Benawa, Senin (7/3/2022).\n\n"
            "Dalam sambutannya, Ahmad Fauzi meminta para kepala desa mengawal aturan tersebut.\n\n")
    apart = "Secara terpisah, Camat Batu Benawa Rahmat Hidayat mengatakan, \"Kami siap mengawal aturan ini.\"\n"
    here = "Camat Batu Benawa Rahmat Hidayat mengatakan, \"Kami siap mengawal aturan ini.\"\n"
    led, att, _, _ = run(head + here)
    assert _has(att, "Rahmat Hidayat") and _has(led, "Ahmad Fauzi")
    led, att, _, _ = run(head + apart)
    assert not _has(att, "Rahmat Hidayat") and _has(led, "Ahmad Fauzi")


def test_the_first_word_of_a_many_word_title_heads_no_group():
    """titles.csv's "Hukum Tua" (a Minahasa village head) lends no group word: "Hukum" alone is a unit's name in
    "Kordiv Hukum, Data dan Informasi Bawaslu" and the list item "Hukum" is no class of people."""
    text = "Camat, Lurah, Hukum, Data dan Informasi"
    labels = [item[0] for item in listed_groups(text, 0, len(text), [])]
    assert "Camat" in labels and not any(lab.split()[0] == "Hukum" for lab in labels), labels
