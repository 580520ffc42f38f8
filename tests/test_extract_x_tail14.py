"""Page furniture recognised by its shape (issue #16, the tail14 round; docs/dev/issue-16-tail14.md).

Three classes counted over the develop half: headlines of other stories listed after the report's last sentence
with no label; a list's label in other words than "Baca Juga" ("Bacaan Lainnya"), whose block must end at the
report's next paragraph; a byline behind a list bullet.  And the guards: no line of the report is taken for
furniture (a short last paragraph, a closing quote, people listed one per line, a heading, a short article).

Every sentence is synthetic: invented people and stories, real kabupaten/kota only where a post needs one.
"""
from extract_probe import edge_sources, officials, regions

from graphkit.extract.text.boilerplate import boilerplate_spans, in_spans
from graphkit.page_lines import HEADLINE, NEUTRAL, PROSE, headline_shape, is_boilerplate_line

_REPORT = ("WONOSOBO – Bupati Wonosobo Arif Nugroho membuka rapat koordinasi penanganan stunting di Pendopo "
           "Kabupaten Wonosobo, Rabu (9/10/2024).\n\n"
           "\"Semua desa harus menyiapkan anggaran untuk posyandu tahun depan,\" kata Arif.\n\n")


def _covered(text: str, part: str) -> bool:
    start = text.index(part)
    return in_spans(boilerplate_spans(text), start, start + len(part))


# --- 1. headlines of other stories after the last sentence, with no label --------------------------------------

_TEASERS = ("Wali Kota Blitar Dimas Pratama Lantik Tiga Kepala Dinas Baru\n\n"
            "Sabtu, 12 Oktober 2024 | 10:15 WIB\n\n"
            "Gubernur Jambi Hendra Wijaya Resmikan Jembatan Gantung di Kerinci\n\n"
            "Pemkab Sleman Gelar Apel Siaga Bencana Jelang Musim Hujan\n")


def test_a_list_of_other_stories_headlines_after_the_last_paragraph_is_furniture():
    text = "Judul\n\n" + _REPORT + _TEASERS
    for headline in ("Wali Kota Blitar Dimas", "Gubernur Jambi Hendra", "Pemkab Sleman Gelar"):
        assert _covered(text, headline), headline
    assert not _covered(text, "Bupati Wonosobo Arif Nugroho")


def test_the_people_and_places_of_other_stories_headlines_are_not_extracted():
    found = officials(_REPORT + _TEASERS)
    assert "Arif Nugroho" in found
    assert not {"Dimas Pratama", "Hendra Wijaya"} & found
    assert not {"Blitar", "Jambi", "Kota Blitar", "Kerinci", "Kabupaten Kerinci"} & regions(_REPORT + _TEASERS)


def test_a_bulleted_byline_between_the_headlines_is_furniture():
    assert is_boilerplate_line("  • Oleh MC Kota Palu")
    text = "Judul\n\n" + _REPORT + "• Oleh MC Kabupaten Sigi\n• Senin, 7 Oktober 2024 | 09:45 WIB\n" + _TEASERS
    assert _covered(text, "Oleh MC Kabupaten Sigi") and _covered(text, "Gubernur Jambi Hendra")


def test_the_shape_of_a_headline():
    assert headline_shape("Bupati Kendal Lantik 20 Pejabat Eselon II di Pendopo") == HEADLINE
    assert headline_shape("Sekda Ajak ASN Jaga Netralitas dalam Pilkada 2024") == HEADLINE
    # a sentence, even one full of names and posts, keeps its verbs and nouns in lower case
    assert headline_shape("Hadir dalam rapat itu antara lain Kapolres Kendal, Dandim 0715 dan Ketua DPRD") == PROSE
    # a person set out on a list line: a degree, a list marker, a dash joining the name to the post
    assert headline_shape("Rina Kartika, S.Sos. – Kepala Desa Sidomulyo, Kecamatan Cepiring") == NEUTRAL
    assert headline_shape("2. Budi Santoso, Camat Pegandon") == NEUTRAL
    assert headline_shape("Selasa, 8 Oktober 2024 | 09:00 WIB") == NEUTRAL


