"""Speakers the entities stage did not list: experts, company people, citizens.

They are read from attribution frames only ("…,” kata Ali", "Cecep Darmawan
mengatakan", "Menurut X") and become Person nodes, so their quotes are not
pinned on the last official mentioned.  A speaker who spells a known
official's name (typos allowed), that official's surname alone when no other
official shares it ("jelas Lie"), their initials ("jelas HD" for Herman Deru)
or a nickname the article introduced ("biasa disapa Yos") is that official.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .context import ArticleContext, Mention
from .dates import DAYS, MONTHS
from .names import fold, is_role_word, parse_name, slug
from .sentences import find_all, scan
from .speakers import VERB_ALT, Span, names_before_verbs

# "…,” kata jubir KPK Budi Prasetyo": a lower-case post may stand between the verb and the name
_LOWER_POST = r"(?:(?:jubir|juru\s+bicara|kuasa\s+hukum|pengacara|pakar|pengamat|ekonom|peneliti|warga|politikus|politisi)\s+)?"
_VERB_THEN_NAME = re.compile(rf"[”\"]\s*,?\s*(?:(?:demikian|begitu)\s+)?(?:{VERB_ALT})\s+{_LOWER_POST}(?=[A-Z])")
# Several patterns here open with their first letter and check the word boundary right after it
# ("[A-Z](?<![\w.][A-Z])" is "(?<![\w.])[A-Z]"): re can then skip to that letter instead of trying every
# position.  "\b[Mm]enurut\s+(?=[A-Z])" opens with the literal "enurut" and checks the letter before it
# behind, so re finds it as a substring; only the match's end is used.
_MENURUT_NAME = re.compile(r"enurut(?<=[Mm]enurut)(?<!\w[Mm]enurut)\s+(?=[A-Z])")
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
              "Kota", "Menteri", "Wamenkes", "Ekonom", "Peneliti", "Aktivis", "Ibu", "Bapak", "Pak", "Bu", "Asesor",
              "Pengacara", "Jubir", "Kasintel", "Kasubag", "Kabag", "Kapolsek", "Buruh", "Warga", "Guru", "Petani",
              "Nelayan", "Pedagang", "Mahasiswa", "Siswa", "Relawan", "Kader", "Pengurus", "Kades", "Sekda", "Kadis"}
# organisation-like words: ministries, universities, agencies
_ORG_WORD = re.compile(r"^(?:Kemen\w*|Kementer\w*|Uni[a-z]*a|Univ\w*|Polte\w*|Institut\w*|Pemda\w*|Dinas\w*)$")


@functools.lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    """A region name spelt exactly (cached: asked for every capitalised word of every attribution)."""
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
    for m in _RUN_TOKEN.finditer(text, pos, min(len(text), pos + 240)):
        gap = text[pos:m.start()]
        if gap.strip(" \t,"):
            break
        if "," in gap:
            if len(segments) == 2:
                break
            segments.append([])
        word = m.group(0)
        if segments[-1] and text[segments[-1][-1][1] - 1] == "." and _SENTENCE_STOP.match(text, segments[-1][-1][0]):
            break  # "jawab George. Menurut Urip": the sentence ended
        if word.lower().rstrip(".,") in _DATE_WORDS:
            break  # "kata Budi Kamis (2/1/2020)": the date ends the name
        if word in ("dan", "&") or word.startswith("("):
            segments[-1].append((-1, -1))
        elif word in _POST_JOINERS and len(segments) < 3:
            segments.append([])  # "Kepala Dinas … sekaligus Juru Bicara … Khairul Lie": a second post
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


_DATE_WORDS = set(DAYS) | set(MONTHS)
# a word ending a sentence, not an initial ("F.") or an abbreviated title ("Dr.", "Drs.", "Prof.")
_SENTENCE_STOP = re.compile(r"(?!(?:Drs|Dra|Prof|Hj|drg|Kol|Let|Brigjen|Irjen|Kompol|Ipda|Iptu|Bpk|Sdr|Ust|Pdt|Jl|Kab|Kec)\.)"
                            r"[A-Z]?[a-z]{2,}\.")
_POST_JOINERS = {"sekaligus", "merangkap", "selaku"}
_RUN_TOKEN = re.compile(r"\([^)]{1,15}\)|[\w'’.-]+")
_INITIAL = re.compile(r"[A-Z]")
_CAPITALISED = re.compile(r"[A-Z][a-z]")


def _name_tail(text: str, seg: list[tuple[int, int]]):
    """The name of the longest tail of ``seg`` (up to four words) that may be one and parses as one.

    The word tests are cheap and stop at the first tail that fails them; parse_name is dear, so it is
    asked from the longest passing tail down and only until one parses.  Each tail adds one word to the
    last: only that word and the initials skipped since are tested (the rest passed already, and a
    word's verdict is the same every time)."""
    fits: list[int] = []
    unchecked: list[str] = []  # initials opening a skipped tail: words of the next tail not yet tested
    for k in range(1, min(4, len(seg)) + 1):
        s, e = seg[-k]
        if s < 0:
            break
        word = text[s:e].rstrip(".")
        if _INITIAL.fullmatch(word):
            unchecked.append(word)
            continue  # an initial: "Didik J. Rachbini" goes on to "Didik"
        if not _CAPITALISED.match(word) or _not_in_name(word) or any(_not_in_name(w) for w in unchecked):
            break
        unchecked.clear()
        if s > 0 and text[s - 1] == ".":
            break  # "S.Sos": a degree, not a name
        fits.append(k)
    for k in reversed(fits):
        name = parse_name(text, seg[-k][0])
        if name is not None and name.end >= seg[-1][1] - 1 and len(name.name) >= 3:
            break
    else:
        return None
    before = len(seg) - k
    if before > 0 and seg[before - 1][0] >= 0:
        # the word before the name must end a title ("Bupati", "Bengkalis", "KPK"), else the
        # "name" is the tail of an organisation or a phrase ("Korps Adhiyaksa", "Muara Enim")
        prev = text[seg[before - 1][0]:seg[before - 1][1]].rstrip(".,")
        if _is_place(text[seg[before - 1][0]:name.end]):
            return None  # "Bupati Muara Enim": the end of a place name, not a person
        if not (is_role_word(prev) or _is_place(prev) or prev.isupper() or prev in _TITLE_END):
            return None
    return name


@functools.lru_cache(maxsize=8192)
def _folded_words(form: str) -> list[str]:
    """The words of ``fold(form)``; cached (callers only read it): officials' names recur across articles
    and NFKD-folding them is most of a lookup's cost."""
    return fold(form).split()


def _one_edit(a: str, b: str) -> bool:
    """``edit_distance(a, b, 1) <= 1`` (at most one insertion, deletion or substitution) in one pass:
    past the common prefix the rest must be equal once the one edit is made there."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=8192)
def _not_in_name(word: str) -> bool:
    """A word no personal name holds: a title, organisation, role or place word; a word of one or two
    characters counts only when all letters ("S", "M." pass).  Cached: the same words recur in every
    attribution of every article, and all four tests are pure."""
    return (len(word) > 2 or word.isalpha()) and (
        word in _NOT_PERSON or bool(_ORG_WORD.match(word)) or is_role_word(word) or _is_place(word))


def _official_named(ctx: ArticleContext, name: str) -> str | None:
    """An Official of this article whose name or alias the speaker's name spells (typos allowed)."""
    words = _folded_words(name)
    last: set[str] = set()
    anywhere: set[str] = set()
    for node in ctx.graph.nodes.values():
        if node.label != "Official":
            continue
        for form in [node.properties.get("name", ""), *(node.properties.get("aliases") or [])]:
            have = _folded_words(form)
            if not have:
                continue
            if len(words) > 1 and all(any(_one_edit(w, h) for h in have) for w in words):
                return node.id
            if len(words) == 1 and (words[0] in (have[0], have[-1]) or (
                    len(words[0]) >= 4 and _one_edit(words[0], have[-1]))):
                last.add(node.id)  # "kata Budi" for "Darma Budy": a typo in the surname
            elif len(words) == 1 and words[0] in have:
                anywhere.add(node.id)
    # a single word ("jelas Lie") names an official only when it fits exactly one of them
    for found in (last, anywhere):
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


_INITIALS = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Z]{1,2}(?!\w|\.\w)")  # "(?<![\w.])[A-Z]{2,3}", see _VERB_THEN_NAME


