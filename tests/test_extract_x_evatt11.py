"""Events and attendance, the eleventh round (issue #16): classes of errors seen in three articles or more from
three outlets or more over all 217 opened articles (the project gold and the eight blind batches u–z, ac, ad;
docs/dev/issue-16-evatt11.md).

Every sentence is synthetic: invented people, and real kabupaten (none of the batches') only where a post needs
its jurisdiction from the gazetteer.
"""
from extract_probe import graph as _graph


def _edges(kind: str, text: str, title: str = "Judul", published: str | None = "2024-10-01") -> set[str]:
    g = _graph(text, title, published)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == kind}


def _fraksi(names: set[str]) -> bool:
    return any(n and n.split()[0] == "Fraksi" for n in names)


# --- the factions deliver their views at the plenary: the group Fraksi attends ----------------------------------

_PARIPURNA = ("WONOSOBO – DPRD Wonosobo menggelar rapat paripurna {agenda} di Gedung DPRD Kabupaten Wonosobo, "
              "Selasa (8/10/2024).\n\nRapat dipimpin Ketua DPRD Wonosobo Agus Prasetyo.\n\n{more}")


def test_the_views_written_as_the_factions_place_them_at_the_plenary():
    text = _PARIPURNA.format(agenda="dengan agenda penyampaian pemandangan umum fraksi-fraksi terhadap tiga raperda",
                             more="Seluruh pandangan diterima oleh pimpinan sidang.")
    assert _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda"))


def test_a_count_of_factions_that_deliver_is_there():
    for more in ("Sebanyak tujuh fraksi menyampaikan pandangan umumnya atas raperda tersebut.",
                 "Enam fraksi yang membacakan pendapatnya menyatakan setuju."):
        text = _PARIPURNA.format(agenda="tentang raperda pajak daerah", more=more)
        assert _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda")), more


def test_factions_outside_a_plenary_or_without_a_delivery_are_not_read():
    # no plenary or session in the article: a faction count is background
    text = ("WONOSOBO – Ketua DPRD Wonosobo Agus Prasetyo menerima kunjungan mahasiswa di Gedung DPRD Kabupaten "
            "Wonosobo, Selasa (8/10/2024).\n\nDi DPRD saat ini ada tujuh fraksi yang menyampaikan dukungan.")
    assert not _fraksi(_edges("ATTENDED", text, "Ketua DPRD Terima Mahasiswa"))
    # at a plenary, but the factions are only counted, nothing delivered
    text = _PARIPURNA.format(agenda="tentang raperda pajak daerah", more="DPRD Wonosobo kini terdiri dari tujuh fraksi.")
    assert not _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda"))


def test_the_views_answered_by_the_executive_do_not_place_the_factions():
    # the regent answers the views the factions gave at an earlier sitting
    text = _PARIPURNA.format(agenda="dengan agenda jawaban Bupati Wonosobo atas pandangan umum fraksi-fraksi",
                             more="Sekda Wonosobo Rudi Hartono membacakan tanggapan atas pandangan umum fraksi-fraksi.")
    assert not _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda"))
