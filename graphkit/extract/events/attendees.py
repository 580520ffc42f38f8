"""Who was there: the people and groups an article lists at its main event (ATTENDED).

Split from ``participants`` (which decides who LED and which subjects attended) because
the cues are many and each needs its own bound: the rest of the sentence after
"dihadiri / turut hadir / didampingi / diikuti / disaksikan / disambut", a sentence that opens
on "Hadir …" or "Dalam acara tersebut hadir …", the other party of a signing or a welcomed visit
("penandatanganan MoU antara X dan Y"), the company after "bersama" up to the next verb, the
visitors received ("menerima kunjungan rombongan PT X"), the representative in "Mewakili Bupati X, Asisten Y …",
and groups "yang hadir".  A group word that is a named person's title ("Camat Bukit Batu Taufik Hidayat",
"Kepala Dinas PPPA Drs. Helman") is that person, not a group.  Each cue's hits are tagged for ``rule_trace``.
"""
from __future__ import annotations

import re

from .attendance_lists import (ATTEND_CUE, ATTEND_WORDS, FUTURE, NEGATED, OPENS_PRESENT, cue_matches,
                               listed_after)
from .attendee_groups import group_label
from .session_lists import AUDIENCE, AUDIENCE_OPENS, sworn_list
from .group_attendees import _class_of, groups_between, _visitor
from ..context import ArticleContext, Mention
from ..rule_trace import tag
from .happening_cues import RECEIVE_RE
from ..text.sentences import find_all, find_starts, folded, outside, scan, sentence

# "komitmen bersama", "kesepakatan bersama", "tanggung jawab bersama": "bersama" is "joint", not "with"
_JOINT = re.compile(r"\b(?:komitmen|kesepakatan|kesepahaman|tekad|tanggung\s+jawab|tugas|kepentingan|harapan|"
                    r"cita-cita|tujuan|milik|keputusan|pernyataan|deklarasi)\s+$", re.I)
# "Bupati bersama Forkopimda, TNI dan Polri melaunching …": the company named up to the next verb
_WITH = re.compile(r"(?<![\w-])(?:bersama(?:\s+dengan)?|beserta|berserta)\s+(?![\w-]*sama)", re.I)
# (a place set off by a comma ends it too: "beserta para Wakil Ketua DPRD, di Ruang X …"; "termasuk", "including", is
# no verb: the company goes on with the members it names; an initial's full stop, "Budi A. Santoso", ends nothing)
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])\.|[;:\n“”\"]|,\s*(?:di|bertempat)\s|\b(?!termasuk\b)(?:me|di|ber|ter)[a-z]{3,}\b|"
                         r"\b(?:yang|untuk|saat|ketika|dalam|sedangkan|sementara|namun|tetapi|lalu|kemudian|sambil)\b")
# who is sworn in attends the pelantikan: "yang dilantik (tersebut) adalah/yakni A, B …", "melantik A sebagai …",
# "pelantikan Pejabat Administrator, Lurah dan Kepala Sekolah"
_INAUGURATED = re.compile(
    r"\b(?:yang\s+(?:baru\s+)?(?:dilantik|dikukuhkan|disumpah|diambil\s+sumpah(?:nya)?)"
    r"(?:\s+(?:sebagai|menjadi)\s+[^.,;:\n]{1,40}?)?(?:\s+(?:tersebut|itu|ini|hari\s+ini))?"
    # the act's own adverbials may stand before the list opens: its agent, place, day, or the class again
    # ("yang dilantik oleh Gubernur X yakni", "yang dilantik di Y hari ini diantaranya", "yang diambil sumpah
    # termasuk tiga lurah yakni"): a few words, no verb of their own, no clause mark
    r"(?:\s+(?!(?-i:(?:me|ber)[a-z]{3,})\b|(?:yang|bahwa|akan)\b)[^\s.,;:\n“”\"]+){0,7}?\s*,?\s*"
    r"(?:adalah|yakni|yaitu|masing-masing|antara\s+lain|di\s*antaranya)\s*,?(?=\s|(?<=,))|"
    r"(?:melantik|mengukuhkan|mengambil\s+sumpah(?:\s+jabatan)?)(?:\s+(?:secara\s+resmi|langsung))?|"
    r"pengambilan\s+sumpah(?:\s+jabatan)?\s+dan\s+(?:pelantikan|pengukuhan)|"
    r"(?:pelantikan|pengukuhan)\s+dan\s+pengambilan\s+sumpah(?:\s+jabatan)?)(?:\s+|(?<=,))", re.I)
