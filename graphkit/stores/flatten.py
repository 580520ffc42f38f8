"""Property flattening for property-graph stores (Neo4j, FalkorDB, LadybugDB, CSV).

Property graphs store only scalars and homogeneous lists of scalars, while the
graph document carries ``evidence`` (a list of ``{article, start, end}`` maps)
and occasionally other nested values.  This module is the one place that maps
between the two, so every store (and the CSV import files) agree on names:

* scalars and homogeneous lists of scalars are stored as they are;
* ``evidence`` becomes three parallel lists ``evidence_article`` (string[]),
  ``evidence_start`` (int[]) and ``evidence_end`` (int[]) in document order;
* any other map, list of maps or mixed list is stored as JSON text in
  ``<name>_json``;
* ``None`` is dropped: property graphs have no stored nulls, and a missing
  property reads back as null in Cypher anyway.

``unflatten_props`` is the exact inverse for everything but dropped nulls, so
``load`` followed by ``dump`` gives the original graph document back.
"""
from __future__ import annotations

import json
from typing import Any

EVIDENCE_FIELDS = ("article", "start", "end")
EVIDENCE_KEYS = tuple(f"evidence_{f}" for f in EVIDENCE_FIELDS)
JSON_SUFFIX = "_json"
SCALARS = (str, int, float, bool)


def is_scalar(value: Any) -> bool:
    return isinstance(value, SCALARS)


def is_scalar_list(value: Any) -> bool:
    """A list a property graph can store: every element a scalar of one type."""
    if not isinstance(value, list):
        return False
    kinds = {type(v) for v in value}
    return len(kinds) <= 1 and all(k in SCALARS for k in kinds)


def _evidence_ok(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(e, dict) and set(e) == set(EVIDENCE_FIELDS) and isinstance(e["article"], str)
        and type(e["start"]) is int and type(e["end"]) is int for e in value)


def flatten_props(props: dict) -> dict:
    """Graph-document properties -> store properties (see the module docstring)."""
    out: dict[str, Any] = {}
    for key in sorted(props):
        value = props[key]
        if value is None:
            continue
        if key == "evidence" and _evidence_ok(value):
            for name, field in zip(EVIDENCE_KEYS, EVIDENCE_FIELDS):
                out[name] = [e[field] for e in value]
        elif is_scalar(value) or is_scalar_list(value):
            out[key] = list(value) if isinstance(value, list) else value
        else:
            out[key + JSON_SUFFIX] = json.dumps(value, ensure_ascii=False, sort_keys=True,
                                                separators=(",", ":"))
    return out


def unflatten_props(props: dict) -> dict:
    """Store properties -> graph-document properties; the inverse of ``flatten_props``."""
    out: dict[str, Any] = {}
    if any(k in props for k in EVIDENCE_KEYS):
        cols = [list(props.get(k) or []) for k in EVIDENCE_KEYS]
        out["evidence"] = [{"article": a, "start": int(s), "end": int(e)} for a, s, e in zip(*cols)]
    for key, value in props.items():
        if key in EVIDENCE_KEYS or value is None:
            continue
        if key.endswith(JSON_SUFFIX) and isinstance(value, str) and len(key) > len(JSON_SUFFIX):
            try:
                out[key[: -len(JSON_SUFFIX)]] = json.loads(value)
                continue
            except json.JSONDecodeError:
                pass
        out[key] = list(value) if isinstance(value, (list, tuple)) else value
    return {k: out[k] for k in sorted(out)}


def edge_key(edge) -> str:
    """The ``key`` relationship property: the edge key joined with "|" (stable MERGE identity)."""
    return "|".join(edge.key)
