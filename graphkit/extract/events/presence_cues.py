"""More ways the text places someone at the event (ATTENDED), beside the attendance lists of ``attendees``.

GUIDELINES ("led and attended"): everyone the text places at the event attends — who is said
to attend, who speaks or acts at it, the groups named as present.  The clause shapes read here:

* a list after an act that brings people in or hands something over: "menghadirkan 6 bupati,
  BP3OKP, para asisten …", "mengundang …", "diwakili (oleh) Asisten X", "diserahkan (langsung)
  oleh A kepada B", "menyerahkan … kepada B", the one honoured ("menggelar tepung tawar kepada Pj Bupati X") (anywhere in the text: a report may close on the handover);
* a group as the subject of a verb of presence: "Para kepala desa berkumpul di …", "ASN
  Pemkab mengikuti apel", "Pemerintah Kabupaten X mengikuti rapat koordinasi" (not "tidak hadir");
* a sentence that opens on the event itself — "Dalam kesempatan diskusi, Kepala Bagian X
  menyampaikan …", "Pada acara tersebut, X …": its first named person acts there;
* the agent of an act there ("penyerahan … oleh X"), whom the meeting heard ("mendengarkan
  penjelasan X"), a body's representative by apposition ("perwakilan dari Badan Y, X …"), faction
  spokesmen at a plenary and their faction, who receives an award there, the audience ("di
  hadapan …"), a class addressed ("kepada para camat"), the body a meeting is of ("apel ASN"),
  and an official subject of "hadir/menghadiri <gathering>" past the lead.

The shapes are read from the lead to ``_REACH`` characters past it (the report of the event, not the
background after it); their opening words are found in one automaton pass (``_starts``).
"""
from __future__ import annotations

import re

import ahocorasick

from .attendee_groups import group_label
from .attendance_lists import cue_matches, listed_after
from .attendees import GATHERINGS
from .group_attendees import groups_between
from .happening_cues import GROUP_WORDS
from ..context import ArticleContext, Mention
from ..rule_trace import tag
from ..text import word_starts
from ..text.sentences import folded, may_occur, outside, scan, sentence

_BRINGS = re.compile(r"\b(?:menghadirkan|mengundang|diwakili(?:\s+oleh)?|"
                     r"diserahkan(?:\s+(?:langsung|secara\s+simbolis))?(?:\s+oleh)?|"
                     # an act done at the event by its agent: "penyerahan buku Raperda oleh Plt Bupati X kepada …"
                     r"(?:penyerahan|penandatanganan|pembacaan|penyampaian|pemaparan|penjelasan)\b[^.;\n“”\"]{0,60}?\boleh|"
                     # (thanks and praise are no thing handed over: "memberikan apresiasi kepada warga dan ASN yang …")
                     r"(?:menyerahkan|memberikan|diberikan|diserahkan|menggelar|penyerahan|pemberian)\b"
                     r"(?!\s+(?:apresiasi|ucapan|terima\s+kasih|selamat)\b)[^.;\n“”\"]{0,80}?\bkepada)\s+",
                     re.I)
_BRINGS_OPENS = ("menghadirkan", "mengundang", "diwakili", "diserahkan", "menyerahkan", "memberikan", "diberikan",
                 "menggelar", "penyerahan", "pemberian", "penandatanganan", "pembacaan", "penyampaian", "pemaparan",
                 "penjelasan")
# whose report or explanation the meeting heard: "mendengarkan penjelasan Bupati X terhadap …", "mendengar paparan
# para kabid" (up to the clause's end)
_HEARS = re.compile(r"\bmendengar(?:kan)?\s+(?:langsung\s+)?(?:penjelasan|paparan|pemaparan|laporan|sambutan|arahan|"
                    r"pandangan(?:\s+umum)?|tanggapan|jawaban)(?:\s+(?:dari|oleh))?\s+", re.I)
_CLAUSE_END = re.compile(r"[.;:\n“”\"]|\b(?:me|di|ber)[a-z]{3,}\b|\b(?:terhadap|tentang|mengenai|terkait|yang|untuk|"
                         r"saat|ketika|dalam|sedangkan|sementara|namun|tetapi|lalu|kemudian|sambil)\b")
