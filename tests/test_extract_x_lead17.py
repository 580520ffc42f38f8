"""Who led an event graphkit does find (issue #16, the lead17 round): classes of LED errors on matched events
counted over the develop half only (project gold, blind20–24, 26, 27, 32–35, 42, 43, 46, 47;
docs/dev/issue-16-lead17.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import led_and_attended as _roles


# --- 1. the head of the body that holds it: a council's plenary, a government's own event -------------------------

def test_the_council_head_chairs_a_plenary_no_cue_gives_a_chair():
    led, att = _roles("Paripurna DPRD Klaten Ditunda", "KLATEN – Rapat paripurna DPRD Kabupaten Klaten dengan agenda "
                      "pendapat akhir fraksi ditunda karena tidak memenuhi kuorum, Kamis (10/10/2024).\n\n"
                      "Dari 45 anggota dewan, hanya 20 orang yang datang.\n\n"
                      "“Rapat kami tunda sampai pekan depan,” kata Ketua DPRD Kabupaten Klaten Budi Hartono.\n")
    assert led == {"Budi Hartono"} and "Budi Hartono" not in att


def test_the_council_head_who_passes_the_plenarys_decision_chairs_it():
    led, _ = _roles("Tata Tertib Dewan Klaten Disahkan", "KLATEN – Rapat paripurna pengesahan tata tertib "
                    "dewan berlangsung di gedung DPRD Kabupaten Klaten, Kamis (10/10/2024).\n\n"
                    "Dalam rapat tersebut, Ketua DPRD Kabupaten Klaten, Budi Hartono beserta anggota dewan lainnya "
                    "mengesahkan susunan komisi yang baru.\n")
    assert led == {"Budi Hartono"}


def test_a_council_head_said_to_attend_the_plenary_does_not_chair_it():
    led, _ = _roles("Paripurna DPRD Klaten", "KLATEN – Rapat paripurna DPRD Kabupaten Klaten berlangsung Kamis "
                    "(10/10/2024).\n\nRapat itu dihadiri oleh Ketua DPRD Kabupaten Klaten Budi Hartono dan para "
                    "anggota dewan.\n")
    assert "Budi Hartono" not in led


def test_the_government_head_leads_its_event_whatever_its_name_makes_it():
    led, _ = _roles("Wali Kota Blitar Ajak Pedagang Jaga Kebersihan", "Kota Blitar – Pemerintah Kota Blitar "
                    "mengadakan kegiatan “Temu Usaha” bersama Wali Kota Dodi Santoso, jajaran Forkopimda, serta "
                    "perwakilan pelaku usaha, Kamis (10/10/2024).\n\nDalam kesempatan tersebut, Wali Kota Dodi "
                    "Santoso mengajak pelaku usaha menjaga kebersihan kota.\n")
    assert "Dodi Santoso" in led


# --- 2. the agent after a leading predicate: a ceremony role fronted before its holder, co-agents of a bare passive -

def test_the_holder_of_a_fronted_ceremony_role_leads_it():
    led, att = _roles("Upacara Hari Jadi Klaten", "KLATEN – Upacara peringatan Hari Jadi Kabupaten Klaten digelar di "
                      "alun-alun, Kamis (10/10/2024). Upacara tersebut dihadiri oleh Bupati Klaten Budi Hartono, "
                      "jajaran Forkopimda, dan ribuan warga.\n\nDalam amanatnya selaku inspektur upacara, Bupati Budi "
                      "Hartono mengajak warga menjaga persatuan.\n")
    assert "Budi Hartono" in led and "Budi Hartono" not in att


def test_a_role_fronted_with_its_ceremony_named_after_it_leads_it():
    led, _ = _roles("Bupati Klaten Tegur OPD", "KLATEN – Bupati Klaten Budi Hartono menegur para kepala OPD dalam apel "
                    "kedisiplinan di halaman kantor bupati, Kamis (10/10/2024).\n\nSaat menjadi pembina apel "
                    "pagi itu, Budi Hartono tidak membaca teks sambutan.\n")
    assert "Budi Hartono" in led


def test_the_co_agents_of_a_bare_passive_lead_together():
    led, _ = _roles("Paripurna DPRD Klaten", "KLATEN – Rapat paripurna DPRD Kabupaten Klaten, Kamis (10/10/2024), "
                    "dipimpin Wakil Ketua DPRD Kabupaten Klaten Budi Hartono (Golkar) dan Wakil Ketua DPRD Kabupaten "
                    "Klaten Siti Rahayu (PKB).\n")
    assert {"Budi Hartono", "Siti Rahayu"} <= led
