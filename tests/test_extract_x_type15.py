"""Event types on newly opened outlets (issue #16, the type15 round): classes of type errors counted over the
develop half (project gold, blind20–24, blind26–27), a class kept only when seen in three articles or more from
three outlets or more (docs/dev/issue-16-type15.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import events as _events


# --- 1. a trigger in a clause of gratitude, of an order or of a purpose names no happening of the report -------

_VISIT = ("TEMANGGUNG – Bupati Temanggung Agus Santoso, Sabtu (12/10/2024), mendatangi persawahan di Desa Kedu "
          "bersama rombongan untuk melihat panen raya para petani.\n\n"
          "Para petani menyambut rombongan di pematang sawah sejak pagi.\n\n")


def test_a_deed_thanked_for_is_no_happening():
    text = _VISIT + ("Dalam kesempatan itu, perwakilan petani berterima kasih karena bupati telah membangun jalan "
                     "usaha tani dan telah memberikan bantuan pupuk.")
    assert not any(t == "penyerahan" for t, _ in _events(text, "Bupati Temanggung Lihat Panen Raya"))


def test_a_meeting_an_order_asks_for_is_no_happening():
    text = _VISIT + ("Kepala desa dinilai tidak mengindahkan instruksi untuk hadir dalam rapat koordinasi dengan "
                     "bupati di balai desa.")
    assert not any(t == "rapat_koordinasi" for t, _ in _events(text, "Bupati Temanggung Lihat Panen Raya"))


def test_the_purpose_of_a_happening_is_not_its_type():
    text = _VISIT + ("Adapun tujuan dari kegiatan tersebut, selain melihat hasil panen, juga dalam rangka pembagian "
                     "benih kepada kelompok tani.")
    assert not any(t == "penyerahan" for t, _ in _events(text, "Bupati Temanggung Lihat Panen Raya"))


def test_thanks_for_coming_to_the_meeting_keeps_the_meeting():
    text = ("TEMANGGUNG – Ketua panitia berterima kasih kepada Bupati Temanggung Agus Santoso yang telah hadir "
            "dalam rapat koordinasi penanganan banjir di Pendopo Kabupaten, Senin (14/10/2024).")
    assert ("rapat_koordinasi", "2024-10-14") in _events(text, "Pemkab Temanggung Bahas Penanganan Banjir")


def test_a_relative_clause_verb_ranks_behind_the_reported_meeting():
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso melarang pimpinan OPD yang berkantor di luar ibu kota "
            "kabupaten membuka kantor perwakilan.\n\n"
            "Hal itu disampaikan Sekretaris Daerah Temanggung Yoga Pratama usai menghadiri rapat tertutup dengan "
            "Bupati di Pendopo Kabupaten, Senin (14/10/2024).")
    types = {t for t, _ in _events(text, "Bupati Temanggung Larang Kantor Perwakilan OPD")}
    assert "rapat" in types and "kunjungan_kerja" not in types
