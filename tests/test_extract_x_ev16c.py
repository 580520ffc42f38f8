"""A second happening of the same day at its own place (issue #16, helper ev16c).

* After the main happening ("Usai dilantik, …"), its people go on to a place of their own, named on the way
  ("bergerak ke Pendapa X … untuk melakukan serah terima jabatan"): what they do there is its own event on the
  same day (GUIDELINES: own place, own participants), even when its noun, a handover, would be a part of the
  main occasion had it been held there. Before, the next stop had to be a verb with its place after it.
* A later paragraph that opens with another kind of happening's noun, held by its clause ("Rapat dengar
  pendapat … di hadiri …"), reports that happening, on the report's day; not when the noun points back
  ("Rapat tersebut"), names the main kind again, or is a part of an occasion (a handover).
* A happening the main one coincides with ("bertepatan dengan kunjungan kerja …") and one a sentence puts on
  the same day ("Pada hari yang sama, … menyerahkan …") are that day's own events.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_the_next_stop_named_on_the_way_before_what_is_done_there():
    text = ("Jalan Protokol Ditutup Jelang Kedatangan Kepala Daerah\n\nSUKAMAJU, SM – Pelantikan bupati dan wakil "
            "bupati Sukamaju Andi Pratama-Budi Santoso, berlangsung di Gedung Serbaguna Provinsi, Kota Baru, Jumat, "
            "26 Februari 2021.\nUsai dilantik, pasangan itu bergerak ke Pendapa Kabupaten Sukamaju di Jalan Merdeka "
            "untuk melakukan serah terima jabatan dengan pejabat sementara.\nWarga memadati jalan.\n")
    assert _events(text) == [("pelantikan", "2021-02-26"), ("penyerahan", "2021-02-26")]


def test_a_handover_at_the_main_occasion_stays_part_of_it():
    # no place of its own and no deed of the subject: the handover is a moment of the inauguration
    text = ("Bupati Baru Dilantik\n\nSUKAMAJU, SM – Pelantikan bupati Sukamaju Andi Pratama berlangsung di Gedung "
            "Serbaguna Provinsi, Jumat, 26 Februari 2021.\nUsai dilantik, penyerahan SK dibacakan oleh sekretaris "
            "daerah dan disambut tepuk tangan.\n")
    assert _events(text) == [("pelantikan", "2021-02-26")]


_PROTEST = ("Mahasiswa Datangi Gedung Dewan\n\nWarta Sukamaju – Sejumlah mahasiswa yang tergabung dalam Aliansi Mahasiswa "
            "Sukamaju menggelar aksi unjuk rasa di depan Gedung DPRD Sukamaju pada Senin 26 Februari 2024. Mereka "
            "menyampaikan orasi dan membawa spanduk berisi tuntutan soal harga pangan yang terus naik di pasar kota."
            "\n\nKoordinator lapangan dalam orasinya meminta pemerintah daerah menekan harga kebutuhan pokok dan "
            "memperbaiki pelayanan publik yang dinilai masih lambat oleh warga di banyak kecamatan kabupaten ini."
            "\n\nSekretaris daerah di hadapan para pengunjuk rasa menjelaskan bahwa kenaikan harga hanya terjadi pada "
            "beberapa bahan pangan yang dipengaruhi cuaca dan permintaan di pasar, bukan seluruh kebutuhan pokok "
            "warga, sehingga pemerintah daerah akan terus memantau harga bersama dinas terkait.\n\n"
            "Menurut sekretaris daerah, sampel harga kabupaten tidak diambil dari semua kebutuhan pokok, namun hanya "
            "dari beberapa komoditas yang harganya naik tajam dalam sebulan terakhir di pasar induk kota.\n\n")


def test_a_later_paragraph_opening_with_another_happening_held_by_its_clause():
    text = _PROTEST + "Rapat dengar pendapat itupun di hadiri lima anggota komisi dan kepala dinas perdagangan.\n"
    assert _events(text) == [("rapat", "2024-02-26"), ("unjuk_rasa", "2024-02-26")]


def test_a_later_noun_pointing_back_or_of_the_main_kind_adds_nothing():
    for tail in ("Rapat tersebut dihadiri lima anggota komisi.\n", "Aksi unjuk rasa berlangsung tertib hingga sore.\n",
                 "Penyerahan tuntutan dilakukan oleh koordinator lapangan.\n"):
        assert _events(_PROTEST + tail) == [("unjuk_rasa", "2024-02-26")], tail


def test_a_happening_that_coincides_with_another_kind_is_its_own_event():
    # "bertepatan dengan" joins two happenings of one day as "bersamaan dengan" does
    text = ("Gubernur Lantik Dua Penjabat Bupati\n\nWarta Sukamaju – Gubernur Andi Pratama melantik dua penjabat bupati "
            "pada Jumat (27/3/2020).\nKedua penjabat dilantik di sebuah lapangan desa di Kabupaten Sukamaju, "
            "bertepatan dengan kunjungan kerja Gubernur ke wilayah selatan.\n")
    assert _events(text) == [("kunjungan_kerja", "2020-03-27"), ("pelantikan", "2020-03-27")]


def test_a_sentence_put_on_the_same_day_tells_another_happening():
    text = ("Sore Ini Gubernur Lantik Penjabat Bupati\n\nKOTA BARU – Gubernur Andi Pratama melantik Budi Santoso "
            "sebagai penjabat bupati Sukamaju pada Jumat (29/12/2023) sore.\n\nBudi Santoso sebelumnya menjabat "
            "sebagai sekretaris daerah.\n\nPada hari yang sama, Gubernur pun menyerahkan surat keputusan kepada "
            "penjabat wali kota Sukamulya.\n")
    assert _events(text, "2023-12-29") == [("pelantikan", "2023-12-29"), ("penyerahan", "2023-12-29")]


def test_the_same_day_inside_a_sentence_or_a_handover_named_by_a_noun_adds_nothing():
    text = ("Sore Ini Gubernur Lantik Penjabat Bupati\n\nKOTA BARU – Gubernur Andi Pratama melantik Budi Santoso "
            "sebagai penjabat bupati Sukamaju pada Jumat (29/12/2023) sore.\n\nPenyerahan SK dibacakan di hari yang "
            "sama oleh sekretaris daerah.\n")
    assert _events(text, "2023-12-29") == [("pelantikan", "2023-12-29")]


def test_a_coinciding_happening_shares_its_leader_not_the_main_ones_guests():
    text = ("Gubernur Lantik Dua Penjabat Bupati\n\nWarta Sukamaju – Gubernur Sukamaju Andi Pratama melantik dua penjabat "
            "bupati pada Jumat (27/3/2020).\nKedua penjabat dilantik di sebuah lapangan desa di Kabupaten Sukamaju, "
            "bertepatan dengan kunjungan kerja Gubernur ke wilayah selatan, dan turut hadir Forkopimda serta "
            "pimpinan OPD.\n")
    g = article_graph(text)
    visit = next(k for k, n in g.nodes.items() if "Event" in n.labels and n.properties.get("type") == "kunjungan_kerja")
    main = next(k for k, n in g.nodes.items() if "Event" in n.labels and n.properties.get("type") == "pelantikan")
    guests = {e.source for e in g.edges.values() if e.type == "ATTENDED" and e.target == main}
    assert guests and not {e.source for e in g.edges.values() if e.type == "ATTENDED" and e.target == visit}
