"""Officials and holds over the develop half (issue #16, off15): posts written in forms the post grammar missed.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it (docs/dev/issue-16-off15.md gives the counts of the class).
"""
from __future__ import annotations

from extract_probe import entities_of as run, official_names as officials, post_holds as holds


# --- the regional legislature named by its common noun, or by Aceh's own name, for any seat --------------------

def test_deputy_chair_of_the_council_of_a_region_is_a_seat_of_its_legislature():
    ctx = run("Klaten – Bupati didampingi Wakil ketua Dewan Klaten Andi Wirawan SE, Senin.")
    assert holds(ctx) == {("Andi Wirawan", "Wakil Ketua DPRD", "33.10", "definitif")}


def test_member_of_the_council_with_the_region_kind_written():
    ctx = run("Klaten – Rapat itu dihadiri Anggota Dewan Kabupaten Klaten Budi Santoso.")
    assert holds(ctx) == {("Budi Santoso", "Anggota DPRD", "33.10", "definitif")}


def test_the_council_in_aceh_takes_the_legislature_s_legal_name():
    ctx = run("Aceh Timur – Bupati didampingi Wakil Ketua Dewan Aceh Timur Andi Wirawan, Senin.")
    assert holds(ctx) == {("Andi Wirawan", "Wakil Ketua DPRK", "11.03", "definitif")}


def test_secretary_of_aceh_s_regency_legislature():
    ctx = run("Aceh Timur – Keputusan itu dibacakan oleh Sekretaris DPRK (Sekwan) Aceh Timur Candra.")
    assert holds(ctx) == {("Candra", "Sekretaris DPRK", "11.03", "definitif")}


def test_other_councils_of_a_region_are_no_legislature():
    for text in ("Klaten – Rapat itu dihadiri Ketua Dewan Pendidikan Klaten Andi Wirawan.",
                 "Klaten – Rapat itu dihadiri Ketua Dewan Kesenian Klaten Andi Wirawan dan warga.",
                 "Klaten – Rapat itu dihadiri Ketua Dewan Pimpinan Daerah Partai Golkar Klaten Andi Wirawan."):
        assert officials(run(text)) == set(), text


# --- a head and deputy named as a pair: each post goes to its own name, or to no one ---------------------------

def test_a_pair_s_first_name_joined_by_a_hyphen_is_read_whole():
    ctx = run("Aceh Timur – Gubernur melantik Budi Al-Farisi dan Candra Wijaya sebagai Bupati dan Wakil Bupati "
              "Aceh Timur, Senin.")
    assert holds(ctx) == {("Budi Al-Farisi", "Bupati", "11.03", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "11.03", "definitif")}


def test_a_pair_whose_first_name_is_no_name_leaves_the_head_s_post_to_no_one():
    ctx = run("Aceh Jaya – Penetapan Andi Wirawan dan Candra Wijaya sebagai Bupati dan Wakil Bupati Aceh Jaya "
              "dibacakan dalam rapat paripurna.")
    assert ("Candra Wijaya", "Bupati", "11.14", "definitif") not in holds(ctx)


def test_names_joined_by_a_dash_still_make_a_pair():
    ctx = run("Siak – Gubernur melantik Budi-Candra Wijaya sebagai Bupati-Wakil Bupati Kabupaten Siak, Senin.")
    assert holds(ctx) == {("Budi", "Bupati", "14.08", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "14.08", "definitif")}
