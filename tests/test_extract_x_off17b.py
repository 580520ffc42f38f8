"""Officials over the develop half (issue #16, off17b): lists of names and the posts they hold.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it, unless it says it is a guard (docs/dev/issue-16-off17b.md gives the counts).
"""
from __future__ import annotations

from extract_probe import entities_of as run, post_holds as holds


# --- a list of members with each one's group in brackets after the name ------------------------------------------

def test_members_listed_with_their_group_after_each_name():
    ctx = run("Kuala Kurun – Sidang itu tidak dihadiri anggota DPRD Gunung Mas yakni Andi Pratama, Bayu Saputra "
              "(Fraksi Hanura), Cici Lestari dan Deni Kurniawan (Fraksi Demokrat).")
    got = holds(ctx)
    for name in ("Andi Pratama", "Bayu Saputra", "Cici Lestari", "Deni Kurniawan"):
        assert (name, "Anggota DPRD", "62.10", "definitif") in got


def test_two_deputy_chairs_each_with_a_party():
    ctx = run("Kuala Kurun – Rapat dipimpin Wakil Ketua DPRD Gunung Mas Andi Pratama (Golkar) dan Bayu Saputra "
              "(PKB) sampai sore.")
    assert holds(ctx) >= {("Andi Pratama", "Wakil Ketua DPRD", "62.10", "definitif"),
                          ("Bayu Saputra", "Wakil Ketua DPRD", "62.10", "definitif")}


def test_a_bracket_that_names_another_post_ends_the_list():
    """Guard: a bracket that opens with a post is no member's group; the list does not go on past it."""
    ctx = run("Kuala Kurun – Hadir anggota DPRD Gunung Mas yakni Andi Pratama (Ketua Komisi I) dan Bayu Saputra.")
    assert ("Bayu Saputra", "Anggota DPRD", "62.10", "definitif") not in holds(ctx)


# --- a short post read as a one-word name: its unit goes on after it ---------------------------------------------

def test_a_short_police_post_before_its_unit_is_no_person():
    ctx = run("Jayapura – Kapolda Papua ditemani Wakapolda Papua, Irwasda Polda Papua, dan Dirlantas Polda Papua.")
    assert not any(h[0] == "Irwasda" for h in holds(ctx))


def test_a_short_branch_head_before_its_bank_is_no_person():
    ctx = run("Sleman – Rapat dihadiri Kepala OPD, Pimca Bank Sleman, dan para camat.")
    assert not any(h[0] == "Pimca" for h in holds(ctx))


def test_a_misspelt_short_head_before_its_section_is_no_person():
    ctx = run("Sleman – Bupati ditemani Sekda, Kabg Umum Rina Lestari, dan Kadis Pertanian Bayu Saputra.")
    assert not any(h[0] == "Kabg" for h in holds(ctx))


def test_a_one_word_name_set_off_by_commas_still_holds():
    """Guard: a bare one-word name between commas is read as before."""
    ctx = run("Sleman – Rapat dihadiri Kepala Dinas Kesehatan, Budiono, dan para camat.")
    assert ("Budiono", "Kepala Dinas Kesehatan", "34.04", "definitif") in holds(ctx)


# --- a capitalised verb read as a name: the verbs the project knows, and their bare roots -------------------------

def test_a_capitalised_passive_verb_after_a_post_is_no_name():
    ctx = run("Bantul – Rapat Persiapan Pelantikan Bupati Bantul, Segera Dipimpin Asisten I Bidang Pemerintahan "
              "Rina Lestari.")
    got = holds(ctx)
    assert not any("Dipimpin" in h[0] for h in got)


def test_a_verb_root_written_apart_from_its_prefix_is_no_name():
    ctx = run("Jakarta – Rina adalah wakil wali kota yang di Lantik menjadi wali kota Jakarta Timur pekan ini.")
    assert not any(h[0] == "Lantik" for h in holds(ctx))


def test_a_headline_verb_after_two_names_is_no_part_of_them():
    ctx = run("Jakarta – Partai Usung Rina Lestari dan Dodi Hartono Duduki Kursi Sekda DKI")
    assert not any("Duduki" in h[0] for h in holds(ctx))


def test_a_first_name_spelt_like_a_root_is_still_a_name():
    """Guard: only a verb after a name's first word, or a verb alone, rules the name out."""
    ctx = run("Bantul – Rapat dipimpin Wakil Bupati Bantul, Gelar Santoso, pagi ini.")
    assert ("Gelar Santoso", "Wakil Bupati", "34.02", "definitif") in holds(ctx)
