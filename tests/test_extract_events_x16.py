"""Events and their leaders on wordings of unseen outlets (issue #16, helper x-events).

Every sentence is synthetic (new names and places), written from the grammar of Indonesian
regional news, one test per class of error fixed; see docs/dev/issue-16-x-events.md.
"""
from test_extract_events import edges, events, run


def leaders(ctx):
    return [s for s, _ in edges(ctx, "LED")]


def test_bare_verb_of_leading_in_the_body_names_the_leader():
    # "X pimpin apel": the headline's bare verb form written in the lead
    text = ("Disiplin Pegawai Pemkab\n\nPj Bupati Jember Sutrisno Hadi pimpin apel peningkatan disiplin "
            "pegawai di halaman Kantor Bupati Jember, Senin (4/3/2024).\n")
    ctx = run(text)
    assert events(ctx) == [("apel", "2024-03-04")]
    assert leaders(ctx) == ["official:sutrisno-hadi"]


def test_dotted_degrees_after_a_name_do_not_end_its_clause():
    # "Agus Salim,MAg. melakukan sidak": the degree's full stop is not the end of the sentence
    text = ("Kantor Kelurahan Terkunci\n\nCamat Sukamaju Agus Salim,MAg. melakukan inspeksi mendadak di Kantor "
            "Kelurahan Sumberrejo, Rabu (6/3/2024) siang.\n")
    ctx = run(text)
    assert events(ctx) == [("kunjungan_kerja", "2024-03-06")]
    assert leaders(ctx) == ["official:agus-salim"]
    text2 = text.replace("Agus Salim,MAg.", "Agus Salim, S.Sos., M.Si.")
    assert leaders(run(text2)) == ["official:agus-salim"]


def test_who_hands_over_a_penyerahan_leads_it():
    # "Penghargaan diserahkan langsung oleh X kepada Y": the giver leads, the receiver attends
    text = ("Jember Raih Penghargaan\n\nPenghargaan kabupaten layak anak diserahkan langsung oleh Budi Santoso "
            "kepada Pj Bupati Jember Sutrisno Hadi di Gedung Serbaguna Merdeka, Kamis (7/3/2024).\n")
    ctx = run(text)
    assert events(ctx) == [("penyerahan", "2024-03-07")]
    assert leaders(ctx) == ["official:budi-santoso"]
    assert "official:sutrisno-hadi" in [s for s, _ in edges(ctx, "ATTENDED")]


def test_a_happening_named_again_is_dated_by_that_sentence_not_by_the_announcement():
    # the lead's first date is the press conference; the pelantikan is dated where it is named again
    text = ("Mendagri Tunjuk Penjabat Bupati\n\nKeputusan itu diumumkan Budi Santoso dalam konferensi pers, "
            "Selasa (5/3/2024).\n\nPengambilan sumpah dan pelantikan Agus Salim sebagai Penjabat Bupati Jember "
            "dijadwalkan berlangsung Kamis (7/3). Acara pelantikan akan berlangsung di Pendopo Wahyu Graha.\n")
    assert events(run(text)) == [("pelantikan", "2024-03-07")]


def test_an_award_ceremony_is_a_penyerahan():
    text = ("Pesan Netralitas untuk ASN\n\nPesan ini disampaikan Pj Bupati Jember Sutrisno Hadi pada acara "
            "penganugerahan tanda kehormatan Satyalancana bagi ASN di Pendopo Wahyu Graha, Sabtu (9/3/2024).\n")
    assert events(run(text)) == [("penyerahan", "2024-03-09")]


def test_a_happening_fixed_on_a_full_date_is_an_event_of_its_own():
    # GUIDELINES: "fixed on a date, such as … an inauguration on a given day"
    text = ("Sidang Paripurna DPRD Jember\n\nDPRD Jember menggelar rapat paripurna pengunduran diri Sutrisno Hadi, "
            "Senin (4/3/2024). Ia terpilih sebagai Gubernur yang dijadwalkan akan dilantik 20 Mei 2024.\n")
    assert ("pelantikan", "2024-05-20") in events(run(text))
    text2 = ("Masa Jabatan Berakhir\n\nMasa tugas Sutrisno Hadi berakhir pada 4 Mei 2024. Setelah itu pada tanggal "
             "20 Mei 2024 ia akan dilantik kembali untuk periode kedua dalam rapat paripurna, Senin (4/3/2024).\n")
    assert ("pelantikan", "2024-05-20") in events(run(text2))
    # a plan without a date of its own is no event
    text3 = ("Paripurna Pengunduran Diri\n\nDPRD Jember menggelar rapat paripurna, Senin (4/3/2024). Gubernur terpilih "
             "akan dilantik dalam waktu dekat.\n")
    assert all(t != "pelantikan" for t, _ in events(run(text3)))


