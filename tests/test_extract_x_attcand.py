"""Which mentions become attendance candidates (issue #16, the attcand round): classes of ATTENDED errors on
matched events seen in three articles or more from three outlets or more over all 187 opened articles (the
project gold and the six blind batches u–z; docs/dev/issue-16-attcand.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a post
needs its jurisdiction from the gazetteer.
"""
from extract_probe import edge_sources as _edges


# --- 1. the report carried on to its next speaker: "Sementara itu, <official> menekankan …" -----------------------

_RAKOR = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo memimpin rapat koordinasi persiapan musim hujan di Pendopo "
          "Kabupaten Wonosobo, Selasa (8/10/2024).\n\n"
          "Agus meminta setiap perangkat daerah menyiapkan posko siaga di wilayahnya.\n\n")


def test_a_speaker_the_report_goes_on_to_attends():
    text = _RAKOR + ("Sementara itu, Kepala Pelaksana BPBD Wonosobo Dimas Saputra kemudian menekankan bahwa "
                     "peralatan evakuasi harus diperiksa setiap pekan.")
    assert "Dimas Saputra" in _edges("ATTENDED", text, "Bupati Pimpin Rakor Musim Hujan")


def test_the_connective_may_stand_without_itu_and_the_verb_on_the_next_line():
    text = _RAKOR + "Sementara Sekda Wonosobo Rudi Hartono\nmenambahkan, anggaran tanggap darurat sudah disiapkan."
    assert "Rudi Hartono" in _edges("ATTENDED", text, "Bupati Pimpin Rakor Musim Hujan")


def test_at_the_same_place_and_in_the_midst_of_the_occasion():
    for opening in ("Di tempat yang sama,", "Disela kesempatan tersebut,"):
        text = _RAKOR + f"{opening} Kepala Dinas Sosial Wonosobo Lina Marlina menjelaskan bahwa logistik sudah siap."
        assert "Lina Marlina" in _edges("ATTENDED", text, "Bupati Pimpin Rakor Musim Hujan"), opening


def test_the_connective_does_not_reach_a_second_official_later_in_the_sentence():
    # the sentence's subject is someone without a post; the official is only named inside what he said
    text = _RAKOR + ("Sementara itu, seorang warga bernama Joko mengatakan bahwa Kepala Dinas Sosial Wonosobo Lina "
                     "Marlina pernah berkunjung ke desanya.")
    assert "Lina Marlina" not in _edges("ATTENDED", text, "Bupati Pimpin Rakor Musim Hujan")


def test_words_said_apart_still_do_not_attend():
    text = _RAKOR + ("Sementara itu, Kepala Dinas Sosial Wonosobo Lina Marlina saat dihubungi terpisah menjelaskan "
                     "bahwa logistik sudah siap.")
    assert "Lina Marlina" not in _edges("ATTENDED", text, "Bupati Pimpin Rakor Musim Hujan")


# --- 2. a body's word the group lexicon lacked: "Pimpinan Instansi Vertikal", "Sekretariat DPRD" ----------------

_PASAR = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo meresmikan pasar rakyat di Kecamatan Kertek, Kamis (17/10/2024).\n\n")


def test_the_offices_of_national_agencies_listed_as_present_attend():
    for listed in ("Para Pimpinan Instansi Vertikal", "pimpinan instansi vertikal"):
        text = _PASAR + f"Turut hadir unsur Forkopimda, {listed}, serta para camat."
        assert any(n and "instansi vertikal" in n.lower() for n in _edges("ATTENDED", text, "Bupati Resmikan Pasar Rakyat")), listed


def test_a_secretariat_listed_as_present_attends():
    text = _PASAR + "Peresmian dihadiri Sekda, Staf Ahli Bupati, Sekretariat DPRD dan para lurah."
    assert any(n and n.startswith("Sekretariat DPRD") for n in _edges("ATTENDED", text, "Bupati Resmikan Pasar Rakyat"))


def test_the_agencies_concerned_name_no_body():
    text = _PASAR + "Peresmian dihadiri Sekda, para camat dan instansi terkait."
    assert not any(n and n.lower().startswith("instansi") for n in _edges("ATTENDED", text, "Bupati Resmikan Pasar Rakyat"))
