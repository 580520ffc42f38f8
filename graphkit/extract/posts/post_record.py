"""The record of one post written in the text (``Post``): its span, head, unit words, region, capacity, holder.

Every post stage reads or builds it (``offices`` finds posts, ``post_split`` fills one from its run, pairs,
lists, appositions and regions refine it); kept in a module of its own so that they can share it without
importing one another.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Post:
    start: int                 # evidence: capacity + head + run
    end: int
    head: str
    tail: list[tuple[int, int]]   # agency-word spans completing the role
    capacity: str
    region_span: tuple[int, int] | None
    name_start: int | None     # where a name begins (inside the run or after a comma)
    provincial: bool = False   # "... Provinsi" without a name: the province of the article
    current: bool = True       # False for "mantan/eks Bupati", "Bupati terpilih": not held at the time
    name_end: int | None = None  # where the name must end (a pair "A-B sebagai Bupati-Wakil Bupati": at the dash)
    joined: "Post | None" = None  # the second post of a double post ("Menteri LH/Kepala Badan ...")
