"""Posts read by their structure (issue #16): appositions, former posts, jurisdictions, names.

Every sentence here is written for the test (none is copied from the corpus); each
asserts on what a reader takes from it, class by class of the errors the issue lists.
"""
from __future__ import annotations

from graphkit.extract.regions.regions import find_regions
from extract_probe import entities_of as run, official_names as officials, post_holds as holds


def test_name_sebagai_post_binds_tighter_than_the_comma_after_the_previous_post():
    ctx = run("Jember – Gubernur Jawa Timur melantik para penjabat. Mereka adalah Andi Wirawan sebagai Pj Bupati "
              "Jember, Siti Lestari sebagai Pj Bupati Lumajang, dan Rudi Hartanto sebagai Pj Wali Kota Malang.")
    assert holds(ctx) >= {("Andi Wirawan", "Bupati", "35.09", "Pj"), ("Siti Lestari", "Bupati", "35.08", "Pj"),
                          ("Rudi Hartanto", "Wali Kota", "35.73", "Pj")}
    assert not any(h[0] == "Siti Lestari" and h[2] == "35.09" for h in holds(ctx))


def test_sentence_of_former_holders_gives_no_officials():
    ctx = run("Jember – Pj Bupati Jember, Andi Wirawan, membuka rapat. Sebelumnya, jabatan Bupati Jember "
              "dipegang Bambang Sutrisno; Bupati Lumajang Candra Wijaya.")
    assert officials(ctx) == {"Andi Wirawan"}


def test_sebelumnya_menjabat_is_a_former_post():
    ctx = run("Jember – Andi Wirawan, yang sebelumnya menjabat Kepala Dinas Pendidikan Kabupaten Jember, kini "
              "pensiun.")
    assert not holds(ctx)


def test_jurisdiction_is_not_part_of_the_role():
    ctx = run("Tanjungpinang – Sekdaprov Kepri Budi Hartono mengatakan apel digelar pagi ini.")
    assert holds(ctx) == {("Budi Hartono", "Sekretaris Daerah", "21", "definitif")}


def test_posts_read_from_head_and_unit_outside_the_lists():
    got = holds(run("Kalianda – Komisioner Bawaslu Lampung Selatan, Budi Santoso, dan Ketua Panwascam Penengahan, "
                    "Andi Wirawan, hadir."))
    assert got == {("Budi Santoso", "Komisioner Bawaslu", "18.01", "definitif"),
                   ("Andi Wirawan", "Ketua Panwascam", "18.01.09", "definitif")}
    got = holds(run("Samarinda – Karo Humas Setprov Kaltim Andi Wirawan membuka acara."))
    assert got == {("Andi Wirawan", "Kepala Biro Humas", "64", "definitif")}
    got = holds(run("Bogor – Sekretaris Diskominfo Kabupaten Bogor Andi Wirawan membuka acara."))
    assert got == {("Andi Wirawan", "Sekretaris Dinas Komunikasi dan Informatika", "32.01", "definitif")}
    got = holds(run("Medan – Bupati Karo Budi Santoso hadir."))        # Karo the kabupaten, not Kepala Biro
    assert got == {("Budi Santoso", "Bupati", "12.06", "definitif")}


def test_spokesperson_of_a_faction_holds_a_post_of_the_body():
    got = holds(run("Bekasi – Rapat paripurna DPRD Kabupaten Bekasi digelar. Sementara itu, Andi Wirawan, juru "
                    "bicara Fraksi PAN, mengatakan setuju."))
    assert got == {("Andi Wirawan", "Juru Bicara Fraksi DPRD", "32.16", "definitif")}
    got = holds(run("Bekasi – Ketua Fraksi PKS DPRD Kabupaten Bekasi Budi Santoso hadir."))
    assert got == {("Budi Santoso", "Ketua Fraksi DPRD", "32.16", "definitif")}


def test_numbered_assistant_with_its_field_and_assistant_inside_the_secretariat():
    got = holds(run("Palangka Raya – Asisten II Bidang Administrasi dan Pembangunan, Budi Santoso, hadir."))
    assert got == {("Budi Santoso", "Asisten II", "62.71", "definitif")}
    got = holds(run("Kupang – Asisten Administrasi Umum Sekda Kabupaten Kupang, Budi Santoso, hadir."))
    assert got == {("Budi Santoso", "Asisten Administrasi Umum", "53.01", "definitif")}     # not the Sekda


def test_national_agency_post_whose_field_runs_to_the_acronym():
    got = holds(run("Jakarta – kata Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK Budi Santoso di Jakarta."))
    assert got == {("Budi Santoso", "Deputi Penindakan dan Eksekusi KPK", "ID", "Plt")}
    got = holds(run("Jakarta – kata jubir KPK Budi Santoso kepada wartawan."))
    assert got == {("Budi Santoso", "Juru Bicara KPK", "ID", "definitif")}


def test_pair_of_names_for_the_pair_of_posts():
    got = holds(run("Pekanbaru – Gubernur Riau Budi Santoso melantik Andi Wirawan-Candra Lesmana sebagai "
                    "Bupati-Wakil Bupati Kabupaten Siak di Pekanbaru."))
    assert {("Andi Wirawan", "Bupati", "14.08", "definitif"),
            ("Candra Lesmana", "Wakil Bupati", "14.08", "definitif")} <= got
    assert not holds(run("Pekanbaru – Pasangan Andi Wirawan-Candra Lesmana ditetapkan sebagai calon "
                         "Bupati-Wakil Bupati Siak."))          # a post run for is not held


