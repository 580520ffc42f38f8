"""Personal names in Indonesian news: honorifics, ranks, degrees, aliases.

A name in this press is written "Prof. Dr. HM Edwar Juliartha, S.Sos, MM" or
"AKBP Hendra Gunawan" or "H. T. Zainuddin"; the graph keys officials on the
bare name ("Edwar Juliartha") and keeps the rest in ``honorifics`` and
``degrees``.  ``parse_name`` reads one name from a position in the text with
a small token grammar (capitalised words, initials such as "G.L.", a trailing
all-caps family initial such as "HY") and stops at the first word that is
clearly not part of a name (a title word, a month, a lower-case word).

The tables it reads live beside it: honorifics, ranks and degrees in ``name_affixes``, the words that are
never a name in ``stop_words``, post and agency vocabulary in ``role_words``; slugs and other word forms
in ``word_forms``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..regions.gazetteer import opd_rows
from .name_affixes import _DEGREE_KEYS, _degrees, comma_degree_at, comma_honorific_at, honorific_at, rank_at
from .role_words import _AGENCY_NOUN, _AGENCY_WORD, is_role_word, role_vocab
from .stop_words import _ADDRESS_WORDS, _STOP, MONTHS, NAME_FIELDS, NAME_MONTHS
from .word_forms import slug  # noqa: F401  (re-exported: events/stage.py imports it from here)

_NAME_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+(?:['’-][A-Za-z][a-z]*)*")
# (initials may lose their last full stop before the surname: "Robert P.A Pelealu")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}(?=\s|$)|(?:[A-Z]\.){1,2}[A-Z](?= [A-Z][a-z])|(?:Th|Ch|Fr|Mh|Moh|Muh|Yoh|Moch|Mochd|Mohd|Muhd|Mhd|Mch|Md|Abd|Ach|Achm|Ahm|"
                       r"St|Sy|Sri|Nur|Ny|Yos|Tjok|Cok|Cokr|Gst|Ngr|Gd|Kt|Nym|Dw|Ag|Agd)\.(?= [A-Z][a-z])|[A-Z]\.(?=[A-Z][a-z])|[a-z]\.(?= [A-Z][a-z])")
# A middle initial written without its full stop: "Rudi S Hartono", "Maria D Lana" (only between two words).
_BARE_INITIAL = re.compile(r"[A-Z](?= [A-Z][a-z])")
_CAPS = re.compile(r"[A-Z]{2,3}\b")
# (also with the sentence's full stop after it, "... Kepala Desa X, Rahmat S.": a lone capital letter after name
# words is an initial, no word ends a sentence so)
_LAST_INITIAL = re.compile(r"[A-Z](?=\s+[a-z]{3,}|\s*,|\.(?:\s|$))")
# A nickname in quotes inside a name: "Munafri 'Appi' Arifuddin" (the graph keeps the name around it).
_QUOTED_NICK = re.compile(r"\s+['‘\"“][A-Z][a-z]{1,14}['’\"”](?= [A-Z][a-z])")
# "M Anshar": M, the usual short form of Muhammad, opens a name without its full stop (other bare initials do not)
_MUHAMMAD = re.compile(r"M(?= [A-Z][a-z])")
# another bare initial opens a name only before two more name words: "Camat Pantai Labu, A Fitriyan Sukri",
# or before one that "sebagai/selaku/menjadi" ties to a post: "masa tugas T Mirzan selaku Pj Bupati ...", "A Budiman
# yang (saat ini) menjabat sebagai ..."
_BARE_OPENER = re.compile(r"[A-HJ-Z](?= [A-Z][a-z]+ (?:[A-Z][a-z]|(?:sebagai|selaku|menjadi|merupakan) |"
                          r"yang (?:[a-z]+ ){0,3}menjabat ))")
_SPACED_DASH = re.compile(r"\s*[-–]\s*(?=[A-Z][a-z])")
# Two capitals opening a name, the initials of its first names written together: "TS Arif", "LM. Rusman".
_CAPS_OPENER = re.compile(r"([A-Z]{2})\.?(?= [A-Z][a-z])")
# Balinese names open with a birth-order or caste marker written as capitals: I Wayan, IGN Jaya, IB Rai.
_BALINESE = re.compile(r"(?:I|IGN|IGK|IGA|IGB|IB|AA|AAGN)(?= [A-Z][a-z])")
# Balinese/Javanese-noble openings that make a name longer than usual: "I Gusti Ngurah Putu Wirawan",
# "Anak Agung Gede ...", "Cokorda Gde ...", "Ida Bagus ...", "Ni Made ...".
_LONG_NAME = re.compile(r"(?:I|Ni|Anak\s+Agung|AA|Cokorda|Cok\.?|Tjokorda|Tjok\.|Ida\s+Bagus|IB|Gusti|IGN|IGA|IGK|IGB)\s+[A-Z]")
_LONG_NAME_OPENS = "INACTG"          # the letters its words open with ("" too: an empty slice is in every str)


@dataclass
class Name:
    start: int            # span of the bare name (no honorifics or degrees)
    end: int
    name: str
    full_start: int       # span including honorifics/ranks/degrees
    full_end: int
    honorifics: list[str] = field(default_factory=list)
    degrees: list[str] = field(default_factory=list)


def parse_name(text: str, pos: int, max_words: int = 5) -> Name | None:
    """Read a personal name starting at ``pos`` (after optional honorifics and ranks)."""
    full_start = pos
    honorifics: list[str] = []
    while True:
        m = rank_at(text, pos) or honorific_at(text, pos) or comma_honorific_at(text, pos)
        if not m or not _starts_name(text, m.end()):
            break
        honorifics.append(m.group(0).strip())
        pos = m.end()
    start = pos
    words: list[tuple[int, int]] = []
    i = pos
    if text[pos:pos + 1] in _LONG_NAME_OPENS and _LONG_NAME.match(text, pos):
        max_words += 2
    while len(words) < max_words:
        if words and text[i + 1:i + 2] == "." and (d := _DEGREE_AHEAD.match(text, i)) and \
                d.group(0).replace(".", "").lower() in _DEGREE_KEYS:
            break                         # "Budi Santoso S.Pd M.Si": degrees written without a comma
        # _INITIALS needs a period one to three characters on, _BARE_INITIAL a blank right after: most words
        # are spared both patterns
        m = (_INITIALS.match(text, i) if "." in text[i + 1:i + 6] else None) or \
            (_BARE_INITIAL.match(text, i) if words and text[i + 1:i + 2] == " " else None)
        after = _skip_space(text, m.end()) if m else i
        if m and (words or m.group(0)[0].isupper()) and (_NAME_WORD.match(text, after) or
                                                         (_INITIALS.match(text, after) and after > m.end())):
            words.append((m.start(), m.end()))
            i = _skip_space(text, m.end())
            continue
        m = _NAME_WORD.match(text, i) or (_BALINESE.match(text, i) or _CAPS_OPENER.match(text, i) or
                                          _MUHAMMAD.match(text, i) or _BARE_OPENER.match(text, i) if not words else None)
        if m is not None and m.re is _CAPS_OPENER and (m.group(1).lower() in role_vocab() or m.group(1).lower() in _DEGREE_KEYS
                                                       or m.group(1) in _STOP):
            m = None
        if m and (m.group(0) not in _STOP or not words and (_weekday_opens_name(text, m) or _noble_lalu(text, m))
                  or _surname_before_degree(text, words, m) or _name_word_between(text, words, m)) \
                and not (words and is_role_word(m.group(0)) and not _closes_name(text, words, m)):
            words.append((m.start(), m.end()))
        elif m is None and words and _LAST_INITIAL.match(text, i) and not comma_degree_at(text, i):
            # (but "Budi S,Sos": a degree typed with a comma, no initial)
            words.append((i, i + 1))          # "Budi S mengatakan": a last initial without its full stop
            break
        elif m is None and words and (c := _CAPS.match(text, i)) and c.group(0).lower() not in _DEGREE_KEYS \
                and c.group(0).lower() not in role_vocab():
            words.append((c.start(), c.end()))
            # initials inside a name go on to its last name ("Harley AB Mangindaan"); else they close it
            after = _NAME_WORD.match(text, c.end() + 1) if text[c.end():c.end() + 1] == " " else None
            if after is None or after.group(0) in _STOP or is_role_word(after.group(0)) or len(words) >= max_words:
                break
            i = c.end() + 1
            continue
        else:
            break
        nxt = i + (m.end() - m.start())
        if words and (nick := _QUOTED_NICK.match(text, nxt)):
            i = nick.end() + 1            # "Munafri 'Appi' Arifuddin": the nickname is not part of the name
            continue
        if text[i:nxt] in ("Al", "El") and (dash := _SPACED_DASH.match(text, nxt)):
            i = dash.end()                # "Idrus Al – Habsyie": the article's particle, its dash spaced out
            continue
        if nxt < len(text) and text[nxt] == " " and nxt + 1 < len(text) and not text[nxt + 1].isspace():
            i = nxt + 1
        elif nxt < len(text) and text[nxt] == "\n" and _wrapped(text, nxt):
            i = nxt + 1                   # a name the line break splits: "Budi\nSantoso mengatakan"
        else:
            break
    while words and text[words[-1][0]:words[-1][1]] in _ADDRESS_WORDS:
        words.pop()                       # "… Pak Kajati": an address opens the next name, it never ends one
    if not words or not _NAME_WORD.fullmatch(text[words[-1][0]:words[-1][1]]) and len(words) == 1 or \
            len(words) == 1 and (_CAPS_OPENER.fullmatch(text[words[0][0]:words[0][1]]) or words[0][1] - words[0][0] == 1):
        return None
    if text[words[0][0]:words[0][1]] in _body_first_words():
        return None                       # "Kapolres X, Polda Metro Jaya, Kombes Y": a body by its short name
    end = words[-1][1]
    degrees, full_end = _degrees(text, end)
    name = " ".join(text[s:e] for s, e in words)
    return Name(start, end, name, full_start, full_end, honorifics, degrees)


@functools.cache
def _body_first_words() -> frozenset[str]:
    """The first words of the bodies' short names in data/opd.csv written in mixed case (Polda, Polres, Kodim,
    Pemkab, Bappeda …): a run of capitalised words opened by one names a body ("Polda Metro Jaya"), no person;
    (all-capital acronyms are read elsewhere, and "Bina" is a given name as well)."""
    return frozenset(w for r in opd_rows() if r["abbrev"].strip() and not (w := r["abbrev"].split()[0]).isupper()
                     and len(w) >= 4 and w != "Bina")


_DEGREE_AHEAD = re.compile(r"[A-Z]\.[A-Za-z]{1,5}\.?(?=[\s,]|$)")
_WRAPPED_WORD = re.compile(r"[A-Z][a-z]+(?:\s*,|\s+[a-z]{2,})")


def _wrapped(text: str, pos: int) -> bool:
    """The line break at ``pos`` wraps a sentence (the line is long and ends mid-sentence) and the next line
    goes on with one more name word before a comma or a lower-case word."""
    start = text.rfind("\n", 0, pos) + 1
    return pos - start >= 60 and text[pos - 1:pos].isalpha() and bool(_WRAPPED_WORD.match(text, pos + 1)) \
        and text[pos + 1:text.find(" ", pos + 1)].strip(",") not in _STOP


# What may follow a name's last word: a comma, a bracket, the end of a sentence, a lower-case word (a verb).
_AFTER_NAME = re.compile(r"\s*(?:[,)]|\.(?:\s|$)|$)|\s+[a-z]")


def _closes_name(text: str, words: list[tuple[int, int]], m: re.Match) -> bool:
    """A post word that ends a name of two words or more before a comma or a verb is the person's own
    name ("Wali Kota Denpasar, I Gusti Ngurah Jaya Negara, mengatakan"), not a post after it: posts
    written after a name go on ("Budi Santoso Kepala Dinas ...").  Agency nouns and acronyms never close a name
    ("Budi Santoso Kadisdik, ...": the post glued on after the name)."""
    return len(words) >= 2 and not _AGENCY_NOUN.match(m.group(0)) and not _AGENCY_WORD.match(m.group(0)) \
        and bool(_AFTER_NAME.match(text, m.end()))


# a day's name opens a person's name when another name word follows it ("Kadis Kominfo Ahad Legiarto"); a date or
# a time of day goes on otherwise ("Senin (3/6)", "Kamis Pagi", "Rabu Malam", "Senin 3 Juni")
WEEKDAY_NAMES = frozenset(("Ahad", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"))
_NAME_AFTER_WEEKDAY = re.compile(r" (?!(?:Pagi|Siang|Sore|Malam|Dini|Subuh|Lalu|Kemarin|Depan|Ini|Itu)\b)([A-Z][a-z]{2,})\b")


# "Egusem Pieter Tahun, ST., MM": a common noun ("Tahun", "Jalan") after two name words and before a degree
# is the person's last name; a degree is written only after a name.  Compass words and place kinds are
# spared: "Camat Mollo Tengah, Drs. ..." names the place, then the person.
_DEGREE_AFTER = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?(?=[\s,]|$)|,\s*[A-Z][A-Za-z]{1,4}(?=[\s,.]|$)")
_NOT_SURNAMES = frozenset("Utara Selatan Barat Timur Tengah Kabupaten Kota Provinsi Kecamatan Kelurahan Desa Distrik "
                          "Dusun Kampung Daerah Pusat Wilayah Negeri Indonesia RI".split())


def _surname_before_degree(text: str, words: list[tuple[int, int]], m: re.Match) -> bool:
    if len(words) < 2 or m.group(0) in _NOT_SURNAMES or m.group(0) in MONTHS or text[m.end():m.end() + 1] != ",":
        return False
    d = _DEGREE_AFTER.match(text, m.end())
    return bool(d) and d.group(0).lstrip(", ").replace(".", "").lower() in _DEGREE_KEYS


# one more name word that ends the name: a comma, a bracket, the sentence's end or a (lower-case) verb after it
_ONE_NAME_WORD_ENDS = re.compile(r" ([A-Z][a-z]{2,})(?=\s*[,)]|\.(?:\s|$)|$|\s+[a-z])")


def _name_word_between(text: str, words: list[tuple[int, int]], m: re.Match) -> bool:
    """A month opening a name ("Wakil Bupati Juli Suryadi") or a field noun inside one ("Sekda X Budi Budaya
    Putra"), with one more name word after it that ends the name; before a year, a post or "lalu" they stay
    what they usually are."""
    if not (m.group(0) in NAME_MONTHS and not words or m.group(0) in NAME_FIELDS and words):
        return False
    after = _ONE_NAME_WORD_ENDS.match(text, m.end())
    return bool(after) and after.group(1) not in _STOP and not is_role_word(after.group(1)) \
        and after.group(1) not in ("Lalu", "Depan", "Mendatang", "Kemarin", "Nanti", "Ini", "Itu")


def _weekday_opens_name(text: str, m: re.Match) -> bool:
    if m.group(0) not in WEEKDAY_NAMES:
        return False
    after = _NAME_AFTER_WEEKDAY.match(text, m.end())
    return bool(after) and after.group(1) not in _STOP and not is_role_word(after.group(1))


# two name words after it (no verb: "… Lalu Resmikan Gedung" in a headline is "then")
_TWO_NAME_WORDS = re.compile(r" (?!(?:Me|Ber|Di|Ter)[a-z])([A-Z][a-z]+) [A-Z][a-z]+")
_BEFORE_MID_SENTENCE = re.compile(r"(?:,|[A-Za-z]{2})\s*$")


def _noble_lalu(text: str, m: re.Match) -> bool:
    """"Lalu" opening a name inside a sentence: the Sasak (Lombok) title of nobility a man's name is written
    with ("Wakil Ketua DPRD, Lalu Budi Santoso"); at a sentence's start, "Lalu," is "then" (a stop word)."""
    if m.group(0) != "Lalu" or not _BEFORE_MID_SENTENCE.search(text, max(0, m.start() - 4), m.start()):
        return False
    after = _TWO_NAME_WORDS.match(text, m.end())
    return bool(after) and after.group(1) not in _STOP and not is_role_word(after.group(1)) \
        and not after.group(1).endswith("kan")


def _starts_name(text: str, pos: int) -> bool:
    """Whether a name (or another honorific or rank) opens at ``pos``: what lets the rank or honorific before it
    be read as the name's.  Two capitals opening a name count ("AKBP FX Budi", "Kompol TS Arif"), as in
    ``parse_name``, unless they are a post's or a degree's abbreviation."""
    if _NAME_WORD.match(text, pos) or _INITIALS.match(text, pos) or rank_at(text, pos) or honorific_at(text, pos):
        return True
    m = _CAPS_OPENER.match(text, pos)
    return bool(m) and m.group(1).lower() not in role_vocab() and m.group(1).lower() not in _DEGREE_KEYS \
        and m.group(1) not in _STOP


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
