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

from ..batch import add_spans
from ..context import ArticleContext, Mention
from ..regions.gazetteer import gazetteer
from .appositions import inducted_before, linked_to_next_post, name_before
from .place_words import joined_places, near_region, region_first_words
from .heads import _UNIT_OPEN_SET, post_list_at
from .holder_forms import listed_line_holder
from .members import is_shared_seat, listed_members
from .roles import role_level
from ..names.clipped import clipped_mentions
from ..names.misspellings import misspellings as _misspellings
from ..names.names import _NAME_WORD, WEEKDAY_NAMES, Name, parse_name
from ..names.role_words import _AGENCY_NOUN, is_role_word
from ..names.stop_words import _STOP
from ..names.word_forms import LowerWords, lowercase_words, slug


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
    if ctx.in_boilerplate(name.start, name.end) or not _name_like(
            name.name.rsplit(" ", 1)[0] if name.degrees and len(name.name.split()) > 2 else name.name):
        # (a name read up to its degrees may end in a common noun: "Egusem Pieter Tahun, ST.")
        return False
    if (slash := _TITLE_AFTER_SLASH.match(ctx.text, name.end)) and is_role_word(slash.group(1)):
        return False                  # "Bupat/Walikota se Provinsi X": a (misspelt) title listed with another
    if _COMPASS_AFTER.match(ctx.text, name.end):
        return False                  # "Posdanramil Mollo Utara": a compass word goes on with a place, not a person
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


_TITLE_AFTER_SLASH = re.compile(r"\s?/\s?([A-Z][a-z]+)")
_COMPASS_AFTER = re.compile(r" (?:Utara|Selatan|Barat|Timur|Tengah)\b")


@functools.lru_cache(maxsize=8192)
def _name_like(name: str) -> bool:
    """The tests of ``_plausible`` that read the name alone (cached: the same names recur from article to
    article; each test only rules the name out, so they may run before the article's lower-case words)."""
    words = name.split()
    # (a day's name may open a name of two words or more: "Ahad Legiarto", as ``parse_name`` reads it)
    # ("Lalu Budi Santoso": the Sasak title of nobility, which ``parse_name`` opens a name with only mid-sentence)
    if any(w in _STOP for w in words[1:]) or words[0] in _STOP and not (len(words) > 1 and words[0] in WEEKDAY_NAMES) \
            and not (len(words) > 2 and words[0] == "Lalu") \
            or all(is_role_word(w) for w in words):
        return False
    if any(w.endswith("nya") or _AGENCY_NOUN.match(w) for w in words) or \
            (len(words) == 1 and len(words[0]) < 4):
        return False                                          # "Gubernurnya", "Pengurusan", "Th"
    if len(words) == 1 and words[0].lower() in region_first_words():
        return False                                          # "Sulawesi" (of "Sulawesi Selatan")
    if len(words) == 1 and words[0].lower() in joined_places():
        return False                                          # "Simpangpematang": Simpang Pematang, written as one word
    if len(words) <= 3 and near_region(name):
        return False                                          # "Benkalis", "Jawa Bara": a misspelt place
    if any(_NOT_A_NAME.match(w) or _REDUPLICATED.match(w) for w in words):
        return False
    if len(words) >= 2 and _NUMERAL.fullmatch(words[1]) and is_role_word(words[0]):
        return False                                          # "Pangdam IX Udayana": a post and its numbered unit
    hits = gazetteer().find(name)
    for s, e, forms in hits:
        if " " in name[s:e] and any(f.level != "kecamatan" and not f.seat for f in forms):
            return False                                      # "Baznas Muara Enim": a body and its place
    if hits and hits[0][1] - hits[0][0] == len(name):           # the "name" is a place
        return False
    if hits and hits[-1][1] == len(name) and name[:hits[-1][0]].strip() \
            and all(is_role_word(w) for w in name[:hits[-1][0]].split()):
        return False                                          # "Forkopimda Batam": a body or post and its place
    return True


_NUMERAL = re.compile(r"[IVX]+")
_REDUPLICATED = re.compile(r"(?i)^(\w+)-\1$")                  # Api-Api, Kupu-Kupu: words, not names
_NOT_A_NAME = re.compile(r"^(?:Kemen[a-z]*|Kementerian|Pemkab|Pemkot|Pemprov|Pemda|Dirjen|Ditjen|Disiplin|Mutasi|Bumi|"
                         r"Promosi|Pengurus|Pustu|Puskesmas|Posyandu|Polsek|Polres|Koramil|Kodim)$")


def _same_person(a: list[str], b: list[str]) -> bool:
    """``a`` (shorter) is a short form of ``b``: its words appear in ``b`` in order, an initial standing for a
    word it opens ("Radiapoh H Sinaga", "Radiapoh H. Sinaga" for Radiapoh Hasiholan Sinaga)."""
    it = iter(w.lower() for w in b)
    return all(any(_same_word(w.lower(), x) for x in it) for w in a)


