"""Officials and holds over the develop half (issue #16, hold14): a legislature's seats written loosely.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it (docs/dev/issue-16-hold14.md gives the counts of the class).
"""
from __future__ import annotations

from extract_probe import entities_of as run, official_names as officials, post_holds as holds


# --- the regional legislature's acronym with two letters swapped ----------------------------------------------

def test_chair_of_a_legislature_whose_acronym_has_two_letters_swapped():
    ctx = run("Sekadau – Rapat itu dipimpin Ketua DRPD Sekadau Budi Santoso, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Ketua DPRD", "61.09", "definitif")}


def test_member_of_a_legislature_misspelt_in_lower_case():
    ctx = run("Klaten – Usulan itu disampaikan anggota DPDR Klaten Andi Wirawan dalam rapat, Senin.")
    assert holds(ctx) == {("Andi Wirawan", "Anggota DPRD", "33.10", "definitif")}


# --- a seat written small after the body's chair in the same sentence --------------------------------------------

def test_counted_deputy_chairs_after_the_chair_take_the_body():
    ctx = run("Sekadau – Sidang dipimpin ketua DPRD Sekadau Budi Santoso didampingi dua wakil ketua Andi Wirawan "
              "dan Candra Wijaya, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Ketua DPRD", "61.09", "definitif"),
                          ("Andi Wirawan", "Wakil Ketua DPRD", "61.09", "definitif"),
                          ("Candra Wijaya", "Wakil Ketua DPRD", "61.09", "definitif")}


def test_small_deputy_chair_after_the_chair_takes_the_body():
    ctx = run("Klaten – Rapat dipimpin Ketua DPRD Klaten Budi Santoso, didampingi wakil ketua Andi Wirawan.")
    assert ("Andi Wirawan", "Wakil Ketua DPRD", "33.10", "definitif") in holds(ctx)


def test_small_seat_in_another_sentence_or_a_counted_class_stays_no_post():
    assert officials(run("Klaten – Rapat dipimpin Ketua DPRD Klaten Budi Santoso. Hadir pula wakil ketua Andi "
                         "Wirawan.")) == {"Budi Santoso"}
    assert officials(run("Semarang – Para bupati Jawa Tengah hadir dalam rapat itu.")) == set()
    assert officials(run("Klaten – Ketua DPRD Klaten Budi Santoso bertemu ketua Andi Wirawan.")) == {"Budi Santoso"}
