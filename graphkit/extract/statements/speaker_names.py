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
from itertools import groupby
from collections.abc import Sequence

from ..context import ArticleContext, Mention
from ..names.names import parse_name
from ..names.word_forms import fold, slug
from ..text.literal_scans import may_end_name
from ..text.sentences import find_all, scan
from .short_names import official_by_short_name
from .speech_verbs import VERB_ALT, Span, SpanIndex, names_before_verbs
from ..names.title_runs import NOT_PERSON, TITLE_END, is_place, person_name

# "…,” kata jubir KPK Budi Prasetyo": a lower-case post may stand between the verb and the name
_LOWER_POST = r"(?:(?:jubir|juru\s+bicara|kuasa\s+hukum|pengacara|pakar|pengamat|ekonom|peneliti|warga|politikus|politisi)\s+)?"
_VERB_THEN_NAME = re.compile(rf"[”\"]\s*,?\s*(?:(?:demikian|begitu)\s+)?(?:{VERB_ALT})\s+{_LOWER_POST}(?=[A-Z])")
# Several patterns here open with their first letter and check the word boundary right after it
# ("[A-Z](?<![\w.][A-Z])" is "(?<![\w.])[A-Z]"): re can then skip to that letter instead of trying every
# position.  "\b[Mm]enurut\s+(?=[A-Z])" opens with the literal "enurut" and checks the letter before it
# behind, so re finds it as a substring; only the match's end is used.
# a speech verb with the pronoun "-nya" written capitalised after another verb ("ujar Imbuhnya"): no name
_VERB_PRONOUN = re.compile(r"(?i:%s)nya" % VERB_ALT)
_MENURUT_NAME = re.compile(r"enurut(?<=[Mm]enurut)(?<!\w[Mm]enurut)\s+(?=[A-Z])")
# "…, termasuk Ketua Umum KAHMI Labura, Budi Santoso. “…,” katanya.": a name set after its post by a comma closes
# the sentence right before a quote; "katanya" then points at that person, listed or not
_APPOSED_BEFORE_QUOTE = re.compile(r",\s+((?:H\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\.\s*$")


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


# "Bang Zul, sapaan (akrab) Gubernur NTB, …": the nickname, then the post or name it stands for
_NICKNAME_OF = re.compile(r"[A-Z](?<![\w.][A-Z])([\w-]*(?:\s+[A-Z][\w-]+)?)\s*,\s*(?:sapaan|panggilan)\s+"
                          r"(?:akrab\s+|karib\s+)?(?:dari\s+|bagi\s+|untuk\s+)?")


def _nicknames(text: str, known: list[Mention]) -> dict[str, str]:
    """"Yosef Rasi (biasa disapa Yos)": the nickname names the person mentioned just before; "Bang Zul,
    sapaan Gubernur NTB": it names the one mentioned right after."""
    out: dict[str, str] = {}
    for m in scan(_NICKNAME, text, find_all(text, _NICKNAME_WORDS)):
        before = [k for k in known if k.end <= m.start() and m.start() - k.end <= 60]
        if before:
            out.setdefault(m.group(1), before[-1].node_id)
    if "sapaan" in text or "panggilan" in text:
        for m in _NICKNAME_OF.finditer(text):
            after = [k for k in known if m.end() <= k.start <= m.end() + 40]
            if not after:
                # "sapaan Gubernur NTB": the official the article introduced with that post
                post = re.split(r"[,.;\n]", text[m.end():m.end() + 40], maxsplit=1)[0].strip()
                after = [k for k in known if post and k.node_id.startswith("official:")
                         and re.search(rf"\b{re.escape(post)}\b", text[max(0, k.start - 40):k.start])][:1]
            if after:
                nick = m.group(0)[:1] + m.group(1)
                for form in (nick, nick.split()[-1]):
                    out.setdefault(form, after[0].node_id)
    return out


def _full_name_before(text: str, inside: list[tuple[int, int]], pos: int, word: str) -> str | None:
    """The one full name ending in ``word`` written before ``pos`` outside quotes ("Khairul Lie" for "Lie")."""
    if not may_end_name(text, word, pos):
        return None  # every match holds the word after a blank: neither the pattern (compiled per word) nor a scan is needed
    found: set[str] = set()
    # "(?<![\w.])(?:[A-Z][a-z]+\s+){1,2}" + word, opening with its first capital (see _VERB_THEN_NAME)
    for m in re.finditer(rf"[A-Z](?<![\w.][A-Z])[a-z]+\s+(?:[A-Z][a-z]+\s+)?{re.escape(word)}\b", text[:pos]):
        if any(s <= m.start() < e for s, e in inside):
            continue
        for k in range(m.start(), m.end()):
            if k == m.start() or text[k - 1] == " ":
                name = parse_name(text, k)
                if name is not None and name.name.endswith(word) and name.name != word \
                        and not any(w in NOT_PERSON or w in TITLE_END or is_place(w) for w in name.name.split()):
                    found.add(name.name)
                    break
    return next(iter(found)) if len(found) == 1 else None


