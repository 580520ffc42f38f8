"""Who led and who attended an event graphkit does find (issue #16, the att17 round): classes of LED and ATTENDED
errors on matched events counted over the develop half only (project gold, blind20–24, 26, 27, 32–35, 42, 43;
docs/dev/issue-16-att17.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import led_and_attended as _roles


# --- 1. a guest's sambutan is not the host's: he came to it, another body holds it, a plenary of the council ------

def test_a_speaker_who_came_to_the_event_attends_it():
    led, att = _roles("Bupati Klaten Hadiri Pertemuan Pemuda", "KLATEN – Bupati Klaten, Budi Hartono, menghadiri "
                      "pertemuan bersama Forum Pemuda Klaten di Gedung Serbaguna, Kamis (10/10/2024).\n\n"
                      "“Pemuda adalah tulang punggung daerah,” kata Budi dalam sambutannya.\n")
    assert "Budi Hartono" not in led and "Budi Hartono" in att


def test_a_speaker_at_an_event_another_body_holds_attends_it():
    led, att = _roles("Bupati Klaten Ingatkan Netralitas ASN", "KLATEN – Bupati Klaten, Budi Hartono, mengingatkan "
                      "pentingnya netralitas ASN.\n\nPesan itu disampaikan dalam rapat koordinasi yang diselenggarakan "
                      "oleh Komisi Pemilihan Umum (KPU) Kabupaten Klaten, Kamis (10/10/2024).\n\n"
                      "“ASN harus netral,” ujar Budi dalam sambutannya.\n")
    assert "Budi Hartono" not in led and "Budi Hartono" in att


def test_a_regional_heads_speech_at_a_council_plenary_is_a_guests():
    led, att = _roles("Bupati Baru Resmi Menjabat", "KLATEN – Budi Hartono resmi menjabat Bupati Klaten setelah "
                      "menerima memori jabatan dalam rapat paripurna DPRD Klaten, Kamis (10/10/2024).\n\n"
                      "Memori jabatan berisi capaian pembangunan lima tahun terakhir.\n\n"
                      "Program kerja seratus hari juga dibacakan.\n\n"
                      "“Terima kasih kepada semua pihak,” ujar Bupati Budi Hartono dalam sambutannya.\n")
    assert "Budi Hartono" not in led and "Budi Hartono" in att


def test_the_heads_sambutan_at_his_bodys_event_still_leads_it():
    led, _ = _roles("KPU Klaten Gelar Rapat Koordinasi", "KLATEN – Rapat koordinasi tahapan pencalonan diselenggarakan "
                    "oleh Komisi Pemilihan Umum (KPU) Kabupaten Klaten, Kamis (10/10/2024).\n\n"
                    "“Semua tahapan berjalan sesuai jadwal,” ujar Ketua KPU Kabupaten Klaten Budi Hartono dalam "
                    "sambutannya.\n")
    assert "Budi Hartono" in led


def test_a_sambutan_at_the_governments_own_event_still_leads_it():
    led, _ = _roles("Rapat Koordinasi Camat", "KLATEN – Rapat koordinasi camat diselenggarakan oleh Bagian Pemerintahan "
                    "Setda Klaten, Kamis (10/10/2024).\n\n“Camat harus sigap,” ujar Bupati Klaten Budi Hartono dalam "
                    "sambutannya.\n")
    assert "Budi Hartono" in led


# --- 2. a speech placed at the happening by the speaker's own coming to it (a time clause, or the next sentence) ---

def test_a_saying_named_back_in_the_next_sentence_places_its_speaker():
    _, att = _roles("Wabup Klaten Ajak Warga Jaga Tradisi", "KLATEN – Wakil Bupati Klaten, Budi Hartono, mengajak warga "
                    "menjaga tradisi saling memaafkan.\n\nPesan itu disampaikan ketika menghadiri pertemuan paguyuban "
                    "pedagang pasar di Gedung Serbaguna, Kamis (10/10/2024).\n\n"
                    "Acara diisi dengan doa bersama.\n")
    assert "Budi Hartono" in att


def test_a_saying_tied_by_the_speakers_own_coming_places_him():
    _, att = _roles("Rakor Penanganan Banjir", "KLATEN – Rapat koordinasi penanganan banjir digelar Pemkab Klaten di "
                    "Aula Setda Klaten, Kamis (10/10/2024).\n\nTanggul yang jebol akan segera diperbaiki. Hal itu "
                    "dikatakan Kepala Dinas PU Klaten, Rina Kusumawati yang menyampaikan pesan Gubernur saat dirinya menghadap "
                    "Sekda Klaten di Aula Setda.\n")
    assert "Rina Kusumawati" in att


def test_a_saying_named_back_without_a_tie_places_nobody():
    _, att = _roles("Bupati Klaten Ajak Warga Jaga Kebersihan", "KLATEN – Bupati Klaten, Budi Hartono, mengajak warga "
                    "menjaga kebersihan.\n\nPesan itu disampaikan melalui siaran pers.\n\nSementara itu, rapat "
                    "koordinasi camat digelar di Aula Setda Klaten, Kamis (10/10/2024).\n")
    assert "Budi Hartono" not in att