# --- 2. a list's label in other words; its block ends at the report's next paragraph -----------------------------

def test_other_labels_of_a_list_of_stories_are_furniture():
    for label in ("Bacaan Lainnya", "Artikel Menarik Lainnya", "Berita Populer", "Pilihan Editor", "Tags"):
        text = f"Judul\n\n{_REPORT}{label}\n\nWali Kota Blitar Dimas Pratama Lantik Tiga Kepala Dinas Baru\n"
        assert _covered(text, label) and _covered(text, "Wali Kota Blitar"), label
    assert is_boilerplate_line("Tags: Pilkada 2024, Bupati Kendal, Kabupaten Kendal")


def test_a_paragraph_of_the_report_after_a_label_block_is_not_furniture():
    # the old block ran on over every line shorter than a body paragraph: the quote after the headline was lost
    text = ("Judul\n\n" + _REPORT + "Baca juga:\nWali Kota Blitar Dimas Pratama Lantik Tiga Kepala Dinas Baru\n"
            "\"Tidak boleh ada balita yang terlewat dari penimbangan,\" tegas Arif.\n"
            "Bacaan Lainnya\n"
            "Rapat dihadiri Ketua DPRD Wonosobo Sari Wulandari, para camat dan kepala puskesmas.\n")
    assert _covered(text, "Wali Kota Blitar")
    assert not _covered(text, "Tidak boleh ada balita")
    assert _covered(text, "Bacaan Lainnya") and not _covered(text, "Rapat dihadiri Ketua DPRD")
    assert "Sari Wulandari" in edge_sources("ATTENDED", text.split("\n\n", 1)[1])


# --- 3. no line of the report is taken for furniture ------------------------------------------------------------

def test_a_short_last_paragraph_or_a_closing_quote_without_its_stop_stays():
    for last in ("Rapat ditutup dengan doa bersama", "\"Kita kerja bersama untuk anak-anak,\" pungkasnya"):
        text = "Judul\n\n" + _REPORT + last + "\n"
        assert not _covered(text, last), last


def test_people_listed_one_per_line_stay():
    names = ("Wakil Bupati Wonosobo Dani Kurniawan\nSekda Wonosobo Yudi Prasetyo\n"
             "Kepala Bappeda Wonosobo Lilis Handayani\n")
    for intro in ("Turut hadir antara lain:\n", "Turut hadir dalam rapat tersebut\n"):
        text = "Judul\n\n" + _REPORT + intro + names
        assert not _covered(text, "Dani Kurniawan") and not _covered(text, "Lilis Handayani"), intro
    listed = "Judul\n\n" + _REPORT + "Daftar pejabat yang dilantik:\n1. Rina Kartika, S.Sos. – Camat Kertek\n"
    assert not _covered(listed, "Rina Kartika")


def test_a_heading_between_two_paragraphs_and_the_title_stay():
    text = ("Bupati Wonosobo Buka Rapat Stunting\n\n" + _REPORT + "Anggaran Posyandu Naik Tahun Depan\n\n"
            "Anggaran posyandu naik dua kali lipat pada tahun depan, kata Arif.\n")
    assert not _covered(text, "Bupati Wonosobo Buka") and not _covered(text, "Anggaran Posyandu Naik")


def test_an_article_of_a_few_short_lines_stays():
    text = ("Bupati Kendal Lantik Pejabat\n\nBupati Kendal Teguh Santoso melantik 20 pejabat, Senin (7/10/2024).\n\n"
            "Pelantikan digelar di Pendopo Kendal\n\nSekda Kendal Rudi Hartono membacakan surat keputusan.\n")
    assert boilerplate_spans(text) == []
    assert {"Teguh Santoso", "Rudi Hartono"} <= officials(text.split("\n\n", 1)[1])
