"""Leaders the lead names only through their body or their speech role.

GUIDELINES ("led and attended"): the leader chaired, opened, led, hosted or inaugurated the
event; "when a body receives them, the head of that body".  Two clause shapes name a leader
that the subject/passive grammar of ``participants`` does not see:

* "X … saat membuka (secara resmi) kegiatan", "X ketika memimpin rapat": X is named where
  he opens or chairs it, even as the agent of something else ("arahan yang disampaikan oleh
  Kepala BKN X saat membuka kegiatan");
* a body organises the event or receives its visitors — "Bawaslu Kabupaten Bekasi menggelar Deklarasi Damai",
  "DPRD Kota X menerima audiensi mahasiswa",
  "Pemprov menggelar Raker" — and the article names its head ("Ketua Bawaslu … Akbar
  Khadafi", the Gubernur of a Pemprov): the head hosts it.  Asked only when no other cue
  names a leader.
"""
from __future__ import annotations

import re

from ..context import ArticleContext, Mention
from .event_types import trigger_type, triggers
from ..text.sentences import find_all, scan, scan_folded

_OPENING_NOW = re.compile(r"\b(?:saat|ketika|sewaktu|sekaligus|sambil)\s+(?:secara\s+resmi\s+)?"
                          r"(?:membuka|memimpin|meresmikan|melantik|mengukuhkan)\b")
_OPENING_OPENS = ("saat", "ketika", "sewaktu", "sekaligus", "sambil")   # every _OPENING_NOW match opens with one
# what may stand between the name and "saat membuka": degrees and commas (", M.Hum", " S.Sos., MM")
_DEGREES = re.compile(r"[\s,]*(?:[A-Z][A-Za-z.]{0,6}[\s,]*){0,4}")
# a body that holds the event, or receives the visitors of an audiensi ("DPRD X menerima audiensi …")
_ORGANISES = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|melaksanakan|"
                        r"menerima(?=\s+(?:audiensi|kunjungan|kedatangan|rombongan|perwakilan|delegasi)))\b")
# the kepala daerah heads a regional government ("Pemerintah Kabupaten X", "Pemkab X"; not "LAMR Kabupaten X")
_ORGANISES_OPENS = ("menggelar", "menyelenggarakan", "mengadakan", "melaksanakan", "menerima")  # (each match's first word)
_GOVERNMENTS = {"pemprov": "gubernur", "provinsi": "gubernur", "pemkab": "bupati", "kabupaten": "bupati",
                "pemkot": "wali kota", "kota": "wali kota"}
_GOVERNMENT_SHORT = {"pemprov", "pemkab", "pemkot"}
_GOVERNMENT_WORDS = set(_GOVERNMENTS) | {"pemerintah", "daerah", "pemda"}
_BODY_WORD = re.compile(r"\b[A-Z][A-Za-z]*\b")
_CLAUSE_START = re.compile(r"[.;\n]|\s[-–—]\s")


def opening_leaders(text: str, people: list[Mention], start: int, end: int) -> list[Mention]:
    """Officials named right before "saat membuka/memimpin …" in [start, end)."""
    out = []
    for m in scan_folded(_OPENING_NOW, text, _OPENING_OPENS, start, end):
        before = [p for p in people if m.start() - 60 <= p.end <= m.start() and p.node_id.startswith("official:")]
        if before and _DEGREES.fullmatch(text, before[-1].end, m.start()):
            out.append(before[-1])
    return out


# "Pelantikan akan dilaksanakan di Odah Otam … oleh Gubernur X": the agent of the event's passive verb,
# a few words after it; the clause before the verb must name the event (a trigger), not a team
_PASSIVE_GAP = re.compile(r"\b(?:dilaksanakan|dilakukan|digelar|diselenggarakan|dibuka|diresmikan|dilantik|"
                          r"dikukuhkan)\b[^.;\n“”\"]{1,80}?\boleh\s+", re.I)
_PASSIVE_GAP_OPENS = ("dilaksanakan", "dilakukan", "digelar", "diselenggarakan", "dibuka", "diresmikan", "dilantik",
                      "dikukuhkan")
