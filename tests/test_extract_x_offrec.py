"""Officials' recall by structure (issue #16, offrec): classes of missed officials that recur across outlets.

Every sentence here is written for the test (none is copied from the corpus); each class has a test that
failed before its change and passes after it (docs/dev/issue-16-offrec.md gives the counts per class).
"""
from __future__ import annotations

from graphkit.extract.names.role_words import misspelt_unit
from extract_probe import entities_of as run, official_names as officials, post_holds as holds


# --- a legislature's seat whose body or holders its neighbour gives ------------------------------------------

def test_numbered_deputy_chair_takes_the_body_its_previous_seat_took():
    ctx = run("Purwokerto – Dari kalangan anggota DPRD Banyumas, hadir Wakil Ketua I Andi Wirawan, "
              "Wakil Ketua II Candra Wijaya, serta anggota Komisi III.")
    assert ("Candra Wijaya", "Wakil Ketua II DPRD", "33.02", "definitif") in holds(ctx)


def test_unnumbered_deputy_chair_followed_by_two_names_gives_both_the_seat():
    ctx = run("Klaten – Ketua DPRD Kabupaten Klaten, Budi Santoso, memimpin rapat bersama Wakil Ketua DPRD "
              "Andi Wirawan, S.Sos., M.H, dan Candra Wijaya, S.Pt.")
    assert {("Andi Wirawan", "Wakil Ketua DPRD", "33.10", "definitif"),
            ("Candra Wijaya", "Wakil Ketua DPRD", "33.10", "definitif")} <= holds(ctx)


def test_a_one_holder_post_after_the_deputy_chair_is_not_a_second_deputy():
    ctx = run("Purwokerto – Hadir Wakil Ketua DPRD Banyumas Budi Santoso, Sekda Andi Wirawan dan Camat Sokaraja "
              "Candra Wijaya.")
    assert not any(h[0] != "Budi Santoso" and h[1] == "Wakil Ketua DPRD" for h in holds(ctx))


# --- an agency acronym in another written form, or misspelt by one letter --------------------------------------

def test_noted_form_of_an_agency_acronym_opens_a_post():
    ctx = run("Semarang – Kepala Bappelitbangda Jawa Tengah Andi Wirawan mengatakan rapat itu penting.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Bappelitbangda", "33", "definitif")}


def test_acronym_misspelt_by_one_letter_is_the_acronym():
    ctx = run("Sleman – Rapat dipimpin Plt Kepala Bapelitbangda, Andi Wirawan, Rabu.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Bappelitbangda", "34.04", "Plt")}
    ctx = run("Sleman – Rapat dipimpin Kepala Diskomino Sleman Andi Wirawan, Rabu.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Komunikasi dan Informatika", "34.04", "definitif")}


def test_misspelling_needs_one_near_acronym_and_a_long_word():
    assert misspelt_unit("Bapelitbangda") == "Bappelitbangda"
    assert misspelt_unit("Bappedda") == "Bappeda"   # a doubled letter
    assert misspelt_unit("Bapeda") is None          # a letter dropped from Bappeda or from Bapenda: not told apart
    assert misspelt_unit("Bappeda") is None         # known as written
    assert misspelt_unit("Setiawan") is None
    assert misspelt_unit("Bapedda") is None         # one letter changed: Bappeda or Bapenda
    assert misspelt_unit("BKPSDMD") is None         # a variant acronym in capitals, kept as written


# --- the post written after the name: "NAME yang (saat ini) menjabat POST" -----------------------------------

def test_post_in_lower_case_after_menjabat_is_the_names_post():
    ctx = run("Sleman – Calon yang diusulkan yakni Andi Wirawan yang saat ini menjabat kepala dinas sosial "
              "Kabupaten Sleman, dan Budi Santoso.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Sosial", "34.04", "definitif")}


def test_lower_case_assistant_deputy_of_a_ministry():
    ctx = run("Semarang – Calon yang diusulkan yakni Andi Wirawan SE yang saat ini menjabat asisten deputi "
              "pengembangan ekonomi dan kesejahteraan rakyat Kemendagri.")
    assert ("Andi Wirawan", "Asisten Deputi Pengembangan Ekonomi dan Kesejahteraan Rakyat Kemendagri", "ID",
            "definitif") in holds(ctx)


def test_lower_case_words_after_a_link_that_are_no_post_stay_no_post():
    assert not officials(run("Sleman – Andi Wirawan selaku ketua panitia mengatakan acara berjalan lancar."))
    assert not officials(run("Sleman – Andi Wirawan sebagai kepala keluarga bertanggung jawab."))