# a body's representative named by apposition: "perwakilan dari Badan Kepegawaian Daerah, Santa Dewi, menyampaikan"
_ENVOY = re.compile(r"\b[Pp]erwakilan\s+(?:dari\s+)?(?=[A-Z])[^.;\n“”\",]{2,90},\s*")
# the body or class a meeting is of: "memimpin apel ASN", "Rapat Paripurna DPRD", "rakor Forkopimda" (the group
# word itself, from happening_cues.GROUP_WORDS, must follow)
_MEETING_OF = re.compile(r"\b(?:apel|upacara|rapat|rakor|raker|sidang)(?:\s+(?:pagi|gabungan|perdana|rutin|paripurna|"
                         r"pleno|kerja|koordinasi|internal|terbatas|dinas))*\s+(?:para\s+|seluruh\s+|jajaran\s+)?", re.I)
# who receives an award, a decree or a certificate at the event: "Kepala BKD X nampak menerima penghargaan …"
_RECEIVES = re.compile(r"\bmenerima\s+(?:langsung\s+)?(?:penghargaan|piagam|anugerah|trofi|tropi|plakat|sertifikat|"
                       r"SK|surat\s+keputusan|petikan\s+keputusan|bantuan\s+secara\s+simbolis)\b", re.I)
# between the receiver and the verb: no clause mark, no sentence end (a degree's period is none: "SP. M.Si"), no
# other party ("kepada", "oleh")
_NOT_SUBJECT_GAP = re.compile(r"[;:\n“”\"]|\.\s+[A-Z][a-z]{3,}|\b(?:kepada|oleh|dan|serta)\b")
# a class addressed there: "berpesan kepada para camat", "menunjukkannya kepada para kepala OPD" (a plural
# quantifier: the people in front of the speaker, not a body written to)
_ADDRESSES = re.compile(r"\b(?:berpesan|mengingatkan|meminta|menginstruksikan|mengimbau|menghimbau|mengajak|menyampaikan|"
                        r"menunjukkan(?:nya)?|menunjukannya|menantang|memotivasi|mewarning)\s+(?:kembali\s+)?kepada\s+"
                        r"(?=(?:para|seluruh|segenap|semua)\s)", re.I)
_ADDRESSES_OPENS = ("berpesan", "mengingatkan", "meminta", "menginstruksikan", "mengimbau", "menghimbau", "mengajak", "menyampaikan",
                    "menunjuk", "menantang", "memotivasi", "mewarning")
# the audience: "dihadapan 32 anggota DPRD", "di hadapan para kepala desa dan Bupati X"
_BEFORE_AUDIENCE = re.compile(r"(?:(?<=\bdi)|(?<=\bdi\s))hadapan\s+", re.I)   # found at "hadapan"
# a party spokesman at a plenary: "A, juru bicara Fraksi X, menyampaikan", "Fraksi Y melalui juru bicaranya B"
_FACTION = re.compile(r"\s+([Ff]raksi(?:\s+[A-Z][\w-]*)+)")
_SPOKESMAN = re.compile(r"\bjuru\s+bicara(?:nya)?\b", re.I)
# the factions as a whole deliver their views at the plenary (GUIDELINES: those who "speak or act at it" attend):
# the report written as the factions' ("pandangan akhir fraksi-fraksi", "laporan reses tiap fraksi"), or a count
# of factions as the subject of the delivery ("lima fraksi lalu membacakan pendapatnya")
_FACTIONS_REPORT = re.compile(r"\b(?:pandangan|pemandangan|laporan|pendapat)\s+(?:(?:umum|akhir|hasil|reses)\s+){0,2}"
                              r"(?:(?:para|seluruh|setiap|tiap|masing-masing|semua)\s+)?(fraksi)(?:-fraksi\b|\b)", re.I)
_FACTIONS_ACT = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seluruh|setiap|tiap|semua|"
                           r"para|masing-masing)\s+(fraksi)(?:-fraksi)?\b[^.;:\n\"“”]{0,60}?\b(?:menyampaikan|membacakan|"
                           r"memberikan|mengajukan|menyerahkan|membaca)\b", re.I)
