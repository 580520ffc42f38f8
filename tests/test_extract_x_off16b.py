"""Officials over the develop half (issue #16, off16b): officials the names stage never recognised.

Every sentence here is written for the test (none is copied from the corpus); each test failed before the
change and passes after it, unless it says it is a guard (docs/dev/issue-16-off16b.md gives the counts).
"""
from __future__ import annotations

from extract_probe import entities_of as run, post_holds as holds


# --- a shared seat said once for a list of names, the list opened after an inserted phrase -------------------

def test_members_listed_after_a_phrase_set_off_by_commas():
    ctx = run("Manado – Wali Kota menerima kunjungan Anggota DPD RI asal Sulut, dalam rangka reses masa sidang "
              "kedua, masing-masing Budi Santoso, Candra Wijaya, Dedi Kurnia, di aula.")
    assert holds(ctx) >= {("Budi Santoso", "Anggota DPD", "ID", "definitif"),
                          ("Candra Wijaya", "Anggota DPD", "ID", "definitif"),
                          ("Dedi Kurnia", "Anggota DPD", "ID", "definitif")}


def test_a_list_opener_followed_by_a_comma():
    ctx = run("Manado – Rapat dihadiri Anggota DPRD Manado yakni, Budi Santoso, Candra Wijaya dan Dedi Kurnia.")
    assert holds(ctx) == {("Budi Santoso", "Anggota DPRD", "71.71", "definitif"),
                          ("Candra Wijaya", "Anggota DPRD", "71.71", "definitif"),
                          ("Dedi Kurnia", "Anggota DPRD", "71.71", "definitif")}


def test_the_other_members_of_the_body_just_named():
    ctx = run("Nanga Bulik – Rapat dipimpin Ketua DPRD Lamandau Eko Prasetyo bersama Wakil Ketua I Fajar Nugroho "
              "dan tiga anggota lainnya yakni, Budi Santoso, Candra Wijaya dan Dedi Kurnia.")
    assert holds(ctx) >= {("Budi Santoso", "Anggota DPRD", "62.09", "definitif"),
                          ("Candra Wijaya", "Anggota DPRD", "62.09", "definitif"),
                          ("Dedi Kurnia", "Anggota DPRD", "62.09", "definitif")}


def test_a_one_word_name_with_its_surname_in_lower_case_inside_a_list():
    ctx = run("Manado – Hadir Anggota DPRD Manado masing-masing Budi santoso, Candra Wijaya, Dedi Kurnia.")
    assert ("Budi santoso", "Anggota DPRD", "71.71", "definitif") in holds(ctx)


def test_guard_an_inserted_clause_with_a_verb_keeps_its_own_list():
    ctx = run("Manado – Anggota DPRD Manado, yang didampingi tiga kepala dinas, yakni Budi Santoso, Candra Wijaya "
              "dan Dedi Kurnia, meninjau pasar.")
    assert not any(h[1] == "Anggota DPRD" for h in holds(ctx))


def test_guard_a_lower_case_verb_after_a_listed_name_is_no_surname():
    ctx = run("Manado – Hadir Anggota DPRD yakni Budi Santoso, Candra Wijaya tiba, Eko hadir.")
    assert ("Candra Wijaya", "Anggota DPRD", "71.71", "definitif") in holds(ctx)


# --- a name's edge: an honorific or a degree typed with a comma for its full stop ------------------------------

def test_an_honorific_closed_by_a_comma_opens_the_name():
    ctx = run("Lahat – Sambutan Bupati Lahat, H, Budi Santoso, SE, dibacakan oleh Sekretaris Daerah Kabupaten "
              "Lahat, Hj, Candra Wijaya, SE, MM.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "16.04", "definitif"),
                          ("Candra Wijaya", "Sekretaris Daerah", "16.04", "definitif")}


def test_a_degree_typed_with_a_comma_is_no_last_initial():
    ctx = run("Palu – Wali Kota yang diwakili Sekda Budi Santoso S,sos, menemui para pengunjuk rasa.")
    assert holds(ctx) == {("Budi Santoso", "Sekretaris Daerah", "72.71", "definitif")}


def test_guard_a_last_initial_before_a_comma_stays():
    ctx = run("Palu – Hadir Kepala Dinas Pendidikan Palu Budi S, dan Camat Palu Barat Candra Wijaya.")
    assert ("Budi S", "Kepala Dinas Pendidikan", "72.71", "definitif") in holds(ctx)


# --- posts written in lower case: a head naming its body in capitals, a head and deputy named as a pair ---------

def test_a_lower_case_seat_of_a_body_written_in_capitals():
    ctx = run("Pati – Hal itu disampaikan ketua KPU Pati Budi Santoso, Senin.")
    assert holds(ctx) == {("Budi Santoso", "Ketua KPU", "33.18", "definitif")}


def test_a_pair_of_posts_written_in_lower_case_names_joined_by_a_dash():
    ctx = run("Pati – Pelantikan bupati dan wakil bupati Pati Budi Santoso-Candra Wijaya berlangsung di Semarang.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "33.18", "definitif"),
                          ("Candra Wijaya", "Wakil Bupati", "33.18", "definitif")}


def test_a_pair_of_posts_written_in_lower_case_names_joined_by_dan():
    ctx = run("Semarang – Pelantikan walikota dan wakil walikota Semarang Budi Santoso dan Candra Wijaya "
              "berlangsung Senin.")
    assert holds(ctx) == {("Budi Santoso", "Wali Kota", "33.74", "definitif"),
                          ("Candra Wijaya", "Wakil Wali Kota", "33.74", "definitif")}


def test_guard_a_lower_case_seat_without_its_body_is_no_post():
    ctx = run("Pati – Hal itu disampaikan ketua panitia Budi Santoso, Senin.")
    assert holds(ctx) == set()


# --- a name's edge: the Haji of a father's name written inside a name, after the body's acronym -----------------

def test_an_honorific_inside_a_name_after_the_body():
    ctx = run("Ternate – Turut hadir Wakil Ketua II DPRD Budi Hi Santoso, Asisten II Candra Wijaya.")
    assert holds(ctx) == {("Budi Hi Santoso", "Wakil Ketua II DPRD", "82.71", "definitif"),
                          ("Candra Wijaya", "Asisten II", "82.71", "definitif")}


def test_guard_an_honorific_after_the_region_still_opens_the_name():
    ctx = run("Pati – Hadir Ketua DPRD Pati H. Budi Santoso.")
    assert holds(ctx) == {("Budi Santoso", "Ketua DPRD", "33.18", "definitif")}
