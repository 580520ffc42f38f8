"""Officials over the develop half (issue #16, off17): posts of a head and deputy named together, acting seats.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it, unless it says it is a guard (docs/dev/issue-16-off17.md gives the counts).
"""
from __future__ import annotations

from extract_probe import entities_of as run, post_holds as holds


# --- a head and deputy named together: the deputy by "wakilnya", the pair with "resmi menjabat sebagai" --------

def test_the_deputy_named_by_reference_to_the_head():
    ctx = run("Nanga Bulik – Pihak eksekutif dihadiri oleh Bupati Lamandau H Budi Santoso dan wakilnya Candra "
              "Wijaya. Hadir juga unsur Forkopimda.")
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
    ctx = run("Sintang – Budi Santoso dan Candra Wijaya resmi menjabat sebagai Bupati dan Wakil Bupati Sintang "
              "periode 2025-2030 setelah serah terima jabatan.")
    assert holds(ctx) >= {("Budi Santoso", "Bupati", "61.05", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "61.05", "definitif")}


# --- the deputy acting in the head's seat holds both ------------------------------------------------------------

def test_the_deputy_acting_as_head_holds_both_seats():
    ctx = run("Kendari – Evaluasi pemerintahan Walikota dan Wakil Walikota Kendari, Adi Putra, ST dan Budi Santoso "
              "SE, digelar Pemkot Kendari. Rakor yang dipimpin langsung oleh Pelaksana Tugas (Plt) Walikota "
              "Kendari, Budi Santoso, juga membahas rencana program.")
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
    ctx = run("Jeneponto – Penjabat (Pj) Bupati Jeneponto, Sulawesi Selatan (Sulsel) Budi Santoso meminta seluruh "
              "ASN menjaga netralitas.")
    assert ("Budi Santoso", "Bupati", "73.04", "Pj") in holds(ctx)


def test_the_province_with_its_short_form_and_a_comma():
    ctx = run("Baubau – Walikota Baubau, Sulawesi Tenggara (Sultra), DR Budi Santoso, M.Si meminta ASN disiplin.")
    assert ("Budi Santoso", "Wali Kota", "74.72", "definitif") in holds(ctx)


# --- a short form the text defines in brackets is no person's name ---------------------------------------------

def test_a_region_short_form_defined_in_brackets_is_no_member():
    ctx = run("Batu Bara – Bupati menerima kunjungan anggota DPRD Provinsi Sumatera Utara (Provsu) di aula. Bupati "
              "berharap kehadiran anggota DPRD Provsu membawa angin segar.")
    assert not any(h[0] == "Provsu" for h in holds(ctx))


def test_a_post_short_form_defined_in_brackets_is_no_holder():
    ctx = run("Tegal – Ratusan alat peraga dari para Bakal Calon (Bacalon) Gubernur, Bacalon Wakil Gubernur dan "
              "Bacalon Wali Kota Tegal ditertibkan.")
    assert not any(h[0] == "Bacalon" for h in holds(ctx))


def test_a_nickname_made_of_a_persons_name_stays_an_alias():
    """Guard: "Dedi Mulyadi (Demul)" defines no post's short form; the governor is still read."""
    ctx = run("Bandung – Gubernur Jawa Barat Dedi Mulyadi (Demul) hadir. Kata Gubernur Demul, program berjalan.")
    assert ("Dedi Mulyadi", "Gubernur", "32", "definitif") in holds(ctx)


# --- a seat written without its region sits in the body the text names with one --------------------------------

def test_a_bare_seat_of_the_provincial_legislature_named_before():
    ctx = run("Batu Bara – Bupati Batu Bara Budi Santoso menerima kunjungan reses anggota DPRD Provinsi Sumatera "
              "Utara di aula kantor bupati. Ketua tim, Candra Wijaya, bersama anggota DPRD Dedi Kurnia, Eko "
              "Prasetyo, dan Fajar Nugroho, disambut hangat.")
    assert holds(ctx) >= {("Dedi Kurnia", "Anggota DPRD", "12", "definitif"),
                          ("Eko Prasetyo", "Anggota DPRD", "12", "definitif")}


