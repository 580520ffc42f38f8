"""Whether the speaker whose sambutan would make him the host is the text's guest instead.

GUIDELINES ("led and attended"): the leader "chaired, opened, led, hosted" the event; the head of
the body that holds it leads it; everyone else the text places there attends.  ``speech_presence``
gives LED to the official whose sambutan or arahan the text reports when no cue names a leader (the
host speaks first).  That reading is wrong when the text itself says whose event it is, or that the
speaker came to it (issue #16, att17 round: 5 develop articles from 5 outlets):

* the speaker is the subject of an attending verb: "Pj Wali Kota X menghadiri debat …", the headline
  "Bupati X Hadiri Kegiatan …" (his clause, from his name to the verb, says he came to it);
* the event's own sentence says another body holds it: "… yang diselenggarakan oleh Komisi Pemilihan
  Umum (KPU) Kabupaten X", and the speaker's post is not of that body (a "Ketua KPU" speaking at it
  is its host; a Pj Bupati is a guest).  A unit of the regional government ("Dinas", "Bagian",
  "Pemkab") is not another body: its head's superior may host its event;
* the event is a plenary of the council ("rapat paripurna DPRD"): the council's leadership chairs it,
  so a sambutan by someone who holds no council post there is a guest's.

A guest's sambutan says nothing of who hosts, so no later speaker takes the host's place either (the
caller stops reading LED from speeches).
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from ..text.sentences import sentence

# the attending verb of the speaker's own clause
_ATTENDS = re.compile(r"\b(?:menghadiri|hadiri|mengikuti)\b", re.I)
# what may stand between a subject and his verb without being a verb of its own: company, a stand-in's cue
_COMPANY = {"bersama", "beserta", "berserta", "didampingi"}
_PREFIXED = re.compile(r"\b(?:me|di|ber|ter)[a-z]{3,}\b")       # a verb in lower case (prefixed)
_CLAUSE_END = re.compile(r"[.;:\n“”\"]")
# "diselenggarakan oleh Komisi Pemilihan Umum (KPU) Kabupaten X": the body that holds it
_HELD_BY = re.compile(r"\b(?:diselenggarakan|digelar|diadakan|dilaksanakan|diinisiasi|diprakarsai)\s+oleh\s+(?:pihak\s+)?"
                      r"((?-i:[A-Z])[\w()]*(?:\s+(?-i:[A-Z(])[\w()]*){0,6})", re.I)
# the units of a regional government: their event may be hosted by the government's heads
_OWN_UNITS = {"pemerintah", "pemkab", "pemkot", "pemprov", "pemda", "dinas", "badan", "bagian", "biro", "sekretariat",
              "setda", "kantor", "bidang", "upt", "uptd", "kecamatan", "desa", "kelurahan", "inspektorat", "satuan"}
_PLENARY = re.compile(r"\b(?:sidang|rapat)\s+paripurna\b", re.I)
_COUNCIL = re.compile(r"\b(?:DPRD|DPRK|DPRA|DPRP|DPR|dewan)\b", re.I)


def guest_speaker(ctx: ArticleContext, speaker: str, event_id: str) -> bool:
    """Whether the text makes ``speaker`` a guest of ``event_id`` (see the module's docstring)."""
    text = ctx.text
    if _came_to_it(ctx, speaker):
        return True
    event = ctx.graph.nodes.get(event_id)
    evidence = (event.properties.get("evidence") or [{}])[0] if event is not None else {}
    at = evidence.get("start")
    if not isinstance(at, int):
        return False
    s, e = sentence(text, at, 0)
    roles = _roles(ctx, speaker)
    if (_PLENARY.search(text, s, e) or _PLENARY.search(event.properties.get("name") or "")) \
            and not any(_COUNCIL.search(r) for r in roles):
        return True
    held = _HELD_BY.search(text, s, e)
    if held is None:
        return False
    words = {w.strip("()").lower() for w in held.group(1).split()}
    if words & _OWN_UNITS:
        return False
    return not any(words & {w.lower() for w in r.split()} - {"ketua", "wakil", "kepala", "anggota"} for r in roles)


def _came_to_it(ctx: ArticleContext, speaker: str) -> bool:
    """Whether, where the speaker is named, his clause goes on to an attending verb before any other verb."""
    text = ctx.text
    for m in ctx.mentions:
        if m.node_id != speaker:
            continue
        end = _CLAUSE_END.search(text, m.end, m.end + 160)
        stop = end.start() if end else min(len(text), m.end + 160)
        verb = _ATTENDS.search(text, m.end, stop)
        if verb is None:
            continue
        between = [w for w in _PREFIXED.findall(text, m.end, verb.start()) if w not in _COMPANY]
        if not between:
            return True
    return False


def _roles(ctx: ArticleContext, official: str) -> list[str]:
    """The roles of the posts ``official`` holds in the graph, without their place ("Bupati", "Ketua KPU")."""
    out = []
    for type_, source, target, _ in ctx.graph.edges:
        if type_ == "HOLDS" and source == official and (office := ctx.graph.nodes.get(target)) is not None:
            out.append(str(office.properties.get("role") or ""))
    return out


__all__ = ["guest_speaker"]
