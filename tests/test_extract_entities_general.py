"""Regression tests for the error classes seen on held-out articles (synthetic sentences only):
names cut short, national and agency-internal posts, the post written after the name, regions."""
from __future__ import annotations

from graphkit.extract.names.names import parse_name
from graphkit.extract.regions.regions import find_regions
from graphkit.model import Article

from test_extract_entities_rules import holds, officials, run


def regions(ctx) -> set[str]:
    return {n.properties["code"] for n in ctx.graph.nodes.values() if "Region" in n.labels}


def test_middle_initial_without_full_stop_stays_in_the_name():
    text = "Kepala Dinas Kesehatan Rudi S Hartono dan Maria D Lana hadir."
    assert parse_name(text, text.index("Rudi")).name == "Rudi S Hartono"
    assert parse_name(text, text.index("Maria")).name == "Maria D Lana"
    ctx = run("Ende – Kepala Dinas Sosial Maria D Lana menyerahkan bantuan.")
    assert holds(ctx) == {("Maria D Lana", "Kepala Dinas Sosial@53.08", "definitif")}


def test_an_initial_does_not_start_a_name():
    text = "Kabupaten A Hartono"
    assert parse_name(text, text.index("A ")) is None


def test_balinese_and_long_names_are_kept_whole():
    ctx = run("Denpasar – Wali Kota Denpasar I Gusti Ngurah Putu Wirawan membuka acara. Hadir pula "
              "Kepala Dinas Pendidikan Ni Made Sri Astuti dan Kepala Dinas Sosial Anak Agung Gede Raka Putra.")
    assert officials(ctx) == {"I Gusti Ngurah Putu Wirawan", "Ni Made Sri Astuti", "Anak Agung Gede Raka Putra"}
    text = "Camat Mandau Muhammad Rizki Ananda Putra Siregar membuka rapat."
    assert parse_name(text, text.index("Muhammad")).name == "Muhammad Rizki Ananda Putra Siregar"


def test_ministry_and_central_agency_posts_are_national():
    ctx = run("Jakarta – Kepala BPSDM Kemendagri, Sugeng Hariyono, membuka pelatihan. Kepala Pusat Data dan "
              "Informasi Kementerian Kesehatan, Bambang Suryo, menjelaskan. Anggota DPD RI Abdul Hakim hadir.")
    got = {(n, r.split("@")[1]) for n, r, _ in holds(ctx)}
    assert got == {("Sugeng Hariyono", "ID"), ("Bambang Suryo", "ID"), ("Abdul Hakim", "ID")}


def test_local_agency_acronyms_are_posts_not_names():
    ctx = run("Jepara – Kepala Diskominfotik Arief Wibowo dan Kepala BPKAD Jepara Slamet Riyadi hadir.")
    assert {n for n, _, _ in holds(ctx)} == {"Arief Wibowo", "Slamet Riyadi"}
    assert ("Arief Wibowo", "Kepala Diskominfotik@33.20", "definitif") in holds(ctx)


def test_unit_name_then_person_after_comma():
    ctx = run("Ende – Kepala Balai Besar Wilayah Sungai Nusa Tenggara II, Agus Sosiawan, hadir. Kepala Pusat "
              "Standarisasi dan Sertifikasi, Drs. Matheos Tan, M.M. menutup acara.")
    assert officials(ctx) == {"Agus Sosiawan", "Matheos Tan"}


def test_post_after_the_name():
    ctx = run("Malang – Sutrisno Wibowo selaku Sekda Kabupaten Malang membuka rapat. Rapat dipandu "
              "oleh Rina Kartika, sekaligus Kepala Bappeda Kabupaten Malang. Joko Susilo yang juga menjabat "
              "sebagai Kepala Dinas Pendidikan Kabupaten Malang ikut hadir.")
    got = {(n, r) for n, r, _ in holds(ctx)}
    assert got == {("Sutrisno Wibowo", "Sekretaris Daerah@35.07"),
                   ("Rina Kartika", "Kepala Badan Perencanaan Pembangunan Daerah@35.07"),
                   ("Joko Susilo", "Kepala Dinas Pendidikan@35.07")}


def test_dan_inside_an_agency_name_and_roman_numbered_commissions():
    ctx = run("Bengkalis – Kepala Dinas Kependudukan dan Catatan Sipil (Dukcapil) Bengkalis Ismail hadir. "
              "Ketua Komisi VI DPR Andre Rosiade bersama Bupati Bengkalis Kasmarni meninjau pelabuhan.")
    assert holds(ctx) == {("Ismail", "Kepala Dinas Kependudukan dan Catatan Sipil@14.03", "definitif"),
                          ("Andre Rosiade", "Ketua Komisi VI DPR@ID", "definitif"),
                          ("Kasmarni", "Bupati@14.03", "definitif")}


