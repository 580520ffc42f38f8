"""Events (typed, dated, with venue and region) and who led or attended them.

A regional news article usually reports one event — an apel, an audiensi, a
rakor — in its headline and lead, with a date and a place, and names who led
it and who came.  The scorer, and a reader, count an Event only when its type
and date are right, so this stage is deliberately conservative:

* the event type comes from trigger words (``event_types.TRIGGERS``) found in
  the headline or the lead paragraphs, outside quoted speech; the headline
  wins, then the earliest trigger in the lead;
* its date is the date written in the trigger's sentence, else the first date
  of the lead; no date → ``date`` null (never the publication date, which is
  when the news was written, not when the event happened);
* a second event is kept only when a different trigger in the lead carries a
  different date of its own ("… yang dilantik pada 27 September 2020");
* LED: "dipimpin/dibuka/digelar oleh X", "X memimpin/membuka/meresmikan/
  meninjau/menggelar …", "X selaku pembina apel"; ATTENDED: the people and
  groups listed after "dihadiri", "tampak/turut hadir", "diikuti",
  "didampingi", "disaksikan", "peserta … mencakup".
"""
from __future__ import annotations

import re

from .context import ArticleContext, Mention
from .dates import find_dates
from .event_types import GROUP_WORDS, TRIGGER_RE, VENUE_RE, trigger_type
from .names import slug
from .quotes import find_quotes

LEAD_CHARS = 900

_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")
# a period after these ends an abbreviation, not a sentence ("Plt. Kepala Dinas", "S.Sos. M.Si.")
_ABBREV = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "hm", "no", "plt", "plh", "pj", "pjs", "kab", "kec", "kel",
           "jl", "jln", "st", "tbk", "sdr", "bpk", "ny", "tn", "kol", "let", "brigjen", "kompol", "akbp", "akp",
           "ipda", "iptu", "mayjen", "letkol", "kapt", "dll", "dsb", "drg", "ust", "kh"}
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
# X ... led: passive "dipimpin (langsung) oleh X", "dibuka (secara resmi) oleh X", "digelar oleh X"
_LED_PASSIVE = re.compile(r"\b(?:dipimpin|dibuka|diresmikan|digelar|diselenggarakan|dilantik|dikukuhkan|"
                          r"dilaunching|diluncurkan|dipandu)\s+(?:(?:langsung|secara\s+resmi|secara\s+simbolis)\s+)?"
                          r"oleh\b", re.I)
_LED_ACTIVE = re.compile(r"\b(?:memimpin|membuka|meresmikan|melantik|mengukuhkan|meninjau|menggelar|mengadakan|melakukan|"
                         r"mengumpulkan|menerima|melaunching|meluncurkan|menyerahkan|menandatangani|"
                         r"melaksanakan|menyelenggarakan)\b", re.I)
_LED_ROLE = re.compile(r"^\W*(?:selaku|sebagai)\s+(?:pembina|inspektur|pemimpin|pimpinan)\s+(?:apel|upacara|rapat)",
                       re.I)
_ATTEND_CUE = re.compile(r"\b(?:dihadiri(?:\s+oleh)?|(?:tampak|nampak)\s+hadir|(?:turut\s+|ikut\s+)?mendampingi|turut\s+hadir|hadir\s+pula|juga\s+hadir|"
                         r"diikuti(?:\s+oleh)?|dikuti(?:\s+oleh)?|didampingi(?:\s+oleh)?|disaksikan(?:\s+oleh)?|"
                         r"turut\s+disaksikan|melibatkan|mengumpulkan|peserta\s+\w+\s+(?:mencakup|meliputi|terdiri)|"
                         r"(?:rapat\s+kerja|rakor|rapat|audiensi|pertemuan)\s+(?:bersama|dengan))\b", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:didampingi|bersama|beserta|kepada|dengan|dihadiri|oleh|untuk|dari)"
                          r"(?:\s+oleh)?\s+[^.,;“”\"\n]{0,60}$", re.I)