_CAP_WORD = re.compile(r"\b[A-Z][a-z]\w*")


@functools.lru_cache(maxsize=4096)
def _initials_of(form: str) -> str | None:
    """"HD" for "Herman Deru" (two capitalised words at least); cached: officials recur across articles."""
    words = _CAP_WORD.findall(form)
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def _initials(ctx: ArticleContext, quotes: Sequence[Span], taken: list[Mention]) -> list[Mention]:
    """"jelas HD" after "Gubernur Herman Deru": capitals that spell the initials of exactly one person.

    Only initials of one person can be kept, so only those are looked for (str.find, then _INITIALS at
    each hit) instead of reading every capital of the text: the same matches, as no _INITIALS match
    can start inside another (a capital stands before it)."""
    table: dict[str, set[str]] = {}
    for node in ctx.graph.nodes.values():
        if node.label not in ("Official", "Person"):
            continue
        for form in [node.properties.get("name", ""), *(node.properties.get("aliases") or [])]:
            key = _initials_of(form)
            if key is not None:
                table.setdefault(key, set()).add(node.id)
    text = ctx.text
    hits: list[tuple[int, int, str]] = []
    for key, ids in table.items():
        if len(ids) != 1 or len(key) > 3:
            continue  # initials of two people name neither; _INITIALS reads two or three capitals
        at = text.find(key)
        while at >= 0:
            m = _INITIALS.match(text, at)
            if m and m.end() == at + len(key):
                hits.append((at, m.end(), next(iter(ids))))
            at = text.find(key, at + 1)
    out: list[Mention] = []
    for s, e, node_id in sorted(hits):
        if ctx.in_boilerplate(s, e) or any(q.start <= s < q.end for q in quotes) \
                or any(k.start < e and s < k.end for k in taken):
            continue
        out.append(Mention(s, e, node_id, "name"))
    return out


