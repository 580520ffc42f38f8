"""Classes of error seen in u01–u15 and v01–v12 (issue #16): officials, posts, who attended and who spoke
(docs/dev/issue-16-x-uv-uvnames.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import holds as _holds
from extract_probe import officials as _officials


# --- 1. the holder in brackets right after the post: "Kapolres X (AKBP Budi Santoso)" ------------------------

def test_a_holder_in_brackets_after_the_post_holds_it():
    text = ("MAJENE – Kapolres Majene (AKBP Darmono Sutejo) menyambut Kapolda Sulbar (Irjen Pol Drs. Haryanto "
            "Basuki, SH, MH), Selasa (3/9/2024). Hadir pula Ketua DPRD Kabupaten Majene (H. Lukmanto) dan Ketua "
            "Pengadilan Negeri Majene (Bambang Sutrisno).")
    held = {(name, office) for name, office, _ in _holds(text)}
    assert ("Darmono Sutejo", "Kepala Kepolisian Resor Majene") in held
    assert ("Haryanto Basuki", "Kepala Kepolisian Daerah Sulawesi Barat") in held
    assert ("Lukmanto", "Ketua DPRD Majene") in held            # one word, but marked by an honorific
    assert ("Bambang Sutrisno", "Ketua Pengadilan Negeri Majene") in held


def test_a_bracket_with_an_abbreviation_or_a_place_names_no_holder():
    text = ("Kepala Badan Kepegawaian Daerah (BKD) Majene, Budi Santoso, dan Bupati Majene (Sulbar) hadir di "
            "rapat itu, Selasa (3/9/2024).")
    assert _officials(text) == {"Budi Santoso"}


# --- 2. an island or area, then the province, between the post and its holder --------------------------------

def test_an_island_before_the_province_is_no_holder():
    text = ("SELONG – Bupati Lombok Timur, Lombok, Nusa Tenggara Barat, Dr. KH. Abdul Rofiq meresmikan pasar desa, "
            "Jumat (26/9/2025).")
    assert _officials(text) == {"Abdul Rofiq"}
    assert ("Abdul Rofiq", "Bupati Lombok Timur", "definitif") in _holds(text)


# --- 3. a list line "NAME, degrees – POST" (a closing list of those sworn in) ---------------------------------

_SWORN = ("TUBAN – Bupati Tuban Budi Hartono, Rabu (10/12/2025) melantik tiga kepala desa antar waktu di "
          "Pendopo Kabupaten.\nDaftar Kepala Desa yang Dilantik\nSiti Rahmawati, S.Pd. – Kepala Desa Sumberejo, "
          "Kecamatan Rengel\nH. Agus Salim, S.E. – Kepala Desa Kenongo, Kecamatan Parengan\nDwi Lestari – Kepala "
          "Desa Bogorejo, Kecamatan Merakurak.")


def test_a_list_line_names_the_holder_before_the_dash():
    assert {"Siti Rahmawati", "Agus Salim", "Dwi Lestari"} <= _officials(_SWORN)


def test_those_listed_as_sworn_in_attend_the_pelantikan():
    assert {"Siti Rahmawati", "Agus Salim", "Dwi Lestari"} <= _edges("ATTENDED", _SWORN)


def test_a_dateline_before_a_dash_is_no_holder():
    text = "LAMONGAN – Bupati Tuban Budi Hartono meresmikan pasar desa, Rabu (10/12/2025)."
    assert _officials(text) == {"Budi Hartono"}


# --- 4. "termasuk" ("including") goes on with the company: it is no verb --------------------------------------

def test_termasuk_names_members_of_the_company():
    text = ("POSO – Bupati Poso Budi Santoso menghadiri rapat koordinasi di Kantor DPRD Poso, Senin (1/9/2025). "
            "Bupati bersama jajaran Forkopimda, termasuk Ketua DPRD Rahmat Hidayat, Kapolres AKBP Joko Pranoto, dan "
            "pejabat lainnya, meninjau lokasi banjir.")
    assert {"Rahmat Hidayat", "Joko Pranoto"} <= _edges("ATTENDED", text)


# --- 5. the passive prefix written apart: "di hadiri" is "dihadiri" --------------------------------------------

def test_di_hadiri_written_apart_is_an_attendance_cue():
    text = ("KOLAKA – Apel siaga bencana dipimpin Bupati Kolaka Budi Santoso, Senin (3/2/2025). Apel itu di hadiri "
            "para camat dan Kepala Desa se-Kabupaten Kolaka.")
    assert any(a.startswith("Kepala Desa") for a in _edges("ATTENDED", text))


# --- 6. a village head's plain words, a comma, then the person; a last initial before the full stop -------------

def test_village_words_before_a_comma_are_the_village_and_the_person_follows():
    text = ("SENGKANG – Bupati Wajo Budi Santoso meninjau irigasi di Desa Karya Makmur, Rabu (12/2/2020). Usulan "
            "perbaikan disampaikan Kepala Desa Karya Makmur, Rahmat S.\n\nTurut hadir Camat Tempe.")
    assert "Makmur" not in _officials(text)
    assert "Rahmat S" in _officials(text)


# --- 7. an ordinal or closer that opens a sentence is no name ("Terakhir, Bupati mengatakan") ------------------

def test_terakhir_before_a_post_is_no_holder():
    text = ("SENGKANG – Bupati Wajo, H. Budi Santoso meninjau irigasi, Rabu (12/2/2020).\n\n“Saluran ini kami "
            "perbaiki tahun depan,” kata Budi Santoso.\n\nTerakhir, Bupati berjanji memperbaiki jalan desa.")
    assert _officials(text) == {"Budi Santoso"}


# --- 8. "ujar Imbuhnya": a capitalised speech verb with -nya is the pronoun follow-up, not a person ---------------

def test_a_verb_with_nya_after_the_verb_is_the_last_speaker():
    from extract_probe import graph
    text = ("KLATEN – Kepala Dinas Kominfo Klaten, Budi Santoso, membuka pelatihan, Jumat (11/10/2024).\n“Modul "
            "sudah kami bagikan,” ungkap Budi Santoso.\n“Data peserta sudah kami perbarui,” ujar Imbuhnya.")
    g = graph(text)
    assert not any(n.properties.get("name") == "Imbuhnya" for n in g.nodes.values())
    stated = {g.nodes[e.target].properties.get("text")[:8]: g.nodes[e.source].properties.get("name")
              for e in g.edges.values() if e.type == "STATED"}
    assert stated == {"Modul su": "Budi Santoso", "Data pes": "Budi Santoso"}


# --- 9. the post's region written again after the name is not the name's last word ------------------------------

def test_the_region_again_after_the_name_is_not_part_of_it():
    for post in ("Ketua DPRD Tebo", "Ketua DPRD Kabupaten Tebo"):
        text = f"JAMBI – {post} Rahmat Hidayat Tebo mengatakan rapat fraksi digelar pekan depan, Senin (3/4/2023)."
        assert _officials(text) == {"Rahmat Hidayat"}


# --- 10. "Wako", the short form of Wali Kota (beside "Wawako") ----------------------------------------------------

def test_wako_is_the_mayor():
    text = ("LUBUKLINGGAU – Wako Lubuklinggau, H Budiman, didampingi Wawako, Rahmat Hidayat melakukan sidak ke "
            "kantor dinas, Rabu, 12 Maret 2025.")
    held = _holds(text)
    assert ("Budiman", "Wali Kota Lubuk Linggau", "definitif") in held
    assert ("Rahmat Hidayat", "Wakil Wali Kota Lubuk Linggau", "definitif") in held


# --- 11. "NAME yang saat ini masih menjabat (di) POST", "NAME juga saat ini menjabat POST" -------------------------

def test_the_post_held_now_after_menjabat_with_adverbs():
    text = ("TEBO – Dua calon diusulkan fraksi. Calon pertama H. Budi Santoso, S.IP yang saat ini masih menjabat di "
            "Kepala BKPSDM Tebo. Calon kedua Rahmat Hidayat juga saat ini menjabat Kepala Dinas Pendidikan Tebo.")
    held = {name for name, _, _ in _holds(text)}
    assert {"Budi Santoso", "Rahmat Hidayat"} <= held


# --- 12. a head of state's one-word nickname after the full name is the same person --------------------------------

def test_a_presidents_clipped_nickname_is_the_same_official():
    text = ("GIANYAR – Presiden RI Rahmat Santoso dijadwalkan meresmikan bendungan di Kabupaten Gianyar. Sebelum "
            "kedatangan Presiden Rahmatso, Bupati Gianyar Budi Hartono meninjau lokasi, Selasa (31/1/2023).")
    assert _officials(text) == {"Rahmat Santoso", "Budi Hartono"}
    # a one-word name that is no clipping of it is another holder (a past one, as the text may say)
    text2 = text.replace("Budi Hartono meninjau lokasi, Selasa (31/1/2023).",
                         "Budi Hartono meninjau waduk yang dibangun Presiden Wirabumi.")
    assert "Wirabumi" in _officials(text2)


# --- 13. an elect head's deputy named in the same coordination is elect too ------------------------------------------

def test_the_deputy_coordinated_with_an_elect_head_holds_nothing_yet():
    text = ("TAHUNA – Pelantikan Bupati Kepulauan Sangihe terpilih, Rahmat Hidayat, dan Wakil Bupati Andi Pratama "
            "dijadwalkan bulan depan, kata Sekda Kepulauan Sangihe Budi Santoso, Rabu (26/2/2025).")
    assert _officials(text) == {"Budi Santoso"}
    # a serving pair stays as it is
    text2 = ("TAHUNA – Bupati Kepulauan Sangihe Rahmat Hidayat dan Wakil Bupati Andi Pratama menghadiri rapat, Rabu "
             "(26/2/2025).")
    assert _officials(text2) == {"Rahmat Hidayat", "Andi Pratama"}


# --- 14. an initial's full stop inside the company after "bersama" does not end it ----------------------------------

def test_an_initial_inside_the_company_does_not_end_it():
    text = ("POSO – Bupati Poso Budi Santoso menghadiri rapat koordinasi di Kantor DPRD Poso, Senin (1/9/2025). "
            "Bupati bersama jajaran Forkopimda, termasuk Ketua DPRD Rahmat A. Hidayat, Kapolres AKBP Joko Pranoto, "
            "dan pejabat lainnya, meninjau lokasi banjir.")
    assert {"Rahmat A. Hidayat", "Joko Pranoto"} <= _edges("ATTENDED", text)


# --- 15. "Pejabat Pemerintah Kabupaten (Pemkab) X": the acronym names the body, the class present is its officials ---

def test_the_acronym_of_the_body_after_a_class_of_officials():
    text = ("TAHUNA – Sekda Kepulauan Sangihe Budi Santoso memimpin rapat anggaran, Rabu (26/2/2025). Hadir dalam "
            "rapat itu para Pejabat Pemerintah Kabupaten (Pemkab) Kepulauan Sangihe serta para Kepala Dinas.")
    assert any(a.startswith("Pejabat Pemkab") for a in _edges("ATTENDED", text))


# --- 16. a name clipped after a term of address ("Kyai Abdur" for Abdurrahmanudin) names that official ---------------

_CLIPPED = ("SUMENEP – Bupati Sumenep, Dr. KH. Abdurrahmanudin membuka pengajian akbar di Masjid Agung, Jumat "
            "(26/9/2025).\nPengajian itu juga dihadiri Ketua DPRD Sumenep, Budi Santoso, dan pimpinan OPD.\nKyai "
            "Abdur dalam sambutannya menyampaikan, pengajian itu digelar tiap bulan.\n\"Pemkab akan membangun "
            "asrama santri tahun ini,\" tandasnya.\nSementara itu, Ketua DPRD Sumenep, Budi Santoso menyampaikan "
            "dukungannya.\n\"Ini capaian luar biasa,\" pungkasnya.")


def test_a_clipped_name_after_kyai_is_the_official_and_speaks():
    from extract_probe import graph
    g = graph(_CLIPPED, "Pengajian Akbar")
    stated = {g.nodes[e.target].properties.get("text")[:10]: g.nodes[e.source].properties.get("name")
              for e in g.edges.values() if e.type == "STATED"}
    assert stated == {"Pemkab aka": "Abdurrahmanudin", "Ini capaia": "Budi Santoso"}
    # a clipped word that opens two officials' names names neither
    two = _CLIPPED.replace("Budi Santoso", "Abdurrahim Santoso")
    g2 = graph(two, "Pengajian Akbar")
    assert not any("Abdur" in (n.properties.get("aliases") or []) for n in g2.nodes.values())


# --- 17. the audience of an instruction session ("sosialisasi … kepada X") attends it ------------------------------

def test_the_audience_of_a_sosialisasi_attends_it():
    text = ("KEDIRI – Sosialisasi disiplin kerja kepada ratusan Aparatur Sipil Negara (ASN) dan sekretaris camat "
            "berlangsung di aula kantor bupati, Jumat (11/10/2024). Kepala BKPSDM Kediri, Budi Santoso, menekankan "
            "pentingnya disiplin.")
    attended = _edges("ATTENDED", text, "Sosialisasi Disiplin Kerja ASN")
    assert any(a.startswith("ASN") for a in attended)
    assert any(a.startswith("Sekretaris Camat") for a in attended)
    # a session still planned has no audience yet
    planned = text.replace("Sosialisasi disiplin kerja kepada",
                           "Pemkab akan menggelar sosialisasi disiplin kerja kepada")
    assert not any(a.startswith("Sekretaris Camat") for a in _edges("ATTENDED", planned, "Disiplin Kerja ASN"))


# --- 19. an agency's field written in lower case right after its head stays in the post ------------------------------

def test_a_lower_case_field_after_kepala_dinas_stays_in_the_post():
    text = "TEBO – Kepala Dinas pendidikan dan Kebudayaan Tebo Rahmat Hidayat meninjau sekolah, Senin (3/4/2023)."
    assert ("Rahmat Hidayat", "Kepala Dinas pendidikan dan Kebudayaan Tebo", "definitif") in _holds(text)
    # a lower-case word that is no field ends the post as before
    text2 = "TEBO – Kepala Dinas Pendidikan Tebo Rahmat Hidayat bersama Kepala Dinas lainnya meninjau sekolah."
    assert {name for name, _, _ in _holds(text2)} == {"Rahmat Hidayat"}
