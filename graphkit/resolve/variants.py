"""Rule 2 of official resolution: spelling and middle-name variants of one person that share a place.

Why a module of its own: it is the part of resolution whose cost grows with the corpus (candidate pairs of
the people of one place), so its blocking and its matchers are kept together, apart from the rules that
read the graph (``officials``).  Everything here is a pure function of name keys and placements.

``official:spelling``: keys one edit apart (every differing word at least 4 letters) and a shared region or article,
or two edits inside one word of 5+ letters and the same office, or equal without spaces.
``official:middle-name``: the same office, first and last word equal up to a typo, the shorter's middle
words initials or words of the longer's.  Blocking: a place with few people compares them all; a crowded
one uses one-deletion variants and one-word masks of the key, never all pairs of a corpus.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .keys import edit_distance, middle_match

RULE_SPELLING = "official:spelling"
RULE_MIDDLE = "official:middle-name"
SMALL_PLACE = 24   # a place with at most this many clusters compares them all (bounded, so still linear)


@dataclass
class Cluster:
    """Units that rule 1 says are one person, with what rules 2 and 3 compare."""

    key: str
    units: list[tuple[str, str | None]]
    anchors: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


def placed_together(c1: Cluster, c2: Cluster) -> bool:
    """A shared region, or a shared article: one article that spells a name two ways ("Hengki"/"Hengky")
    places both spellings as surely as a region does."""
    return bool(c1.anchors & c2.anchors) or bool(c1.articles & c2.articles)


def variant_rule(c1: Cluster, c2: Cluster) -> str | None:
    """The rule under which two clusters of different name keys are one person, if any."""
    k1, k2 = c1.key, c2.key
    if k1 == k2:
        return None  # namesakes rule 1 kept apart stay apart
    w1, w2 = k1.split(), k2.split()
    if (len(w1) != len(w2) or any(len(w) == 1 for w in w1 + w2)) and c1.offices & c2.offices \
            and middle_match(k1, k2):
        return RULE_MIDDLE
    return RULE_SPELLING if _spelling_match(c1, c2) else None


def _spelling_match(c1: Cluster, c2: Cluster) -> bool:
    k1, k2 = c1.key, c2.key
    region, office = placed_together(c1, c2), bool(c1.offices & c2.offices)
    if k1.replace(" ", "") == k2.replace(" ", ""):
        return region or office
    w1, w2 = k1.split(), k2.split()
    if not (region or office) or len(w1) != len(w2) or min(len(k1), len(k2)) < 6:
        return False
    # With as many words on both sides, one edit changes one word, and two edits are only accepted in one:
    # a pair differing in two words or more never matches.  For one word, the keys' edit distance is the
    # words' (the rest is a common prefix and suffix), which is far cheaper to compute on most pairs.
    diff = [(a, b) for a, b in zip(w1, w2) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    d = edit_distance(a, b, 2)
    if d == 1:
        return region and min(len(a), len(b)) >= 4
    return d == 2 and office and min(len(a), len(b)) >= 5


def _deletions(key: str) -> list[tuple]:
    """One-deletion variants: two keys within one edit (or equal without spaces) share one."""
    return [("del", v) for v in {key[:i] + key[i + 1:] for i in range(len(key))} | {key, key.replace(" ", "")}]


def _office_keys(key: str) -> list[tuple]:
    """Keys for the same-office rules: one word masked (two edits in a word) and the first letters."""
    words = key.split()
    return [("mask", i, " ".join(words[:i] + ["*"] + words[i + 1:])) for i in range(len(words))] + [("mid", key[:2])]


def variant_keys(key: str, office: bool) -> list[tuple]:
    """The blocking keys of one name key at a crowded place (an office's add its masks)."""
    return _deletions(key) + (_office_keys(key) if office else [])


def spelling_pairs(clusters: list[Cluster], memo=None, only: set[int] | None = None,
                   sizes: dict | None = None) -> list[tuple[int, int]]:
    """Candidate pairs: clusters sharing a place (office or region) and a variant key.

    A place with few people gives all its pairs; a crowded one the pairs sharing a variant key
    (``_crowded_pairs``, kept in ``memo`` under the place's list of name keys).  ``only`` (a restricted
    pass, ``reach_officials``): just the pairs with one of those clusters, at places holding one; ``sizes``
    (the same) the number of clusters of the whole graph at those places, of which the view shows all when
    it is ``SMALL_PLACE`` or less, else every one sharing a variant key with one of ``only``."""
    at: dict[str, list[int]] = defaultdict(list)
    for ci, c in enumerate(clusters):
        for p in c.anchors | c.offices:
            at[p].append(ci)
        for a in c.articles:
            at["article\0" + a].append(ci)
    pairs: set[tuple[int, int]] = set()
    for p, members in at.items():  # members ascend, so each pair comes out as (smaller, larger)
        if len(members) < 2 or (only is not None and only.isdisjoint(members)):
            continue  # the only person placed there has nobody to be confused with
        size = sizes.get(p, len(members)) if sizes is not None else len(members)
        if size <= SMALL_PLACE:
            pairs.update(combinations(members, 2))  # few people there: comparing them all is cheaper
            continue
        office = p.startswith("office:")
        keys = [clusters[ci].key for ci in members]
        local = _crowded_pairs(keys, office) if memo is None or size != len(members) else \
            memo.place((office, tuple(keys)), lambda: _crowded_pairs(keys, office))
        pairs.update((members[a], members[b]) for a, b in local)
    if only is not None:
        return sorted(p for p in pairs if p[0] in only or p[1] in only)
    return sorted(pairs)


def _crowded_pairs(keys: list[str], office: bool) -> list[tuple[int, int]]:
    """Pairs of positions in ``keys`` (the people of one crowded place) sharing a variant key."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for k in variant_keys(key, office):
            buckets[k].append(i)
    pairs = set()
    for members in buckets.values():
        if len(members) > 1:
            pairs.update(combinations(members, 2))
    return sorted(pairs)
