"""Classes of error seen in m01–m15, a twelfth batch of outlets the gold never had (issue #16): events, led and
attended, statements (docs/dev/issue-16-x-m-mevents.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import graph as _graph


def test_the_pair_sworn_in_attends_its_pelantikan():
    # "A dan B, S.IP dilantik oleh Gubernur": both subjects of "dilantik" are at their swearing-in, past B's degree
    text = ("BANDAR LAMPUNG – Gubernur Lampung Rahmat Mirzani melantik tujuh pasang kepala daerah di Balai Keratun, "
            "Senin (7/10/2024).\n\nPasangan Bupati dan Wakil Bupati Tanggamus, H. Darmawan Yusuf dan Bima Adi "
            "Pratama, S.IP dilantik oleh Gubernur Lampung bersama enam pasang kepala daerah lainnya.")
    assert {"Darmawan Yusuf", "Bima Adi Pratama"} <= _edges("ATTENDED", text)


def test_the_members_listed_after_yang_dilantik_attend():
    # "Ketiga Pj bupati yang dilantik Pj Bupati X A, Pj Bupati Y B dan Pj Bupati Z C": a list of those sworn in
    text = ("PALEMBANG – Pj Gubernur Sumsel Hadi Prasetyo secara resmi melantik tiga Penjabat bupati. Ketiga Pj "
            "bupati yang dilantik Pj Bupati Ogan Ilir Rudi Santoso, Pj Bupati Musi Rawas Agus Salim dan Pj Bupati "
            "Empat Lawang Dedi Kurnia, yang berlangsung di Griya Agung Palembang, Senin (7/10/2024).")
    got = _edges("ATTENDED", text)
    assert {"Rudi Santoso", "Agus Salim", "Dedi Kurnia"} <= got
    assert "Hadi Prasetyo" in _edges("LED", text)


def test_who_watches_the_pelantikan_attends_it():
    # "X … menyaksikan pelantikan … secara virtual": watching it is being there (GUIDELINES: placed at the event)
    text = ("KALIANDA – Ketua DPRD Kabupaten Lampung Selatan, Hendra Wijaya, bersama jajaran Forkopimda menyaksikan "
            "pelantikan Bupati secara virtual dari Aula Rajabasa, Senin (7/10/2024).")
    assert "Hendra Wijaya" in _edges("ATTENDED", text)


def test_the_upacara_a_celebration_opens_with_and_its_inspector():
    # "Diawali dengan Upacara yang menjadi Inspektur Upacara adalah Wali Kota X": the ceremony is the happening,
    # its inspector leads it and "Dalam kesempatan tersebut, dihadiri …" lists who attended
    text = ("BITUNG – Hari jadi Kota Bitung dirayakan dengan sederhana. Diawali dengan Upacara yang menjadi Inspektur "
            "Upacara adalah Wali Kota Bitung Yohanes Runtu, Senin (7/10/2024) di Lapangan Kantor Walikota Bitung."
            "\n\nDalam kesempatan tersebut, dihadiri Wakil Walikota Bitung Frans Wenas, Ketua DPRD Bitung dan "
            "jajaran Forkopimda Kota Bitung.")
    g = _graph(text)
    assert any(n.properties.get("type") == "apel" and n.properties.get("date") == "2024-10-07"
               for n in g.nodes.values() if n.label == "Event")
    assert "Yohanes Runtu" in _edges("LED", text)
    assert "Frans Wenas" in _edges("ATTENDED", text)


def test_a_class_told_in_the_speech_is_present_but_one_thanked_is_not():
    # "dalam sambutannya menyampaikan kepada seluruh ASN untuk …": the class addressed there is in front of him;
    # "memberikan apresiasi kepada … ASN yang sudah mendukung" thanks them, it hands nothing over
    told = ("KISARAN – Bupati Asahan Taufik Hidayat memimpin apel gabungan di halaman Kantor Bupati, Senin "
            "(7/10/2024). Bupati dalam sambutannya menyampaikan kepada seluruh Aparatur Sipil Negara (ASN) untuk "
            "disiplin.")
    assert any(n and "ASN" in n for n in _edges("ATTENDED", told))
    thanked = ("BITUNG – Wali Kota Bitung Yohanes Runtu memimpin upacara HUT Kota Bitung, Senin (7/10/2024).\n\n"
               "Dalam sambutannya, Wali Kota memberikan apresiasi kepada seluruh warga serta jajaran ASN yang sudah "
               "mendukung program pemerintah.")
    assert not any(n and "ASN" in n for n in _edges("ATTENDED", thanked))


def test_the_target_of_a_protest_does_not_lead_it_and_its_guards_attend():
    # "massa aksi meminta Bupati X, Y, untuk bertemu": Y is asked to act (the object), not the subject who meets;
    # "kantor bupati yang dijaga ketat Satuan Polisi Pamong Praja (Satpol PP)": the guarding body is there, by the
    # short name given in parentheses
    text = ("MAJENE – Aksi unjuk rasa digelar puluhan mahasiswa di kantor Bupati Majene. Massa mencoba masuk ke "
            "area kantor bupati yang dijaga ketat Satuan Polisi Pamong Praja (Satpol PP) Majene.\n\nSetibanya di "
            "gedung kantor, massa aksi berorasi dan meminta Bupati Majene, Andi Sukri Lahaji, untuk bertemu "
            "dengan mereka.")
    assert "Andi Sukri Lahaji" not in _edges("LED", text)
    assert any(n and n.startswith("Satpol PP") for n in _edges("ATTENDED", text))


def _stated(text: str) -> set[tuple[str, str]]:
    g = _graph(text)
    return {(g.nodes[e.source].properties.get("name"), g.nodes[e.target].properties.get("text"))
            for e in g.edges.values() if e.type == "STATED"}


def test_two_single_curly_marks_typed_for_a_double_one_quote():
    # "‘’Hari ini …,’’ujar Bupati": a doubled single mark opens before a word and closes after the comma
    got = _stated("BANGKO – Bupati Merangin Hasan Basri menyambut rombongan Kajati di rumah dinas, Kamis (3/10/2024)."
                  "\n\n‘’Hari ini kita kedatangan tamu istimewa. Terima kasih sudah berkunjung ke Merangin,’’ujar "
                  "Bupati pada acara penyambutan tersebut.")
    assert ("Hasan Basri", "Hari ini kita kedatangan tamu istimewa. Terima kasih sudah berkunjung ke Merangin,") in got


def test_an_unopened_quote_glued_to_the_narration_starts_after_it():
    # "… berharap … memajukan Provinsi Lampung.Dengan pakaian …, saya berharap …,” imbuhnya.": the full stop glued to
    # the next word ends the narration sentence; the quote is every sentence after it
    got = _stated("BANDAR LAMPUNG – Gubernur Lampung Rahmat Mirzani melantik tujuh kepala daerah, Senin (7/10/2024)."
                  "\n\nUsai melantik, Rahmat Mirzani juga berharap para kepala daerah dapat bekerja sama memajukan "
                  "Provinsi Lampung.Dengan pakaian yang putih, saya berharap hatinya juga putih. Mari membangun "
                  "Lampung bersama-sama,” imbuhnya.")
    assert ("Rahmat Mirzani", "Dengan pakaian yang putih, saya berharap hatinya juga putih. Mari membangun Lampung "
            "bersama-sama,") in got


def test_a_head_ngantor_at_a_village_is_a_working_visit():
    # "Ngantor di Desa X" is the colloquial "berkantor di": the head works a day from the village, a kunjungan kerja
    g = _graph("Janji itu ditepati. Bupati Lumajang Budi Santoso kembali berada di desa, kali ini Desa Pasrujambe. "
               "Ditemui pada Sabtu (5/10/2024), Budi terlihat antusias.\n\nMenurutnya, pemerintah harus hadir di "
               "semua wilayah, tak terkecuali kampung terpencil.",
               title="Bupati Lumajang Ngantor dan Menginap di Desa Pasrujambe")
    assert any(n.properties.get("type") == "kunjungan_kerja" for n in g.nodes.values() if n.label == "Event")
    # "pemerintah harus hadir …": an obligation, nobody placed at the visit
    assert not any(e.type == "ATTENDED" and "emerintah" in (g.nodes[e.source].properties.get("name") or "")
                   for e in g.edges.values())
