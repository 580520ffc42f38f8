"""Paired posts: a head of region and the deputy named together.

"melantik Alfedri-Husni Merza sebagai Bupati-Wakil Bupati Kabupaten Siak": two
names joined by a dash, then the two posts joined the same way, then the
jurisdiction.  The first name holds the first post, the second the deputy's.
The post grammar (``offices``) reads one head and the name after it, so these
pairs are read here and handed over as two posts whose names end at the dash.
"""
from __future__ import annotations

import re

from .heads import CAPACITY, FORMER, _CAP_NAME
from .offices import Post

_NAME = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
_HEAD = r"Bupati|Wali\s*[Kk]ota|Gubernur"
PAIR = re.compile(r"(?P<n1>%s)\s*[-–]\s*(?P<n2>%s)\s*,?\s+(?:sebagai|selaku|menjadi)\s+(?:pasangan\s+)?"
                  r"(?P<cap>(?:(?:Pj|Pjs|Plt)\.?|Penjabat|Pelaksana\s+Tugas)\s+)?(?P<h1>%s)\s*[-–/]\s*(?:(?:Pj|Pjs|Plt)\.?\s+)?"
                  r"(?P<h2>Wakil\s+(?:%s))\s+" % (_NAME, _NAME, _HEAD, _HEAD))


_JOINED_POSTS = re.compile(r"(?:%s)\s*[-–/]\s*(?:(?:Pj|Pjs|Plt)\.?\s+)?Wakil\s" % _HEAD)


def _head(written: str) -> str:
    words = written.split()
    return " ".join("Kota" if w.lower() == "kota" else w for w in words).replace("Walikota", "Wali Kota")


def find_pairs(text: str, region_at) -> list[Post]:
    """Two posts per "A-B sebagai Bupati-Wakil Bupati X"; ``region_at`` as for ``offices.find_posts``."""
    out: list[Post] = []
    # (every pair has the two posts joined by a dash or slash: most texts have none, and skip the pair pattern)
    if "Wakil" not in text or not _JOINED_POSTS.search(text):
        return out
    for m in PAIR.finditer(text):
        head1, head2 = _head(m.group("h1")), _head(m.group("h2"))
        end = region_at(m.end(), min(len(text), m.end() + 60), head1)
        if end is None:
            continue
        capacity = "definitif"
        if m.group("cap"):
            cap = CAPACITY.match(m.group("cap") + " ")
            word = (cap.group("long") or cap.group("short")).lower() if cap else ""
            capacity = _CAP_NAME.get(" ".join(word.split()), "definitif")
        current = not FORMER.match(text[max(0, m.start("h1") - 40):m.start("h1")][::-1]) and \
            not re.match(r"\s+(?:terpilih|nonaktif)\b", text[end:end + 12])
        region = (m.end(), end)
        out.append(Post(m.start("h1"), end, head1, [], capacity, region, m.start("n1"), current=current,
                        name_end=m.end("n1")))
        out.append(Post(m.start("h2"), end, head2, [], capacity, region, m.start("n2"), current=current,
                        name_end=m.end("n2")))
    return out
