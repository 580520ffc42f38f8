"""What a generation remembers so the next build can cost only what changed.

Two files beside the outputs of each ``generations/<n>/``:

* ``articles.json`` — the folder's members: article id -> [``Article.version``, source path].
  Membership lives here, not in the cache: the cache is a content-addressed
  memo of extractions (rows can outlive a ``remove``), the generation says
  which articles the graph is made of;
* ``merged.json`` — the merged graph *before* resolution.  Merging is
  commutative and associative (``merge.merge_all``), so adding articles folds
  their graphs into it instead of re-merging every cached article.

Both are read with ``Node.trusted``/``Edge.trusted`` (no validation): they were written by
graphkit itself into a generation nobody else writes.  ``Fold`` turns the kept merged graph
into the next one.  How merged.json and its index and links are written and read is in ``merged_file``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_write_text
from .merge import merge_all
from .merged_file import MERGED, MERGED_INDEX, MergedBase, Saved, fast_graph, load_merged, save_merged
from .merged_links import LINKS, MergedLinks
from .model import Graph

if TYPE_CHECKING:
    from .cache import ExtractionCache

MEMBERS = "articles.json"


@dataclass
class Members:
    """Article id -> (sha256, source path) of the articles a build folder holds."""

    items: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, gen: Path | None) -> Members | None:
        if gen is None or not (gen / MEMBERS).is_file():
            return None
        doc = json.loads((gen / MEMBERS).read_text(encoding="utf-8"))
        return cls({aid: (v[0], v[1]) for aid, v in doc.items()})

    def save(self, gen: Path) -> None:
        doc = {aid: list(self.items[aid]) for aid in sorted(self.items)}
        atomic_write_text(gen / MEMBERS, json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")

    def copy(self) -> Members:
        return Members(dict(self.items))

    def __contains__(self, aid: str) -> bool:
        return aid in self.items

    def __len__(self) -> int:
        return len(self.items)


def load_resolved(gen: Path | None) -> Graph | None:
    """The previous generation's resolved graph (graph.json), the base of a store delta."""
    if gen is None or not (gen / "graph.json").is_file():
        return None
    return fast_graph(gen / "graph.json")


@dataclass
class Fold:
    """How the previous merged graph becomes the new one without re-merging every article.

    ``fresh``: articles whose whole (new) graph is merged in (added or changed);
    ``rewritten``: articles whose previous version leaves (changed or removed);
    ``touched``: the node ids those previous versions contributed to.  Every
    node in ``touched``, and every edge with an endpoint in it, is dropped and
    rebuilt from the members that mention it (the cache's ``mentions`` index),
    so what a removed version contributed disappears and what the others
    contribute stays.  Merging is commutative and associative, so the result
    equals re-merging every member (the tests compare the bytes).
    """

    fresh: set
    rewritten: set
    touched: set | None
    reread: int = 0

    def apply(self, base: Graph, cache: ExtractionCache, members: set) -> Graph:
        touched = self.touched or set()
        for nid in touched:
            base.nodes.pop(nid, None)
        if touched:
            base.edges = {k: e for k, e in base.edges.items() if e.source not in touched and e.target not in touched}
        sharing = (cache.articles_mentioning(touched) if touched else set()) & members
        parts = []
        for aid, graph in cache.graphs_of((sharing | self.fresh) & members):
            if aid not in self.fresh:  # only its share of the touched nodes; the rest is already in base
                part = Graph()
                part.nodes = {n: v for n, v in graph.nodes.items() if n in touched}
                part.edges = {k: e for k, e in graph.edges.items() if e.source in touched or e.target in touched}
                graph = part
            parts.append(graph)
        self.reread = len(parts)
        return base.merge(merge_all(parts))


__all__ = ["LINKS", "MEMBERS", "MERGED", "MERGED_INDEX", "Fold", "MergedBase", "MergedLinks", "Members", "Saved",
           "fast_graph", "load_merged", "load_resolved", "save_merged"]
