"""A day and month written with a weekday and no year, in an article without a publication date (issue #16,
helper date14): the year in which that day falls on that weekday, from the text's own years first, else the
newest year up to the package's data bound (data/calendar.csv), never the clock."""
from graphkit.extract.text.date_calendar import _calendar_bounds, recent_fit
from graphkit.extract.text.dates import find_dates, parse_date
from extract_probe import article_graph, event_properties


def _isos(text, published=None):
    return [(text[h.start:h.end], h.iso) for h in find_dates(text, published)]


def test_a_weekday_day_without_year_takes_the_newest_fitting_year_of_the_data():
    # 4 March is a Tuesday in 2025 (the bound), 4 October a Monday in 2021 (not in 2022-2025)
    assert parse_date("Bupati membuka pelatihan di aula, Selasa (4/3).") == "2025-03-04"
    assert parse_date("Wali Kota memimpin rapat kerja, Senin (4/10) di gedung serbaguna.") == "2021-10-04"
    assert parse_date("Sekda meninjau pasar, Kamis, 13 Maret.") == "2025-03-13"


def test_the_bound_is_the_packages_data_not_the_clock():
    newest, span = _calendar_bounds()
    assert newest == 2025 and span >= 11
    # 4 March 2026 is a Wednesday, but 2026 is past the data's newest year: the last Wednesday 4 March before it
    assert parse_date("Camat hadir, Rabu (4/3).") == "2020-03-04"
    assert recent_fit(3, 4, 2) == "2020-03-04"


def test_the_texts_own_year_comes_first():
    # 4 March 2014 is a Tuesday too: the year the report names wins over the data's newest one
    assert parse_date("Dalam rangka program tahun 2014, Bupati membuka pelatihan, Selasa (4/3).") == "2014-03-04"


def test_unchanged_where_a_publication_date_is_known_or_no_weekday_is_written():
    # with the article's date, the day is read in its year and must agree with the weekday (2024-03-04: Monday)
    assert parse_date("Bupati membuka pelatihan, Selasa (4/3).", "2024-03-10") is None
    assert parse_date("Bupati membuka pelatihan, Senin (4/3).", "2024-03-10") == "2024-03-04"
    # a day and month without a weekday fixes no year
    assert [iso for _, iso in _isos("Bupati membuka pelatihan di aula (4/3).")] == [None]


def test_the_event_is_dated_and_keyed_by_that_day():
    text = ("Bupati Rapat Bersama Camat\n\nBupati Sukamaju Andi Pratama memimpin rapat koordinasi bersama para "
            "camat di aula kantor bupati, Selasa (4/3). Rapat membahas pelayanan publik.\n")
    events = event_properties(article_graph(text))
    assert [(e["type"], e["date"]) for e in events] == [("rapat_koordinasi", "2025-03-04")]
