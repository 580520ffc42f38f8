"""Posts read by their structure (issue #16): appositions, former posts, jurisdictions, names.

Every sentence here is written for the test (none is copied from the corpus); each
asserts on what a reader takes from it, class by class of the errors the issue lists.
"""
from __future__ import annotations

from graphkit.extract.context import ArticleContext
from graphkit.extract.entities import extract_entities
from graphkit.extract.names import parse_name
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


def test_name_sebagai_post_binds_tighter_than_the_comma_after_the_previous_post():
    ctx = run("Jember – Gubernur Jawa Timur melantik para penjabat. Mereka adalah Andi Wirawan sebagai Pj Bupati "
              "Jember, Siti Lestari sebagai Pj Bupati Lumajang, dan Rudi Hartanto sebagai Pj Wali Kota Malang.")
    assert holds(ctx) >= {("Andi Wirawan", "Bupati", "35.09", "Pj"), ("Siti Lestari", "Bupati", "35.08", "Pj"),
                          ("Rudi Hartanto", "Wali Kota", "35.73", "Pj")}
    assert not any(h[0] == "Siti Lestari" and h[2] == "35.09" for h in holds(ctx))


def test_sentence_of_former_holders_gives_no_officials():
    ctx = run("Jember – Pj Bupati Jember, Andi Wirawan, membuka rapat. Sebelumnya, jabatan Bupati Jember "
              "dipegang Bambang Sutrisno; Bupati Lumajang Candra Wijaya.")
    assert officials(ctx) == {"Andi Wirawan"}


def test_sebelumnya_menjabat_is_a_former_post():
    ctx = run("Jember – Andi Wirawan, yang sebelumnya menjabat Kepala Dinas Pendidikan Kabupaten Jember, kini "
              "pensiun.")
    assert not holds(ctx)


def test_jurisdiction_is_not_part_of_the_role():
    ctx = run("Tanjungpinang – Sekdaprov Kepri Budi Hartono mengatakan apel digelar pagi ini.")
    assert holds(ctx) == {("Budi Hartono", "Sekretaris Daerah", "21", "definitif")}


def test_name_opened_by_two_capitals_and_abbreviated_first_names():
    for written, name in (("TS Budi Santoso", "TS Budi Santoso"), ("LM. Ahmad Rasyid", "LM. Ahmad Rasyid"),
                          ("Moch. Hasan", "Moch. Hasan"), ("Hj. Ratna", "Ratna"),
                          ("Habib Umar Assegaf", "Umar Assegaf"), ("H. Mohd. Yusran", "Mohd. Yusran")):
        parsed = parse_name(written + " mengatakan", 0)
        assert parsed is not None and parsed.name == name, written
    assert parse_name("PU Budi", 0) is None


def test_honorifics_written_without_blanks():
    ctx = run("Jember – Bupati Jember Drs.H.Budi Santoso,M.Si membuka rapat.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "35.09", "definitif")}
