"""The Islamic calendar fixes the year of a day written without one, in an article without a publication date
(issue #16, helper date15): a Hijri year the text names ("1444 H") names the Gregorian years it overlaps, a
weekday that fits none of them fits a one-month slip in one of them, and a day and month written next to a
feast the text names (Idul Fitri, Idul Adha) is that feast's, or one of the week after it, in the one recent
year in which it is.  Synthetic sentences; arithmetic, no table, no clock."""
from graphkit.extract.text.date_calendar import month_slip
from graphkit.extract.text.date_hijri import feast_fit, hijri_years
from graphkit.extract.text.dates import find_dates, parse_date
from extract_probe import article_graph, event_properties


def test_a_hijri_year_names_its_gregorian_years():
    assert hijri_years("Perayaan Idul Fitri 1444 H tahun ini") == {2022, 2023}
    assert hijri_years("Safari Ramadan 1438 Hijriah") == {2016, 2017}
    assert hijri_years("Tahun Baru Islam 1 Muharram 1446 Hijriyah") == {2024, 2025}
    assert hijri_years("nomor 1444 dan halaman 12") == set()


def test_a_weekday_day_takes_the_hijri_years_before_the_newest_year_of_the_data():
    # 26 June is a Monday in 2017 (1438 H) and in 2023 (the newest such year up to the data's bound)
    text = "Dalam suasana Lebaran 1438 H, Camat menggelar silaturahmi dengan warga, Senin (26/6)."
    assert parse_date(text) == "2017-06-26"


def test_a_weekday_that_fits_no_named_year_reads_a_one_month_slip():
    # 23 March falls on no Sunday in 2022-2023 (1444 H) nor next to them; 23 April 2023 is a Sunday
    text = "Masih dalam suasana Idul Fitri 1444 Hijriah, Wali Kota berangkat ke pulau terluar pada Minggu (23/3)."
    assert parse_date(text) == "2023-04-23"
    assert month_slip({2022, 2023}, 3, 23, 6) == "2023-04-23"
    assert month_slip(set(), 3, 23, 6) is None


def test_a_day_next_to_a_feast_is_that_feasts_year():
    text = "Usai shalat Idul Adha, Bupati menyerahkan hewan kurban kepada warga desa (17/6)."
    assert parse_date(text) == "2024-06-17"
    # no feast named: a day without a weekday still fixes no year
    assert [h.iso for h in find_dates("Bupati menyerahkan bantuan kepada warga desa (17/6).")] == [None]
    # a day far from any recent feast: no year
    assert feast_fit("Selamat Idul Fitri", 1, 15, None, range(2014, 2026)) is None


def test_a_publication_date_still_comes_first():
    text = "Usai shalat Idul Adha, Bupati menyerahkan hewan kurban kepada warga desa (17/6)."
    assert parse_date(text, "2019-06-20") == "2019-06-17"


def test_the_event_is_dated_by_the_feast():
    text = ("Bupati Gelar Halal Bihalal\n\nBupati Sukamaju Andi Pratama menggelar halal bihalal bersama warga di "
            "pendopo kabupaten setelah shalat Idul Fitri (22/4). Acara dihadiri para camat.\n")
    events = event_properties(article_graph(text))
    assert [e["date"] for e in events] == ["2023-04-22"]
