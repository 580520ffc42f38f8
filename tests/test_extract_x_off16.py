"""Officials and holds over the develop half (issue #16, off16): posts written in forms the post grammar missed.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it (docs/dev/issue-16-off16.md gives the counts of the class).
"""
from __future__ import annotations

from extract_probe import entities_of as run, post_holds as holds


# --- a deputy chair's seat numbered in figures: the seat's number, as with Roman numerals ------------------------

def test_deputy_chairs_numbered_in_figures_after_the_chair():
    ctx = run("Pati – Rapat dihadiri Ketua DPRD Pati Budi Santoso, Wakil Ketua 1 Candra Wijaya, dan Wakil Ketua 3 "
              "Dedi Kurnia.")
    assert holds(ctx) == {("Budi Santoso", "Ketua DPRD", "33.18", "definitif"),
                          ("Candra Wijaya", "Wakil Ketua I DPRD", "33.18", "definitif"),
                          ("Dedi Kurnia", "Wakil Ketua III DPRD", "33.18", "definitif")}


def test_deputy_chair_numbered_after_the_body_then_a_comma():
    ctx = run("Gorontalo Utara – Rapat dipimpin oleh Wakil Ketua DPRD 1, Budi Santoso dan Wakil Ketua 2, "
              "Candra Wijaya.")
    assert holds(ctx) == {("Budi Santoso", "Wakil Ketua I DPRD", "75.05", "definitif"),
                          ("Candra Wijaya", "Wakil Ketua II DPRD", "75.05", "definitif")}


def test_a_figure_that_is_no_seat_stays_out_of_the_post():
    assert holds(run("Pati – Rapat dipimpin Wakil Ketua DPRD Pati Budi Santoso pada 2 Mei.")) == {
        ("Budi Santoso", "Wakil Ketua DPRD", "33.18", "definitif")}


# --- a short title is expanded (one Office per post, whichever way the text writes it) -------------------------

def test_a_short_title_that_is_also_a_place_name_is_still_expanded():
    ctx = run("Samarinda – Hal itu disampaikan Karo Humas Setprov Kaltim Budi Santoso, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Kepala Biro Humas", "64", "definitif")}


def test_an_abbreviation_that_reads_as_its_expansion_is_still_expanded():
    ctx = run("Siak – Hadir Kadis Pendidikan Siak Budi Santoso.")
    assert holds(ctx) == {("Budi Santoso", "Kepala Dinas Pendidikan", "14.08", "definitif")}


def test_an_acronym_inside_the_expansion_does_not_keep_the_short_title():
    ctx = run("Sekayu – Rapat itu dihadiri Plt Sekwan Muba Budi Santoso, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Sekretaris DPRD", "16.06", "Plt")}


# --- a head and deputy named as a pair: the deputy's short title, "serta", the first name's degrees --------------

def test_a_pair_whose_deputy_is_written_by_the_short_title():
    ctx = run("Sragen – Kepemimpinan Bupati-Wabup Sragen Candra Wijaya dan Dedi Kurnia sudah berjalan dua tahun.")
    assert holds(ctx) == {("Candra Wijaya", "Bupati", "33.14", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "33.14", "definitif")}


def test_a_pair_joined_by_serta_gives_each_post_to_its_own_name():
    ctx = run("Jombang – Gubernur melantik Candra Wijaya dan Dedi Kurnia sebagai Bupati serta Wakil Bupati Jombang.")
    assert holds(ctx) == {("Candra Wijaya", "Bupati", "35.17", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "35.17", "definitif")}


def test_an_elected_pair_joined_by_serta_holds_nothing_yet():
    ctx = run("Jombang – KPU menetapkan Candra Wijaya dan Dedi Kurnia sebagai Bupati serta Wakil Bupati Jombang "
              "terpilih periode 2025 – 2030.")
    assert holds(ctx) == set()


def test_an_inaugurated_pair_whose_first_name_has_degrees():
    ctx = run("Nabire – Gubernur melantik Candra Wijaya, S.Sos, M.Si dan Dedi Kurnia sebagai Bupati dan Wabup "
              "Nabire terpilih periode 2020-2025 di Gedung Negara.")
    assert holds(ctx) == {("Candra Wijaya", "Bupati", "94.01", "definitif"),
                          ("Dedi Kurnia", "Wakil Bupati", "94.01", "definitif")}


# --- a head mistyped once (a letter dropped, doubled, swapped, or a neighbouring key) is read as the head ----------

def test_a_head_of_region_with_a_letter_dropped():
    ctx = run("Taliwang – Dalam sambutannya, Bupat Sumbawa Barat Budi Santoso mengajak warga menjaga kebersihan.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "52.07", "definitif")}


def test_a_deputy_governor_struck_on_a_neighbouring_key():
    ctx = run("Mataram – Ia datang bersama Wakil Gubermur NTB, Siti Rahmawati, Senin.")
    assert holds(ctx) == {("Siti Rahmawati", "Wakil Gubernur", "52", "definitif")}


def test_a_regional_secretary_with_a_letter_dropped():
    ctx = run("Lahat – Sambutan itu disampaikan oleh Seketaris Daerah Kabupaten Lahat, Candra Wijaya, Senin.")
    assert holds(ctx) == {("Candra Wijaya", "Sekretaris Daerah", "16.04", "definitif")}


def test_every_head_of_a_region_is_no_one_person():
    ctx = run("Nabire – Suasana Raker Bupati se-Papua Tengah di Nabire, Senin.")
    assert holds(ctx) == set()


# --- a shorter name with the post, for an official already named in full ---------------------------------------

def test_a_surname_with_the_post_and_no_region_is_the_holder_named_before():
    ctx = run("Jayapura – Gubernur Papua, Budi Santoso melantik Candra Wijaya sebagai Bupati Nabire. "
              "Gubernur Santoso juga mengucapkan selamat.")
    assert holds(ctx) == {("Budi Santoso", "Gubernur", "91", "definitif"),
                          ("Candra Wijaya", "Bupati", "94.01", "definitif")}


def test_a_surname_two_officials_share_goes_to_the_one_with_the_post():
    ctx = run("Tenggarong – Gubernur Kalimantan Timur, Rudi Hartono, melakukan kunjungan. Hadir Ketua DPRD Kaltim "
              "Hasan Hartono. Gubernur Hartono menekankan kerja sama.")
    assert holds(ctx) == {("Rudi Hartono", "Gubernur", "64", "definitif"),
                          ("Hasan Hartono", "Ketua DPRD", "64", "definitif")}


def test_a_clipped_one_word_name_with_the_same_post():
    ctx = run("Pamekasan – Wakil Bupati (Wabup) Pamekasan, H Hendriyanto mengajak para kepala desa bergerak cepat. "
              "Wabup Hendri menyebutkan, setiap usulan warga wajib ditanggapi.")
    assert holds(ctx) == {("Hendriyanto", "Wakil Bupati", "35.28", "definitif")}
