"""Classes of error that recur across outlets in all opened material (issue #16, the xgen round): the project gold
and the six blind batches u–z pooled, a class kept only when seen in three articles or more from three outlets or
more (docs/dev/issue-16-xgen.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import edge_sources as _edges, graph as _graph


# --- 1. an official's reported (indirect) speech that the sentence ties to the event: he attends it -------------

_SOSIALISASI = ("TEMANGGUNG – Dinas Kesehatan Kabupaten Temanggung menggelar sosialisasi pencegahan stunting bagi "
                "kader posyandu di Gedung Serbaguna Kecamatan Kedu, Kamis (17/10/2024).\n\n"
                "Materi yang dibahas meliputi gizi ibu hamil dan pemantauan tumbuh kembang balita.\n\n")


def test_a_speaker_who_adds_about_this_happening_attends_it():
    text = _SOSIALISASI + ("Camat Kedu, Hendra Wijaya, S.Sos, juga menambahkan bahwa sosialisasi ini menyasar kader "
                           "di setiap dusun.")
    assert "Hendra Wijaya" in _edges("ATTENDED", text, "Dinkes Sosialisasikan Pencegahan Stunting")


def test_a_speaker_on_the_same_occasion_attends_it():
    text = _SOSIALISASI + ("Pada kesempatan tersebut Kepala Dinas Pendidikan Temanggung Rina Lestari menjelaskan "
                           "peran sekolah dalam menyediakan makanan bergizi.")
    assert "Rina Lestari" in _edges("ATTENDED", text, "Dinkes Sosialisasikan Pencegahan Stunting")


def test_the_agent_of_a_passive_saying_after_the_deed_attends_it():
    text = ("TEMANGGUNG – Ratusan pegawai Pemkab Temanggung mengikuti deklarasi antikorupsi di Alun-alun Kota.\n\n"
            "Pentingnya integritas itu disampaikan Sekretaris Daerah Temanggung Yoga Pratama seusai pelaksanaan "
            "deklarasi, Selasa (8/10/2024).\n\n"
            "Yoga berharap pegawai menolak setiap bentuk gratifikasi.")
    assert "Yoga Pratama" in _edges("ATTENDED", text, "Pegawai Temanggung Deklarasi Antikorupsi")


def test_words_given_apart_or_untied_do_not_place_the_speaker_there():
    apart = _SOSIALISASI + ("Ditemui terpisah, Kepala Puskesmas Kedu, Dimas Saputra, menilai sosialisasi ini "
                            "sudah tepat sasaran.")
    assert "Dimas Saputra" not in _edges("ATTENDED", apart, "Dinkes Sosialisasikan Pencegahan Stunting")
    untied = _SOSIALISASI + "Camat Kedu, Dimas Saputra, menegaskan bahwa anggaran posyandu naik tahun depan."
    assert "Dimas Saputra" not in _edges("ATTENDED", untied, "Dinkes Sosialisasikan Pencegahan Stunting")


def test_the_doer_of_the_happening_is_left_to_the_leader_rules():
    text = ("SUKOHARJO – Penjabat Bupati Sukoharjo Bayu Anggara bersama rombongan lebih dulu tiba lalu melakukan "
            "kunjungan kerja ke Pasar Tawangsari, Rabu (9/10/2024).\n\n"
            "Bayu Anggara menjelaskan bahwa kunjungan ini untuk memastikan harga bahan pokok tetap stabil.")
    assert "Bayu Anggara" not in _edges("ATTENDED", text, "Pj Bupati Tinjau Pasar")


# --- 2. the class sworn in, named as the object of the swearing-in (verb or noun), attends the pelantikan ---------

def _groups(text: str, title: str) -> set[str]:
    g = _graph(text, title, "2025-12-10")
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values()
            if e.type == "ATTENDED" and g.nodes[e.source].label != "Official"}


def test_the_class_an_official_swears_in_attends():
    # (a capitalised qualifier after the class no longer swallows it: "Kepala Desa", not "Kepala PAW")
    text = ("KLATEN – Aula Pendopo Kabupaten Klaten pagi itu dipenuhi warga dari tujuh desa. Bupati Klaten Hendra "
            "Wijaya, Kamis (4/12/2025) melantik tujuh Kepala Desa Pengganti Antar Waktu (PAW) untuk sisa masa jabatan "
            "2019–2027.\n\nDalam arahannya, Bupati meminta kepala desa yang baru segera bekerja.")
    assert "Kepala Desa Kabupaten Klaten" in _groups(text, "Setelah Dilantik, Tujuh Kades Baru Diminta Gerak Cepat")


def test_the_class_of_a_swearing_in_named_later_in_the_body_attends():
    text = ("KLATEN – Bupati Klaten Hendra Wijaya menegaskan masa jabatannya berakhir bulan depan.\n\n"
            "Ia menyebut pengganti sementara ditunjuk oleh Menteri Dalam Negeri.\n\n"
            "Hal itu disampaikan Bupati kepada wartawan usai pelantikan Kepala Desa yang digelar di Balai Desa "
            "Karanganom pada Kamis, 4/12/2025.")
    assert "Kepala Desa Kabupaten Klaten" in _groups(text, "Bupati Klaten Bicara Soal Akhir Masa Jabatan")


def test_the_class_named_after_the_noun_attends():
    text = ("KLATEN – Pemkab Klaten menggelar pengukuhan 20 Pejabat Administrator di aula setda, Jumat (5/12/2025). "
            "Acara berlangsung khidmat.")
    assert any(label.startswith("Pejabat Administrator") for label in _groups(text, "Pemkab Klaten Kukuhkan Pejabat"))


def test_one_named_holder_or_a_quoted_swearing_in_names_no_class():
    one = ("KLATEN – Bupati Klaten Hendra Wijaya melantik Kepala Desa Sukamaju, Budi Hartono, Rabu (10/12/2025), "
           "di Pendopo Kabupaten.")
    assert not any(label.startswith("Kepala Desa") for label in _groups(one, "Bupati Lantik Kades"))
    quoted = ("KLATEN – Bupati Klaten Hendra Wijaya melantik pejabat di Pendopo Kabupaten, Rabu (10/12/2025).\n\n"
              "“Tahun lalu kami juga melantik 30 Pejabat Fungsional di tempat ini,” kata Hendra.")
    assert not any(label.startswith("Pejabat Fungsional") for label in _groups(quoted, "Bupati Lantik Pejabat"))
