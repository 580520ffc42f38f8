"""Event types on outlets never tuned on (issue #16, the type17 round): classes of type errors counted over the
develop half (project gold, blind20–24, 26, 27, 32–35, 42, 43), a class kept only when seen in three articles or
more from three outlets or more (docs/dev/issue-16-type17.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import events as _events


# --- 1. an untyped happening named as the object of a verb of presence or opening: its head noun types it --------

def test_a_debate_attended_is_a_debat():
    text = ("TEMANGGUNG – Penjabat Bupati Temanggung Yoga Pratama menghadiri debat kedua pasangan calon kepala "
            "daerah di gedung olahraga kabupaten, Sabtu (19/10/2024).")
    assert ("debat", "2024-10-19") in _events(text, "Pj Bupati Temanggung Saksikan Debat Kedua Paslon")


def test_a_forum_opened_is_a_meeting():
    text = ("TEMANGGUNG – Wakil Bupati Temanggung Agus Santoso membuka Forum Lintas Sektor penyusunan rencana "
            "kerja tahun 2025, Kamis (8/2/2024).\n\n"
            "Acara itu digelar Bappeda di pendopo kabupaten.")
    assert ("rapat", "2024-02-08") in _events(text, "Wabup Temanggung Buka Forum Lintas Sektor")


def test_an_opening_and_a_body_named_forum_keep_their_type():
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso membuka secara resmi pawai drumband pelajar di depan "
            "rumah dinas, Kamis (23/10/2025).")
    assert ("other", "2025-10-23") in _events(text, "Ribuan Warga Saksikan Pawai Drumband Pelajar")
    text = ("TEMANGGUNG – Wakil Bupati Temanggung Agus Santoso menghadiri Forum Kerukunan Umat Beragama tingkat "
            "kabupaten di Aula Kantor Bupati, Kamis (8/2/2024).")
    assert not any(t == "rapat" for t, _ in _events(text, "Wabup Temanggung Hadiri Pertemuan Tokoh Agama"))


# --- 2. a trigger in what a call, an order or a purpose asks for: a headline's order, a purpose as a verb ---------

def test_a_deed_a_headline_orders_is_no_happening():
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso mengimbau seluruh camat dan lurah untuk terjun langsung "
            "menyapa warga. Menurutnya, pejabat harus mengetahui persoalan warga dari dekat, Senin (5/1/2015).")
    assert not any(t == "kunjungan_kerja" for t, _ in _events(text, "Bupati Temanggung Minta Para Kades Blusukan"))


def test_a_deed_named_in_a_purpose_verb_is_no_happening():
    text = ("TEMANGGUNG – Pemerintah Kabupaten Temanggung melalui Dinas Perdagangan menggelar operasi pasar di "
            "lapangan kecamatan, Selasa (25/3/2025). Operasi pasar ini bertujuan untuk menekan harga beras "
            "jelang puasa, sekaligus memberikan bantuan beras bagi keluarga prasejahtera.")
    assert not any(t == "penyerahan" for t, _ in _events(text, "Pemkab Temanggung Gelar Operasi Pasar"))


def test_a_call_made_at_a_happening_keeps_it():
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso memimpin apel senin di lapangan pendopo, Rabu "
            "(29/10/2025). Ia meminta pegawai tertib.")
    assert ("apel", "2025-10-29") in _events(text, "Bupati Temanggung Ingatkan Kedisiplinan Pegawai saat Apel")
    text = ("TEMANGGUNG – Bupati Temanggung Agus Santoso memimpin rapat koordinasi di aula kantor bupati, Rabu "
            "(29/10/2025). Rapat ini bertujuan untuk menyiapkan penyaluran bantuan sosial.")
    assert ("rapat_koordinasi", "2025-10-29") in _events(text, "Bupati Temanggung Pimpin Rakor Bantuan Sosial")
