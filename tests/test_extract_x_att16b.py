"""Who led an event graphkit does find (issue #16, the att16b round): classes of LED errors on matched events
counted over the develop half only (project gold, blind20–24, 26, 27, 32, 33, 42, 43; docs/dev/issue-16-att16b.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import led_and_attended as _roles


# --- 1. the agent of a passive leading verb: after a comma, as a post in lower case, two co-chairs, a giver -------

def test_the_agent_after_a_comma_chairs():
    led, _ = _roles("Rapat Persiapan HUT Kota", "KLATEN – Rapat persiapan HUT Kota Klaten yang dipimpin, Bupati Klaten, "
                    "Budi Hartono, berlangsung Kamis (10/10/2024).\n\nRapat membahas susunan acara.\n")
    assert "Budi Hartono" in led


def test_the_agent_named_by_a_post_in_lower_case_chairs():
    led, _ = _roles("Sidang Paripurna DPRD", "KLATEN – Sidang paripurna DPRD Kabupaten Klaten, Kamis (10/10/2024), "
                    "dipimpin langsung ketua DPRD Kabupaten Klaten, H. Budi Hartono, didampingi wakil ketua.\n\n"
                    "Sidang membahas raperda APBD.\n")
    assert "Budi Hartono" in led


def test_two_agents_joined_by_dan_both_chair():
    led, _ = _roles("Rapat Paripurna DPRD", "KLATEN – Rapat paripurna DPRD Kabupaten Klaten, Kamis (10/10/2024), "
                    "dipimpin oleh Wakil Ketua DPRD Klaten 1, Budi Hartono dan Wakil Ketua 2, Sri Wahyuni.\n\n"
                    "Rapat membahas raperda APBD.\n")
    assert {"Budi Hartono", "Sri Wahyuni"} <= led


def test_the_giver_of_a_handover_without_oleh_leads_it():
    led, _ = _roles("Bantuan Sembako untuk Warga", "KLATEN – Bantuan paket sembako untuk warga Desa Jati, Kamis "
                    "(10/10/2024), diserahkan langsung Bupati Klaten Budi Hartono bersama Camat Bayat, Sri Wahyuni.\n\n"
                    "Warga menyambut baik bantuan itu.\n")
    assert "Budi Hartono" in led


def test_a_time_after_the_passive_verb_names_no_agent():
    led, _ = _roles("Rapat Koordinasi", "KLATEN – Rapat koordinasi camat se-Kabupaten Klaten dibuka pada pukul 09.00, "
                    "Kamis (10/10/2024). Bupati Klaten Budi Hartono mengatakan rapat digelar rutin.\n")
    assert "Budi Hartono" not in led


# --- 2. the host's verb: a manner clause, "di" joined to a place noun, a manner adverbial inside the verb phrase ---

def test_a_manner_clause_carries_the_subjects_leading_verb():
    led, _ = _roles("Bupati Terima Audiensi", "KLATEN – Bupati Klaten Budi Hartono menunjukkan keterbukaannya terhadap "
                    "aspirasi warga, dengan menerima audiensi dari Forum Pemuda Klaten, Kamis (10/10/2024).\n\n"
                    "Pertemuan berlangsung hangat.\n")
    assert "Budi Hartono" in led


def test_di_joined_to_a_place_noun_is_no_verb():
    led, _ = _roles("Wagub Terima Audiensi", "SEMARANG – Hal itu diungkapkan Wakil Gubernur Jawa Tengah Budi Hartono "
                    "diruang kerjanya saat menerima audiensi Kepala Dinas Sosial Sri Wahyuni, Kamis (10/10/2024).\n\n"
                    "Pertemuan membahas bantuan sosial.\n")
    assert "Budi Hartono" in led


def test_a_manner_adverbial_inside_a_welcome_keeps_the_host():
    led, _ = _roles("Open House Bupati", "KLATEN – Ratusan warga bersilaturahmi ke rumah dinas Bupati Klaten, Kamis "
                    "(10/10/2024). Terlihat Bupati Klaten Budi Hartono didampingi istri menyambut dengan suka cita "
                    "kedatangan warga.\n\nAcara berlangsung hingga siang.\n")
    assert "Budi Hartono" in led


# --- 3. a pelantikan of a class of officials is led by the one regional head placed at it ------------------------

def test_the_head_at_a_pelantikan_of_his_officials_leads_it():
    led, att = _roles("Bupati Minta Kades Bekerja Keras", "KLATEN – Bupati Klaten Budi Hartono meminta para kepala "
                      "desa bekerja sungguh-sungguh. Pesan itu ia sampaikan kepada wartawan usai pelantikan Kepala Desa di "
                      "Desa Jati, Kamis (10/10/2024).\n\nSebanyak dua puluh kepala desa dilantik hari itu.\n")
    assert "Budi Hartono" in led and "Budi Hartono" not in att


def test_a_head_who_only_attends_a_pelantikan_does_not_lead_it():
    led, _ = _roles("Bupati Hadiri Pelantikan", "KLATEN – Bupati Klaten Budi Hartono menghadiri pelantikan pengurus "
                    "Kepala Desa di Desa Jati, Kamis (10/10/2024).\n\nSebanyak dua puluh kepala desa dilantik.\n")
    assert "Budi Hartono" not in led


# --- 4. the head and his deputy as one subject of a leading verb both lead ---------------------------------------

def test_the_head_and_deputy_receiving_together_both_lead():
    led, _ = _roles("Wali Kota Terima Kunjungan DPD", "SURAKARTA – Wali Kota Surakarta Budi Hartono bersama Wakil "
                    "Wali Kota Sri Wahyuni menerima kunjungan anggota DPD RI di rumah dinas, Kamis (10/10/2024).\n\n"
                    "Pertemuan membahas pembangunan.\n")
    assert {"Budi Hartono", "Sri Wahyuni"} <= led


def test_a_head_with_another_official_leads_alone():
    led, _ = _roles("Bupati Terima Kunjungan", "KLATEN – Bupati Klaten Budi Hartono bersama Kapolres Klaten Sri "
                    "Wahyuni menerima kunjungan anggota DPD RI di rumah dinas, Kamis (10/10/2024).\n\n"
                    "Pertemuan membahas pembangunan.\n")
    assert "Budi Hartono" in led and "Sri Wahyuni" not in led
