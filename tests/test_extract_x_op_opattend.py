"""Classes of error seen in o01–o15 and p01–p15, two batches of outlets the gold never had (issue #16): who
attended, and the posts and names that decide it (docs/dev/issue-16-x-op-opattend.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import holds as _holds
from graphkit.extract.text.sentences import sentence


def test_a_shortened_first_name_ends_no_sentence():
    # "Sekdaprov Dr. H. Moh. Andi Wijaya, …, Asisten …": "Moh." shortens Mohammad, the list goes on past it
    text = ("PALU – Gubernur Sulawesi Tengah Budi Santoso mengikuti rapat koordinasi virtual yang dipimpin Menteri "
            "Dalam Negeri Rudi Hartono, Jumat (4/10/2024).\n\nPada kesempatan tersebut Gubernur turut didampingi "
            "Sekdaprov Dr. H. Moh. Andi Wijaya, M.Si, Asisten Administrasi Pemerintahan Ir. H. Hasan Basri, MM dan "
            "pejabat terkait.")
    assert {"Moh. Andi Wijaya", "Hasan Basri"} <= _edges("ATTENDED", text)
    s = "Hadir Sekda Abd. Rahman Halim dan Kadis Budi."
    assert sentence(s, 0) == (0, len(s))


def test_a_unit_name_running_on_past_a_comma_is_the_title_of_the_person_after_it():
    # "Asisten Administrasi Umum, Hukum dan Organisasi H. Yusuf Halim": one post and its holder, no group "Asisten"
    text = ("PALU – Gubernur Sulawesi Tengah Budi Santoso mengikuti rapat koordinasi virtual yang dipimpin Menteri "
            "Dalam Negeri Rudi Hartono, Jumat (4/10/2024).\n\nGubernur turut didampingi Asisten Administrasi "
            "Pemerintahan Ir. H. Hasan Basri, MM, Asisten Administrasi Umum, Hukum dan Organisasi H. Yusuf Halim, "
            "SE, MM.")
    attended = _edges("ATTENDED", text)
    assert {"Hasan Basri", "Yusuf Halim"} <= attended
    assert not any(a.startswith("Asisten") for a in attended)
    # a class head after the comma is a class present of its own: "Camat, Kepala Desa Budi"
    text2 = ("SIGI – Bupati Sigi Rudi Hartono membuka musrenbang di Aula Kantor Bupati, Senin (7/10/2024). Hadir "
             "Sekda Andi Wijaya, para Camat, Kepala Desa Bora Yusuf Halim dan tokoh masyarakat.")
    assert any(a.startswith("Camat") for a in _edges("ATTENDED", text2))


def test_kasie_is_a_spelling_of_kasi():
    # "Kasie Intel Kejaksaan Negeri Tomohon Budi Lumowa": the head of a section, written Kasie
    text = ("TOMOHON – Walikota Tomohon Rudi Hartono meresmikan Puskesmas Taratara, Kamis (3/10/2024).\n\nHadir "
            "juga Kasie Intel Kejaksaan Negeri Tomohon Budi Lumowa, S.H., M.H., dan Anggota DPRD Kota Tomohon.")
    assert any(who == "Budi Lumowa" and post.startswith("Kepala Seksi Intel") for who, post, _ in _holds(text))
    assert "Budi Lumowa" in _edges("ATTENDED", text)


def test_bersama_inside_an_attendance_list_does_not_end_it():
    # "Sekda X, S.E. bersama jajaran Pemkot, Anggota DPRD …, juga para Kepala Puskesmas": a preposition, no verb
    text = ("TOMOHON – Walikota Tomohon Rudi Hartono meresmikan Puskesmas Taratara, Kamis (3/10/2024).\n\n"
            "Puskesmas itu melayani warga dari tiga kelurahan. " * 20 + "\n\nHadir juga Kepala Dinas Kesehatan Kota Tomohon "
            "Yusuf Halim, Sekretaris Daerah Kota Tomohon Andi Wijaya, S.E., M.E. bersama Jajaran Pemerintah Kota Tomohon, "
            "Anggota DPRD Kota Tomohon, juga Para Kepala Puskesmas dan Jajaran yang baru diresmikan.")
    attended = _edges("ATTENDED", text)
    assert any(a.startswith("Kepala Puskesmas") for a in attended)
    assert any(a.startswith("Anggota DPRD") for a in attended)


def test_a_form_of_address_after_a_seat_opens_its_holders_name():
    # "Ketua TP-PKK Kota Tomohon Ibu drg. Maria Lumowa": one person's seat (no public post), no group present
    text = ("TOMOHON – Walikota Tomohon Rudi Hartono meresmikan Puskesmas Taratara, Kamis (3/10/2024).\n\nHadir "
            "juga Ketua TP-PKK Kota Tomohon Ibu drg. Maria D’arcy Lumowa, Sekretaris Daerah Kota Tomohon Andi "
            "Wijaya dan Anggota DPRD Kota Tomohon.")
    attended = _edges("ATTENDED", text)
    assert "Andi Wijaya" in attended
    assert not any(a.startswith("Ketua TP-PKK") for a in attended)


def test_a_post_spelt_another_way_in_a_list_is_the_named_holders_title():
    # "kepada Walikota Bima, Bupati Dompu oleh Gubernur NTB": the holders named before ("Walikota Bima, H. Budi",
    # held as "Wali Kota Bima"; "Gubernur Nusa Tenggara Barat (NTB)"), not classes present
    text = ("Kota Bima – Gubernur Nusa Tenggara Barat (NTB), Rudi Hartono, membuka secara resmi Festival Tambora "
            "di halaman Asi Mbojo, Selasa (8/10/2024). Hadir pula dalam acara tersebut, Walikota Bima, H. Budi "
            "Santoso, SE, Bupati Dompu, Andi Wijaya.\n\nKegiatan ini, sekaligus penyerahan buku panduan kepada "
            "Walikota Bima, Bupati Dompu oleh Gubernur NTB, serta melihat hasil karya anak bangsa.")
    attended = _edges("ATTENDED", text)
    assert {"Budi Santoso", "Andi Wijaya"} <= attended
    assert not any(a.startswith(("Walikota", "Gubernur", "Bupati")) for a in attended)


def test_the_groups_listed_at_a_happening_with_its_own_day_attend_it():
    # "Sebelumnya juga telah digelar silaturahmi … pada Selasa malam (6/5/2025) yang turut dihadiri oleh …, unsur
    # Forkopimda, camat, lurah": the groups of that sentence attend the silaturahmi, as its officials do
    text = ("KUALA KAPUAS – Bupati Kapuas Rudi Hartono mendampingi Gubernur Kalimantan Tengah Budi Santoso dalam "
            "kunjungan kerja ke Kabupaten Kapuas pada Rabu (7/5/2025).\n\nGubernur meninjau Pelabuhan Batanjung.\n\n"
            "Sebelumnya juga telah digelar silaturahmi di Rumah Jabatan Bupati Kapuas pada Selasa malam (6/5/2025) "
            "yang turut dihadiri oleh Wakil Gubernur Andi Wijaya, unsur Forkopimda Kabupaten Kapuas, camat, lurah "
            "dan kepala desa se-Kabupaten Kapuas.")
    from extract_probe import graph
    g = graph(text, published="2025-05-08")
    at = {(g.nodes[e.source].properties.get("name"), g.nodes[e.target].properties.get("type"))
          for e in g.edges.values() if e.type == "ATTENDED"}
    assert ("Andi Wijaya", "silaturahmi") in at
    assert {n for n, t in at if t == "silaturahmi" and n.startswith(("Camat", "Lurah", "Forkopimda"))} == \
        {"Camat Kabupaten Kapuas", "Lurah Kabupaten Kapuas", "Forkopimda Kabupaten Kapuas"}


def test_a_group_word_that_owns_the_noun_before_it_is_not_present():
    # "di Kantor Lurah Tanjung Unggat", "sekretaris DPRD Makassar": a place or a seat of the body, not the body there
    text = ("TANJUNGPINANG – Gubernur Kepulauan Riau Rudi Hartono menyerahkan bantuan alat tangkap kepada nelayan "
            "secara terpusat di Kantor Lurah Tanjung Unggat, Senin (22/1/2024) pagi.")
    assert not any(a.startswith("Lurah") for a in _edges("ATTENDED", text))
    # a class noun before a body is its members, present: "diikuti Prajurit TNI, Polri dan PNS"
    text2 = ("BANDUNG – Gubernur Jawa Barat Rudi Hartono menghadiri apel kehormatan di Taman Makam Pahlawan, Senin "
             "(17/8/2020). Apel diikuti Prajurit TNI, Polri dan PNS.")
    assert any(a.startswith("TNI") for a in _edges("ATTENDED", text2))


def test_a_class_after_hingga_is_present():
    # "Terlihat X, hingga seluruh Bupati se-Sulawesi Barat hadir": "hingga" closes a range of those present
    text = ("MAMUJU – Peringatan Hari Jadi Provinsi Sulawesi Barat digelar dalam Rapat Paripurna di Gedung DPRD "
            "Sulawesi Barat, Jumat (22/9/2023).\n\nTerlihat Mantan Gubernur Sulbar Budi Santoso, hingga seluruh "
            "Bupati se-Sulawesi Barat hadir dengan berbagai kostum baju adat.")
    assert any(a.startswith("Bupati") for a in _edges("ATTENDED", text))


def test_lalu_inside_a_sentence_opens_a_sasak_name():
    # "dipimpin Wakil Ketua I DPRD Loteng, Lalu Budi Santoso,": the Sasak title of nobility is part of the name
    text = ("PRAYA – Rapat Badan Musyawarah DPRD Lombok Tengah berlangsung di ruang rapat DPRD Loteng, Senin "
            "(12/1/2026), dan dipimpin Wakil Ketua I DPRD Loteng, Lalu Budi Santoso, didampingi Sekretaris Dewan.")
    assert any(who == "Lalu Budi Santoso" for who, _, _ in _holds(text))
    # at a sentence's start "Lalu," is "then"
    text2 = ("PRAYA – Bupati Lombok Tengah Budi Santoso membuka rapat di Aula Kantor Bupati, Senin (12/1/2026). "
             "Lalu Bupati Budi Santoso meninjau pasar.")
    assert not any(who.startswith("Lalu") for who, _, _ in _holds(text2))


def test_katanya_after_a_sentence_ending_on_an_apposed_name_is_that_persons():
    # "…, termasuk Ketua Umum KAHMI Labura, Yusuf Halim. “…,” katanya.": the one the sentence ends on speaks, not
    # the official who opened the paragraph
    text = ("AEKKANOPAN – Bupati Labura Budi Santoso dan Ketua DPRD, H Andi Wijaya, dilantik menjadi Ketua dan "
            "Sekretaris DPD Partai Golkar Kabupaten Labuhan Batu Utara periode 2020-2025. Pelantikan itu mendapat "
            "atensi dari banyak pihak, termasuk Ketua Umum Majelis Daerah Korps Alumni Himpunan Mahasiswa Islam "
            "(MD Kahmi) Labura, Yusuf Halim. \"Selamat dan sukses atas pelantikan pengurus DPD PG Labura beserta "
            "pengurus lainnya, \" katanya.")
    assert _edges("STATED", text) == {"Yusuf Halim"}


def test_an_interim_post_is_no_name():
    # "Kepala Desa Pejabat Antar Waktu" (an interim village head, PAW): "Antar Waktu" is no official
    text = ("MAMASA – Bupati Mamasa Budi Santoso akan melantik 10 Kepala Desa pada 28 Desember 2019. Untuk Kepala "
            "Desa Pejabat Antar Waktu semua sudah dilantik beberapa waktu yang lalu.")
    assert not any(who.startswith("Antar") for who, _, _ in _holds(text))


def test_both_of_a_pair_sworn_in_attend_when_the_second_is_apposed_to_his_post():
    # "Bupati X dan Ketua DPRD, H Y, dilantik menjadi …": X is sworn in with Y
    text = ("AEKKANOPAN – Bupati Labura Budi Santoso dan Ketua DPRD, H Andi Wijaya, dilantik menjadi Ketua dan "
            "Sekretaris DPD Partai Golkar Kabupaten Labuhan Batu Utara periode 2020-2025. Pelantikan keduanya "
            "dilakukan Ketua DPD Partai Golkar Sumut, H Rudi Hartono di Aula Hotel Anugerah, Selasa (8/8/2023) malam.")
    assert {"Budi Santoso", "Andi Wijaya"} <= _edges("ATTENDED", text)


def test_who_reads_out_anothers_speech_speaks():
    # "Dalam amanatnya membacakan sambutan tertulis Gubernur Kalteng, H. X, Y mengajak … “…,” jelasnya.": Y reads
    # the Gubernur's written speech and gives the quote
    open_text = (
        "PANGKALAN BUN – Upacara peringatan Hari Jadi Provinsi Kalimantan Tengah ke-68 digelar di halaman Kantor "
        "Bupati Kotawaringin Barat, Jumat (23/5/2025). Pada upacara kali ini bertindak sebagai Inspektur Upacara "
        "Wakil Bupati Kotawaringin Barat Budi Santoso.\n\nDalam amanatnya membacakan sambutan tertulis Gubernur "
        "Kalteng, H. Andi Wijaya, Budi mengajak seluruh lapisan masyarakat untuk terus bersinergi. “Pencapaian "
        "tersebut adalah hasil kerja kolektif antara pemerintah, swasta dan media,” jelasnya.")
    assert _edges("STATED", open_text) == {"Budi Santoso"}


def test_a_person_in_a_clause_reported_with_lanjutnya_does_not_speak():
    # "Kunjungan Pj Gubernur X ke tiga daerah itu, lanjutnya, guna memastikan …": the speaker before goes on; a
    # later "jelasnya" is still his
    text = ("KENDARI – Kepala Dinas Kominfo Provinsi Sultra, Andi Wijaya mengungkapkan, Penjabat Gubernur Sulawesi "
            "Tenggara Budi Santoso dijadwalkan akan mengunjungi tiga daerah pelaksana pilkada.\n\n“Jadi setelah dari "
            "Bandung nanti pak Gubernur akan mengunjungi daerah yang akan menghadapi Pilkada,” ungkapnya.\n\n"
            "Kunjungan Pj Gubernur Sultra ditiga daerah itu, lanjutnya, guna memastikan penyelenggaraan pilkada "
            "berjalan sukses.\n\n“Nanti tanggal 1 Maret baru ke Baubau. Nanti pak Gubernur juga akan jadi "
            "inspektur upacara disana,” jelasnya.")
    assert _edges("STATED", text) == {"Andi Wijaya"}


def test_singkat_after_a_quote_names_its_speaker():
    # "“…,” singkat Wijaya": "said briefly", a verb of saying like "ujar" or "tandas"
    text = ("BITUNG – Wakil Gubernur Sulawesi Utara Budi Santoso meninjau lokasi kegiatan pesta iman di lapangan "
            "Kantor Wali Kota Bitung, Kamis (24/3/2022). Wali Kota Bitung Andi Wijaya dalam kesempatan itu "
            "menjelaskan titik-titik lokasi untuk para peserta.\n\n“Setiap tenda diisi oleh 25 peserta,” singkat "
            "Wijaya, Kamis (24/03/2022).")
    assert _edges("STATED", text) == {"Andi Wijaya"}
