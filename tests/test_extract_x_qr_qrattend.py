"""Classes of error seen in q01–q15 and r01–r15 (issue #16): who attended, and the posts and names that decide it
(docs/dev/issue-16-x-qr-qrattend.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import holds as _holds


def test_a_regional_heads_post_listed_without_a_name_is_its_one_named_holder():
    # "didampingi Gubernur, Pangdam …": the Gubernur the article names, not a class of governors
    text = ("SAMARINDA – Gubernur Kalimantan Timur Budi Santoso menyambut Menteri Pertanian Rudi Hartono di Bandara "
            "APT Pranoto, Kamis (3/10/2024).\n\nSelanjutnya, Menteri didampingi Gubernur, Kapolda Kaltim, Ketua DPRD "
            "Kaltim dan rombongan meninjau lahan pertanian di Kutai Kartanegara.")
    attended = _edges("ATTENDED", text)
    assert "Budi Santoso" in attended
    assert not any(a.startswith("Gubernur") for a in attended)
    assert any(a.startswith("Kapolda") for a in attended)


def test_a_regional_heads_post_stays_a_class_when_the_article_names_no_holder_or_two():
    # no Bupati named: "para Bupati" is the class present; two named: the post names neither alone
    text = ("SAMARINDA – Gubernur Kalimantan Timur Budi Santoso membuka rapat koordinasi di Kantor Gubernur, Kamis "
            "(3/10/2024). Rapat itu dihadiri Bupati, Wali Kota dan Kepala OPD.")
    attended = _edges("ATTENDED", text)
    assert any(a.startswith("Bupati") for a in attended)
    text2 = ("SAMARINDA – Gubernur Kalimantan Timur Budi Santoso membuka rapat koordinasi bersama Bupati Kutai "
             "Kartanegara Rudi Hartono dan Bupati Berau Andi Wijaya, Kamis (3/10/2024). Rapat itu dihadiri Bupati, "
             "Wali Kota dan Kepala OPD.")
    assert any(a.startswith("Bupati") and a not in ("Rudi Hartono", "Andi Wijaya") for a in _edges("ATTENDED", text2))


def test_dilantik_jadi_is_dilantik_menjadi():
    # "A dilantik jadi Wali Kota X": "jadi", the spoken form of "menjadi", gives the post and swears A in
    text = ("PADANG – Gubernur Sumatera Barat Budi Santoso melantik dua kepala daerah, Rabu (7/4/2021) di Padang. "
            "Rudi Hartono dilantik jadi Wali Kota Padang.")
    assert ("Rudi Hartono", "Wali Kota Padang", "definitif") in _holds(text)
    assert "Rudi Hartono" in _edges("ATTENDED", text)


def test_the_second_conjunct_of_a_gapped_dilantik_is_sworn_in_too():
    # "A dilantik sebagai P1, sedangkan B sebagai P2": the verb is written once, B is sworn in as well
    for link in ("dan Andi Wijaya jadi", ", sedangkan Andi Wijaya sebagai"):
        text = ("PADANG – Gubernur Sumatera Barat Budi Santoso melantik dua kepala daerah, Rabu (7/4/2021) di Padang. "
                f"Rudi Hartono dilantik sebagai Wali Kota Padang {link} Penjabat Bupati Solok.").replace(" ,", ",")
        assert {"Rudi Hartono", "Andi Wijaya"} <= _edges("ATTENDED", text)
    # no sworn person before it: a post given in another clause is no swearing-in
    text = ("PADANG – Gubernur Sumatera Barat Budi Santoso meresmikan pasar, Rabu (7/4/2021). Pasar itu dibangun "
            "sejak 2019 dan Andi Wijaya sebagai Kepala Dinas Perdagangan Sumatera Barat mengawasinya.")
    assert "Andi Wijaya" not in _edges("ATTENDED", text)


def test_a_rank_between_a_post_and_its_holder_keeps_the_post_his_title():
    # "didampingi Kapolres Puncak Jaya, AKBP B, …, serta Dandim 1714/PJ Letkol Inf. C": titles, no groups present
    text = ("MULIA – Bupati Puncak Jaya Rudi Hartono didampingi Kapolres Puncak Jaya, AKBP Andi Wijaya, S.Ag, serta "
            "Dandim 1714/PJ Letkol Inf. Budi Santoso menyerahkan bantuan sembako kepada pengungsi, Jumat (9/5/2025).")
    attended = _edges("ATTENDED", text)
    assert {"Andi Wijaya", "Budi Santoso"} <= attended
    assert not any(a.startswith(("Kapolres", "Dandim")) for a in attended)


def test_subjects_listed_before_one_verb_of_presence_all_attend():
    # "A, M.Si., Pangdam … B, S.E., Kapolda … C, M.Si. hadir langsung menyambut …": the verb is shared
    text = ("SAMARINDA – Kedatangan Menteri Pertanian Rudi Hartono di Bandara APT Pranoto disambut Forkopimda Kaltim, "
            "Minggu (11/8/2024).\n\nPj. Gubernur Kaltim Prof. Dr. Drs. Budi Santoso, M.Si., Pangdam VI Mulawarman "
            "Mayjen TNI Andi Wijaya, S.E., Kapolda Kaltim Irjen Pol Drs. Yusuf Halim, M.Si. hadir langsung menyambut "
            "kedatangan menteri.")
    assert {"Budi Santoso", "Andi Wijaya", "Yusuf Halim"} <= _edges("ATTENDED", text)


def test_who_accompanies_the_gathering_past_the_lead_attends_it():
    # "X yang turut mendampingi kunjungan tersebut menjelaskan …", paragraphs after the lead: accompanying the
    # visit is being at it
    text = ("BONTANG – Gubernur Kalimantan Timur Budi Santoso meninjau drainase di Kelurahan Kanaan, Senin "
            "(29/12/2025).\n\n" + "Drainase itu sering meluap saat hujan deras dan menggenangi rumah warga.\n\n" * 20
            + "Sementara itu, Wakil Wali Kota Bontang Andi Wijaya yang turut mendampingi kunjungan tersebut "
            "menjelaskan anggaran Rp55 miliar dialokasikan untuk saluran drainase.")
    assert "Andi Wijaya" in _edges("ATTENDED", text)


def test_who_speaks_of_the_gathering_as_this_one_is_at_it():
    # "X mengungkapkan bahwa pada musrenbang kali ini …": the speaker points to the happening he is at
    text = ("SEMARANG – Bappeda Kota Semarang menggelar Musrenbang Kota Semarang Tahun 2023 di Balai Kota, Senin "
            "(20/3/2023).\n\nKetua DPRD Kota Semarang, Budi Santoso mengungkapkan bahwa pada musrenbang kali ini berbagai "
            "usulan warga disampaikan.")
    assert "Budi Santoso" in _edges("ATTENDED", text)
    # another happening of that kind, last year's, places him at none
    text2 = text.replace("pada musrenbang kali ini", "pada musrenbang tahun lalu")
    assert "Budi Santoso" not in _edges("ATTENDED", text2)


def test_a_body_by_its_short_name_set_between_a_post_and_its_holder_is_no_person():
    # "Kapolres Metro Bekasi Kota, Polda Metro Jaya, Kombes Pol B": the parent body, then the holder
    text = ("BEKASI – Kapolres Metro Bekasi Kota, Polda Metro Jaya, Kombes Pol Andi Wijaya bersama Wali Kota Bekasi "
            "Rudi Hartono meninjau pos pengamanan mudik, Rabu (12/3/2025).")
    people = {who for who, _, _ in _holds(text)}
    assert "Polda Metro Jaya" not in people
    assert "Rudi Hartono" in people


def test_panewu_is_the_camat_of_a_kapanewon():
    # "A, Panewu Tempel menjelaskan …": the head of a DIY kapanewon, read as "Camat Tempel" is
    for text in ("SLEMAN – Bupati Sleman Budi Santoso meresmikan jembatan di Tempel, Minggu (19/2/2023). Sementara Andi "
                 "Wijaya Hartono, Panewu Tempel menjelaskan, bahwa jembatan ini sempat roboh.",
                 "SLEMAN – Bupati Sleman Budi Santoso meresmikan jembatan di Tempel, Minggu (19/2/2023). Panewu Tempel "
                 "Andi Wijaya Hartono menjelaskan, bahwa jembatan ini sempat roboh."):
        assert any(who == "Andi Wijaya Hartono" and post.startswith("Panewu") for who, post, _ in _holds(text))
