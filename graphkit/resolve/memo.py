"""What resolution decided per block, kept from one build (and one pass) to the next.

The rules block on keys (a name-key block of officials, a pair of name keys that share a place) and
decide each block from its inputs alone.  Those decisions are pure functions of the block's inputs,
so this module keeps them in tables keyed by *the inputs themselves*:

* ``clusters``: rule 1 (same name) of one name-key block — the units' articles and anchors, in
  order -> the groups of unit indexes that are one person;
* ``variants``: rule 2 (spelling, middle name) of one candidate pair — the two name keys and whether
  the clusters share a region and an office -> the rule under which they are one person, or None;
* ``places``: rule 2's candidate pairs in one crowded place (more than ``SMALL_PLACE`` people) —
  whether it is an office and its people's name keys, in order -> the pairs sharing a variant key.

A block whose inputs are unchanged reuses the decision (the next pass of the same resolution, or the
next build of the same folder: ``save``/``load`` keep the tables beside the generation's merged
state); a block the new articles touch has new inputs, so it is decided again.  Because a decision is
looked up only under the very inputs it was computed from, the result is the same fixpoint, byte for
byte, as deciding every block afresh — there is no invalidation to get wrong.  A table written by
another version of the rules is ignored (``VERSION`` hashes their source), and only entries used by
the current build are saved, so the tables do not grow with the folder's history.

Not kept: the scans that gather each block's inputs (every official's placements, every STATED and
MENTIONS edge) and the plan's application; they still read the whole merged graph once per pass.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
import pickle
from pathlib import Path

from ..atomic import atomic_write

MEMO = "resolve.memo"


@lru_cache(maxsize=1)
def _version() -> str:
    """A digest of the rules' source as this process loaded it: decisions of other rules are never reused."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(here.glob("*.py")):  # every module of the resolve package, those split off later included
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


class ResolveMemo:
    """Per-block decisions of the official rules, reused under identical inputs."""

    def __init__(self, clusters: dict | None = None, variants: dict | None = None, places: dict | None = None) -> None:
        self.old_clusters, self.old_variants, self.old_places = clusters or {}, variants or {}, places or {}
        self.clusters: dict = {}
        self.variants: dict = {}
        self.places: dict = {}
        self.hits = self.misses = 0
        self.article_anchors: dict | None = None   # per resolution (every pass), never saved
        self.official_units: dict = {}   # per resolution: each official's placements, with the objects read
        self.official_tokens: dict = {}  # per resolution: each official's name words, with its node
        self.official_blocks: dict = {}  # per resolution: each name-key block's clusters, with what they read

    def _kept(self, table: dict, old: dict, key: tuple, compute):
        """``table[key]``: this resolution's, else the previous build's (a hit), else ``compute()``'s (a miss).
        A kept value may be None (a pair no rule joins)."""
        if key in table:
            return table[key]
        if key in old:
            got = old[key]
            self.hits += 1
        else:
            got = compute()
            self.misses += 1
        table[key] = got
        return got

    def cluster(self, key: tuple, compute):
        """Rule 1 of one block: the kept groups for ``key`` or ``compute()``'s."""
        return self._kept(self.clusters, self.old_clusters, key, compute)

    def place(self, key: tuple, compute):
        """Rule 2's candidate pairs in one crowded place: kept for ``key`` (its people's name keys) or computed."""
        return self._kept(self.places, self.old_places, key, compute)

    def variant(self, key: tuple, compute):
        """Rule 2 of one pair: the kept rule (or None) for ``key`` or ``compute()``'s."""
        return self._kept(self.variants, self.old_variants, key, compute)

    @classmethod
    def load(cls, gen: Path | None) -> ResolveMemo:
        """The tables a generation kept, or empty ones (none kept, unreadable, other rules)."""
        if gen is None or not (gen / MEMO).is_file():
            return cls()
        try:
            doc = pickle.loads((gen / MEMO).read_bytes())
        except Exception:  # noqa: BLE001 - a damaged memo only costs the decisions it held
            return cls()
        if not isinstance(doc, dict) or doc.get("version") != _version():
            return cls()
        return cls(doc.get("clusters"), doc.get("variants"), doc.get("places"))

    def save(self, gen: Path) -> None:
        doc = {"version": _version(), "clusters": self.clusters, "variants": self.variants, "places": self.places}
        with atomic_write(gen / MEMO, "wb") as fh:
            fh.write(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))

    def stats(self) -> dict:
        return {"blocks_reused": self.hits, "blocks_decided": self.misses}
