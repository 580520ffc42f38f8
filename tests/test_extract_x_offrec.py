"""Officials' recall by structure (issue #16, offrec): classes of missed officials that recur across outlets.

Every sentence here is written for the test (none is copied from the corpus); each class has a test that
failed before its change and passes after it (docs/dev/issue-16-offrec.md gives the counts per class).
"""
from __future__ import annotations

from graphkit.extract.context import ArticleContext
from graphkit.extract.entities import extract_entities
from graphkit.extract.names.role_words import misspelt_unit
from graphkit.model import Article


def run(text: str, published: str | None = "2024-10-01") -> ArticleContext:
    ctx = ArticleContext.of(Article(id="t", title="t", text=text, published=published), "test")
    extract_entities(ctx)
    return ctx


def officials(ctx: ArticleContext) -> set[str]:
    return {n.properties["name"] for n in ctx.graph.nodes.values() if "Official" in n.labels}


def holds(ctx: ArticleContext) -> set[tuple[str, str, str, str]]:
    out = set()
    for e in ctx.graph.edges.values():
        if e.type == "HOLDS":
            office = ctx.graph.nodes[e.target].properties
            out.add((ctx.graph.nodes[e.source].properties["name"], office["role"], office["region"],
                     e.properties["capacity"]))
    return out


# --- a legislature's seat whose body or holders its neighbour gives ------------------------------------------

def test_numbered_deputy_chair_takes_the_body_its_previous_seat_took():
    ctx = run("Tobelo – Dari kalangan anggota DPRD Halmahera Utara, hadir Wakil Ketua I Andi Wirawan, "
              "Wakil Ketua II Candra Wijaya, serta anggota Komisi III.")
    assert ("Candra Wijaya", "Wakil Ketua II DPRD", "82.03", "definitif") in holds(ctx)


def test_unnumbered_deputy_chair_followed_by_two_names_gives_both_the_seat():
    ctx = run("Sungai Penuh – Ketua DPRD Kota Sungai Penuh, Budi Santoso, memimpin rapat bersama Wakil Ketua DPRD "
              "Andi Wirawan, S.Sos., M.H, dan Candra Wijaya, S.Pt.")
    assert {("Andi Wirawan", "Wakil Ketua DPRD", "15.72", "definitif"),
            ("Candra Wijaya", "Wakil Ketua DPRD", "15.72", "definitif")} <= holds(ctx)


def test_a_one_holder_post_after_the_deputy_chair_is_not_a_second_deputy():
    ctx = run("Tobelo – Hadir Wakil Ketua DPRD Halmahera Utara Budi Santoso, Sekda Andi Wirawan dan Camat Tobelo "
              "Candra Wijaya.")
    assert not any(h[0] != "Budi Santoso" and h[1] == "Wakil Ketua DPRD" for h in holds(ctx))


# --- an agency acronym in another written form, or misspelt by one letter --------------------------------------

def test_noted_form_of_an_agency_acronym_opens_a_post():
    ctx = run("Kupang – Kepala Bappelitbangda NTT Andi Wirawan mengatakan rapat itu penting.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Bappelitbangda", "53", "definitif")}


def test_acronym_misspelt_by_one_letter_is_the_acronym():
    ctx = run("Jember – Rapat dipimpin Plt Kepala Bappelitbangada, Andi Wirawan, Rabu.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Bappelitbangda", "35.09", "Plt")}
    ctx = run("Jember – Rapat dipimpin Kepala Diskomino Jember Andi Wirawan, Rabu.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Komunikasi dan Informatika", "35.09", "definitif")}


def test_misspelling_needs_one_near_acronym_and_a_long_word():
    assert misspelt_unit("Bappelitbangada") == "Bappelitbangda"
    assert misspelt_unit("Bappedda") is None        # one letter from Bappeda and from Bappenda: not told apart
    assert misspelt_unit("Bappeda") is None         # known as written
    assert misspelt_unit("Setiawan") is None


# --- the post written after the name: "NAME yang (saat ini) menjabat POST" -----------------------------------

def test_post_in_lower_case_after_menjabat_is_the_names_post():
    ctx = run("Jember – Calon yang diusulkan yakni Andi Wirawan yang saat ini menjabat kepala dinas sosial "
              "Kabupaten Jember, dan Budi Santoso.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Sosial", "35.09", "definitif")}


def test_lower_case_assistant_deputy_of_a_ministry():
    ctx = run("Serang – Calon yang diusulkan yakni Andi Wirawan SE yang saat ini menjabat asisten deputi "
              "infrastruktur ekonomi dan kesejahteraan rakyat Kemendagri.")
    assert ("Andi Wirawan", "Asisten Deputi Infrastruktur Ekonomi dan Kesejahteraan Rakyat Kemendagri", "ID",
            "definitif") in holds(ctx)