def test_name_before_a_post_that_ends_with_a_comma():
    ctx = run("Kupang – Rapat dipimpin oleh Yohanes Lado, S.H, Kepala Bidang Disiplin dan Korpri BKD Provinsi "
              "NTT, bertujuan membahas turnamen. Mereka minta DPRD, Mendagri, gubernur, bisa berdialog.")
    assert officials(ctx) == {"Yohanes Lado"}


def test_student_boards_are_not_public_posts():
    ctx = run("Semarang – Koordinator aksi, Budi Hartono, yang juga menjabat Menteri Sosial dan Politik BEM KM "
              "Unissula mengatakan aksi damai.")
    assert officials(ctx) == set()


def test_enumerated_fields_inside_an_agency_name():
    ctx = run("Semarang – Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Jawa Tengah Willy Indra Yunani hadir. "
              "Kepala Bidang Perencanaan, Pendidikan dan Sistem Informasi Pegawai, Fransiskus A. Wotan, S.Sos "
              "memaparkan. Kepala Dinas Kesehatan, Budi Santoso dan Ani Lestari menyusul.")
    got = {(n, r) for n, r, _ in holds(ctx)}
    assert ("Willy Indra Yunani", "Kepala Balai Karantina Hewan Ikan dan Tumbuhan@33") in got
    assert ("Fransiskus A. Wotan", "Kepala Bidang Perencanaan Pendidikan dan Sistem Informasi Pegawai@33") in got
    assert ("Budi Santoso", "Kepala Dinas Kesehatan@33") in got


def test_name_after_the_region_is_not_a_second_region():
    ctx = run("Rote Ndao – Kepala BKPP Kabupaten Rote Ndao Meilon Benhard Sula, SH membuka kegiatan. Kepala "
              "Bidang Mutasi BKPSDM Rote Ndao, Th. Eko Ismada, S.STP hadir.")
    got = {(n, r.split("@")[1]) for n, r, _ in holds(ctx)}
    assert got == {("Meilon Benhard Sula", "53.14"), ("Th. Eko Ismada", "53.14")}
    assert "82.05" not in regions(ctx)                    # "Sula" is part of the name, not Kepulauan Sula


def test_national_seat_with_a_constituency_is_national():
    ctx = run("Kupang – Reses anggota DPD RI Dapil NTT, Abraham Paul Liyanto, dilakukan di Kupang. "
              "Hadir pula anggota DPR Provinsi Dapil VII Hendra Kusuma.")
    got = {(n, r) for n, r, _ in holds(ctx)}
    assert ("Abraham Paul Liyanto", "Anggota DPD@ID") in got
    assert ("Hendra Kusuma", "Anggota DPRD@53") in got


def test_enumerated_regions_keep_the_kind_of_the_first():
    ctx = run("Jepara – Bantuan disalurkan ke Kabupaten Demak, Kudus, dan Pati. Program serupa berjalan di Kota "
              "Semarang dan Salatiga. Ia lahir di Kota Malang dan pernah bersekolah di Surabaya.")
    assert {"33.21", "33.19", "33.18", "33.74", "33.73"} <= regions(ctx)
    surabaya = next(h for h in find_regions(ctx.text) if h.code == "35.78")
    assert not surabaya.anchored                      # "dan pernah bersekolah di Surabaya" is no enumeration
    ctx = run("Jepara – Bupati Jepara membuka rapat di Kabupaten Jepara, Jawa Tengah.")
    assert "33" in regions(ctx) and "33.20" in regions(ctx)


def test_named_assistants_and_central_government_posts():
    ctx = run("Bengkalis – Asisten Perekonomian dan Pembangunan Setda Bengkalis Heri Indra Putra hadir. Dirjen "
              "Dukcapil Kemendagri Zudan Arif Fakrulloh, Sekjen Kemendagri Suhajar Diantoro dan Deputi Bidang "
              "Kebijakan BKN Budi Santoso juga hadir.")
    assert holds(ctx) == {("Heri Indra Putra", "Asisten Perekonomian dan Pembangunan@14.03", "definitif"),
                          ("Zudan Arif Fakrulloh", "Direktur Jenderal Dukcapil Kemendagri@ID", "definitif"),
                          ("Suhajar Diantoro", "Sekretaris Jenderal Kemendagri@ID", "definitif"),
                          ("Budi Santoso", "Deputi Bidang Kebijakan BKN@ID", "definitif")}


