"""A deputy named by reference to the head just named: "Bupati X A dan wakilnya B", "bupati A, wakilnya B".

Indonesian news often names the regional head with their post and then the deputy only as "wakilnya" (his or
her deputy): the possessive points back at the head's post, and the deputy's post is that post's "Wakil".  The
head grammar (``offices``) reads written heads only, so the deputy is read here and handed over as a post of
its own: the head's region when one is written after it, else the region the context gives (as for any post
written without one).  Only when the head of a region (Bupati, Wali Kota, Gubernur) stands earlier in the same
sentence, with nothing but its holder's name (and "dan" or a comma) between it and "wakilnya": a deputy of
anyone else ("Ketua DPRD A dan wakilnya B") has a post the possessive does not name.  A running mate ("calon
wakilnya B") holds nothing yet, and a former one ("mantan wakilnya") nothing any more.
"""
from __future__ import annotations

import re

from .post_record import Post
from ..text.sentences import sentence

_REF = re.compile(r"(?<![\w-])(?P<pre>(?:calon|mantan|eks|bakal\s+calon)\s+)?[Ww]akilnya\s*,?\s+(?=[A-Z])")
# the head of a region, in any case, not itself a deputy's post ("Wakil Bupati A dan wakilnya" names no one)
_HEAD = re.compile(r"(?<![\w-])(?<![Ww]akil )(?P<h>[Bb]upati|[Ww]ali\s*[Kk]ota|[Ww]alikota|[Gg]ubernur)\b")
# between the head (with its region) and "wakilnya": a name, with honorifics and degrees, and "dan" or a comma
_BETWEEN = re.compile(r"[\s,]+(?:[A-Z][\w'’.]*|[a-z]{1,2}\.|[A-Z]{1,3}\.?)(?:[\s,]+(?:[A-Z][\w'’.]*|S\.\w+))*"
                      r"\s*(?:,\s*|\s+dan\s+|\s+serta\s+)$")


def _head(written: str) -> str:
    low = " ".join(written.lower().split())
    return {"walikota": "Wali Kota", "wali kota": "Wali Kota"}.get(low, low.title())


def deputy_refs(text: str, region_at) -> list[Post]:
    """The deputy's post for each "wakilnya B" after "Bupati/Wali Kota/Gubernur (X) A" in its sentence."""
    out: list[Post] = []
    if "akilnya" not in text:
        return out
    for m in _REF.finditer(text):
        if m.group("pre"):
            continue
        lo, _ = sentence(text, m.start())
        heads = list(_HEAD.finditer(text, max(lo, m.start() - 160), m.start()))
        if not heads:
            continue
        h = heads[-1]
        head = _head(h.group("h"))
        end = region_at(h.end(), min(len(text), h.end() + 60), head)
        after = end if end is not None else h.end()
        if not _BETWEEN.match(text[after:m.start()]):
            continue            # the head's holder is not all that stands between: no pair of head and deputy
        region = (h.end(), end) if end is not None else None
        out.append(Post(m.start(), m.end(), "Wakil " + head, [], "definitif", region, m.end()))
    return out


__all__ = ["deputy_refs"]
