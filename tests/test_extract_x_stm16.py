"""Statements and their speakers on outlets never tuned on (issue #16, the stm16 round): classes of statement and
STATED errors seen in three articles or more from three outlets or more over the 265 opened articles of the develop
half (docs/dev/issue-16-stm16.md).

Every sentence is synthetic: invented people and wording; each test failed before its class was fixed.
"""
from graphkit.extract.statements.quotes import find_quotes
from extract_probe import statements_by


def run(text: str, names: dict[str, str], officials: dict[str, str] | None = None) -> list[tuple[str | None, str]]:
    """(speaker id, first words) of each statement (``extract_probe.statements_by``)."""
    return statements_by(text, names, officials, "t16")


RINA = {"Rina Wulandari": "official:rina-wulandari", "Rina": "official:rina-wulandari"}


# --- 1. two marks in a paragraph whose glyphs say the wrong thing: where they stand says which opens -------------

def test_a_closing_glyph_typed_to_open_a_quote():
    text = ("Judul\n\nBupati Rina Wulandari meninjau pasar.\n\n"
            "” Kami akan memperbaiki atap los ikan sebelum musim hujan tiba, ” kata Rina, Senin (2/9).\n")
    assert run(text, RINA) == [("official:rina-wulandari", "Kami akan memperbaiki")]


def test_an_opening_glyph_typed_to_close_a_quote():
    text = ("Judul\n\nBupati Rina Wulandari meninjau pasar.\n\n"
            "“Pedagang harus mendapat tempat yang layak dan bersih di pasar ini “kata Rina.\n")
    assert run(text, RINA) == [("official:rina-wulandari", "Pedagang harus mendapat")]


def test_both_glyphs_reversed_around_a_quote_that_ends_its_paragraph():
    text = ("Judul\n\nMenurut Bupati Rina Wulandari ,” Pasar baru akan dibuka untuk semua pedagang kecil "
            "pada bulan depan . “.\n")
    assert [t for _, t in run(text, RINA)] == ["Pasar baru akan"]


def test_two_marks_around_a_title_in_narration_stay_unpaired():
    # the second mark neither ends the paragraph nor is followed by an attribution: nothing is read as a quote
    text = "Judul\n\nWarga menonton film ” Anak Desa Kami ” di balai desa pada malam minggu.\n"
    assert find_quotes(text) == []


# --- 2. a short quote with its speaker's stop inside the marks and a verb of saying after them is speech ---------

def test_a_three_word_quote_credited_by_a_verb_is_a_statement():
    text = ("Judul\n\nBupati Rina Wulandari ditanya soal jadwal kunjungan ke desa.\n\n"
            "“Masih di kantor,” ucapnya singkat.\n")
    assert run(text, RINA) == [("official:rina-wulandari", "Masih di kantor,")]


def test_a_capitalised_short_quote_credited_by_a_verb_is_a_statement():
    text = ("Judul\n\nBupati Rina Wulandari membagikan masker di pasar.\n\n"
            "“Terutama untuk Pasar Induk Kota,” kata Rina.\n")
    assert run(text, RINA) == [("official:rina-wulandari", "Terutama untuk Pasar")]


def test_a_slogan_in_marks_is_still_no_statement():
    # the quoted words end on a word, and no verb of saying follows the marks
    text = "Judul\n\nBupati Rina Wulandari membuka lomba bertajuk “Desa Bersih Desa Sehat” di alun-alun.\n"
    assert run(text, RINA) == []


# --- 3. a speaker called by a short form of one official's name ---------------------------------------------------

def _short(text: str) -> list[tuple[str | None, str]]:
    # the entities stage lists the full name only; the short form is read from the attribution frame
    return run(text, {"Darmansyah Putra": "official:darmansyah-putra"},
               {"official:darmansyah-putra": "Darmansyah Putra", "official:yohanes-lubis": "Yohanes Lubis"})


def test_the_head_of_a_name_is_the_official():
    text = ("Judul\n\nBupati Darmansyah Putra meresmikan jembatan desa.\n\n"
            "“Jembatan ini kami bangun agar anak-anak tidak lagi menyeberang sungai,” kata Darman lagi.\n")
    assert _short(text) == [("official:darmansyah-putra", "Jembatan ini kami")]


def test_the_tail_of_a_name_behind_a_word_of_address_is_the_official():
    text = ("Judul\n\nBupati Darmansyah Putra meresmikan jembatan desa.\n\n"
            "“Jembatan ini kami bangun agar anak-anak tidak lagi menyeberang sungai,” ujar Bang Syah.\n")
    assert _short(text) == [("official:darmansyah-putra", "Jembatan ini kami")]


def test_two_swapped_letters_of_a_short_name_are_the_official():
    text = ("Judul\n\nSekda Yohanes Lubis membuka rapat.\n\n"
            "“Semua dinas wajib hadir tepat waktu pada rapat bulanan,” tegas Yohaens.\n")
    got = run(text, {"Yohanes Lubis": "official:yohanes-lubis"}, {"official:yohanes-lubis": "Yohanes Lubis"})
    assert got == [("official:yohanes-lubis", "Semua dinas wajib")]


def test_a_short_form_two_officials_share_names_neither():
    text = ("Judul\n\nBupati Darmansyah Putra dan Camat Darmawan Hadi meninjau jembatan desa.\n\n"
            "“Jembatan ini kami bangun agar anak-anak tidak lagi menyeberang sungai,” kata Darma.\n")
    got = run(text, {"Darmansyah Putra": "official:darmansyah-putra", "Darmawan Hadi": "official:darmawan-hadi"},
              {"official:darmansyah-putra": "Darmansyah Putra", "official:darmawan-hadi": "Darmawan Hadi"})
    assert [t for _, t in got] == ["Jembatan ini kami"]
    assert got[0][0] not in ("official:darmansyah-putra", "official:darmawan-hadi")