def test_military_commander_with_rank_and_corps_after_a_comma():
    ctx = run("Surabaya – Komandan Kodim 0830/Surabaya Utara, Kolonel Arh Budi Santoso hadir bersama "
              "Kapolsek Tegalsari Kompol Agus Salim.")
    got = {(n, r) for n, r, _ in holds(ctx)}
    assert ("Budi Santoso", "Komandan Kodim@35.78") in got
    assert ctx.graph.nodes["official:budi-santoso"].properties["honorifics"] == ["Kolonel", "Arh"]
    assert "Agus Salim" in officials(ctx)


def test_lower_case_address_before_a_name_and_buildings_named_after_a_post():
    ctx = run("Alor – Kepala BKPSDM Kabupaten Alor ibu Yerike, S.Sos, mengajak peserta. Drainase di depan Kantor "
              "Gubernur NTT Jalan Rivai Kupang diperbaiki.")
    assert officials(ctx) == {"Yerike"}


def test_quotes_go_to_the_whole_long_name():
    from graphkit.extract import extract_article
    text = ("Denpasar – Wali Kota Denpasar I Gusti Ngurah Putu Wirawan meninjau pasar, Senin (3/6/2024).\n\n"
            "\"Harga bahan pokok di pasar ini masih stabil sampai hari ini,\" kata I Gusti Ngurah Putu Wirawan.\n\n"
            "Kepala Dinas Kesehatan Rudi S Hartono juga hadir. \"Vaksin sudah tersedia di semua puskesmas kota,\" "
            "kata Rudi.")
    g = extract_article(Article(id="q", title="q", text=text))
    stated = {e.source for e in g.edges.values() if e.type == "STATED"}
    assert stated == {"official:i-gusti-ngurah-putu-wirawan", "official:rudi-s-hartono"}


def test_post_in_brackets_after_the_name():
    ctx = run("Bengkalis – Materi disampaikan oleh Triana Rantini, S.Si (Kasi Infrastruktur TIK Diskominfo). "
              "Branch Manager (Kepala Cabang) BSI Bengkalis Ifan Prima menyampaikan sambutan.")
    assert {n for n, _, _ in holds(ctx)} == {"Triana Rantini"}


def test_a_list_of_posts_after_a_name_is_not_that_persons_post():
    ctx = run("Muara Enim – Kepala Bappeda yang diwakili oleh Ardhie Martadhiwira, Asisten II, Asisten III, "
              "Kepala Perangkat Daerah hadir. Rapat dipimpin oleh Rina Kartika, Asisten I Setda Muara Enim, kemarin.")
    assert {n for n, _, _ in holds(ctx)} == {"Rina Kartika"}


def test_passive_verb_introduces_a_name_before_its_post():
    ctx = run("Muara Enim – Rapat dipimpin Rina Kartika, Asisten I Setda Muara Enim, kemarin.")
    assert holds(ctx) == {("Rina Kartika", "Asisten I@16.03", "definitif")}


def test_dis_acronyms_do_not_swallow_names_starting_with_dis():
    text = "Kepala Dinas Sosial Dismas Nggaur hadir."
    assert parse_name(text, text.index("Dismas")).name == "Dismas Nggaur"
    ctx = run("Ende – Kepala Dinas Sosial Dismas Nggaur dan Kepala Disdukcapil Ende Maria Lana hadir.")
    assert {n for n, _, _ in holds(ctx)} == {"Dismas Nggaur", "Maria Lana"}


def test_unambiguous_regions_count_without_a_prefix():
    """Regions written without "Provinsi"/"Kabupaten" are still cited when the name is unambiguous;
    risky forms (common words, seat towns) still need the prefix."""
    ctx = run("Palembang – Partai itu mengkaji calon dari Sumatera Utara, Jawa Barat, hingga Jawa Timur. "
              "Ia pulang dari Makassar setelah kegiatan di Gowa, Sulawesi Selatan. Batu itu besar.")
    assert {"12", "32", "35", "73", "73.71", "16.71"} <= regions(ctx)
    assert not {"35.79", "73.06"} & regions(ctx)  # "Batu" the word; "Gowa" needs context (gazetteer's flag)


def test_a_post_word_that_ends_a_name_before_a_comma_is_part_of_the_name():
    text = "Wali Kota Denpasar, I Gusti Ngurah Jaya Negara, mengatakan hal itu."
    assert parse_name(text, text.index("I Gusti")).name == "I Gusti Ngurah Jaya Negara"
    text = "Wali Kota Denpasar IGN Jaya Negara berharap para duta menjaga lingkungan."
    assert parse_name(text, text.index("IGN")).name == "IGN Jaya Negara"
    text = "Hadir Budi Santoso Kepala Dinas Kesehatan, dan Rina Wati Pembangunan, serta camat."
    assert parse_name(text, text.index("Budi")).name == "Budi Santoso"      # a post after the name goes on
    assert parse_name(text, text.index("Rina")).name == "Rina Wati"         # agency nouns never close a name