def test_numbered_deputy_chair_and_agency_words_before_the_comma_name():
    got = holds(run("Donggala – Rapat dipimpin oleh Wakil Ketua I DPRD Donggala, Budi Santoso, dan dihadiri anggota."))
    assert got == {("Budi Santoso", "Wakil Ketua I DPRD", "72.03", "definitif")}
    got = holds(run("Sumber – Rapat dihadiri Penjabat Sekda, Andi Wirawan, Kasi Intel Kejari, Budi Santoso, dan "
                    "lainnya di Kabupaten Cirebon."))
    assert got == {("Andi Wirawan", "Sekretaris Daerah", "32.09", "Pj"),
                   ("Budi Santoso", "Kepala Seksi Intel Kejari", "32.09", "definitif")}
    got = holds(run("Teluk Kuantan – dipantau oleh Kepala Kejaksaan Negeri Kuantan Singingi, Budi Santoso, kata dia."))
    assert got == {("Budi Santoso", "Kepala Kejaksaan Negeri", "14.09", "definitif")}


def test_name_post_apposition_after_an_active_verb():
    got = holds(run("Banda Aceh – Menteri Dalam Negeri, Budi Santoso, telah menunjuk Andi Wirawan, Sekretaris "
                    "Daerah Kabupaten Pidie Jaya, sebagai pengganti."))
    assert ("Andi Wirawan", "Sekretaris Daerah", "11.18", "definitif") in got
    got = holds(run("Nunukan – Asisten Pemerintahan dan Kesra, Budi Santoso, SH memimpin rapat di Kantor Bupati Nunukan."))
    assert got == {("Budi Santoso", "Asisten Pemerintahan dan Kesra", "65.03", "definitif")}


def test_post_in_brackets_after_a_name_needs_no_introducing_word():
    got = holds(run('Sleman – "Saya minta Budi (Kepala Diskominfo Sleman) selaku yang dituakan melayani," kata dia.'))
    assert got == {("Budi", "Kepala Dinas Komunikasi dan Informatika", "34.04", "definitif")}


def test_list_of_names_each_selaku_its_post():
    got = holds(run("Mamuju – Ketiga pejabat yang dilantik masing-masing Andi Wirawan selaku Pjs Bupati Mamuju, "
                    "Budi Santoso selaku Pjs Bupati Majene, dan Candra Lesmana selaku Pj Bupati Pasangkayu."))
    assert got == {("Andi Wirawan", "Bupati", "76.02", "Pjs"), ("Budi Santoso", "Bupati", "76.05", "Pjs"),
                   ("Candra Lesmana", "Bupati", "76.01", "Pj")}
    got = holds(run("Cilacap – Andi Wirawan resmi dilantik menjadi Pj Bupati Cilacap kemarin."))
    assert got == {("Andi Wirawan", "Bupati", "33.01", "Pj")}


def test_ibu_kota_is_no_kota_prefix():
    assert [h.code for h in find_regions("Masalah ibu kota Buton Utara dibahas.")] == ["74.10"]


def test_one_holder_post_is_not_given_across_a_clause_comma_to_a_holder_of_another_post():
    text = ("Kupang – Kepala BKD NTT, Andi Wirawan, memimpin apel. Anggota DPD RI Dapil NTT, Budi Santoso, "
            "hadir. Terkait aspirasi yang disampaikan Kepala BKD NTT, Budi Santoso dengan tegas mendukung.")
    got = holds(run(text))
    assert ("Andi Wirawan", "Kepala Badan Kepegawaian Daerah", "53", "definitif") in got
    assert not any(h[0] == "Budi Santoso" and h[1].startswith("Kepala") for h in got)


def test_head_with_a_spelled_agency_and_its_acronym_in_brackets():
    got = holds(run("Bandung – Kepala Kesatuan Bangsa dan Politik (Kesbangpol) Kota Bandung, Bambang Sukardi mengatakan."))
    assert got == {("Bambang Sukardi", "Kepala Kesatuan Bangsa dan Politik", "32.73", "definitif")}
    got = holds(run("Makassar – Kepala Bagian Pemberdayaan Masyarakat (BPM) Makassar M Anshar menjelaskan struktur."))
    assert got == {("M Anshar", "Kepala Bagian Pemberdayaan Masyarakat", "73.71", "definitif")}


def test_chairs_of_national_commissions_are_national_posts():
    got = holds(run("Jakarta – Wakil Ketua KPK Budi Santoso saat dihubungi. Ketua DKPP Andi Wirawan membaca putusan."))
    assert got == {("Budi Santoso", "Wakil Ketua KPK", "ID", "definitif"), ("Andi Wirawan", "Ketua DKPP", "ID", "definitif")}