# the views answered, not delivered: "tanggapan Wali Kota terhadap pandangan fraksi" (given at an earlier sitting)
_ANSWERED = re.compile(r"\b(?:atas|terhadap)\s+$", re.I)
# the verb alone: "juga/turut/tampak" before it fall in the subject span, which group_label strips of them
# (what is attended or followed must be a gathering: "PNS yang mengikuti perlombaan" is at another happening)
# (to accompany a gathering is to be at it: "Wakil Wali Kota X yang turut mendampingi kunjungan tersebut")
_PRESENT_VERB = re.compile(r"\b(?:hadir|berkumpul|(?:menghadiri|mengikuti|mendampingi)(?=\s+(?:(?:secara\s+)?\w+\s+)?%s))\b"
                           % GATHERINGS, re.I)
_PRESENT_OPENS = ("hadir", "berkumpul", "menghadiri", "mengikuti", "mendampingi")
# between a subject and its verb of presence: degrees, a comma, an adverb ("juga", "turut", "pun")
_SUBJECT_GAP = re.compile(r"(?:\s*,?\s*(?:[A-Z][\w.]*\.|S\.\w+|M\.\w+|juga|turut|pun|ikut|tampak|nampak|langsung|"
                          r"sendiri|yang|pula))*\s*")
# (an obligation is no report of presence either: "Pemerintah harus hadir di semua wilayah")
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|berhalangan|batal|enggan|harus|wajib|mesti|perlu|hendaknya)\s+(?:\w+\s+)?$", re.I)
# how far past the lead the shapes are looked for: the report of the event, not the background after it
_REACH = 2000
_OPENS_EVENT = re.compile(r"(?:Dalam|Pada|Di\s+sela(?:-sela)?)\s+(?:kesempatan|acara|kegiatan|rapat|pertemuan|"
                          r"agenda|diskusi|dialog|audiensi|apel|upacara)(?:\s+[\w-]+){0,2}?\s*,\s*")
# "Dalam apel akbar ini, ASN kembali diminta …": a class that opens the clause acts there
_CLASS_OPENS = re.compile(r"(?:(?:para|seluruh|segenap|semua|ribuan|ratusan)\s+)?")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w()/.-]*\s+)*")   # "Sekda Pidie Jaya " before the name
_SWORN_NAMED = re.compile(r"\b(?:pengambilan\s+sumpah(?:\s+jabatan)?\s+dan\s+)?(?:pelantikan|pengukuhan)\s+", re.I)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n])[\s*_“”\"]*$")


# the words each scanned shape opens with (lower case): one automaton pass over the folded text finds them
# all (``_starts``), instead of one str.find pass per word and shape
_OPENS = {
    "brings": _BRINGS_OPENS, "present": _PRESENT_OPENS, "sworn": ("pelantikan", "pengukuhan", "pengambilan"),
    "hears": ("mendengar",), "envoy": ("perwakilan",), "spokesman": ("juru",), "receives": ("menerima",),
    "addresses": _ADDRESSES_OPENS, "audience": ("hadapan",),
    "meeting": ("apel", "upacara", "rapat", "rakor", "raker", "sidang"),
}
_WORD_SHAPES: dict[str, list[str]] = {}
for _shape, _words in _OPENS.items():
    for _w in _words:
        _WORD_SHAPES.setdefault(_w, []).append(_shape)
_AUTO = ahocorasick.Automaton()
for _w in _WORD_SHAPES:
    _AUTO.add_word(_w, _w)
_AUTO.make_automaton()
# The same words at word starts, found in the pass the article's word-start scans share (``word_starts``):
# every shape but the audience opens on "\b"; "hadapan" follows "di" as one word, and is found anywhere.
word_starts.register("presence", ((w, w) for w in _WORD_SHAPES if w != "hadapan"))
word_starts.register("presence", [("hadapan", "hadapan")], after_blank=False)


def _starts(text: str, start: int) -> dict[str, list[int]] | None:
    """Shape -> sorted offsets (from ``start``) where one of its opening words begins; None when the text
    has no folded form (every position is then tried).

    Found at word starts (``word_starts``): the words dropped (a letter or digit before them) are where a
    shape's "\b" fails.  A Kelvin sign (re.I and lower()
    read it as "k", the folded text as a blank) sends the text the plain way."""
    low = folded(text)
    if low is None:
        return None
    out: dict[str, list[int]] = {}
    if "\u212a" in text:
        for last, word in _AUTO.iter(low, start):
            for shape in _WORD_SHAPES[word]:
                out.setdefault(shape, []).append(last - len(word) + 1)
    else:
        for at, _, word in word_starts.hits(text, "presence"):
            if at >= start:
                for shape in _WORD_SHAPES[word]:
                    out.setdefault(shape, []).append(at)
    for hits in out.values():
        hits.sort()
    return out