def _same_word(w: str, x: str) -> bool:
    if w == x:
        return True
    w = w.rstrip(".")
    return len(w) == 1 and len(x) > 2 and x[0] == w


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


# What, said right after a holder's name, ends the term: the post is held no more.
_TERM_ENDED = re.compile(r"[\s,]*(?:yang\s+)?(?:telah|sudah)\s+(?:menyelesaikan\s+masa\s+(?:tugas|jabatan|bakti)|"
                         r"memasuki\s+masa\s+(?:purna\s?tugas|pensiun)|purna\s?tugas|pensiun|habis\s+masa\s+jabatan)")


def _same_role_elsewhere(posted: list, owner: "Official", role: str, code: str | None) -> bool:
    """The fuller name already holds this post in another region: "Wakil Bupati X Fauzi" is not "Wakil
    Bupati Y Fauzi Hasan" (no one is the deputy of two regencies), so the short name is someone else."""
    return code is not None and any(ow is owner and r == role and c is not None and c != code
                                    for _, r, c, ow, _ in posted)


# The national seats one person holds ("Presiden RI Rahmat Santoso ... Presiden Rahmatso"): there the one word must
# also open as the full name does (a nickname clipped from it), for the text may name a past holder
# ("waduk yang dibangun Presiden Wirabumi pada tahun 1980").
_HEADS_OF_STATE = frozenset(("Presiden", "Wakil Presiden"))


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
        if name is not None and linked_to_next_post(text, post, name):
            name = None         # "Pj Bupati A, Budi sebagai Pj Bupati B": Budi is named for the next post
        if name is not None and _TERM_ENDED.match(text, name.full_end):
            former.add((slug(name.name), role, code))   # "Bupati X, Budi, telah menyelesaikan masa tugasnya"
            continue
        listed = listed_members(text, post.end, name) if is_shared_seat(role) else []
        if len(listed) > 1 or (listed and name is None):  # "anggota DPRD yakni A, B dan C": each holds the seat
            found += [(post, role, code, n) for n in listed if _plausible(ctx, n, lower_words)]
            continue
        if name is None and (text[post.start].isupper() or post.head.lower() in _UNIT_OPEN_SET
                                               and text[max(0, post.start - 3):post.start].rstrip().endswith(",")) \
                and not post_list_at(text, post.end):
            name = name_before(text, post.start)      # "X, Kepala Bidang Y, bertujuan ...": name first
        if (name is None or not _plausible(ctx, name, lower_words)) and text[post.start].isupper():
            name = inducted_before(text, post.start)  # "melantik Budi (PAW) Kepala Desa X, Kecamatan Y"
            if name is None or not _plausible(ctx, name, lower_words):
                name = listed_line_holder(text, post.start, post.end)   # "Budi, S.E. – Kepala Desa X" (a list line)
        if name is None or not _plausible(ctx, name, lower_words):
            continue
        found.append((post, role, code, name))
    if former:
        found = [f for f in found if (slug(f[3].name), f[1], f[2]) not in former]
    found = _one_holder(text, found)
    out = Officials()
    # longer names first, body before headline, then text order: each person keyed on the fullest form
    # (with as many words, the longer spelling: "Radiapoh Hasiholan Sinaga" before "Radiapoh H Sinaga")
    order = sorted(found, key=lambda f: (f[0].start < headline, -len(f[3].name.split()), -len(f[3].name), f[3].start))
    by_key: dict[str, Official] = {}
    for post, role, code, name in order:
        words = name.name.split()
        owner = by_key.get(slug(name.name))
        if owner is None:
            owner = next((o for o in out.all if _same_person(words, o.words)
                          and not _same_role_elsewhere(out.posted, o, role, code)), None)
        if owner is None and len(words) == 1 and code and not is_shared_seat(role) and "Fraksi" not in role and \
                (role_level(role) in ("provinsi", "kabupaten", "kota") or role in _HEADS_OF_STATE) and \
                name.start > post.start and "," not in text[post.start:name.start]:
            # "Bupati Bangkalan, Muh Makmun ... kepada Bupati Momon": one word for a seat one person holds,
            # written after the holder's full name, is that holder's nickname
            owner = next((ow for p2, r2, c2, ow, _ in out.posted if r2 == role and c2 == code and p2.start < post.start
                          and len(ow.words) >= 2 and (role not in _HEADS_OF_STATE
                                                      or words[0][:3].lower() == ow.words[0][:3].lower())), None)
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
    mentions += clipped_mentions(ctx, officials, taken)     # "Kyai Abdur" for Abdurrahmanudin
    spans: dict[str, list[tuple[int, int]]] = {}
    for mt in mentions:
        spans.setdefault(mt.node_id, []).append((mt.start, mt.end))
    for o in officials:
        add_spans(ctx, o.node_id, "Official", spans.get(o.node_id, []), name=o.name, aliases=sorted(o.aliases))
    return mentions
