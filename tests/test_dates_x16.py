"""Dates a day still to come names ("9 Desember mendatang"): issue #16, helper x-events."""
from graphkit.extract.text.dates import find_dates


def _isos(text, published=None):
    return [(text[h.start:h.end], h.iso) for h in find_dates(text, published)]


def test_a_day_still_to_come_follows_the_article_date():
    text = "Ia akan maju dalam pemilihan wali kota pada 4 Februari mendatang."
    assert _isos(text, "2025-11-20") == [("4 Februari", "2026-02-04")]
    assert _isos(text.replace("mendatang", "nanti"), "2025-11-20") == [("4 Februari", "2026-02-04")]
    # without "mendatang" a day months after publication is not placed (a plan, not a date)
    assert _isos("Semula digelar 27 Desember, kini ditunda.", "2025-11-20") == [("27 Desember", None)]
    assert _isos("Pemilihan digelar 27 Desember mendatang.", "2025-11-20") == [("27 Desember", "2025-12-27")]


def test_without_publication_date_it_follows_the_last_dated_day_before_it():
    text = ("Camat Rowosari mundur, Rabu (12/8/2026). Ia akan mengikuti pemilihan kepala desa "
            "pada 3 November mendatang.")
    assert _isos(text)[-1] == ("3 November", "2026-11-03")
    # no dated day before it: still unknown
    assert _isos("Pemilihan digelar 3 November mendatang.") == [("3 November", None)]


def test_javanese_rabo_is_wednesday_and_dates_a_yearless_day():
    # "Rabo" (Javanese spelling of Rabu) with a year the article names: the one year 17/7 is a Wednesday
    hits = find_dates("Pengukuhan kepala desa pada Rabo, 17/07. Menurut UU Nomor 3 Tahun 2024 masa jabatan bertambah.")
    assert [h.iso for h in hits] == ["2024-07-17"]


def test_a_numeric_date_with_the_slash_before_the_year_left_out():
    assert [h.iso for h in find_dates("Kepala dinas meninjau gedung, Senin (26/092022).")] == ["2022-09-26"]
    assert find_dates("Surat Nomor 26/092022 tentang pembangunan.") == []    # without a day name: no date


def test_a_month_or_day_matched_through_unicode_case_folding_is_read_not_an_error():
    # the patterns match case-insensitively, so a long s or a Kelvin sign matches too: read, never a KeyError
    assert [h.iso for h in find_dates("Rapat digelar Senin, 9 Deſember 2024 di aula.")] == ["2024-12-09"]
    assert [h.iso for h in find_dates("Rapat digelar \u212aamis (6/2/2025) di aula.")] == ["2025-02-06"]
