"""Two more places an article names who was at its event (issue #16, batches u and v), kept apart from
``attendees`` so that module stays small.

* The closing list of those sworn in: a heading "Daftar Kepala Desa PAW yang Dilantik" (or "Daftar pejabat
  yang dikukuhkan:") and one line per person ("Budi, S.E. – Kepala Desa X, Kecamatan Y"): everyone named
  there was sworn in, so attended the pelantikan, as "yang dilantik adalah A, B" says in a sentence.
* The audience of an instruction session: "Sosialisasi disiplin kepada ratusan ASN …", "pengarahan
  kepada pejabat eselon II, camat …": those instructed sit at it (``attendees`` reads the groups listed
  after the cue, up to the sentence's end).
"""
from __future__ import annotations

import re

from ..context import ArticleContext, Mention

# the audience of an instruction session: "sosialisasi (disiplin) kepada/bagi X", "pengarahan kepada X" (a few
# words of topic may stand between)
AUDIENCE = re.compile(r"\b(?:sosialisasi|penyuluhan|pengarahan|pembinaan|bimbingan\s+teknis|bimtek|pelatihan)"
                       r"(?:\s+[\w-]+){0,3}?\s+(?:kepada|bagi)\s+", re.I)
AUDIENCE_OPENS = ("sosialisasi", "penyuluhan", "pengarahan", "pembinaan", "bimbingan", "bimtek", "pelatihan")

# the heading of a closing list of those sworn in: "Daftar Kepala Desa PAW yang Dilantik", "Daftar pejabat yang
# dikukuhkan:"; its lines ("Budi, S.E. – Kepala Desa X") name them, one a line, up to a blank line
_SWORN_HEADING = re.compile(r"^[ \t]*Daftar\b[^\n]{0,80}?\b(?:[Dd]ilantik|DILANTIK|[Dd]ikukuhkan|DIKUKUHKAN)\b"
                            r"[^\n]{0,40}\n", re.M)


def sworn_list(ctx: ArticleContext, people: list[Mention]) -> list[tuple[str, int, int]]:
    """The officials named in the lines of a list headed "Daftar ... yang dilantik": they were sworn in, so
    they attended the pelantikan (as "yang dilantik adalah A, B" says in a sentence)."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    for head in _SWORN_HEADING.finditer(text):
        end = text.find("\n\n", head.end())
        end = len(text) if end < 0 else end
        out += [(p.node_id, p.start, p.end) for p in people
                if head.end() <= p.start < end and p.node_id.startswith("official:")]
    return out