def test_a_bare_seat_with_its_body_named_for_the_regency_stays_there():
    """Guard: the body the text names with its region is the regency's own."""
    ctx = run("Kupang – Ketua DPRD Budi Santoso membuka sidang. Ketua DPRD Kabupaten Kupang itu menyampaikan "
              "laporan.")
    assert ("Budi Santoso", "Ketua DPRD", "53.01", "definitif") in holds(ctx)


# --- a one-word name one letter off a region of another province is a name --------------------------------------

def test_a_name_one_letter_off_a_far_regency_is_read():
    ctx = run("Enrekang – Turut hadir Wakil Bupati Asman, Kepala Dinas Pertanian Enrekang dan para camat.")
    assert ("Asman", "Wakil Bupati", "73.16", "definitif") in holds(ctx)


def test_a_misspelt_regency_of_the_articles_province_is_still_a_place():
    """Guard: "Benkalis" in a story from Riau is Bengkalis misspelt, no one's name."""
    ctx = run("Bengkalis – Hadir Bupati Benkalis, Kepala Dinas Pertanian dan para camat.")
    assert not any(h[0] == "Benkalis" for h in holds(ctx))


def test_a_word_opening_the_sentence_is_not_freed_by_the_province_test():
    """Guard: a conjunction that opens the sentence and lies one letter off a far region stays no name."""
    ctx = run("Sukamara – Selama menjabat sebagai Penjabat (Pj) Bupati Sukamara, Drs. Budi Santoso, M.Si "
              "menyempatkan diri berkunjung.")
    assert ("Budi Santoso", "Bupati", "62.08", "Pj") in holds(ctx)


# --- a pair of heads elected, not yet sworn in, holds nothing ------------------------------------------------

def test_a_pair_to_be_sworn_in_later_holds_nothing_yet():
    ctx = run("Langsa – Wali Kota dan Wakil Wali Kota Langsa Budi Santoso SE dan Candra Wijaya ST, periode "
              "2025-2030 akan dilantik pada Sabtu, 24 Mei 2025.")
    assert not any(h[0] in ("Budi Santoso", "Candra Wijaya") for h in holds(ctx))


def test_a_pair_declared_elected_holds_nothing_yet():
    ctx = run("Idi – Keputusan Penetapan Budi Santoso dan Candra Wijaya sebagai Bupati dan Wakil Bupati Aceh "
              "Timur dibacakan dalam rapat paripurna.")
    assert not any(h[0] in ("Budi Santoso", "Candra Wijaya") for h in holds(ctx))


def test_a_sitting_pair_before_another_pairs_inauguration_still_holds():
    """Guard: the swearing-in still to come is another pair's; the pair named holds its posts."""
    ctx = run("Seba – DPRD mengusulkan pemberhentian Bupati dan Wakil Bupati Sabu Raijua, Budi Santoso dan Candra "
              "Wijaya, yang masa jabatannya akan berakhir seiring pelantikan pasangan terpilih.")
    assert holds(ctx) >= {("Budi Santoso", "Bupati", "53.20", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "53.20", "definitif")}


def test_a_pair_sworn_in_holds_its_posts():
    """Guard: the inauguration reported as done."""
    ctx = run("Sintang – Budi Santoso dan Candra Wijaya resmi dilantik sebagai Bupati dan Wakil Bupati Sintang "
              "oleh Gubernur.")
    assert ("Candra Wijaya", "Wakil Bupati", "61.05", "definitif") in holds(ctx)


def test_a_pair_sworn_in_later_today_holds_its_posts():
    """Guard: what is scheduled for today is reported as it happens (as for one acting head)."""
    ctx = run("Langsa – Wali Kota dan Wakil Wali Kota Langsa Budi Santoso SE dan Candra Wijaya ST akan dilantik "
              "pada siang hari ini.")
    assert ("Candra Wijaya", "Wakil Wali Kota", "11.74", "definitif") in holds(ctx)
