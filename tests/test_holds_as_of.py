"""HOLDS carries ``as_of``: the publication date, else the date of the event reported first."""
from graphkit.extract import extract_article
from graphkit.model import Article

TEXT = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di "
        "halaman kantor Pemkab Jember, Senin (23/9/2024).")


def holds(article):
    return [e for e in extract_article(article).edges.values() if e.type == "HOLDS"]


def test_as_of_from_publication_date():
    edges = holds(Article(id="p", title="t", text=TEXT, published="2024-09-24T08:00:00"))
    assert edges and {e.properties["as_of"] for e in edges} == {"2024-09-24"}


def test_as_of_from_event_date_when_unpublished():
    edges = holds(Article(id="u", title="t", text=TEXT))
    assert edges and {e.properties["as_of"] for e in edges} == {"2024-09-23"}


def test_no_date_no_as_of():
    edges = holds(Article(id="n", title="t", text="Pjs Bupati Jember, Budi Santoso, menerima tamu.",
                          published="not a date"))
    assert edges and all("as_of" not in e.properties for e in edges)
