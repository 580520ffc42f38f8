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
The test of a plausible name is in ``plausible_names``, ``find_mentions`` in
``official_mentions``; this module decides who the officials are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..batch import add_spans
from ..context import ArticleContext
from .appositions import FUTURE_WORDS, TODAY_WORDS, sentence_of, inducted_before, linked_to_next_post, name_before
from .heads import _UNIT_OPEN_SET, post_list_at
from .holder_forms import listed_line_holder
from .members import is_shared_seat, listed_members
from .plausible_names import _plausible
from .roles import role_level
from ..names.names import parse_name
from ..names.word_forms import lowercase_words, slug


# a post written in lower case that a linking verb ties to the name before it (``lower_posts``)
_LINKED_BEFORE = re.compile(r"\b(?:menjabat|selaku|sebagai|menjadi)(?:\s+(?:sebagai|di))?\s+$")
# a name that opens its own clause of office: "..., B yang saat ini menjabat ...", "..., B saat ini menjabat ..."
_OWN_CLAUSE = re.compile(r"\s*,?\s+(?:yang\s+)?(?:(?:saat\s+ini|kini|sekarang|juga|masih)\s+){0,3}(?:menjabat|merupakan)\b")
# what ties a second post to the holder of the post just before it: "A, yang menjabat Sekda, sebagai Plh Bupati X",
# "A yang menjabat Kepala Biro X akan dilantik menjadi Pj Bupati Y", "A, Kepala Dinas X, ditunjuk sebagai Plt ..."
_SECOND_POST_LINK = re.compile(r"\s*,?\s*(?:(?:akan|kemudian|lalu|resmi|juga)\s+)?(?:(?:dilantik|ditunjuk|diangkat|"
                               r"ditetapkan|dikukuhkan)\s+(?:kembali\s+)?)?(?:sebagai|menjadi)\s+")


# "..., B yang menjabat sebagai <its office> akan dilantik kembali sebagai Pj Bupati Y": the clause's subject, who
# holds the post it is sworn into (the first post need not be one the grammar reads)
_SUBJECT_CLAUSE = re.compile(r"(?:^|(?<=[,:;.]\s)|(?<=\n))(?:dan\s+|serta\s+)?([A-Z][^,.;:\n]{2,60}?)\s+(?:yang\s+)?"
                             r"(?:(?:saat\s+ini|kini|juga|masih)\s+){0,3}menjabat\b[^,.;\n]{0,120}?\s+"
                             r"(?:(?:akan|kemudian|lalu)\s+)?(?:dilantik|ditunjuk|diangkat|dikukuhkan)\s+(?:kembali\s+)?"
                             r"(?:sebagai|menjadi)\s+$")
_SWORN = re.compile(r"\b(?:dilantik|melantik|dikukuhkan|mengukuhkan|pelantikan)\b")


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def _doubled_word_start(text: str, start: int) -> int:
    """Where a post starts when its first word is written twice ("sebagai Kepala Kepala Dinas X", a slip of the
    keyboard): at the first of the two, so that the words before the post are read as they stand."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m and text.startswith(m.group(1) + " ", start) else start


def _second_post_holder(text: str, post, last: tuple):
    """The holder of the post just before, when a link ("sebagai", "dilantik menjadi") ties this post to it: the
    second post of one person, written after their first ("yang saat ini menjabat Sekda sebagai Plh Bupati X"),
    else the subject of a "B yang menjabat ... dilantik sebagai POST" clause.  Not when the link says it is still
    to come ("akan dilantik ...") and the sentence does not say today; and a Pj or Pjs head, who is sworn in, holds
    the post only when the sentence says so (one "ditunjuk" as Pj is not yet in office)."""
    prev_post, _, _, prev_name = last
    gap = max(prev_post.end, prev_name.full_end)
    name = prev_name if 0 <= post.start - gap <= 60 and _SECOND_POST_LINK.fullmatch(text, gap, post.start) else None
    if name is None:
        m = _SUBJECT_CLAUSE.search(text, max(0, post.start - 220), post.start)
        name = parse_name(text, m.start(1)) if m else None
        if name is None or name.full_end > m.end(1):
            return None
        gap = name.full_end
    sentence = sentence_of(text, name.start, post.end)
    if FUTURE_WORDS.search(text, gap, post.start) and not TODAY_WORDS.search(sentence) or \
            post.capacity in ("Pj", "Pjs") and not _SWORN.search(sentence):
        return None
    return name


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
    tegas ..." the second comma closes a clause, and Abraham is the senator named elsewhere.
    The deputy who stands in for an absent head ("Wali Kota dan Wakil Wali Kota X, A dan B ... Plt Wali Kota X,
    B") is no rival of the head: acting (Plt, Plh, Pj, Pjs) in the seat of the head they deputise, they hold both
    seats, so that acting post is counted apart.  (Anyone else acting in a seat the text also gives a definitive
    holder is still a rival: a Pj to be sworn in later does not hold it yet.)"""
    posts_of: dict[str, set[tuple[str, str]]] = {}
    for post, role, code, name in found:
        posts_of.setdefault(slug(name.name), set()).add((role, code or ""))

    def _key(post, role: str, code: str, name) -> tuple:
        standing_in = post.capacity != "definitif" and ("Wakil " + role, code) in posts_of[slug(name.name)]
        return role, code, standing_in

    holders: dict[tuple, set[str]] = {}
    for post, role, code, name in found:
        if code and not is_shared_seat(role):
            holders.setdefault(_key(post, role, code, name), set()).add(slug(name.name))
    out = []
    for post, role, code, name in found:
        key = _key(post, role, code, name) if code else (role, code, False)
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


