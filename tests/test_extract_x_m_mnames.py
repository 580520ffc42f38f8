"""Classes of error in names, posts and regions seen in m01–m15, an eleventh batch of outlets the gold never had
(issue #16), opened after its first-contact figures were recorded (docs/dev/issue-16-x-m-mnames.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import graph as _graph
from extract_probe import holds as _holds
from extract_probe import officials as _officials
from extract_probe import regions as _regions
from graphkit.resolve import resolve


def test_a_police_degree_without_periods_is_no_name_word_and_sekkab_is_the_regional_secretary():
    # "SIK" (Sarjana Ilmu Kepolisian) is a degree like "MSi"; "Sekkab" (Sekretaris Kabupaten) is the regency's Sekda
    got = _holds("Rombongan disambut Sekkab Sorong, Dr Banu Hartawan MSi,  dan Kapolres Raja Ampat AKBP Gilang "
                 "Mahesa Putra SIK di Pelabuhan Sorong, Senin (7/10/2024).")
    names = {h[0] for h in got}
    assert "Gilang Mahesa Putra" in names and not any("SIK" in n for n in names)
    assert any(h[0] == "Banu Hartawan" and h[1].startswith("Sekretaris Daerah") for h in got)


def test_an_interjection_or_an_address_word_is_no_name():
    # "Terimakasih Pak Kajati ...": thanks and the address word open no official; no name ends in Pak/Bu
    got = _officials("Hari ini kita kedatangan tamu yang sangat istimewa. Terimakasih Pak Kajati Bengkulu yang bersedia "
                     "meluangkan waktunya berkunjung ke Kaur, ujar Bupati.")
    assert not any("Terimakasih" in n or n.endswith(("Pak", "Bu")) for n in got)


def test_initials_that_lose_their_last_period_stay_in_the_name():
    got = _holds("Sementara Kepala Kejaksaan Negeri Kota Bekasi Yohanes T.M Sirait mengatakan kejaksaan siap membantu.")
    assert any(h[0] == "Yohanes T.M Sirait" for h in got)


def test_an_agreement_after_a_post_is_no_official():
    got = _officials("Wali Kota Bekasi menandatangani MOU dengan Kepala Kejaksaan Negeri Kota Bekasi dan "
                     "Penandatanganan Perjanjian Kerjasama antara Pemerintah Kota Bekasi dengan kejaksaan.")
    assert not ({"Kerjasama", "Perjanjian Kerjasama"} & got)


def test_the_predecessor_named_after_menggantikan_does_not_hold_the_post():
    got = _holds("Pj Bupati Lahat yang baru dilantik Doni Saputra akan menggantikan Pj Bupati Lahat Rahmat Hidayat "
                 "yang mundur untuk mencalonkan diri, Senin (7/10/2024).")
    assert not any(h[0] == "Rahmat Hidayat" for h in got)


def test_pemerintah_and_its_region_after_a_head_is_the_jurisdiction():
    got = _holds("Pita dipotong oleh Gubernur Pemerintah Aceh, Teuku Rizal Hakim, di Banda Aceh, Senin (7/10/2024).")
    assert ("Teuku Rizal Hakim", "Gubernur Aceh", "definitif") in got


def test_wali_nanggroe_is_a_post():
    got = _holds("Acara dihadiri Wali Nanggroe Aceh, Tengku Zulfan Hamdi, di Banda Aceh, Senin (7/10/2024).")
    assert any(h[1].startswith("Wali Nanggroe") for h in got)


def test_a_ship_named_after_a_city_is_no_region():
    got = _regions("Gubernur Maluku Hasan Latuconsina menggunakan KRI Makassar menuju Pulau Banda, Kabupaten "
                   "Maluku Tengah.")
    assert "Kota Makassar" not in got and "Kabupaten Maluku Tengah" in got


def test_a_bureau_head_listed_after_a_province_is_no_regency():
    # "Karo" is Kepala Biro before a bureau's name; listed after "Provinsi Sumsel" it is no Kabupaten Karo
    got = _regions("Hadir Kepala Dinas Kominfo Provinsi Sumsel, Karo Pemerintahan dan Otda, Karo Hukum, Karo Umum "
                   "serta para pejabat kabupaten dan kota se Sumsel.")
    assert "Kabupaten Karo" not in got


def test_the_inspector_of_a_ceremony_is_a_part_not_a_post():
    for written in ("Upacara", "Upaara"):
        got = _holds(f"Diawali dengan upacara yang menjadi Inspektur {written} adalah Wali Kota Bitung Yosua "
                     "Lumintang, Senin (11/10/2021).")
        assert not any(h[1].startswith("Inspektur") for h in got)
        assert any(h[0] == "Yosua Lumintang" for h in got)


def test_a_cited_regency_written_one_letter_off_after_a_head_is_that_regency():
    got = _holds("KUALAKAPUAS – Pj Bupati Kapus Danu Prasetyo membuka Musrenbang Kabupaten Kapuas tahun 2025.")
    assert ("Danu Prasetyo", "Bupati Kapuas", "Pj") in got


def test_one_article_spelling_a_name_two_ways_is_one_official():
    text = ("Pj Gubernur Sumsel melantik Pj Bupati Muara Enim Rendi Kusuma, Senin (22/7/2024).\n\n"
            "Pj bupati Muara Enim yang baru dilantik Rendy Kusuma merupakan Kepala Biro Ekonomi Setda Sumsel.")
    g, _ = resolve(_graph(text))
    names = {n.properties.get("name") for n in g.nodes.values() if n.label == "Official"}
    assert len(names & {"Rendi Kusuma", "Rendy Kusuma"}) == 1


def test_an_acting_head_listed_with_the_head_said_once_takes_the_head_of_the_regions_kind():
    got = _holds("PALEMBANG – Pj Gubernur Sumsel melantik tiga penjabat. Ketiga Pj bupati yang dilantik Pj Bupati Muara "
                 "Enim Fajar Ramadhan, Pj Banyuasin Gunawan Siregar dan Pj Kabupaten Lahat Irwan Tanjung, Senin "
                 "(22/7/2024).")
    assert {("Gunawan Siregar", "Bupati Banyuasin", "Pj"), ("Irwan Tanjung", "Bupati Lahat", "Pj")} <= got


def test_a_capacity_before_a_bare_region_without_the_head_said_is_no_post():
    got = _holds("PALEMBANG – Rapat dipimpin Plt Banyuasin Gunawan Siregar, Senin (22/7/2024).")
    assert not any(h[0] == "Gunawan Siregar" for h in got)


def test_a_cited_province_written_one_letter_off_after_a_head_is_that_province():
    got = _holds("BOGOR – Wakil Bupati Bogor menghadiri rapat bersama Gubernur Jawa Bara, Dimas Prakoso di Bandung, "
                 "Provinsi Jawa Barat.")
    assert ("Dimas Prakoso", "Gubernur Jawa Barat", "definitif") in got
