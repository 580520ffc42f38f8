"""A happening still to come or being prepared for, fixed on a day written with its weekday and no year (issue #16,
helper ev15): the calendar's year (date14) dates it like a full date, so it is an event of its own (GUIDELINES:
"fixed on a date"); an awaited arrival ("persiapan menjelang kedatangan X") is the visit of whoever arrives.
All names and places below are invented."""
from graphkit.extract.events.event_types import false_trigger
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    graph = article_graph(text, published)
    edges = graph.edges.values()
    events = sorted((e["type"], e["date"]) for e in event_properties(graph))
    led = sorted((e.source, e.target) for e in edges if e.type == "LED")
    return events, led


def test_a_visit_still_to_come_on_a_weekday_without_year_is_an_event_of_its_own():
    # 4 March is a Tuesday and 6 March a Thursday in 2025, the data's newest year
    text = ("Bupati Tinjau Kesiapan Pasar Induk\n\nBupati Sukamaju Andi Pratama meninjau kesiapan Pasar Induk "
            "Sukamaju, Selasa (4/3). Menurut jadwal, Menteri Perdagangan, Kamis (6/3), akan meninjau pasar "
            "tersebut bersama Bupati.\n")
    events, _ = _events(text)
    assert ("kunjungan_kerja", "2025-03-04") in events
    assert ("kunjungan_kerja", "2025-03-06") in events


def test_a_full_date_still_to_come_is_read_as_before():
    text = ("Bupati Tinjau Kesiapan Pasar Induk\n\nBupati Sukamaju Andi Pratama meninjau kesiapan Pasar Induk "
            "Sukamaju, Selasa (4/3/2025). Menurut jadwal, Menteri Perdagangan, Kamis (6/3/2025), akan meninjau "
            "pasar tersebut bersama Bupati.\n")
    events, _ = _events(text)
    assert events == [("kunjungan_kerja", "2025-03-04"), ("kunjungan_kerja", "2025-03-06")]


def test_an_awaited_arrival_with_its_day_is_the_visitors_visit_across_his_degrees():
    # 7 March 2025 is a Friday; the dots of "H." and of the degrees do not end the arrival's phrase
    text = ("Warga Desa Sukamaju Bersiap\n\nPemerintah Desa Sukamaju bersama warga melakukan persiapan menjelang "
            "kedatangan Bupati Sukamaju H. Andi Pratama, S.Sos., M.Si dalam acara Rembuk Desa pada Jumat, (7/3)\n"
            "Warga memasang tenda, panggung dan pengeras suara sejak pagi.\n")
    events, led = _events(text)
    assert events == [("kunjungan_kerja", "2025-03-07")]
    assert [who for who, _ in led] == ["official:andi-pratama"]


def test_an_arrival_is_a_visit_only_when_awaited():
    awaited = "Panitia melakukan persiapan menjelang kedatangan Menteri di desa itu."
    anyone = "Kantor kecamatan ramai oleh kedatangan tamu dari desa tetangga."
    assert not false_trigger(awaited, awaited.index("kedatangan"))
    assert false_trigger(anyone, anyone.index("kedatangan"))
