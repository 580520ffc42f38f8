"""Very long texts are extracted window by window, so time and memory stay linear.

A news article is a few kilobytes; a 50 MB "article" is a scraped dump (a
whole PDF, a concatenated archive).  Several rules compare each mention with
the spans found before it, which is harmless on 10 KB and quadratic on 50 MB
(a 2 MB text took 130 s).  Texts longer than ``WINDOW`` characters are cut at
paragraph breaks into windows, each window is extracted as an article of its
own, offsets are shifted back into the whole text, and the window graphs are
merged (a binary-counter merge: each fact is re-merged O(log windows) times).
Coreference ("Budi" for "Budi Santoso") then works within a window only, a
price paid by no real article: the longest of the 237 corpus articles is
13.7 k characters.
"""
from __future__ import annotations

from typing import Callable, Iterator

from ...merge import merge_all
from ...model import Article, Graph

WINDOW = 50_000


def windows(text: str, size: int = WINDOW) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pairs covering ``text``, cut after a blank line, a line end or a full stop
    in the second half of each window (hard cut when a window has none)."""
    out: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > size:
        lo, hi = pos + size // 2, pos + size
        cut = -1
        for sep in ("\n\n", "\n", ". "):
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                break
        cut = cut if cut > pos else hi
        out.append((pos, text[pos:cut]))
        pos = cut
    out.append((pos, text[pos:]))
    return out


def _shift(graph: Graph, offset: int) -> Graph:
    for obj in list(graph.nodes.values()) + list(graph.edges.values()):
        evidence = obj.properties.get("evidence")
        if evidence:
            obj.properties["evidence"] = [{**ev, "start": ev["start"] + offset, "end": ev["end"] + offset}
                                          for ev in evidence]
    return graph


def extract_windows(article: Article, extract: Callable[[Article], Graph], size: int = WINDOW) -> Graph:
    """``extract`` applied to each window of ``article``; one graph with offsets into the whole text.

    Only the first window carries the headline: a later window would otherwise read the headline as
    an event of its own.  Its Article node is the one kept.
    """
    def parts() -> Iterator[Graph]:
        for offset, chunk in windows(article.text, size):
            part = article.model_copy(update={"text": chunk, "title": article.title if offset == 0 else ""})
            graph = _shift(extract(part), offset)
            if offset:
                graph.nodes.pop(article.node_id, None)
            yield graph

    merged = merge_all(parts())
    for edge in merged.edges.values():       # a mention count is the whole text's, not the largest window's
        if edge.type == "MENTIONS" and edge.target in merged.nodes:
            edge.properties["count"] = len(merged.nodes[edge.target].properties.get("evidence") or []) or 1
    return merged


__all__ = ["WINDOW", "windows", "extract_windows"]
