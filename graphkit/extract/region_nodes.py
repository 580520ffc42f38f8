"""Region nodes of an article: the regions it is about (``_Cited``, with the spans that say so), and each
region's node with its ancestors and PART_OF edges (``_region_node``).

The entities stage decides which regions are cited; the office and body emitters add to that set and place
their nodes in regions.  Kept apart from ``entities`` because it writes graph nodes from the gazetteer, not
from the text, and both the office and body emitters use it.
"""
from __future__ import annotations

import functools

from .batch import Batch
from .regions.gazetteer import gazetteer


class _Cited:
    """Regions the article is about, with the spans that say so."""

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {}

    def add(self, code: str | None, start: int | None, end: int | None) -> None:
        if code:
            self.spans.setdefault(code, [])
            if start is not None and end is not None:
                self.spans[code].append((start, end))


def _region_node(batch: Batch, code: str, start: int | None, end: int | None) -> None:
    """The Region node of ``code`` (with the evidence span, when given), its ancestors and PART_OF edges."""
    if f"region:{code}" in batch.nodes:       # added before, with its ancestors: only the span is new
        batch.node(f"region:{code}", "Region", start, end)
        return
    ops = _region_ops(code)
    if ops:
        node_id, props = ops[0]
        batch.node(node_id, "Region", start, end, **props)
        for node_id, props, child in ops[1:]:
            batch.node(node_id, "Region", **props)
            batch.edge("PART_OF", child, node_id)


@functools.lru_cache(maxsize=None)
def _region_ops(code: str) -> tuple:
    """What ``_region_node`` adds for ``code``, worked out once per code (the gazetteer is fixed): the region's
    (id, properties), then (id, properties, child id) for each ancestor below Indonesia."""
    regions = gazetteer().regions
    region = regions.get(code)
    if region is None:
        return ()
    ops: list[tuple] = [(f"region:{code}", _region_props(region))]
    while region.parent and region.parent != "ID" and region.parent in regions:
        parent = regions[region.parent]
        ops.append((f"region:{parent.code}", _region_props(parent), f"region:{region.code}"))
        if parent.parent in (None, "ID"):
            break
        region = parent
    return tuple(ops)


def _region_props(region) -> dict:
    return {"name": region.name, "kind": region.kind, "code": region.code, "wikidata": region.wikidata}
