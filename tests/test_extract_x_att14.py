"""Who attended an event graphkit does find (issue #16, the att14 round): classes of ATTENDED errors on matched
events counted over the develop half (project gold and five blind batches; docs/dev/issue-16-att14.md).

Every sentence is synthetic: invented people, and real kabupaten/kota only where a post needs its jurisdiction
from the gazetteer.
"""
from extract_probe import plenary_attendees as _attended


# --- 1. a list of posts and groups as the subject of a verb of presence -----------------------------------------------

def test_every_item_of_a_subject_list_before_hadir_attends():
    names = _attended("Kepala Bappeda, unsur Forkopimda dan para camat turut hadir dalam rapat tersebut.")
    assert any(n.startswith("kepala bappeda") for n in names)
    assert any(n.startswith("forkopimda") for n in names)


def test_unnamed_posts_listed_with_a_named_official_before_menghadiri_attend():
    names = _attended("Sekda Purworejo Dimas Saputra, Kapolres Purworejo, Kepala Kejari Purworejo turut "
                      "menghadiri rapat tersebut.")
    assert "dimas saputra" in names
    assert any(n.startswith("kapolres purworejo") for n in names)


def test_a_fronted_adverbial_is_no_subject_list():
    # the subject follows the verb: the words before the comma are where the people come from, not who came
    names = _attended("Dari kalangan eksekutif Kabupaten Purworejo, hadir juga Sekda Dimas Saputra.")
    assert not any(n.startswith("eksekutif") for n in names)


def test_posts_that_title_the_next_item_are_not_a_group():
    names = _attended("Bupati dan Wakil Bupati periode lalu, Rudi Hartono dan Budi Santoso, juga hadir dalam "
                      "rapat tersebut.")
    assert not any(n.startswith("bupati dan wakil") for n in names)


def test_the_organising_government_is_no_group_present():
    names = _attended("Pemerintah Kabupaten Purworejo, Kodim dan Polres turut hadir dalam rapat tersebut.")
    assert not any(n.startswith("pemerintah") or n.startswith("pemkab") for n in names)
