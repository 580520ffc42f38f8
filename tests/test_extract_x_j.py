"""Classes of error seen in j01–j15, a ninth batch of outlets the gold never had (issue #16), opened after its
first-contact figures were recorded (.818; docs/dev/issue-16-x-j.md).

Every sentence is synthetic (new names; real places).
"""
from graphkit.extract import extract_article
from graphkit.model import Article
from test_extract_posts_grammar import holds, officials, run


def _graph(text: str, title: str = "Judul"):
    return extract_article(Article(id="t", title=title, text=title + "\n\n" + text, published="2024-10-01"))


def _attended(text: str, title: str = "Judul") -> set[str]:
    g = _graph(text, title)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "ATTENDED"}


def test_haji_andi_written_bare_is_an_honorific():
    # "HA" is Haji Andi (South Sulawesi), written bare as "HM" (Haji Muhammad) is
    ctx = run("Watampone – Bupati Bone HA Rusdianto Palallo meninjau pasar, Senin (7/10/2024).")
    assert officials(ctx) == {"Rusdianto Palallo"}
    assert ("Rusdianto Palallo", "Bupati", "73.08", "definitif") in holds(ctx)
    ctx = run("Makassar – Rombongan menemui Sekretaris Daerah Provinsi Sulsel HA Baharuddin Tola.")
    assert officials(ctx) == {"Baharuddin Tola"}
