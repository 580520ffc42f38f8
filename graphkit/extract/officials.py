"""Officials of one article: who is named by a post, and every later mention.

An official exists only where a public post names them ("Bupati Bengkalis
Kasmarni"); bare names are people, not officials.  Short forms fold into
the longer name they belong to ("Prof. Edwar" → Edwar Juliartha), so each
person is one node.  ``find_mentions`` then finds the same person wherever the
article names them again — full name, one name word ("Makmur", "Deru"), a
nickname in brackets after the name ("Dedi Mulyadi (Demul)"), or a
misspelling one edit away ("Heran Nugrahayu") — and records those forms as
``aliases``.  A word shared by two officials ("Hendri" in Hendri Wijaya and
Novi Hendri) goes to the one named most recently before it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import ahocorasick

from .batch import add_spans
from .context import ArticleContext, Mention
from .gazetteer import gazetteer
from .heads import _UNIT_OPEN_SET, head_at, post_list_at
from .members import is_shared_seat, listed_members
from .misspellings import misspellings as _misspellings
from .names import (_AGENCY_NOUN, _NAME_WORD, _STOP, LowerWords, Name, _deletes, _word_deletes, is_role_word,
                    lowercase_words, parse_name, slug)


@dataclass
class Official:
    node_id: str
    name: str
    words: list[str]
    first_seen: int
    aliases: set[str] = field(default_factory=set)
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)


@dataclass
class Officials:
    all: list[Official] = field(default_factory=list)
    posted: list[tuple] = field(default_factory=list)   # (post, role, code, Official|None, Name)


def _plausible(ctx: ArticleContext, name: Name, lower_words: LowerWords) -> bool:
    if ctx.in_boilerplate(name.start, name.end) or not _name_like(name.name):
        return False
    words = name.name.split()
    lower = {w.lower() for w in words}
    common = [w for w in lower if w in lower_words]
    if len(words) >= 3 and len(common) * 2 > len(words):
        return False                                          # "Tani Hutan Tuah Sekato": ordinary words
    if len(common) == len(lower):
        return False                                          # common words ("Memperkuat"), not a name
    if len(words) >= 2 and words[0].lower() in lower_words and words[1].lower() in lower_words:
        return False                                          # "Hari Peduli Sampah": a phrase the text also writes small
    return True


@functools.lru_cache(maxsize=8192)
def _name_like(name: str) -> bool:
    """The tests of ``_plausible`` that read the name alone (cached: the same names recur from article to
    article; each test only rules the name out, so they may run before the article's lower-case words)."""
    words = name.split()
    if any(w in _STOP for w in words) or all(is_role_word(w) for w in words):
        return False
    if any(w.endswith("nya") or _AGENCY_NOUN.match(w) for w in words) or \
            (len(words) == 1 and len(words[0]) < 4):
        return False                                          # "Gubernurnya", "Pengurusan", "Th"
    if len(words) == 1 and words[0].lower() in _region_first_words():
        return False                                          # "Sulawesi" (of "Sulawesi Selatan")
    if len(words) == 1 and _near_region(words[0]):
        return False                                          # "Benkalis": a misspelt place
    if any(_NOT_A_NAME.match(w) or _REDUPLICATED.match(w) for w in words):
        return False
    hits = gazetteer().find(name)
    for s, e, forms in hits:
        if " " in name[s:e] and any(f.level != "kecamatan" and not f.seat for f in forms):
            return False                                      # "Baznas Muara Enim": a body and its place
    if hits and hits[0][1] - hits[0][0] == len(name):           # the "name" is a place
        return False
    return True


_REDUPLICATED = re.compile(r"(?i)^(\w+)-\1$")                  # Api-Api, Kupu-Kupu: words, not names
_NOT_A_NAME = re.compile(r"^(?:Kemen[a-z]*|Kementerian|Pemkab|Pemkot|Pemprov|Pemda|Dirjen|Ditjen|Disiplin|Mutasi|Bumi|"
                         r"Promosi|Pengurus|Pustu|Puskesmas|Posyandu|Polsek|Polres|Koramil|Kodim)$")


@functools.lru_cache(maxsize=1)
def _region_first_words() -> frozenset[str]:
    """First words of multi-word province and kab/kota names: Sulawesi, Kalimantan, Nusa, Jawa ..."""
    return frozenset(k.split()[0] for k, forms in gazetteer().forms.items()
                     if " " in k and any(f.level != "kecamatan" for f in forms))


@functools.lru_cache(maxsize=1)
def _region_neighbourhood() -> frozenset[str]:
    gaz = gazetteer()
    out: set[str] = set()
    for key, forms in gaz.forms.items():
        if " " not in key and len(key) >= 5 and any(f.level != "kecamatan" and not f.seat and not f.risky
                                                    for f in forms):
            out |= _deletes(key)
    return frozenset(out)


def _near_region(word: str) -> bool:
    """One edit (or a swap) away from a kab/kota/province name: "Benkalis" for Bengkalis."""
    return len(word) >= 5 and not _word_deletes(word.lower()).isdisjoint(_region_neighbourhood())


def _same_person(a: list[str], b: list[str]) -> bool:
    """``a`` (shorter) is a short form of ``b``: its words appear in ``b`` in order."""
    it = iter(w.lower() for w in b)
    return all(any(w.lower() == x for x in it) for w in a)


def _one_holder(text: str, found: list[tuple]) -> list[tuple]:
    """A post one person holds, read with two holders: drop the one the post reaches only across a comma
    who holds another post in the article.  In "Kepala BKD, Yosef, ... Kepala BKD, Abraham Paul dengan
    tegas ..." the second comma closes a clause, and Abraham is the senator named elsewhere."""
    holders: dict[tuple[str, str], set[str]] = {}
    posts_of: dict[str, set[tuple[str, str]]] = {}
    for post, role, code, name in found:
        if code and not is_shared_seat(role):
            holders.setdefault((role, code), set()).add(slug(name.name))
        posts_of.setdefault(slug(name.name), set()).add((role, code or ""))
    out = []
    for post, role, code, name in found:
        key = (role, code)
        if code and len(holders.get(key, ())) > 1 and name.full_start > post.start and \
                "," in text[post.start:name.full_start] and len(posts_of[slug(name.name)]) > 1:
            continue
        out.append((post, role, code, name))
    return out


def collect_officials(ctx: ArticleContext, placed: list, headline: int) -> Officials:
    text = ctx.text
    lower_words = lowercase_words(text)
    found: list[tuple] = []
    former: set[tuple[str, str, str | None]] = set()
    for post, role, code in placed:
        if not post.current:
            # "mantan Bupati X": a former post makes no one an official, nor does the same post said later
            # of the same person ("... Juliyatmono selaku Bupati X" in the story of his term)
            name = parse_name(text, post.name_start) if post.name_start is not None else None
            if name is not None:
                former.add((slug(name.name), role, code))
            continue
        name = parse_name(text if post.name_end is None else text[:post.name_end], post.name_start) \
            if post.name_start is not None else None
        if name is not None and _linked_to_next_post(text, post, name):
            name = None         # "Pj Bupati A, Budi sebagai Pj Bupati B": Budi is named for the next post
        listed = listed_members(text, post.end, name) if is_shared_seat(role) else []
        if len(listed) > 1 or (listed and name is None):  # "anggota DPRD yakni A, B dan C": each holds the seat
            found += [(post, role, code, n) for n in listed if _plausible(ctx, n, lower_words)]
            continue
        if name is None and (text[post.start].isupper() or post.head.lower() in _UNIT_OPEN_SET
                                               and text[max(0, post.start - 3):post.start].rstrip().endswith(",")) \
                and not post_list_at(text, post.end):
            name = _name_before(text, post.start)      # "X, Kepala Bidang Y, bertujuan ...": name first
        if name is None or not _plausible(ctx, name, lower_words):
            continue
        found.append((post, role, code, name))
    if former:
        found = [f for f in found if (slug(f[3].name), f[1], f[2]) not in former]
    found = _one_holder(text, found)
    out = Officials()
    # longer names first, body before headline, then text order: each person keyed on the fullest form
    order = sorted(found, key=lambda f: (f[0].start < headline, -len(f[3].name.split()), f[3].start))
    by_key: dict[str, Official] = {}
    for post, role, code, name in order:
        words = name.name.split()
        owner = by_key.get(slug(name.name))
        if owner is None:
            owner = next((o for o in out.all if _same_person(words, o.words)), None)
        if owner is None:
            if post.start < headline:
                continue
            owner = Official(f"official:{slug(name.name)}", name.name, words, name.start)
            out.all.append(owner)
            by_key[slug(name.name)] = owner
        elif name.name != owner.name:
            owner.aliases.add(name.name)
        owner.honorifics += [h for h in name.honorifics if h not in owner.honorifics]
        owner.degrees += [d for d in name.degrees if d not in owner.degrees]
        out.posted.append((post, role, code, owner, name))
    out.posted.sort(key=lambda r: r[0].start)
    for o in out.all:
        spans = [(n.start, n.end) for p, _, _, ow, n in out.posted if ow is o]
        add_spans(ctx, o.node_id, "Official", spans, name=o.name, aliases=sorted(o.aliases),
                  honorifics=o.honorifics, degrees=o.degrees)
    return out


_LINK_AFTER_NAME = re.compile(r"\s*,?\s+(?:sebagai|selaku|menjadi)\s+(?:(?:Pjs|Pj|Plt|Plh)\b\.?\s*|(?:Penjabat|Pelaksana)\s+[A-Za-z() ]{0,30}?)?")


def _linked_to_next_post(text: str, post, name: Name) -> bool:
    """A name read after a post's comma that a "sebagai/selaku" ties to the post written after it:
    in "Pj Bupati A, Budi sebagai Pj Bupati B" Budi holds the second post, and the first post's holder
    is the name written before it ("Andi sebagai Pj Bupati A")."""
    if not text[post.start:name.full_start].rstrip().endswith(","):
        return False
    m = _LINK_AFTER_NAME.match(text, name.full_end)
    return bool(m) and bool(head_at(text, m.end()))


# "..., kata Asep Kuswanto, Kepala Dinas ..." / "Sastra Winara selaku Ketua DPRD ...": the name before the post.
_LINKS = (r"selaku|sebagai|sekaligus|yang\s+juga(?:\s+menjabat)?(?:\s+sebagai)?|(?:resmi\s+)?(?:dilantik\s+)?(?:menjadi|sebagai)|"
          r"jadi|(?:yang\s+)?(?:juga\s+)?merupakan|yang\s+adalah|"
          r"yang\s+(?:(?:saat\s+ini|kini|sekarang)\s+)?menjabat(?:\s+sebagai)?")
_BEFORE_POST = re.compile(r"(?:^|(?<=[a-z,;:.“\"(\-–—]\s)|(?<=[\n(“\"]))((?:(?:[A-Z][A-Za-z]{0,2}\.|[A-Z][\w'’-]*)\s+){0,6}[A-Z][\w'’-]*(?:,\s*[A-Z][\w.]{1,6})*)"
                          r"(?:\s*\([A-Z]{1,5}\))?(?:\s*,\s*(?:(?:%s)\s+)?|\s+(?:%s)\s+|\s+\()$" % (_LINKS, _LINKS))
_LINK_WORDS = re.compile(r"^(?:%s)?$" % _LINKS)


# What may stand right before such a name: a line start, a bracket or quote, a comma, or a word that
# introduces a person (attribution verbs, "oleh", "kepada", "didampingi" ...), never an ordinary word.
_BEFORE_NAME = re.compile(r"(?:^|\n|[(“\",.\-–—]|\b(?:kata|ujar|ucap|jelas|menurut|tutur|ungkap|sebut|imbuh|tambah|tegas|"
                          r"papar|terang|oleh|kepada|dari|bersama|didampingi|hadir|yakni|yaitu|adalah|dan|serta|antara lain|menggantikan|"
                          r"masing-masing|pula|juga|tampak|turut|antaranya|seperti|termasuk|ialah|yakni|saat|ketika|"
                          r"Menurut|Kata|Hadir|Oleh|di[a-z]{4,}|me[a-z]{4,}))\s*$")  # di-/me-: "dipimpin X, Kepala …", "menunjuk X, Sekda …"


_WORD_AT = re.compile(r"([A-Z][a-z]+)\s+")
_AFTER_SMALL_WORD = re.compile(r"(?:^|\b[a-z]+)\s+$")
# How the text before such a post ends (blanks aside): a comma, a bracket or a linking word; a cheap test
# that spares _BEFORE_POST's search, with its backtracking over capitalised words, everywhere else.
_BEFORE_POST_ENDS = (",", "(", "selaku", "sebagai", "sekaligus", "juga", "menjabat", "menjadi", "jadi", "Jadi", "merupakan",
                     "adalah")


# "dikatakan Budi Santoso Kepala Dinas X ...": the name right before the post, no comma between (some outlets
# write the apposition so); the name must then follow an introducing word or open the sentence.
_NAME_THEN_POST = re.compile(r"(?:^|(?<=[a-z,;:.“\"(\-–—]\s)|(?<=[\n(“\"]))((?:(?:[A-Z][A-Za-z]{0,2}\.|[A-Z][\w'’-]*)\s+){0,5}"
                             r"[A-Z][a-z][\w'’-]*)\s+$")


def _name_before(text: str, start: int) -> Name | None:
    before = text[max(0, start - 80):start]
    m = _BEFORE_POST.search(before) if before.rstrip().endswith(_BEFORE_POST_ENDS) else None
    if not m and before.endswith(" ") and before[-2:-1].isalpha() and before[-2:-1].islower():
        return _name_then_post(text, start, before)
    if not m:
        return None
    pos = start - (len(text[max(0, start - 80):start]) - m.start(1))
    while (w := _WORD_AT.match(text, pos)) and w.group(1) in _STOP and w.end() < start:
        pos = w.end()          # "Menurut Budi, Kadis ...": the introducing word opens the run, not the name
    linked = before.rstrip().endswith(("(", "selaku", "sebagai", "menjabat", "menjadi", "merupakan"))
    if not _BEFORE_NAME.search(text[max(0, pos - 40):pos]) and not (linked and _AFTER_SMALL_WORD.search(
            text[max(0, pos - 30):pos])):
        return None       # (a name tied to its post by a bracket or "selaku" needs no introducing word:
        #                    "minta Budi (Kepala ...)", "dipimpin langsung Budi selaku Kepala ...")
    name = parse_name(text, pos)
    if name is None:
        return None
    between = re.sub(r"^\s*\([A-Z]{1,5}\)", "", text[name.full_end:start]).strip(" ,")
    if between == "(":          # "Budi (Kepala Diskominfo Sleman)": the post in brackets after the name
        close = text.find(")", start, start + 80)
        return name if close > 0 and not re.match(r"\s*[A-Z]", text[close + 1:close + 4]) else None
    if not _LINK_WORDS.match(" ".join(between.split())):
        return None
    if between.endswith(("sebagai", "menjadi")) and _FUTURE.search(_sentence_of(text, name.start, start)):
        return None            # "pelantikan Budi sebagai Pj Bupati dijadwalkan ...": not held yet
    return name


def _name_then_post(text: str, start: int, before: str) -> Name | None:
    """The name written right before its post with no comma: "dikatakan Budi Santoso Kepala Dinas X"."""
    m = _NAME_THEN_POST.search(before)
    if not m:
        return None
    pos = start - (len(before) - m.start(1))
    while (w := _WORD_AT.match(text, pos)) and w.group(1) in _STOP and w.end() < start:
        pos = w.end()
    if not _BEFORE_NAME.search(text[max(0, pos - 40):pos]):
        return None
    name = parse_name(text, pos)
    if name is None or name.full_end < start - 1 or text[name.full_end:start].strip() or \
            len(name.name.split()) < 2 and not name.honorifics:
        return None            # the name runs up to the post; one bare word ("Pungkas Bupati ...") is no name
    return name


_FUTURE = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|rencananya|bakal)\b")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): from the last full stop before it to the next one after it."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left:right]