def test_a_weekday_date_closing_the_clause_of_another_happening_dates_that_one():
    text = ("Bupati Jember Dilantik\n\nSutrisno Hadi dilantik sebagai Bupati Jember pada 14 Juni 2021. \"Kami siap "
            "bekerja,\" ujar Sutrisno Hadi pada acara sosialisasi sadar hukum di Balai Desa Karangrejo, Rabu "
            "(6/3/2024) lalu.\n")
    assert events(run(text)) == [("pelantikan", "2021-06-14"), ("sosialisasi", "2024-03-06")]


def test_a_happening_joined_to_the_main_one_in_a_later_sentence_is_its_own_event():
    text = ("Pj Bupati Luncurkan Buku\n\nPj Bupati Jember Sutrisno Hadi meluncurkan buku sejarah desa di Pendopo "
            "Wahyu Graha, Sabtu (9/3/2024).\n\nBuku itu ditulis para guru. Diketahui, selain kegiatan peluncuran "
            "buku tersebut juga dibarengi dengan haul ke-50 pendiri desa.\n")
    ctx = run(text)
    assert events(ctx) == [("other", "2024-03-09"), ("peresmian", "2024-03-09")]
    assert leaders(ctx) == ["official:sutrisno-hadi"] * 2
    # a verb so joined is an act of the same happening, not another one
    text2 = ("Paripurna DPRD Jember\n\nDPRD Jember menggelar rapat paripurna, Senin (4/3/2024).\n\nRapat paripurna "
             "yang dipimpin Ketua DPRD itu sekaligus meresmikan penunjukan Wakil Bupati.\n")
    assert events(run(text2)) == [("rapat", "2024-03-04")]


def test_whom_the_participants_meet_is_found_past_a_long_national_title():
    text = ("Rakor Inflasi Daerah\n\nPemkab Jember mengikuti rapat koordinasi secara virtual terkait pengendalian "
            "inflasi daerah dengan Menteri Dalam Negeri Republik Indonesia, Budi Santoso pada Senin (4/3/2024).\n")
    ctx = run(text)
    assert events(ctx) == [("rapat_koordinasi", "2024-03-04")]
    assert leaders(ctx) == ["official:budi-santoso"]


def test_an_activity_held_and_dated_in_the_next_sentence_is_an_event():
    text = ("Pegawai Ikuti Penilaian Kompetensi\n\nBadan Kepegawaian Daerah Jember kembali melakukan kegiatan "
            "penilaian kompetensi bagi pejabat pengawas di Kecamatan Sumbersari. Kegiatan tersebut dilakukan pada "
            "hari Rabu (6/3/2024) di ruang komputer SMAN 9 Jember.\n")
    assert events(run(text)) == [("other", "2024-03-06")]
    # without a day of its own (here or in the next sentence) it is a programme, not an event
    text2 = text.replace("pada hari Rabu (6/3/2024) ", "secara bertahap ")
    assert events(run(text2)) == []


def test_opening_a_selection_or_registration_is_a_process_not_a_happening():
    text = ("Pemkab Resmi Buka Seleksi Jabatan\n\nPemkab Jember resmi membuka seleksi terbuka jabatan pimpinan tinggi "
            "pratama. Pj Bupati Jember Sutrisno Hadi mengatakan seleksi penting bagi birokrasi.\n")
    assert events(run(text)) == []
    text2 = ("Turnamen Voli Bupati Cup\n\nPj Bupati Jember Sutrisno Hadi resmi membuka turnamen voli antardesa di "
             "Lapangan Merdeka Sumbersari.\n")
    assert [t for t, _ in events(run(text2))] == ["other"]


def test_a_happening_said_to_be_held_on_a_day_is_an_event():
    text = ("Kejaksaan Geledah Kantor Dinas\n\nPj Bupati Jember Sutrisno Hadi berjanji kooperatif. \"Kami layani "
            "penyidik,\" katanya.\n\nSebelumnya, kejaksaan menggeledah kantor Dinas Perikanan Jember. Penggeledahan "
            "dilakukan pada Kamis (7/3/2024) hingga sore.\n")
    ctx = run(text)
    assert events(ctx) == [("other", "2024-03-07")]
    assert [n.properties["name"] for n in ctx.graph.nodes.values() if n.label == "Event"] == ["Penggeledahan"]
    # a span of days is a programme, and a plan is no happening yet
    assert events(run(text.replace("pada Kamis (7/3/2024) hingga sore", "pada 1 s.d 15 Maret 2024"))) == []
    assert events(run(text.replace("Penggeledahan dilakukan", "Penggeledahan akan dilakukan"))) == []


