"""Resolution: merge nodes that denote the same real official, office, place, event.

Placeholder: the identity resolver.  ``resolve`` must be deterministic,
order-independent and idempotent: resolve(merge(A, B)) == resolve(merge(B, A)).
"""
from __future__ import annotations

from .model import Graph


def resolve(graph: Graph) -> tuple[Graph, dict]:
    """Return the resolved graph and per-rule merge counts."""
    return graph, {}
