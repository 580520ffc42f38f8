"""Members of a body named in a list after their shared post.

"Sedangkan anggota DPRD yang ikut menghadiri adalah Kaderismanto, Indrawansyah,
Septian Nugraha ... dan Nanang Haryanto": one post, many holders.  The post
grammar (``offices``) reads one name after a post; a seat that many people
hold at once (an ``Anggota`` role: DPRD, DPR, DPD, a commission) may be
followed by a comma/"dan" list of names, either right after the post or after
an introducing word ("adalah", "yakni", "antara lain", a colon).  Posts that
one person holds ("Kepala Dinas yakni ...") are left alone: a list after them
names people of several agencies the sentence does not tell apart.
"""
from __future__ import annotations

import re

from ..names.names import Name, parse_name

MAX_LISTED = 25
# "anggota DPRD [yang ikut menghadiri] adalah|yakni|yaitu|antara lain|masing-masing|di antaranya|:" + a capital
_INTRO = re.compile(r"(?:\s+yang\s+[a-z][a-z ]{0,40}?)?\s*,?\s*(?:adalah|yakni|yaitu|antara\s+lain|masing-masing|"
                    r"di\s*antaranya|:)\s+(?=[A-Z])")
_NEXT = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?(?=[A-Z])|\s+(?:dan|serta)\s+(?=[A-Z])")


# A legislature's deputy chair without a seat number: a seat several people hold at once ("Wakil Ketua DPRD
# A, dan B" names two of them), unlike "Wakil Ketua II DPRD" or a deputy head of an agency.
_DEPUTY_CHAIRS = re.compile(r"Wakil Ketua (?:DPRD|DPRK|DPRA|DPR|DPD|MPR)")


def is_shared_seat(role: str) -> bool:
    """A post many people hold at once: a member's seat, a legislature's unnumbered deputy chair."""
    return role.startswith("Anggota ") or bool(_DEPUTY_CHAIRS.fullmatch(role))


def listed_members(text: str, post_end: int, first: Name | None) -> list[Name]:
    """Names listed after a shared-seat post ending at ``post_end``; ``first`` is the name the post
    grammar already read there (the list goes on after it), None when an introducing word comes first."""
    if first is not None:
        pos = first.full_end
    else:
        intro = _INTRO.match(text, post_end)
        if not intro:
            return []
        name = parse_name(text, intro.end())
        if name is None:
            return []
        first, pos = name, name.full_end
    out = [first]
    while len(out) < MAX_LISTED:
        sep = _NEXT.match(text, pos)
        if not sep:
            break
        name = parse_name(text, sep.end())
        if name is None:
            break
        out.append(name)
        pos = name.full_end
    return out