def test_a_forbidden_or_denied_happening_is_no_event():
    text = ("Pj Bupati Ingatkan Netralitas\n\nPj Bupati Jember Sutrisno Hadi mengingatkan ASN, Selasa (5/3/2024). "
            "ASN diwajibkan tak memihak apalagi turut dalam kampanye mendukung calon.\n")
    assert events(run(text)) == []
    # "tidak hanya" affirms
    text2 = ("Pj Bupati Hadiri Kampanye Sehat\n\nPj Bupati Jember Sutrisno Hadi tidak hanya hadir dalam kampanye hidup "
             "sehat di Alun-alun Jember, Selasa (5/3/2024).\n")
    assert events(run(text2)) == [("kampanye", "2024-03-05")]


def test_a_plan_in_the_sentence_naming_the_happening_again_does_not_date_it():
    text = ("Jadwal Pilkada Dimajukan\n\nKetua Fraksi Budi Santoso menerima usulan itu, katanya di Jember, Selasa "
            "(5/3).\n\nBudi Santoso mengatakan hal tersebut seusai rapat pleno tertutup. Salah satu agenda pleno itu "
            "membahas pilkada yang dijadwalkan pada 27 November 2024.\n")
    assert [e for e in events(run(text, published="2024-03-06")) if e[0] == "rapat"] == [("rapat", "2024-03-05")]


def test_an_activity_done_at_a_named_place_on_a_weekday_date_is_an_event():
    text = ("Bupati Terima Vaksin Kedua\n\nPj Bupati Jember Sutrisno Hadi telah menerima vaksin dosis kedua. \"Tidak "
            "ada keluhan,\" katanya usai vaksin dosis kedua di RSUD Kaliwates, Kamis (7/3/2024).\n")
    assert events(run(text)) == [("other", "2024-03-07")]
    # a doorstop with reporters at the office is no event
    text2 = ("Bupati Minta ASN Disiplin\n\nPj Bupati Jember Sutrisno Hadi meminta ASN disiplin. \"Jangan tambah "
             "libur,\" katanya usai ditemui wartawan di Kantor Bupati Jember, Kamis (7/3/2024).\n")
    assert events(run(text2)) == []


def test_a_happening_counted_from_is_not_dated_by_the_report_day():
    text = ("Hari Kedua Setelah Dilantik, Bupati Belum Berkantor\n\nSekda Jember Budi Santoso mengatakan, hari kedua "
            "usai pelantikan Bupati, para pegawai sudah bekerja, Senin (4/3/2024).\n")
    assert events(run(text)) == [("pelantikan", None)]


def test_an_unresolvable_relative_day_in_the_anchor_sentence_leaves_the_date_unknown():
    # no publication date: "kemarin" cannot be placed, and the founding date of the lead is another happening's
    text = ("Gubernur Ajak Bekerja Jujur\n\nKabupaten Sumberjaya dimekarkan pada 16 November 2012.\n\n\"Kita harus "
            "sejajar dengan kabupaten lain,\" kata Pj Bupati Jember Sutrisno Hadi pada acara resepsi peringatan "
            "hari jadi kabupaten di Pendopo Wahyu Graha, kemarin.\n")
    assert events(run(text)) == [("other", None)]
    assert events(run(text, published="2018-11-17")) == [("other", "2018-11-16")]


def test_a_head_working_from_a_kecamatan_office_is_a_visit():
    text = ("Bupati Berkantor di Kecamatan\n\nJEMBER – Bupati Jember berkantor di Kecamatan Sumberjambe, "
            "Selasa (27/7/2021), untuk mendekatkan pelayanan kepada masyarakat.\n")
    assert events(run(text)) == [("kunjungan_kerja", "2021-07-27")]


def test_a_groundbreaking_is_a_happening_of_type_other():
    text = ("Bupati Letakkan Batu Pertama\n\nJEMBER – Bupati Jember meletakkan batu pertama pembangunan gedung "
            "puskesmas di Kecamatan Sumberjambe, Sabtu (14/5/2022).\n")
    assert events(run(text)) == [("other", "2022-05-14")]


def test_a_visit_in_the_lead_keeps_its_own_day_before_the_main_happening():
    text = ("Gubernur Dijadwalkan Pimpin Upacara HUT Jember\n\nJEMBER – Pj Bupati Jember Sutrisno Hadi melakukan "
            "kunjungan kerja ke Kecamatan Sumberjambe bersama rombongan dengan menaiki bus pariwisata dari halaman "
            "Pendopo Wahyawibawagraha Jember pada Senin (4/12/2023). "
            "Sutrisno Hadi akan menjadi inspektur upacara HUT Jember di alun-alun pada Selasa pagi (5/12/2023).\n")
    assert ("kunjungan_kerja", "2023-12-04") in events(run(text))