def more_attendees(ctx: ArticleContext, people: list[Mention], body: int, end: int,
                   quotes: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(node id, start, end) of the people and groups placed at the event by the shapes above."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    reach = min(len(text), end + _REACH)
    starts = _starts(text, body)

    def cues(rx: re.Pattern, shape: str, stop: int):
        return scan(rx, text, None if starts is None else starts.get(shape, []), body, stop)
    for cue in cues(_BRINGS, "brings", len(text)):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            out += tag("presence.brings", listed_after(ctx, people, cue, cue.end()))
    for verb in cues(_PRESENT_VERB, "present", reach):
        # the subject: from the last clause mark before the verb (a group's words are few)
        floor = max(verb.start() - 80, body)
        lo = max(floor, *(text.rfind(c, floor, verb.start()) + 1 for c in ".,;:\n\u2013\u2014"))
        if _NEGATED.search(text, max(0, verb.start() - 25), verb.start()) or not outside(quotes, lo, verb.start()):
            continue
        if verb.start() >= end:
            # past the lead (participants reads the lead's subjects): "Kepala Dinas X, S.Sos pun menghadiri acara
            # tersebut": the official right before the verb, nothing but degrees, a comma or an adverb between
            named = [p for p in people if floor <= p.start and p.end <= verb.start() and p.node_id.startswith("official:")]
            if named and _SUBJECT_GAP.fullmatch(text, named[-1].end, verb.start()) and \
                    not ctx.in_boilerplate(named[-1].start, verb.start()):
                out += tag("presence.subject_official", [(named[-1].node_id, named[-1].start, named[-1].end)])
                continue
        if any(lo <= p.start < verb.start() for p in ctx.mentions if p.kind != "group"):
            continue   # a named person attends: read by participants
        found = group_label(text, lo, verb.start())
        if found and not ctx.in_boilerplate(lo, verb.start()):
            out += tag("presence.subject_groups", groups_between(ctx, people, lo, verb.start()))
    for m in cues(_SWORN_NAMED, "sworn", len(text)):
        # "pelantikan Jailani sebagai Penjabat Bupati": the one sworn in, named right after the noun
        named = [p for p in people if m.end() <= p.start <= m.end() + 50 and p.node_id.startswith("official:")
                 and _TITLE_WORDS.fullmatch(text, m.end(), p.start)]
        if named and outside(quotes, m.start(), m.end()):
            out += tag("presence.sworn_named", [(named[0].node_id, named[0].start, named[0].end)])
    for cue in cues(_HEARS, "hears", reach):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            stop = _CLAUSE_END.search(text, cue.end(), min(len(text), cue.end() + 150))
            e = stop.start() if stop else min(len(text), cue.end() + 150)
            out += tag("presence.hears", [(p.node_id, p.start, p.end) for p in people if cue.end() <= p.start < e])
            out += tag("presence.hears", groups_between(ctx, people, cue.end(), e))
    for m in cues(_ENVOY, "envoy", reach):
        # the representative speaks or acts in the same clause: named right after the comma
        named = [p for p in people if m.end() <= p.start <= m.end() + 60 and p.node_id.startswith("official:")
                 and _TITLE_WORDS.fullmatch(text, m.end(), p.start)]
        if named and outside(quotes, m.start(), m.end()) and not ctx.in_boilerplate(m.start(), m.end()):
            out += tag("presence.envoy", [(named[0].node_id, named[0].start, named[0].end)])
    if may_occur(text, ("paripurna", "sidang"), body, reach):
        # the spokesmen of the factions give their views at the plenary: present
        for m in cues(_SPOKESMAN, "spokesman", reach):
            if not outside(quotes, m.start(), m.end()):
                continue
            near = [p for p in people if p.kind == "name" and p.node_id.startswith("official:")
                    and (0 <= m.start() - p.end <= 3 or 0 <= p.start - m.end() <= 25)]
            if near:
                p = min(near, key=lambda p: abs(p.start - m.start()))
                out += tag("presence.spokesman", [(p.node_id, p.start, p.end)])
                # the faction speaks through them: "juru bicara Fraksi Harapan" → the Fraksi is there
                faction = _FACTION.match(text, m.end())
                if faction:
                    out += tag("presence.spokesman", groups_between(ctx, people, faction.start(1), faction.end(1)))
        for rx in (_FACTIONS_REPORT, _FACTIONS_ACT):
            m = next((m for m in rx.finditer(text, body, reach)
                      if not _ANSWERED.search(text, max(0, m.start() - 10), m.start())), None)
            if m and outside(quotes, m.start(), m.end()) and not ctx.in_boilerplate(m.start(), m.end()):
                out += tag("presence.factions", groups_between(ctx, people, m.start(1), m.end(1)))
    for m in cues(_RECEIVES, "receives", reach):
        # the receiver is the clause's subject, named shortly before the verb with no clause mark between
        named = [p for p in people if m.start() - 70 <= p.start and p.end <= m.start() and p.node_id.startswith("official:")]
        if named and outside(quotes, m.start(), m.end()) and not _NOT_SUBJECT_GAP.search(text, named[-1].end, m.start()):
            out += tag("presence.receives", [(named[-1].node_id, named[-1].start, named[-1].end)])
    for m in cues(_ADDRESSES, "addresses", reach):
        if outside(quotes, m.start(), m.end()) and not ctx.in_boilerplate(m.start(), m.end()):
            stop = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 80))
            out += tag("presence.addresses", groups_between(ctx, people, m.end(), stop.start() if stop else min(len(text), m.end() + 80)))
    for m in cues(_BEFORE_AUDIENCE, "audience", reach):
        if outside(quotes, m.start(), m.end()) and not ctx.in_boilerplate(m.start(), m.end()):
            stop = _CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 100))
            e = stop.start() if stop else min(len(text), m.end() + 100)
            out += tag("presence.before_audience", [(p.node_id, p.start, p.end) for p in people if m.end() <= p.start < e])
            out += tag("presence.before_audience", groups_between(ctx, people, m.end(), e))
    for m in cues(_MEETING_OF, "meeting", reach):
        g = GROUP_WORDS.match(text, m.end())
        if g and outside(quotes, m.start(), g.end()) and not ctx.in_boilerplate(m.start(), g.end()) \
                and not any(g.start() <= p.start < g.end() + 40 and p.kind == "name" for p in people):
            out += tag("presence.meeting_of", groups_between(ctx, people, g.start(), g.end()))
    for m in cue_matches(_OPENS_EVENT, text, ("alam ", "ada ", "sela"), body, reach, opens=("Dalam ", "Pada ", "Di sela"),
                   exact=True):
        if not _SENTENCE_OPEN.search(text, max(0, m.start() - 6), m.start()) or not outside(quotes, m.start(), m.end()):
            continue
        _, se = sentence(text, m.end(), 0)
        first = [p for p in people if m.end() <= p.start < se and p.node_id.startswith("official:")]
        if not first or re.search(r"\b[a-z]{4,}\b", text[m.end():first[0].start]):
            # (no official opens the clause: a group may; words before an official's name are his title)
            g = GROUP_WORDS.match(text, _CLASS_OPENS.match(text, m.end()).end())
            if g:
                out += tag("presence.opens_event_group", groups_between(ctx, people, g.start(), g.end()))
                continue
        if first and not re.search(r"\b(?:kepada|dengan|bersama|oleh|untuk)\s+[^,.]*$", text[m.end():first[0].start]):
            out += tag("presence.opens_event", [(first[0].node_id, first[0].start, first[0].end)])
            # "Pada kesempatan itu, Gubernur X mengajak ASN yang ada di OPD …": the class he addresses there is present
            verb = _ADDRESSED_THERE.match(text, first[0].end, se)
            g = GROUP_WORDS.match(text, verb.end()) if verb else None
            if g:
                out += tag("presence.addressed_there", groups_between(ctx, people, g.start(), g.end()))
    return out


# the official's own verb right after his name (past his post's words): he addresses a class in front of him
_ADDRESSED_THERE = re.compile(r"[^.;:\n“”\"]{0,40}?\b(?:mengajak|meminta|mengimbau|menghimbau|menginstruksikan|"
                              r"mengingatkan|berpesan)\s+(?:kepada\s+)?(?:(?:para|seluruh|segenap|semua|jajaran)\s+)?")


__all__ = ["more_attendees"]
