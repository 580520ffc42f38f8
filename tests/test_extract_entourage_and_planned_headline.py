"""An entourage listed after "ikut/turut serta (dalam rombongan …)" attended; a headline that says its happening
is scheduled ("Dijadwalkan Jadi Inspektur Upacara …", "Akan Resmikan …") does not name the reported event.

Synthetic sentences only (invented names and places).
"""
from extract_probe import edge_sources, graph

_VISIT = "Gubernur Sulawesi Tengah Rahmat Hidayat melakukan kunjungan kerja ke Kabupaten Poso, Senin (30/9/2024). "


def test_the_governors_entourage_attended_the_visit():
    text = _VISIT + ("Ikut serta dalam rombongan gubernur yakni Kadis Kesehatan Budi Hartono, Kadis Pariwisata "
                     "Sri Wahyuni, dan Kabag Protokol Andi Saputra.")
    assert {"Budi Hartono", "Sri Wahyuni", "Andi Saputra"} <= edge_sources("ATTENDED", text)
    text = _VISIT + "Turut serta Kadis Kesehatan Budi Hartono dan Kadis Pariwisata Sri Wahyuni."
    assert {"Budi Hartono", "Sri Wahyuni"} <= edge_sources("ATTENDED", text)


def test_taking_part_in_a_deed_is_no_entourage():
    text = _VISIT + "Ia meminta warga ikut serta menjaga kebersihan. Warga Poso, kata Kadis Kesehatan Budi Hartono, siap."
    assert "Budi Hartono" not in edge_sources("ATTENDED", text)


def test_a_scheduled_headline_happening_is_not_the_articles_event():
    title = "Gubernur Sulteng Dijadwalkan Jadi Inspektur Upacara HUT Poso"
    text = _VISIT + ("Ikut serta dalam rombongan gubernur yakni Kadis Kesehatan Budi Hartono. Gubernur akan menjadi "
                     "inspektur upacara HUT Poso di alun-alun kota pada Selasa (1/10/2024).")
    g = graph(text, title)
    attended = {(g.nodes[e.source].properties["name"], g.nodes[e.target].properties["type"])
                for e in g.edges.values() if e.type == "ATTENDED"}
    assert ("Budi Hartono", "kunjungan_kerja") in attended, attended
