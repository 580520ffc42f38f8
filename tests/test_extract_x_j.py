"""Classes of error seen in j01–j15, a ninth batch of outlets the gold never had (issue #16), opened after its
first-contact figures were recorded (.818; docs/dev/issue-16-x-j.md).

Every sentence is synthetic (new names; real places).
"""
from graphkit.extract import extract_article
from graphkit.model import Article
from test_extract_posts_grammar import holds, officials, run


def _graph(text: str, title: str = "Judul"):
    return extract_article(Article(id="t", title=title, text=title + "\n\n" + text, published="2024-10-01"))


def _attended(text: str, title: str = "Judul") -> set[str]:
    g = _graph(text, title)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "ATTENDED"}


def test_haji_andi_written_bare_is_an_honorific():
    # "HA" is Haji Andi (South Sulawesi), written bare as "HM" (Haji Muhammad) is
    ctx = run("Watampone – Bupati Bone HA Rusdianto Palallo meninjau pasar, Senin (7/10/2024).")
    assert officials(ctx) == {"Rusdianto Palallo"}
    assert ("Rusdianto Palallo", "Bupati", "73.08", "definitif") in holds(ctx)
    ctx = run("Makassar – Rombongan menemui Sekretaris Daerah Provinsi Sulsel HA Baharuddin Tola.")
    assert officials(ctx) == {"Baharuddin Tola"}


def _events(text: str, title: str = "Judul") -> set[tuple[str, str | None]]:
    g = _graph(text, title)
    return {(n.properties.get("type"), n.properties.get("date")) for n in g.nodes.values() if n.label == "Event"}


def test_a_ceremony_named_by_the_anniversary_it_marks_is_a_happening():
    # "Upacara peringatan hari jadi <the region> ke-N berlangsung …": the occasion's name comes between the
    # trigger and the verb that frames it as a happening, as "dalam rangka …" does
    got = _events("SUMBAWA BARAT – Upacara peringatan hari jadi Kabupaten Sumbawa Barat ke-21 berlangsung khidmat "
                  "di lapangan Taliwang, Senin (20/11/2024). Bupati Sumbawa Barat Wirasena Dahlan bertindak selaku "
                  "pembina upacara.")
    assert ("apel", "2024-11-20") in got
    got = _events("TALIWANG – Upacara hari ulang tahun Kabupaten Sumbawa Barat ke-21 digelar di lapangan Taliwang, "
                  "Senin (20/11/2024).")
    assert ("apel", "2024-11-20") in got


def test_a_closing_quantifier_is_not_part_of_a_group():
    # "… GOW, DWP semua hadir": "semua" closes the list, it is no word of the last group's name
    got = _attended("Apel HUT Korpri digelar di halaman Kantor Bupati Dompu, Senin (2/12/2024). Apel dipimpin Bupati "
                    "Dompu Harun Maskur. Hadir pula Forkopimda, Persit, GOW, DWP semua hadir.")
    assert "DWP Kabupaten Dompu" in got
    assert not any("Semua" in a for a in got)


def test_seen_there_is_there():
    # "tampak juga …", "terlihat pula …": who is seen at the happening is present, as with "tampak hadir"
    base = ("Apel HUT Korpri digelar di halaman Kantor Bupati Dompu, Senin (2/12/2024). Apel dipimpin Bupati Dompu "
            "Harun Maskur. ")
    got = _attended(base + "Selain para paslon, tampak juga sesepuh Dompu, Sekda NTB, Forkopimda, ketua dan anggota "
                           "DPRD Dompu dan Sekda Bima.")
    assert {"Sekda NTB Kabupaten Dompu", "Forkopimda Kabupaten Dompu", "Sekda Bima Kabupaten Dompu"} <= got
    got = _attended(base + "Terlihat pula para Kepala OPD dan Camat.")
    assert {"Kepala OPD Kabupaten Dompu", "Camat Kabupaten Dompu"} <= got


def test_a_contracted_head_of_a_body_is_a_class_present():
    # "Kasatpol PP" (Kepala Satuan Polisi Pamong Praja) written in its contracted form heads a class present
    got = _attended("Bupati Ngawi Wirawan Sasongko menerima audiensi mahasiswa di ruang rapat bupati, Senin "
                    "(7/10/2024). Audiensi itu dihadiri juga oleh Asisten 1, Kepala Bappeda, serta Kasatpol PP.")
    assert any(a.startswith("Kasatpol PP") for a in got)