# "X (saat) ikut bergotong royong", "X menghadiri rakor": the subject attended
_ATTEND_VERB = re.compile(r"\b(?:menghadiri|hadir|ikut|turut|mengikuti)\b", re.I)
# "lurah se-Kecamatan Mandau yang hadir": the group before
_PRESENT_AFTER = re.compile(r"\byang\s+(?:turut\s+|juga\s+)?hadir\b", re.I)
_PASSING = re.compile(r"\b(?:akan|bakal|rencananya|direncanakan|sebelumnya|nanti|mendatang)\s+(?:\w+\s+)?$", re.I)
# a noun trigger names a happening only in these frames: "menggelar rakor", "saat apel", "dalam acara audiensi"
_CONTEXT_BEFORE = re.compile(
    r"\b(?:menggelar|gelar|digelar|mengadakan|adakan|melaksanakan|laksanakan|melakukan|lakukan|menyelenggarakan|"
    r"memimpin|pimpin|membuka|buka|dibuka|menghadiri|hadiri|mengikuti|ikuti|ikut|saat|usai|selepas|seusai|ketika|"
    r"kala|dalam|acara|kegiatan|rangka|sebelum|sesudah|setelah)\s+(?:\w+\s+){0,2}$", re.I)
_CONTEXT_AFTER = re.compile(r"^\s*(?:[\w()-]+\s+){0,3}?(?:yang\s+)?(?:digelar|dilaksanakan|berlangsung|diselenggarakan|"
                            r"diadakan|dipimpin|dibuka|dihadiri|diikuti|dilangsungkan|bertempat)\b", re.I)
# verb forms are happenings by themselves: meresmikan, dilantik, bergotong royong, headline "Resmikan"
_VERB_FORM = re.compile(r"^(?:me|di|ber|ter)\w+|^(?:resmikan|tinjau|serahkan|luncurkan|kukuhkan|lantik|salurkan|"
                        r"teken|sosialisasikan)$", re.I)
# a trigger inside a proper name is not an event: "Ruang Rapat Lingae", "Badan Pendidikan dan Pelatihan"
_IN_NAME = re.compile(r"(?:\b(?:[Rr]uang(?:an)?|[Gg]edung|Badan|Dinas|Kantor|Balai|Pusat|Lembaga|Bidang|Bagian|Sub)"
                      r"(?:\s+[A-Z][\w,]*){0,4}(?:\s+dan)?\s+)$")


def _is_end(text: str, m: re.Match) -> bool:
    if m.group(0) != ".":
        return True
    tok = _TOKEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
    word = tok.group(1).lower() if tok else ""
    return not (word in _ABBREV or "." in word or len(word) == 1)


def _sentence(text: str, pos: int, lo: int = 0) -> tuple[int, int]:
    """The sentence around ``pos``: [start, end), abbreviations and degrees not ending it."""
    start = lo
    for m in _SENT_END.finditer(text, max(lo, pos - 1500), pos):
        if _is_end(text, m):
            start = m.end()
    for m in _SENT_END.finditer(text, pos):
        if _is_end(text, m):
            return start, m.end()
    return start, len(text)


def _body_start(ctx: ArticleContext) -> int:
    """Offset after the headline when the text opens with it (a .txt file), else 0."""
    title = (ctx.article.title or "").strip()
    if not title:
        return 0
    at = ctx.text.find(title, 0, 400 + len(title))
    return at + len(title) if at >= 0 else 0


def _title_types(ctx: ArticleContext, body: int) -> set[str]:
    """Event types named by a headline that is not part of the text (JSON records)."""
    title = ctx.article.title or ""
    if body or not title:
        return set()
    return {t for m in TRIGGER_RE.finditer(title) if (t := trigger_type(m.group(0)))
            and not _PASSING.search(title[max(0, m.start() - 30):m.start()])}


def _outside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return not any(a <= s < b for a, b in spans)


