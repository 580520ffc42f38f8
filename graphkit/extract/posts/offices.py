"""Posts (jabatan) written in the text: "Penjabat Sementara (Pjs) Bupati Jember,
Imam Hidayat", "Kepala Dinas Tenaga Kerja dan Transmigrasi Kholijah",
"Kapolres Bengkalis, AKBP Hendra Gunawan".

Indonesian news writes a post as ``[capacity] head [unit words] [region]
[,] [name]``: posts are compositional.  ``find_posts`` matches the head (the
fixed posts of titles.csv, and open heads such as Kepala, Ketua, Sekretaris,
Komisioner, Juru Bicara, Karo, Asisten ... that are posts only by the public unit
after them; see ``heads``), reads the capitalised run after it (``post_runs``)
and splits it, right to left: a name (honorifics and ranks mark its start;
otherwise the trailing words that are not agency vocabulary), a region, and the
unit words that complete the role.  "Ketua" alone (Ketua MUI, Ketua DPC ...) is
no public post; "Ketua DPRD", "Ketua Panwascam", "Ketua KPK" are.  A double post
written with a slash ("Menteri LH/Kepala Badan ...") is one post of one person.
The run is split into its parts in ``post_split``; the ``Post`` record is in ``post_record``.
"""
from __future__ import annotations

import functools
import re

from .heads import _AGENCY_HEADS, _OPEN_SET, SPELLED_HEADS, SWAPPED_BODIES, _head_matches
from .post_status import _CAP_NAME, CAPACITY, not_held_before
from .public_units import PARTY_BOARD, PARTY_BOARD_NEXT, _CORPORATE, _PARTY, _PUBLIC_AFTER
from ..names.name_affixes import rank_at
from ..names.role_words import misspelt_unit
from ..names.names import parse_name
from ..names.word_forms import edit_distance
from .post_record import Post
from .post_runs import _INSIDE_SECRETARIAT, post_run
from .post_split import _ELECT, _split


def _ranked_holder(text: str, start: int, end: int) -> bool:
    """A police or military rank among the words after the post ("Kapolda Sulsel Irjen Pol X"): a person follows."""
    return any(rank_at(text, w.start()) for w in _WORD_START.finditer(text, start, end))


_WORD_START = re.compile(r"(?<=\s)[A-Z]")
_DOCUMENT_WORD = re.compile(r"\b(?:Keputusan|Peraturan|Instruksi|Edaran|SK)\s+$")


def _signer_named(text: str, post: "Post") -> bool:
    """A document's post followed by a personal name of two words or more: the holder who issued it."""
    if post.name_start is None:
        return False
    name = parse_name(text, post.name_start)
    return name is not None and len(name.name.split()) >= 2 and name.start - post.name_start < 3


_HEAD_ABBREV = re.compile(r"^\([A-Z][A-Za-z]{1,9}\)\s*")
# "Inspektur Upacara" (also "Pembina/Komandan Upacara"): the one who takes the salute at a ceremony, a part
# played that day, not a post; a misspelt "Upacara" ("Upaara", "Upcara") is the same word.
_CEREMONY_WORD = re.compile(r"\s+(Up[a-z]{3,7})\b")


def _ceremony_role(text: str, end: int) -> bool:
    m = _CEREMONY_WORD.match(text, end)
    return bool(m) and edit_distance(m.group(1).lower(), "upacara", 1) <= 1


_INCUMBENT = re.compile(r"\s+(?:petahana|incumbent)(?=\s+[A-Z])", re.I)


def capacity_before(text: str, start: int) -> tuple[str, int]:
    """The acting capacity written just before a head ("Pj", "Penjabat Sementara (Pjs)")."""
    window = text[max(0, start - 40):start]
    best = ("definitif", start)
    low = window.lower()
    # every CAPACITY match holds one of these (case folded; "pelak" rather than "pelaksana", whose "s" re.I
    # also matches as "ſ"): most windows hold none, and are spared the scan from every position
    if not ("pj" in low or "plt" in low or "plh" in low or "penjabat" in low or "pelak" in low or "pejabat" in low):
        return best
    # the scan may look past the head ("Pejabat" is a capacity only before a head it names: "Pejabat Bupati")
    for m in CAPACITY.finditer(text, max(0, start - 40), min(len(text), start + 30)):
        if m.end() == start:
            word = (m.group("long") or m.group("short")).lower()
            best = (_CAP_NAME[_SPACES.sub(" ", word)], m.start())
    return best


