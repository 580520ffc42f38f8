"""The attendance cues and the list read after one: "dihadiri X, Y dan Z", "Hadir dalam kegiatan itu …".

Split from ``attendees`` (which decides which cue applies where and tags each one's hits) because several
stages read the same cues and the same list: ``presence_cues`` reads lists after its own cues with
``listed_after`` and ``cue_matches``, ``speech_presence`` asks whether a cue stands before a speaker, and
``segment_people`` places the groups after a cue (``cued_groups``).  A list runs to the end of the cue's
sentence, past a full stop while the next sentence is only "POST, NAME" items, and past the occasion
written between cue and list ("Turut hadir dalam acara ini …").
"""
from __future__ import annotations

import re

from .attendee_groups import VERB
from .group_attendees import groups_between
from ..context import ArticleContext, Mention
from .event_types import first_letter_alternation, may_occur
from ..text.sentences import automaton, find_all, folded, scan, sentence

# grouped by first letter (``first_letter_alternation``): the flat alternation was tried at every word start
ATTEND_CUE = re.compile(r"\b(?:%s)\b" % first_letter_alternation([
    ("d", r"di\s?hadiri(?:\s+oleh)?"), ("h", r"hadiri\s+oleh"), ("tn", r"(?:tampak|nampak)\s+hadir"),
    # seen there is there: "tampak juga sesepuh X, Sekda Y …", "terlihat pula para kepala OPD"
    ("tn", r"(?:tampak|nampak|terlihat)\s+(?:juga|pula)"), ("j", r"juga\s+(?:tampak|nampak|terlihat)"), ("tim", r"(?:turut\s+|ikut\s+)?mendampingi"),
    ("t", r"turut\s+hadir"), ("h", r"hadir\s+(?:pula|juga)"), ("j", r"juga\s+hadir"),
    # an entourage is there: "Ikut serta dalam rombongan gubernur yakni Kadis A, Kadis B …", "Turut serta Kadis A …"
    ("it", r"(?:ikut|turut)\s+serta\s+(?:dalam\s+rombongan\b[^.,;:\n]{0,40}?(?:\s+(?:yakni|yaitu|antara\s+lain|"
           r"di\s*antaranya|adalah))?(?=[\s:]+(?-i:[A-Z]))|(?=(?-i:[A-Z])))"),
    ("d", r"diikuti(?:\s+oleh)?|dikuti(?:\s+oleh)?|di\s?dampingi(?:\s+oleh)?|disaksikan(?:\s+oleh)?|"
          r"disambut(?!\s+(?:baik|positif|antusias|meriah|gembira|hangat\s+warga))(?:\s+langsung)?(?:\s+oleh)?"),
    ("t", r"turut\s+disaksikan"), ("m", r"melibatkan|mengumpulkan"), ("p", r"peserta(?:\s+\w+){0,2}?\s+(?:mencakup|meliputi|terdiri)"),
    # the speakers of a seminar or a sosialisasi: "Narasumber kegiatan ini adalah …", "hadir sebagai narasumber"
    ("n", r"narasumber(?:\s+(?!adalah|yakni|yaitu)[^\s.,;:]+){0,4}?\s+(?:adalah|yakni|yaitu|antara\s+lain|di\s*antaranya)"),
    ("hb", r"(?:hadir|bertindak)\s+(?:sebagai|selaku)\s+(?:narasumber|(?:komandan|perwira)\s+(?:apel|upacara))"),
    # the bodies a team doing it is made of: "Tergabung dari P2W Dinas Pariwisata, Satpol PP … melakukan
    # bersih-bersih", "Tim gabungan yang terdiri dari Dinas X, Dinas Y … meninjau"
    ("t", r"(?<!yang\s)tergabung\s+(?:dari|dalam)|tim(?:\s+gabungan|\s+terpadu)?\s+(?:yang\s+)?terdiri\s+(?:dari|atas)"),
    # the commander of the ranks of an apel or upacara stands at it: "Komandan apel (adalah) Sekda X"
    ("k", r"komandan\s+(?:apel|upacara)(?:\s+(?:adalah|yakni|yaitu))?(?=\s+(?-i:[A-Z]))"),
    # "rapat kerja dengan", "Rapat Kinerja dengan para kepala PD", "rakor teknis bersama": up to two words between
    ("rapbsd", r"(?:rapat|rakor|raker|audiensi|beraudiensi|pertemuan|bertemu|silaturahmi|dialog|diskusi)"
               r"(?:\s+(?!dengan\b|bersama\b)[\w-]+){0,2}?\s+(?:bersama|dengan)(?!\s+(?:tema|agenda|topik|judul)\b)"),
    ("h", r"hadir\s+(?:dalam|pada|di)\s+(?:kegiatan|acara|kesempatan|rapat|pertemuan|apel|upacara)"
          r"(?:\s+(?:ini|itu|tersebut))?"),
    # "anggota DPRD yang ikut menghadiri adalah A, B dan C"
    # "Narasumber yang hadir dari Kemenpan RB yaitu …", "yang mengikuti gladi resik pelantikan yaitu; …": a few
    # words (where from, what) may stand between the verb and the word that opens the list
    ("y", r"yang\s+(?:ikut\s+|turut\s+|juga\s+)?(?:hadir|menghadiri|mengikuti)(?:\s+[^\s.,;:“”\"]+){0,6}?"
          r"\s+(?:adalah|yakni|yaitu|antara\s+lain|di\s*antaranya)")]), re.I)
