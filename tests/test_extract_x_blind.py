"""Classes of error seen in articles of outlets the gold never had (issue #16, helper x-blind).

Every sentence is synthetic (new names and places), written from the grammar of Indonesian
regional news, one test per class fixed; see docs/dev/issue-16-x-blind.md.
"""
from test_extract_events import edges, events, run

from graphkit.extract.text.dates import find_dates


def isos(text):
    return [h.iso for h in find_dates(text)]


def test_a_month_name_one_typo_away_is_that_month():
    assert isos("resmi dibuka 14 Ferbruari 2024 lalu") == ["2024-02-14"]
    assert isos("Kamis, 8 Agsutus 2024") == ["2024-08-08"]
    assert isos("Selasa, 5 Oktobr 2021") == ["2021-10-05"]
    # the old spellings still read, and a common word between a number and a year is no month
    assert isos("Senin, 2 Nopember 2020 dan 3 Pebruari 2021") == ["2020-11-02", "2021-02-03"]
    assert isos("selama 20 tahun 2010 hingga kini") == []
    assert isos("sebanyak 12 paket 2022") == []


def test_a_three_digit_year_drops_the_two():
    assert isos("Kamis (6/2/025 ) di aula") == ["2025-02-06"]
    assert isos("Selasa, 4/6/024.") == ["2024-06-04"]
    assert isos("Rabu (5/3/2024) di aula") == ["2024-03-05"]


def test_a_misspelled_trigger_is_the_event_it_misspells():
    text = ("Bupati Terima Warga\n\nBupati Lembah Hijau Darmono Sastro menggelar audensi bersama tokoh pemuda "
            "di ruang rapat bupati, Selasa (4/2/025).\n")
    assert events(run(text)) == [("audiensi", "2025-02-04")]
    text = ("Rapat Staf\n\nPada hari Kamis, 6 Juni 2019 dilaksanakan Rapat Kordinasi Staf yang dipimpin oleh "
            "Wakil Bupati Lembah Hijau Darmono Sastro di ruang Cendana.\n")
    assert events(run(text)) == [("rapat_koordinasi", "2019-06-06")]
