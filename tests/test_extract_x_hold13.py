"""Officials and holds over the 247 opened articles (issue #16, hold13): classes that recur across outlets.

Every sentence here is written for the test (none is copied from the corpus); each class has tests that
failed before its change and pass after it (docs/dev/issue-16-hold13.md gives the counts per class).
"""
from __future__ import annotations

from test_extract_x_offrec import holds, officials, run


# --- A. a post whose head is written in lower case before its public unit -------------------------------------

def test_lower_case_deputy_chair_before_a_national_commission_is_a_post():
    ctx = run("Semarang – Pertemuan tertutup itu dihadiri oleh wakil ketua KPK Andi Wirawan, Senin.")
    assert holds(ctx) == {("Andi Wirawan", "Wakil Ketua KPK", "ID", "definitif")}


def test_lower_case_minister_before_the_ministry_field_is_a_post():
    ctx = run("Jakarta – Hal itu disampaikan menteri Dalam Negeri (Mendagri) Budi Santoso saat memimpin rapat, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Menteri Dalam Negeri", "ID", "definitif")}


def test_lower_case_head_without_its_public_unit_stays_no_post():
    assert officials(run("Semarang – Ia bertemu menteri Budi Santoso di rumahnya.")) == set()
    assert officials(run("Semarang – Warga memilih ketua RT Budi Santoso kemarin.")) == set()
    assert officials(run("Semarang – Rapat dipimpin ketua panitia Budi Santoso.")) == set()


# --- B. a post given to the wrong one of two people -----------------------------------------------------------

def test_paired_posts_whose_region_has_its_short_form_in_brackets():
    ctx = run("Kuningan – Masa jabatan Bupati dan Wakil Bupati Kuningan (Kng) Budi Santoso – Andi Wirawan "
              "berakhir bulan depan.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "32.08", "definitif"),
                          ("Andi Wirawan", "Wakil Bupati", "32.08", "definitif")}


def test_paired_posts_whose_names_carry_honorifics_and_degrees():
    ctx = run("Kuningan – Warga bertanya soal keberadaan Bupati - Wakil Bupati Kuningan H. Budi Santoso, MM, dan "
              "Hj. Ani Wirawati, SE yang lama tak terlihat.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "32.08", "definitif"),
                          ("Ani Wirawati", "Wakil Bupati", "32.08", "definitif")}


def test_a_represented_post_in_a_list_is_not_given_to_the_name_before_it():
    ctx = run("Kuningan – Hadir dalam rapat itu Kepala Bappeda Kuningan, Budi Santoso, Kasatpol PP yang diwakili, "
              "Kepala Dinas Perhubungan, dan warga.")
    assert not any(h[1] == "Kasatpol PP" for h in holds(ctx))
    assert ("Budi Santoso", "Kepala Badan Perencanaan Pembangunan Daerah", "32.08", "definitif") in holds(ctx)


# --- C. a name's edges: a date after it, a term of address before it ------------------------------------------

def test_a_date_right_after_the_name_ends_it():
    ctx = run("Kuningan – Pejabat itu mengisi kekosongan jabatan setelah masa jabatan Bupati Budi Santoso, S.Sos "
              "dan Wakil Bupati Andi Wirawan 16 Oktober 2022.")
    assert ("Andi Wirawan", "Wakil Bupati", "32.08", "definitif") in holds(ctx)


def test_bunda_is_a_term_of_address_not_a_first_name():
    ctx = run("Bontang – Wali Kota Bontang Hj Ani Wirawati mendampingi Gubernur. Bahkan, Wali Kota Bunda Ani "
              "turut menanam pohon.")
    assert officials(ctx) == {"Ani Wirawati"}


# --- D. the region of staff written without one: the regional head they accompany ---------------------------

def test_assistants_accompanying_the_host_mayor_serve_the_city_not_the_visitors():
    ctx = run("Manado – Wali Kota Manado Budi Santoso menerima rombongan Pemkab Halmahera Utara di ruang kerjanya. "
              "Pada kesempatan itu Wali Kota didampingi Asisten I Andi Wirawan dan Asisten II Candra Wijaya. "
              "Turut hadir Sekretaris Daerah Halmahera Utara Eko Prasetyo dan pimpinan OPD Kabupaten Halmahera Utara.")
    assert {("Andi Wirawan", "Asisten I", "71.71", "definitif"),
            ("Candra Wijaya", "Asisten II", "71.71", "definitif"),
            ("Eko Prasetyo", "Sekretaris Daerah", "82.03", "definitif")} <= holds(ctx)


def test_staff_accompanying_a_regent_at_a_provincial_event_serve_the_regency():
    ctx = run("Tebo – Bupati Tebo, Dr. H. Budi Santoso, S. Kom., mengikuti halal bihalal Gubernur Jambi bersama "
              "Bupati/Walikota se-Provinsi Jambi. Acara digelar dari rumah dinas Gubernur Jambi. Tampak Bupati Budi "
              "didampingi oleh Sekretaris Daerah, Drs. Andi Wirawan, MM., Asisten I, Candra Wijaya, SP., dan warga.")
    assert {("Andi Wirawan", "Sekretaris Daerah", "15.09", "definitif"),
            ("Candra Wijaya", "Asisten I", "15.09", "definitif")} <= holds(ctx)
