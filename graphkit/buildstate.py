"""What a generation remembers so the next build can cost only what changed.

Two files beside the outputs of each ``generations/<n>/``:

* ``articles.json`` — the folder's members: article id -> [sha256, source path].
  Membership lives here, not in the cache: the cache is a content-addressed
  memo of extractions (rows can outlive a ``remove``), the generation says
  which articles the graph is made of;
* ``merged.json`` — the merged graph *before* resolution.  Merging is
  commutative and associative (``model.merge_all``), so adding articles folds
  their graphs into it instead of re-merging every cached article.

Both are read with ``Node.trusted``/``Edge.trusted`` (no validation): they were written by
graphkit itself into a generation nobody else writes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_write_text
from .model import Edge, Graph, Node
from .stores import graphdoc

MEMBERS = "articles.json"
MERGED = "merged.json"


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


def fast_graph(path: Path) -> Graph:
    """A graph document written by graphkit, read without validation (several times faster)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    graph = Graph()
    graph.nodes = {n["id"]: Node.trusted(n["id"], n["labels"], n["properties"]) for n in doc["nodes"]}
    edges = (Edge.trusted(e["type"], e["source"], e["target"], e["properties"]) for e in doc["edges"])
    graph.edges = {e.key: e for e in edges}
    return graph


def load_merged(gen: Path | None) -> Graph | None:
    if gen is None or not (gen / MERGED).is_file():
        return None
    return fast_graph(gen / MERGED)


def save_merged(graph: Graph, gen: Path) -> None:
    graphdoc.write_json(graph, gen / MERGED)


def load_resolved(gen: Path | None) -> Graph | None:
    """The previous generation's resolved graph (graph.json), the base of a store delta."""
    if gen is None or not (gen / "graph.json").is_file():
        return None
    return fast_graph(gen / "graph.json")