# "Pemkab X mengikuti rapat koordinasi … dengan Menteri Y": whom the participants meet hosts it
_FOLLOWS_WITH = re.compile(r"\b(?:mengikuti|menghadiri)\s+(?:[\w()/-]+\s+){1,10}?dengan\s+", re.I)


def agent_leaders(text: str, people: list[Mention], start: int, end: int, names_event) -> list[Mention]:
    """Officials named as the agent of an event's passive verb a few words on, or met by those who follow
    the event ("mengikuti rakor … dengan Menteri Y").  ``names_event(s, e)`` says whether text[s:e] names
    a happening (a trigger)."""
    out = []
    for rx, opens in ((_PASSIVE_GAP, _PASSIVE_GAP_OPENS), (_FOLLOWS_WITH, ("mengikuti", "menghadiri"))):
        for m in scan_folded(rx, text, opens, start, end):
            if rx is _PASSIVE_GAP and not names_event(max(start, m.start() - 80), m.start()):
                continue
            # whom they meet may be named after a long national title: "dengan Menteri Dalam Negeri Republik
            # Indonesia, Muhammad Tito Karnavian" (within the clause)
            reach = 40 if rx is _PASSIVE_GAP else 80
            host = [p for p in people if m.end() <= p.start <= m.end() + reach and p.node_id.startswith("official:")
                    and not re.search(r"[.;\n]", text[m.end():p.start])]
            if host:
                out.append(host[0])
    for m in triggers(text, start, end):
        # "Penyerahan SK … kepada X oleh Gubernur Y pada Minggu (…)": the agent of a deed named as a noun
        agent = _NOUN_AGENT.match(text, m.end(), min(len(text), m.end() + 120))
        if agent is None or not _NOMINAL.match(m.group(0)) or not _OPENS_SENTENCE.search(text, max(0, m.start() - 40),
                                                                                          m.start()):
            continue    # (only the subject of its sentence: "… diawali dengan penyerahan hasil reses oleh …" is a step)
        host = [p for p in people if agent.end() <= p.start <= agent.end() + 40 and p.node_id.startswith("official:")
                and not re.search(r"[.;\n]", text[agent.end():p.start])]
        if host:
            out.append(host[0])
    return out


# a deed's noun ("penyerahan", "pelantikan", "peresmian", "pengukuhan"), then its object and "oleh" within the phrase
_NOMINAL = re.compile(r"pe[nmr]?[a-z]+an\b", re.I)
_NOUN_AGENT = re.compile(r"\s+(?:(?!di[a-z]{3,}\s)[\w().-]+\s+){1,10}?oleh\s+(?=[A-Z])")
# (not a verb of presence between: "Penyerahan bantuan ini dihadiri langsung oleh …" names a guest)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]|\s[-–—])\s*$")


_WELCOMED = re.compile(r"\bdisambut\s+(?:langsung\s+)?oleh\s+", re.I)


def welcoming_host(text: str, people: list[Mention], start: int, end: int) -> list[Mention]:
    """"Rombongan … disambut oleh Pj Bupati X": the host who welcomes leads a happening nobody else is said
    to lead (a visiting official's kunjungan kerja is led by the visitor, read first)."""
    for m in scan_folded(_WELCOMED, text, ("disambut",), start, end):
        host = [p for p in people if m.end() <= p.start <= m.end() + 90 and p.node_id.startswith("official:")]
        if host and not re.search(r"[.;\n]", text[m.end():host[0].start]):
            return [host[0]]
    return []