def test_double_post_written_with_a_slash_is_one_national_office():
    got = holds(run("Bogor – Menteri LH/Kepala Badan Pengendalian Lingkungan Hidup Budi Santoso meninjau TPA di "
                    "Kabupaten Bogor."))
    assert got == {("Budi Santoso", "Menteri LH/Kepala Badan Pengendalian Lingkungan Hidup", "ID", "definitif")}
    got = holds(run("Kupang – Kepala Kantor Regional X Badan Kepegawaian Negara, Budi Santoso, hadir di Kota Kupang."))
    assert got == {("Budi Santoso", "Kepala Kantor Regional X Badan Kepegawaian Negara", "ID", "definitif")}
    got = holds(run("Kupang – Deputi VII Bidkoor Komunikasi dan Informasi Kemenko Polhukam Budi Santoso hadir."))
    assert {(h[0], h[2]) for h in got} == {("Budi Santoso", "ID")}


def test_holders_listed_with_their_kecamatan_in_brackets_after_a_plural_post():
    got = holds(run("Manokwari – Bupati Manokwari, Budi Santoso, melantik delapan kepala distrik di Manokwari. "
                    "Adapun mereka yang dilantik, yakni Andi Wirawan (Masni), Candra Lesmana (Prafi), dan "
                    "Dedi Hartono (Warmare)."))
    assert {h for h in got if h[1] == "Kepala Distrik"} == {
        ("Andi Wirawan", "Kepala Distrik", "92.02.05", "definitif"),
        ("Candra Lesmana", "Kepala Distrik", "92.02.04", "definitif"),
        ("Dedi Hartono", "Kepala Distrik", "92.02.03", "definitif")}
    # brackets that are not the article's kecamatan list no holders
    got = holds(run("Manokwari – Bupati Manokwari melantik kepala distrik. Hadir Andi Wirawan (Ketua Panitia), "
                    "Candra Lesmana (Tokoh Adat), dan Dedi Hartono (Pendeta)."))
    assert not any(h[1] == "Kepala Distrik" for h in got)


def test_division_after_the_region_stays_in_the_post():
    got = holds(run("Cianjur – Komisioner KPU Kabupaten Cianjur Divisi Sosialisasi dan Partisipasi Masyarakat, "
                    "Budi Santoso, mengatakan."))
    assert got == {("Budi Santoso", "Komisioner KPU Divisi Sosialisasi dan Partisipasi Masyarakat", "32.03",
                    "definitif")}


def test_new_holder_clause_and_agency_region_named_elsewhere():
    got = holds(run("Kota Kupang – Kepala BKD yang baru, Budi Santoso, S.Sos, memimpin apel bersama ASN pada "
                    "Badan Kepegawaian Daerah (BKD) Provinsi NTT."))
    assert got == {("Budi Santoso", "Kepala Badan Kepegawaian Daerah", "53", "definitif")}


def test_posts_written_in_lower_case_and_introducing_words_before_a_name():
    assert holds(run("Bekasi – kata wakil bupati Bekasi Budi Santoso kepada wartawan.")) == {
        ("Budi Santoso", "Wakil Bupati", "32.16", "definitif")}
    assert holds(run("Bekasi – ujar ketua DPRD Kabupaten Bekasi Budi Santoso.")) == {
        ("Budi Santoso", "Ketua DPRD", "32.16", "definitif")}
    assert holds(run("Kendari – Menurut Budi Santoso, Kadis Kominfo Kota Kendari, acara lancar.")) == {
        ("Budi Santoso", "Kepala Dinas Kominfo", "74.71", "definitif")}
    assert holds(run("Bekasi – Bupati Bekasi yang diwakili Asisten Daerah I, Budi Santoso, membuka acara.")) == {
        ("Budi Santoso", "Asisten I", "32.16", "definitif")}
    assert officials(run("Bekasi – para kepala desa Bekasi hadir di aula.")) == set()


def test_unit_after_pada_continues_the_post():
    got = holds(run("Bekasi – Kepala Bidang Anggaran pada Badan Keuangan Daerah Kabupaten Bekasi, Budi Santoso, "
                    "mengatakan."))
    assert got == {("Budi Santoso", "Kepala Bidang Anggaran Badan Keuangan Daerah", "32.16", "definitif")}


def test_selaku_needs_no_introducing_word_but_a_scheduled_post_is_not_held():
    assert holds(run("Bekasi – Rapat dipimpin langsung Budi Santoso selaku Kepala Dinas Pendidikan Kabupaten Bekasi.")) == {
        ("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif")}
    assert not holds(run("Banda Aceh – Pengambilan sumpah dan pelantikan Budi Santoso sebagai Penjabat Bupati Pidie "
                         "Jaya dijadwalkan akan dilakukan Senin."))


def test_headline_with_an_abbreviation_stop_is_still_the_headline():
    ctx = run("Haul RA. Kartini, Kapolres Jepara Luncurkan Buku\n\nJepara – Kapolres Jepara AKBP Budi Santoso "
              "meluncurkan buku di Kabupaten Jepara.")
    assert officials(ctx) == {"Budi Santoso"}


