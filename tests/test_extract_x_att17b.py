"""Who attended an event graphkit does find (issue #16, the att17b round): classes of ATTENDED errors on matched
events counted over the develop half only (project gold, blind20–24, 26, 27, 32–35, 42, 43, 46, 47;
docs/dev/issue-16-att17b.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import led_and_attended


def _attended(title: str, text: str) -> set:
    return led_and_attended(title, text)[1]


# --- 1. who is sworn in, listed after the act's own adverbials or set out one a line ---------------------------

def test_inductees_listed_after_the_acts_agent():
    att = _attended("Gubernur Lantik Dua Penjabat Bupati", "SEMARANG – Gubernur Jawa Tengah Andi Prasetyo melantik "
                    "dua penjabat bupati di Gedung Gradhika, Kamis (10/10/2024).\n\n"
                    "Adapun pejabat yang dilantik oleh Gubernur di Gedung Gradhika yakni Budi Hartono, Sekda "
                    "Kabupaten Klaten, dan Rina Susanti, Kepala Dinas Kesehatan Kabupaten Boyolali.\n")
    assert {"Budi Hartono", "Rina Susanti"} <= att


def test_inductees_listed_after_the_place_and_the_day():
    att = _attended("Bupati Lantik Camat", "KLATEN – Bupati Klaten Andi Prasetyo melantik sejumlah pejabat, Kamis "
                    "(10/10/2024).\n\nPara pejabat yang diambil sumpah hari ini termasuk di dalamnya dua pejabat "
                    "yakni Camat Wedi, Budi Hartono, dan Kepala Dinas Pendidikan Kabupaten Klaten, Rina Susanti.\n")
    assert {"Budi Hartono", "Rina Susanti"} <= att


def test_inductees_set_out_one_a_line():
    att = _attended("Gubernur Lantik Tiga Pj Bupati", "SEMARANG – Gubernur Jawa Tengah Andi Prasetyo melantik tiga "
                    "penjabat bupati di Semarang, Kamis (10/10/2024).\n\n"
                    "Adapun nama Pj Bupati yang dilantik yakni :\n"
                    "- Pj Bupati Klaten, Budi Hartono (Sekda Kabupaten Klaten)\n"
                    "- Pj Bupati Boyolali, Rina Susanti (Kepala Dinas Kesehatan Jawa Tengah)\n"
                    "- Pj Bupati Sragen, Dedi Kurniawan (Asisten Pemerintahan Jawa Tengah)\n")
    assert {"Budi Hartono", "Rina Susanti", "Dedi Kurniawan"} <= att


def test_a_clause_after_the_inductee_is_no_list():
    # a verb of its own between the act and "adalah": what follows is that clause's complement, not a list
    att = _attended("Bupati Lantik Sekda", "KLATEN – Bupati Klaten Andi Prasetyo melantik Budi Hartono sebagai Sekda "
                    "Kabupaten Klaten, Kamis (10/10/2024).\n\nPejabat yang dilantik menyampaikan bahwa tugas pertamanya "
                    "adalah menata anggaran, kata Kepala Bappeda Rina Susanti pekan lalu.\n")
    assert "Rina Susanti" not in att