def organiser_head(ctx: ArticleContext, people: list[Mention], start: int, end: int,
                   etype: str | None = None, anchor: int = -1) -> Mention | None:
    """The named head of the body that organises the event in [start, end), if the article names one.
    Not when the organising clause names a happening of another kind ("KPU menggelar rapat koordinasi"
    in a report of debates): that body's head held the other one.  The clause whose object is the event's
    own trigger (at ``anchor``) names this happening, whatever kind its words alone would make it
    ("mengadakan kegiatan “Coffee Morning”", typed by the rest of the article)."""
    text = ctx.text
    heads = _heads(ctx)
    if not heads:
        return None
    for verb in scan(_ORGANISES, text, find_all(text, _ORGANISES_OPENS, start, end), start, end):
        # ("menerima kunjungan" is itself the audiensi's word: its object is read from the verb on)
        obj_at = verb.start() if verb.group(0) == "menerima" else verb.end()
        if etype is not None and _organises_another(text, obj_at, etype, anchor):
            return None
        cuts = [m.end() for m in _CLAUSE_START.finditer(text, max(start, verb.start() - 120), verb.start())]
        lo = cuts[-1] if cuts else max(start, verb.start() - 120)
        words = {w.lower() for w in _BODY_WORD.findall(text, lo, verb.start())}
        if any(lo <= p.start < verb.start() for p in people):
            continue    # a person organises it: the subject grammar reads that
        named_places = words - _GOVERNMENT_WORDS
        for official, role, place in heads:
            r = role.lower()
            lead, _, unit = r.partition(" ")
            if (lead in ("ketua", "kepala") and unit and set(unit.split()) <= words) or \
                    (("pemerintah" in words or words & _GOVERNMENT_SHORT)
                     and any(_GOVERNMENTS.get(w) == r.removeprefix("pj ").removeprefix("plt ") for w in words)
                     and not (named_places and place and not set(place.split()) <= words)):
                # ("Pemkot Cilegon menerima kunjungan Wali Kota Bengkulu": the head of the government the
                # clause names, not a head of the same rank from elsewhere)
                named = [p for p in people if p.node_id == official]
                if named and not any(_absent(text, p) for p in named):
                    return named[0]
        return None     # only the first organising clause of the lead
    return None


_MEETINGS = {"rapat", "rapat_koordinasi", "rapat_kerja"}


def _organises_another(text: str, at: int, etype: str, anchor: int = -1) -> bool:
    """Whether the first trigger right after an organising verb names another kind of happening (not the
    event's own, which opens at ``anchor``)."""
    obj = next(iter(triggers(text, at, min(len(text), at + 30))), None)
    if obj is not None and at <= anchor <= obj.start():
        return False
    kind = trigger_type(obj.group(0)) if obj is not None else None
    return kind is not None and kind != etype and not {kind, etype} <= _MEETINGS


# "Mewakili Bupati X, …", "Bupati X diwakili …", "X berhalangan hadir": the head was not there
_REPRESENTED_BEFORE = re.compile(r"\b(?:mewakili|atas\s+nama)\s+(?:[\w.()]+\s+){0,4}$", re.I)
_REPRESENTED_AFTER = re.compile(r"[\s,]*(?:yang\s+)?(?:diwakili|berhalangan|tidak\s+hadir|absen)\b", re.I)


def _absent(text: str, m: Mention) -> bool:
    return bool(_REPRESENTED_BEFORE.search(text, max(0, m.start - 50), m.start)
                or _REPRESENTED_AFTER.match(text, m.end, min(len(text), m.end + 30)))


def _heads(ctx: ArticleContext) -> list[tuple[str, str, str]]:
    """(official id, role, place) of the posts the article's officials hold, in a stable order; the place is
    what the office's name adds to its role ("Cilegon" of "Wali Kota Cilegon"), lower case."""
    out = []
    for type_, source, target, _ in ctx.graph.edges:        # (an edge's key: type, source, target, qualifier)
        if type_ == "HOLDS" and (office := ctx.graph.nodes.get(target)) is not None:
            role = office.properties.get("role")
            if role:
                name = (office.properties.get("name") or "").lower()
                place = name[len(role):].strip() if name.startswith(role.lower()) else ""
                out.append((source, role, place))
    return sorted(out)


