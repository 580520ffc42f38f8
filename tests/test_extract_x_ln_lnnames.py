"""Classes of error in names and posts seen in l01–l15 and n01–n15, two batches of outlets the gold never had
(issue #16), opened after their first-contact figures were recorded (docs/dev/issue-16-x-ln-lnnames.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import graph as _graph
from extract_probe import holds as _holds
from extract_probe import officials as _officials
from extract_probe import regions as _regions


def _roles(text: str, title: str = "Judul") -> set[tuple[str, str]]:
    g = _graph(text, title)
    return {(n.properties.get("role"), n.properties.get("region")) for n in g.nodes.values() if n.label == "Office"}


def test_a_common_noun_before_the_degrees_is_the_last_name():
    # "Tahun" after two name words and before ", ST., MM" is a surname, not a year
    got = _holds("Bupati Timor Tengah Selatan Yoram Kalep Tahun, ST.,MM, meresmikan gedung baru Puskesmas Oenino, "
                 "Senin (9/9/2024).")
    assert ("Yoram Kalep Tahun", "Bupati Timor Tengah Selatan", "definitif") in got
    # ... but a year after a name stays out of it
    assert "Yoram Kalep" in _officials("Bupati Timor Tengah Selatan Yoram Kalep Tahun 2024 meresmikan gedung baru.")


def test_a_deputy_chairs_number_stays_with_the_seat():
    got = _holds("Sidang dipimpin Wakil Ketua I DPRD Kota Bogor, Anton Wibisono didampingi Wakil Ketua DPRD II "
                 "Budi Harsono, Wakil Ketua III Cahya Permana, di ruang rapat paripurna.")
    roles = {h[0]: h[1] for h in got}
    assert roles["Budi Harsono"].startswith("Wakil Ketua II DPRD")
    assert roles["Cahya Permana"].startswith("Wakil Ketua III DPRD")


def test_a_bare_initial_opens_a_name_tied_to_its_post():
    got = _holds("Gubernur Aceh menyerahkan SK perpanjangan masa tugas T Mirwan selaku Pj Bupati Aceh Tengah.")
    assert ("T Mirwan", "Bupati Aceh Tengah", "Pj") in got


def test_a_navy_rank_with_its_service_and_corps_is_no_name_word():
    got = _officials("Rapat dihadiri Danlanal Ternate, Kolonel Laut (P) Arya Wisnu Pradana, M.Tr. dan Danlanal Bitung "
                     "Letkol Laut Bagas Wiryawan.")
    assert {"Arya Wisnu Pradana", "Bagas Wiryawan"} <= got
    assert not any(n.startswith(("Laut", "(P)")) for n in got)


def test_a_head_glued_to_a_dateline_in_capitals_keeps_its_deputy_word():
    got = _holds("SERAYUNEWS-Wakil Bupati Purbalingga Rendra Wicaksana ikut menghadiri acara, Rabu (26/2/2025).")
    assert ("Rendra Wicaksana", "Wakil Bupati Purbalingga", "definitif") in got


def test_a_document_names_the_holder_who_issued_it():
    got = _holds("Melalui Surat Keputusan Menteri Dalam Negeri (Mendagri) Haris Wardana, nomor 131.81-3004 tahun "
                 "2020, tentang penunjukan.")
    assert ("Haris Wardana", "Menteri Dalam Negeri", "definitif") in got
    # ... but a document without a name is no post held
    assert not _officials("Sesuai Peraturan Bupati Bogor Nomor 12 Tahun 2020 tentang Desa Wisata.")


def test_an_acting_appointment_to_a_region_written_with_its_kind_is_its_head():
    got = _holds("Surat Keputusan Mendagri, Nomor 131.81-3006, tentang Penunjukan Penjabat Sementara Kabupaten "
                 "Kepulauan Aru, dijabat oleh Rosalin Tamher yang saat ini menjabat Inspektur pada Inspektorat Maluku.")
    assert ("Rosalin Tamher", "Bupati Kepulauan Aru", "Pjs") in got
    assert not any(h[0] == "Imam Sutrisno" for h in _holds("Plt Kabupaten Lahat Imam Sutrisno hadir."))


def test_a_governments_spokesperson_keeps_the_government_in_the_post():
    got = _roles("BANDA ACEH – Juru Bicara Pemerintah Aceh Teuku Ramlan dalam keterangan tertulisnya menyampaikan "
                 "hal itu.")
    assert ("Juru Bicara Pemerintah Aceh", "11") in got
    got = _roles("TERNATE – Hal itu disampaikan Rahmat Sunarya, Juru Bicara Pemerintah Daerah Provinsi Maluku Utara, "
                 "dalam siaran persnya.")
    assert ("Juru Bicara Pemerintah Daerah", "82") in got


def test_the_central_banks_regional_office_is_no_company():
    got = _graph("Dalam rakor tersebut, Kepala Kantor Perwakilan Bank Indonesia Sulawesi Tengah, Rino Hartanto "
                 "menyebut ada empat strategi.")
    roles = {g.properties.get("role") or g.properties.get("name") for g in got.nodes.values() if g.label == "Office"}
    assert any(r.startswith("Kepala Kantor Perwakilan Bank Indonesia") for r in roles)
    # (a commercial bank is still a company)
    assert not _officials("Kepala Cabang Bank Sulteng Palu, Rino Hartanto menyebut ada empat strategi.")


def test_a_present_post_after_kini_or_saat_ini_menjabat_needs_no_yang():
    got = _holds("Rapat digelar hari ini. Sementara Dirga saat ini menjabat sebagai Sekda Aceh Tamiang dan ditunjuk "
                 "menjadi Pj Bupati Aceh Tamiang.")
    assert ("Dirga", "Sekretaris Daerah Aceh Tamiang", "definitif") in got
    # and a bare initial opens a name that "merupakan" ties to its post
    got = _holds("Rapat digelar hari ini. Diketahui, A Hartawan merupakan Sekda Aceh Utara.")
    assert ("A Hartawan", "Sekretaris Daerah Aceh Utara", "definitif") in got


def test_a_promotion_to_a_post_is_holding_it():
    got = _holds("Rapat digelar hari ini. Ia menggantikan Wardi Santoso yang mendapat promosi menjadi Pj Bupati "
                 "Tangerang.")
    assert ("Wardi Santoso", "Bupati Tangerang", "Pj") in got


def test_a_name_that_a_compass_word_goes_on_with_is_a_place():
    got = _officials("Rapat digelar hari ini. Turut hadir Kepala Dinas Kesehatan, Kapolsek Amanuban Selatan, "
                     "Posramil Amanuban Utara, dan seluruh tenaga kesehatan.")
    assert not any(n.startswith(("Posramil", "Amanuban")) for n in got)


def test_a_region_word_inside_a_persons_name_cites_no_region():
    got = _regions("BOGOR – DPRD Kota Bogor menggelar sidang paripurna yang dihadiri Wali Kota Bogor, Bima Satria, "
                   "Rabu (3/7/2023). Bima Satria menyampaikan sambutan.")
    assert "Kota Bima" not in got and "Kota Bogor" in got


def test_a_term_of_office_or_a_title_listed_with_a_slash_is_no_name():
    got = _officials("Rapat digelar hari ini. Pelantikan Gubernur Bengkulu Sisa Masa Jabatan 2016 – 2021 "
                     "dilaksanakan di Istana Negara.")
    assert not any(n.startswith(("Sisa", "Masa")) for n in got)
    got = _officials("Rapat digelar hari ini. Hadir Pj Gubernur Jambi, Ketua DPRD Provinsi Jambi, Bupat/Walikota se "
                     "Provinsi Jambi.")
    assert "Bupat" not in got


def test_a_ministrys_director_held_beside_another_post():
    # "usai X yang juga menduduki posisi sebagai Direktur ... di Kementerian Y": a national post, named by the
    # directorate (the ministry after "di" is where it sits)
    got = _roles("Rapat digelar hari ini. Hal itu disampaikan Hertanto usai Ubay Ibrahim yang juga menduduki posisi "
                 "sebagai Direktur Bina Pengadaan dan Pencadangan Tanah di Kementerian ATR/BPN, resmi dilantik sebagai "
                 "Pj Wali Kota Pangkalpinang pada Senin (13/1/2025) kemarin.")
    assert ("Direktur Bina Pengadaan dan Pencadangan Tanah", "ID") in got
    assert not _officials("Rapat digelar hari ini. Direktur Utama PT Maju Jaya, Budi Santoso hadir.")


def test_an_acting_head_installed_today_holds_the_post_but_a_later_one_does_not():
    text = ("BANDA ACEH – Penjabat Gubernur Aceh, Budi Santoso dijadwalkan akan melantik A Hartono sebagai Pj Bupati "
            "Aceh Jaya dan Dirga menjadi Pj Bupati Aceh Tamiang pada sore hari ini, Jumat (29/12/2023).")
    got = _holds(text)
    assert ("A Hartono", "Bupati Aceh Jaya", "Pj") in got and ("Dirga", "Bupati Aceh Tamiang", "Pj") in got
    later = text.replace("pada sore hari ini", "pekan depan")
    assert not any(h[0] in ("A Hartono", "Dirga") for h in _holds(later))
