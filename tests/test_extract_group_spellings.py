"""Group words of an attendance list written with a slip, and the wives' associations of TNI and Polri.

Regional news misspells a body's short name as often as a person's ("Forkompimda", "Forkopinda" for
Forkopimda); a capitalised item one edit from a long group word is that group, keyed as written.  Short words
are never read so, nor lower-case ones ("pengawal" is no misspelt "pengawas").  Synthetic sentences only.
"""
from extract_probe import edge_sources

_LEAD = "Bupati Sukamaju Budi Santoso memimpin apel pagi di halaman kantor bupati, Senin (30/9). "


def test_a_misspelt_forum_word_is_still_the_group_present():
    got = edge_sources("ATTENDED", _LEAD + "Apel dihadiri jajaran Forkompimda dan para camat.")
    assert any(n.startswith("Forkompimda") for n in got), got
    got = edge_sources("ATTENDED", _LEAD + "Apel dihadiri unsur Forkopinda serta para lurah.")
    assert any(n.startswith("Forkopinda") for n in got), got


def test_the_wives_associations_are_groups_however_spelt():
    got = edge_sources("ATTENDED", _LEAD + "Turut hadir Persit, Bayangkari dan para camat.")
    assert any(n.startswith("Persit") for n in got) and any(n.startswith("Bayangkari") for n in got), got


def test_a_lower_case_word_near_a_group_word_is_not_a_group():
    got = edge_sources("ATTENDED", _LEAD + "Apel dihadiri para camat dan pengawal pribadi.")
    assert not any(n.lower().startswith("pengawal") for n in got), got
    assert any(n.startswith("Camat") for n in got), got
