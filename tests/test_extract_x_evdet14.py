"""Events, the fourteenth round (issue #16, branch evdet14): a second happening the lead names by a bare noun,
outside every event frame, with its own day in its clause (docs/dev/issue-16-evdet14.md).

Every sentence is synthetic: invented people, and a real kabupaten only where a post needs its jurisdiction.
"""
from extract_probe import graph as _graph


def _events(text: str, title: str = "Judul", published: str | None = None) -> set[tuple]:
    g = _graph(text, title, published)
    return {(n.properties.get("type"), n.properties.get("date")) for n in g.nodes.values() if "Event" in n.labels}


# --- a bare noun with a weekday date right after it, in its clause -------------------------------------------

def test_a_noun_with_its_own_weekday_is_a_second_happening():
    text = ("WONOSOBO – Penyerahan bantuan sembako kepada warga oleh Bupati Wonosobo Agus Prasetyo pada Jumat "
            "(10/5/2024) mendapat sambutan. Para pedagang pasar kemudian mengajukan rapat dengar pendapat dengan "
            "DPRD Wonosobo, Senin (13/5/2024), untuk menanyakan jadwal berikutnya.")
    assert _events(text, "Pedagang Tanyakan Bantuan") == {("penyerahan", "2024-05-10"), ("rapat", "2024-05-13")}


# --- ... or with a "pada" day closing the clause that qualifies it -------------------------------------------

def test_a_noun_whose_clause_closes_on_its_day_is_a_second_happening():
    text = ("WONOSOBO – DPRD Wonosobo menggelar rapat paripurna pada Kamis (6/2/2025). Langkah ini tindak lanjut "
            "keputusan pleno KPU Wonosobo yang mengesahkan daftar nama calon kepala daerah dan wakil kepala daerah "
            "untuk lima tahun ke depan pada 3 Februari 2025 lalu.")
    assert _events(text, "DPRD Gelar Paripurna") == {("rapat", "2025-02-06"), ("rapat", "2025-02-03")}


# --- what stays one event ---------------------------------------------------------------------------------------

def test_a_noun_whose_day_lies_past_a_comma_clause_is_not_dated_by_it():
    text = ("WONOSOBO – DPRD Wonosobo menggelar rapat paripurna pada Kamis (6/2/2025). Usulan hasil pleno sudah "
            "dikirim, dan Bupati menandatangani surat itu pada 3 Februari 2025.")
    assert ("rapat", "2025-02-03") not in _events(text, "DPRD Gelar Paripurna")


def test_a_planned_noun_is_no_second_happening():
    text = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo meresmikan pasar baru pada Jumat (10/5/2024). Pemkab akan "
            "menggelar rapat evaluasi dengan pedagang, Senin (13/5/2024).")
    assert ("rapat", "2024-05-13") not in _events(text, "Bupati Resmikan Pasar", "2024-05-10")


def test_a_noun_whose_clause_schedules_a_later_day_is_no_second_happening():
    text = ("WONOSOBO – DPRD Wonosobo menggelar rapat paripurna pada Kamis (6/2/2025). Langkah ini menindaklanjuti "
            "pleno KPU Wonosobo tentang tahapan pemilihan kepala daerah yang dijadwalkan pada 3 Maret 2025.")
    assert ("rapat", "2025-03-03") not in _events(text, "DPRD Gelar Paripurna", "2025-02-07")
