"""A regional head and deputy named as "kepala daerah pasangan A-B" after their posts were named together.

"… penjemputan bupati dan wakil bupati Butur …  sejak kepala daerah pasangan Afirudin-Rahman itu dilantik":
the report names the two posts first ("bupati dan wakil bupati <region>", in any case) and later the pair
that holds them by its ticket name, two names joined by a dash after "(pasangan) kepala daerah (pasangan)".
The first name holds the head's post, the second the deputy's, of the region written after the posts (else
the article's).  Only a pair after such posts, within a few sentences: "pasangan A-B" alone may be a ticket
still running for office.
"""
from __future__ import annotations

import re

from .post_record import Post
from ..text.sentences import find_all, folded

_HEADS = r"bupati|wali\s*kota|walikota|gubernur"
_POSTS = re.compile(rf"\b(?P<h1>{_HEADS})\s+(?:dan|&|-|/)\s+(?P<h2>wakil\s+(?P<h3>{_HEADS}))\s+", re.I)
_NAME = r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}"
_PAIR = re.compile(rf"kepala\s+daerah\s+(?:pasangan\s+)?(?P<n1>{_NAME})\s*[-–]\s*(?P<n2>{_NAME})\b")
_WINDOW = 800


def _head(written: str) -> str:
    low = " ".join(written.lower().split())
    return {"walikota": "Wali Kota", "wali kota": "Wali Kota"}.get(low, low.title())


def find_pair_names(text: str, region_at) -> list[Post]:
    """Two posts per "kepala daerah pasangan A-B" following "bupati dan wakil bupati <region>"."""
    out: list[Post] = []
    low = folded(text)
    if low is None:
        return out
    for at in find_all(low, ("kepala daerah",)):
        m = _PAIR.match(text, at)
        if m is None:
            continue
        posts = [p for p in _POSTS.finditer(text, max(0, m.start() - _WINDOW), m.start())
                 if " ".join(p["h1"].lower().split()) == " ".join(p["h3"].lower().split())]
        if not posts:
            continue
        p = posts[-1]
        head1, head2 = _head(p["h1"]), "Wakil " + _head(p["h3"])
        end = region_at(p.end(), min(len(text), p.end() + 60), head1)
        region = (p.end(), end) if end is not None else None
        n1, n2 = m.span("n1"), m.span("n2")
        out += [Post(m.start(), n2[1], head1, [], "definitif", region, n1[0], name_end=n1[1]),
                Post(m.start(), n2[1], head2, [], "definitif", region, n2[0], name_end=n2[1])]
    return out


def pair_mentions(text: str, pairs: list[Post], officials, mentions) -> list:
    """Mentions of the names of "pasangan A-B" that the mention scan skips (a dash joins them to the other
    name): the officials whose names they are, at those spans."""
    from ..context import Mention
    by_name = {o.name: o for o in officials}
    taken = {m.start for m in mentions}
    out = []
    for p in pairs:
        s, e = p.name_start, p.name_end
        o = by_name.get(text[s:e])
        if o is not None and s not in taken:
            out.append(Mention(s, e, o.node_id, "name"))
            taken.add(s)
    return out


__all__ = ["find_pair_names", "pair_mentions"]
