"""Who led an event, read from the grammar of its lead: the rules behind LED edges.

"dipimpin/dibuka/digelar/diterima/dilakukan oleh X" ("diserahkan oleh X" for a penyerahan), "X memimpin/
membuka/meresmikan/meninjau/menerima/bertemu …" or the bare "X pimpin/resmikan …", "X selaku pembina
apel", the host of an audience called on ("menemui Menteri Y"), the official accompanied ("mendampingi
Gubernur Y"), the protagonist of a time clause that leaves its subject out, and a headline's subject.
Apart from ``participants``, which orders these rules and writes the edges, so each file reads as one thing.
"""
from __future__ import annotations

import re

from ..context import Mention
from ..text.dates import find_dates
from ..text.sentences import scan_folded, sentence
from .lead_grammar import _DOTTED_DEGREES as _DOTTED_DEGREES_AFTER, GLUED_DI, _LED_ACTIVE, _Lead, _attends_first, _clause_after, _dedupe

# X ... led: passive "dipimpin (langsung) oleh X", "dibuka (secara resmi) oleh X", "digelar oleh X"
_LED_PASSIVE = re.compile(r"\b(?i:(?:dipimpin|dibuka|diresmikan|digelar|diselenggarakan|dilantik|dikukuhkan|diterima|"
                          r"dilaunching|diluncurkan|dipandu|dilakukan)\s+(?:(?:langsung|secara\s+\w+)\s+)?"
                          r"oleh)\b|\b(?i:dipimpin|dibuka|diresmikan|dipandu)\s+(?i:langsung\s+)?(?=[A-Z])|"
                          # the post given stands between the verb and its agent: "dilantik sebagai Pj Bupati X oleh
                          # Gubernur Y", "dikukuhkan dan dilantik kembali dalam jabatan X oleh Y"
                          r"\b(?i:(?:dilantik|dikukuhkan)(?:\s+(?:dan|serta)\s+di[a-z]+(?:\s+sumpah(?:nya)?)?)?"
                          r"(?:\s+(?:secara\s+resmi|resmi|kembali))?\s+(?:sebagai|menjadi|dalam\s+jabatan)\s+"
                          r"[^.;,\n]{1,60}?\s+oleh)\b|"
                          # "Hadir langsung sebagai Inspektur Upacara (Irup), Pj Gubernur X": X led, not attended
                          r"\b(?i:(?:hadir|bertindak)\s+(?:langsung\s+)?(?:sebagai|selaku)\s+"
                          r"(?:(?:inspektur|pembina|pemimpin|pimpinan)\s+(?:upacara|apel|rapat)|irup))\b|"
                          # the ceremony's role as its attribute: "… digelar …, dengan inspektur upacara Kapolda X"
                          r"\b(?i:dengan\s+(?:inspektur|pembina)\s+(?:upacara|apel))\b|"
                          # the role as the predicate: "Upacara yang menjadi Inspektur Upacara adalah Wali Kota X"
                          r"\b(?i:menjadi\s+(?:inspektur|pembina)\s+\w+(?:\s+\([^)]{1,12}\))?\s+(?:adalah|yakni|yaitu|ialah))\b")
# the words every _LED_PASSIVE match opens with (each branch is an ignore-case group of them after \b)
_LED_PASSIVE_OPENS = ("dipimpin", "dibuka", "diresmikan", "digelar", "diselenggarakan", "dilantik", "dikukuhkan",
                      "diterima", "dilaunching", "diluncurkan", "dipandu", "dilakukan", "hadir", "bertindak", "dengan",
                      "menjadi")
# the giver of a handover leads it ("Penghargaan diserahkan langsung oleh Menteri X kepada Bupati Y"); in another
# event's report ("Penghargaan diserahkan oleh Sekda" at a raker) the giver only attends
_HANDED_BY = re.compile(r"\b(?i:(?:diserahkan|diberikan|disalurkan)\s+(?:(?:langsung|secara\s+\w+)\s+)?oleh)\b")
_HANDED_BY_OPENS = ("diserahkan", "diberikan", "disalurkan")
# "X menemui Menteri Y", "X beraudiensi dengan Gubernur Y": Y hosts the audience (LED), X came (ATTENDED)
# ... and so does the noun opening its sentence: "Audiensi dengan Gubernur Y digelar DPD Z" (Z came; but "disampaikan
# pada audiensi dengan Bupati Y" leaves the host to the speaker)
_HOST_AFTER = re.compile(r"\b(?:menemui|menghadap|mendatangi|beraudiensi\s+(?:dengan|ke)|"
                         r"(?:(?<=^)|(?<=\n)|(?<=\s[-–—]\s)|(?<=[.!?]\s))audiensi\s+dengan)\s+", re.I)
