"""A speaker called by a short form of an official's name: "kata Hari", "ujar Om Yanto", "demikian Bang Jul".

Indonesian news calls people by a clipped name (the head or the tail of one word of the full name, as the
person is called at home) often behind a word of address for an elder or a peer ("Bang", "Om", "Kang",
"Mas", "Cak"), or misspells a short name by swapping two letters ("Jhon"). Such a speaker is the one
official of the article whose name holds that form; a form several officials share names none of them.
"""
from __future__ import annotations

from ..context import ArticleContext
from ..names.word_forms import fold

# words of address written before a short name: they say how the person is spoken to, not who it is
ADDRESS = frozenset("om bang abang kang mas cak bung daeng uda mbak teh aa abah kak".split())
MIN_CLIP = 3     # "Jul": a clip of two letters would fit too many names


def _clipped(word: str, full: str) -> bool:
    """``word`` is ``full`` cut at its end or its start ("hari" of "harimurti", "yanto" of "suryanto"), or
    ``full`` with two neighbouring letters swapped ("jhon" for "john")."""
    if len(word) < MIN_CLIP or word == full:
        return False
    if len(full) > len(word) and (full.startswith(word) or full.endswith(word)):
        return True
    if len(full) != len(word):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, full)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == full[diff[1]] \
        and word[diff[1]] == full[diff[0]]


def official_by_short_name(ctx: ArticleContext, name: str) -> str | None:
    """The one Official of the article whose name holds ``name`` as a short form, else None."""
    words = fold(name).split()
    if len(words) == 2 and words[0] in ADDRESS:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    found: set[str] = set()
    for node in ctx.graph.nodes.values():
        if node.label != "Official":
            continue
        for form in [node.properties.get("name", ""), *(node.properties.get("aliases") or [])]:
            if any(h.isalpha() and _clipped(word, h) for h in fold(form).split()):
                found.add(node.id)
                break
    return next(iter(found)) if len(found) == 1 else None


__all__ = ["official_by_short_name"]
