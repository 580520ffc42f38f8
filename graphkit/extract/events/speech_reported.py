"""Officials whose reported (indirect) speech the body places at the event: ATTENDED edges.

GUIDELINES ("led and attended"): everyone the text places at the event attends, among them those who
"speak or act at it (a speech, a report, a quote given there)"; a person only quoted *about* the event
does not.  ``speech_presence`` reads this for direct quotations; regional news reports as many speeches
without quote marks: "Camat X juga menambahkan bahwa pelatihan ini …", "Kepala Dinas X pada kesempatan
tersebut menjelaskan …", "Hal itu disampaikan Sekda X seusai pelaksanaan deklarasi …", "Membacakan laporan
panitia, X berkata …".  Seen across outlets (issue #16, xgen round: 9 articles from 9 outlets) as the largest
class of named attendees missed on events that were found.

So an official attends when, in one sentence outside quotations, he is the subject of a verb of saying
(or the agent right after a passive one) and the same sentence ties the saying to the happening:

* the occasion itself: "dalam/pada kesempatan (yang sama|tersebut|itu|ini)";
* the happening named back as here or held: "sosialisasi ini", "kegiatan tersebut", "apel … yang digelar";
* a time clause on the happening's deed: "usai/saat/di sela pembacaan …", "usai rapat";
* reading a report or speech there: "membacakan laporan/sambutan";
* the report going on to its next speaker: the sentence opens on "Sementara (itu)", "Sedangkan", "Di sisi
  lain", "Di tempat yang sama" or "Di sela kesempatan tersebut" and its subject, the first official after the
  connective, says something ("Sementara itu, Kepala Dinas X menegaskan …").  Across the 187 opened articles
  (issue #16, attcand round) every official named so in an article with one happening was its reader's
  attendee or leader (16 of 16; 3 of them, from 3 outlets, the rules had missed); a former holder
  ("Sementara mantan bupati X") is no official and is not read;
* the sentence right before ties the scene to the happening (``follows_tie``): "Dalam sosialisasi ini, para
  ASN diingatkan …  Kepala Badan X, Y, menekankan …", "Hadir pada kesempatan itu, … .  Camat X menyampaikan …"
  (issue #16, att13 round: 3 articles from 3 outlets whose speakers had no tie in their own sentence).

Not when the sentence says the words were given apart ("terpisah", "kepada wartawan", "saat dihubungi"), nor
when the article reports more than one happening (the tie would not say which), nor, when no leader was
found, the subject of the sentence that names the happening (the likelier leader).  Only the main event.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from ..text.sentences import outside, sentence

# verbs of saying: the subject is the official right before ("X, S.Sos, juga menambahkan …")
_SAYS = re.compile(r"\b(?:menekankan|menegaskan|menambahkan|menyampaikan|mengatakan|menjelaskan|mengungkapkan|"
                   r"memaparkan|mengapresiasi|menuturkan|menyebutkan|berkata|berharap|mengimbau|menghimbau|"
                   r"mengajak|meminta|mengharapkan|menyatakan)\b", re.I)
# passive saying: the agent follows ("disampaikan Sekretaris Daerah X, seusai …")
_SAID_BY = re.compile(r"\bdi(?:tegaskan|sampaikan|katakan|ungkapkan|jelaskan|paparkan|tuturkan)\s+(?:oleh\s+)?", re.I)
# what may stand between the subject and the verb: degrees and initials, commas, an adverb, the occasion
_GAP = re.compile(r"(?:[\s,]+|\b[A-Z][A-Za-z]{0,4}(?:\.[A-Za-z]{1,4})*\.?(?![\w])|"
                  r"\b(?:juga|pun|kemudian|turut|selanjutnya|lebih\s+lanjut|lanjut|"
                  r"(?:dalam|pada)\s+kesempatan\s+(?:yang\s+sama|tersebut|itu|ini))\b)*")
_OCCASION = re.compile(r"\b(?:dalam|pada|di|di\s?sela)\s+kesempatan\s+(?:yang\s+sama|tersebut|itu|ini)\b", re.I)
# the happening named back: "kegiatan tersebut", "sosialisasi ini", "apel gabungan … yang di gelar di …"
_NAMED_BACK = re.compile(r"\b(?:kegiatan|acara|{words})(?:\s+[\w()-]+){{0,4}}?\s+"
                         r"(?:ini|tersebut|itu|yang\s+(?:di\s?gelar|dilaksanakan|diselenggarakan|berlangsung))\b", re.I)
_DURING = re.compile(r"\b(?:usai|seusai|saat|ketika|di\s+sela(?:-sela)?)\s+(?:pembacaan|pelaksanaan|kegiatan|acara|"
                     r"{words})\b", re.I)
# "disampaikan Sekda X, seusai pelaksanaan deklarasi …": a time clause before the happening's noun; X spoke after it
_TIME_CLAUSE = re.compile(r"\b(?:usai|seusai|saat|ketika|setelah|sesudah|selepas|di\s+sela(?:-sela)?)\b", re.I)
# a sentence that carries the report on to another speaker: "Sementara itu, …", "Sedangkan …", "Di tempat yang sama …"
_GOES_ON = re.compile(r"\s*(?:Sementara(?:\s+itu)?|Sedangkan|Di\s+sisi\s+lain|Di\s?tempat\s+yang\s+sama|"
                      r"Di\s?sela(?:-sela)?\s+(?:kesempatan|acara|kegiatan)\s+(?:tersebut|itu|ini))\s*,?\s+")
# a time clause whose verb is the speaker's own coming to the happening: "saat menghadiri pertemuan warga …",
# "Setelah mengikuti salat Id …, X menyampaikan", "saat dirinya menghadap Dirjen …" (the single happening reported)
_CAME = re.compile(r"\b(?:saat|ketika|sewaktu|usai|seusai|setelah|sesudah|selepas)\s+(?:dirinya\s+|ia\s+|beliau\s+)?"
                   r"(?:menghadiri|mengikuti|menghadap|bertemu|berkunjung|mengunjungi)\b", re.I)
# the next sentence names the saying back, without its agent: "Pesan itu disampaikan ketika menghadiri …"
_SAID_BACK = re.compile(r"\s*(?-i:[A-Z])\w*\s+(?:itu|ini|tersebut)\s+di(?:sampaikan|ungkapkan|katakan|tegaskan|utarakan)(?:nya)?\b",
                        re.I)
# who was there, said in the sentence before a speaker's (``follows_tie``)
_PRESENT = re.compile(r"\b(?:hadir|dihadiri|menghadiri)\b", re.I)
_READS = re.compile(r"\bmembacakan\s+(?:laporan|sambutan|amanat|pidato|ikrar)\b", re.I)
_APART = re.compile(r"\bterpisah\b|\bkepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)\b|"
                    r"\b(?:di)?(?:hubungi|konfirmasi)\b", re.I)
# the kinds of happening a back-reference may name, by the main event's type (its usual nouns)
_NOUNS = {
    "apel": "apel|upacara", "audiensi": "audiensi|pertemuan|kunjungan", "rapat": "rapat|sidang|paripurna|pertemuan",
    "rapat_kerja": "rapat|raker|pertemuan", "rapat_koordinasi": "rapat|rakor|pertemuan",
    "kunjungan_kerja": "kunjungan|kunker|peninjauan|sidak", "pelantikan": r"pelantikan|pengukuhan|pengambilan\s+sumpah",
    "peresmian": "peresmian|launching|peluncuran", "sosialisasi": "sosialisasi|penyuluhan",
    "pelatihan": "pelatihan|bimtek|workshop|diklat", "seminar": "seminar|webinar|diskusi|FGD",
    "penandatanganan": "penandatanganan", "penyerahan": "penyerahan|penyaluran|pembagian",
    "kerja_bakti": r"kerja\s+bakti|gotong\s+royong", "silaturahmi": r"silaturahmi|halal\s+bihalal|ramah\s+tamah",
    "doa_bersama": r"doa\s+bersama|istighosah", "deklarasi": "deklarasi", "kampanye": "kampanye", "debat": "debat",
}


# each type's ties, compiled once
_TIES = {etype: (_OCCASION, _READS, _CAME, re.compile(_NAMED_BACK.pattern.format(words=words), re.I),
                 re.compile(_DURING.pattern.format(words=words), re.I)) for etype, words in _NOUNS.items()}


def speech_attendees(ctx: ArticleContext, event_id: str, anchor: int, body: int,
                     quotes: list[tuple[int, int]]) -> None:
    """ATTENDED edges to ``event_id`` from officials whose reported speech a sentence ties to it."""
    if sum(1 for n in ctx.graph.nodes.values() if "Event" in n.labels) != 1:
        return
    text = ctx.text
    verbs = list(_SAYS.finditer(text, body)) + list(_SAID_BY.finditer(text, body))
    if not verbs:
        return
    officials = [m for m in ctx.mentions if m.start >= body and m.kind != "group" and m.node_id.startswith("official:")]
    if not officials:
        return
    led = {source for type_, source, target, _ in ctx.graph.edges if type_ == "LED" and target == event_id}
    # with nobody found to lead it, the subject of the sentence that names the happening is more likely its
    # unread leader than a guest ("Pj Bupati X melakukan kunjungan kerja …  X menyatakan bahwa …")
    doers: set[str] = set()
    if not led and anchor >= 0:
        a = sentence(text, anchor, body if anchor >= body else 0)[0]
        doers = {m.node_id for m in officials if a <= m.start < anchor and not _TIME_CLAUSE.search(text, m.end, anchor)}
    ties = _TIES.get(event_id.split(":")[1], (_OCCASION, _READS, _CAME))
    for verb in verbs:
        vs, ve = verb.span()
        if verb.group(0)[:2].lower() == "di":
            after = [m for m in officials if ve <= m.start <= ve + 40]
            who = after[0] if after and not re.search(r"[.;\n]", text[ve:after[0].start]) else None
        else:
            before = [m for m in officials if m.end <= vs and vs - m.end <= 80]
            who = before[-1] if before and _GAP.fullmatch(text, before[-1].end, vs) else None
        if who is None or who.node_id in led or who.node_id in doers or not outside(quotes, vs, ve) \
                or not outside(quotes, who.start, who.end) or ctx.in_boilerplate(who.start, who.end):
            continue
        s, e = sentence(text, vs, body)
        if not _APART.search(text, s, e) and (any(t.search(text, s, e) for t in ties)
                                              or _goes_on(text, who, officials, body)
                                              or follows_tie(text, s, body, ties) or said_back(text, e, ties)):
            ctx.edge("ATTENDED", who.node_id, event_id, who.start, who.end)


def said_back(text: str, e: int, ties) -> bool:
    """Whether the sentence right after the one ending at ``e`` names the saying back without an agent of its own
    and ties it to the happening: "X mengajak …  Pesan itu disampaikan ketika menghadiri pertemuan …" (the saying
    is X's: the demonstrative takes up the sentence before)."""
    m = _SAID_BACK.match(text, e)
    if m is None:
        return False
    ns, ne = sentence(text, m.end() - 1, 0)
    return any(t.search(text, m.end(), ne) for t in ties)


def _previous(text: str, s: int, body: int) -> tuple[int, int] | None:
    """The sentence before the one that starts at ``s`` (blank lines skipped); None at the body's start."""
    i = s - 1
    while i > body and text[i] in " \t\r\n":
        i -= 1
    return None if i <= body else sentence(text, i, body)


def follows_tie(text: str, s: int, body: int, ties) -> bool:
    """Whether the sentence right before the one at ``s`` ties the report to the happening (one of ``ties``, or
    who was there: "hadir", "dihadiri", "menghadiri").  Regional news reports a happening, then its speakers:
    "Dalam sosialisasi ini, para ASN diingatkan …  Kepala Badan X, Y, menekankan …"; "Hadir pada kesempatan
    itu, …  Camat X menyampaikan …" — the next sentence carries the same scene on (discourse order), as the
    connectives of ``_goes_on`` do; one sentence only, so a speaker further on is not read."""
    prev = _previous(text, s, body)
    if prev is None:
        return False
    ps, pe = prev
    return any(t.search(text, ps, pe) for t in ties) or _PRESENT.search(text, ps, pe) is not None


def _goes_on(text: str, who, officials: list, body: int) -> bool:
    """Whether ``who`` is the subject of a sentence that carries the report on to him ("Sementara itu, Pj Gubernur
    X kemudian menekankan …"): the sentence opens on the connective and he is the first official after it, his post
    at most between them (a line break may stand before the verb: the sentence is taken where he is named)."""
    s, _ = sentence(text, who.start, body)
    m = _GOES_ON.match(text, s)
    if not m or who.start - m.end() > 90 or re.search(r"[.;:\n“”\"]", text[m.end():who.start]):
        return False
    return not any(m.end() <= o.start < who.start for o in officials)


__all__ = ["speech_attendees"]