def test_functional_posts_and_where_their_unit_sits():
    got = holds(run("Kota Kupang – Hadir Budi Santoso, Pranata Komputer Ahli Madya pada BKD Provinsi NTT."))
    assert got == {("Budi Santoso", "Pranata Komputer Ahli Madya", "53", "definitif")}
    got = holds(run("Kota Kupang – Narasumber yang hadir dari Kemenpan RB yaitu Ibu Rina Wati (Analis Kebijakan Ahli "
                    "Madya), Bapak Budi Santoso (Kepala Biro Hukum dan Hubungan Masyarakat) di Kota Kupang."))
    assert got == {("Rina Wati", "Analis Kebijakan Ahli Madya", "ID", "definitif"),
                   ("Budi Santoso", "Kepala Biro Hukum dan Hubungan Masyarakat", "ID", "definitif")}


def test_ministers_by_their_short_titles_and_faction_between_post_and_name():
    got = holds(run("Jakarta – Mendagri Budi Santoso hadir. Menko Polhukam Andi Wirawan juga hadir."))
    assert got == {("Budi Santoso", "Menteri Dalam Negeri", "ID", "definitif"),
                   ("Andi Wirawan", "Menteri Koordinator Polhukam", "ID", "definitif")}
    assert holds(run("Jakarta – Wapres Budi Santoso hadir.")) == {("Budi Santoso", "Wakil Presiden", "ID", "definitif")}
    got = holds(run("Bekasi – Wakil Ketua DPRD Kabupaten Bekasi dari Fraksi Golkar, Budi Santoso, mengatakan."))
    assert got == {("Budi Santoso", "Wakil Ketua DPRD", "32.16", "definitif")}
    got = holds(run("Bekasi – kata anggota Komisi II DPRD Kabupaten Bekasi, Budi Santoso."))
    assert got == {("Budi Santoso", "Anggota Komisi II DPRD", "32.16", "definitif")}


def test_former_holder_named_again_with_the_post_still_holds_nothing():
    ctx = run("Karanganyar – Nama mantan Bupati Karanganyar, Budi Santoso, muncul dalam sidang. Terdakwa bertemu "
              "Budi Santoso selaku Bupati Karanganyar saat itu.")
    assert not holds(ctx) and not officials(ctx)


def test_party_spokesperson_is_no_public_post():
    assert not holds(run("Bekasi – kata Juru Bicara PKS Budi Santoso di Kabupaten Bekasi."))
    assert holds(run("Jakarta – kata Juru Bicara KPK Budi Santoso.")) == {("Budi Santoso", "Juru Bicara KPK", "ID", "definitif")}


def test_name_right_before_its_post_without_a_comma():
    got = holds(run("Bekasi – Hal itu dikatakan Budi Santoso Kepala Dinas Pendidikan Kabupaten Bekasi kepada wartawan."))
    assert got == {("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif")}
    # a sentence-opening word is no name, nor the name of a post just before
    assert not officials(run("Bekasi – Pungkas Bupati Bekasi di kantornya."))
    got = holds(run("Bekasi – Hadir Bupati Bekasi Andi Wirawan Kepala Dinas Pendidikan Kabupaten Bekasi mengatakan."))
    assert got == {("Andi Wirawan", "Bupati", "32.16", "definitif")}


def test_village_head_post_is_named_without_its_village():
    got = holds(run("Bekasi – Kepala Desa Sukamaju Kecamatan Cikarang Barat, Budi Santoso, mengatakan di Kabupaten Bekasi."))
    assert got == {("Budi Santoso", "Kepala Desa", "32.16.08", "definitif")}


def test_faction_named_before_its_spokesperson():
    got = holds(run("Manna – Rapat paripurna DPRD Kabupaten Bengkulu Selatan digelar. Aspek pembangunan menjadi sorotan "
                    "fraksi Golkar dengan juru bicara Budi Santoso, S.Hut. Fraksi Kesatuan Perubahan melalui juru "
                    "bicaranya Andi Wirawan menyoroti jalan."))
    assert got == {("Budi Santoso", "Juru Bicara Fraksi DPRD", "17.01", "definitif"),
                   ("Andi Wirawan", "Juru Bicara Fraksi DPRD", "17.01", "definitif")}


def test_list_of_name_post_pairs_and_yang_merupakan():
    got = holds(run("Bekasi – Hadir pula Budi Santoso, Kepala Dinas Pendidikan Kabupaten Bekasi, dan Andi Wirawan, "
                    "Kepala Bappeda Kabupaten Bekasi."))
    assert got == {("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif"),
                   ("Andi Wirawan", "Kepala Badan Perencanaan Pembangunan Daerah", "32.16", "definitif")}
    got = holds(run("Bekasi – Budi Santoso yang merupakan Kepala Dinas Pendidikan Kabupaten Bekasi mengatakan."))
    assert got == {("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif")}
    got = holds(run("Kupang – Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan NTT, Budi Santoso, hadir."))
    assert got == {("Budi Santoso", "Kepala Balai Karantina Hewan Ikan dan Tumbuhan", "53", "definitif")}


def test_court_chairs_senators_and_fused_agency_heads():
    assert holds(run("Garut – Ketua Pengadilan Negeri Garut, Budi Santoso, mengatakan.")) == {
        ("Budi Santoso", "Ketua Pengadilan Negeri", "32.05", "definitif")}
    assert holds(run("Kupang – kata senator asal NTT Budi Santoso.")) == {("Budi Santoso", "Anggota DPD", "ID", "definitif")}
    assert holds(run("Garut – Kadisdik Garut Budi Santoso mengatakan.")) == {
        ("Budi Santoso", "Kepala Dinas Pendidikan", "32.05", "definitif")}
    assert not officials(run("Garut – Ketua Kadin Garut Budi Santoso mengatakan."))     # the chamber of commerce


