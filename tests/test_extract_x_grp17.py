"""Groups named as present (issue #16, the grp17 round): classes of group ATTENDED errors on matched events,
counted over the develop half only (docs/dev/issue-16-grp17.md).

Every sentence is synthetic: invented people and bodies, and real kabupaten only where a post needs its
jurisdiction from the gazetteer.
"""
from extract_probe import article_graph

_LEAD = ("Bupati Klaten Pimpin Rapat Koordinasi\nKLATEN – Rapat koordinasi dipimpin Bupati Klaten Andi Prasetyo "
         "di Aula Kantor Bupati, Senin (7/10/2024). ")


def _attended(body: str) -> set:
    g = article_graph(_LEAD + body, published="2024-10-11")
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "ATTENDED"}


def _has(att: set, *words: str) -> bool:
    """Whether an attendee's name holds all ``words`` (the scorer's test for a group's key)."""
    return any(set(words) <= set((name or "").split()) for name in att)


# --- 1. a capitalised name between two groups of a list is a body -------------------------------------------

def test_a_name_between_two_groups_is_a_body():
    att = _attended("Rapat diikuti Bawaslu, Korwil, KPU dan para camat.")
    assert _has(att, "Korwil")


def test_a_youth_body_between_two_groups_attends():
    att = _attended("Apel itu diikuti oleh Forkopimda, SKPD, Satpol PP, Menwa, para Camat dan lurah.")
    assert _has(att, "Menwa")


def test_a_name_after_one_group_only_is_not_read():
    # guard: the item's other neighbour is no group, so a lone capitalised word stays unread (att17b's rule,
    # which took it after one group, found ten false attendees for two)
    att = _attended("Rapat dihadiri Forkopimda, Sukamaju, dan warga sekitar.")
    assert not _has(att, "Sukamaju")


def test_a_units_second_field_after_dan_is_no_body():
    # guard: "Kabid Sarana dan Prasarana" names one unit; "Prasarana" is no body between two groups
    att = _attended("Hadir pula Kabid Anggaran, Kabid Sarana dan Prasarana, Kepala BPBD dan Camat.")
    assert not any(name and name.startswith("Prasarana") for name in att)


# --- 2. the group's label keeps the words written -----------------------------------------------------------

def test_a_units_number_and_area_stay_in_its_label():
    att = _attended("Turut hadir Forkopimda, Kodim 0723 Klaten dan Camat.")
    assert _has(att, "Kodim", "0723")


def test_an_acronym_of_the_region_only_leaves_the_body_in_the_label():
    att = _attended("Bupati menerima pimpinan dan anggota DPRD Provinsi Jawa Tengah (Jateng), didampingi "
                    "para Asisten, Kepala OPD dan Camat.")
    assert _has(att, "DPRD")