def test_legislatures_written_out_are_the_same_posts_as_their_acronyms():
    ctx = run("Bekasi – Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bekasi Budi Santoso membuka rapat. "
              "Anggota Dewan Perwakilan Daerah Republik Indonesia (RI) Daerah Pemilihan (Dapil) Daerah Khusus "
              "Ibukota (DKI) Jakarta, Fahira Idris hadir.")
    assert holds(ctx) == {("Budi Santoso", "Ketua DPRD@32.75", "definitif"), ("Fahira Idris", "Anggota DPD@ID", "definitif")}


def test_sub_unit_heads_are_posts():
    ctx = run("Bengkalis – Kepala Kejaksaan Bengkalis diwakili Kasubsi Triono. Hadir pula Kepala Subbagian "
              "Protokol Setda Bengkalis, Muhammad Fadhli.")
    assert holds(ctx) == {("Triono", "Kasubsi@14.03", "definitif"),
                          ("Muhammad Fadhli", "Kepala Subbagian Protokol@14.03", "definitif")}


def test_members_listed_after_a_shared_seat_each_hold_it():
    from test_extract_entities_rules import holds, run
    text = ("JEMBER - Musrenbang digelar di Pendopo, Senin (4/3/2024). Sedangkan anggota DPRD Kabupaten Jember "
            "yang ikut menghadiri adalah Budi Santoso, Ani Lestari, Joko Purnomo dan Siti Rahma.\n"
            "Anggota DPRD Jember Rudi Hartono, Dewi Kartika serta Agus Salim juga memberi masukan.")
    got = {(name, post) for name, post, _ in holds(run(text))}
    assert got == {(n, "Anggota DPRD@35.09") for n in ("Budi Santoso", "Ani Lestari", "Joko Purnomo", "Siti Rahma",
                                                     "Rudi Hartono", "Dewi Kartika", "Agus Salim")}


def test_a_list_after_a_one_holder_post_and_a_bare_shared_seat_name_nobody_else():
    from test_extract_entities_rules import holds, run
    ctx = run("JEMBER - Hadir Kepala Dinas Pertanian Jember Budi Santoso, Ani Lestari dan warga. "
              "Sejumlah anggota DPRD Jember juga hadir.")
    assert {name for name, _, _ in holds(ctx)} == {"Budi Santoso"}
    text = "JEMBER - Anggota DPRD Jember Budi Santoso, Ani Lestari dan Joko Purnomo hadir. Anggota DPRD Jember menyetujui."
    ctx = run(text)
    last = text.rindex("Anggota DPRD")
    assert not [m for m in ctx.mentions if m.start == last]     # the seat alone is the members, not one of them


def test_a_name_linked_to_a_current_post_by_saat_ini_menjabat():
    from test_extract_entities_rules import holds, run
    ctx = run("JAKARTA - Budi Santoso dilantik menggantikan Hari Nugroho yang saat ini menjabat sebagai "
              "Kepala Dinas Perhubungan DKI Jakarta.")
    assert ("Hari Nugroho", "Kepala Dinas Perhubungan@31", "definitif") in holds(ctx)


def test_a_run_of_name_words_picks_its_official_and_a_shared_word_is_no_alias():
    from test_extract_entities_rules import run
    text = ("JAKARTA - Kepala Dinas Bina Marga DKI Jakarta Heru Suwondo dilantik oleh Penjabat Gubernur DKI Jakarta "
            "Heru Budi Hartono. \"Saya percaya,\" kata Heru Budi.")
    ctx = run(text)
    at = text.rindex("Heru Budi")
    assert [m.node_id for m in ctx.mentions if m.start == at] == ["official:heru-budi-hartono"]
    for nid in ("official:heru-suwondo", "official:heru-budi-hartono"):
        assert "Heru" not in ctx.graph.nodes[nid].properties.get("aliases", [])


def test_deputy_and_member_seats_of_a_commission_keep_their_first_word():
    from test_extract_entities_rules import holds, run
    ctx = run("PADANG - Wakil Ketua Komisi VI DPR Andre Rosiade dan Anggota Komisi II DPR RI Budi Santoso "
              "bertemu Wakil Ketua Komisi III DPRD Sumbar Ani Lestari.")
    assert holds(ctx) == {("Andre Rosiade", "Wakil Ketua Komisi VI DPR@ID", "definitif"),
                          ("Budi Santoso", "Anggota Komisi II DPR@ID", "definitif"),
                          ("Ani Lestari", "Wakil Ketua Komisi III DPRD@13", "definitif")}
