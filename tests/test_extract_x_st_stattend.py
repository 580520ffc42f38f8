"""Classes of error seen in s01–s15 and t01–t15 (issue #16): who attended, and the posts and names that decide it
(docs/dev/issue-16-x-st-stattend.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import edge_sources as _edges
from extract_probe import holds as _holds
from extract_probe import officials as _officials


def test_the_other_x_names_no_group():
    # "jajaran pemerintah lainnya.": "lainnya" ("the other ones") at the sentence's end is a remainder, no body
    text = ("PONTIANAK – Rapat koordinasi dipimpin Gubernur Kalimantan Barat, Budi Santoso, Senin (3/2/2025), dan "
            "dihadiri para bupati se-Kalbar, pimpinan Forkopimda, kepala OPD, serta jajaran pemerintah lainnya.")
    attended = _edges("ATTENDED", text)
    assert not any("Pemerintah" in a or "Lainnya" in a for a in attended)
    # "pimpinan Forkopimda" keeps the heads' title as written; the label still holds the body's word
    assert any(a.startswith("Pimpinan Forkopimda") for a in attended)
    # a named body before "lainnya" stays the group: "pemerintah kota X lainnya" is the city's government
    text2 = text.replace("jajaran pemerintah lainnya.", "jajaran pemerintah kota Singkawang lainnya.")
    assert any(a.lower().startswith("pemerintah kota singkawang") for a in _edges("ATTENDED", text2))


def test_the_root_of_a_field_noun_continues_a_units_name_after_dan():
    # "Kepala Seksi Sosial dan Budaya Ni Luh Sari Dewi": Budaya (root of Kebudayaan) is the unit's word, the name follows
    text = ("SINGARAJA – Camat Sukasada I Made Wirawan, didampingi Kepala Seksi Sosial dan Budaya Ni Luh Sari Dewi, "
            "M.Si., menerima audiensi Paguyuban Tani Sukasada, Selasa (20/9/2022) di Kantor Camat Sukasada.")
    assert "Ni Luh Sari Dewi" in _officials(text)
    assert "Ni Luh Sari Dewi" in _edges("ATTENDED", text)


def test_two_plain_words_after_a_village_head_are_its_village():
    # "Geuchik Gampong Blang Asan, yang …", "Kepala Desa Blang Asan dan …": the village, no person (who'd follow it)
    base = ("LHOKSUKON – Bupati Aceh Utara Budi Santoso meninjau jembatan di Gampong Blang Asan, Jumat (8/8/2025). "
            "Bupati didampingi oleh Sekda Rudi Hartono. Turut hadir pula Camat Kuta Makmur dan {}, yang "
            "bersama-sama meninjau langsung kondisi jembatan.")
    for head in ("Geuchik Gampong Blang Asan", "Kepala Desa Blang Asan"):
        text = base.format(head)
        assert not {"Asan", "Blang Asan"} & _officials(text)
        assert not {"Asan", "Blang Asan"} & _edges("LED", text)
        assert any(a.startswith(head) for a in _edges("ATTENDED", text))
    # the person written after the village stays the head
    assert "Andi Wijaya" in _officials(base.format("Kepala Desa Sukamaju Andi Wijaya"))


def test_a_level_word_written_in_lower_case_stays_in_the_post():
    # "Sekretaris daerah provinsi (Sekdaprov) Sumatera Barat Budi Santoso": "provinsi" in lower case is the post's level
    for post in ("Sekretaris daerah provinsi (Sekdaprov) Sumatera Barat", "Sekretaris daerah provinsi Sumatera Barat"):
        text = (f"PADANG – {post} Budi Santoso mengatakan, pelantikan rencananya dilaksanakan di Auditorium "
                "Gubernur, Kamis (19/5/2022).")
        assert "Budi Santoso" in _officials(text)
        assert any(o == "Budi Santoso" and r.lower().startswith("sekretaris daerah") and "provinsi" not in r
                   for o, r, _ in _holds(text))
