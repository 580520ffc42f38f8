"""Speaker attribution on constructions that broke it on unseen articles (issue 4 follow-up).

Synthetic sentences, one test per class of error: a quote after narrative
in its paragraph, the paragraph subject over a later object, a surname or
initials for one official, and quotes the article does not attribute.
"""
from extract_probe import statements_by


def run(text: str, names: dict[str, str], officials: dict[str, str] | None = None) -> list[tuple[str | None, str]]:
    """(speaker id, first words) of each statement (``extract_probe.statements_by``)."""
    return statements_by(text, names, officials, "t2")


BUDI = {"Budi Santoso": "official:budi-santoso"}


def test_quote_after_narrative_sentence_takes_its_subject():
    text = ("Judul\n\nDirektur RSUD Sehat Budi Santoso menambahkan mereka tetap berupaya menangani seluruh pasien. "
            "“Tim dokter beserta perawat telah kami kerahkan untuk semua pasien.”\n")
    assert run(text, BUDI) == [("official:budi-santoso", "Tim dokter beserta")]


def test_quote_after_pronoun_sentence_takes_the_latest_speaker():
    text = ("Judul\n\n“Pekerjaan jalan masuk sedang kami kebut siang dan malam,” kata Budi Santoso.\n\n"
            "Dia berharap semua pekerjaan selesai tepat waktu. “Jalan masuk terdiri atas dua jalur yang panjang.”\n")
    assert [s for s, _ in run(text, BUDI)] == ["official:budi-santoso", "official:budi-santoso"]


YOSEF = {"Yosef Rasi": "official:yosef-rasi", "Abraham Liyanto": "official:abraham-liyanto"}
REses = ("Judul\n\nKepala Badan Kepegawaian Yosef Rasi meminta dukungan senator Abraham Liyanto untuk guru swasta. "
         "Hal tersebut disampaikan dalam reses anggota DPD Abraham Liyanto itu di Kupang. "
         "“Peran sekolah swasta selama ini kurang dianggap penting oleh banyak pihak")


def test_paragraph_subject_not_the_object_speaks():
    assert run(REses + ".”\n", YOSEF) == [("official:yosef-rasi", "Peran sekolah swasta")]
    # "tutur … ini" points back at the speaker, and the reses host is not one
    assert run(REses + ",” tutur mantan kepala dinas ini.\n", YOSEF) == [("official:yosef-rasi", "Peran sekolah swasta")]


def test_explicit_attribution_beats_the_paragraph_subject():
    assert run(REses + ",” kata Abraham Liyanto.\n", YOSEF) == [("official:abraham-liyanto", "Peran sekolah swasta")]


def test_unnamed_speaker_and_no_cue_across_paragraphs_stay_unattributed():
    text = ("Judul\n\nBudi Santoso mengatakan proyek jalan itu dimulai pekan depan.\n\n"
            "Warga berkumpul di balai desa sejak pagi. “Kami sudah lama menunggu jalan ini diperbaiki.”\n")
    assert run(text, BUDI) == [(None, "Kami sudah lama")]


OFFICIALS = {"official:khairul-lie": "Khairul Lie", "official:herman-deru": "Herman Deru",
             "official:darma-budi": "Darma Budi"}


def test_surname_alone_names_the_one_official_who_has_it():
    text = ("Judul\n\nKepala Dinas Kesehatan Kabupaten Jayapura Khairul Lie meninjau rumah sakit.\n\n"
            "“Pasien sudah lebih dahulu kami isolasi di ruang khusus,” jelas Lie.\n")
    assert run(text, {"Khairul Lie": "official:khairul-lie"}, OFFICIALS) == [
        ("official:khairul-lie", "Pasien sudah lebih")]


def test_surname_shared_by_two_officials_is_not_either():
    officials = {"official:khairul-lie": "Khairul Lie", "official:anton-lie": "Anton Lie"}
    text = "Judul\n\n“Pasien sudah lebih dahulu kami isolasi di ruang khusus,” jelas Lie.\n"
    [(who, _)] = run(text, {}, officials)
    assert who not in officials


def test_initials_and_surname_typo_name_the_official():
    text = ("Judul\n\nGubernur Herman Deru menerima Kepala Dinas Darma Budi di kantornya.\n\n"
            "“Permintaan tersebut kita kabulkan dan segera kita wujudkan,” jelas HD.\n\n"
            "“Persil yang sudah bebas kita bersihkan dulu minggu ini,” kata Budy.\n")
    names = {"Herman Deru": "official:herman-deru", "Darma Budi": "official:darma-budi"}
    assert [s for s, _ in run(text, names, OFFICIALS)] == ["official:herman-deru", "official:darma-budi"]


def test_demikian_then_verb_then_name_and_quoted_document():
    text = ("Judul\n\n“Mari layani semua orang yang datang ke kantor ini”, demikian tegas Yohanes dalam arahannya.\n\n"
            "Pasal 10 ayat 2 draf itu berbunyi, \"Gubernur ditunjuk dan diangkat oleh Presiden dengan usul DPRD\".\n")
    got = run(text, {})
    assert got == [("person:yohanes", "Mari layani semua")]


