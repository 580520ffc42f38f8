"""Two ways Indonesian news writes its happening that the event grammar missed (issue #16, helper ev15b):

* a Title-Case headline, the house style of many outlets: every word has a capital, so the capitals say
  nothing of a name there, and "Dinas Kesehatan Gelar Sosialisasi …" names a sosialisasi held by the Dinas, not
  a body called "Dinas Kesehatan Gelar Sosialisasi";
* a lead of presence: "Bupati X menghadiri peringatan Hari Jadi …, Senin (3/3/2025)": the object of a verb of
  presence is the happening, dated by the verb's own sentence, even when its noun has no type of its own.

All names and places below are invented."""
from extract_probe import article_graph, event_properties

LEAD = "Bupati Sukamaju Andi Pratama "


def _events(text, published=None):
    graph = article_graph(text, published)
    edges = graph.edges.values()
    events = sorted((e["type"], e["date"]) for e in event_properties(graph))
    roles = sorted((e.type, e.source) for e in edges if e.type in ("LED", "ATTENDED"))
    return events, roles


def test_a_title_case_headline_names_the_happening_its_verb_holds():
    # the lead says what the Dinas did with no trigger word of its own: only the headline types it
    text = ("Dinas Kesehatan Gelar Sosialisasi Pencegahan Stunting\n\nSUKAMAJU - Dinas Kesehatan Kabupaten Sukamaju "
            "mengajak ibu hamil dan kader posyandu mencegah stunting di Aula Kecamatan Sukamaju, Senin (3/3/2025). "
            "Menurut petugas, angka stunting masih tinggi.\n")
    events, _ = _events(text)
    assert events == [("sosialisasi", "2025-03-03")]


def test_a_title_case_headline_verb_after_a_body_is_its_predicate():
    text = ("Dinas Kesehatan Sosialisasikan Pencegahan Stunting\n\nSUKAMAJU - Dinas Kesehatan Kabupaten Sukamaju "
            "mengajak ibu hamil dan kader posyandu mencegah stunting di Aula Kecamatan Sukamaju, Senin (3/3/2025).\n")
    events, _ = _events(text)
    assert events == [("sosialisasi", "2025-03-03")]


def test_a_trigger_word_inside_a_name_is_still_a_name_in_a_title_case_headline():
    text = ("Ruang Rapat Utama Kantor Bupati Sukamaju Direnovasi\n\nSUKAMAJU - Pemerintah Kabupaten Sukamaju "
            "mengganti atap dan lantai gedung itu sejak awal bulan. Pekerjaan ditargetkan selesai pada Desember.\n")
    events, _ = _events(text)
    assert events == []


def test_a_lead_of_presence_reports_the_happening_its_object_names():
    text = ("Bupati Sukamaju Hadiri Peringatan Hari Jadi\n\n" + LEAD + "menghadiri peringatan Hari Jadi Kabupaten "
            "Sukamaju ke-75 di Alun-alun Sukamaju, Senin (3/3/2025). Turut hadir Wakil Bupati Sukamaju Budi "
            "Santoso.\n")
    events, roles = _events(text)
    assert events == [("other", "2025-03-03")]
    assert ("ATTENDED", "official:sukamaju-andi-pratama") in roles


def test_a_lead_of_presence_with_the_day_alone_and_an_opening():
    present = ("Peringatan Hari Jadi\n\n" + LEAD + "hadir pada peringatan Hari Jadi Kabupaten Sukamaju ke-75, Senin "
               "(3/3/2025).\n")
    opened = ("Turnamen Sepak Bola Piala Bupati\n\nSUKAMAJU - " + LEAD + "membuka Turnamen Sepak Bola Piala Bupati "
              "di Stadion Sukamaju, Senin (3/3/2025).\n")
    assert _events(present)[0] == [("other", "2025-03-03")]
    events, roles = _events(opened)
    assert events == [("other", "2025-03-03")]
    assert [who for role, who in roles if role == "LED"] == ["official:sukamaju-andi-pratama"]


def test_no_happening_when_presence_is_denied_planned_undated_or_a_process_is_opened():
    rest = "peringatan Hari Jadi Kabupaten Sukamaju ke-75, Senin (3/3/2025).\n"
    for lead in ("tidak menghadiri " + rest, "akan menghadiri " + rest,
                 "menghadiri peringatan Hari Jadi Kabupaten Sukamaju ke-75. Ia berharap warga terus bersatu.\n",
                 "membuka pendaftaran calon peserta Turnamen Sepak Bola, Senin (3/3/2025).\n"):
        assert _events("Kabar Sukamaju\n\n" + LEAD + lead)[0] == [], lead


def test_a_dot_inside_a_parenthesis_does_not_cut_the_presence_verb_from_its_day():
    # 5 September 2020 is a Saturday (the calendar's newest such year up to 2025)
    text = ("Wabup Hadiri Pidato Tahunan Gubernur\n\nWakil Bupati Sukamaju Andi Pratama menghadiri acara Pidato "
            "Tahunan Gubernur dan Wakil Gubernur (Bapak Budi Santoso dan Bapak Tjk. Candra Wijaya) di Gedung "
            "Serbaguna Sukamaju, Sabtu, (5/9).\nAcara itu disiarkan langsung ke setiap kecamatan.\n")
    events, roles = _events(text)
    assert events == [("other", "2020-09-05")]
    assert ("ATTENDED", "official:andi-pratama") in roles or ("ATTENDED", "official:sukamaju-andi-pratama") in roles


def test_a_lead_of_presence_dated_by_the_next_sentence_that_names_it_back():
    text = ("Kabar Sukamaju Hari Ini\n\n" + LEAD + "menghadiri peringatan Hari Jadi Kabupaten Sukamaju ke-75. Acara "
            "berlangsung di Alun-alun Sukamaju pada Senin (3/3/2025).\n")
    other = ("Kabar Sukamaju Hari Ini\n\n" + LEAD + "menghadiri peringatan Hari Jadi Kabupaten Sukamaju ke-75. Pasar "
             "Induk Sukamaju dibuka kembali pada Senin (3/3/2025).\n")
    assert _events(text)[0] == [("other", "2025-03-03")]
    assert _events(other)[0] == []      # the next sentence dates another thing


def test_a_typed_object_of_presence_keeps_its_type():
    text = ("Kabar Sukamaju Hari Ini\n\n" + LEAD + "menghadiri rapat koordinasi penanganan banjir di Aula Kantor "
            "Bupati Sukamaju, Senin (3/3/2025).\n")
    assert _events(text)[0] == [("rapat_koordinasi", "2025-03-03")]