_CAPITAL = re.compile(r"[A-Z]")
_CAPITAL_WORD = re.compile(r"\s[A-Z]")
_SPACES = re.compile(r"\s+")
_LOWER_CASE_HEADS = {"anggota dpr", "anggota dprd", "anggota dpd", "kepala dinas", "wali kota", "gubernur", "bupati",
                     "camat", "juru bicara", "juru bicaranya", "jubir", "kepala distrik", "komisioner", "wakil bupati", "wakil gubernur",
                     "wakil wali kota", "walikota", "ketua dprd", "wakil ketua dprd", "sekretaris daerah", "sekda",
                     "kepala badan", "kepala desa", "lurah", "kapolres", "kapolda", "dandim", "kajari", "kajati",
                     "kepala kantor", "kepala bagian", "kepala bidang", "kepala biro", "kadis", "kaban", "kabag", "kabid",
                     "anggota komisi", "ketua komisi", "wakil ketua komisi", "ketua fraksi", "senator"}        # heads that are posts even written in lower case


# Open heads whose public unit, written capitalised after them, makes them a post even when the head itself is
# written small ("wakil ketua KPK", "menteri Dalam Negeri"); not those whose rule takes any capital ("dirjen").
_LOWER_HEAD_UNITS = frozenset(k for k in _PUBLIC_AFTER if _PUBLIC_AFTER[k].pattern not in ("[A-Z]",)) | {"menteri", "wakil menteri"}


def _unit_after_lower_head(text: str, end: int, key: str) -> bool:
    """A head written in lower case is a post when the public unit its grammar asks for follows it capitalised
    (news writes the head small mid-sentence: "dihadiri wakil ketua KPK X"); a minister by the ministry's field
    ("menteri Dalam Negeri"), never by a bare capital, which may be the holder's name ("menteri Budi")."""
    if key not in _LOWER_HEAD_UNITS:
        return False
    after = _HEAD_ABBREV.sub("", text[end:end + 80].lstrip(), 1)
    if key in ("menteri", "wakil menteri"):
        return bool(_MINISTRY_FIELD.match(after))
    return bool(_PUBLIC_AFTER[key].match(after))


# the fields ministries are named by, as news writes them after "Menteri" (the ministry's name, not a person's)
_MINISTRY_FIELD = re.compile(r"(?:Dalam\s+Negeri|Luar\s+Negeri|Keuangan|Agama|Pertahanan|Kesehatan|Sosial|Pertanian|"
                             r"Perhubungan|Perdagangan|Perindustrian|Pendidikan|Hukum|Koordinator|Sekretaris\s+Negara|"
                             r"Pekerjaan\s+Umum|Desa|Dalam|Pariwisata|Kelautan|Lingkungan|Energi|Badan\s+Usaha|"
                             r"Pemberdayaan|Pemuda|Ketenagakerjaan|Komunikasi|Investasi|Agraria|PPN|PAN|BUMN|ATR)\b")


@functools.lru_cache(maxsize=1024)
def _head_name(written: str) -> tuple[str, str]:
    """The head as the graph names it, and its lower case (cached: a few hundred heads, seen per article)."""
    head = _SPACES.sub(" ", written)
    head = SPELLED_HEADS.get(head.lower(), head)
    return head, head.lower()


