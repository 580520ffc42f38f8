"""Event types on outlets never tuned on (issue #16, the type16 round): classes of type errors counted over the
develop half (project gold, blind20–24, 26, 27, 32, 33), a class kept only when seen in three articles or more
from three outlets or more (docs/dev/issue-16-type16.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import events as _events


# --- 1. a trigger in an adverbial clause of reason, condition or "since" names no happening of the report --------

def test_a_trigger_in_a_clause_of_reason_is_no_happening():
    text = ("TEMANGGUNG – Karena cuti mengikuti kampanye pada pilkada serentak, tugas Bupati Temanggung Agus Santoso "
            "kini dijalankan Penjabat Sementara Bupati Temanggung Yoga Pratama, Rabu (25/9/2024).\n\n"
            "Yoga Pratama berjanji menjaga netralitas ASN selama masa cuti tersebut.")
    assert not any(t == "kampanye" for t, _ in _events(text, "Bupati Temanggung Cuti, Pemerintahan Dijalankan Pjs"))


def test_a_trigger_in_a_clause_of_condition_is_no_happening():
    text = ("TEMANGGUNG – Masa jabatan Bupati Temanggung Agus Santoso berakhir pada 22 November 2024. Jika bupati "
            "definitif dilantik pada Desember sesuai jadwal, maka daerah itu tidak memerlukan penjabat.\n\n"
            "Sekda Temanggung Yoga Pratama menyebut pemerintahan tetap berjalan seperti biasa.")
    assert not any(t == "pelantikan" for t, _ in _events(text, "Masa Jabatan Bupati Temanggung Segera Berakhir"))


def test_a_trigger_in_a_clause_of_since_is_no_happening():
    text = ("TEMANGGUNG – Terhitung hari ini, masa tugas Yoga Pratama sebagai Penjabat Bupati Temanggung berakhir. "
            "Setahun sudah ia memimpin pemerintahan transisi sejak dilantik pada 6 Oktober 2023.\n\n"
            "Sekda Temanggung Agus Santoso menyebut pemerintahan tetap berjalan seperti biasa.")
    assert not any(t == "pelantikan" for t, _ in _events(text, "Masa Tugas Pj Bupati Temanggung Berakhir"))


def test_the_connective_karena_itu_and_the_time_word_sejak_keep_the_happening():
    text = ("TEMANGGUNG – Banjir merendam tiga desa pekan lalu. Oleh karena itu Pemkab Temanggung menggelar rapat "
            "koordinasi penanganan banjir di Pendopo Kabupaten, Senin (14/10/2024), dipimpin Bupati Temanggung "
            "Agus Santoso.")
    assert ("rapat_koordinasi", "2024-10-14") in _events(text, "Pemkab Temanggung Bahas Penanganan Banjir")
    text = ("TEMANGGUNG – Ratusan warga memadati alun-alun sejak pagi untuk menyaksikan pelantikan Sekda Temanggung "
            "Yoga Pratama oleh Bupati Temanggung Agus Santoso, Senin (14/10/2024).")
    assert ("pelantikan", "2024-10-14") in _events(text, "Warga Padati Alun-alun Temanggung")