class _Candidate:
    def __init__(self, etype: str, start: int, end: int, rank: tuple):
        self.type, self.start, self.end, self.rank = etype, start, end, rank
        self.date: str | None = None


def _candidates(ctx: ArticleContext, body: int, quotes: list[tuple[int, int]]) -> list[_Candidate]:
    text = ctx.text
    lead_end = min(len(text), body + LEAD_CHARS)
    nl = text.find("\n\n", lead_end)
    lead_end = lead_end if nl < 0 else min(nl, lead_end + 400)
    found: list[_Candidate] = []
    for m in TRIGGER_RE.finditer(text, 0, lead_end):
        s, e = m.start(), m.end()
        if not _outside(quotes, s, e) or ctx.in_boilerplate(s, e):
            continue
        etype = trigger_type(m.group(0))
        before = text[max(0, s - 60):s]
        if etype is None or _PASSING.search(before[-30:]):
            continue
        if _IN_NAME.search(before) and not re.match(r"\s+[Pp]aripurna", text[e:e + 12]):
            continue
        in_title = s < body
        if not in_title and not (_VERB_FORM.match(m.group(0)) or _CONTEXT_BEFORE.search(before)
                                 or _CONTEXT_AFTER.match(text[e:e + 80])):
            continue
        found.append(_Candidate(etype, s, e, (0 if in_title else 1, s)))
    return found


def _date_near(ctx: ArticleContext, dates, start: int, end: int, body: int) -> tuple[str | None, int | None]:
    s, e = _sentence(ctx.text, start, body if start >= body else 0)
    for d in dates:
        if s <= d.start < e and d.iso:
            return d.iso, d.start
    return None, None


def extract_events(ctx: ArticleContext) -> None:
    """Add Event and Venue nodes and LED, ATTENDED, HELD_AT, IN_REGION edges."""
    text = ctx.text
    body = _body_start(ctx)
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    cands = _candidates(ctx, body, quotes)
    headline = _title_types(ctx, body)
    for c in cands:
        if c.type in headline:
            c.rank = (0, c.rank[1])
    for etype in sorted(headline - {c.type for c in cands}):
        # a headline outside the text: the event has no span of its own to point at
        cands.append(_Candidate(etype, -1, -1, (0, -1)))
    if not cands:
        return
    dates = [d for d in find_dates(text, ctx.published)
             if d.start >= body and not ctx.in_boilerplate(d.start, d.end)]
    lead_dates = [d for d in dates if d.start < body + LEAD_CHARS + 400 and d.iso]
    cands.sort(key=lambda c: c.rank)
    main = cands[0]
    # the main event's date: in the sentence of its first body trigger, else the first date of the lead
    body_hits = [c for c in cands if c.type == main.type and c.start >= body]
    anchor = body_hits[0] if body_hits else main
    if anchor.start >= 0:
        main.date, _ = _date_near(ctx, dates, anchor.start, anchor.end, body)
    if main.date is None:
        main.date = lead_dates[0].iso if lead_dates else None
    events = [(main, anchor)]
    for c in cands:
        if c.type == main.type or c.start < body:
            continue
        own, _ = _date_near(ctx, dates, c.start, c.end, body)
        # a second event needs its own date, written right after its trigger
        if own and own != main.date and re.search(r"^\W*(?:\w+\W+){0,2}(?:pada|tanggal)\b",
                                                   text[c.end:c.end + 40], re.I):
            c.date = own
            events.append((c, c))
            break
    for ev, at in events:
        _emit(ctx, ev, at, body, quotes, primary=ev is main)


def _event_id(ctx: ArticleContext, etype: str, date: str | None) -> str:
    where = ctx.region or f"article-{slug(ctx.article.id)}"
    return f"event:{etype}:{date or 'undated'}:{where}"