# the kepala daerah of a region (acting or definitive), the head of the government whose officials are sworn in
_REGIONAL_HEAD = re.compile(r"(?:(?:pj|pjs|plt|plh)\.?\s+)?(?:gubernur|bupati|wali\s*kota)$", re.I)
# said only to attend or to stand in for someone: "X menghadiri pelantikan …", "X yang diwakili …", "hadir pula X"
_ONLY_ATTENDS = re.compile(r"\b(?:menghadiri|hadiri|hadir|mengikuti|diwakili|mewakili|disaksikan)\b", re.I)


def inducting_head(ctx: ArticleContext, event_id: str, body: int, quotes) -> None:
    """A pelantikan of a class of officials ("usai pelantikan Kepala Desa", "para Lurah yang baru dilantik") that no
    cue gives a leader is led by the one regional head placed at it: a government's own officials are sworn in by
    its head (GUIDELINES: the head of the body that holds its own event).  Not a head who is sworn in himself, nor
    one said only to attend it, nor when two heads are there (whose people they are is not written)."""
    from .inducted import inducted_groups, sworn_in
    from .event_candidate import LEAD_CHARS
    edges = ctx.graph.edges
    if event_id.split(":")[1] != "pelantikan" or any(k[0] == "LED" and k[2] == event_id for k in edges):
        return
    lead_end = min(len(ctx.text), body + LEAD_CHARS + 400)
    if not inducted_groups(ctx, body, lead_end, quotes):
        return
    heads = {o for o, role, _ in _heads(ctx) if _REGIONAL_HEAD.match(role)}
    placed = sorted({k[1] for k in edges if k[0] == "ATTENDED" and k[2] == event_id and k[1] in heads})
    if len(placed) != 1:
        return
    people = [m for m in ctx.mentions if m.kind in ("name", "title")]
    if placed[0] in {x[0] for x in sworn_in(ctx, people, body, lead_end)}:
        return
    text = ctx.text
    for m in ctx.mentions:
        if m.node_id == placed[0]:
            s = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start), m.start - 200) + 1
            e = text.find(".", m.end, m.end + 200)
            if _ONLY_ATTENDS.search(text, s, m.start) or _ONLY_ATTENDS.search(text, m.end, e if e >= 0 else m.end + 80):
                return
    att = edges.pop(("ATTENDED", placed[0], event_id, ""))
    ev = (att.properties.get("evidence") or [{}])[0]
    ctx.edge("LED", placed[0], event_id, ev.get("start"), ev.get("end"))


# a protest's organisers and the force guarding its target: "Aksi unjuk rasa yang digelar Koalisi X di kantor …",
# "kantor bupati yang dijaga ketat Satuan Polisi Pamong Praja (Satpol PP)" (GUIDELINES: the bodies named as present
# attend; a protest has no official who leads it)
_PROTEST_BODY = re.compile(r"\b(?:digelar|dilakukan|diadakan|dilaksanakan|dijaga|dikawal)(?:\s+(?:ketat|langsung))?"
                           r"(?:\s+oleh)?\s+(?=[A-Z])")
_PROTEST_BODY_OPENS = ("digelar", "dilakukan", "diadakan", "dilaksanakan", "dijaga", "dikawal")
_PROTEST_REACH = 1200
_BODY_END = re.compile(r"[.;:\n“”\"]|\s(?:di|ke|dan|yang|untuk|dengan|saat|nyaris|sempat|pada)\s")


def protest_bodies(ctx: ArticleContext, people: list[Mention], start: int) -> list[tuple[str, int, int]]:
    """(group node id, start, end) of the bodies that hold a protest or guard its target, within the first
    paragraphs from ``start``."""
    from .group_attendees import groups_between
    text = ctx.text
    end = min(len(text), start + _PROTEST_REACH)
    out = []
    for m in scan_folded(_PROTEST_BODY, text, _PROTEST_BODY_OPENS, start, end):
        if ctx.in_boilerplate(m.start(), m.end()):
            continue
        stop = _BODY_END.search(text, m.end(), min(len(text), m.end() + 90))
        out += groups_between(ctx, people, m.end(), stop.start() if stop else min(len(text), m.end() + 90))
    return out


__all__ = ["inducting_head", "agent_leaders", "opening_leaders", "organiser_head", "protest_bodies", "welcoming_host"]
