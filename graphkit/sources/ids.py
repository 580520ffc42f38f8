"""Article ids that are unique within one read, and stable for the common case.

Why this matters: the cache, the graph and every fact's provenance are keyed
by the article id, so two articles with one id meant the later silently
replaced the earlier.  Files are named by their stem (``article:<stem>`` is
what gold files and evaluation refer to); only when two files share a stem
(``jan/index.txt`` and ``feb/index.txt``) do all of them take their path
relative to the folder they share (``jan/index``, ``feb/index``), decided
from the whole file list so the result does not depend on reading order.
A record id seen twice (a repeated JSON ``id``, or ``"dup"`` and ``" dup "``)
keeps the first and gives each later one ``<id>~2``, ``<id>~3`` ... with a
counted warning; the same id with the very same text (one record scraped
twice) is one article, read once, also with a counted warning.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Anything clean_id would change: outer or repeated spaces, other whitespace, unsafe characters.
_NEEDS_CLEANING = re.compile(r"^\s|\s$|\s\s|[^\S ]|[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_id(raw: object) -> str:
    """An id as given, with surrounding and repeated whitespace collapsed and control characters or
    lone surrogates replaced by U+FFFD (they break XML exports and terminals)."""
    text = raw if isinstance(raw, str) else str(raw)
    if _NEEDS_CLEANING.search(text) is None:
        return text
    return _UNSAFE.sub("\ufffd", " ".join(text.split()))


def file_ids(files: list[Path]) -> dict[Path, str]:
    """The id of each file: its stem when no other file in the list has that stem, else its path
    (without suffix, or with it when that still collides) relative to the colliding files' common folder."""
    by_stem: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        by_stem[clean_id(f.stem)].append(f)
    ids: dict[Path, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            ids[group[0]] = stem
            continue
        absolute = [Path(os.path.abspath(f)) for f in group]
        try:
            base = Path(os.path.commonpath([str(a.parent) for a in absolute]))
            rel = [a.relative_to(base) for a in absolute]
        except ValueError:                  # Windows: files on different drives share no folder
            rel = [Path(*a.parts[1:]) for a in absolute]
        names = [clean_id(r.with_suffix("").as_posix()) for r in rel]
        if len(set(names)) < len(names):
            names = [clean_id(r.as_posix()) for r in rel]
        ids.update(zip(group, names))
    return ids


class UniqueIds:
    """Hands out each article id once per read: a repeat gets ``~2``, ``~3`` ... appended."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}      # id -> first 60 bits of its text's sha256 (-1: unknown)

    def claim(self, article_id: str, digest: str | None = None) -> str | None:
        """``article_id`` if unused, else the first free ``<id>~n`` (now used); None when the id came
        before with the same text (``digest``, a sha256 hex), i.e. the same article again."""
        key = int(digest[:15], 16) if digest else -1
        first = self.seen.get(article_id)
        if first is None:
            self.seen[article_id] = key
            return article_id
        if key >= 0 and first == key:
            return None
        n = 2
        while f"{article_id}~{n}" in self.seen:
            n += 1
        new = f"{article_id}~{n}"
        self.seen[new] = key
        return new
