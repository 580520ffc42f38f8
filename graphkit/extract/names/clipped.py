"""A name clipped after a word of address: "Kyai Abdur" for KH. Abdurrahmanudin, "Pak Sumar" for Sumarnoto.

Indonesian news calls an official by a term of address (Kyai, Kiai, Gus, Pak, Bu, Abah, Kang, Cak, Bang,
Mas, Mbak, Uda, Daeng) and the first syllables of one name word.  Such a word opens exactly one official's
name word and is shorter than it; the address marks it as a person, so it names that official (and
becomes an alias), and a quote's "ungkapnya" after "Kyai Abdur dalam sambutannya" points at them.
A clipped word that opens the words of two officials names neither.
"""
from __future__ import annotations

import re

from ..context import ArticleContext, Mention

_ADDRESSED = re.compile(r"\b(?:Kyai|Kiai|Kiyai|Gus|Pak|Bu|Bapak|Ibu|Bunda|Abah|Kang|Cak|Bang|Mas|Mbak|Uda|Daeng)\s+"
                        r"([A-Z][a-z]{3,})\b")
_MIN_CLIP = 4          # letters the clipped word keeps at least
_MIN_CUT = 2           # letters it drops at least (a word one letter short is a misspelling, read elsewhere)


def clipped_mentions(ctx: ArticleContext, officials: list, taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of officials by a clipped name word after a term of address (adds the alias)."""
    text = ctx.text
    if not officials:
        return []
    out: list[Mention] = []
    for m in _ADDRESSED.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        if ctx.in_boilerplate(s, e) or any(ts <= s < te for ts, te in taken):
            continue
        low = word.lower()
        owners = {o.node_id: o for o in officials for w in o.words
                  if len(low) >= _MIN_CLIP and len(w) - len(low) >= _MIN_CUT and w.lower().startswith(low)}
        if len(owners) != 1 or any(w.lower() == low for o in officials for w in o.words):
            continue
        owner = next(iter(owners.values()))
        out.append(Mention(s, e, owner.node_id, "name"))
        owner.aliases.add(word)
    return out