def test_lower_case_words_after_a_link_that_are_no_post_stay_no_post():
    assert not officials(run("Jember – Andi Wirawan selaku ketua panitia mengatakan acara berjalan lancar."))
    assert not officials(run("Jember – Andi Wirawan sebagai kepala keluarga bertanggung jawab."))


def test_post_tied_by_menjabat_to_the_name_before_is_not_given_to_the_next_name():
    ctx = run("Serang – Calon yang diusulkan yakni Andi Wirawan SE yang saat ini menjabat Asisten Deputi "
              "Pengembangan Ekonomi Kemendagri, Drs Budi Santoso, MM yang saat ini menjabat Kepala Dinas Sosial "
              "Provinsi Banten.")
    assert holds(ctx) == {("Andi Wirawan", "Asisten Deputi Pengembangan Ekonomi Kemendagri", "ID", "definitif"),
                          ("Budi Santoso", "Kepala Dinas Sosial", "36", "definitif")}


def test_enumerated_unit_after_menjabat_does_not_hide_the_name_before():
    ctx = run("Serang – Calon yang diusulkan yakni Candra Wijaya yang saat ini menjabat Kepala Biro Pemerintahan, "
              "Otonomi Daerah dan Kesejahteraan Rakyat Sekretariat Daerah Provinsi Banten.")
    assert "Candra Wijaya" in officials(ctx)


# --- name shapes: degrees -----------------------------------------------------------------------------------------

def test_civil_service_academy_degree_and_a_blank_before_the_comma():
    ctx = run("Serang – Calon yang diusulkan yakni Candra Wijaya, AP , MSi yang saat ini menjabat Kepala Dinas "
              "Sosial Provinsi Banten.")
    assert holds(ctx) == {("Candra Wijaya", "Kepala Dinas Sosial", "36", "definitif")}
    ctx = run("Idi – Hadir Kepala Dinas Kependudukan dan Pencatatan Sipil Kab Aceh Timur Drs Budi AP MAP.")
    assert holds(ctx) == {("Budi", "Kepala Dinas Kependudukan dan Pencatatan Sipil", "11.03", "definitif")}


# --- a person's second post, tied to the first by "sebagai" / "dilantik menjadi" ---------------------------------

def test_acting_post_after_the_current_post_goes_to_the_same_person():
    ctx = run("Gorontalo – Gubernur Gorontalo telah menunjuk Andi Wirawan yang saat ini menjabat Sekretaris Daerah "
              "sebagai Pelaksana Harian (Plh) Bupati Gorontalo Utara.")
    assert ("Andi Wirawan", "Bupati", "75.05", "Plh") in holds(ctx)


def test_list_of_appointees_each_with_current_and_new_post():
    ctx = run("Kupang – Pejabat yang dilantik hari ini yakni Andi Wirawan yang saat ini juga menjabat sebagai Kepala "
              "Biro Pemerintahan Setda NTT akan dilantik menjadi Pejabat Bupati Sabu Raijua, Budi Santoso yang "
              "menjabat sebagai Badan Keuangan Daerah NTT akan dilantik kembali sebagai Penjabat Bupati Belu, Candra "
              "Wijaya saat ini menjabat sebagai Kepala Dinas Sosial NTT akan dilantik sebagai Penjabat Bupati Malaka.")
    pj = {(h[0], h[2]) for h in holds(ctx) if h[3] == "Pj"}
    assert pj == {("Andi Wirawan", "53.20"), ("Budi Santoso", "53.04"), ("Candra Wijaya", "53.21")}


def test_second_post_still_to_come_or_only_appointed_is_not_held():
    ctx = run("Kupang – Pekan depan Andi Wirawan yang saat ini menjabat sebagai Kepala Biro Pemerintahan Setda NTT "
              "akan dilantik menjadi Pejabat Bupati Sabu Raijua.")
    assert not any(h[3] == "Pj" for h in holds(ctx))
    ctx = run("Banda Aceh – Menteri Dalam Negeri telah menunjuk Andi Wirawan, Sekretaris Daerah Kabupaten Pidie Jaya, "
              "sebagai Penjabat Bupati Pidie Jaya.")
    assert not any(h[3] == "Pj" for h in holds(ctx))


# --- slips in the post ------------------------------------------------------------------------------------------

def test_post_whose_first_word_is_written_twice_still_takes_the_name_before():
    ctx = run("Banda Aceh – Serta Andi Wirawan yang menjabat sebagai Kepala Kepala Dinas Lingkungan Hidup dan "
              "Kehutanan (DLHK) Aceh.")
    assert holds(ctx) == {("Andi Wirawan", "Kepala Dinas Lingkungan Hidup dan Kehutanan", "11", "definitif")}


def test_bare_initial_opens_a_name_that_yang_menjabat_ties_to_a_post():
    ctx = run("Banda Aceh – Serta A Hanan yang menjabat sebagai Kepala Dinas Sosial Aceh.")
    assert holds(ctx) == {("A Hanan", "Kepala Dinas Sosial", "11", "definitif")}