def _emit(ctx: ArticleContext, ev: _Candidate, at: _Candidate, body: int, quotes, primary: bool) -> None:
    text = ctx.text
    eid = _event_id(ctx, ev.type, ev.date)
    venue = _venue(ctx, body) if primary else None
    span = (at.start, at.end) if at.start >= 0 else (None, None)
    name = " ".join(text[ev.start:ev.end].split()) if ev.start >= 0 else ev.type.replace("_", " ")
    ctx.node(eid, "Event", *span, type=ev.type, date=ev.date, name=name[:1].upper() + name[1:],
             region=ctx.region, venue=venue[1] if venue else None)
    if ctx.region:
        ctx.edge("IN_REGION", eid, f"region:{ctx.region}", *span)
    if venue:
        vid, vname, vs, ve = venue
        ctx.node(vid, "Venue", vs, ve, name=vname, region=ctx.region)
        ctx.edge("HELD_AT", eid, vid, vs, ve)
        if ctx.region:
            ctx.edge("IN_REGION", vid, f"region:{ctx.region}", vs, ve)
    if not primary:
        return
    lead_end = body + LEAD_CHARS + 400
    people = [m for m in ctx.mentions if m.kind in ("name", "title") and _outside(quotes, m.start, m.end)
              and not ctx.in_boilerplate(m.start, m.end)]
    leaders = _leaders(text, people, body, lead_end)
    if not leaders and at.start >= 0:
        implied = _implied_leader(text, people, body, at)
        leaders = [implied] if implied else []
    for m in leaders:
        ctx.edge("LED", m.node_id, eid, m.start, m.end)
    led_ids = {m.node_id for m in leaders}
    for node_id, ms, me in _attendees(ctx, people, body, quotes):
        if node_id not in led_ids:
            ctx.edge("ATTENDED", node_id, eid, ms, me)


def _venue(ctx: ArticleContext, body: int) -> tuple[str, str, int, int] | None:
    text = ctx.text
    for m in VENUE_RE.finditer(text, body, min(len(text), body + LEAD_CHARS + 400)):
        if ctx.in_boilerplate(m.start(), m.end()):
            continue
        raw = re.sub(r"(?:\s+(?:dan|&))+$", "", m.group("name"))
        name = " ".join(raw.split())
        if len(name.split()) < 2:
            continue
        vid = f"venue:{slug(name)}" + (f":{ctx.region}" if ctx.region else "")
        return vid, name, m.start("name"), m.start("name") + len(raw)
    return None


