"""Event types on outlets never tuned on (issue #16, the type17 round): classes of type errors counted over the
develop half (project gold, blind20–24, 26, 27, 32–35, 42, 43), a class kept only when seen in three articles or
more from three outlets or more (docs/dev/issue-16-type17.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import events as _events


# --- 1. an untyped happening named as the object of a verb of presence or opening: its head noun types it --------

def test_a_debate_attended_is_a_debat():
    text = ("TEMANGGUNG – Penjabat Bupati Temanggung Yoga Pratama menghadiri Debat Pertama Calon Bupati dan Wakil "
            "Bupati Temanggung yang berlangsung pada Sabtu, 19 Oktober 2024 di Gedung Serbaguna.")
    assert ("debat", "2024-10-19") in _events(text, "Pj Bupati Temanggung Hadiri Debat Pertama Calon Bupati")


def test_a_forum_opened_is_a_meeting():
    text = ("TEMANGGUNG – Wakil Bupati Temanggung Agus Santoso membuka Forum Konsultasi Publik Rancangan Awal "
            "Rencana Kerja Pemerintah Daerah 2025, Kamis (8/2/2024).\n\n"
            "Kegiatan ini berlangsung di Aula Kantor Bupati dan digelar Bappeda.")
    assert ("rapat", "2024-02-08") in _events(text, "Wabup Temanggung Buka Forum Konsultasi Publik")


def test_an_opening_and_a_body_named_forum_keep_their_type():
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso membuka secara resmi pawai drumband pelajar di depan "
            "rumah dinas, Kamis (23/10/2025).")
    assert ("other", "2025-10-23") in _events(text, "Ribuan Warga Saksikan Pawai Drumband Pelajar")
    text = ("TEMANGGUNG – Wakil Bupati Temanggung Agus Santoso menghadiri Forum Kerukunan Umat Beragama tingkat "
            "kabupaten di Aula Kantor Bupati, Kamis (8/2/2024).")
    assert not any(t == "rapat" for t, _ in _events(text, "Wabup Temanggung Hadiri Pertemuan Tokoh Agama"))
