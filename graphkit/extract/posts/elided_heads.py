"""Acting heads of regions listed with the head said once: "Ketiga Pj bupati yang dilantik Pj Bupati Muara Enim A,
Pj Banyuasin B dan Pj Kabupaten Lahat C".

After the first item the head is elided: a capacity (Pj, Pjs, Plt, Plh, Penjabat) is followed straight by a
region and a name.  The head follows from the region's kind (kabupaten -> Bupati, kota -> Wali Kota, provinsi ->
Gubernur), and only when the sentence names that head with a capacity ("Pj bupati"): a capacity before a bare
region in any other sentence says nothing of the post.  Kept apart from ``offices`` (whose loop reads written
heads) because it reads what is not written.
"""
from __future__ import annotations

import re

from ..text.sentences import sentence
from .heads import head_at
from .post_status import _CAP_NAME
from .post_record import Post
from .post_split import _split
from .post_runs import post_run

# a capacity right before a capital that opens no head ("Pj Banyuasin", "Pj Kabupaten Lahat")
_CAPACITY_THEN_CAPITAL = re.compile(r"(?<![A-Za-z])(Pjs|Pj|Plt|Plh|Penjabat\s+Sementara|Penjabat)\.?\s+(?=[A-Z])")
# "Penunjukan Penjabat Sementara Kabupaten X, dijabat oleh Budi": an acting appointment to a region written with
# its kind is the head of that kind (an acting head of a region is a Pj or a Pjs; Plt/Plh act for any post)
_KIND_HEAD = re.compile(r"(Kabupaten|Kota|Provinsi)\s+(?=[A-Z])")
_HEAD_BY_KIND = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}
_HEAD_OF_KIND = (("Bupati", "bupati"), ("Wali Kota", r"wali\s*kota"), ("Gubernur", "gubernur"))
_CAPACITY_HEAD = {head: re.compile(r"(?i)\b(?:pjs|pj|plt|plh|penjabat)\.?\s+%s\b" % rx) for head, rx in _HEAD_OF_KIND}


def elided_head_posts(text: str, region_at) -> list[Post]:
    """Posts whose head the list left out, each read as if the head were written before its region."""
    if "Pj" not in text and "Plt" not in text and "Plh" not in text and "Penjabat" not in text:
        return []
    posts: list[Post] = []
    for m in _CAPACITY_THEN_CAPITAL.finditer(text):
        pos = m.end()
        if head_at(text, pos):
            continue                      # the head is written: ``find_posts`` reads it
        lo, hi = sentence(text, m.start())
        said = [head for head, _ in _HEAD_OF_KIND if _CAPACITY_HEAD[head].search(text, lo, hi)]
        if not said and m.group(1)[:2] != "Pl" and (kind := _KIND_HEAD.match(text, pos)):
            said = [_HEAD_BY_KIND[kind.group(1)]]
        if len(said) != 1:
            continue                      # no head said (or several): the region's kind alone is no post
        head = said[0]
        toks, run_end = post_run(text, pos)
        if not toks or region_at(toks[0][0], toks[-1][1], head) is None:
            continue
        post = _split(text, pos, m.start(), head, head.lower(), toks, run_end,
                      _CAP_NAME[" ".join(m.group(1).lower().split())], region_at)
        if post.region_span is not None and post.name_start is not None:
            posts.append(post)
    return posts
