"""Names in Indonesian news (issue #16): honorifics, initials, degrees, particles, nicknames, wrapped lines, not-people.

Every sentence here is written for the test (none is copied from the corpus); each
asserts on what a reader takes from it, class by class of the errors the issue lists.
"""
from __future__ import annotations

from graphkit.extract.names.names import parse_name
from test_extract_posts_grammar import holds, officials, run  # the same entity-stage harness


def test_name_opened_by_two_capitals_and_abbreviated_first_names():
    for written, name in (("TS Budi Santoso", "TS Budi Santoso"), ("LM. Ahmad Rasyid", "LM. Ahmad Rasyid"),
                          ("Moch. Hasan", "Moch. Hasan"), ("Hj. Ratna", "Ratna"),
                          ("Habib Umar Assegaf", "Umar Assegaf"), ("H. Mohd. Yusran", "Mohd. Yusran")):
        parsed = parse_name(written + " mengatakan", 0)
        assert parsed is not None and parsed.name == name, written
    assert parse_name("PU Budi", 0) is None


def test_honorifics_written_without_blanks():
    ctx = run("Jember – Bupati Jember Drs.H.Budi Santoso,M.Si membuka rapat.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "35.09", "definitif")}


def test_not_people_phrases_epithets_and_unit_words():
    ctx = run("Jepara – Kapolres Jepara Budi Santoso hadir di Bumi Kartini. Pada peringatan hari peduli sampah, "
              "Kepala Dinas Lingkungan Hidup Hari Peduli Sampah ya.")
    assert officials(ctx) == {"Budi Santoso"}
    got = holds(run("Kupang – Kabag Humpro Richa Irawan mengatakan acara berlangsung lancar di Kabupaten Kupang."))
    assert {h[0] for h in got} == {"Richa Irawan"}


def test_particle_with_a_spaced_dash_stays_in_the_name():
    ctx = run("Martapura – Hadir Wakil Bupati Banjar Habib Umar Al – Kaff, Pejabat Eselon II dan lainnya.")
    assert officials(ctx) == {"Umar Al Kaff"}


def test_quoted_nickname_and_last_initial_in_a_name():
    assert officials(run("Makassar – Wali Kota Makassar Budi 'Ucok' Santoso menargetkan pemilihan.")) == {"Budi Santoso"}
    assert officials(run("Bekasi – Kepala Dinas Pendidikan Kabupaten Bekasi Budi S mengatakan.")) == {"Budi S"}


def test_more_honorifics_leave_the_name():
    for written, name in (("H.M. Rusli", "Rusli"), ("Drs. Ec. Budi Santoso", "Budi Santoso"),
                          ("Dr. (H.C.) Budi Santoso", "Budi Santoso"), ("Ustaz Budi Santoso", "Budi Santoso"),
                          ("Drg. Budi Santoso", "Budi Santoso"), ("Hi. Budi Santoso", "Budi Santoso")):
        parsed = parse_name(written + " mengatakan", 0)
        assert parsed is not None and parsed.name == name, written


def test_noble_name_parts_stay_in_the_name():
    # GUIDELINES.md lists the honorifics to drop (H., Hj., Dr., Ir., Prof., KH, Bapak/Ibu); Teuku, Cut, Raden
    # are part of the name the person goes by
    assert parse_name("Teuku Budi Santoso mengatakan", 0).name == "Teuku Budi Santoso"
    assert parse_name("Cut Rina Wati mengatakan", 0).name == "Cut Rina Wati"


def test_unit_named_after_a_person_is_no_holder():
    assert not officials(run("Jayapura – Hadir Kadislog Lanud Silas Papare, Kepala RSUD Yowari dan lainnya di "
                             "Kabupaten Jayapura."))
    assert officials(run("Jayapura – Direktur RSUD Yowari Budi Santoso hadir di Kabupaten Jayapura.")) == {"Budi Santoso"}


def test_name_split_by_a_line_break_of_a_wrapped_paragraph():
    text = ("Judul Berita\n\nBekasi – Dalam kegiatan yang berlangsung di aula kantor itu, Kepala Dinas Pendidikan "
            "Kabupaten Bekasi Budi\nSantoso mengatakan bahwa program berjalan.")
    assert officials(run(text)) == {"Budi Santoso"}
    assert parse_name("Bupati Budi\nSementara itu", 7).name == "Budi"      # a short line is no wrapped paragraph


def test_degrees_written_without_commas_end_the_name():
    parsed = parse_name("Budi Santoso S.Pd M.Si selaku", 0)
    assert parsed.name == "Budi Santoso" and parsed.degrees == ["S.Pd", "M.Si"]
    assert parse_name("Rina S. Laiskodat mengatakan", 0).name == "Rina S. Laiskodat"
    assert holds(run("Bekasi – ujar Budi Santoso S.Pd M.Si selaku Kepala Dinas Pendidikan Kabupaten Bekasi.")) == {
        ("Budi Santoso", "Kepala Dinas Pendidikan", "32.16", "definitif")}


def test_a_unit_acronym_after_the_head_is_the_post_not_a_name():
    from test_extract_posts_grammar import officials, run
    ctx = run("Cimahi - Wakil Wali Kota Cimahi Budi Santoso menyampaikan pesan Dirjen Otonomi Daerah (Otda) Kementerian "
              "Dalam Negeri. \"Pak Dirjen Otda menyampaikan pesan, ASN harus netral,\" katanya. Kepala Dukcapil "
              "menyampaikan data, dan Dirjen Polpum menyampaikan arahan.")
    assert officials(ctx) == {"Budi Santoso"}


def test_abbreviated_balinese_noble_opener_is_part_of_the_name():
    from test_extract_posts_grammar import holds, run
    assert parse_name("Tjok. Oka Artha Ardhana Sukawati hadir", 0).name == "Tjok. Oka Artha Ardhana Sukawati"
    assert parse_name("Gst. Ngurah Rai hadir", 0).name == "Gst. Ngurah Rai"
    ctx = run("Denpasar - Pidato Gubernur Bali dan Wakil Gubernur Bali (Bapak Andi Saputra dan Bapak Cok. Gede "
              "Putra Wirawan) di Gedung Ksirarnawa.")
    assert holds(ctx) == {("Andi Saputra", "Gubernur", "51", "definitif"),
                          ("Cok. Gede Putra Wirawan", "Wakil Gubernur", "51", "definitif")}


def test_a_short_name_holding_the_same_post_elsewhere_is_another_person():
    from test_extract_posts_grammar import holds, officials, run
    ctx = run("Bandar Lampung - Mereka adalah Bupati dan Wakil Bupati Pringsewu Andi Saputra – Fauzi. Lalu Bupati "
              "dan Wakil Bupati Mesuji Rina Wulandari – Fauzi Hasan. Fauzi Hasan mengatakan siap.")
    assert {"Fauzi", "Fauzi Hasan"} <= officials(ctx)
    assert ("Fauzi", "Wakil Bupati", "18.10", "definitif") in holds(ctx)


def test_a_name_two_edits_from_a_region_is_a_name_and_a_misspelt_region_is_not():
    """"Subhan" shares the one-letter delete "Suban" with Subang but is two edits from it: a one-word name after
    a post, not a misspelt place.  "Benkalis" (Bengkalis less one letter) and "Bengaklis" (two letters
    swapped) are the place, and no one's name."""
    from graphkit.extract.posts.place_words import near_region
    assert not near_region("Subhan") and near_region("Benkalis") and near_region("Bengaklis")
    ctx = run("Kendari – Ketua DPRD Kota Kendari Subhan mengatakan, pengukuhan pengurus berjalan lancar.")
    assert holds(ctx) == {("Subhan", "Ketua DPRD", "74.71", "definitif")}
