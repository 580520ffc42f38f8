"""Officials over the develop half (issue #16, off17): posts of a head and deputy named together, acting seats.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it, unless it says it is a guard (docs/dev/issue-16-off17.md gives the counts).
"""
from __future__ import annotations

from extract_probe import entities_of as run, post_holds as holds


# --- a head and deputy named together: the deputy by "wakilnya", the pair with "resmi menjabat sebagai" --------

def test_the_deputy_named_by_reference_to_the_head():
    ctx = run("Nanga Bulik – Rapat itu diikuti Bupati Lamandau H Budi Santoso dan wakilnya Candra Wijaya "
              "beserta para kepala dinas.")
    assert ("Candra Wijaya", "Wakil Bupati", "62.09", "definitif") in holds(ctx)


def test_the_deputy_after_a_comma_of_a_head_in_lower_case():
    ctx = run("Dolok Sanggul – Saat wartawan bertanya kepada bupati Dedi Santoso, wakilnya Candra Wijaya "
              "menyetop wawancara.")
    assert ("Candra Wijaya", "Wakil Bupati", "12.16", "definitif") in holds(ctx)


def test_a_running_mate_is_no_deputy():
    """Guard: "calon wakilnya" is a ticket still running, it holds nothing."""
    ctx = run("Bengkulu – Wali Kota Bengkulu Budi Santoso bersama calon wakilnya Candra Wijaya mendaftar ke KPU.")
    assert not any(h[0] == "Candra Wijaya" for h in holds(ctx))


def test_the_deputy_of_another_post_is_not_read():
    """Guard: "wakilnya" after a chair of the DPRD names a post the possessive does not spell out."""
    ctx = run("Bengkulu – Ketua DPRD Bengkulu Budi Santoso dan wakilnya Candra Wijaya hadir.")
    assert not any(h[0] == "Candra Wijaya" for h in holds(ctx))


def test_a_pair_that_holds_its_posts_from_now_on():
    ctx = run("Nanga Pinoh – Sejak pekan lalu Budi Santoso dan Candra Wijaya resmi menjabat sebagai Bupati dan "
              "Wakil Bupati Melawi untuk lima tahun ke depan.")
    assert holds(ctx) >= {("Budi Santoso", "Bupati", "61.10", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "61.10", "definitif")}


# --- the deputy acting in the head's seat holds both ------------------------------------------------------------

def test_the_deputy_acting_as_head_holds_both_seats():
    ctx = run("Kendari – Program seratus hari Walikota dan Wakil Walikota Kendari, Adi Putra, ST dan Budi Santoso "
              "SE, dipaparkan di balai kota. Paparan itu dibuka oleh Pelaksana Tugas (Plt) Walikota "
              "Kendari, Budi Santoso, karena wali kota sedang cuti.")
    assert holds(ctx) >= {("Adi Putra", "Wali Kota", "74.71", "definitif"),
                          ("Budi Santoso", "Wakil Wali Kota", "74.71", "definitif"),
                          ("Budi Santoso", "Wali Kota", "74.71", "Plt")}


def test_someone_else_acting_in_a_held_seat_stays_a_rival():
    """Guard: a Pj read across a comma in a seat the text gives a definitive holder, who holds another post
    himself, is not that seat's holder (he is to be sworn in later)."""
    ctx = run("Pringsewu – Bupati Pringsewu Adi Putra masih menjabat. Kepala Bapenda Lampung, Budi Santoso, akan "
              "dilantik. Pj Bupati Pringsewu, Budi Santoso, dijadwalkan hadir.")
    assert ("Budi Santoso", "Bupati", "18.10", "Pj") not in holds(ctx)


# --- a jurisdiction written with its province and the province's short form in brackets -------------------------

def test_the_province_with_its_short_form_in_brackets_between_post_and_name():
    ctx = run("Takalar – Penjabat (Pj) Bupati Takalar, Sulawesi Selatan (Sulsel) Budi Santoso membuka pasar "
              "murah di alun-alun.")
    assert ("Budi Santoso", "Bupati", "73.05", "Pj") in holds(ctx)


def test_the_province_with_its_short_form_and_a_comma():
    ctx = run("Kendari – Walikota Kendari, Sulawesi Tenggara (Sultra), DR Budi Santoso, M.Si meresmikan taman kota.")
    assert ("Budi Santoso", "Wali Kota", "74.71", "definitif") in holds(ctx)


# --- a short form the text defines in brackets is no person's name ---------------------------------------------

def test_a_region_short_form_defined_in_brackets_is_no_member():
    ctx = run("Stabat – Bupati Langkat bertemu anggota DPRD Provinsi Sumatera Utara (Provsu) di pendopo. Menurut "
              "Bupati, anggota DPRD Provsu menampung usulan warga.")
    assert not any(h[0] == "Provsu" for h in holds(ctx))


def test_a_post_short_form_defined_in_brackets_is_no_holder():
    ctx = run("Brebes – Petugas mencopot spanduk para Bakal Calon (Bacalon) Bupati, Bacalon Wakil Bupati dan "
              "Bacalon Gubernur di tepi jalan.")
    assert not any(h[0] == "Bacalon" for h in holds(ctx))


