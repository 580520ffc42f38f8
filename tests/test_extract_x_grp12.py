"""Attendance, the twelfth round (issue #16): a group or class of office-holders that is the object of a presence
or meeting predicate, over all 247 opened articles (the project gold and ten blind batches;
docs/dev/issue-16-grp12.md).

Every sentence is synthetic: invented people, and a real kabupaten (none of the batches') only where a post needs
its jurisdiction from the gazetteer.
"""
from extract_probe import graph as _graph

_LEAD = "WONOSOBO – Bupati Wonosobo Agus Prasetyo {what}, Senin (7/10/2024).\n\n{more}\n"


def _attended(text: str) -> set[str]:
    g = _graph(text, "Judul", "2024-10-08")
    return {g.nodes[e.source].properties.get("name") or "" for e in g.edges.values() if e.type == "ATTENDED"}


def _has(names: set[str], first: str) -> bool:
    return any(n.split()[:len(first.split())] == first.split() for n in names)


# --- a post written as a class of its holders is the class, not the article's one holder ------------------------

def test_the_regents_met_are_a_class_present():
    text = ("WONOSOBO – Bupati Wonosobo Agus Prasetyo menghadiri Munas asosiasi kabupaten.\n\nSaat pertemuan dengan "
            "para bupati di Hotel Asri, Senin (7/10/2024), Agus Prasetyo menyampaikan usulannya.\n")
    got = _attended(text)
    assert _has(got, "Bupati"), got


def test_regents_of_an_area_are_a_class_present():
    text = _LEAD.format(what="mengikuti rapat koordinasi di Semarang",
                        more="Peserta terdiri dari unsur Forkopimda, para wali kota dan bupati se-Jawa Tengah, serta KPU.")
    got = _attended(text)
    assert _has(got, "Bupati") and _has(got, "Wali Kota"), got


def test_a_bare_post_still_stands_for_its_one_holder():
    # guard: "didampingi Sekda dan Bupati" with the one Bupati named is that person, no class of regents
    text = ("WONOSOBO – Gubernur Jawa Tengah Budi Santoso meninjau pasar di Wonosobo, Senin (7/10/2024), didampingi "
            "Bupati dan Sekda.\n\nBupati Wonosobo Agus Prasetyo menjelaskan kondisi pasar.\n")
    got = _attended(text)
    assert "Agus Prasetyo" in got and not _has(got, "Bupati"), got


# --- a person in a phrase after the list item is not that item's holder ------------------------------------------

def test_groups_met_are_kept_when_a_purpose_phrase_names_a_person():
    text = _LEAD.format(what="memimpin rapat terbatas dengan FKPD dan OPD terkait dalam rangka persiapan kunjungan "
                             "Menteri Dalam Negeri Budi Hartono, di Ruang Rapat Bupati",
                        more="Rapat membahas kesiapan daerah.")
    got = _attended(text)
    assert _has(got, "FKPD") and _has(got, "OPD"), got


def test_a_unit_name_running_past_dan_is_still_its_holders_title():
    # guard: "Kepala Dinas Perizinan Terpadu dan Satu Pintu Rudi Hermawan" is one person's title
    text = _LEAD.format(what="meresmikan mal pelayanan publik di Kalikajar",
                        more="Turut hadir Kepala Dinas Perizinan Terpadu dan Satu Pintu Rudi Hermawan.")
    got = _attended(text)
    assert "Rudi Hermawan" in got and not _has(got, "Kepala Dinas"), got


# --- the members named after a quantified group: the group and its members are items -----------------------------

def test_the_group_before_its_named_members_attends():
    text = _LEAD.format(what="meresmikan pasar di Kalikajar",
                        more="Hadir pula saat itu Wakil Bupati Wonosobo (Budi Hartono) dan sejumlah unsur Muspida "
                             "Kabupaten Wonosobo antara lain Ketua DPRD Kabupaten Wonosobo (H. Rudi Salim).")
    got = _attended(text)
    assert _has(got, "Muspida") and "Rudi Salim" in got and "Budi Hartono" in got, got


def test_the_posts_after_di_antaranya_are_listed():
    text = _LEAD.format(what="berkunjung ke Kota Magelang",
                        more="Dalam kunjungan ini, Agus Prasetyo didampingi sejumlah pejabat, di antaranya Asda II "
                             "dan Kepala Dinas Tenaga Kerja.")
    got = _attended(text)
    assert _has(got, "Asda II") and _has(got, "Kepala Dinas Tenaga Kerja"), got


def test_a_wished_presence_places_nobody():
    # guard: "ia berharap … juga dihadiri" is a wish, not a report
    text = _LEAD.format(what="memimpin rapat persiapan kunjungan rektor",
                        more="Ia berharap dalam kunjungan itu juga dihadiri civitas akademika, di antaranya "
                             "Universitas Sindoro dan Politeknik Sumbing.")
    got = _attended(text)
    assert not _has(got, "Universitas") and not _has(got, "Politeknik"), got


def test_a_capitalised_clause_after_di_antaranya_ends_the_list():
    # guard: the members split off after "di antaranya" stop at a capitalised verb form: what follows is prose
    text = _LEAD.format(what="memimpin rapat evaluasi kinerja di Kalikajar",
                        more="Rapat dihadiri Sekda Wonosobo Rudi Hartono yang menyampaikan capaian kepada OPD, "
                             "di antaranya yaitu Meningkatnya Nilai Layanan Publik, SPBE, Indeks Sistem Merit dan SIPD.")
    got = _attended(text)
    assert not _has(got, "SPBE") and not _has(got, "SIPD"), got
