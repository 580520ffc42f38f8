"""The shared state of one article's extraction, passed from stage to stage.

Stages (``entities`` → ``events`` → ``quotes``) are pure functions of the
article text; each reads what earlier stages found (mentions, region, date)
and adds nodes and edges to ``ctx.graph`` with provenance.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..model import Article, Edge, Graph, Node
from . import rule_trace
from .text.boilerplate import boilerplate_spans, in_spans
from .text.pub_stamp import publication_stamp


def iso_date(value: str | None) -> str | None:
    """The ISO date (YYYY-MM-DD) a ``published`` field starts with, if it is a real date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


class Mention(NamedTuple):
    """A span of text that refers to a person or group node.

    ``kind``: ``name`` (a personal name), ``title`` (a title-only reference such
    as "Pj Bupati Jember" resolved to the holder), ``group`` (OPD, ASN ...).

    A named tuple (it was a frozen, ordered dataclass: the same fields, order, equality and hash among
    mentions), built and sorted at C speed: an article builds and sorts dozens.
    """

    start: int
    end: int
    node_id: str
    kind: str = "name"


@dataclass
class ArticleContext:
    article: Article
    extractor: str
    graph: Graph = field(default_factory=Graph)
    skip: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    region: str | None = None        # the article's main region code (dateline, most cited)
    published: str | None = None     # ISO date of the article, when known
    # the article's text, read by every scan of every stage: a plain attribute, not a property (a property call
    # per read cost ~1 % of extraction)
    text: str = field(init=False, repr=False, compare=False)
    _aid: str = field(init=False, repr=False, compare=False)      # the article's id as provenance writes it

    def __post_init__(self) -> None:
        self.text = self.article.text
        aid = self.article.id
        self._aid = aid if aid.startswith("article:") else "article:" + aid

    @classmethod
    def of(cls, article: Article, extractor: str) -> "ArticleContext":
        skip = boilerplate_spans(article.text)
        published = iso_date(article.published)
        # the page's publication stamp ("Jumat, 11 Desember 2015 - 23:12 WIB") dates the article, never an event
        if (stamp := publication_stamp(article.text)) and not in_spans(skip, stamp.start, stamp.end):
            skip = sorted(skip + [(stamp.start, stamp.end)])
            published = published or stamp.iso
        return cls(article=article, extractor=extractor, skip=skip, published=published)

    def in_boilerplate(self, start: int, end: int) -> bool:
        return bool(self.skip) and in_spans(self.skip, start, end)  # half the articles have no boilerplate

    def prov(self, start: int | None = None, end: int | None = None) -> dict:
        """``provenance(article.id, start, end, extractor)``: the same properties, in the same order, with the
        article's id form made once (some forty facts an article ask for it)."""
        aid = self._aid
        props: dict = {"sources": [aid]}
        if start is not None and end is not None:
            props["evidence"] = [{"article": aid, "start": int(start), "end": int(end)}]
        if self.extractor:
            props["extractor"] = self.extractor
        return props

    def node(self, node_id: str, label: str, start: int | None = None, end: int | None = None,
             **props) -> Node:
        """Add (or merge into) a node with this article's provenance."""
        clean = {k: v for k, v in props.items() if v is not None}
        clean.update(self.prov(start, end))     # ({**clean, **prov}: the same keys, in the same order)
        return self.graph.add_node(Node.trusted(node_id, [label], clean))

    def edge(self, type_: str, source: str, target: str, start: int | None = None, end: int | None = None,
             **props) -> Edge:
        clean = {k: v for k, v in props.items() if v is not None}
        clean.update(self.prov(start, end))
        if rule_trace.RECORDER is not None and type_ in ("LED", "ATTENDED"):
            rule_trace.written(self, type_, source, target, start, end)   # bench/attendance_rules.py only
        return self.graph.add_edge(Edge.trusted(type_, source, target, clean))
