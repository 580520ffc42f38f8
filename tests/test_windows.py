"""Very long texts are extracted window by window (graphkit/extract/windows.py): linear time, offsets
into the whole text, and the same facts as extracting each window alone."""
from graphkit.extract import extract_article
from graphkit.extract.text.windows import extract_windows, windows
from graphkit.model import Article

PARA = ("Jember – Penjabat Sementara (Pjs) Bupati Jember, Budi Santoso, memimpin apel pagi di Pendopo "
        "Wahyawibawagraha, Senin (23/9/2024). \u201cASN harus netral dalam Pilkada,\u201d ujar Budi Santoso.\n\n")


def test_windows_cover_the_text_and_cut_at_paragraph_breaks():
    text = "Judul\n\n" + PARA * 50
    parts = windows(text, size=2000)
    assert "".join(chunk for _, chunk in parts) == text
    assert all(text[off:off + len(chunk)] == chunk for off, chunk in parts)
    assert all(chunk.endswith("\n\n") for _, chunk in parts[:-1]) and len(parts) > 3
    assert windows("x" * 5000, size=2000) == [(0, "x" * 2000), (2000, "x" * 2000), (4000, "x" * 1000)]


def test_window_extraction_keeps_offsets_headline_and_counts():
    text = "Apel Pagi ASN\n\n" + PARA * 40
    art = Article(id="long", title="Apel Pagi ASN", text=text)
    whole = extract_article(art)
    g = extract_windows(art, extract_article, size=1500)
    assert set(g.nodes) == set(whole.nodes)               # same facts as one pass over this text
    budi = g.nodes["official:budi-santoso"]
    spans = budi.properties["evidence"]
    assert len(spans) == len(whole.nodes["official:budi-santoso"].properties["evidence"]) == 80
    assert all(text[ev["start"]:ev["end"]] == "Budi Santoso" for ev in spans)
    assert g.nodes["article:long"].properties["title"] == "Apel Pagi ASN"
    mentions = g.edges[("MENTIONS", "article:long", "official:budi-santoso", "")]
    assert mentions.properties["count"] == 80
    assert [n for n in g.nodes if n.startswith("event:")] == [n for n in whole.nodes if n.startswith("event:")]