def _clipped(short: str, full: str) -> bool:
    """``short`` opens the one-word name ``full`` and is a word of its own ("Hendri" of "Hendriyanto")."""
    return len(short) >= 4 and len(full) > len(short) and full.lower().startswith(short.lower())


def _short_form_owner(out: Officials, words: list[str], post, role: str, code: str | None):
    """The official a shorter name stands for, and the post's region.  Of several fuller names that contain it
    ("Gubernur Wijaya" after Candra Wijaya and Dedi Wijaya), the one who holds the same post; a post
    written without its region ("Gubernur Santoso") is the one that official holds where the text named it."""
    cands = [o for o in out.all if _same_person(words, o.words)]
    same_post = [o for o in cands if any(ow is o and r == role for _, r, _, ow, _ in out.posted)]
    for o in same_post + cands:
        if not _same_role_elsewhere(out.posted, o, role, code):
            return o, code
        if post.region_span is None and o in same_post:
            return o, next(c for _, r, c, ow, _ in out.posted if ow is o and r == role)
    return None, code


# The national seats one person holds ("Presiden RI Rahmat Santoso ... Presiden Rahmatso"): there the one word must
# also open as the full name does (a nickname clipped from it), for the text may name a past holder
# ("waduk yang dibangun Presiden Wirabumi pada tahun 1980").
_HEADS_OF_STATE = frozenset(("Presiden", "Wakil Presiden"))


# a post whose holder sent someone in their stead ("Kapolres yang diwakili (oleh) …"): no holder is named there
_REPRESENTED = re.compile(r"\s*,?\s*(?:yang\s+)?(?:di|ter)wakil(?:i|kan)\b")


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
        if name is not None and "," in text[post.start:name.full_start] and \
                _LINKED_BEFORE.search(text, max(0, post.start - 20), post.start):
            # "A yang menjabat Kepala X, B yang menjabat ...": the link ties the post to A, and a name after the
            # comma that opens its own "yang menjabat" clause is the next item of a list, not this post's holder
            before = name_before(text, post.start)
            if before is not None and _plausible(ctx, before, lower_words):
                name = before
            elif _OWN_CLAUSE.match(text, name.full_end):
                name = None
        listed = listed_members(text, post.end, name) if is_shared_seat(role) else []
        if len(listed) > 1 or (listed and name is None):  # "anggota DPRD yakni A, B dan C": each holds the seat
            found += [(post, role, code, n) for n in listed if _plausible(ctx, n, lower_words)]
            continue
        ok = name is not None and _plausible(ctx, name, lower_words)
        if not ok and post.name_end is not None and post.name_start is not None and post.name_start < post.start:
            continue    # "Penetapan A dan B sebagai Bupati dan Wakil Bupati X": a pair's post goes to its own name
            #             or to no one; the name before "sebagai" is the pair's second, who holds the other post
        if not ok and _REPRESENTED.match(text, post.end):
            continue    # "A, Kasatpol PP yang diwakili, …": the holder is away, represented; A holds another post
        if not ok and (text[post.start].isupper() or post.head.lower() in _UNIT_OPEN_SET
                       and text[max(0, post.start - 3):post.start].rstrip().endswith(",")
                       or _LINKED_BEFORE.search(text, max(0, post.start - 20), post.start)) \
                and not post_list_at(text, post.end):
            # "X, Kepala Bidang Y, bertujuan ...": name first (also when what follows the post is no name:
            # "A yang menjabat Kepala Biro Hukum, Organisasi dan ...")
            name = name_before(text, _doubled_word_start(text, post.start))
            ok = name is not None and _plausible(ctx, name, lower_words)
        if not ok and text[post.start].isupper():
            name = inducted_before(text, post.start)  # "melantik Budi (PAW) Kepala Desa X, Kecamatan Y"
            if name is None or not _plausible(ctx, name, lower_words):
                name = listed_line_holder(text, post.start, post.end)   # "Budi, S.E. – Kepala Desa X" (a list line)
            ok = name is not None and _plausible(ctx, name, lower_words)
        if not ok and found:
            name = _second_post_holder(text, post, found[-1])
            ok = name is not None and _plausible(ctx, name, lower_words)
        if not ok:
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
            owner, code = _short_form_owner(out, words, post, role, code)
        if owner is None and len(words) == 1 and code and not is_shared_seat(role) and "Fraksi" not in role and \
                (role_level(role) in ("provinsi", "kabupaten", "kota") or role in _HEADS_OF_STATE) and \
                name.start > post.start and "," not in text[post.start:name.start]:
            # "Bupati Bangkalan, Muh Makmun ... kepada Bupati Momon": one word for a seat one person holds,
            # written after the holder's full name, is that holder's nickname
            owner = next((ow for p2, r2, c2, ow, _ in out.posted if r2 == role and c2 == code and p2.start < post.start
                          and (len(ow.words) >= 2 or _clipped(words[0], ow.words[0])) and (role not in _HEADS_OF_STATE
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