_HOST_AFTER_OPENS = ("menemui", "menghadap", "mendatangi", "beraudiensi", "audiensi")
# the role of a ceremony's leader fronted before its holder: "Dalam amanatnya selaku inspektur upacara, Bupati X
# mengajak …", "Saat menjadi pembina apel pagi itu, X …" (the clause after the comma is the holder's; with
# no one named before the role in its sentence: "X selaku pembina apel, …" is the subject's own role)
_FRONTED_ROLE = re.compile(r"\b(?i:sebagai|selaku|menjadi)\s+(?i:inspektur|pembina|pemimpin|pimpinan)\s+(?i:upacara|apel)"
                           r"(?:\s+[a-z]+){0,3}\s*,\s*")
_LED_ROLE = re.compile(r"^\W*(?:(?:dalam|pada|saat)\s+(?:amanat|sambutan|arahan)(?:nya)?\s+)?"
                       r"(?:(?:(?:bertindak|hadir)\s+(?:langsung\s+)?)?(?:selaku|sebagai)|menjadi)\s+"
                       r"(?:(?:pembina|inspektur|pemimpin|pimpinan)\s+(?:apel|upacara|rapat)|irup\b)",
                       re.I)
# the subject's own verb: the first prefixed verb of its clause, past "didampingi Y", "bersama Y"
# (not the determiners and prepositions a ber- word also makes: "ke berbagai lokasi", "berupa paket")
_FIRST_VERB = re.compile(r"\b(?!didampingi|dihadiri|disaksikan|diikuti|diwakili|melalui|bersama|beserta|berserta|berbagai\b|berupa\b)"
                         r"(?!" + GLUED_DI + r")(?:me|di|ber)[a-z]{3,}\b")
# a serial verb: a ber- verb of going or a reflexive "V diri" whose subject does the verb right after it ("X bertolak
# melakukan kunjungan kerja", "X menyempatkan diri melakukan kunjungan"): the second verb is what X did.  Not a ber-
# verb of intent ("berencana/berupaya/berniat melakukan …": a plan, not the act), nor a transitive me- verb, whose second
# verb is its object's ("meminta … melakukan")
_SERIAL = re.compile(r"\s+(?:(?<=\bdiri\s)|diri\s+)?(?:untuk\s+)?(?=(?:me|ber)[a-z]{3,}\b)")
_REFLEXIVE = re.compile(r"\s+diri\b")
# a manner or accompanying clause shares its subject with the verb it follows: "X menunjukkan keterbukaannya, dengan
# menerima audiensi …", "X menyapa warga sambil meninjau …" (not a quotation's or a new clause's verb: up to a break)
_MANNER = re.compile(r"(?:^|[\s,])(?:dengan|sambil|seraya|sembari)\s+(?=(?:me|ber)[a-z]{3,}\b)")
_GOING = re.compile(r"ber(?:tolak|angkat|gegas|keliling|gerak|anjak)$")
# compiled once: used for every leading cue and every subject of an event's lead
# a future marker right before the subject's own verb ("juga akan", "rencananya akan", "bakal")
_WILL = re.compile(r"\b(?:akan|bakal)\s+(?:(?:segera|kembali|langsung)\s+)?$", re.I)
# a happening fixed for a day is an event (GUIDELINES: "an inauguration on a given day"): "X dijadwalkan akan
# melantik A … pada sore hari ini, Jumat (29/12/2023)" — X leads it as if it were reported done (only when the
# clause itself writes the day out in full: "dijadwalkan pada hari Minggu besok" fixes no date of its own)
_SCHEDULED = re.compile(r"(?:dijadwalkan|direncanakan)\s+(?:akan\s+)?", re.I)
_TENURE = re.compile(r"\b(?:selama|sejak|semasa)\s+$")
_LIST_STOP = re.compile(r"[;\n]|\b(?:dan|serta|didampingi)\b")
# the bare (headline-style) verb forms of leading, used in body text too: "X pimpin apel", "X resmikan pasar"
# (right after the subject: "Wakil Wali Kota X pimpin apel", "X langsung tinjau …")
_BARE_LED = re.compile(r"[\s,]*(?:(?:langsung|secara\s+resmi|resmi)\s+)?(?:pimpin|resmikan|lantik|kukuhkan|tinjau|"
                       r"luncurkan)\b", re.I)