_POST_WORDS = re.compile(r"[A-Z]\w*(?:[ \t]+[A-Z]\w*){0,3}")
_POST_ENDS = re.compile(r"\s*(?:[,.;)]|\s[a-z]|$)")
# the post before the name belongs to someone else: "oleh Direktur X kepada Pj Bupati Y"
_OTHER_PARTY = re.compile(r"\b(?:kepada|oleh|dan|dengan|bersama)\s")


_NOT_LETTER = re.compile(r"[^a-z]")


def _squash(text: str) -> str:
    """Letters only, a doubled letter once: "Kasi Intel" and "Kasintel" (the words run together) compare equal.

    ``re.sub(r"(.)\1+", r"\1", letters)`` is the runs of one letter each taken once, which groupby reads
    at C level (re.sub expands its "\1" template in Python for every call and match)."""
    return "".join(k for k, _ in groupby(_NOT_LETTER.sub("", text.lower())))


def _post_speaker(text: str, pos: int, known: list[Mention]) -> Mention | None:
    """"…,” kata Kasi Intel" / "kata Kasintel": a post without a name, written before exactly one
    official's name elsewhere in the article ("Kasi Intel Kejaksaan Negeri … Soenardi") — that official."""
    m = _POST_WORDS.match(text, pos)
    want = _squash(m.group(0)) if m is not None else ""
    if m is None or len(want) < 4 or not _POST_ENDS.match(text, m.start() + len(m.group(0).rstrip("."))):
        return None       # a post followed by a name ("kata Direktur X Isak Wopari") is that name's
    found = set()
    ordered = sorted(known)
    for i, k in enumerate(ordered):
        if not k.node_id.startswith("official:"):
            continue
        before = [o.end for o in ordered[max(0, i - 3):i] if o.end <= k.start]
        lo = max([k.start - 60] + before)
        window = text[max(0, lo):k.start]   # back to the name before it: "X mengatakan Muslim" is not Muslim's post
        window = window[max(window.rfind("\n"), window.rfind(". ")) + 1:]   # the name's own sentence
        if want in _squash(window) and not _OTHER_PARTY.search(window):
            found.add(k.node_id)
    if len(found) != 1:
        return None
    return Mention(m.start(), m.start() + len(m.group(0).rstrip(".")), found.pop(), "title")


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
    spots += [m.start(1) for q in quotes if (m := _APPOSED_BEFORE_QUOTE.search(text, max(0, q.start - 60), q.start))]
    spots += names_before_verbs(text)
    out: list[Mention] = []
    named: list[tuple[str, str]] = []
    nicknames: dict[str, str] | None = None  # read at the first name found: many articles give none
    quoted = SpanIndex(inside)
    listed = SpanIndex((k.start, k.end) for k in known)
    for pos in sorted(set(spots)):
        # in a quote (start <= pos < end), or within a listed mention or two characters after it
        if quoted.any(pos, pos) or ctx.in_boilerplate(pos, pos + 1):
            continue
        if listed.any(pos, pos - 2) or any(k.start <= pos < k.end for k in out):
            continue
        name = person_name(text, pos)
        if name is not None and _VERB_PRONOUN.fullmatch(name.name):
            continue    # "…,” ujar Imbuhnya.": a speech verb with "-nya" is the pronoun "imbuhnya", no person
        if name is None:
            post = _post_speaker(text, pos, known)   # "kata Kasi Intel" after "Kasi Intel … Soenardi"
            if post is not None:
                out.append(post)
            continue
        # overlapping a listed mention: start < name.end and end > name.start
        if listed.any(name.end - 1, name.start):
            continue
        if nicknames is None:
            nicknames = _nicknames(text, known)
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
            if (official := official_by_short_name(ctx, name.name)) is not None:
                out.append(Mention(name.start, name.end, official, "name"))   # "kata Yanto" for "Suryanto"
                continue
            pid = f"person:{slug(name.name)}"
            named.append((name.name, pid))
            ctx.node(pid, "Person", name.start, name.end, name=name.name)
        else:
            ctx.node(pid, "Person", name.start, name.end, aliases=[name.name])
        out.append(Mention(name.start, name.end, pid, "name"))
    return out + _initials(ctx, quotes, known + out)


__all__ = ["unlisted_speakers"]
