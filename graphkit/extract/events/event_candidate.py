"""What the events stages share: the candidate happening, the lead's length, the id of an Event node.

Split out of ``events`` so that segmentation (``event_segments``) reads the same candidates and
writes the same node ids without an import cycle.
"""
from __future__ import annotations

import re

from ..context import ArticleContext
from ..names.word_forms import slug

LEAD_CHARS = 900

# a trigger in passing: planned ("akan"), past ("sebelumnya"), a cause ("karena") or alleged, or a kind of
# conduct ("terlibat dalam kampanye", "keterlibatan dalam kampanye", the staple of ASN-neutrality reports): no
# happening the text reports
PASSING = re.compile(r"\b(?:akan|bakal|rencananya|direncanakan|sebelumnya|nanti|mendatang|karena|lantaran|diduga|"
                     r"dituding|terlibat|keterlibatan)\s+(?:\w+\s+)?$", re.I)
# a trigger in a clause that forbids, denies or has not yet seen it names no happening: "ASN diwajibkan tak memihak
# apalagi turut dalam kampanye", "dilarang mengikuti kampanye", "tidak menghadiri rapat", "pasangan terpilih belum
# dilantik" ("tidak hanya/tak lupa" affirm); tried on the 60 characters before the trigger
NEGATED = re.compile(r"\b(?:tidak|tak|jangan|dilarang|larangan|belum)\s+(?!hanya\b|sekadar\b|sekedar\b|lupa\b|"
                     r"ketinggalan\b)(?:[\w-]+\s+){0,4}$", re.I)
# verb forms are happenings by themselves: meresmikan, dilantik, bergotong royong, headline "Resmikan"
VERB_FORM = re.compile(r"^(?:me|di|ber|ter)\w+|^(?:resmikan|tinjau|serahkan|luncurkan|kukuhkan|lantik|salurkan|"
                        r"teken|sosialisasikan|turun|kunjungi|bagikan)\b", re.I)

# Many outlets write a lead's active verb as a headline does, without its prefix, right after its subject's name:
# "Pemkab X gelar sepeda santai", "Bupati Y bersama Wali Kota Z hadiri HUT …".  The bare
# form is read as the verb only there (a name, an abbreviation or its closing bracket just before it): after
# "di" it is a passive written apart ("di gelar"), after "untuk/akan/dapat" an intention or a purpose.
_BARE_AFTER_NAME = re.compile(r"(?:[A-Z][\w.'’-]*|\))\s+$")


def bare_verb_after_name(text: str, start: int) -> bool:
    """Whether a verb written without its prefix at ``start`` follows its subject's name (``_BARE_AFTER_NAME``)."""
    return bool(_BARE_AFTER_NAME.search(text, max(0, start - 40), start))

# The words that open a time phrase, in any of the orders news writes them: "pada", "tanggal", "hari", "pada
# tanggal", "pada hari", "hari … tanggal" ("akan dilantik pada tanggal 26 Februari 2021", "akan dilaksanakan hari
# Jumat 26 Februari 2021"); a pattern that read one of "pada|tanggal" and then "hari" missed the others
DAY_OPENS = r"(?:pada\s+)?(?:(?:hari|tanggal|tgl\.?)\s+){0,2}"
# A passive prefix written apart from its verb, common in regional outlets' copy: "akan di adakan", "di lantik",
# "di laksanakan" read as "diadakan", "dilantik", "dilaksanakan" where a pattern names the passive verb
SPLIT_DI = r"di\s?"

# A happening's noun that opens its sentence is the sentence's subject, and a verb of holding later in the same
# clause is its predicate however long the noun phrase runs between them: "Pelantikan bupati dan wakil bupati X-Y,
# berlangsung di …", "Penyerahan Nota … dari Bupati X kepada Pjs Bupati Y digelar di …".  A noun trigger inside a
# sentence needs a frame close by (``lead_triggers``: "menggelar rakor", "rakor yang digelar"); at the head of
# its sentence (after a word naming it as an occasion: "Aksi demonstrasi …", "Acara pelantikan …") the clause itself
# is the frame, up to its end (no sentence or clause stop between; a title in quotation marks may stand in it)
SENTENCE_HEAD = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+|\s[–—-]{1,2}\s*|[–—]\s*)(?:(?:Acara|Kegiatan|Aksi|Upacara|Agenda|Prosesi)\s+)?$")
SUBJECT_HELD = re.compile(r"[^.;:!?\n]{0,200}?[\s,”\"](?:yang\s+)?(?:telah\s+|sudah\s+)?(?:digelar|dilaksanakan|berlangsung|"
                          r"diselenggarakan|diadakan|dilangsungkan|dilakukan|dipimpin|dibuka|dihadiri|diikuti|bertempat)\b")

class Candidate:
    """A happening the text may report: its type, its trigger's span, its rank (headline first, then the
    lead in order), and the date and name decided later."""

    def __init__(self, etype: str, start: int, end: int, rank: tuple):
        self.type, self.start, self.end, self.rank = etype, start, end, rank
        self.date: str | None = None
        self.name: str | None = None
        self.lead_dated = True      # may take the lead's date when its own sentence has none
        self.named_at: int | None = None   # where the lead first named the happening a cue points back at


def dated_once(out: list, done: set, etype: str, m, iso: str) -> None:
    """Append a candidate of ``etype`` at trigger ``m`` dated ``iso``, unless one of that type and day is
    already in ``done`` (a series or a schedule names each happening once, whatever its wording repeats)."""
    if (etype, iso) in done:
        return
    c = Candidate(etype, m.start(), m.end(), (4, m.start()))
    c.date = iso
    done.add((etype, iso))
    out.append(c)


def event_id(ctx: ArticleContext, etype: str, date: str | None) -> str:
    where = ctx.region or f"article-{slug(ctx.article.id)}"
    return f"event:{etype}:{date or 'undated'}:{where}"


__all__ = ["Candidate", "bare_verb_after_name", "DAY_OPENS", "LEAD_CHARS", "PASSING", "SENTENCE_HEAD", "SPLIT_DI", "SUBJECT_HELD", "VERB_FORM", "event_id"]
