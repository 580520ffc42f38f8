"""How two records' property maps merge: the one merge every stage shares, commutative and associative.

Apart from ``model`` (the node, edge and graph types) because it is the part that costs: resolution merges
each moved node into its survivor and the fold merges each new article into the kept graph through
``merge_properties``, so its unions of set-like lists and of evidence are written to avoid a ``json.dumps`` per
item where the canonical order can be had without one.  ``merge`` (the linear merge of many articles) follows
the same algebra with its own accumulators.
"""
from __future__ import annotations

import json
import re
from operator import itemgetter
from typing import Any

# Properties whose values are sets: merging two records unions them.
SET_PROPERTIES = ("sources", "aliases", "merged_ids", "honorifics", "degrees", "topics", "merge_rules")


def canonical(value: Any) -> str:
    """A stable text form of any JSON value, used to order and deduplicate."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# Characters json.dumps escapes (ensure_ascii=False): a string without them has canonical form '"' + s + '"'.
JSON_ESCAPED = re.compile('[\\\\"\x00-\x1f]')


def _plain_order(s: str) -> str:
    """The order of ``canonical`` on strings without escapes: '"' + s + '"' compares as s + '"' does."""
    return s + '"'


def _union(a: list, b: list) -> list:
    """The items of both lists, one per canonical form (the first), sorted by it.

    Most lists are article ids or names: strings ``json.dumps`` writes as '"' + s + '"'.  For those the
    union is a set of the strings in ``_plain_order`` — the same list, without a ``json.dumps`` per item
    per merge (resolution re-merged a survivor's growing ``sources`` once per node moved into it, and the
    fold a region's 10^5 sources once per article: 3.6M calls in one incremental resolution at 100k)."""
    items = [*a, *b]
    if all(type(x) is str for x in items) and JSON_ESCAPED.search("".join(items)) is None:
        return sorted(set(items), key=_plain_order)
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(canonical(item), item)
    return [seen[k] for k in sorted(seen)]


def evidence_key(ev: dict) -> tuple:
    return (str(ev.get("article", "")), int(ev.get("start", 0)), int(ev.get("end", 0)))


_SPAN = itemgetter("article", "start", "end")


def _evidence_union(a: list, b: list) -> list:
    """Evidence of both lists, one item per span (``evidence_key``; the last met), sorted by span.

    Nearly every item has a str article and int start and end, for which the span is those three values as
    they are: read in C (``_SPAN``) and only type-checked, not rebuilt through ``str``/``int`` per item per
    merge (5M calls in one incremental resolution at 100k articles).  Anything else takes the definition."""
    items = [*a, *b]
    try:
        keys = list(map(_SPAN, items))
    except (KeyError, TypeError):
        keys = None
    if keys is not None and all(type(k[0]) is str and type(k[1]) is int and type(k[2]) is int for k in keys):
        merged = dict(zip(keys, items))
    else:
        merged = {evidence_key(e): e for e in items}
    return [merged[k] for k in sorted(merged)]


def merge_properties(a: dict, b: dict) -> dict:
    """Merge two property maps; the result does not depend on argument order.

    Set-like properties and ``evidence`` are unioned and sorted; counters add
    up (``count``); for any other conflicting scalar the smaller canonical form
    wins, a deterministic choice that never depends on which record came first.
    """
    out = dict(a)
    for key, bval in b.items():
        if key not in out or out[key] is None:
            out[key] = bval
            continue
        aval = out[key]
        if bval is None or aval == bval:
            continue
        if key == "evidence":
            out[key] = _evidence_union(aval, bval)
        elif key in SET_PROPERTIES or (isinstance(aval, list) and isinstance(bval, list)):
            out[key] = _union(aval, bval)
        elif key == "count" and isinstance(aval, int) and isinstance(bval, int):
            out[key] = max(aval, bval)
        else:
            out[key] = min(aval, bval, key=canonical)
    return out