_PAREN_NICK = re.compile(r"\s*\(([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?)\)")


def _occurrences(text: str, keys) -> list[tuple[int, int, str]]:
    """Every occurrence of ``keys`` at word boundaries (one automaton pass), by start then longest first."""
    auto = ahocorasick.Automaton()
    for key in sorted(keys):
        auto.add_word(key, key)
    auto.make_automaton()
    found = []
    for end_idx, key in auto.iter(text):
        start, end = end_idx - len(key) + 1, end_idx + 1
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")) or \
                (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
            continue
        found.append((start, end, key))
    found.sort(key=lambda f: (f[0], -f[1]))
    return found


def _leftmost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The leftmost-longest, non-overlapping ones of sorted occurrences."""
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _forms(officials: list[Official]) -> dict[str, list[Official]]:
    """Every written form of the officials (name, aliases, name words) -> the officials it may name."""
    forms: dict[str, list[Official]] = {}
    for o in officials:
        # runs of two or more name words ("Heru Budi" of Heru Budi Hartono) outrank a single word the
        # run starts with, which another official may share (Heru Suwondo)
        runs = [" ".join(o.words[i:j]) for i in range(len(o.words)) for j in range(i + 2, len(o.words))]
        for form in [o.name, *sorted(o.aliases), *runs] + [w for w in o.words if len(w) >= 3 and _NAME_WORD.fullmatch(w)
                                                           and w not in _STOP and not is_role_word(w)]:
            forms.setdefault(form, [])
            if o not in forms[form]:
                forms[form].append(o)
    return forms


def find_mentions(ctx: ArticleContext, officials: list[Official]) -> list[Mention]:
    """Every mention of the article's officials, adding aliases to their nodes."""
    text = ctx.text
    if not officials:
        return []
    by_name = {o.name: o for o in officials}
    # one automaton pass finds the full names and every other form: the forms change (and the text is read
    # again) only when a nickname is found
    forms = _forms(officials)
    found = _occurrences(text, forms)
    # nicknames first: "Saifullah Yusuf (Gus Ipul)" …
    nicknamed = False          # the forms are a function of names, words and aliases: only a new alias changes them
    for start, end, name in _leftmost([f for f in found if f[2] in by_name]):
        nick = _PAREN_NICK.match(text, end)
        if nick and not ctx.in_boilerplate(start, nick.end()) and not gazetteer().find(nick.group(1)) \
                and not is_role_word(nick.group(1).split()[-1]):
            nicknamed = nicknamed or nick.group(1) not in by_name[name].aliases
            by_name[name].aliases.add(nick.group(1))       # … "kata Gus Ipul"
    if nicknamed:
        named = forms.keys()
        forms = _forms(officials)
        if forms.keys() != named:
            found = _occurrences(text, forms)
    mentions: list[Mention] = []
    last: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for start, end, form in _leftmost(found):
        if ctx.in_boilerplate(start, end):
            continue
        owners = forms[form]
        owner = max(owners, key=lambda o: (last.get(o.node_id, -1), -o.first_seen)) if len(owners) > 1 else owners[0]
        last[owner.node_id] = start
        mentions.append(Mention(start, end, owner.node_id, "name"))
        taken.append((start, end))
        if form != owner.name and form not in owner.aliases and len(owners) == 1:
            owner.aliases.add(form)     # a form two officials share is no alias of either
    mentions += _misspellings(ctx, officials, taken)
    spans: dict[str, list[tuple[int, int]]] = {}
    for mt in mentions:
        spans.setdefault(mt.node_id, []).append((mt.start, mt.end))
    for o in officials:
        add_spans(ctx, o.node_id, "Official", spans.get(o.node_id, []), name=o.name, aliases=sorted(o.aliases))
    return mentions