# the words every ATTEND_CUE match opens with: the cue is tried only where one of them is (``scan``)
ATTEND_WORDS = automaton((
    "dihadiri", "di hadiri", "hadiri", "diikuti", "dikuti", "didampingi", "di dampingi", "disaksikan", "disambut", "tampak", "nampak", "terlihat", "turut", "ikut",
    "mendampingi", "hadir", "juga", "melibatkan", "mengumpulkan", "peserta", "narasumber", "bertindak", "rapat", "rakor", "raker", "audiensi",
    "beraudiensi", "pertemuan", "bertemu", "silaturahmi", "dialog", "diskusi", "yang", "komandan", "tergabung", "tim"))
# a sentence that opens on attendance: "Hadir (pula) dalam kegiatan itu X, Y …", "Dalam acara tersebut
# (turut) hadir X …", "Hadir mendampingi Pj Bupati, X …"; checked to start a sentence in ``_attendees``
OPENS_PRESENT = re.compile(r"(?:(?:Dalam|Pada|Di)\s+(?:kesempatan|acara|kegiatan|rapat|pertemuan)\s+(?:itu|ini|tersebut)"
                            r"\s*,?\s*(?:(?:turut|juga|tampak|nampak|pula)\s+)?[Hh]adir|Hadir)"
                            r"(?:\s+(?:pula|juga|langsung|mendampingi))*"
                            r"(?:\s+(?:dalam|pada|di)\s+(?:kesempatan|acara|kegiatan)(?:\s+(?:itu|ini|tersebut))?)?\b")
# a cue with these before it is no presence: "yang akan dihadiri", "yang tidak dihadiri"
FUTURE = re.compile(r"\b(?:akan|bakal|dijadwalkan|rencananya|direncanakan)\s+(?:\w+\s+)?$", re.I)
NEGATED = re.compile(r"\b(?:tidak|tak|belum|berhalangan|batal)\s+(?:\w+\s+)?$", re.I)