def test_village_heads_by_their_regional_names():
    for text in ("Jepara – Petinggi Deluk, Budi Santoso, mengatakan warga siap di Kabupaten Jepara.",
                 "Padang – Wali Nagari Sungai Sariak, Budi Santoso, mengatakan di Kabupaten Padang Pariaman.",
                 "Banda Aceh – Keuchik Gampong Lampulo, Budi Santoso, mengatakan di Kota Banda Aceh."):
        assert officials(run(text)) == {"Budi Santoso"}, text
    assert not officials(run("Jepara – Petinggi Deluk mengatakan warga siap di Kabupaten Jepara."))


def test_pejabat_written_for_penjabat_with_its_short_form():
    assert holds(run("Bekasi – Pejabat (Pj) Bupati Bekasi Budi Santoso hadir.")) == {("Budi Santoso", "Bupati", "32.16", "Pj")}
    assert holds(run("Bekasi – Pejabat Sementara Bupati Bekasi Budi Santoso hadir.")) == {
        ("Budi Santoso", "Bupati", "32.16", "Pjs")}


def test_list_of_places_after_a_unit_head_names_no_holder_and_listed_regions():
    assert not officials(run("Kupang – Sebanyak 35 Lurah yang dimutasi diantaranya; Lurah Alak, Naioni, Batuplat, "
                             "Nunleu, Mantasi di Kota Kupang."))
    assert [h.code for h in find_regions("Masalah aset antara Kota Baubau dan Buton dibahas.")] == ["74.72", "74.04"]


def test_election_body_divisions_and_kecamatan_bodies():
    assert holds(run("Bekasi – Kordiv Penanganan Pelanggaran Bawaslu Kabupaten Bekasi, Budi Santoso, mengatakan.")) == {
        ("Budi Santoso", "Koordinator Divisi Penanganan Pelanggaran Bawaslu", "32.16", "definitif")}
    got = holds(run("Bekasi – Anggota Bawaslu Kabupaten Bekasi Koordinator Divisi Hukum, Budi Santoso, mengatakan."))
    assert {(h[0], h[2]) for h in got} == {("Budi Santoso", "32.16")}
    assert holds(run("Bekasi – Ketua Panwaslu Kecamatan Cikarang Barat Budi Santoso mengatakan di Kabupaten Bekasi.")) == {
        ("Budi Santoso", "Ketua Panwaslu", "32.16.08", "definitif")}


def test_seat_written_after_its_body_chair_takes_the_body():
    got = holds(run("Bekasi – Ketua DPRD Kabupaten Bekasi, Budi Santoso, didampingi Wakil Ketua Andi Wirawan."))
    assert got == {("Budi Santoso", "Ketua DPRD", "32.16", "definitif"),
                   ("Andi Wirawan", "Wakil Ketua DPRD", "32.16", "definitif")}
    assert officials(run("Bekasi – Bupati Bekasi Budi Santoso didampingi Wakil Ketua Andi Wirawan.")) == {"Budi Santoso"}


def test_civil_service_tier_posts_of_a_unit():
    got = holds(run("Kota Kupang – Hasilnya diserahkan oleh Pejabat Pengawas BKD NTT, Budi Santoso, S.T., kemarin."))
    assert got == {("Budi Santoso", "Pejabat Pengawas Badan Kepegawaian Daerah", "53", "definitif")}
    assert not officials(run("Kupang – Hadir Pejabat Eselon II dan Pejabat Pengawas lainnya."))


def test_relative_clause_between_post_and_holder():
    assert holds(run("Bekasi – Pj Bupati Bekasi, yang baru dilantik pekan lalu, Budi Santoso, membuka acara.")) == {
        ("Budi Santoso", "Bupati", "32.16", "Pj")}


def test_faction_member_is_a_member_of_the_body_and_national_posts_stay_national():
    assert holds(run("JAKARTA – Anggota Fraksi PDI-P DPRD DKI Jakarta Budi Santoso mengkritik rancangan itu.")) == {
        ("Budi Santoso", "Anggota DPRD", "31", "definitif")}
    got = holds(run("JAKARTA – Sementara itu, Deputi Bidang Statistik Sosial BPS, Budi Santoso, mengungkapkan. "
                    "Data BPS DKI Jakarta menunjukkan kenaikan."))
    assert got == {("Budi Santoso", "Deputi Bidang Statistik Sosial BPS", "ID", "definitif")}


def test_sub_unit_head_works_in_the_agency_the_article_is_about():
    got = holds(run("Kota Kupang – Rapat bersama ASN pada Badan Kepegawaian Daerah (BKD) Provinsi NTT. Yos meminta "
                    "Kabid Perencanaan, Pendidikan, dan Sistem Informasi Pegawai, Budi Santoso, S.Sos, untuk bekerja."))
    assert got == {("Budi Santoso", "Kepala Bidang Perencanaan Pendidikan dan Sistem Informasi Pegawai", "53",
                    "definitif")}