def test_a_nickname_made_of_a_persons_name_stays_an_alias():
    """Guard: "Budi Santoso (Busan)" defines no post's short form; the governor is still read."""
    ctx = run("Bandung – Gubernur Jawa Barat Budi Santoso (Busan) hadir. Kata Gubernur Busan, program berjalan.")
    assert ("Budi Santoso", "Gubernur", "32", "definitif") in holds(ctx)


# --- a seat written without its region sits in the body the text names with one --------------------------------

def test_a_bare_seat_of_the_provincial_legislature_named_before():
    ctx = run("Kisaran – Bupati Asahan Budi Santoso menerima rombongan reses anggota DPRD Provinsi Sumatera "
              "Utara di pendopo. Ketua rombongan, Candra Wijaya, bersama anggota DPRD Dedi Kurnia, Eko "
              "Prasetyo, dan Fajar Nugroho, berdialog dengan warga.")
    assert holds(ctx) >= {("Dedi Kurnia", "Anggota DPRD", "12", "definitif"),
                          ("Eko Prasetyo", "Anggota DPRD", "12", "definitif")}


def test_a_bare_seat_with_its_body_named_for_the_regency_stays_there():
    """Guard: the body the text names with its region is the regency's own."""
    ctx = run("Kupang – Ketua DPRD Budi Santoso membuka sidang. Ketua DPRD Kabupaten Kupang itu menyampaikan "
              "laporan.")
    assert ("Budi Santoso", "Ketua DPRD", "53.01", "definitif") in holds(ctx)


# --- a one-word name one letter off a region of another province is a name --------------------------------------

def test_a_name_one_letter_off_a_far_regency_is_read():
    ctx = run("Maros – Acara dibuka Wakil Bupati Asmar, didampingi Sekda Maros dan para lurah.")
    assert ("Asmar", "Wakil Bupati", "73.09", "definitif") in holds(ctx)


def test_a_misspelt_regency_of_the_articles_province_is_still_a_place():
    """Guard: "Benkalis" in a story from Riau is Bengkalis misspelt, no one's name."""
    ctx = run("Bengkalis – Hadir Bupati Benkalis, Kepala Dinas Pertanian dan para camat.")
    assert not any(h[0] == "Benkalis" for h in holds(ctx))


def test_a_word_opening_the_sentence_is_not_freed_by_the_province_test():
    """Guard: a conjunction that opens the sentence and lies one letter off a far region stays no name."""
    ctx = run("Sukamara – Selama menjabat Penjabat (Pj) Bupati Sukamara, Drs. Budi Santoso, M.Si "
              "rutin meninjau sekolah.")
    assert ("Budi Santoso", "Bupati", "62.08", "Pj") in holds(ctx)


# --- a pair of heads elected, not yet sworn in, holds nothing ------------------------------------------------

def test_a_pair_to_be_sworn_in_later_holds_nothing_yet():
    ctx = run("Sabang – Pasangan Wali Kota dan Wakil Wali Kota Sabang Budi Santoso SE dan Candra Wijaya ST "
              "akan dilantik pada Sabtu, 24 Mei 2025 di gedung DPRK.")
    assert not any(h[0] in ("Budi Santoso", "Candra Wijaya") for h in holds(ctx))


def test_a_pair_declared_elected_holds_nothing_yet():
    ctx = run("Bireuen – Surat Keputusan Penetapan Budi Santoso dan Candra Wijaya sebagai Bupati dan "
              "Wakil Bupati Bireuen diserahkan kepada dewan.")
    assert not any(h[0] in ("Budi Santoso", "Candra Wijaya") for h in holds(ctx))


def test_a_sitting_pair_before_another_pairs_inauguration_still_holds():
    """Guard: the swearing-in still to come is another pair's; the pair named holds its posts."""
    ctx = run("Ba'a – Dewan mengirim usul pemberhentian Bupati dan Wakil Bupati Rote Ndao, Budi Santoso dan Candra "
              "Wijaya, karena masa jabatannya akan habis ketika pasangan baru dilantik.")
    assert holds(ctx) >= {("Budi Santoso", "Bupati", "53.14", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "53.14", "definitif")}


def test_a_pair_sworn_in_holds_its_posts():
    """Guard: the inauguration reported as done."""
    ctx = run("Nanga Pinoh – Budi Santoso dan Candra Wijaya resmi dilantik sebagai Bupati dan Wakil Bupati Melawi "
              "oleh Gubernur.")
    assert ("Candra Wijaya", "Wakil Bupati", "61.10", "definitif") in holds(ctx)


def test_a_pair_sworn_in_later_today_holds_its_posts():
    """Guard: what is scheduled for today is reported as it happens (as for one acting head)."""
    ctx = run("Sabang – Pasangan Wali Kota dan Wakil Wali Kota Sabang Budi Santoso SE dan Candra Wijaya ST akan "
              "dilantik pada siang hari ini.")
    assert ("Candra Wijaya", "Wakil Wali Kota", "11.72", "definitif") in holds(ctx)
