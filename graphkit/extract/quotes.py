"""Direct quotations attributed to their speakers, with topics.

Indonesian news quotes people in a few fixed shapes, and this module reads
exactly those shapes rather than guessing:

* after the quote: ``“…,” kata X`` / ``ujar X`` / ``tegas Pj Bupati Jember``
  (an attribution verb then a person or title mention in the same clause);
* before the quote: ``X mengatakan, “…”``, ``Menurut X, “…”``,
  ``X juga menegaskan: “…”`` (a mention in the clause that opens the quote);
* pronoun follow-ups: ``imbuhnya``, ``katanya``, ``ia menambahkan`` → the most
  recent speaker (the last attributed speaker or the last person seen
  speaking in indirect speech, "X menjelaskan, …");
* a quote that continues an attributed one (“A,” kata X. “B.”, or the next
  paragraph of a quote) keeps its speaker.

A quote whose clause names nobody ("seorang peserta menyatakan, “…”") gets a
Statement without a STATED edge: an unattributed quote is a fact, a guessed
speaker is not.  Scare quotes (“Jember Sehat”) are not statements.

Quote finding (``find_quotes``) is shared with the events stage, which must
not read event triggers out of quoted speech.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .context import ArticleContext, Mention
from .topics import topic_name, topics_of

OPENERS = "“„«\""
CLOSERS = "”»\""

_ATTR_VERBS = (
    "kata ujar ungkap ucap tegas jelas tutur terang pungkas harap papar tambah imbuh beber tutup lanjut "
    "sambung tandas sebut tukas jawab urai ajak pesan puji usul pinta seru kenang akui nilai sahut timpal "
    "cetus kilah bilang katakan tanya tulis sindir ingat jelaskan tuturkan ungkapkan tegaskan sampaikan "
    "paparkan terangkan tambahkan"
).split()
_ME_VERBS = (
    "mengatakan menyampaikan menegaskan menjelaskan mengungkapkan menuturkan menambahkan menyatakan "
    "mengajak mengimbau menghimbau meminta berharap menilai menyebut menyebutkan memaparkan menerangkan "
    "mengingatkan berpesan menekankan mengaku mengakui menandaskan menanggapi menjawab bertanya berujar "
    "berkata mengemukakan melanjutkan menutup mengapresiasi menginstruksikan mengharapkan membeberkan "
    "mengucapkan memberikan menuturkan mengutarakan menceritakan menerangkan"
).split()
_VERB_ALT = "|".join(sorted(_ATTR_VERBS, key=len, reverse=True))
# clause right after a closing quote: ", kata X" / "ujarnya" / "kata dia" / "demikian disampaikan X"
_AFTER = re.compile(
    rf"^[\s,.]*(?:(?:demikian|begitu|seperti)\s+(?:\w+\s+){{0,2}}?)?(?P<verb>(?:{_VERB_ALT})(?P<nya>nya)?)\b"
    rf"(?P<pron>\s+(?:dia|ia|beliau))?", re.I)
_AFTER_LOOSE = re.compile(r"^[\s,]*(?:demikian|begitu)\b", re.I)
# ", sampainya" / ", kuncinya": any lower-case verb with the -nya pronoun right after the quote
_AFTER_NYA = re.compile(r"^[\s,]*[a-z]{3,}nya\b(?!\s+(?:[A-Z]|yang\b))")
_PRONOUN_SUBJ = re.compile(r"(?:^|[\s,.(])(?:ia|dia|beliau|pihaknya)\s+(?:\w+\s+){0,2}?"
                           rf"(?:{'|'.join(_ME_VERBS)})\b", re.I)
_INDIRECT = re.compile(rf"\b(?:{'|'.join(_ME_VERBS)}|menurut(?:nya)?|kata(?:nya)?|ujar(?:nya)?)\b", re.I)
# "menurut X", "kata X", "Ditambahkan X", "Dijelaskan oleh X": X speaks
_SPEECH_BEFORE = re.compile(r"\b(?:menurut|kata|ujar|di(?:tambahkan|katakan|sampaikan|jelaskan|ungkapkan|tegaskan|"
                            r"tuturkan|paparkan|terangkan))\b(?:\s+oleh)?[^.,;“”\"\n]{0,60}$", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:didampingi|bersama|beserta|kepada|dengan|dihadiri|oleh|untuk|dari)"
                          r"(?:\s+oleh)?\s+[^.,;“”\"\n]{0,60}$", re.I)
_WORD = re.compile(r"\w+")
# ", ujar politikus tersebut" / "kata pria itu": a description pointing back at the last speaker
_ANAPHOR = re.compile(r"^\s+(?:(?:[A-Za-z()]+\s+){0,8}?(?:tersebut|itu|ini)\b(?!\s+\w+\s+(?:mengatakan|menyampaikan))"
                      r"|orang\s+nomor\s+(?:satu|dua|wahid)|(?:pria|wanita|perempuan|politikus|politisi|mantan)\b)")
# a quoted document, not speech: "Pasal 10 berbunyi: “…”"
_DOCUMENT = re.compile(r"\b(?:berbunyi|bunyinya|tertulis|bertuliskan|bertajuk|berjudul|bertema|tema|tagline|slogan|"
                       r"motto|judul)[ \t]*:?[ \t]*$", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"(])")

MIN_WORDS = 4
# between an attribution verb and a name, these make the name someone else than the speaker
_NOT_SPEAKER_GAP = re.compile(r"\b(?:kepada|dengan|bersama|didampingi|saat|ketika|usai|di\s+hadapan|terhadap|"
                              r"tentang|soal|mengenai|kepada)\b", re.I)
_FUNCTION_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atau", "dengan", "pada", "dalam", "the", "of", "and"}


@dataclass(frozen=True)
class Quote:
    """One quotation: ``start``/``end`` include the quote marks, ``text`` does not."""

    start: int
    end: int
    text: str
    paragraph: int           # index of the paragraph the quote opens in
    continues: bool = False  # opens a paragraph that continues the previous quote


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quote pairs (open index, close index) in one paragraph, and a dangling opener."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in OPENERS or (ch == "”" and (i == start or not text[i - 1].isalnum())
                                 and i + 1 < end and text[i + 1].isalnum()):
                open_at = i
        elif ch in CLOSERS or (ch == "“" and text[open_at] == "“" and i + 1 < end and not text[i + 1].isalnum()):
            pairs.append((open_at, i + 1))
            open_at = None
        elif ch == "“" and text[open_at] in "“”":
            open_at = i  # a new opener without a close: the earlier one was a stray mark
    return pairs, open_at


def _continuation_close(text: str, lead: int, end: int) -> int | None:
    """Where a paragraph closes a quote opened in an earlier one, if it does.

    The paragraph must not open with a quote mark, and its first quote mark must
    be shaped like a closer: glued to the preceding word, followed by a space,
    punctuation or the end of the line.
    """
    if lead < end and text[lead] in OPENERS + "”":
        return None
    for i in range(lead, end):
        if text[i] in OPENERS + CLOSERS:
            glued = i > lead and not text[i - 1].isspace()
            after = text[i + 1] if i + 1 < end else " "
            return i if text[i] in CLOSERS and glued and (after.isspace() or after in ",.;") else None
    return None


def find_quotes(text: str) -> list[Quote]:
    """Every quoted span, joining a quote continued over paragraphs."""
    quotes: list[Quote] = []
    paras = _paragraphs(text)
    carry: tuple[int, list[str]] | None = None  # (start, text pieces) of a quote still open
    for idx, (ps, pe) in enumerate(paras):
        lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
        close = _continuation_close(text, lead, pe) if carry is not None else None
        if close is not None and carry is not None:
            # "… keras.\nJangan … baik," lanjutnya. — the quote ends inside this paragraph
            cstart, pieces = carry
            pieces.append(text[lead:close])
            quotes.append(Quote(cstart, close + 1, " ".join(p.strip() for p in pieces), idx, True))
            carry = None
            ps = close + 1
        pairs, dangling = _pairs(text, ps, pe)
        if carry is not None:
            cstart, pieces = carry
            if pairs and pairs[0][0] == lead:
                # the continuation paragraph: its first closed pair ends the quote
                o, c = pairs.pop(0)
                pieces.append(text[o + 1:c - 1])
                quotes.append(Quote(cstart, c, " ".join(p.strip() for p in pieces), idx, True))
                carry = None
            elif dangling == lead and not pairs:
                pieces.append(text[lead + 1:pe])
                continue
            else:
                quotes.append(Quote(cstart, paras[idx - 1][1], " ".join(p.strip() for p in pieces), idx - 1))
                carry = None
        for o, c in pairs:
            quotes.append(Quote(o, c, text[o + 1:c - 1].strip(), idx))
        if dangling is not None:
            carry = (dangling, [text[dangling + 1:pe]])
    if carry is not None:
        cstart, pieces = carry
        quotes.append(Quote(cstart, paras[-1][1], " ".join(p.strip() for p in pieces), len(paras) - 1))
    return [_cut_unclosed(text, q) for q in quotes]


# an unclosed quote that ends with its own attribution: "“Kami mohon …, pinta Bupati."
_INNER_ATTRIBUTION = re.compile(rf",\s+(?:{_VERB_ALT})(?:nya)?\b[^,“”\"\n]{{0,70}}$")


def _cut_unclosed(text: str, q: Quote) -> Quote:
    if text[q.end - 1] in CLOSERS:
        return q
    m = _INNER_ATTRIBUTION.search(text, max(q.start, q.end - 120), q.end)
    if m is None:
        return q
    end = m.start() + 1
    tail = text[end:q.end].rstrip()
    return Quote(q.start, end, q.text[:len(q.text) - len(tail)].rstrip(), q.paragraph, q.continues)


def is_statement(q: Quote) -> bool:
    """Direct speech, not a scare quote or a programme name."""
    words = _WORD.findall(q.text)
    if len(words) < MIN_WORDS:
        return False
    content = [w for w in words[1:] if w.isalpha() and w.lower() not in _FUNCTION_WORDS]
    capital = [w for w in content if w[:1].isupper()]
    if len(words) <= 15 and content and len(capital) >= 0.75 * len(content):
        return False  # "Gerakan Bersih Desa Sehat Sejahtera", a headline or a slogan: not speech
    return True


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def statement_id(speaker: str | None, text: str) -> str:
    digest = hashlib.sha1(f"{speaker or ''}\x1f{normalise(text)}".encode("utf-8")).hexdigest()[:16]
    return f"statement:{digest}"


class _Speakers:
    """Mentions of people, and who spoke most recently at a given offset."""

    def __init__(self, ctx: ArticleContext, quotes: list[Quote]):
        self.text = ctx.text
        inside = [(q.start, q.end) for q in quotes]
        self.people = [m for m in ctx.mentions if m.kind in ("name", "title")
                       and not any(s <= m.start and m.end <= e for s, e in inside)
                       and not ctx.in_boilerplate(m.start, m.end)]
        self.groups = [m for m in ctx.mentions if m.kind == "group"]
        self.people = sorted(self.people + _unlisted_speakers(ctx, quotes, self.people))
        # people in object position ("didampingi X", "kepada X") do not speak next
        self.people = [m for m in self.people if not _NOT_SUBJECT.search(self.text[max(0, m.start - 70):m.start])]
        self.spoke: list[tuple[int, str]] = []  # (offset, speaker id), attributed quotes and indirect speech
        for i, m in enumerate(self.people):
            tail = self.text[m.end:m.end + 160]
            clause = re.split(r"[.!?\n“\"](?=\s)", tail, maxsplit=1)[0]
            verb = _INDIRECT.search(clause)
            nxt = self.people[i + 1].start if i + 1 < len(self.people) else len(self.text)
            if verb and re.search(r"\byang\b", clause[:verb.start()]):
                verb = None  # "X yang meminta …" is a relative clause, not X speaking
            if (verb and m.end + verb.start() <= nxt) or _SPEECH_BEFORE.search(self.text[max(0, m.start - 70):m.start]):
                self.spoke.append((m.start, m.node_id))

    def first_in(self, start: int, end: int) -> Mention | None:
        for m in self.people:
            if start <= m.start and m.end <= end:
                return m
        return None

    def last_in(self, start: int, end: int) -> Mention | None:
        found = None
        for m in self.people:
            if start <= m.start and m.end <= end:
                found = m
        return found

    def recent(self, pos: int) -> str | None:
        best: tuple[int, str] | None = None
        for off, sid in self.spoke:
            if off < pos and (best is None or off >= best[0]):
                best = (off, sid)
        if best is not None:
            return best[1]
        m = self.last_in(0, pos)
        return m.node_id if m else None


# a period after these is an abbreviation, not the end of a sentence
_ABBREV_DOT = re.compile(r"(?:\b(?:Prof|Dr|Drs|Dra|Ir|H|Hj|HM|KH|dr|drg|St|Sdr|Bpk|Ny|Tn|Jl|No|Kab|Kec|Pj|Pjs|Plt|Plh"
                         r"|Kol|Let|Brigjen|Irjen|Kompol|AKBP|AKP|Ipda|Iptu|[A-Z])|\.[A-Za-z]{1,4})$")


_VERB_THEN_NAME = re.compile(rf"[”\"]\s*,?\s*(?:{_VERB_ALT})\s+(?=[A-Z])")
_MENURUT_NAME = re.compile(r"\b[Mm]enurut\s+(?=[A-Z])")
# capitalised words that start an organisation or a place, not a person
_NOT_PERSON = set("Bank PT CV Universitas Partai Komisi Fraksi Pemerintah Pemkab Pemkot Pemprov Polres Polda Kodim "
                  "Dinas Badan Kantor Kementerian Kabupaten Kota Provinsi Desa Kecamatan Rumah Sekolah Masjid Hotel "
                  "Gedung Jalan Tim Panitia Satgas Forum Lembaga Yayasan Koperasi Ketua Kepala Direktur Menurut "
                  "Selain Sementara Sedangkan Adapun Kemudian Namun Bahkan Hal Ia Dia Beliau Mereka Kami Kita "
                  "Pihaknya Warga Masyarakat Para Koordinator Anggota Wakil Sekretaris Staf Pakar Pengamat Dosen Rektor "
                  "Jaksa Ketum Sekjen Kapolres Kapolda Dandim Kajari Kasat Kabid Kasi Kadis Pj Pjs Plt Plh "
                  # sentence openers, pronouns and common nouns that start a capitalised run
                  "Sehingga Tapi Tetapi Karena Maka Lalu Kini Saat Ketika Usai Setelah Sebelum Dirinya Iapun Diapun "
                  "Terdakwa Tersangka Saksi Korban Politisi Politikus Buruh Asesor Peneliti Ekonom Aktivis Pengacara "
                  "Kuasa Hukum Juru Bicara Jubir Wamenkes Wamen Menteri Menko Kasintel Kasubag Kabag Kapolsek Sistematis "
                  "Gerindra PDIP Golkar PKB PKS Nasdem NasDem Demokrat PAN PPP Perindo Hanura PSI Good Korps Sos".split())
# words that may stand right before a name at the end of a title run
_TITLE_END = {"Pj", "Pjs", "Plt", "Plh", "Jaksa", "Ketua", "Kepala", "Direktur", "Wakil", "Sekretaris", "Anggota",
              "Koordinator", "Pakar", "Pengamat", "Dosen", "Rektor", "Politisi", "Politikus", "Terdakwa", "Tersangka",
              "Saksi", "Kuasa", "Hukum", "Staf", "Ahli", "Asisten", "Camat", "Lurah", "Bupati", "Gubernur", "Walikota",
              "Kota", "Menteri", "Wamenkes", "Ekonom", "Peneliti", "Aktivis", "Ibu", "Bapak", "Pak", "Bu"}
# organisation-like words: ministries, universities, agencies
_ORG_WORD = re.compile(r"^(?:Kemen\w*|Kementer\w*|Uni[a-z]*a|Univ\w*|Polte\w*|Institut\w*|Pemda\w*|Dinas\w*)$")
_NAME_THEN_VERB = re.compile(rf"(?<![\w.])((?:(?:[A-Z][a-z]+|[A-Z]\.)\s*){{0,3}}[A-Z][a-z]+)\s+(?:juga\s+|pun\s+)?"
                             rf"(?:{'|'.join(_ME_VERBS)})\b")


def _is_place(word: str) -> bool:
    from .gazetteer import gazetteer
    return any(s == 0 and e == len(word) for s, e, _ in gazetteer().find(word))


def _person_name(text: str, pos: int):
    """The personal name closing a title run at ``pos``: "Kepala Dinas … Bengkalis Ismail" → Ismail.

    Indonesian attributions put the post first and the name last ("kata
    Direktur Operasional Bank Papua Isak Samuel Wopari"), sometimes after a
    comma ("Ketua Forum HRD Serang Barat, Abdul Muhid").  The run of
    capitalised words is read up to the first lower-case word; the name is
    its longest tail with no title, organisation or place word in it.
    """
    segments: list[list[tuple[int, int]]] = [[]]
    for m in _RUN_TOKEN.finditer(text, pos, min(len(text), pos + 160)):
        gap = text[pos:m.start()]
        if gap.strip(" \t,"):
            break
        if "," in gap:
            if len(segments) == 2:
                break
            segments.append([])
        word = m.group(0)
        if word in ("dan", "&") or word.startswith("("):
            segments[-1].append((-1, -1))
        elif word[:1].isupper():
            segments[-1].append((m.start(), m.end()))
        else:
            break
        pos = m.end()
    for seg in reversed(segments):
        name = _name_tail(text, seg)
        if name is not None:
            return name
    return None


_RUN_TOKEN = re.compile(r"\([^)]{1,15}\)|[\w'’.-]+")


def _name_tail(text: str, seg: list[tuple[int, int]]):
    from .names import is_role_word, parse_name
    best = None
    for k in range(1, min(4, len(seg)) + 1):
        tail = seg[-k:]
        if any(s < 0 for s, _ in tail):
            break
        words = [text[s:e].rstrip(".") for s, e in tail]
        if re.fullmatch(r"[A-Z]", words[0]):
            continue  # an initial: "Didik J. Rachbini" goes on to "Didik"
        if not re.match(r"[A-Z][a-z]", words[0]) or any(
                w in _NOT_PERSON or _ORG_WORD.match(w) or is_role_word(w) or _is_place(w)
                for w in words if len(w) > 2 or w.isalpha()):
            break
        if tail[0][0] > 0 and text[tail[0][0] - 1] == ".":
            break  # "S.Sos": a degree, not a name
        name = parse_name(text, tail[0][0])
        if name is not None and name.end >= tail[-1][1] - 1 and len(name.name) >= 3:
            best = (name, len(seg) - k)
    if best is None:
        return None
    name, before = best
    if before > 0 and seg[before - 1][0] >= 0:
        # the word before the name must end a title ("Bupati", "Bengkalis", "KPK"), else the
        # "name" is the tail of an organisation or a phrase ("Korps Adhiyaksa", "Muara Enim")
        prev = text[seg[before - 1][0]:seg[before - 1][1]].rstrip(".,")
        if not (is_role_word(prev) or _is_place(prev) or prev.isupper() or prev in _TITLE_END):
            return None
    return name


def _official_named(ctx: ArticleContext, name: str) -> str | None:
    """An Official of this article whose name or alias the speaker's name spells (typos allowed)."""
    from .names import edit_distance, fold
    words = fold(name).split()
    for node in ctx.graph.nodes.values():
        if node.label != "Official":
            continue
        for form in [node.properties.get("name", ""), *(node.properties.get("aliases") or [])]:
            have = fold(form).split()
            if have and all(any(edit_distance(w, h, 1) <= 1 for h in have) for w in words) \
                    and (len(words) > 1 or words[0] in (have[0], have[-1])):
                return node.id
    return None


_NICKNAME = re.compile(r"\b(?:biasa|akrab|karib|kerap)\s+(?:di)?(?:sapa|panggil|kenal)\s+(?:dengan\s+)?"
                       r"(?:sebutan\s+)?[“\"']?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def _nicknames(text: str, known: list[Mention]) -> dict[str, str]:
    """"Yosef Rasi (biasa disapa Yos)": the nickname names the person mentioned just before."""
    out: dict[str, str] = {}
    for m in _NICKNAME.finditer(text):
        before = [k for k in known if k.end <= m.start() and m.start() - k.end <= 60]
        if before:
            out.setdefault(m.group(1), before[-1].node_id)
    return out


def _unlisted_speakers(ctx: ArticleContext, quotes: list[Quote], known: list[Mention]) -> list[Mention]:
    """Speakers the entities stage did not list (experts, citizens, company people) as Person mentions.

    Without them a quote by "Cecep Darmawan, pakar kebijakan" would fall back
    to the last official mentioned — a wrong STATED edge.  Only names in an
    attribution frame are read: "…,” kata Ali" and "Cecep Darmawan mengatakan".
    """
    from .names import slug
    text = ctx.text
    inside = [(q.start, q.end) for q in quotes]
    spots: list[int] = [m.end() for m in _VERB_THEN_NAME.finditer(text)]
    spots += [m.end() for m in _MENURUT_NAME.finditer(text)]
    for m in _NAME_THEN_VERB.finditer(text):
        spots.append(m.start(1))
    out: list[Mention] = []
    named: list[tuple[str, str]] = []
    nicknames = _nicknames(text, known)
    for pos in sorted(set(spots)):
        if any(s <= pos < e for s, e in inside) or ctx.in_boilerplate(pos, pos + 1):
            continue
        if any(k.start <= pos < k.end + 2 for k in known) or any(k.start <= pos < k.end for k in out):
            continue
        name = _person_name(text, pos)
        if name is None or any(name.start < k.end and k.start < name.end for k in known):
            continue
        words = name.name.split()
        if name.name in nicknames:
            out.append(Mention(name.start, name.end, nicknames[name.name], "name"))
            continue
        official = _official_named(ctx, name.name)
        if official:
            out.append(Mention(name.start, name.end, official, "name"))
            continue
        # "Cecep" after "Cecep Darmawan": the same person
        pid = next((pid for full, pid in named if set(words) <= set(full.split())), f"person:{slug(name.name)}")
        if pid == f"person:{slug(name.name)}":
            named.append((name.name, pid))
            ctx.node(pid, "Person", name.start, name.end, name=name.name)
        else:
            ctx.node(pid, "Person", name.start, name.end, aliases=[name.name])
        out.append(Mention(name.start, name.end, pid, "name"))
    return out


def _clause_after(text: str, pos: int, limit: int) -> str:
    tail = text[pos:min(limit, pos + 200)]
    for cut in re.finditer(r"[“\"\n]|[.!?](?=\s|$)", tail):
        if cut.group(0) == "." and _ABBREV_DOT.search(tail[:cut.start()]):
            continue
        return tail[:cut.start()]
    return tail


def _clause_before(text: str, pos: int, floor: int) -> tuple[int, str]:
    head = text[floor:pos]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    start = floor + (ends[-1] if ends else 0)
    return start, text[start:pos]


def attribute(ctx: ArticleContext, quotes: list[Quote], speakers: _Speakers) -> list[str | None]:
    """The speaker id of each quote (None when the article does not name one)."""
    text = ctx.text
    paras = _paragraphs(text)
    result: list[str | None] = []
    for i, q in enumerate(quotes):
        para_end = next((e for s, e in paras if s <= q.end <= e), len(text))
        next_start = quotes[i + 1].start if i + 1 < len(quotes) else len(text)
        speaker: str | None = None
        decided = False
        # 1. the clause after the closing quote
        after = _clause_after(text, q.end, min(para_end, next_start))
        m = _AFTER.match(after)
        if m:
            decided = True
            named = speakers.first_in(q.end + m.end(), q.end + len(after))
            if named and _NOT_SPEAKER_GAP.search(text[q.end + m.end():named.start]):
                named = None  # ", kata Ketua KPU kepada Bupati X": X is the listener
            anaphor = named is None and _ANAPHOR.search(after[m.end():])
            if m["nya"] or m["pron"] or named is None:
                speaker = speakers.recent(q.start) if (m["nya"] or m["pron"] or anaphor) else None
            else:
                speaker = named.node_id
        elif _AFTER_NYA.match(after):
            speaker, decided = speakers.recent(q.start), True
        elif _AFTER_LOOSE.match(after):
            named = speakers.first_in(q.end, q.end + len(after))
            if named:
                speaker, decided = named.node_id, True
        # 2. the clause that opens the quote
        if not decided:
            prev_end = quotes[i - 1].end if i and quotes[i - 1].paragraph == q.paragraph else None
            para_start = next((s for s, e in paras if s <= q.start <= e), 0)
            floor = max(para_start, prev_end or 0)
            cstart, clause = _clause_before(text, q.start, floor)
            if clause.strip() and re.search(r"[,:]\s*$", clause):
                decided = True
                named = speakers.last_in(cstart, q.start)
                if named is not None:
                    speaker = named.node_id
                elif _PRONOUN_SUBJ.search(clause) or re.search(r"\b(?:menurut|kata)nya\b", clause, re.I):
                    speaker = speakers.recent(q.start)
            elif prev_end is not None or q.continues:
                # “A,” kata X. “B.” — or the next paragraph of X's quote
                decided = True
                speaker = result[i - 1] if i else None
            elif not clause.strip() and (intro := _introducing_paragraph(text, paras, q.start)) is not None:
                # "Bupati X mengatakan:\n“…”" — the paragraph before introduces the quote
                decided = True
                named = speakers.last_in(*intro)
                if named is not None:
                    speaker = named.node_id
                elif _PRONOUN_SUBJ.search(text[intro[0]:intro[1]]):
                    speaker = speakers.recent(q.start)
            elif not clause.strip() and i and quotes[i - 1].paragraph == q.paragraph - 1 and result[i - 1]:
                speaker = result[i - 1]  # a quote paragraph right after X's quote paragraph
        result.append(speaker)
        if speaker:
            speakers.spoke.append((q.start, speaker))
    return result


def _introducing_paragraph(text: str, paras: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The last sentence of the paragraph before ``pos`` when it ends with a colon."""
    before = [(s, e) for s, e in paras if e <= pos]
    if not before:
        return None
    s, e = before[-1]
    if not text[s:e].rstrip().endswith(":"):
        return None
    start, _ = _clause_before(text, e, s)
    return start, e


def _main_event(ctx: ArticleContext) -> tuple[str, str | None] | None:
    events = [n for n in ctx.graph.nodes.values() if n.label == "Event"]
    if not events:
        return None

    def first(n):
        ev = n.properties.get("evidence") or [{}]
        return (min(e.get("start", 0) for e in ev), n.id)

    main = min(events, key=first)
    return main.id, main.properties.get("date")


def extract_statements(ctx: ArticleContext) -> None:
    """Add Statement and Topic nodes and STATED, ABOUT, DURING edges."""
    text = ctx.text
    title_end = len(ctx.article.title) if ctx.article.title and text.startswith(ctx.article.title) else 0
    quotes = [q for q in find_quotes(text)
              if q.start >= title_end and not ctx.in_boilerplate(q.start, q.end)]
    speakers = _Speakers(ctx, quotes)
    who = attribute(ctx, quotes, speakers)
    main = _main_event(ctx)
    when = (main[1] if main and main[1] else None) or ctx.published
    for q, speaker in zip(quotes, who):
        if not is_statement(q):
            continue
        if _DOCUMENT.search(text[max(0, q.start - 40):q.start]):
            continue
        sid = statement_id(speaker, q.text)
        topics = topics_of(q.text)
        ctx.node(sid, "Statement", q.start, q.end, text=q.text, date=when, topics=topics or None)
        if speaker:
            ctx.edge("STATED", speaker, sid, q.start, q.end)
        if main:
            ctx.edge("DURING", sid, main[0], q.start, q.end)
        for slug in topics:
            ctx.node(f"topic:{slug}", "Topic", name=topic_name(slug))
            ctx.edge("ABOUT", sid, f"topic:{slug}")


__all__ = ["Quote", "find_quotes", "is_statement", "statement_id", "attribute", "extract_statements"]
