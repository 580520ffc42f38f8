"""The host of a meeting held "bersama" the groups it gathers, named by the speech he gives there.

"Dalam Rapat Koordinasi bersama para camat dan lurah di Gedung X, Rabu (30/4), Wali Kota Y
menyampaikan …": the meeting is named in a time clause ("dalam/pada/saat …"), "bersama" names
whom it gathers, and the clause's subject, who speaks to them, is the one who convened it —
the leader (GUIDELINES: the host leads), not one more attendee.  Read only in the trigger's own
sentence, and only when no other cue gave the event a leader.
"""
from __future__ import annotations

import re

from ..context import Mention
from .happening_cues import GROUP_WORDS
from ..text.sentences import sentence

# the meeting named in a time clause: "Dalam Rapat Koordinasi …", "Pada acara rakor …"
_TIME_CLAUSE = re.compile(r"\b(?:dalam|pada|saat|ketika|di\s+sela(?:-sela)?)\s+(?:(?:acara|kegiatan|agenda)\s+)?$", re.I)
# "… bersama (para|seluruh|jajaran) <group>": whom the meeting gathers
_WITH_GROUPS = re.compile(r"[^.,;\n]{0,40}?\bbersama\s+(?:(?:para|seluruh|segenap|jajaran|semua)\s+)?", re.I)
# the subject's speech: what he tells the gathered groups
_SPEAKS = re.compile(r"[\s,]*(?:(?:juga|pun)\s+)?(?:menyampaikan|mengatakan|menegaskan|mengungkapkan|meminta|mengajak|"
                     r"menekankan|menjelaskan|berpesan|menginstruksikan|mengimbau|menghimbau|memaparkan|"
                     r"mengingatkan|memberikan\s+arahan)\b", re.I)


def host_with_groups(text: str, people: list[Mention], anchor: int, anchor_end: int, body: int) -> list[Mention]:
    """[the official who speaks in the sentence of "dalam <meeting> bersama <groups>, …"], or []."""
    if anchor < body or not _TIME_CLAUSE.search(text, max(0, anchor - 30), anchor):
        return []
    with_ = _WITH_GROUPS.match(text, anchor_end)
    if with_ is None or not GROUP_WORDS.match(text, with_.end()):
        return []
    s, e = sentence(text, anchor, body)
    for p in people:
        if with_.end() < p.start < e and p.node_id.startswith("official:") and _SPEAKS.match(text, p.end):
            return [p]
    return []


__all__ = ["host_with_groups"]
