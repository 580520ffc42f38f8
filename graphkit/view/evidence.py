"""Evidence for the viewer: the sentence around a character span, with a link.

Why at view time: the graph stores only offsets (``{"article", "start",
"end"}``) so it stays small and never copies article text.  When the
Article's recorded source is readable now (any format: .txt, .html, .json,
.jsonl, .csv) and its text still has the sha256 the build recorded, the
viewer cuts the sentence around the span so a reader can judge the fact
without opening the file; otherwise it shows the offsets.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..model import Graph
from ..sources.readback import SourceTexts

MAX_SENTENCE = 480
PER_ITEM = 3  # evidence items shown per node or edge
_BOUNDARY = re.compile(r"[.!?…]['\"”’)]?\s|\n")


class ArticleTexts:
    """Article texts by id, read back from the sources the build recorded (see ``sources.readback``).

    Only a text whose sha256 matches the Article's recorded one is used, so a
    crafted graph cannot copy an arbitrary local file into a shared page.
    """

    def __init__(self, graph: Graph, roots: list[Path] | None = None):
        self.graph = graph
        self.sources = SourceTexts.of_graph(graph, roots=[Path.cwd(), *(roots or [])])

    def text(self, article_id: str) -> str | None:
        return self.sources.text(article_id)

    def want(self, items: Iterable[dict], limit: int = PER_ITEM) -> None:
        """Announce the property dicts whose evidence will be shown (one pass per source file)."""
        self.sources.want(str(ev.get("article", "")) for props in items
                          for ev in (props.get("evidence") or [])[:limit])

    def locate(self, article_id: str) -> Path | None:
        """The local file the article's text was verified in, if any (for a link)."""
        return self.sources.source(article_id)

    def article_info(self, article_id: str) -> dict:
        node = self.graph.nodes.get(article_id)
        props = node.properties if node else {}
        url = props.get("url")
        safe = isinstance(url, str) and url.lower().startswith(("http://", "https://"))  # no javascript: links
        return {"article": article_id, "title": props.get("title"), "url": url if safe else None,
                "published": props.get("published")}


def sentence_around(text: str, start: int, end: int) -> dict | None:
    """``{"before", "span", "after"}``: the sentence containing [start, end), or None if out of range."""
    if not (0 <= start <= end <= len(text)):
        return None
    left = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        left = m.end()
    m = _BOUNDARY.search(text, max(start, end - 2))  # a span may end its sentence ('... masyarakat.”')
    right = m.start() + 1 if m else len(text)
    right = max(right, end)
    if right - left > MAX_SENTENCE:
        room = max(0, (MAX_SENTENCE - (end - start)) // 2)
        left, right = max(left, start - room), min(right, end + room)
    before = text[left:start].lstrip()
    after = text[end:right].rstrip()
    return {"before": ("…" if left > 0 and not text[left - 1].isspace() else "") + before,
            "span": text[start:end], "after": after}


def evidence_items(props: dict, texts: ArticleTexts, limit: int = PER_ITEM) -> list[dict]:
    """The first ``limit`` evidence spans of a node/edge, each with sentence (or null) and link."""
    out = []
    for ev in (props.get("evidence") or [])[:limit]:
        aid = str(ev.get("article", ""))
        start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
        text = texts.text(aid)
        out.append({**texts.article_info(aid), "start": start, "end": end,
                    "sentence": sentence_around(text, start, end) if text is not None else None})
    if not out:  # facts without spans still name their articles
        for aid in (props.get("sources") or [])[:limit]:
            out.append({**texts.article_info(aid), "start": None, "end": None, "sentence": None})
    return out
