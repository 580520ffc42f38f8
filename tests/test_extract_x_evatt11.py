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
    text = _PARIPURNA.format(agenda="untuk mendengar pandangan akhir fraksi-fraksi mengenai tiga raperda",
                             more="Seluruh pandangan diterima oleh pimpinan sidang.")
    assert _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda"))


def test_a_count_of_factions_that_deliver_is_there():
    for more in ("Lima fraksi kemudian menyampaikan catatannya atas raperda itu.",
                 "Seluruh fraksi membacakan pendapatnya secara bergantian."):
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
    text = _PARIPURNA.format(agenda="untuk mendengar tanggapan Bupati Wonosobo terhadap pandangan fraksi-fraksi",
                             more="Sekda Wonosobo Rudi Hartono membacakan jawaban atas laporan fraksi-fraksi.")
    assert not _fraksi(_edges("ATTENDED", text, "DPRD Gelar Paripurna Raperda"))


# --- a group's key as written: a named body keeps its long form beside its acronym -------------------------------

_AUDIENSI = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo menerima kunjungan tim peneliti dari {body} di Pendopo "
             "Kabupaten Wonosobo, Selasa (8/10/2024).\n\n{more}")


def _groups(text: str, title: str = "Bupati Terima Tim Peneliti") -> set[str]:
    return {n for n in _edges("ATTENDED", text, title) if n and n.split()[0] != "Agus"}


def test_an_acronym_spelt_out_before_keeps_the_long_form_later():
    text = _AUDIENSI.format(body="Universitas Lembah Hijau (ULH)",
                            more="Pada kesempatan itu Bupati menyerahkan cenderamata kepada perwakilan ULH.")
    names = _groups(text)
    assert any(n.startswith("Universitas Lembah Hijau (ULH)") for n in names), names
    assert not any(n.startswith("ULH ") for n in names), names


def test_the_acronym_vouches_for_a_capitalised_word_that_looks_like_a_verb():
    text = ("WONOSOBO – Pemerintah Kabupaten Wonosobo menggelar upacara adat di Pendopo Kabupaten Wonosobo, Selasa "
            "(8/10/2024).\n\nTurut hadir Majelis Adat Melayu Wonosobo (MAMW), camat dan lurah.")
    names = _groups(text, "Pemkab Gelar Upacara Adat")
    assert any(n.startswith("Majelis Adat Melayu Wonosobo (MAMW)") for n in names), names


def test_the_village_heads_short_form_is_the_class_written_in_full():
    text = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo melantik 50 kepala desa (Kades) di Pendopo Kabupaten Wonosobo, "
            "Selasa (8/10/2024).\n\nTurut hadir dalam pelantikan 50 Kades terpilih itu para camat.")
    names = _groups(text, "Bupati Lantik 50 Kades")
    assert not any(n.startswith("Kades") for n in names), names


def test_the_classes_known_by_their_acronym_keep_it_alone():
    # OPD, Forkopimda, DPRD: the gold's keys, and their nodes merge across articles by it
    text = _AUDIENSI.format(body="Universitas Lembah Hijau",
                            more="Turut hadir Forum Komunikasi Pimpinan Daerah (Forkopimda) dan Organisasi Perangkat "
                                 "Daerah (OPD).")
    names = {n.split()[0] for n in _groups(text)}
    assert {"Forkopimda", "OPD"} <= names, names