def test_a_trigger_followed_by_its_own_day_takes_it_not_the_sentence_opening_day():
    text = ("Usai Dilantik Presiden, Bupati Jember Tiba di Jember\n\nJEMBER – Bupati Jember Sutrisno Hadi tiba di "
            "Jember, Selasa (4/3/2025) setelah dilantik oleh Presiden Prabowo Subianto pada 20 Februari 2025 di Jakarta.\n")
    assert ("pelantikan", "2025-02-20") in events(run(text))
    # the day that opens the sentence still dates a trigger with no day of its own after it
    text2 = ("Bupati Lantik Pejabat\n\nJEMBER – Bupati Jember Sutrisno Hadi, Selasa (4/3/2025), melantik 20 pejabat "
             "di Pendopo Wahyawibawagraha.\n")
    assert events(run(text2)) == [("pelantikan", "2025-03-04")]


def test_a_bracketed_date_closing_the_first_paragraph_dates_the_event():
    text = ("Apel Hari Otonomi Daerah di Jember\n\nASN Pemkab Jember mengikuti Apel Peringatan Hari Otonomi Daerah "
            "di Alun-alun Jember. (Jumat, 25 April 2025)\n\nApel dipimpin Pj Bupati Jember Sutrisno Hadi.\n")
    assert events(run(text)) == [("apel", "2025-04-25")]


def test_the_happening_a_meeting_follows_the_same_day_is_its_own_event():
    # in the meeting's sentence
    text = ("Bupati Pimpin Rapat di Ruang Terbuka\n\nJEMBER – Pj Bupati Jember Sutrisno Hadi memimpin rapat koordinasi "
            "bersama kepala OPD usai melaksanakan apel di Alun-alun Jember, Senin (6/3/2023).\n")
    assert events(run(text)) == [("apel", "2023-03-06"), ("rapat_koordinasi", "2023-03-06")]
    # in a later sentence that names the meeting again by the plain word for its kind
    text2 = ("Bupati Pimpin Rapat di Ruang Terbuka\n\nJEMBER – Pj Bupati Jember Sutrisno Hadi memimpin rapat koordinasi "
             "bersama kepala OPD, Senin (6/3/2023). Uniknya, rapat tersebut dilakukan di ruang terbuka usai "
             "melaksanakan apel di Alun-alun Jember.\n")
    assert events(run(text2)) == [("apel", "2023-03-06"), ("rapat_koordinasi", "2023-03-06")]


def test_a_happening_the_sentence_opens_with_as_background_is_not_the_main_one():
    text = ("Dua Raperda Ditetapkan Jadi Perda\n\nJEMBER – Setelah rapat kerja dengan OPD terkait, dua raperda "
            "disahkan menjadi perda dalam rapat paripurna DPRD Jember, Senin (18/12/2023).\n")
    assert events(run(text)) == [("rapat", "2023-12-18")]


def test_a_past_date_in_a_clause_of_another_noun_does_not_date_the_event():
    text = ("Presiden Tiba di Jember\n\nJEMBER – Pj Bupati Jember Sutrisno Hadi menyambut kedatangan Presiden, "
            "Senin 22 April 2024.\n\nPada kunjungan ini, Presiden meresmikan rehabilitasi pasca gempa bumi yang "
            "mengguncang Jember 15 Januari 2021 lalu, serta meninjau pasar Tanjung.\n")
    assert ("kunjungan_kerja", "2021-01-15") not in events(run(text))
    # a clause of the happening itself still dates it
    text2 = ("Rapat Evaluasi\n\nJEMBER – Rapat evaluasi yang digelar Senin (15/1/2024) lalu dipimpin Pj Bupati Jember "
             "Sutrisno Hadi.\n")
    assert events(run(text2)) == [("rapat", "2024-01-15")]


def test_paripurna_alone_names_the_plenary_only_where_it_is_held():
    text = ("DPRD Gelar Paripurna Sertijab Wali Kota\n\nJEMBER – DPRD Jember menggelar rapat paripurna serah terima "
            "jabatan Bupati Jember, Senin (3/3/2025).\n")
    assert events(run(text)) == [("rapat", "2025-03-03")]
    text2 = ("RSUD Kini Berstatus Akreditasi Paripurna\n\nJEMBER – RSUD Jember mendapat penilaian Akreditasi "
             "Paripurna, kata Pj Bupati Jember Sutrisno Hadi saat meninjau RSUD, Senin (20/3/2023).\n")
    assert ("rapat", "2023-03-20") not in events(run(text2))


def test_welcoming_an_arrival_is_the_arriving_officials_visit():
    text = ("Pemkab Sambut Kedatangan Presiden\n\nJEMBER – Jajaran Pemkab Jember ikut menyambut kedatangan Presiden RI "
            "di Bandara Notohadinegoro, Senin 22 April 2024.\n")
    assert events(run(text)) == [("kunjungan_kerja", "2024-04-22")]