def find_posts(text: str, region_at) -> list[Post]:
    """Every public post written in ``text``.  ``region_at(start, end, head)`` says
    whether a gazetteer region form is exactly at [start, end) (returns its end or None)."""
    posts: list[Post] = []
    covered = -1            # the end of the last post's run: a head inside it locates that post ("Asisten I Sekda X")
    last_toks: list = []
    for m in _head_matches(text):
        if m.start() < covered:
            continue
        head, key = _head_name(m.group("head"))
        if m.group("head")[-5:].lower() == "dewan" and not _region_next(text, m.end(), head, region_at):
            continue            # "Ketua Dewan Pendidikan X": a council, not the legislature of a region
        if head[0].islower() and key not in _LOWER_CASE_HEADS and not _unit_after_lower_head(text, m.end(), key) \
                and not _CAPITAL_WORD.search(m.group("head")):
            # (a head whose own form names its body in capitals, "ketua KPU", "ketua Bawaslu", is a post however its
            # seat is written, as an open head is when its unit follows capitalised)
            if not _lower_seat_of_previous(text, m, key, posts):
                continue
            head = head.title()         # the seat of the body just named: "wakil ketua" -> "Wakil Ketua (DPRD)"
        rule = _PUBLIC_AFTER.get(key)
        faction = body = None
        if rule and not rule.match(_HEAD_ABBREV.sub("", text[m.end():m.end() + 80].lstrip(), 1)) and \
                not _misspelt_unit_at(text, m.end()):
            # (the head's abbreviation in brackets first: "Direktur Jenderal (Dirjen) Kebudayaan")
            faction = _FACTION_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
                if key in ("juru bicara", "jubir") else None
            body = _body_of_previous(text, posts[-1], m.start()) if key in _SEATS and posts and not faction else None
            if faction is None and body is None:
                continue        # (a faction's spokesperson may be named after it: "fraksi X melalui juru bicara Y";
                #                  a seat after the body's chair takes its body: "Ketua DPRD X, A, dan Wakil Ketua B")
        if key in ("menteri", "wakil menteri") and not _CAPITAL.match(text[m.end():m.end() + 80].lstrip()):
            continue
        if text[m.end() + 1:m.end() + 3] == "Up" and _ceremony_role(text, m.end()):
            continue
        if text.startswith(" se", m.end()) and _EVERY_OF.match(text, m.end()):
            continue            # "Raker Bupati se-Papua Tengah": every holder of the post in a region, no one person
        capacity, cap_start = capacity_before(text, m.start())
        q = _INCUMBENT.match(text, m.end())      # "Bupati petahana Budi": the incumbent, who holds the post
        toks, run_end = post_run(text, q.end() if q else m.end(), key in _OPEN_SET or key.startswith("asisten"),
                                 bool(_INSIDE_SECRETARIAT.match(key)), key in _AGENCY_HEADS)
        tail_text = text[m.end():toks[-1][1]] if toks else ""
        if toks and ((_CORPORATE.search(tail_text) and not (key == "ketua fraksi"
                                                            and not _CORPORATE.search(tail_text.replace("Partai", ""))))
                     or tail_text.endswith("nya") or "-nya" in tail_text):
            continue
        if key in ("ketua dpd", "anggota dpd", "ketua dpr", "ketua") and _PARTY.match(text, m.end()):
            continue
        if "DP" in text[m.start():run_end + 8] and (PARTY_BOARD.search(text, m.start(), run_end)
                                                    or PARTY_BOARD_NEXT.match(text, run_end)):
            continue
        document = not_held_before(text[max(0, cap_start - 30):cap_start])
        if document and not _ranked_holder(text, m.end(), run_end) and not _DOCUMENT_WORD.search(
                text, max(0, cap_start - 30), cap_start):
            continue              # "Kantor Gubernur Sumsel Jalan Rivai": a building; "Peraturan Menteri ...": a document
            #                       (but "ke rujab Kapolda Sulsel Irjen Pol X": a rank names the holder whose house it is)
        post = _split(text, m.start(), cap_start, head, key, toks, run_end, capacity, region_at)
        if document and not _ranked_holder(text, m.end(), run_end) and not _signer_named(text, post):
            continue              # "Surat Keputusan Mendagri Nomor ...": a document, but "Surat Keputusan Menteri
            #                       Dalam Negeri (Mendagri) Budi Karnadi, nomor ...": it names the holder who signed it
        if faction is not None:
            post.tail = [faction.span(1)]
        if body is not None:
            # (the seat's number stays: "Wakil Ketua I DPRD X, A, Wakil Ketua III B" -> "Wakil Ketua III DPRD")
            seat_no = _SEAT_NUMBER.match(text, m.end())
            post.tail = ([seat_no.span(1)] if seat_no else []) + [body.span(1)]
            post.region_span = post.region_span or posts[-1].region_span
        prev = posts[-1] if posts else None
        if prev is not None and prev.joined is None and "/" in text[prev.end:post.start] and \
                _SLASH.fullmatch(text, prev.end, post.start):
            # "Menteri LH/Kepala Badan X Budi": one person's double post, written as one
            tail = [(s, e) for s, e, kind in last_toks if kind != "paren"]      # (no name in the first post)
            posts[-1] = Post(prev.start, post.end, prev.head, tail, prev.capacity if prev.capacity != "definitif"
                             else post.capacity, post.region_span, post.name_start, post.provincial,
                             prev.current and post.current, joined=post)
        else:
            posts.append(post)
        covered = toks[-1][1] if toks else -1
        last_toks = toks
    _share_status(text, posts)
    return posts


