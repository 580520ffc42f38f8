"""Classes of error that recur across outlets in all opened material (issue #16, the xgen round): the project gold
and the six blind batches u–z pooled, a class kept only when seen in three articles or more from three outlets or
more (docs/dev/issue-16-xgen.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import graph as _graph


def _edges(kind: str, text: str, title: str = "Judul", published: str | None = "2024-10-01") -> set[str]:
    g = _graph(text, title, published)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == kind}


# --- 1. an official's reported (indirect) speech that the sentence ties to the event: he attends it -------------

_SOSIALISASI = ("TEMANGGUNG – Bawaslu Kabupaten Temanggung menggelar sosialisasi pengawasan pemilihan bagi ASN di "
                "Aula Kecamatan Parakan, Jumat (11/10/2024).\n\n"
                "Sosialisasi tersebut membahas larangan bagi ASN untuk terlibat dalam politik praktis.\n\n")


def test_a_speaker_who_adds_about_this_happening_attends_it():
    text = _SOSIALISASI + ("Kepala Dinas Kominfo Temanggung, Hendra Wijaya, juga menambahkan bahwa sosialisasi ini "
                           "diharapkan dapat diteruskan hingga tingkat desa.")
    assert "Hendra Wijaya" in _edges("ATTENDED", text, "Bawaslu Gelar Sosialisasi Netralitas ASN")


def test_a_speaker_on_the_same_occasion_attends_it():
    text = _SOSIALISASI + ("Kemudian Kepala Dinas Pendidikan Temanggung Rina Lestari dalam kesempatan yang sama "
                           "menyampaikan bahwa guru juga terikat aturan netralitas.")
    assert "Rina Lestari" in _edges("ATTENDED", text, "Bawaslu Gelar Sosialisasi Netralitas ASN")


def test_the_agent_of_a_passive_saying_after_the_deed_attends_it():
    text = ("TEMANGGUNG – ASN Pemerintah Kabupaten Temanggung membacakan ikrar netralitas menjelang Pilkada 2024.\n\n"
            "Hal itu ditegaskan Sekretaris Daerah Temanggung Yoga Pratama, usai pembacaan ikrar netralitas ASN, di "
            "halaman kantor Pemkab, Senin (2/9/2024) pagi.\n\n"
            "Menurut Yoga, ASN adalah pelayan masyarakat.")
    assert "Yoga Pratama" in _edges("ATTENDED", text, "ASN Temanggung Deklarasi Netralitas")


def test_words_given_apart_or_untied_do_not_place_the_speaker_there():
    apart = _SOSIALISASI + ("Secara terpisah, Ketua KPU Temanggung, Dimas Saputra, menambahkan bahwa sosialisasi ini "
                            "penting.")
    assert "Dimas Saputra" not in _edges("ATTENDED", apart, "Bawaslu Gelar Sosialisasi Netralitas ASN")
    untied = _SOSIALISASI + "Ketua KPU Temanggung, Dimas Saputra, menegaskan bahwa logistik pemilihan sudah siap."
    assert "Dimas Saputra" not in _edges("ATTENDED", untied, "Bawaslu Gelar Sosialisasi Netralitas ASN")


def test_the_doer_of_the_happening_is_left_to_the_leader_rules():
    text = ("SUKOHARJO – Selama menjabat, Penjabat (Pj) Bupati Sukoharjo, Drs. Bayu Anggara, M.Si menyempatkan diri "
            "melakukan kunjungan kerja ke Kecamatan Polokarto (3/9/2024) dengan menggelar pertemuan bersama "
            "pemerintah kecamatan.\n\n"
            "Dari hasil kunjungan tersebut, Bayu Anggara menyatakan bahwa kunjungan ini berjalan lancar.")
    assert "Bayu Anggara" not in _edges("ATTENDED", text, "Pj Bupati Kunjungi Polokarto")


# --- 2. the class sworn in, named as the object of the swearing-in (verb or noun), attends the pelantikan ---------

def _groups(text: str, title: str) -> set[str]:
    g = _graph(text, title, "2025-12-10")
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values()
            if e.type == "ATTENDED" and g.nodes[e.source].label != "Official"}


def test_the_class_an_official_swears_in_attends():
    text = ("KLATEN – Bupati Klaten Hendra Wijaya, Rabu (10/12/2025) resmi melantik empat Kepala Desa Pengganti "
            "Antar Waktu (PAW) untuk sisa masa jabatan 2019–2027 di Pendopo Kabupaten.")
    assert any(label.startswith("Kepala Desa") for label in _groups(text, "Bupati Klaten Lantik Kades PAW"))


def test_the_class_named_after_the_noun_attends():
    text = ("KLATEN – Sebelumnya telah dilakukan pelantikan 16 Pejabat Pimpinan Tinggi Pratama pada Senin "
            "(17/11/2025) di Pendopo Kabupaten Klaten.")
    assert any(label.startswith("Pejabat Pimpinan Tinggi Pratama")
               for label in _groups(text, "Bupati Klaten Tegaskan Pelantikan Bebas Intervensi"))


def test_one_named_holder_or_a_quoted_swearing_in_names_no_class():
    one = ("KLATEN – Bupati Klaten Hendra Wijaya melantik Kepala Desa Sukamaju, Budi Hartono, Rabu (10/12/2025), "
           "di Pendopo Kabupaten.")
    assert not any(label.startswith("Kepala Desa") for label in _groups(one, "Bupati Lantik Kades"))
    quoted = ("KLATEN – Bupati Klaten Hendra Wijaya melantik pejabat di Pendopo Kabupaten, Rabu (10/12/2025).\n\n"
              "“Makanya kita melantik tiga pejabat Pemprov,” kata Hendra.")
    assert not any(label.startswith("Pejabat Pemprov") for label in _groups(quoted, "Bupati Lantik Pejabat"))