_INAUGURATED_OPENS = ("yang", "melantik", "mengukuhkan", "mengambil", "pengambilan", "pelantikan", "pengukuhan")
_COUNTED = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|"
                     r"kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan)\s+(?:orang\s+)?$", re.I)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n])[\s*_“”\"]*$")
# the other party of a two-party act: "penandatanganan MoU antara Bupati X dengan Rektor Y", "menyambut
# kedatangan/kunjungan Menteri Y": everyone named there attended (the subject who LED is dropped later)
# ("kerja sama antara A dan B" alone is prose about cooperation, not a signing: "perjanjian/penandatanganan kerja sama")
_COUNTERPART = re.compile(r"\b(?=[pmdkns])(?:(?:penandatanganan|menandatangani|ditandatangani|MoU|PKS|nota\s+kesepahaman|"
                          r"perjanjian)\b[^.;\n]{0,80}?\bantara|(?:menyambut|disambut|sambut)\s+(?:langsung\s+)?"
                          r"(?:kedatangan|kunjungan)(?:\s+kerja)?(?:\s+dari)?)\s+", re.I)
# the words a _COUNTERPART match opens with
_COUNTERPART_OPENS = ("penandatanganan", "menandatangani", "ditandatangani", "mou", "pks", "nota", "perjanjian",
                      "menyambut", "disambut", "sambut")
_MEETS_WITH = re.compile(r"\b(?=[bap])(?:bertemu|beraudiensi|audiensi|pertemuan)\s+(?:dengan|bersama)\s+", re.I)
# the giver of a gift received ("Pemkab menerima bantuan CSR dari Bank X"): the body hands it over at the event
_GIVER = re.compile(r"\b(?:menerima|terima)\s+(?:bantuan|hibah|donasi|sumbangan|dana\s+CSR|CSR)\b[^.;\n“”\"]{0,80}?"
                    r"\bdari\s+", re.I)
# "\bMewakili\s+" with the boundary checked after the literal, so the engine can skip to each "Mewakili"
_MEWAKILI = re.compile(r"Mewakili(?<!\wMewakili)\s+")
# "lurah se-Kecamatan Mandau yang hadir": the group before
# "… yang hadir", "pegawai … yang mengikuti apel": what is followed or attended must be a gathering of that kind
GATHERINGS = (r"(?:acara|kegiatan|apel|upacara|rapat|rakor|raker|pertemuan|sidang|paripurna|sosialisasi|pelatihan|"
              r"pelantikan|peresmian|audiensi|silaturahmi|kunjungan|musyawarah|musre[nm]bang|bimtek|diskusi|dialog|"
              r"seminar|lokakarya|workshop)\b")
_PRESENT_AFTER = re.compile(r"\byang\s+(?:turut\s+|juga\s+|ikut\s+)?(?:hadir\b|(?:mengikuti|menghadiri)\s+(?=%s))"
                            % GATHERINGS, re.I)
# how far past the lead "Mewakili …," is read (as far as presence_cues reads its shapes), and how long a
# company after "bersama" may run before a clause mark ends it
_REACH = 2000
_COMPANY_REACH = 320
# a headline's company: "Bupati Gelar Coffee Morning Bersama Forkopimda"
_TITLE_WITH = re.compile(r"\b[Bb]ersama\s+(?:[Dd]engan\s+)?")
_JUST_BEFORE = re.compile(r"(?:,?\s*(?:[A-Z][\w.]*\.?|S\.\w+|M\.\w+)\s*)*,?\s*")   # degrees, a comma
_PLANNED = re.compile(r"\b(?:persiapan|mempersiapkan|menyiapkan|jelang|menjelang|rencana|akan)\s+$", re.I)
_BEFOREHAND = re.compile(r"\b(?:sudah|telah|pernah)\s+$", re.I)
_WISHED = re.compile(r"\b(?:berharap|diharapkan|mengharapkan|semoga)\b[^.;\n]*$", re.I)   # "berharap … juga dihadiri X"