def test_unknown_degree_before_a_bracketed_post_and_capitalised_dan():
    got = holds(run("Kupang – Perwakilan dari Badan Kepegawaian Daerah Provinsi NTT, Budi Santoso, S.Kom., MIS "
                    "(Pranata Komputer Ahli Madya) menyampaikan."))
    assert got == {("Budi Santoso", "Pranata Komputer Ahli Madya", "53", "definitif")}
    got = holds(run("Manna – Rapat DPRD Kabupaten Bengkulu Selatan. Dan Budi Santoso, juru bicara Fraksi PAN mendukung."))
    assert got == {("Budi Santoso", "Juru Bicara Fraksi DPRD", "17.01", "definitif")}


def test_common_misspellings_of_head_words():
    assert holds(run("Bekasi – Sekertaris Daerah Kabupaten Bekasi Budi Santoso hadir.")) == {
        ("Budi Santoso", "Sekretaris Daerah", "32.16", "definitif")}
    assert holds(run("Medan – Gubenur Sumut Budi Santoso hadir.")) == {("Budi Santoso", "Gubernur", "12", "definitif")}


def test_kecamatan_secretary_sits_in_the_kecamatan():
    assert holds(run("Bekasi – Sekretaris Camat Cikarang Barat, Budi Santoso, hadir di Kabupaten Bekasi.")) == {
        ("Budi Santoso", "Sekretaris Camat", "32.16.08", "definitif")}


def test_names_listed_after_a_colon_and_semicolons_with_their_posts():
    got = holds(run("Bekasi – Hadir sebagai narasumber: Budi Santoso, Kepala Dinas Pendidikan Kabupaten Bekasi; "
                    "Andi Wirawan, Kepala Bappeda Kabupaten Bekasi."))
    assert got == {("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif"),
                   ("Andi Wirawan", "Kepala Badan Perencanaan Pembangunan Daerah", "32.16", "definitif")}


def test_a_post_under_a_plural_quantifier_names_the_class_not_the_one_holder():
    # the Sekda is named once; "para asisten dan sekda" / "seluruh sekda" are the class, not a reference to her
    text = ("Rapat Kerja\n\nBOGOR - Rapat itu menghadirkan para asisten dan sekda se-Jawa Barat. "
            "Sekda Kabupaten Bogor, Rina Wulandari, membuka rapat. Seluruh sekda diminta hadir tepat waktu. "
            "Sekda juga meminta laporan.\n")
    ctx = run(text)
    titles = [ctx.text[m.start:m.end] for m in ctx.mentions if m.kind == "title"]
    assert titles == ["Sekda"]        # only the bare singular reference of the last sentence


def test_pejabat_spelled_out_before_a_regional_head_is_the_pj_capacity():
    ctx = run("Jember - Pejabat Bupati Jember Andi Saputra meminta ASN netral. Pejabat Gubernur Jawa Timur "
              "Rudi Hartono hadir. Pelaksana Harian Sekda Jember Budi Santoso hadir.")
    assert holds(ctx) >= {("Andi Saputra", "Bupati", "35.09", "Pj"), ("Rudi Hartono", "Gubernur", "35", "Pj"),
                          ("Budi Santoso", "Sekretaris Daerah", "35.09", "Plh")}


def test_incumbent_qualifier_and_lower_case_head_before_the_name():
    ctx = run("Jember - Bupati petahana Rudi Hartono mendapatkan nomor urut tiga. Menurut wali kota Malang "
              "Budi Santoso, ASN harus netral.")
    assert holds(ctx) >= {("Rudi Hartono", "Bupati", "35.09", "definitif"),
                          ("Budi Santoso", "Wali Kota", "35.73", "definitif")}


def test_province_of_the_posts_region_between_post_and_name():
    ctx = run("Malang - Wali Kota Malang, Jawa Timur, Budi Santoso meninjau pasar. Bupati Jember, Jatim, Rina Wulandari hadir.")
    assert holds(ctx) >= {("Budi Santoso", "Wali Kota", "35.73", "definitif"),
                          ("Rina Wulandari", "Bupati", "35.09", "definitif")}
    assert not any("Jawa" in o for o in officials(ctx))


def test_pairs_keep_their_order_posts_first_or_names_first():
    ctx = run("Bandar Lampung - Tiga bupati habis masa jabatan. Mereka adalah Bupati dan Wakil Bupati Pringsewu "
              "Andi Saputra – Budi Santoso. Lalu Bupati dan Wakil Bupati Mesuji Rina Wulandari – Dedi Kurnia.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "18.10", "definitif"),
                          ("Budi Santoso", "Wakil Bupati", "18.10", "definitif"),
                          ("Rina Wulandari", "Bupati", "18.11", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "18.11", "definitif")}
    ctx = run("Wonosari - Setelah dilantik sebagai Bupati Gunungkidul dan Wakil Bupati Gunungkidul, Rina Wulandari "
              "dan Dedi Kurnia belum ke kantor.")
    assert holds(ctx) == {("Rina Wulandari", "Bupati", "34.03", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "34.03", "definitif")}
    ctx = run("Jember - Gubernur melantik Andi Saputra dan Budi Santoso sebagai Bupati dan Wakil Bupati Jember.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "35.09", "definitif"),
                          ("Budi Santoso", "Wakil Bupati", "35.09", "definitif")}


