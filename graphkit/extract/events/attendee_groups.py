"""Groups named in an attendance list: the items that are bodies or classes of office-holders.

GUIDELINES ("led and attended"): the groups named as present attend, keyed by the group's
word as written (``OPD``, ``Camat``, ``Ketua KPU``, ``Pengawas Pemilu``, ``Pemkab``,
``TNI-Polri``); ``peserta``, ``tamu undangan``, ``masyarakat``, ``warga``, ``rombongan``
and ``tokoh-tokoh`` are not groups.  A closed list of group words misses most of them, so
an attendance list ("dihadiri jajaran Forkopimda, anggota TNI-Polri, tokoh masyarakat dan
para camat") is read by its structure instead:

* the list runs from the cue to the end of its clause and splits into items (``list_items``) at commas,
  semicolons and the conjunctions ``dan``, ``serta``, ``hingga``, ``maupun``;
* an item loses its quantifiers (``para``, ``seluruh``, ``jajaran``, ``perwakilan``,
  ``masing-masing`` …) and keeps its words up to a qualifier (``yang``, ``di``, ``se-``,
  ``lingkup``, ``masing-masing`` …): "Ketua KPU masing-masing kabupaten" → ``Ketua KPU``;
* it is a group when its first word is a head of office or body (``data/attendee_groups.csv``,
  kind ``head``) or an acronym (``OPD``, ``TNI-Polri``, ``BP3OKP``), and not when it is one of
  the ``not`` words; an acronym in parentheses names the item ("Forum Komunikasi Pimpinan
  Daerah (Forkopimda)" → ``Forkopimda``);
* the list ends at the first item that reads as a clause (a prefixed verb: "… dan
  menyampaikan …").  Items that name a person are the person's (read elsewhere).
"""
from __future__ import annotations

import functools
import re

from .happening_cues import GROUP_WORDS, _VENUE_HEADS
from .group_lexicon import _JURISDICTION, _KIND_NOUNS, _ORG_CLASSES, _SEAT_HEADS, _class_heads, _misspelt_head, _ranks, _words
from .item_titles import APPOSED_REACH, _titled_person_after, apposed, unit_runs_to
from .group_spelling import _PAREN_ACRONYM, _spelt_by, _spelt_out
from .list_items import _items
from .group_neighbours import between_groups