_NICKNAME = re.compile(r"\b(?:biasa|akrab|karib|kerap)\s+(?:di)?(?:sapa|panggil|kenal)\s+(?:dengan\s+)?"
                       r"(?:sebutan\s+)?[“\"']?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_NICKNAME_WORDS = ("biasa", "akrab", "karib", "kerap")  # every _NICKNAME match opens with one


def _nicknames(text: str, known: list[Mention]) -> dict[str, str]:
    """"Yosef Rasi (biasa disapa Yos)": the nickname names the person mentioned just before."""
    out: dict[str, str] = {}
    for m in scan(_NICKNAME, text, find_all(text, _NICKNAME_WORDS)):
        before = [k for k in known if k.end <= m.start() and m.start() - k.end <= 60]
        if before:
            out.setdefault(m.group(1), before[-1].node_id)
    return out


def _full_name_before(text: str, inside: list[tuple[int, int]], pos: int, word: str) -> str | None:
    """The one full name ending in ``word`` written before ``pos`` outside quotes ("Khairul Lie" for "Lie")."""
    found: set[str] = set()
    # "(?<![\w.])(?:[A-Z][a-z]+\s+){1,2}" + word, opening with its first capital (see _VERB_THEN_NAME)
    for m in re.finditer(rf"[A-Z](?<![\w.][A-Z])[a-z]+\s+(?:[A-Z][a-z]+\s+)?{re.escape(word)}\b", text[:pos]):
        if any(s <= m.start() < e for s, e in inside):
            continue
        for k in range(m.start(), m.end()):
            if k == m.start() or text[k - 1] == " ":
                name = parse_name(text, k)
                if name is not None and name.name.endswith(word) and name.name != word \
                        and not any(w in _NOT_PERSON or w in _TITLE_END or _is_place(w) for w in name.name.split()):
                    found.add(name.name)
                    break
    return next(iter(found)) if len(found) == 1 else None


def unlisted_speakers(ctx: ArticleContext, quotes: Sequence[Span], known: list[Mention]) -> list[Mention]:
    """Speakers the entities stage did not list (experts, citizens, company people) as Person mentions.

    Without them a quote by "Cecep Darmawan, pakar kebijakan" would fall back
    to the last official mentioned — a wrong STATED edge.  Only names in an
    attribution frame are read: "…,” kata Ali" and "Cecep Darmawan mengatakan".
    """
    text = ctx.text
    inside = [(q.start, q.end) for q in quotes]
    # every _VERB_THEN_NAME match opens with a closing mark: tried only at those (see sentences.scan)
    spots: list[int] = [m.end() for m in scan(_VERB_THEN_NAME, text, find_all(text, '”"'))]
    spots += [m.end() for m in _MENURUT_NAME.finditer(text)]
    spots += names_before_verbs(text)
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
        pid = next((pid for full, pid in named if set(words) <= set(full.split())), None)
        full = _full_name_before(text, inside, name.start, name.name) if pid is None and len(words) == 1 else None
        if full is not None:
            # "jelas Lie" after "Kepala Dinas … dr Khairul Lie, M.Kes": the full name the article gave
            official = _official_named(ctx, full)
            if official:
                out.append(Mention(name.start, name.end, official, "name"))
                continue
            pid = f"person:{slug(full)}"
            named.append((full, pid))
            ctx.node(pid, "Person", name.start, name.end, name=full, aliases=[name.name])
        elif pid is None:
            pid = f"person:{slug(name.name)}"
            named.append((name.name, pid))
            ctx.node(pid, "Person", name.start, name.end, name=name.name)
        else:
            ctx.node(pid, "Person", name.start, name.end, aliases=[name.name])
        out.append(Mention(name.start, name.end, pid, "name"))
    return out + _initials(ctx, quotes, known + out)


__all__ = ["unlisted_speakers"]