def listed_attendees(ctx: ArticleContext, people: list[Mention], body: int, lead_end: int,
                     quotes: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(node id, start, end) of the people and groups listed after an attendance cue, up to the end of its
    sentence, and of the bodies received or met."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    low = folded(text)
    for cue in scan(ATTEND_CUE, text, find_starts(ATTEND_WORDS, low) if low is not None else None):
        if not outside(quotes, cue.start(), cue.end()) or ctx.in_boilerplate(cue.start(), cue.end()):
            continue
        if NEGATED.search(text, max(0, cue.start() - 25), cue.start()):
            continue  # "yang tidak dihadiri langsung oleh …": absent
        if FUTURE.search(text, max(0, cue.start() - 25), cue.start()) or _WISHED.search(text, max(0, cue.start() - 60), cue.start()):
            continue  # "agenda yang akan dihadiri oleh Menteri", "ia berharap … dihadiri X": not (yet) there
        if cue.group(0)[:2].lower() == "me" and _BEFOREHAND.search(text, max(0, cue.start() - 12), cue.start()):
            continue  # "sudah mengumpulkan pimpinan OPD": done before, at another gathering
        out += tag("attendees.cue", listed_after(ctx, people, cue, cue.end()), cue)
    for cue in cue_matches(OPENS_PRESENT, text, ("adir",), body, opens=("Dalam", "Pada", "Di", "Hadir"), exact=True):
        if (_SENTENCE_OPEN.search(text, max(0, cue.start() - 6), cue.start()) and outside(quotes, cue.start(), cue.end())
                and not ctx.in_boilerplate(cue.start(), cue.end())):
            out += tag("attendees.hadir_opens", listed_after(ctx, people, cue, cue.end()))
    sworn: list[tuple[str, int, int]] = []
    for cue in cue_matches(_INAUGURATED, text, ("lantik", "kukuh", "sumpah"), body, opens=_INAUGURATED_OPENS):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            sworn += listed_after(ctx, people, cue, cue.end())
    if "ilantik" in text or "ikukuhkan" in text:
        sworn += sworn_list(ctx, people)
    named = any(hit[0].startswith("official:") for hit in sworn)
    # "melantik delapan kepala distrik", "melantik kedua kepala daerah": when the text names those sworn in, a
    # count of them is those people again, not another class present
    out += tag("attendees.sworn", [hit for hit in sworn if not (named and hit[0].startswith("org:")
                                                          and _COUNTED.search(text, max(0, hit[1] - 16), hit[1]))])
    for cue in _MEWAKILI.finditer(text, 0, min(len(text), lead_end + _REACH)):
        # "Mewakili Plt Bupati X, Asisten Y menjelaskan …", "Mewakili tim asesor, Y menyampaikan …": Y attended,
        # in X's place or for the body; the one represented is named before the comma, the one present after it
        _, e = sentence(text, cue.end(), 0)
        comma = text.find(",", cue.end(), e)
        named = [p for p in people if cue.end() <= p.start < e]
        after = [p for p in named if comma >= 0 and p.start > comma and all(q.node_id != p.node_id for q in named
                                                                             if q.start < comma)]
        if not after and len(named) > 1 and named[1].node_id != named[0].node_id:
            after = named[1:2]
        if (after and outside(quotes, cue.start(), cue.end())
                and _SENTENCE_OPEN.search(text, max(0, cue.start() - 6), cue.start())):
            out += tag("attendees.mewakili", [(after[0].node_id, after[0].start, after[0].end)])
    for cue in cue_matches(_COUNTERPART, text, ("antara", "ambut"), body, lead_end, opens=_COUNTERPART_OPENS):
        if _PLANNED.search(text, max(0, cue.start() - 30), cue.start()):
            continue  # "rapat persiapan menyambut kedatangan Menteri X": the visit is yet to come
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            out += tag("attendees.counterpart", listed_after(ctx, people, cue, cue.end()))
    for cue in cue_matches(_WITH, text, ("bersama", "beserta", "berserta"), body, lead_end, opens=("bersama", "beserta", "berserta")):
        if cue.group(0)[0] == "B" and re.search(r"[A-Z][\w.-]*\s+$", text[max(0, cue.start() - 30):cue.start()]):
            continue  # "Surat Edaran Bersama Kepala BKN …": part of a name, not company
        if _JOINT.search(text, max(0, cue.start() - 30), cue.start()):
            continue  # "komitmen bersama Pemkab dan organisasi": a joint commitment, not company at the event
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            # the company runs to the clause's end: a list of five posts with their holders is 300 characters long
            stop = _CLAUSE_END.search(text, cue.end(), min(len(text), cue.end() + _COMPANY_REACH))
            e = stop.start() if stop else min(len(text), cue.end() + 150)
            out += tag("attendees.with", [(p.node_id, p.start, p.end) for p in people if cue.end() <= p.start < e])
            out += tag("attendees.with_groups", groups_between(ctx, people, cue.end(), min(e, cue.end() + 150)))
    for cue in _TITLE_WITH.finditer(text, 0, body):
        # a title-case headline: every word is capitalised, so only a group right after "Bersama" is its company
        found = group_label(text, cue.end(), body)
        from ..body_nodes import group_node
        if found and not any(cue.end() <= p.start < found[2] for p in people) and _class_of(ctx, found[0]) is not None:
            out += tag("attendees.title_with", [(group_node(ctx, found[0], found[1], found[2]), found[1], found[2])])
    for cue in cue_matches(RECEIVE_RE, text, ("erima",), body, lead_end, opens=("menerima", "terima"), exact=True):
        # "(Bupati) menerima kunjungan rombongan PT X, Direktur Y …": the visitors attended
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            _, e = sentence(text, cue.end(), 0)
            out += tag("attendees.receive", [(p.node_id, p.start, p.end) for p in people if cue.end() <= p.start < e])
            out += tag("attendees.receive_groups", groups_between(ctx, people, cue.end(), e))
            out += tag("attendees.receive_visitor", _visitor(ctx, people, cue.end()))
    for cue in cue_matches(_GIVER, text, ("bantuan", "hibah", "donasi", "sumbangan", "csr"), 0, lead_end,
                     opens=("menerima", "terima")):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            out += tag("attendees.giver", _visitor(ctx, people, cue.end()))
    for cue in cue_matches(AUDIENCE, text, ("kepada", "bagi"), body, lead_end, opens=AUDIENCE_OPENS):
        # "Sosialisasi disiplin kepada ratusan ASN dan camat …", "pengarahan kepada pejabat eselon II, camat …":
        # those instructed sit at the session (the groups; a named person there is read by the other cues)
        if FUTURE.search(text, max(0, cue.start() - 25), cue.start()) or _PLANNED.search(
                text, max(0, cue.start() - 30), cue.start()):
            continue
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            _, e = sentence(text, cue.end(), 0)
            out += tag("attendees.audience", groups_between(ctx, people, cue.end(), e))
    for cue in cue_matches(_MEETS_WITH, text, ("temu", "audiensi"), body, lead_end,
                     opens=("bertemu", "beraudiensi", "audiensi", "pertemuan")):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            out += tag("attendees.meets_with", _visitor(ctx, people, cue.end()))
    for cue in scan(_PRESENT_AFTER, text, _yang_before_verb(low)):
        if outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            s, _ = sentence(text, cue.start(), 0)
            out += tag("attendees.yang_hadir", groups_between(ctx, people, max(s, cue.start() - 60), cue.start()))
            # "Sekda Lukas Halim yang hadir mewakili Bupati": the person named right before
            before = [p for p in people if max(s, cue.start() - 60) <= p.start and p.end <= cue.start()
                      and p.node_id.startswith("official:")]
            if before and _JUST_BEFORE.fullmatch(text, before[-1].end, cue.start()):
                out += tag("attendees.yang_hadir_named", [(before[-1].node_id, before[-1].start, before[-1].end)])
    return out


def _yang_before_verb(low: str | None) -> list[int] | None:
    """Where "yang" opens a "yang (turut) hadir/mengikuti/menghadiri": the "yang" just before each of the verbs
    (they are rarer than "yang", so the pattern is tried there only); None: everywhere (no folded text)."""
    if low is None:
        return None
    return sorted({q for v in find_all(low, ("hadir", "mengikuti", "menghadiri"))
                   if (q := low.rfind("yang", max(0, v - 16), v)) >= 0})


__all__ = ["GATHERINGS", "listed_attendees"]