def cued_groups(ctx: ArticleContext, people: list[Mention], start: int, end: int) -> list[tuple[str, int, int]]:
    """The groups listed after an attendance cue in [start, end) (one sentence): "silaturahmi … pada Selasa
    malam (6/5/2025) yang turut dihadiri oleh Wakil Gubernur X, unsur Forkopimda, camat, lurah …" places
    them at the happening that sentence reports, whichever event it is."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    for cue in ATTEND_CUE.finditer(text, start, end):
        if NEGATED.search(text, max(0, cue.start() - 25), cue.start()) \
                or FUTURE.search(text, max(0, cue.start() - 25), cue.start()):
            continue
        out += groups_between(ctx, people, cue.end(), end)
    return out



def cue_matches(rx: re.Pattern, text: str, words: tuple[str, ...], start: int = 0, end: int | None = None, *,
          opens: tuple[str, ...], exact: bool = False):
    """``rx.finditer(text, start, end)``; nothing, without a scan, when none of ``words`` (which every match
    of ``rx`` contains) is there: most articles name no such cue, and each scan reads the whole span.

    Every match of ``rx`` opens with one of ``opens``: as written (``exact``, for a case-sensitive
    ``rx``) or in any case (lower-case words found in the folded text, for an ``re.I`` one).  ``rx``
    opens on ``\\b`` or is case-insensitive, so re cannot skip to those words and tries it at every
    character; str.find finds them and ``scan`` tries ``rx`` only there: the same matches."""
    end = len(text) if end is None else end
    if not may_occur(text, words, start, end):
        return ()
    within = text if exact else folded(text)
    return scan(rx, text, find_all(within, opens, start, end) if within is not None else None, start, end)


# a list written on past a full stop: the next sentence is only "POST, NAME" items (no verb)
_LIST_GOES_ON = re.compile(r"[.\s]*(?=(?:Asisten|Kepala|Kabag|Kabid|Kadis|Kasubag|Sekretaris|Staf|Camat|Lurah|Ketua|"
                           r"Wakil|Direktur|Inspektur|Kasat|Kapolsek|Danramil)\b[^,.;\n]{0,60},|"
                           # a sentence opened by "Serta" adds to the list before it: "Hadir X, Y. Serta A dan B
                           # secara virtual."
                           r"Serta\s)")


# the occasion between cue and list (an adverbial of the event, no list item): "Turut hadir dalam acara ini Bupati X", "hadir
# pula pada kegiatan tersebut, Camat …", "dalam Kunker ini, …" (a demonstrative closes it), "Hadir pula saat itu …"
_OCCASION = re.compile(r"\s*,?\s*(?:(?:dalam|pada|di)\s+(?:kegiatan|acara|kesempatan|rapat|pertemuan|apel|upacara)\s*,|(?:dalam|pada|di)\s+"
                       r"(?:[\w()-]+\s+){1,3}?(?:ini|itu|tersebut)\s*,?|(?:pada\s+)?(?:saat|waktu|kala)\s+itu\s*,?)", re.I)   # (or bare, set off by its comma: "dalam kegiatan, …")


# a list set out one item a line: "yakni :" at a line's end, then lines opened by a dash, a bullet or a number
_BULLET_LINE = re.compile(r"\n[ \t]*(?:[-\u2013\u2022*]|\d{1,2}[.)])[ \t]+[^\n]+")


def _bulleted(text: str, e: int) -> int:
    """Where a list that opens on the next line ends: after its last bullet line (``e`` when none follows).
    The cue's sentence ends at the line break, yet what it introduces is the lines below, as far as they are
    bulleted (GUIDELINES: everyone the text places at the event)."""
    end = e - 1 if text[e - 1:e] == "\n" else e     # (a sentence may end past its line break)
    while (line := _BULLET_LINE.match(text, end)) is not None:
        end = line.end()
    return max(end, e)


def listed_after(ctx: ArticleContext, people: list[Mention], cue: re.Match, at: int) -> list[tuple[str, int, int]]:
    """People and groups from ``at`` to the end of the cue's sentence ("dihadiri X, Y dan Z")."""
    text = ctx.text
    if text[at:at + 1] in " ," and (occasion := _OCCASION.match(text, at)):
        at = occasion.end()
    _, e = sentence(text, at, 0)
    e = max(e, at)
    if not text[at:e].strip().strip(":").strip():
        e = _bulleted(text, e)
    for _ in range(4):      # "dihadiri Asisten I, Moh Rifani. Asisten II, dr. H. Husaema. Asisten III, …"
        if not _LIST_GOES_ON.match(text, e):
            break
        _, nxt = sentence(text, _LIST_GOES_ON.match(text, e).end(), 0)
        if nxt - e > 160 or VERB.search(text, e, nxt):
            break
        e = nxt
    listed = [p for p in people if at <= p.start < e]
    if listed and re.search(r"mendampingi$", cue.group(0), re.I) and not re.search(r"[,;]", text[at:listed[0].start]):
        listed = [p for p in listed[1:] if p.node_id != listed[0].node_id]  # "mendampingi Bupati X, …"
    return [(p.node_id, p.start, p.end) for p in listed] + groups_between(ctx, people, at, e)



__all__ = ["ATTEND_CUE", "ATTEND_WORDS", "FUTURE", "NEGATED", "OPENS_PRESENT", "cue_matches", "cued_groups",
           "listed_after"]
