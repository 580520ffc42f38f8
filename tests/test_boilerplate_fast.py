"""The fast paths of boilerplate detection give exactly what the full regexes give (synthetic lines)."""
from __future__ import annotations

from graphkit.extract.text.boilerplate import _INLINE, _INLINE_NO_PHOTO, boilerplate_spans
from graphkit.page_lines import _LINE, is_boilerplate_line

LINES = [
    "BACA JUGA: Bupati Resmikan Pasar", "  Foto: Humas Pemkab", "Editor: Dewi", "Oleh MC Kota Kupang",
    "Sumber: antaranews.com", "Penulis : Santa Anna (Apollos)", "Tonton juga video berikut",
    "Hak cipta dilindungi", "kupangkota.go.id ilustrasi banjir", "Tim Redaksi", "© 2024 Kabar Kita",
    "Bupati Jember membuka rapat, kata editor: tidak ada.", "Camat Mandau Riki Rihardi hadir.",
    "Rapat dibuka oleh Sekda.", "Lihat selengkapnya", "Share this", "", "   ", "(DEWI)",
    "Terpopuler: Bupati Jember Lantik Pejabat", "Rekomendasi untuk Anda: Wali Kota Resmikan Pasar",
]


def test_line_prefilter_agrees_with_the_regex():
    for line in LINES + [w.upper() for w in LINES] + ["x " + w for w in LINES]:
        assert is_boilerplate_line(line) == bool(_LINE.match(line)), line
    assert is_boilerplate_line("Editor: Dewi") and not is_boilerplate_line("Camat Mandau Riki Rihardi hadir.")


def test_credit_regex_without_photo_branch_is_the_same_where_no_photo_is_written():
    text = "Bupati hadir.(DEWI)\n(Ilham)\nRapat usai. (MC Kota Palangka Raya/Nitra)\nCamat (Pjs) hadir (lagi)\n"
    assert [m.span() for m in _INLINE.finditer(text)] == [m.span() for m in _INLINE_NO_PHOTO.finditer(text)]
    assert len(list(_INLINE.finditer(text))) == 3
    with_photo = text + "Jalan baru (Foto: Humas/BETV)\n"
    spans = boilerplate_spans(with_photo)
    assert any(with_photo[s:e].startswith("(Foto") or with_photo[s:e].startswith("Foto") for s, e in spans)


def test_find_starts_equals_find_all_without_repeats():
    # the automaton pass (one pass for many words) must find what a str.find pass per word finds
    from graphkit.extract.text.sentences import automaton, find_all, find_starts
    words = ("hadir", "dihadiri", "hari ini", "ini", "rapat", "rapat koordinasi")
    auto = automaton(words)
    text = "rapat koordinasi dihadiri bupati; hadir pula hari ini di rapat, dihadiri dihadiri"
    for start, end in ((0, None), (5, None), (10, 40), (0, 3)):
        assert find_starts(auto, text, start, end) == sorted(set(find_all(text, words, start, end)))
    assert find_starts(auto, text) == [0, 17, 19, 34, 45, 50, 57, 64, 66, 73, 75]


def test_the_extraction_cache_is_keyed_by_the_page_lines_too():
    """page_lines.py decides which lines extraction skips, though it lives outside extract/: a change to it must
    re-extract cached articles, so its bytes are part of the extraction fingerprint."""
    from pathlib import Path

    import graphkit
    from graphkit.cache import extraction_files
    root = Path(graphkit.__file__).resolve().parent
    names = {f.relative_to(root).as_posix() for f in extraction_files()}
    assert "page_lines.py" in names and "extract/text/boilerplate.py" in names and "data/titles.csv" in names
    assert "cache.py" not in names and "stores/rdf.py" not in names


def test_a_related_headline_in_brackets_inside_a_paragraph_is_boilerplate():
    # outlets paste "(Baca juga: …)" between two sentences of the body; the headline names another official
    text = ("Bupati Sleman Budi Santoso membuka rapat koordinasi. (Baca juga: Wali Kota Yogyakarta Andi Wirawan "
            "Lantik Pejabat) Rapat dihadiri para camat.\n")
    spans = boilerplate_spans(text)
    start = text.index("(Baca")
    assert (start, text.index(")") + 1) in spans
    assert not any(s <= text.index("Budi") < e for s, e in spans)
    assert not any(s <= text.index("Rapat dihadiri") < e for s, e in spans)


def test_a_read_more_line_is_boilerplate_and_a_bracket_without_the_cue_is_not():
    assert is_boilerplate_line("BACA SELENGKAPNYA : Bupati Resmikan Pasar Baru")
    assert is_boilerplate_line("Baca selengkapnya di sini")
    text = "Camat (Plt) Rina Lestari hadir. (Sekda juga hadir di sana) Rapat usai.\n"
    assert boilerplate_spans(text) == []
