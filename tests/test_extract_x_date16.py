"""Event dates on outlets never tuned on (issue #16, helper date16).  Synthetic sentences only.

A lead that reports an untyped happening with its day ("… mengikuti jalan santai bersama warga, Jumat (5/9).")
and a next sentence that names it back by a generic noun opening the sentence, definite by a demonstrative or a
relative clause ("Kegiatan ini dipusatkan di … dan dihadiri oleh …", "Acara ini turut dihadiri …", "Kegiatan
yang dihadiri oleh …"), where the presence cue is found: the cue's happening is the lead's, and takes its day."""
from extract_probe import article_graph, event_properties


def _dates(text: str, published: str | None = None) -> list:
    return [p.get("date") for p in event_properties(article_graph(text, published))]


def test_a_demonstrative_subject_names_the_leads_happening_back():
    text = ("Bupati Ikuti Jalan Santai\n\nSukamaju - Bupati Sukamaju Andi Pratama mengikuti olahraga dan jalan santai "
            "bersama warga kota pada Jumat, 5 September 2025.\nKegiatan ini dipusatkan di depan kantor perpustakaan "
            "daerah dan dihadiri oleh Forkopimda, DPRD, dan organisasi perangkat daerah.\n")
    assert _dates(text) == ["2025-09-05"]


def test_a_demonstrative_with_an_adverb_before_the_cue():
    text = ("Malam Puncak Festival Dipadati Warga\n\nSUKAMAJU - Warga dari berbagai desa memenuhi alun-alun kota pada "
            "malam puncak festival budaya dalam rangka hari jadi kabupaten, Sabtu malam, 11 Oktober 2025.\nRibuan "
            "warga menyaksikan pertunjukan tari dan musik daerah.\nAcara ini turut dihadiri oleh Bupati Sukamaju "
            "Andi Pratama dan Ketua DPRD Sukamaju Budi Santoso.\n")
    assert _dates(text) == ["2025-10-11"]


def test_a_relative_clause_subject_names_the_leads_happening_back():
    text = ("Sukamaju Raih Penghargaan\n\nSukamaju - Hari jadi ke-20 Kabupaten Sukamaju diwarnai pemberian penghargaan "
            "dari lembaga rekor, Jumat (5/5) di alun-alun kabupaten.\n\nKegiatan yang dihadiri oleh Sekda Provinsi "
            "Budi Santoso ini berlangsung meriah.\n")
    assert _dates(text, "2023-05-06") == ["2023-05-05"]


def test_a_cue_whose_subject_is_no_happening_takes_no_lead_day():
    # the cue's sentence opens on a person, not on a happening named back: its day is not the lead's (unchanged)
    text = ("Bupati Ikuti Jalan Santai\n\nSukamaju - Bupati Sukamaju Andi Pratama mengikuti olahraga dan jalan santai "
            "bersama warga kota pada Jumat, 5 September 2025.\nSebelumnya, tokoh masyarakat setempat dihadiri oleh "
            "Forkopimda di balai desa.\n")
    before = _dates(text)
    assert before in ([None], [])