def test_name_linked_to_its_post_by_a_verb_of_appointment_or_the_post_held_by_name():
    ctx = run("Jember - Budi Santoso yang ditunjuk menjadi Plt Sekda Jember hadir. Andi Saputra yang dilantik "
              "sebagai Bupati Lumajang pada 2021 juga hadir. Rina Wulandari yang menjabat Camat Sumbersari turut hadir.")
    assert holds(ctx) >= {("Budi Santoso", "Sekretaris Daerah", "35.09", "Plt"),
                          ("Andi Saputra", "Bupati", "35.08", "definitif"),
                          ("Rina Wulandari", "Camat", "35.09.21", "definitif")}
    ctx = run("Jember - Jabatan Sekda Jember kini dijabat oleh Budi Santoso. Posisi Camat Sumbersari untuk "
              "sementara diisi oleh Rina Wulandari.")
    assert holds(ctx) >= {("Budi Santoso", "Sekretaris Daerah", "35.09", "definitif"),
                          ("Rina Wulandari", "Camat", "35.09.21", "definitif")}


def test_jakarta_city_administration_posts():
    ctx = run("Jakarta - Peninjauan dilakukan bersama Sekretaris Kota Administrasi Jakarta Timur Budi Santoso, Camat "
              "Cipayung Andi Saputra, Kasatpel SDA Kecamatan Cipayung Rina Wulandari dan Dewan Kota Kecamatan Cipayung Dedi Kurnia. "
              "Sekko Jakarta Barat Hendra Gunawan juga hadir, bersama Sekretaris Kota Jakarta Selatan Yusuf Hidayat.")
    assert holds(ctx) >= {("Budi Santoso", "Sekretaris Kota", "31.75", "definitif"),
                          ("Rina Wulandari", "Kasatpel SDA", "31.75.10", "definitif"),
                          ("Dedi Kurnia", "Dewan Kota", "31.75.10", "definitif"),
                          ("Hendra Gunawan", "Sekretaris Kota", "31.73", "definitif"),
                          ("Yusuf Hidayat", "Sekretaris Kota", "31.74", "definitif")}


def test_bureau_head_before_an_acronym_bureau_then_the_name():
    ctx = run("Bandar Lampung - Gladi dipandu Andi Saputra dan Karo OTDA Rina Wulandari, sebagai rangkaian. "
              "Karo BKD Dedi Kurnia juga hadir.")
    assert ("Rina Wulandari", "Kepala Biro OTDA", "18", "definitif") in holds(ctx)
    assert any(h[0] == "Dedi Kurnia" and h[1].startswith("Kepala Biro") for h in holds(ctx))


def test_the_heads_bracketed_abbreviation_does_not_hide_its_unit():
    ctx = run("Jakarta - Rapat dihadiri Sekretaris Jenderal (Sekjen) Kementerian Dalam Negeri (Kemendagri) Budi "
              "Santoso, dan sejumlah pejabat.")
    assert holds(ctx) == {("Budi Santoso", "Sekretaris Jenderal Kementerian Dalam Negeri", "ID", "definitif")}


def test_area_after_wilayah_is_the_units_and_post_held_by_yang_disandang():
    ctx = run("Surabaya - Antara lain Kepala Badan Koordinasi Wilayah (Bakorwil) Madura Budi Santoso di Pilkada Sumenep.")
    assert officials(ctx) == {"Budi Santoso"}
    assert {h[1] for h in holds(ctx)} == {"Kepala Badan Koordinasi Wilayah Madura"}
    ctx = run("Lamongan - Jabatan Sekda Lamongan yang disandang Budi Santoso tak kunjung ditanggalkan.")
    assert holds(ctx) == {("Budi Santoso", "Sekretaris Daerah", "35.24", "definitif")}


