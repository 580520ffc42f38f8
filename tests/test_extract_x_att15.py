"""Who attended an event graphkit does find (issue #16, the att15 round): classes of ATTENDED and LED errors on
matched events counted over the develop half only (project gold and blind20–24; docs/dev/issue-16-att15.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import plenary_attendees as _attended
from extract_probe import edge_sources as _edges


# --- 1. a group's label keeps the words written in the list ------------------------------------------------------------

def test_the_title_of_the_bodies_heads_stays_in_the_label():
    # "para pimpinan OPD" keyed as written holds "Pimpinan"; the label still holds the body's word "OPD"
    names = _attended("Rapat tersebut dihadiri Sekda, para pimpinan OPD dan camat se-Kabupaten Purworejo.")
    assert any(n.startswith("pimpinan opd") for n in names)


def test_a_units_number_joined_to_its_area_stays_in_the_label():
    names = _attended("Rapat tersebut dihadiri Kapolres Purworejo, Dandim 0708/Purworejo dan para camat.")
    assert any(n.startswith("dandim 0708/purworejo") for n in names)


def test_a_number_not_joined_to_an_area_is_still_no_part_of_the_label():
    # "Asisten 1": the number alone is read as before (the post's word is the key)
    names = _attended("Rapat tersebut dihadiri Sekda, Asisten 1, dan para camat.")
    assert any(n.startswith("asisten") for n in names)


# --- 2. the class a happening is held for ----------------------------------------------------------------------------

_SOS = ("KLATEN – Sosialisasi netralitas kepada puluhan ASN tingkat kecamatan dan sekretaris camat digelar di "
        "Pendopo Klaten, Kamis (10/10/2024).\n\nKepala BKD Klaten Budi Hartono menekankan pentingnya netralitas "
        "dalam sosialisasi tersebut.\n")


def test_the_class_a_briefing_is_for_attends():
    names = [n.lower() for n in _edges("ATTENDED", _SOS, "Bupati Buka Sosialisasi Netralitas") if n]
    assert any(n.startswith("sekretaris camat") for n in names)


def test_the_class_an_award_is_for_attends():
    text = ("KLATEN – Bupati Klaten Budi Hartono menyerahkan penghargaan Satya Lencana Karya Satya bagi ASN "
            "di Pendopo Klaten, Kamis (10/10/2024).\n\nIa berpesan agar ASN menjaga integritas.\n")
    names = [n.lower() for n in _edges("ATTENDED", text, "Bupati Serahkan Satya Lencana") if n]
    assert any(n.startswith("asn") for n in names)


def test_the_guests_of_another_happening_named_in_the_lead_do_not_attend():
    # the rapat prepares a syukuran: who the syukuran is for is not at the meeting
    names = _attended("Rapat tersebut juga membahas persiapan prosesi syukuran bagi para camat yang baru dilantik.")
    assert not any(n.startswith("camat") for n in names)


def test_the_class_a_welcome_is_for_attends():
    text = ("KLATEN – Pemkab Klaten bersama lembaga adat menggelar prosesi tepung tawar bagi para pejabat Forum "
            "Koordinasi Pimpinan Daerah (Forkopimda) yang baru bertugas, Kamis (10/10/2024).\n\nBupati Klaten Budi "
            "Hartono mengucapkan selamat bertugas.\n")
    names = [n.lower() for n in _edges("ATTENDED", text, "Tepung Tawar Pejabat Baru") if n]
    assert any("forkopimda" in n for n in names)
