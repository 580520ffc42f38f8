"""Speakers placed at the event by their speech: LED and ATTENDED edges from the quotes stage.

GUIDELINES ("led and attended"): everyone the text places at the event attends, among them
those who speak at it ("a speech, a report, a quote given there"); "a person only quoted
about the event, who the text does not place at it, does not attend".  So a speaker
attends only when the text ties the speech to the event: the quote's own paragraph or
the sentence before it names a speech given there ("dalam sambutannya", "saat membuka",
"di sela-sela kegiatan", "usai rapat").  An event nobody is said to lead is, as a rule,
led by the official who gives its sambutan or amanat (the host speaks first and
longest): that speaker gets LED instead.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from .guest_speakers import guest_speaker

# a speech given at the event: the speaker was there
_AT_EVENT = re.compile(
    r"\b(?:sambutan|arahan|amanat|pidato|paparan|pemaparan|laporan|pengarahan|keynote|materi|membuka|"
    r"memimpin|di\s+sela(?:-sela)?|di\s+hadapan|di\s+depan\s+(?:peserta|para)|saat\s+(?:acara|kegiatan|rapat|apel|"
    r"pelantikan|peresmian|audiensi|pertemuan|sosialisasi)|pada\s+(?:acara|kegiatan|kesempatan)|"
    r"dalam\s+(?:acara|kegiatan|kesempatan|rapat|pertemuan|apel)|usai\s+(?:acara|kegiatan|rapat|apel|pelantikan|"
    r"peresmian|melantik|membuka|memimpin))", re.I)
# the host's own speech: sambutan, amanat, arahan (a laporan is the organising committee's)
_HOST_SPEECH = re.compile(r"\b(?:sambutan|amanat|arahan|pengarahan|membuka|memimpin)(?:nya)?\b", re.I)


def _paragraph(text: str, s: int, e: int) -> tuple[int, int]:
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    return ps, len(text) if pe < 0 else pe


# a quote given to the press, or by telephone, is not a speech at the event: "ujar X kepada Kompas.com",
# "kata X kepada wartawan", "saat dihubungi", "ketika dikonfirmasi"
_TO_PRESS = re.compile(r"\bkepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers|reporter|"
                       r"[A-Z][\w-]*\.(?:com|id|co\.id|net))\b|\b(?:saat|ketika|waktu)\s+(?:di)?(?:hubungi|konfirmasi|"
                       r"dikonfirmasi|dihubungi)\b|\bvia\s+(?:telepon|pesan|WhatsApp)\b")
# a speech given for someone else: the reader is a guest, not the host
_ON_BEHALF = re.compile(r"\b(?:(?:mewakili|melalui|atas\s+nama)\s+(?:(?-i:[A-Z])\w*\.?\s+)?(?-i:Bupati|Gubernur|Wali|Walikota|"
                        r"Menteri|Ketua|Kepala|Sekda|Sekretaris|Asisten|Staf|Wakil|Kabag|Kadis|Plt|Pj|Pjs)\b|membacakan\s+(?:teks\s+)?(?:sambutan|amanat|pidato)|"
                        r"sambutan\s+(?:tertulis\s+)?(?:Gubernur|Bupati|Wali\s*kota|Menteri)\b[^.]{0,40}?dibacakan)", re.I)
# a plenary of the council is chaired by its leadership: a regional head's sambutan there is a guest's
_PLENARY = re.compile(r"\b(?:sidang|rapat)\s+paripurna\b", re.I)
_AT_APEL = re.compile(r"\b(?:dalam|pada|saat|ketika|di\s+hadapan\s+peserta)\s+(?:apel|upacara)\b", re.I)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# a quote the text says was given apart from the event ("Secara terpisah, Camat X mengatakan …", "ditemui
# terpisah"): the speaker is not placed there, though the paragraph before tells of a sambutan
_APART = re.compile(r"\bterpisah\b", re.I)


def speakers_attend(ctx: ArticleContext, event_id: str, spoke: list[tuple[str, int, int]]) -> None:
    """LED/ATTENDED from official speakers of ``spoke`` (speaker id, quote start, end) to ``event_id``."""
    text = ctx.text
    # (an edge's key is its (type, source, target, qualifier): read off the keys, no edge object is touched)
    led = {source for type_, source, target, _ in ctx.graph.edges if type_ == "LED" and target == event_id}
    done: set[str] = set()
    guest = False           # the first host-speech speaker was a guest: no later speaker takes his place
    for speaker, s, e in spoke:
        if speaker in led or speaker in done or not speaker.startswith("official:"):
            continue
        ps, pe = _paragraph(text, s, e)
        back = len(text[:ps].rstrip())          # the previous paragraph, past blank lines
        prev = text.rfind("\n", 0, back) + 1
        context = _QUOTED.sub(" ", text[prev:pe])    # the narration around the quote, not its words
        narration = _QUOTED.sub(" ", text[ps:pe])   # the quote's own paragraph
        if not _AT_EVENT.search(context) or _TO_PRESS.search(narration) or _APART.search(narration):
            continue
        done.add(speaker)
        hosts = not led and not guest and (_HOST_SPEECH.search(context) or (event_id.startswith("event:apel:")
                                                                            and _AT_APEL.search(context)))
        if hosts and guest_speaker(ctx, speaker, event_id):
            guest, hosts = True, False
        if (hosts and not _ON_BEHALF.search(context) and not _PLENARY.search(context)
                and not _listed_present(ctx, speaker, event_id)):
            # the sambutan/amanat is the host's; whoever addresses an apel is its pembina.  Not a speech read on
            # someone's behalf ("membacakan sambutan Gubernur", "melalui Asisten X"), nor a guest the text lists
            # as present ("Hadir dalam kegiatan tersebut …, X"): their sambutan is a guest's
            led.add(speaker)
            ctx.edge("LED", speaker, event_id, s, e)
            # the leader gets LED only: the attendance the lead's grammar gave the host goes
            ctx.graph.edges.pop(("ATTENDED", speaker, event_id, ""), None)
        else:
            ctx.edge("ATTENDED", speaker, event_id, s, e)


def _listed_present(ctx: ArticleContext, speaker: str, event_id: str) -> bool:
    """Whether an ATTENDED edge of ``speaker`` to the event rests on an attendance list or on a guest's part: a
    cue ("dihadiri", "turut hadir", "Hadir dalam kegiatan tersebut", "menggelar tepung tawar kepada",
    "diwakili oleh") earlier in the paragraph of its evidence."""
    from .attendance_lists import ATTEND_CUE, OPENS_PRESENT
    from .presence_cues import _BRINGS
    edge = ctx.graph.edges.get(("ATTENDED", speaker, event_id, ""))
    if edge is None:
        return False
    text = ctx.text
    for ev in edge.properties.get("evidence") or []:
        at = ev.get("start")
        if isinstance(at, int):
            ps = text.rfind("\n", 0, at) + 1        # the list's paragraph: a degree's period is no sentence end
            if ATTEND_CUE.search(text, ps, at) or OPENS_PRESENT.match(text, ps) or _BRINGS.search(text, ps, at):
                return True
    return False


__all__ = ["speakers_attend"]
