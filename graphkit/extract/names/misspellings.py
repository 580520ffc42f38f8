"""Misspelt mentions of an article's officials: a name word one edit away from an official's word
("Heran" for "Hera"); kept apart from ``officials`` so that module stays small.
"""
from __future__ import annotations

import bisect

from ..context import ArticleContext, Mention
from .names import _NAME_WORD
from .role_words import is_role_word
from .word_forms import _name_word_deletes, _word_deletes, edit_distance, lowercase_words


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def misspellings(ctx: ArticleContext, officials: list, taken: list[tuple[int, int]]) -> list[Mention]:
    """Name words one edit away from an official's word ("Heran" for "Hera")."""
    text = ctx.text
    lower_words = lowercase_words(text)
    index: dict[str, list[tuple]] = {}      # delete -> (official, word index)
    for o in officials:
        for i, w in enumerate(o.words):
            if len(w) >= 4:
                c = (o, i)
                for d in _word_deletes(w.lower()):
                    index.setdefault(d, []).append(c)
    out: list[Mention] = []
    if not index:
        return out
    keys = frozenset(index)     # a set, not the dict's keys view: ``view & s`` first copies every key
    taken_sorted = sorted(taken)
    near_of: dict[str, list] = {}          # each distinct word's one-edit neighbours, looked up once
    # A word one edit from an official word of 4+ letters is within one letter of its length and keeps its first
    # two or last two letters: that test spares most words their delete set; the rest share no delete with
    # any official word, which one cached lookup and one C-level test say.
    own = [w.lower() for o in officials for w in o.words if len(w) >= 4]
    sizes = {len(w) + k for w in own for k in (-1, 0, 1)}
    heads, tails = {w[:2] for w in own}, {w[-2:] for w in own}
    for word in [w for w in set(_NAME_WORD.findall(text)) if len(low := w.lower()) in sizes
                 and (low[:2] in heads or low[-2:] in tails) and not keys.isdisjoint(_name_word_deletes(w))]:
        cands = {id(c): c for d in keys & _name_word_deletes(word) for c in index[d] if c[0].words[c[1]] != word}
        if not cands or is_role_word(word) or word.lower() in lower_words:
            continue                       # (the official's own word, written right, is no misspelling)
        near = [c for c in sorted(cands.values(), key=lambda c: (c[0].first_seen, c[1]))
                if edit_distance(word.lower(), c[0].words[c[1]].lower(), 1) <= 1]
        if near:
            near_of[word] = near
    if not near_of:
        return out
    for m in _NAME_WORD.finditer(text):
        near = near_of.get(m.group(0))
        if not near or _inside(taken_sorted, m.start()) or ctx.in_boilerplate(m.start(), m.end()):
            continue
        word = m.group(0)
        for o, i in near:
            w = o.words[i]
            if w == word or edit_distance(word.lower(), w.lower(), 1) > 1:
                continue
            rest = o.words[i + 1:i + 2]
            follows = bool(rest) and text.startswith(" " + rest[0], m.end())
            if not follows and len(word) < 6:
                continue
            end = m.end() + (1 + len(rest[0]) if follows else 0)
            o.aliases.add(text[m.start():end])
            out.append(Mention(m.start(), end, o.node_id, "name"))
            break
    return out
