"""Event finding and typing on outlets never tuned on (issue #16, helper ev16b).

* A happening's noun that opens its sentence is the subject of the verb of holding later in the clause, however
  long its noun phrase runs ("Pelantikan bupati dan wakil bupati X dan Y, berlangsung di …", "Penyerahan nota …
  dari Bupati X kepada Pjs Bupati Y digelar di …", "Aksi demonstrasi besar-besaran bertajuk “…” yang dilakukan
  oleh mahasiswa …"). Before, the verb had to follow within three words, so the lead's own happening went unread
  and a later, lesser one (a visit received, a handover planned after it) stood in for it. A turn of the clause
  ("namun", "akan") or another happening's word between them gives the verb to that other clause or noun.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_a_sentence_opening_noun_is_held_by_a_far_predicate():
    text = ("Jalan Protokol Ditutup Jelang Kedatangan Kepala Daerah Baru\n\nSUKAMAJU, SM – Pelantikan bupati dan "
            "wakil bupati Sukamaju Andi Pratama-Budi Santoso, berlangsung di Gedung Serbaguna Provinsi, Kota Baru, "
            "Jumat, 26 Februari 2021. Sejumlah ruas jalan pun ditutup.\n")
    assert _events(text) == [("pelantikan", "2021-02-26")]


def test_a_deed_noun_subject_with_its_giver_and_receiver_in_between():
    text = ("Bupati Sukamaju Resmi Cuti, Roda Pemerintahan Dipimpin Pjs\n\nSUKAMAJU, Warta – Karena cuti mengikuti "
            "kampanye, roda pemerintahan kini dipimpin Pjs Bupati Budi Santoso.\nPenyerahan Nota Pengantar Tugas "
            "dari Bupati Andi Pratama kepada Pjs Bupati Budi Santoso digelar di Pendapa Kabupaten, Rabu "
            "(25/9/2024).\n")
    assert _events(text) == [("penyerahan", "2024-09-25")]


def test_an_occasion_word_may_come_before_the_subject_noun():
    text = ("Gerbang Gedung Dewan Dilempari Massa\n\nSukamaju – Warta – Aksi demonstrasi besar-besaran bertajuk "
            "“Kota Gelap” yang dilakukan oleh mahasiswa berhasil menduduki gedung DPRD Provinsi pada Jumat (21/02/2025)."
            "\nKetua DPRD Provinsi, Andi Pratama, akhirnya menemui massa aksi di halaman gedung.\n")
    assert _events(text) == [("unjuk_rasa", "2025-02-21")]


def test_a_noun_inside_its_sentence_still_needs_a_close_frame():
    # the noun is an object inside the clause, not its subject: the far verb holds something else
    text = ("Warga Sukamaju Bahas Jalan Desa\n\nSUKAMAJU – Warga membahas rencana pelantikan kepala desa dan perbaikan "
            "jalan desa yang nantinya akan dilaksanakan oleh dinas, Senin (3/3/2025).\n")
    assert ("pelantikan", "2025-03-03") not in _events(text)


def test_a_turn_of_the_clause_gives_the_far_verb_to_another_happening():
    # "namun" opens another clause: its verb of holding holds the meeting named there, not the opening noun
    text = ("Persiapan Pemerintahan Desa Dibahas\n\nSUKAMAJU – Penyerahan SK kepala desa terpilih memang masih "
            "menunggu, namun rapat persiapannya dilaksanakan di Aula Kantor Bupati Sukamaju, Senin (3/3/2025).\n")
    assert _events(text) == [("rapat", "2025-03-03")]