_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d+")
_LEAD = {"para", "seluruh", "segenap", "jajaran", "perwakilan", "unsur", "sejumlah", "beberapa", "masing-masing",
         "berbagai", "termasuk", "personel",
         "pihak", "kalangan", "semua", "rekan-rekan", "sebanyak", "juga", "pula", "turut", "oleh", "pun", "hadir",
         "ikut", "tampak", "nampak", "orang", "dari", "pula", "langsung", "sekitar", "hingga", "puluhan", "ratusan", "belasan",
         "ribuan", "antara", "lain", "diantaranya", "antaranya", "mulai", "dua", "tiga", "empat", "lima", "enam", "tujuh",
         "delapan", "sembilan", "sepuluh", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan"}
# "pimpinan OPD", "jajaran pimpinan DPRD": the body is the group's word
_LEAD_BEFORE_GROUP = {"pimpinan", "keluarga", "insan", "segenap"}
# an item that opens on a preposition or a relative is no longer the list: "… dan Camat, di Aula …"
_ENDS_LIST = {"di", "pada", "ke", "dalam", "untuk", "sebagai", "selaku", "yang", "dengan", "guna", "agar", "bahwa",
              "karena", "terkait", "tentang", "mengenai", "saat", "ketika", "usai", "setelah", "sebelum"}
# "dengan FKPD dan OPD terkait dalam rangka kunjungan Presiden X", "unsur Muspida antara lain Ketua DPRD (X)": a person
# past a preposition, or named as a member, is no item's holder
_PHRASE_AFTER = re.compile(r"\b(?:%s|antara\s+lain|di\s*antaranya|termasuk|yakni|yaitu)\b" % "|".join(sorted(_ENDS_LIST)))
_STOP = {"yang", "semua", "semuanya", "di", "pada", "untuk", "sebagai", "selaku", "dengan", "dalam", "terkait", "tingkat", "sampai",
         "masing-masing", "lingkup", "lingkungan", "ini", "itu", "tersebut", "setempat", "juga", "hadir", "pun",
         "ke", "agar", "karena", "saat", "ketika", "bersama", "se", "seluruh", "mulai", "tahun", "periode", "guna",
         "atas", "terhadap", "sekaligus", "secara", "langsung", "kemudian", "lalu", "bahwa", "telah", "sudah",
         "akan", "tidak", "masih", "hingga", "terpilih", "merupakan", "sebelumnya", "baru", "lainnya", "lain",
         "dari", "turut", "ikut", "dapil", "atau", "seperti", "misalnya", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}
# academic degrees and a name's initials after a comma ("Budi, SE", "Bustami HY") are not bodies
_DEGREES = {"se", "sh", "mh", "mm", "sp", "st", "ssos", "msi", "mpd", "map", "mt", "mba", "sip", "skm", "skom",
            "mkes", "mkm", "spd", "sstp", "sik", "ak", "mag", "phd", "hy", "sag", "shi", "mhum", "ssi", "sh.", "se."}
# a verb written capitalised (a headline's words: "… Camat dan Lurah Pastikan 53 Program"): me-/ber- forms, and
# bare -kan forms that are no pe-/ke- noun (Pastikan, Resmikan; not Pendidikan, Kebijakan)
_CAPITAL_VERB = re.compile(r"(?:me|ber)[a-z]{4,}$|(?!pe|ke)[a-z]{3,}kan$")
# a lower-case verb form (me-/di-/ber-/ter-, not the nouns and quantifiers that look like one): a clause, not a list item
# ("bersama" is a preposition: "Sekda X bersama jajaran Pemkot, Kasi Y …" goes on listing)
VERB = re.compile(r"\b(?!dinas|direktur|distrik|divisi|diklat|dewan|daerah|desa|berbagai\b|termasuk\b|bersama\b)"
                  r"(?:me|di|ber|ter)[a-z]{3,}\b")
# the end of an item's words: a comma, or a period that is not an honorific's or a degree's ("Drs. H. Budi")
_COMMA = re.compile(r"[,;\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.")
_NAME_WORD = re.compile(r"[A-Z][a-z]+$")
# two-word items that are not groups although their first word is a head ("anggota keluarga")
_NOT_PAIRS = {"anggota keluarga", "anggota keluarganya", "anggota masyarakat"}
_DATELINE = re.compile(r"\s*(?:[\u2013\u2014]|-\s)")
# heads of office-holders (not of bodies): "kepala OPD" is a class of people, "OPD" the bodies
_PERSON_HEADS = {"kepala", "ketua", "wakil", "anggota", "sekretaris", "pimpinan", "pejabat", "staf", "asisten",
                 "direktur", "komisioner", "kabid", "kabag", "kasi", "kadis", "pengurus"}
_RUNS_ON = re.compile(r"\s*(?:dan|serta)(?:\s+(?:[A-Z][\w.&/-]*|dan|&))+\s*$")
# a ministry by its short name: Kemendagri, Kemenkes, KemenPAN-RB
_MINISTRY = re.compile(r"Kemen[A-Za-z-]{2,}$")
_CLASS_OF_PEOPLE = re.compile(r"\s*(?:para|seluruh|segenap)\s+(?=[A-Z][a-z])")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*")
# two capitals written before a name are its initials, no body's acronym: "FX" (Fransiskus Xaverius), "AA" (Anak Agung)
_INITIALS = re.compile(r"[A-Z]{2}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*$")


# "Kepala OPD seperti Disdukcapil, Dinkes …": what follows exemplifies the group, it names no other one
_EXAMPLES = re.compile(r"\b(?:seperti|misalnya|contohnya)\b", re.I)


# "… dan lurah di Gedung Lokakrida lantai 8, Balai Kota …": a venue after the item closes the list
_AT_VENUE = re.compile(r"\s(?:di|bertempat\s+di)\s+(?:%s)\b" % _VENUE_HEADS)
# "Asisten I, II dan III": a numeral alone continues the post written before it, it is no group
_NUMERAL = re.compile(r"(?:[IVX]+|\d+)$")


# "para pimpinan OPD", "jajaran Pimpinan DPRD": the heads of the bodies, the title written before the body's word
_HEADS_OF = re.compile(r"\b([Pp]impinan)\s+$")


@functools.lru_cache(maxsize=4096)
def group_label(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The group an item names, as (label, start, end), or None (a person, a non-group, prose).

    The label keeps the words written (GUIDELINES: the group's word as written): "pimpinan OPD" is read as the
    class "OPD" (``_group_words``), and the title before it stays in the label, which still holds the body's word."""
    found = _group_words(text, s, e)
    if found is None or found[1] <= s:
        return found
    title = _HEADS_OF.search(text, max(s, found[1] - 12), found[1])
    if title is None or "(" in found[0]:
        return found
    return f"{title.group(1)} {found[0]}", title.start(), found[2]


@functools.lru_cache(maxsize=4096)
def _group_words(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """``group_label`` before the title of the body's heads is put back."""
    heads, nots = _words()
    paren = _PAREN_ACRONYM.search(text, s, e)
    words = list(_WORD.finditer(text, s, min(e, s + 160)))   # a group's name is a few words after its quantifiers
    while words and (words[0].group(0).lower().rstrip(".") in _LEAD or words[0].group(0).isdigit()
                     or len(words) > 1 and words[0].group(0).lower() in _LEAD_BEFORE_GROUP):
        words.pop(0)
    if not words:
        return None
    first = words[0].group(0).rstrip(".")
    low = first.lower()
    if low in nots or low.split("-")[0] in nots or low.replace(".", "") in _DEGREES:
        return None
    if len(words) > 1 and f"{low} {words[1].group(0).lower()}" in _NOT_PAIRS:
        return None
    acting = low in _CAPACITIES and len(words) > 1 and words[1].group(0).lower().rstrip(".") in heads
    if low not in heads and not _ACRONYM.match(first) and not _MINISTRY.match(first) and not (first[0].isupper() and _misspelt_head(low)) and not acting:
        return None
    if low in _CAPACITIES and len(words) == 1:
        return None       # "para Pj." cut off by a sentence break: a capacity names no office
    capacity = None
    if acting:
        # "Pj Bupati Jombang", "Plt Sekda Aceh": the office is read from its head, and the capacity
        # stays in the label (GUIDELINES: the group's word as written; the acting holder is not the definitive one,
        # and ``group_attendees`` tells whether the article names that acting holder)
        capacity = words.pop(0)
        first = words[0].group(0).rstrip(".")
        low = first.lower()
    # "Majelis Adat Melayu Wonosobo (MAMW)": the acronym after the run vouches for its capitalised words (none is a verb)
    vouched = _spelt_by(paren, words, text) if paren else -1
    kept = [words[0]]
    for w in words[1:6]:
        word = w.group(0)
        if word.lower().rstrip(".") in _ADDRESS and low in _SEAT_HEADS:
            return None   # "Ketua TP-PKK Kota X Ibu drg. Y": a form of address opens the seat-holder's name
        if word.lower().rstrip(".") in ("lainnya", "lain") and len(kept) == 1 and kept[0].group(0).islower():
            return None   # "jajaran pemerintah lainnya": "the other <class noun>" names no body ("pemerintah kota
            #               Bitung lainnya" still names the city's government)
        # a stop word keeps its force at a sentence's end ("jajaran pemerintah kota Bitung lainnya.")
        if word.isdigit() and len(kept) == 1 and _AREA_NEXT.match(text, w.end()):
            kept.append(w)    # "Dandim 0104/Aceh Timur", "Kodim 0815 Mojokerto": a unit's number, then its area
            continue
        if word.lower().rstrip(".") in _STOP or word.lower().startswith("se-") or word.isdigit() \
                or _CAPITAL_VERB.match(word.lower()) and w.end() > vouched or word[0].islower() and VERB.fullmatch(word):
            break     # "tiga pejabat didampingi istri": a verb written in lower case ends the name
        if "\n" in text[kept[-1].end():w.start()]:
            break         # a line break ends a name ("… para Pj. Bupati\n\nWakil Menteri …": a caption)
        if text[kept[-1].end():w.start()].strip() not in ("", "/") and not (
                text[kept[-1].end():w.start()].strip() == "." and kept[-1].group(0).lower() in _CAPACITIES):
            break         # a mark ("Pemkab (...)") ends the name; "Bupati/Walikota" is one item; "Pj. Bupati" too
        kept.append(w)
    for i in range(1, len(kept) - 2):
        if _ACRONYM.match(kept[i].group(0)) and all(_NAME_WORD.match(w.group(0)) and w.group(0).lower() not in _JURISDICTION
                                                    for w in kept[i + 1:i + 3]):
            return None   # "Sekretaris KONI Budi Santoso": a post and a name the names stage did not list
    if len(kept) > 2 and _INITIALS.fullmatch(kept[0].group(0)) and all(
            _NAME_WORD.match(w.group(0)) and w.group(0).lower() not in _JURISDICTION and w.group(0).lower() not in heads
            for w in kept[1:3]):
        return None       # "FX Budi Santoso", "AA Ngurah Oka": a name's two initials (Fransiskus Xaverius, Anak Agung)
    ls, le = kept[0].start(), kept[-1].end()
    if low in _KIND_NOUNS and len(kept) == 1:
        return None       # "instansi terkait": a kind of body without the word that says which
    if low in _ORG_CLASSES and all(w.group(0).islower() for w in kept) and not (paren and 0 <= paren.start() - le <= 2):
        return None       # "organisasi masyarakat": a kind of body, none named (an acronym after it names one)
    if paren and 0 <= paren.start() - le <= 2 and _spells_the_body(paren.group(1), kept):
        short = paren.group(1)
        if len(kept) > 1 and low in _PERSON_HEADS and (short[0].lower() != low[0] or (
                short[0].lower() == kept[1].group(0)[0].lower()
                and short.lower() != "".join(w.group(0)[0] for w in kept).lower())):
            # "kepala Organisasi Perangkat Daerah (OPD)": the head of the body the acronym names ("Pejabat
            # Pemerintah Kabupaten (Pemkab)": the acronym opens as the body does, not as the whole item)
            return f"{first} {short}", ls, paren.end(1)
        if le == vouched and len(kept) > 1 and not GROUP_WORDS.fullmatch(short):
            # "Universitas Lembah Hijau (ULH)": a named body, written in full with its acronym, keeps both (GUIDELINES:
            # the group's word as written; the annotators key either, and the scorer matches a key whose words the
            # name holds); the classes the lexicon knows by their acronym (OPD, ASN, Forkopimda, DPRD) keep it alone,
            # so that their nodes still merge across articles
            return f"{' '.join(w.group(0) for w in kept)} ({short})", ls, paren.end(1) + 1
        return short, paren.start(1), paren.end(1)   # "Forum … Daerah (Forkopimda)": the short name
    if _DATELINE.match(text, le):
        return None       # "BANGKA SELATAN – …": a dateline, not a body
    if capacity is not None:
        ls = capacity.start()
    label = " ".join(text[ls:le].rstrip(".").split())
    if len(kept) == 1 and _ACRONYM.match(first) and not GROUP_WORDS.fullmatch(first):
        # "… kepada perwakilan ULH": an acronym the article has spelt out before ("Universitas Lembah Hijau
        # (ULH)") is the same named body, under the same name
        label = _spelt_out(text, first) or label
    return (label, ls, ls + len(text[ls:le].rstrip("."))) if len(label) >= 2 else None


_CAPACITIES = {"pj", "pjs", "plt", "plh"}
# what follows a unit's number when the number is part of the unit's name: its area, by "/" or a capital
_AREA_NEXT = re.compile(r"/|\s[A-Z]")


def _spells_the_body(short: str, kept: list) -> bool:
    """Whether an acronym in brackets after the item's words names the item, opening as its first or its second
    word does (after a head of office-holders); "anggota DPRD Provinsi Jawa Barat (Jabar)": the acronym is the
    region's only, and the label keeps the words written."""
    return short[0].lower() in {w.group(0)[0].lower() for w in kept[:2]}
# forms of address written before a person's name ("Ibu", "Bapak", "Ny."): a group's name never holds one
_ADDRESS = {"ibu", "bapak", "bpk", "pak", "bu", "ny", "nyonya", "tuan", "sdr", "saudara", "saudari"}
_ONE_HOLDER_HEADS = {"bupati", "gubernur", "walikota", "wali"}


def _capitalised(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The run of capitalised words from ``s`` (before ``e``) as a group's name, or None."""
    m = _CAPITALISED.match(text, s, e)
    if not m or m.group(0).split()[0].lower() in _words()[1] or m.group(0).lower() in _CAPACITIES:
        return None       # (a capacity alone, "para Pj.", names no class)
    return m.group(0), m.start(), m.end()


def listed_groups(text: str, start: int, end: int,
                  person_spans: list[tuple[int, int]]) -> list[tuple[str, int, int, int, int]]:
    """The groups of the attendance list in text[start:end] (see the module docstring): (label, its start,
    its end, the item's start, the item's end)."""
    out = []
    ranks = _ranks()
    members = False       # the list has named a class of organisations: its capitalised items are members
    examples = False      # "Kepala OPD seperti Disdukcapil, Dinkes … dan camat": the bodies after "seperti" exemplify
    seq = []              # per item: "G" a group, its span when left untyped, None else (``group_neighbours``)
    for s, e in _items(text, start, end):
        seq.append(None)
        chunk = text[s:e]
        first = _WORD.search(chunk)
        if first and first.group(0).lower() in _ENDS_LIST:
            break          # a prepositional phrase or a relative clause: the list has ended
        if first and _NUMERAL.match(first.group(0)) and not chunk[first.end():].strip():
            continue       # "Asisten I, II dan III": the numeral is a post of the head before it
        found = group_label(text, s, e)
        if found is None and first and _CLASS_OF_PEOPLE.match(chunk):
            # "para Prajuru Desa Adat": a plural quantifier before a capitalised noun names a class of people
            found = _capitalised(text, s + _CLASS_OF_PEOPLE.match(chunk).end(), e)
        elif found is None and first and first.group(0)[0].isupper() and members:
            # "organisasi masyarakat Purna Bhakti, Lakoja, dan Jogja Tanpa Miras": the class's members, by name
            found = _capitalised(text, s + first.start(), e)
        if (out and first and first.group(0).lower() in ranks and out[-1][0].lower().startswith("pejabat ")
                and (found is None or found[0].lower() == first.group(0).lower())):
            # "para pejabat pimpinan tinggi pratama, administrator dan pengawas": the rank's head is written once
            found = (f"{out[-1][0].split()[0]} {first.group(0)}", s + first.start(), s + first.end())
        if found is None and (VERB.search(chunk) or first and first.group(0).lower().endswith(("nya", "kan"))
                              and _CAPITAL_VERB.match(first.group(0).lower())):
            break          # the list has ended: a clause follows (or a capitalised one: "yaitu Meningkatnya Nilai …")
        # "Sekretaris Daerah, Tohar", "Kepala Dinas Perizinan Terpadu dan Satu Pintu Basuki": a post whose
        # holder is named before the next comma, or right after it, is that person's title
        if text[e:e + 1] in ",;":
            upto = e          # the item ends at a comma: its own words only
        else:                 # split at "dan"/"serta": a unit name may run on ("… Terpadu dan Satu Pintu Basuki")
            comma = _COMMA.search(text, e, min(len(text), e + 120))
            upto = comma.start() if comma else e + 120
        # "Asisten Pemerintahan dan Kesejahteraan Rakyat, Budi": a unit name that runs on past "dan" in capitals,
        # then its holder after the comma
        runs_on = upto != e and text.startswith(",", upto) and _RUNS_ON.match(text, e, upto) is not None
        if any(s <= ps < upto and not _PHRASE_AFTER.search(text, s, ps) or e < ps <= e + APPOSED_REACH and apposed(text, e, ps)
               or runs_on and upto < ps <= upto + APPOSED_REACH and apposed(text, upto, ps)
               or e < ps <= e + 60 and unit_runs_to(text, e, ps) for ps, _ in person_spans):
            continue       # a named person (or their title, "Asisten Pemerintahan dan Kesra, Budi"): the person
        if found and found[0].split()[0].lower() in _SEAT_HEADS and _titled_person_after(text, e):
            continue       # "Ketua Dharma Wanita Persatuan X, Sulastri Husain": one person's title (GUIDELINES:
            #                named people who hold no post are not scored as attendees)
        if found and examples and found[0].split()[0].lower() not in _class_heads():
            continue       # a body named as an example of the class before ("… seperti Dinkes, PUPR"): that class
        examples = examples and not found or _EXAMPLES.search(text, s, e) is not None
        if not found:
            seq[-1] = (s, e)
        if found:
            out.append((*found, s, e))
            seq[-1] = "G"
            if _AT_VENUE.search(chunk):
                break      # "… dan lurah di Gedung X, Balai Kota Y": the venue follows, the list is over
            members = members or found[0].split()[0].lower() in _ORG_CLASSES
            if "/" in found[0]:
                # "Bupati/Walikota": each office of the pair is a class present, beside the pair as written
                at = found[1]
                for part in found[0].split("/"):
                    at = text.find(part, at, found[2])
                    if part.strip() and group_label(text, at, at + len(part)):
                        out.append((part, at, at + len(part), s, e))
                    at += len(part)
    return between_groups(text, out, seq)


__all__ = ["apposed", "group_label", "listed_groups", "unit_runs_to"]
