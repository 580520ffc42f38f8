"""Events, the twelfth round (issue #16): classes of event errors seen in three articles or more from three
outlets or more over all 247 opened articles (the project gold and the ten blind batches u–z, ac–af;
docs/dev/issue-16-ev12.md).

Every sentence is synthetic: invented people, and real kabupaten (none of the batches') only where a post needs
its jurisdiction from the gazetteer.
"""
from extract_probe import graph as _graph


def _events(text: str, title: str = "Judul", published: str | None = None) -> set[tuple]:
    g = _graph(text, title, published)
    return {(n.properties.get("type"), n.properties.get("date")) for n in g.nodes.values() if "Event" in n.labels}


# --- a happening named by its noun, said to be held on a full date still to come: an event of that day ---------

_REPORT = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo memimpin rapat koordinasi bersama camat di Pendopo Kabupaten "
           "Wonosobo, Jumat (8/11/2024).\n\n{more}")


def test_a_noun_with_a_relative_clause_fixing_its_day():
    text = _REPORT.format(more="Rapat itu membahas persiapan pelantikan yang akan dilaksanakan pada Sabtu "
                               "(16/11/2024) pagi di gedung DPRD.")
    assert ("pelantikan", "2024-11-16") in _events(text, "Bupati Pimpin Rakor")


def test_a_handover_planned_on_a_day():
    text = _REPORT.format(more="Camat juga diminta menyiapkan agenda serah terima memori jabatan yang rencananya "
                               "akan dilakukan pada Senin, 25 November 2024.")
    assert ("penyerahan", "2024-11-25") in _events(text, "Bupati Pimpin Rakor")


def test_a_noun_subject_with_names_then_scheduled():
    text = _REPORT.format(more="Pelantikan Bupati-Wakil Bupati Wonosobo terpilih Budi Santoso-Dewi Lestari (BD) "
                               "dijadwalkan Rabu, 20 November 2024.")
    assert ("pelantikan", "2024-11-20") in _events(text, "Bupati Pimpin Rakor")


def test_another_clause_before_the_schedule_is_not_the_noun():
    # the relative clause qualifies the election, which has no trigger here; the meeting is not moved to its day
    text = _REPORT.format(more="Salah satu agenda rapat itu membahas perubahan jadwal pemilihan kepala desa yang "
                               "dijadwalkan pada 27 November 2024.")
    assert ("rapat", "2024-11-27") not in _events(text, "Bupati Pimpin Rakor")
    assert ("rapat_koordinasi", "2024-11-27") not in _events(text, "Bupati Pimpin Rakor")


def test_a_span_of_days_is_no_day():
    text = _REPORT.format(more="Pelantikan kepala desa dijadwalkan berlangsung 20 November hingga 5 Desember 2024.")
    assert not any(d and d.startswith("2024-11-20") for _, d in _events(text, "Bupati Pimpin Rakor"))


def test_a_day_before_the_publication_is_not_still_to_come():
    text = _REPORT.format(more="Pelantikan kepala desa yang akan dilaksanakan pada Sabtu (2/11/2024) diundur.")
    assert ("pelantikan", "2024-11-02") not in _events(text, "Bupati Pimpin Rakor", published="2024-11-08")