def _headline_leader(text: str, people: list[Mention], body: int) -> list[Mention]:
    """"Nurdin Basirun Pimpin Upacara Hari Jadi Batam": when the body names no leader, the headline's subject
    of a bare leading verb (pimpin/resmikan/lantik …) led the happening it reports."""
    for p in people:
        if p.start >= body:
            break
        if p.node_id.startswith("official:") and _BARE_LED.match(text, p.end) \
                and not re.search(r"\b(?:akan|bakal|besok|rencananya)\s+$", text[max(0, p.start - 16):p.start], re.I):
            return [p]
    return []


def _passive_agents(lead: _Lead, lead_end: int, handover: bool):
    """The "dipimpin/dibuka … oleh" matches of the lead, and "diserahkan oleh" ones for a handover."""
    yield from scan_folded(_LED_PASSIVE, lead.text, _LED_PASSIVE_OPENS, lead.body, lead_end)
    if handover:
        yield from scan_folded(_HANDED_BY, lead.text, _HANDED_BY_OPENS, lead.body, lead_end)


_CLASS_AGENT = re.compile(r"\s*(?:para|seluruh|semua|segenap|jajaran)\s", re.I)
# the agent of a passive leading verb written without "oleh", after a comma or opening on a post in lower case:
# "Rapat … yang dipimpin, Pj Wali Kota X, …", "Sidang dipimpin langsung ketua DPRD Kota Y, H. X", "Bantuan
# diserahkan langsung Bupati X bersama …" (a handover's giver).  What stands between the verb and the agent's
# name may only be the agent's post: no preposition, conjunction or prefixed verb ("dibuka pada pukul 09.00,
# Bupati X mengatakan": the time, and a new clause)
_BARE_AGENT = re.compile(r"\b(?i:dipimpin|dibuka|diresmikan|dipandu)(?:\s+(?i:langsung|secara\s+resmi))?"
                         r"(?:\s*,\s*|\s+(?=[a-z]))")
_BARE_HANDED = re.compile(r"\b(?i:diserahkan|diberikan|disalurkan)(?:\s+(?i:langsung|secara\s+\w+))?\s+")
_NOT_A_POST = re.compile(r"\b(?:pada|untuk|dengan|di|ke|dari|dalam|sejak|mulai|sekitar|pukul|jam|yang|dan|serta|atau|"
                         r"karena|kepada|bagi|oleh|agar|sehingga|sebagai|ini|itu|tersebut|hari|acara|kegiatan|antara|lain|yakni|yaitu|"
                         r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
                         # a verb in lower case (not a post's noun that looks like one: "kepala dinas", "menteri")
                         r"(?!(?:dinas|direktur|direktorat|dirjen|distrik|divisi|menteri|kementerian)\b)(?-i:(?:me|di|ber)[a-z]{3,}))\b|"
                         r"[;:.!?/\n“”\"]", re.I)
# degrees and honorifics abbreviated with a full stop stand in a post's place: "ketua DPRD Kota Y, H. X"
_ABBREV = re.compile(r"\b[A-Z][A-Za-z]{0,3}\.")
# co-agents joined to the first: "dipimpin oleh Wakil Ketua I, X dan Wakil Ketua II, Y" (both chair)
_CO_AGENT = re.compile(r"[\s,]*(?:dan|serta)\s+")
_PARTY = re.compile(r"\s*\([^()\n]{1,24}\)")