def _leaders(text: str, people: list[Mention], body: int, lead_end: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _LED_PASSIVE.finditer(text, body, lead_end):
        after = [p for p in people if m.end() <= p.start <= m.end() + 90]
        stop = re.search(r"[.;\n]|\b(?:dan|serta|didampingi)\b", text[m.end():m.end() + 90])
        if after and (stop is None or after[0].start < m.end() + stop.start()):
            out.append(after[0])
    subjects = _subjects(text, people, body, lead_end)
    for i, p in enumerate(subjects):
        # the clause after a subject, up to the next subject: "X (didampingi Y) meresmikan …"
        limit = subjects[i + 1].start if i + 1 < len(subjects) else p.end + 160
        clause = re.split(r"[;\n]|\.(?=\s)", text[p.end:min(limit, p.end + 160)], maxsplit=1)[0]
        if _LED_ACTIVE.search(clause) or _LED_ROLE.search(clause):
            out.append(p)
    return _dedupe(out)


def _implied_leader(text: str, people: list[Mention], body: int, at: _Candidate) -> Mention | None:
    """"(Hal itu disampaikannya) saat menerima kunjungan …": the lead's protagonist led it.

    Only for a leading verb in a time clause whose subject is left out; the
    subject is then the first official named as a subject in the lead.
    """
    s, _ = _sentence(text, at.start, body)
    pre = text[s:at.start]
    if not (_LED_ACTIVE.match(text, at.start) or re.search(r"\b(?:memimpin|membuka|meresmikan|menerima)\s+$", pre)):
        return None
    if not re.search(r"\b(?:saat|ketika|kala|usai|seusai|sewaktu|sambil)\s+(?:\w+\s+)?$", pre):
        return None
    if any(s <= p.start < at.start for p in people):
        return None
    lead = [p for p in _subjects(text, people, body, at.start) if p.node_id.startswith("official:")]
    return lead[0] if lead else None


def _subjects(text: str, people: list[Mention], body: int, lead_end: int) -> list[Mention]:
    return [p for p in people if body <= p.start < lead_end
            and not _NOT_SUBJECT.search(text[max(0, p.start - 70):p.start])]


def _subject_attendees(text: str, people: list[Mention], body: int, lead_end: int) -> list[Mention]:
    subjects = _subjects(text, people, body, lead_end)
    out = []
    for i, p in enumerate(subjects):
        limit = subjects[i + 1].start if i + 1 < len(subjects) else p.end + 80
        clause = re.split(r"[;\n]|\.(?=\s)", text[p.end:min(limit, p.end + 80)], maxsplit=1)[0]
        if _ATTEND_VERB.search(clause) and not _LED_ACTIVE.search(clause):
            out.append(p)
    return out


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen, uniq = set(), []
    for m in ms:
        if m.node_id not in seen:
            seen.add(m.node_id)
            uniq.append(m)
    return uniq


def _attendees(ctx: ArticleContext, people: list[Mention], body: int, quotes) -> list[tuple[str, int, int]]:
    """People and groups listed after an attendance cue, up to the end of its sentence."""
    text = ctx.text
    out: list[tuple[str, int, int]] = []
    for cue in _ATTEND_CUE.finditer(text, 0):
        if not _outside(quotes, cue.start(), cue.end()) or ctx.in_boilerplate(cue.start(), cue.end()):
            continue
        s, e = _sentence(text, cue.end(), 0)
        e = max(e, cue.end())
        listed = [p for p in people if cue.end() <= p.start < e]
        if listed and re.search(r"mendampingi$", cue.group(0), re.I) and not re.search(r"[,;]", text[cue.end():listed[0].start]):
            listed = [p for p in listed[1:] if p.node_id != listed[0].node_id]  # "mendampingi Bupati X, …"
        out += [(p.node_id, p.start, p.end) for p in listed]
        out += _groups(ctx, people, cue.end(), e)
    for cue in _PRESENT_AFTER.finditer(text):
        if _outside(quotes, cue.start(), cue.end()) and not ctx.in_boilerplate(cue.start(), cue.end()):
            s, _ = _sentence(text, cue.start(), 0)
            out += _groups(ctx, people, max(s, cue.start() - 60), cue.start())
    lead_end = body + LEAD_CHARS + 400
    out += [(p.node_id, p.start, p.end) for p in _subject_attendees(text, people, body, lead_end)]
    return out


def _groups(ctx: ArticleContext, people: list[Mention], start: int, end: int) -> list[tuple[str, int, int]]:
    """Group words in [start, end) that are not the title of a named person ("Camat Bukit Batu Taufik")."""
    from .entities import group_node
    text = ctx.text
    out = []
    for g in GROUP_WORDS.finditer(text, start, end):
        gs, ge = g.start("word"), g.end("word")
        if any(p.start <= gs < p.end for p in ctx.mentions if p.kind != "group"):
            continue
        item_end = re.search(r"[,;.\n]", text[ge:min(end, ge + 90)])
        stop = ge + (item_end.start() if item_end else min(end, ge + 90) - ge)
        if any(ge <= p.start < stop and p.kind == "name" for p in people):
            continue  # "Kepala Dinas Perkim Supardi": a title, the person attends
        if re.search(r"\b(?:terdiri\s+(?:dari|atas)|yaitu|yakni)\s+$", text[max(0, gs - 30):gs]):
            continue  # "OPD, yang terdiri dari kepala dinas …": the same group spelt out
        out.append((group_node(ctx, g.group("word"), gs, ge), gs, ge))
    return out


__all__ = ["extract_events"]