def test_post_tied_by_menjabat_to_the_name_before_is_not_given_to_the_next_name():
    ctx = run("Semarang – Calon yang diusulkan yakni Andi Wirawan SE yang saat ini menjabat Asisten Deputi "
              "Pengembangan Ekonomi Kemendagri, Drs Budi Santoso, MM yang saat ini menjabat Kepala Dinas Sosial "
              "Provinsi Jawa Tengah.")
    assert holds(ctx) == {("Andi Wirawan", "Asisten Deputi Pengembangan Ekonomi Kemendagri", "ID", "definitif"),
                          ("Budi Santoso", "Kepala Dinas Sosial", "33", "definitif")}


def test_enumerated_unit_after_menjabat_does_not_hide_the_name_before():
    ctx = run("Semarang – Calon yang diusulkan yakni Candra Wijaya yang saat ini menjabat Kepala Biro Pemerintahan, "
              "Otonomi Daerah dan Kesejahteraan Rakyat Sekretariat Daerah Provinsi Jawa Tengah.")
    assert "Candra Wijaya" in officials(ctx)


# --- name shapes: degrees -----------------------------------------------------------------------------------------

def test_civil_service_academy_degree_and_a_blank_before_the_comma():
    ctx = run("Semarang – Calon yang diusulkan yakni Candra Wijaya, AP , MSi yang saat ini menjabat Kepala Dinas "
              "Sosial Provinsi Jawa Tengah.")
    assert holds(ctx) == {("Candra Wijaya", "Kepala Dinas Sosial", "33", "definitif")}
    ctx = run("Bantul – Hadir Kepala Dinas Kependudukan dan Pencatatan Sipil Kab Bantul Drs Budi AP MAP.")
    assert holds(ctx) == {("Budi", "Kepala Dinas Kependudukan dan Pencatatan Sipil", "34.02", "definitif")}


# --- a person's second post, tied to the first by "sebagai" / "dilantik menjadi" ---------------------------------

def test_acting_post_after_the_current_post_goes_to_the_same_person():
    ctx = run("Klaten – Gubernur Jawa Tengah telah menunjuk Andi Wirawan yang saat ini menjabat Sekretaris Daerah "
              "sebagai Pelaksana Harian (Plh) Bupati Klaten.")
    assert ("Andi Wirawan", "Bupati", "33.10", "Plh") in holds(ctx)


def test_list_of_appointees_each_with_current_and_new_post():
    ctx = run("Semarang – Pejabat yang dilantik hari ini yakni Andi Wirawan yang saat ini juga menjabat sebagai "
              "Kepala Biro Pemerintahan Setda Jawa Tengah akan dilantik menjadi Pejabat Bupati Klaten, Budi Santoso "
              "yang menjabat sebagai Badan Keuangan Daerah Jawa Tengah akan dilantik kembali sebagai Penjabat Bupati "
              "Banyumas, Candra Wijaya saat ini menjabat sebagai Kepala Dinas Sosial Jawa Tengah akan dilantik sebagai "
              "Penjabat Bupati Sleman.")
    pj = {(h[0], h[2]) for h in holds(ctx) if h[3] == "Pj"}
    assert pj == {("Andi Wirawan", "33.10"), ("Budi Santoso", "33.02"), ("Candra Wijaya", "34.04")}


def test_second_post_still_to_come_or_only_appointed_is_not_held():
    ctx = run("Semarang – Pekan depan Andi Wirawan yang saat ini menjabat sebagai Kepala Biro Pemerintahan Setda "
              "Jawa Tengah akan dilantik menjadi Pejabat Bupati Klaten.")
    assert not any(h[3] == "Pj" for h in holds(ctx))
    ctx = run("Semarang – Menteri Dalam Negeri telah menunjuk Andi Wirawan, Sekretaris Daerah Kabupaten Klaten, "
              "sebagai Penjabat Bupati Klaten.")
    assert not any(h[3] == "Pj" for h in holds(ctx))


# --- slips in the post ------------------------------------------------------------------------------------------

def test_post_whose_first_word_is_written_twice_still_takes_the_name_before():
    ctx = run("Semarang – Serta Andi Wirawan yang menjabat sebagai Kepala Kepala Dinas Lingkungan Hidup dan "
              "Kehutanan (DLHK) Jawa Tengah.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Lingkungan Hidup dan Kehutanan", "33", "definitif")}


def test_bare_initial_opens_a_name_that_yang_menjabat_ties_to_a_post():
    ctx = run("Semarang – Serta A Budiman yang menjabat sebagai Kepala Dinas Sosial Jawa Tengah.")
    assert holds(ctx) == {("A Budiman", "Kepala Dinas Sosial", "33", "definitif")}
