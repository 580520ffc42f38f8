"""An article whose text is unchanged but whose date, title or address changed is a changed
article: an incremental build extracts it again, because extraction copies those fields onto its Article node
and dates events against its publication date (``Article.version`` keys the extraction cache, not the text's
sha256 alone)."""
from __future__ import annotations

import json
from pathlib import Path

from graphkit.model import Article
from graphkit.pipeline import build

TEXT = ("Bupati Sleman Budi Santoso memimpin rapat koordinasi penanganan banjir di Pendopo Sleman, "
        "Senin (4/3). Rapat itu dihadiri Sekda Sleman Agus Salim.")


def _write(path: Path, **fields) -> None:
    path.write_text(json.dumps({"id": "a1", "title": "Rapat banjir", "text": TEXT, **fields}) + "\n",
                    encoding="utf-8")


def _facts(out: Path) -> tuple:
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    article = next(n["properties"] for n in doc["nodes"] if n["id"] == "article:a1")
    events = sorted(n["properties"].get("date") or "" for n in doc["nodes"] if "Event" in n["labels"])
    return article.get("published"), article.get("title"), article.get("url"), events


def test_a_changed_publication_date_re_extracts_the_article(tmp_path):
    src = tmp_path / "a.jsonl"
    _write(src, published="2024-03-05")
    out = tmp_path / "out"
    build([src], out, stores=False)
    assert _facts(out) == ("2024-03-05", "Rapat banjir", None, ["2024-03-04"])

    _write(src, published="2019-03-05", url="https://example.test/rapat")
    again = build([src], out, stores=False)
    assert again.extracted == 1 and again.changes["changed"] == 1
    assert _facts(out) == ("2019-03-05", "Rapat banjir", "https://example.test/rapat", ["2019-03-04"])
    ref = tmp_path / "ref"
    build([src], ref, stores=False)
    assert (out / "graph.json").read_bytes() == (ref / "graph.json").read_bytes()

    unchanged = build([src], out, stores=False)
    assert unchanged.extracted == 0 and unchanged.unchanged == 1


def test_the_version_covers_every_field_extraction_copies_but_the_file():
    base = Article(id="a1", title="t", text="x", sha256="s", path="p")
    assert base.version == Article(id="a1", title="t", text="x", sha256="s", path="p").version
    for change in ({"title": "u"}, {"url": "http://x"}, {"published": "2020-01-01"}, {"outlet": "o"},
                   {"author": "a"}, {"sha256": "r"}):
        assert Article(**{**base.model_dump(), **change}).version != base.version, change
    # the same article read from another file is the same article (tests/test_incremental.py: re-adding)
    assert Article(**{**base.model_dump(), "path": "q"}).version == base.version
