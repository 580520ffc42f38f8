"""Who attended an event graphkit does find (issue #16, the att13 round): classes of ATTENDED errors on matched
events seen in three articles or more from three outlets or more over the 247 opened articles (the project gold
and the ten blind batches; docs/dev/issue-16-att13.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import edge_sources as _edges


# --- 1. a speaker right after the sentence that sets the scene ------------------------------------------------------

_SOSIALISASI = ("WONOSOBO – Sosialisasi pencegahan stunting bagi kader posyandu digelar di Pendopo Kabupaten "
                "Wonosobo, Rabu (9/10/2024).\n\n")


def test_a_speaker_after_the_sentence_that_names_the_happening_attends():
    text = _SOSIALISASI + ("Dalam sosialisasi ini, para kader diingatkan untuk menimbang balita setiap bulan.\n\n"
                           "Kepala Dinas Kesehatan Wonosobo, Dimas Saputra, menekankan pentingnya makanan bergizi.")
    assert "Dimas Saputra" in _edges("ATTENDED", text, "Kader Posyandu Ikuti Sosialisasi Stunting")


def test_a_speaker_after_the_presence_list_attends():
    text = _SOSIALISASI + ("Hadir pada kesempatan itu, Kepala Bappeda, anggota DPRD dan para kepala desa.\n\n"
                           "Camat Kertek Rudi Hartono menyampaikan, desa sudah menyiapkan anggaran posyandu.")
    assert "Rudi Hartono" in _edges("ATTENDED", text, "Kader Posyandu Ikuti Sosialisasi Stunting")


def test_a_speaker_two_sentences_on_is_not_read_by_the_scene():
    # the scene is set two sentences before: the speaker may be speaking of anything
    text = _SOSIALISASI + ("Dalam sosialisasi ini, para kader diingatkan untuk menimbang balita setiap bulan.\n\n"
                           "Jumlah balita di kabupaten itu terus bertambah.\n\n"
                           "Kepala Dinas Kesehatan Wonosobo, Dimas Saputra, menekankan pentingnya makanan bergizi.")
    assert "Dimas Saputra" not in _edges("ATTENDED", text, "Kader Posyandu Ikuti Sosialisasi Stunting")


def test_a_speaker_after_the_scene_who_spoke_apart_does_not_attend():
    text = _SOSIALISASI + ("Dalam sosialisasi ini, para kader diingatkan untuk menimbang balita setiap bulan.\n\n"
                           "Kepala Dinas Kesehatan Wonosobo, Dimas Saputra, saat dihubungi terpisah menekankan "
                           "pentingnya makanan bergizi.")
    assert "Dimas Saputra" not in _edges("ATTENDED", text, "Kader Posyandu Ikuti Sosialisasi Stunting")


# --- 2. a post nobody is named for, or a class, that speaks or reads at the happening --------------------------------

_PARIPURNA = ("WONOSOBO – DPRD Kabupaten Wonosobo menggelar rapat paripurna penyampaian rekomendasi LKPJ Bupati, "
              "Senin (14/10/2024), dipimpin Ketua DPRD Wonosobo Agus Prasetyo.\n\n")


def _groups(text: str) -> list[str]:
    return [n.lower() for n in _edges("ATTENDED", text, "DPRD Gelar Paripurna LKPJ") if n]


def test_a_class_the_report_goes_on_to_attends():
    text = _PARIPURNA + "Sementara anggota DPRD lainnya menyampaikan catatan soal pajak dan retribusi daerah."
    assert any(n.startswith("anggota dprd") for n in _groups(text))


def test_the_unnamed_reader_of_the_decision_attends():
    text = _PARIPURNA + ("Dalam rapat tersebut, persetujuan dewan dibacakan oleh sekretaris DPRD dan diterima "
                         "Bupati.")
    assert any(n.startswith("sekretaris dprd") for n in _groups(text))


def test_a_post_whose_holder_is_named_is_that_person_not_a_group():
    text = _PARIPURNA + ("Sementara Sekretaris DPRD Wonosobo Rudi Hartono menyampaikan bahwa rekomendasi sudah "
                         "diserahkan.")
    assert not any(n.startswith("sekretaris dprd") for n in _groups(text))


def test_a_post_with_a_name_nobody_listed_is_not_a_group():
    text = _PARIPURNA + ("Sementara itu, Sekretaris Jenderal Partai Maju Budi Santoso menyampaikan apresiasi "
                         "kepada dewan.")
    assert not any(n.startswith("sekretaris jenderal") for n in _groups(text))


def test_a_post_that_speaks_apart_or_untied_does_not_attend():
    untied = _PARIPURNA + ("Jalan kabupaten yang rusak masih banyak.\n\n"
                           "Kepala Dinas Perhubungan menyampaikan bahwa perbaikan jalan dimulai tahun depan.")
    apart = _PARIPURNA + ("Sementara itu, Kepala Dinas Perhubungan saat dihubungi terpisah menyampaikan bahwa "
                          "perbaikan jalan dimulai tahun depan.")
    for text in (untied, apart):
        assert not any(n.startswith("kepala dinas perhubungan") for n in _groups(text))