def test_relative_clause_of_appointment_is_done_even_in_a_sentence_about_the_future():
    ctx = run("KUNINGAN - Andi Saputra yang dilantik sebagai Bupati Kuningan pada 2016 menggantikan almarhum Hj Budi "
              "akan berakhir masa tugasnya.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "32.08", "definitif")}
    assert not holds(run("KUNINGAN - Pelantikan Andi Saputra sebagai Bupati Kuningan akan digelar besok."))


def test_elected_pair_sworn_in_holds_the_posts_but_not_before():
    ctx = run("Serang - Gubernur Banten Hendra Gunawan mengambil sumpah jabatan Bupati dan Wakil Bupati Pandeglang "
              "terpilih hasil Pilkada Serentak 2020 Rina Wulandari - Andi Saputra Nugraha.")
    assert holds(ctx) >= {("Rina Wulandari", "Bupati", "36.01", "definitif"),
                          ("Andi Saputra Nugraha", "Wakil Bupati", "36.01", "definitif")}
    assert not holds(run("Serang - Bupati dan Wakil Bupati Pandeglang terpilih Rina Wulandari - Andi Saputra akan "
                         "dilantik besok."))


def test_village_head_of_a_village_the_gazetteer_lacks_takes_the_kecamatan_the_article_places_it_in():
    ctx = run("Jakarta - Kegiatan di Kelurahan Sukamaju, Kecamatan Tanah Abang, Jakarta Pusat, ditiadakan setelah "
              "Lurah Sukamaju, Dedi Kurnia dinyatakan positif.")
    assert holds(ctx) == {("Dedi Kurnia", "Lurah", "31.71.07", "definitif")}


def test_the_body_the_post_sits_in_between_commas_then_the_name():
    ctx = run("Sukoharjo – Direktur Jenderal (Dirjen) Kebudayaan, Kementerian Pendidikan, Kebudayaan, Riset, dan "
              "Teknologi (Kemendikbudristek), Budi Santoso berkunjung ke situs keraton.")
    assert holds(ctx) == {("Budi Santoso", "Direktur Jenderal Kebudayaan", "ID", "definitif")}


def test_post_filled_by_an_acting_holder_takes_the_capacity_written_after_the_verb():
    ctx = run("Lamongan - \"Untuk jabatan Sekda Lamongan sementara diisi Pelaksana Harian (Plh) pak Budi Santoso,\" "
              "kata Andi. Jabatan Camat Sukodadi diisi Plt Rina Wulandari.")
    assert holds(ctx) >= {("Budi Santoso", "Sekretaris Daerah", "35.24", "Plh")}
    assert any(h[0] == "Rina Wulandari" and h[1] == "Camat" and h[3] == "Plt" for h in holds(ctx))


def test_spelled_out_capacities_before_every_regional_head():
    ctx = run("Jember - Penjabat Sementara Bupati Jember Andi Saputra hadir. Pelaksana Tugas Wali Kota Malang Budi "
              "Santoso hadir. Pelaksana Harian Bupati Lumajang Rina Wulandari hadir. Pejabat Sementara Wali Kota "
              "Batu Dedi Kurnia hadir.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "35.09", "Pjs"), ("Budi Santoso", "Wali Kota", "35.73", "Plt"),
                          ("Rina Wulandari", "Bupati", "35.08", "Plh"), ("Dedi Kurnia", "Wali Kota", "35.79", "Pjs")}


def test_pairs_across_slash_and_several_regions_keep_their_order():
    ctx = run("Jember - Andi Saputra dan Budi Santoso dilantik sebagai Bupati dan Wakil Bupati Jember, sedangkan Rina "
              "Wulandari dan Dedi Kurnia sebagai Bupati dan Wakil Bupati Lumajang. Bupati/Wakil Bupati Malang "
              "Hendra Gunawan/Yusuf Hidayat juga hadir.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "35.09", "definitif"),
                          ("Budi Santoso", "Wakil Bupati", "35.09", "definitif"),
                          ("Rina Wulandari", "Bupati", "35.08", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "35.08", "definitif"),
                          ("Hendra Gunawan", "Bupati", "35.07", "definitif"),
                          ("Yusuf Hidayat", "Wakil Bupati", "35.07", "definitif")}


def test_holder_whose_term_the_sentence_says_has_ended_holds_nothing():
    ctx = run("Banda Aceh - Gubernur menunjuk Andi Saputra sebagai Penjabat Bupati Pidie Jaya. \"Bupati Pidie Jaya, "
              "Budi Santoso, telah menyelesaikan masa tugasnya,\" katanya. Bupati Aceh Besar, Rina Wulandari, hadir.")
    assert holds(ctx) == {("Andi Saputra", "Bupati", "11.18", "Pj"), ("Rina Wulandari", "Bupati", "11.06", "definitif")}


def test_a_dash_glued_to_a_dateline_is_punctuation_and_a_hyphen_joins_a_pair():
    """"RENGAT (HR)-Kapolda Riau …": the dash after the outlet's bracket opens the body, so the post after it is
    read; a hyphen between two words still joins them ("Bupati-Wakil Bupati" is one pair, no second head)."""
    for opener in ("RENGAT (XY)-", "RENGAT -", "RENGAT (XY) -"):
        ctx = run(opener + "Kapolda Riau Irjen Pol Budi Santoso meninjau Polres Indragiri Hulu.")
        assert holds(ctx) == {("Budi Santoso", "Kepala Kepolisian Daerah", "14", "definitif")}, opener
    ctx = run("Siak – Gubernur melantik Andi Wirawan-Rudi Hartanto sebagai Bupati-Wakil Bupati Siak.")
    assert {h[1] for h in holds(ctx)} <= {"Bupati", "Wakil Bupati"}


def test_a_rank_before_a_name_opened_by_two_capitals_and_a_kodim_chief_of_staff():
    """"AKBP FX Budi": the rank goes with a name that opens with two capitals (FX, the initials of two first
    names) as with any other; Kasdim (the Kodim's chief of staff, "Kasdim 0315 Bintan Mayor Inf …") and the
    Pabung / Perwira Penghubung are posts of data/titles.csv."""
    ctx = run("Bengkalis – Rapat dihadiri Kapolres Bengkalis AKBP FX Budi Santoso dan Kasdim 0303 Bengkalis Mayor Kav "
              "Rudi Hartanto.")
    assert holds(ctx) == {("FX Budi Santoso", "Kepala Kepolisian Resor", "14.03", "definitif"),
                          ("Rudi Hartanto", "Kepala Staf Komando Distrik Militer", "14.03", "definitif")}
    assert "SH Budi Santoso" not in officials(run("Bengkalis – Hadir Kapolres Bengkalis AKBP SH Budi Santoso."))
