"""Indonesian date expressions → ISO, with exact spans."""
import pytest

from graphkit.extract.text.dates import find_dates, parse_date, resolve_relative
from datetime import date


@pytest.mark.parametrize("text,iso", [
    ("Acara berlangsung Selasa, (14/05/2024).", "2024-05-14"),
    ("digelar Jumat (3/11/2023) pagi", "2023-11-03"),
    ("pada 17 Agustus 2022 di lapangan", "2022-08-17"),
    ("Minggu, 2 Februari 2025, warga", "2025-02-02"),
    ("tanggal 9/12/2021", "2021-12-09"),
    ("sejak 4 Agt 2020", "2020-08-04"),
    ("sejak 4 Agu 2020", "2020-08-04"),
    ("rapat 21 Okt. 2019", "2019-10-21"),
    ("pada 1 Des 2018", "2018-12-01"),
    ("Sabtu 6 Jan 2024", "2024-01-06"),
    ("Rabu (7/2/24)", "2024-02-07"),
])
def test_absolute_dates(text, iso):
    hits = find_dates(text)
    assert [h.iso for h in hits] == [iso]
    h = hits[0]
    assert any(ch.isdigit() for ch in text[h.start:h.end])


def test_span_is_exact_and_covers_day_name():
    text = "Bupati hadir Kamis, (8/2/2024) di aula."
    h = find_dates(text)[0]
    assert text[h.start:h.end] == "Kamis, (8/2/2024)"


def test_no_year_needs_publication_date():
    # a day and month without a weekday needs the publication date (with a weekday it takes the newest year
    # up to the package's data bound in which that day falls on it: tests/test_extract_x_date14.py)
    assert parse_date("(6/1) kemarin") is None
    assert parse_date("Senin (6/1)", "2025-01-07") == "2025-01-06"


def test_relative_forms_only_with_published():
    assert parse_date("kemarin") is None
    assert parse_date("kemarin", "2024-03-10") == "2024-03-09"
    assert parse_date("hari ini", "2024-03-10") == "2024-03-10"
    # 2024-03-10 is a Sunday; "Senin lalu" is the Monday before
    assert parse_date("Senin lalu", "2024-03-10") == "2024-03-04"
    assert resolve_relative("Minggu lalu", date(2024, 3, 10)) == "2024-03-03"


def test_numbers_that_are_not_dates():
    assert find_dates("rasio 3/4 dari 2020 peserta, nomor 12-5") == []
    assert parse_date("tanggal 31/02/2024") is None  # impossible date


def test_inferred_year_must_agree_with_the_day_name():
    # 2024-01-06 is a Saturday, so "Kamis (6/1)" is a typo or another year: no guess
    assert parse_date("Kamis (6/1)", "2024-01-10") is None
    assert parse_date("Sabtu (6/1)", "2024-01-10") == "2024-01-06"


def test_a_range_across_months_dates_its_first_day():
    def iso(t, published=None):
        return [(h.iso, t[h.start:h.end]) for h in find_dates(t, published)]
    assert iso("seleksi berlangsung mulai 31 Juli – 4 Agustus 2023 ini") == [
        ("2023-07-31", "31 Juli – 4 Agustus 2023")]
    assert iso("libur 30 Desember hingga 2 Januari 2024")[0][0] == "2023-12-30"     # the year turns inside
    assert iso("30 Desember 2023 sampai 2 Januari 2024")[0][0] == "2023-12-30"


def test_year_of_a_day_and_month_from_a_period_the_article_names():
    # no publication date; the only years written are a term "2021-2026": Senin (26/4) is a Monday in 2021 only
    text = "Bupati periode 2021-2026 dilantik Senin (26/4) di aula kantor gubernur."
    assert [h.iso for h in find_dates(text)] == ["2021-04-26"]


def test_year_next_to_a_named_one_when_none_named_fits():
    # "Pilkada 2024" named; Senin (20/11) is no Monday in 2024 but is in 2023 (and not in 2025)
    text = "Menjelang Pilkada 2024, rapat digelar Senin (20/11) di ruang rapat."
    assert [h.iso for h in find_dates(text)] == ["2023-11-20"]


def test_a_named_year_that_fits_wins_over_its_neighbours():
    # Kamis (6/2) is a Thursday in 2020 (named) and in 2025 (not named, not next to 2020): 2020
    assert [h.iso for h in find_dates("Pada tahun 2020 ini, Kamis (6/2), rapat digelar.")][-1] == "2020-02-06"


def test_no_named_year_no_guess():
    # no year named: no guess from the text; the weekday then reads it in the newest year up to the package's
    # data bound (data/calendar.csv) in which 17 October is a Thursday (tests/test_extract_x_date14.py)
    assert [h.iso for h in find_dates("Rapat digelar Kamis (17/10) di aula.")] == ["2024-10-17"]
    assert [h.iso for h in find_dates("Rapat digelar (17/10) di aula.")] == [None]
