"""HTML articles: main text by trafilatura (a maintained extractor), title from metadata."""
from __future__ import annotations

from collections.abc import Iterator

from ..errors import EmptyInputError, OptionalDependencyError
from ..model import Article


def read_html(text: str, *, article_id: str, path: str | None) -> Iterator[Article]:
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - trafilatura is a base dependency
        missing = getattr(exc, "name", None) or "trafilatura"
        raise OptionalDependencyError(f"reading HTML needs trafilatura, which cannot import {missing} ({exc})",
                                      "pip install -e . (installs trafilatura and lxml_html_clean)") from exc
    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True,
                               deduplicate=False) or ""
    meta = trafilatura.extract_metadata(text)
    if not body.strip():
        raise EmptyInputError("the HTML page has no main text", path=path)
    title = (meta.title if meta and meta.title else body.strip().splitlines()[0])[:500]
    yield Article(id=article_id, title=title, text=body, path=path,
                  url=getattr(meta, "url", None) or None,
                  published=getattr(meta, "date", None) or None,
                  outlet=getattr(meta, "sitename", None) or None,
                  author=getattr(meta, "author", None) or None)