def test_stray_period_before_the_verb_and_advice_verbs_make_a_speaker():
    text = ("Judul\n\nKepala Dinas Budi Santoso meninjau jalan provinsi yang rusak.\n\n"
            "\"Ada satu ruas lagi di Kabupaten Muba sampai batas kabupaten,\". katanya.\n\n"
            "Menteri Joko Susilo menyarankan agar proyek itu dikerjakan bersama swasta. "
            "\"Bisa dilakukan kerja sama antara pemerintah dan swasta,\" terangnya.\n")
    names = {"Budi Santoso": "official:budi-santoso", "Joko Susilo": "official:joko-susilo"}
    assert [s for s, _ in run(text, names)] == ["official:budi-santoso", "official:joko-susilo"]


def test_listener_in_front_of_whom_one_speaks_is_not_the_next_speaker():
    text = ("Judul\n\n“Saya sudah lama bersurat sejak zaman gubernur sebelumnya,” ujar dia di hadapan "
            "Wali Kota Budi Santoso di Jakarta.\n\n“Wilayah saya sudah puluhan tahun kebanjiran,” ungkap dia.\n")
    assert [s for s, _ in run(text, BUDI)] == [None, None]


def test_name_after_a_long_title_chain_with_two_posts_and_its_surname_later():
    text = ("Judul\n\n“Mereka terinfeksi melalui kontak dengan pasien yang sudah diisolasi,” kata Kepala Dinas "
            "Kesehatan Kabupaten Jayapura sekaligus Juru Bicara Gugus Tugas Percepatan Penanganan Covid-19 "
            "Kabupaten Jayapura Khairul Lie, Senin (6/4/2020).\n\n"
            "“Pasien tersebut kini dirawat di ruang isolasi rumah sakit,” jelas Lie.\n")
    assert [s for s, _ in run(text, {})] == ["person:khairul-lie", "person:khairul-lie"]


def test_a_circular_read_out_is_not_the_last_speaker():
    text = ("Judul\n\n“Warga diminta waspada terhadap penipuan atas nama pejabat,” kata Budi Santoso.\n\n"
            "\"Demikian surat edaran ini disampaikan untuk menjadi perhatian semua pihak,\" lanjut bunyi "
            "surat edaran itu.\n")
    # GUIDELINES.md: the wording of a document ("bunyi surat edaran itu") is not speech, so no Statement at all
    assert [s for s, _ in run(text, BUDI)] == ["official:budi-santoso"]


def test_the_latest_sentence_subject_in_the_paragraph_speaks():
    text = ("Judul\n\nBudi Santoso mengatakan jalan itu rusak sejak tahun lalu. Sementara itu, Kepala Bappeda "
            "Rina Marlina menambahkan anggaran sudah disiapkan. “Perbaikan dimulai bulan depan di tiga ruas jalan.”\n")
    names = {**BUDI, "Rina Marlina": "official:rina-marlina"}
    assert run(text, names) == [("official:rina-marlina", "Perbaikan dimulai bulan")]


def test_nya_after_narrative_points_at_the_paragraph_subject_not_a_place():
    text = ("Judul\n\nSekda Rina Marlina mengucapkan terima kasih kepada para guru.\n\n"
            "Selanjutnya, Asisten I Budi Santoso yang hadir mewakili Bupati Muara Enim mengatakan bahwa pemerintah "
            "bangga. “Sekolah ini termasuk tiga puluh sekolah unggul di provinsi ini”. Ucapnya\n")
    names = {**BUDI, "Rina Marlina": "official:rina-marlina"}
    assert run(text, names) == [("official:budi-santoso", "Sekolah ini termasuk")]


def test_speaker_seen_speaking_before_the_comma_beats_the_object_after_him():
    text = ("Judul\n\nKepala Dinas Budi Santoso meminta dukungan senator Rina Marlina, "
            "“Peran sekolah swasta kurang dianggap penting oleh banyak pihak.”\n")
    names = {**BUDI, "Rina Marlina": "official:rina-marlina"}
    assert run(text, names) == [("official:budi-santoso", "Peran sekolah swasta")]


def test_surname_of_a_speaker_the_entities_stage_missed_takes_the_full_name_given_earlier():
    text = ("Judul\n\nPelaksana Tugas Kepala Dinas Kesehatan dan Keluarga Berencana Kabupaten Jayapura dr Khairul Lie, "
            "M.Kes menjelaskan kondisi pasien.\n\n"
            "“Pasien tersebut kini dirawat di ruang isolasi rumah sakit,” jelas Lie.\n\n"
            "Ketua RW 10 Kelurahan Pondok Pinang Ahmad hadir di lokasi.\n\n"
            "“Saluran ini mampet karena sampah sejak lama sekali,” tutup Ahmad.\n")
    assert [s for s, _ in run(text, {})] == ["person:khairul-lie", "person:ahmad"]


def test_lower_case_post_before_name_name_then_verb_after_quote_and_sentence_end_in_a_name_run():
    text = ("Judul\n\n\"KPK menjadwalkan pemeriksaan saksi terkait dugaan suap hari ini,\" kata jubir KPK "
            "Budi Prasetyo kepada wartawan.\n\n"
            "\"Belum semua kami survei karena program ini baru mulai,\" Jenal Mutaqin memungkasi.\n\n"
            "“Justru bidang itulah yang belum banyak berkembang sampai sekarang”, jawab George. Menurut Urip, "
            "angka itu harus valid.\n")
    assert [s for s, _ in run(text, {})] == ["person:budi-prasetyo", "person:jenal-mutaqin", "person:george"]