# "Bupati X terpilih, Budi, dan Wakil Bupati Andi": the deputy named with the head, in one coordination
_DEPUTY_AFTER = re.compile(r"(?:\s+(?:terpilih|nonaktif|non-aktif))?(?:\s*,?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?\s*,?\s+(?:dan|serta)\s+")


def _share_status(text: str, posts: list[Post]) -> None:
    """A deputy's post coordinated with the elect head's post just before shares its status: "Bupati Minahasa
    terpilih, A, dan Wakil Bupati B" elects both (the pair runs together); neither holds the post yet.
    ("mantan Bupati A dan Wakil Bupati B" is left as it was: a former head may have served beside a deputy
    still in office.)"""
    for prev, post in zip(posts, posts[1:]):
        if not prev.current and post.current and post.head.startswith("Wakil ") and post.head[6:] == prev.head \
                and _ELECT.search(text, prev.start, post.start) and _DEPUTY_AFTER.fullmatch(text, prev.end, post.start):
            post.current = False


_BLANKS = re.compile(r"\s+")
_EVERY_OF = re.compile(r"\s+se(?:-|\s+)[A-Z]")


def _region_next(text: str, end: int, head: str, region_at) -> bool:
    """A region right after the head ("Wakil Ketua Dewan Kabupaten X"), for a seat of the legislature named by
    its common noun (``heads.LEGISLATURE_NOUN_SEATS``)."""
    blanks = _BLANKS.match(text, end)
    start = blanks.end() if blanks else end
    return start < len(text) and text[start].isupper() and \
        region_at(start, min(len(text), start + 60), head) is not None


_NEXT_WORD = re.compile(r"\s+([A-Z][A-Za-z]{5,})\b")


def _misspelt_unit_at(text: str, pos: int) -> bool:
    """The word after an open head misspells an agency acronym by one letter ("Kepala Bapelitbangda"): a unit."""
    w = _NEXT_WORD.match(text, pos)
    return bool(w) and misspelt_unit(w.group(1)) is not None


_SLASH = re.compile(r"\s*/\s*")
_SEATS = frozenset(("ketua", "wakil ketua", "anggota", "sekretaris"))
_BODY_WORD = re.compile(r"\b(DPRD|DPR|DPD|KPU|Bawaslu|Panwascam|Panwaslu|PPK|%s)\b" % "|".join(SWAPPED_BODIES))
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


_SEAT_NUMBER = re.compile(r"\s+(I{1,3}|IV|V|[1-4](?!/|[.,]?\d))\b")      # "Wakil Ketua II", "Wakil Ketua 2"


def _body_of_previous(text: str, prev: Post, start: int) -> re.Match | None:
    """The body of the post written just before in the same sentence, for a seat written without one."""
    if start - prev.end > 120 or _SENTENCE_END.search(text, prev.end, start):
        return None
    # (or the body that seat took from the one before it: in "Ketua DPRD X A, Wakil Ketua I B, Wakil Ketua II C"
    # every seat of the run is of the DPRD the first one names)
    return _BODY_WORD.search(text, prev.start, prev.end) or next(
        (m for s, e in prev.tail if (m := _BODY_WORD.fullmatch(text, s, e))), None)
def _lower_seat_of_previous(text: str, m: re.Match, key: str, posts: list[Post]) -> bool:
    """A seat written small before a name, after the body's chair in the same sentence, is a seat of that body:
    "dipimpin ketua DPRD A didampingi dua wakil ketua B dan C" (news drops the body it has just named)."""
    return key in ("wakil ketua", "anggota") and bool(posts) and bool(_NAME_AFTER.match(text, m.end())) and \
        _body_of_previous(text, posts[-1], m.start()) is not None


_NAME_AFTER = re.compile(r"\s+(?:(?:I{1,3}|IV|V|[1-4])\s+)?[A-Z][a-z]|"
                         # or the rest of the body's members, listed: "… dan empat anggota lainnya, yakni A, B"
                         r"\s+lain(?:nya)?\s*,?\s*(?:yakni|yaitu|antara\s+lain|masing-masing|adalah)\b")
_FACTION_BEFORE = re.compile(r"\b([Ff]raksi)\s+(?:[A-Z][\w-]*\s+){1,3}(?:dengan|melalui|lewat)\s+$")