def test_a_visit_named_by_its_purpose_silaturahmi_is_a_silaturahmi():
    # "menerima kunjungan … Kunjungan dalam rangka silaturahmi …", "melakukan kunjungan silaturahmi ke …"
    got = _events("LIMBOTO – Bupati Boalemo Darwis Moridu menerima kunjungan Penjabat Gubernur Gorontalo Hamka "
                  "Hendra, Rabu (10/4/2024). Kunjungan dalam rangka silaturahmi Idul Fitri tersebut berlangsung akrab.",
                  title="Bupati Darwis Terima Kunjungan Pj Gubernur")
    assert ("silaturahmi", "2024-04-10") in got
    got = _events("MUNTOK – Pj Gubernur Bangka Belitung Safrizal Lubis melakukan kunjungan silaturahmi ke Kantor Bupati "
                  "Bangka Barat, Kamis (4/7/2024).", title="Bupati Sambut Kunjungan Pj Gubernur")
    assert ("silaturahmi", "2024-07-04") in got
    # a working visit that is also a silaturahmi stays a working visit
    got = _events("MUNTOK – Pj Gubernur Bangka Belitung Safrizal Lubis melakukan kunjungan kerja sekaligus silaturahmi "
                  "ke Kantor Bupati Bangka Barat, Kamis (4/7/2024).")
    assert ("kunjungan_kerja", "2024-07-04") in got


def test_a_bare_occasion_set_off_by_a_comma_is_not_the_first_item():
    # "Turut Hadir dalam kegiatan, unsur Forkopimda, …": the occasion needs no demonstrative when a comma ends it
    got = _attended("Bupati Minahasa Joune Ganda membuka Musrenbang RKPD di Aula Kantor Bupati, Rabu (15/3/2023). "
                    "Turut Hadir dalam kegiatan, unsur Forkopimda, para Staf Khusus Bupati, para Asisten, Kepala Desa, "
                    "BPD serta Tokoh Masyarakat.")
    assert {"Staf Khusus Bupati Kabupaten Minahasa", "BPD Kabupaten Minahasa"} <= got


def test_what_a_subject_will_do_does_not_make_him_lead():
    # "Penjagub X juga akan mengunjungi ketua-ketua partai …": a deed still to come is not the reported happening
    g = _graph("LIMBOTO – Bupati Boalemo Darwis Moridu menerima kunjungan Penjabat Gubernur (Penjagub) Gorontalo Hamka "
               "Hendra, Rabu (10/4/2024). Kunjungan itu berlangsung akrab. Penjagub Hamka Hendra juga akan "
               "mengunjungi ketua-ketua partai lainnya.")
    roles = {(e.type, g.nodes[e.source].properties.get("name")) for e in g.edges.values() if e.type in ("LED", "ATTENDED")}
    assert ("LED", "Darwis Moridu") in roles
    assert ("LED", "Hamka Hendra") not in roles
    assert ("ATTENDED", "Hamka Hendra") in roles


def test_the_council_secretary_is_a_class_present():
    # "Sekwan" (Sekretaris DPRD) heads a class present as "Sekda" does, not the body "DPRD" it is written with
    got = _attended("Bupati Pohuwato Saipul Mbuinga menerima kunjungan Pj Gubernur Gorontalo, Rabu (10/4/2024). Pj "
                    "Gubernur didampingi Sekda Provinsi Gorontalo, Sekwan DPRD dan Kepala Kesbangpol.")
    assert any(a.startswith("Sekwan DPRD") for a in got)


def test_a_place_set_off_by_a_comma_ends_the_company():
    # "… beserta para Wakil Ketua DPRD, di Ruang X Kantor DPRD Provinsi Y": the body in the venue's name is no company
    got = _attended("Penjabat (Pj) Sekretaris Daerah (Sekda) Jambi, Rudi Hartono menghadiri Rapat Paripurna yang dipimpin "
                    "langsung oleh Ketua DPRD Jambi, Edi Purwanto beserta para Wakil Ketua DPRD, di Ruang Banggar Kantor "
                    "DPRD Provinsi Jambi, Rabu (15/1/2025).")
    assert "Rudi Hartono" in got
    assert "DPRD Provinsi Jambi" not in got


def test_a_rank_after_a_post_in_a_buildings_name_names_its_holder():
    # "ke rujab Kapolda Sulsel Irjen Pol X": the residence is the post's, and the rank names who holds the post;
    # without a rank "Kantor Bupati Maros …" stays a building
    ctx = run("Makassar – Rombongan lalu ke rujab Kapolda Sulsel Irjen Pol Darmawan Hasan.")
    assert ("Darmawan Hasan", "Kepala Kepolisian Daerah", "73", "definitif") in holds(ctx)
    ctx = run("Makassar – Rombongan lalu ke Kantor Bupati Maros Darmawan Hasan.")
    assert not holds(ctx)


def test_a_nickname_in_brackets_between_a_name_and_its_post():
    # "NAME (Nickname) sebagai Walikota X": the bracket is the name's, as an acronym's bracket is a body's
    ctx = run("Pangkalpinang – Dengan digelarnya apel itu, Rudi Harsono (Rudi) sebagai Walikota Pangkalpinang, "
              "menjadi penyemangat ASN.")
    assert ("Rudi Harsono", "Wali Kota", "19.71", "definitif") in holds(ctx)
    # a region's short name in brackets before a post and its holder changes nothing
    ctx = run("Palu – Pemerintah Provinsi Sulawesi Tengah (Sulteng), Gubernur Sulteng Rahmat Lasimpo membuka rapat.")
    assert officials(ctx) == {"Rahmat Lasimpo"}
