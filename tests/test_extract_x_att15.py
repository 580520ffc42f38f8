"""Who attended an event graphkit does find (issue #16, the att15 round): classes of ATTENDED and LED errors on
matched events counted over the develop half only (project gold and blind20–24; docs/dev/issue-16-att15.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import edge_sources as _edges

_RAPAT = ("PURWOREJO – DPRD Kabupaten Purworejo menggelar rapat paripurna pembahasan APBD, Selasa (8/10/2024), "
          "dipimpin Ketua DPRD Purworejo Agus Prasetyo.\n\n")
_TITLE = "DPRD Gelar Paripurna APBD"


def _attended(text: str) -> list[str]:
    return [n.lower() for n in _edges("ATTENDED", _RAPAT + text, _TITLE) if n]


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
