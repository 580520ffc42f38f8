"""Posts written in lower case after the name they belong to: "Budi, yang saat ini menjabat kepala biro
pemerintahan Sekretariat Daerah Provinsi X", "Andi juga menjabat asisten deputi ... Kemendagri".

The post grammar (``offices``) reads a post by its capitals: an open head and the capitalised unit words after
it.  Some outlets write the post that a linking verb ("menjabat", "selaku", "sebagai") ties to the name before
it wholly in lower case, and the person is then no official at all.  After such a link, a lower-case head
followed by words of the post and agency vocabulary (``role_vocab``) is a post as well written in capitals;
``capitalised_posts`` gives the text with those words capitalised (same length, same offsets), which the post
stage reads instead of the text.  Only vocabulary words are taken, so the clause's own words ("yang akan
dilantik ...") end the post.
"""
from __future__ import annotations

import re

from ..names.role_words import role_vocab

# the link, then a lower-case head of the open grammar ("kepala", "asisten deputi", "sekretaris", "ketua" ...)
_HEADS = ("kepala", "asisten", "sekretaris", "ketua", "wakil", "anggota", "direktur", "deputi", "kabag", "kabid", "kadis",
          "kasubag", "staf", "inspektur", "camat", "lurah", "bendahara")
_LINKED_HEAD = re.compile(r"\b(?:menjabat|selaku|sebagai)(?:\s+(?:sebagai|di))?\s+(?=(?:%s)\b)"
                          % "|".join(h if h != "staf" else r"staf\s+ahli" for h in _HEADS if h != "bendahara"))
_WORD = re.compile(r"\s*(,\s*)?([a-z]+)\b")
# small words the vocabulary holds because some post's full name does ("... dengan ...", "... bagi ..."): in a clause
# written in lower case they end the post rather than go on with it
_CLAUSE_WORDS = frozenset(("dengan", "bagi", "untuk", "dari", "pada", "oleh", "atas", "yang", "definitif"))


def capitalised_posts(text: str) -> str:
    """``text`` with each lower-case post after a linking verb written with capitals (offsets unchanged)."""
    if "menjabat" not in text and "selaku" not in text and "sebagai" not in text:
        return text
    chars: list[str] | None = None
    for m in _LINKED_HEAD.finditer(text):
        pos, words = m.end(), []
        while (w := _WORD.match(text, pos)) and (w.group(2) in role_vocab() and w.group(2) not in _CLAUSE_WORDS
                                                 or w.group(2) == "dan" and words):
            if w.group(1) and (not words or w.group(2) in _HEADS):
                break                        # ("sebagai ketua, sekretaris ...": a list of posts, each its own)
            words.append(w.start(2))
            pos = w.end()
        while words and text[words[-1]:words[-1] + 3] == "dan":
            words.pop()                      # (a closing "dan" joins the next clause, not the post)
        if len(words) < 2:
            continue                         # a bare "kepala" is no post
        chars = chars if chars is not None else list(text)
        for start in words:
            if text[start:start + 4] != "dan ":
                chars[start] = chars[start].upper()
    return "".join(chars) if chars is not None else text
