"""Officials and holds over the opened batches (issue #16, hold11): classes that recur across outlets.

Every sentence here is written for the test (none is copied from the corpus); each class has a test that
failed before its change and passes after it (docs/dev/issue-16-hold11.md gives the counts per class).
"""
from __future__ import annotations

from test_extract_x_offrec import holds, officials, run


# --- a name's edges: a word that is no name glued on, an honorific spaced out ----------------------------------

def test_a_preposition_capitalised_after_the_name_is_not_part_of_it():
    ctx = run("Kuningan – Hal itu disampaikan Ketua Fraksi Partai Hijau DPRD Kuningan, Andi Wirawan Kepada wartawan.")
    assert officials(ctx) == {"Andi Wirawan"}
    assert ("Andi Wirawan", "Ketua Fraksi DPRD", "32.08", "definitif") in holds(ctx)


def test_the_oath_of_office_before_the_name_is_not_part_of_it():
    ctx = run("Kuningan – Kemarin dilaksanakan pengambilan Sumpah Budi Hartono sebagai Sekda Kuningan yang baru.")
    assert officials(ctx) == {"Budi Hartono"}
    assert ("Budi Hartono", "Sekretaris Daerah", "32.08", "definitif") in holds(ctx)


def test_the_first_lady_is_no_field_of_the_presidents_post():
    ctx = run("Kuningan – Kunjungan Presiden Joko Santoso dan Ibu Negara Wati Santoso di Kabupaten Kuningan lancar.")
    assert ("Joko Santoso", "Presiden", "ID", "definitif") in holds(ctx)
    assert not any(h[0].startswith("Negara") or "dan" in h[1] for h in holds(ctx))


def test_a_spaced_kiai_haji_opens_the_name_and_stays_out_of_the_post():
    ctx = run("Kuningan – Wakil Presiden (Wapres) K. H. Ahmad Sudirman tiba di Kuningan pagi ini.")
    assert holds(ctx) == {("Ahmad Sudirman", "Wakil Presiden", "ID", "definitif")}


def test_a_head_fused_with_its_office_ends_the_name_before_it():
    ctx = run("Kuningan – Pejabat yang dilantik di Kabupaten Kuningan adalah Andi Wirawan Kadisdik dan Budi Hartono "
              "Kadishub.")
    assert {"Andi Wirawan", "Budi Hartono"} <= officials(ctx)
    assert not any("Kadis" in name for name in officials(ctx))


def test_a_month_opens_a_name_when_a_name_word_follows():
    ctx = run("Kuningan – Hadir pula Wakil Bupati Kuningan Juli Hartono dalam acara itu.")
    assert ("Juli Hartono", "Wakil Bupati", "32.08", "definitif") in holds(ctx)
    ctx = run("Kuningan – Sejak Juli Lalu, Bupati Kuningan Andi Wirawan meninjau jalan itu.")
    assert officials(ctx) == {"Andi Wirawan"}


def test_a_field_noun_inside_a_name_is_the_persons():
    ctx = run("Kuningan – Sekda Kuningan Andi Budaya Wirawan hadir dalam rapat itu.")
    assert officials(ctx) == {"Andi Budaya Wirawan"}
    assert ("Andi Budaya Wirawan", "Sekretaris Daerah", "32.08", "definitif") in holds(ctx)

# --- a national body's post: a directorate before its ministry, a command's Panglima, a two-word rank ----------

def test_a_directorate_written_straight_before_its_ministry_is_a_public_post():
    ctx = run("Kuningan – Untuk Pj Bupati diusulkan Direktur Penataan Peraturan Perundang-undangan Kemendagri RI "
              "Andi Wirawan. Usulan itu dikirim kemarin.")
    assert ("Andi Wirawan", "Direktur Penataan Peraturan Perundang-undangan Kemendagri", "ID", "definitif") in holds(ctx)


def test_a_company_director_stays_no_public_post():
    ctx = run("Kuningan – Direktur Utama PT Maju Sentosa Andi Wirawan hadir di Kuningan.")
    assert officials(ctx) == set()


def test_the_panglima_of_a_fleet_command_after_a_two_word_rank_holds_a_national_post():
    ctx = run("Kuningan – Rombongan disambut Panglima Komando Armada II Laksamana Muda TNI Andi Wirawan dan "
              "Bupati Kuningan Budi Hartono.")
    assert ("Andi Wirawan", "Panglima Komando Armada II", "ID", "definitif") in holds(ctx)
    assert "Muda" not in officials(ctx)