def _agent_post(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, between a passive verb and its agent's name, is that agent's post and nothing else."""
    gap = _ABBREV.sub(" ", text[start:end])
    return len(gap.split()) <= 8 and not _NOT_A_POST.search(gap)


def _agents_after(text: str, people: list[Mention], at: int, se: int) -> list[Mention]:
    """The agent named right after ``at`` and those coordinated with it ("oleh A dan B"), each an official."""
    out: list[Mention] = []
    for p in people:
        if p.start < at:
            continue
        if p.start >= se or p.start > at + 90:
            break
        if not out:
            if not _agent_post(text, at, p.start):
                break
            out.append(p)
            continue
        if p.start < out[-1].end:
            continue
        party = _PARTY.match(text, out[-1].end)     # "A (Gerindra) dan B (PAN)": the agent's party in brackets
        after = party.end() if party else out[-1].end
        if p.start < after:
            continue
        if p.node_id == out[-1].node_id:
            out[-1] = p     # the agent's post, then his name: "Kepala Biro Adpim Setda … Budi Santoso" is one mention
            continue
        co = _CO_AGENT.match(text, after)
        if co is None or co.end() > p.start or not _agent_post(text, co.end(), p.start) \
                or not p.node_id.startswith("official:"):
            break
        out.append(p)
    return out


def _leaders(lead: _Lead, lead_end: int, handover: bool = False) -> list[Mention]:
    text, people, body = lead.text, lead.people, lead.body
    out: list[Mention] = []
    for m in _passive_agents(lead, lead_end, handover):
        if _TENURE.search(text[max(0, m.start() - 10):m.start()]):
            continue  # "maju selama dipimpin X": a tenure, not an event's chair
        if _CLASS_AGENT.match(text, m.end()):
            continue  # "yang dilakukan oleh para Pj gubernur …, jelas X": a class did it; X only speaks
        after = [p for p in people if m.end() <= p.start <= m.end() + 90]
        _, se = sentence(text, m.end(), 0)  # "dibuka oleh Bupati Ir. H. Ahmad Yani": degrees don't stop it
        stop = _LIST_STOP.search(text[m.end():min(se, m.end() + 90)])
        if after and after[0].start < se and (stop is None or after[0].start < m.end() + stop.start()):
            out.append(after[0])
            if m.group(0).lower().endswith("oleh") or m.group(0)[-1:].isspace():
                out += _agents_after(text, people, after[0].start, se)[1:]    # "(oleh) A dan B": co-chairs
    for rx, opens, on in ((_BARE_AGENT, ("dipimpin", "dibuka", "diresmikan", "dipandu"), True),
                          (_BARE_HANDED, _HANDED_BY_OPENS, handover)):
        for m in (scan_folded(rx, text, opens, body, lead_end) if on else ()):
            if _TENURE.search(text[max(0, m.start() - 10):m.start()]) or _CLASS_AGENT.match(text, m.end()):
                continue
            out += _agents_after(text, people, m.end(), sentence(text, m.end(), 0)[1])
    for m in scan_folded(_FRONTED_ROLE, text, ("sebagai", "selaku", "menjadi"), body, lead_end):
        if not any(sentence(text, m.start(), body)[0] <= p.start < m.start() for p in people):
            out += _agents_after(text, people, m.end(), sentence(text, m.end(), 0)[1])
    for m in scan_folded(_HOST_AFTER, text, _HOST_AFTER_OPENS, body, lead_end):
        host = [p for p in people if m.end() <= p.start <= m.end() + 40 and p.node_id.startswith("official:")]
        if host and not re.search(r"[.;\n]", text[m.end():host[0].start]):
            out.append(host[0])
    subjects = lead.subjects(lead_end)
    for i, p in enumerate(subjects):
        # the clause after a subject, up to the next subject: "X (didampingi Y) meresmikan …"
        limit = subjects[i + 1].start if i + 1 < len(subjects) else p.end + 160
        clause = _clause_after(text, p.end, min(limit, p.end + 160))
        if _LED_ROLE.search(clause):
            out.append(p)   # "X (dalam amanatnya) selaku pembina apel": named by the role before any verb
            continue
        first, fixed = _FIRST_VERB.search(clause), None
        if first and (fixed := _SCHEDULED.match(clause, first.start())) \
                and any(d.iso and d.kind != "relative" for d in find_dates(clause)):
            first = _FIRST_VERB.search(clause, fixed.end())     # "X dijadwalkan akan melantik …": X's verb is melantik
        else:
            fixed = None
        if _BARE_LED.match(clause):
            out.append(p)   # "X pimpin apel …": the bare verb is the subject's own
            continue
        if first and (_GOING.match(first.group(0)) or _REFLEXIVE.match(clause, first.end())) \
                and (serial := _SERIAL.match(clause, first.end())) and _LED_ACTIVE.match(clause, serial.end()):
            first = _FIRST_VERB.search(clause, serial.end())    # "X bertolak melakukan kunjungan kerja …"
        if first and _LED_ROLE.match(clause[first.start():]):
            out.append(p)   # "X didampingi Kapolres Y menjadi Inspektur Upacara …": the role past the company
            continue
        if first and not _LED_ACTIVE.match(clause, first.start()):
            manner = _MANNER.search(clause, first.end())
            if manner and _LED_ACTIVE.match(clause, manner.end()):
                out.append(p)   # "X menunjukkan kepeduliannya …, dengan menerima audiensi …": the manner is X's deed
            continue  # "X menambahkan, … Tim Penilai meninjau …": X's own verb is another one
        if first and _WILL.search(clause, 0, first.start()) and not fixed:
            continue  # "X juga akan mengunjungi ketua-ketua partai …": what X is yet to do, not the reported happening
        if (_LED_ACTIVE.search(clause) and not _attends_first(clause)) or _LED_ROLE.search(clause):
            out.append(p)
            out += _joint_deputy(lead, p, first.start() if first else len(clause), clause)
    return _dedupe(out)


# the head's deputy joined to him as one subject before their verb: "Wali Kota A bersama Wakil Wali Kota B menerima
# kunjungan …", "Bupati A dan Wakil Bupati B meresmikan …": the pair of a government's heads does the deed together
_JOINT_DEPUTY = re.compile(r"[\s,]*(?:(?:[A-Z][A-Za-z]{0,5}\.?\s*,?\s*){0,4})(?:bersama(?:\s+dengan)?|dan)\s+"
                           r"(?:(?:Pj|Plt|Plh)\.?\s+)?Wakil\s+(?:Gubernur|Bupati|Wali\s*[Kk]ota)\b")


def _joint_deputy(lead: _Lead, p: Mention, verb_at: int, clause: str) -> list[Mention]:
    """The deputy named jointly with the subject ``p`` before the subject's own verb (at ``verb_at`` in ``clause``)."""
    d = _DOTTED_DEGREES_AFTER.match(lead.text, p.end)
    start = d.end() if d else p.end
    m = _JOINT_DEPUTY.match(lead.text, start)
    if m is None or m.end() - p.end > verb_at:
        return []
    nxt = [q for q in lead.people if m.start() < q.start and q.end <= p.end + verb_at and q.node_id.startswith("official:")
           and q.node_id != p.node_id]
    return nxt[:1] if nxt and not re.search(r"[.;\n]", lead.text[m.end():nxt[0].start]) else []


# "Wakil Wali Kota X saat mendampingi Menteri Y dalam kegiatan …": whom the others accompany is the principal
_ACCOMPANIES = re.compile(r"\b(?:turut\s+|ikut\s+)?mendampingi\s+", re.I)
_BREAK = re.compile(r"[.,;\n]")
# "mendampingi Gubernur Kalimantan Tengah, H. Agustiar Sabran, …": the post, its comma, then the name (past an
# abbreviated honorific) is one apposition, not a break
_APPOSED = re.compile(r"(?:[A-Z][\w()]*\s+){1,5}[A-Z][\w()]*\s*,\s*(?:[A-Z][a-z]{0,2}\.\s*){0,3}")


def _accompanied(lead: _Lead, lead_end: int) -> list[Mention]:
    """The official right after "mendampingi", who led an event no other cue gives a leader."""
    text = lead.text
    for m in scan_folded(_ACCOMPANIES, text, ("turut", "ikut", "mendampingi"), lead.body, lead_end):
        host = [p for p in lead.people if m.end() <= p.start <= m.end() + 40 and p.node_id.startswith("official:")]
        if host and (not _BREAK.search(text, m.end(), host[0].start) or _APPOSED.fullmatch(text, m.end(), host[0].start)):
            return [host[0]]
    return []


def _implied_leader(lead: _Lead, at: int) -> Mention | None:
    """"(Hal itu disampaikannya) saat menerima kunjungan …": the lead's protagonist led it.

    Only for a leading verb in a time clause whose subject is left out; the
    subject is then the first official named as a subject in the lead.
    """
    text, people = lead.text, lead.people
    s, _ = sentence(text, at, lead.body)
    pre = text[s:at]
    if not (_LED_ACTIVE.match(text, at) or re.search(r"\b(?:memimpin|membuka|meresmikan|menerima|bertemu|"
                                                     r"meninjau|mengunjungi)\s+$", pre)):
        return None
    if not re.search(r"\b(?:saat|ketika|kala|usai|seusai|sewaktu|sambil)\s+(?:\w+\s+)?$", pre):
        return None
    if any(s <= p.start < at for p in people):
        return None
    first = [p for p in lead.subjects(at) if p.node_id.startswith("official:")]
    return first[0] if first else None


