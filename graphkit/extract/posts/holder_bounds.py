"""Where a post's holder is written, besides at the end of the post's run of capitalised words.

``post_split`` reads a post's run right to left; it asks this module the questions about the holder that
look at the words around the run rather than at its parts: a clause between post and holder ("yang baru",
"dari Fraksi X", "dijabat oleh"), a ministry's name set off by commas, a list of places that is no holder,
a full name after a comma, a village head's words that name the village and not its head, an honorific
written inside a name, and the Balinese and noble openings of a name.  Kept apart so that ``post_split``
stays the walk over the run, and these patterns, each read from the text past or inside the run, sit
together with the examples that made them.  Each answers from the text and the run's tokens alone (no
``Post`` is read), and each is public because ``post_split`` imports it.
"""
from __future__ import annotations

import re

from ..names.name_affixes import honorific_at
from ..names.role_words import is_role_word

BODY_COMMA = re.compile(r"(?:Kementerian|Kemen[a-z]{2,}|Kemenko[a-z]*|Badan|Lembaga|Komisi|Sekretariat)\b[^()\n.]{0,90}?"
                        r"\([A-Z][A-Za-z]{1,17}\)\s*,\s*(?=[A-Z])"
                        # "Dirjen Otonomi Daerah, Kementerian Dalam Negeri, Drs. Budi": a ministry's name alone
                        r"|(?:Kementerian|Kemenko|Kemen[a-z]{2,})(?:\s+(?:[A-Z][\w/-]*|dan|dalam|RI)){1,6}\s*,\s*(?=[A-Z])")


# the unit word a village head may write before the village's name ("Geuchik Gampong X", "Kepala Desa X")
_VILLAGE_UNITS = frozenset(("Gampong", "Desa", "Kelurahan", "Nagari", "Kampung", "Dusun", "Pekon", "Lembang"))
# what closes an item with no person in it: a conjunction, a relative, a preposition, the sentence's end
_ITEM_ENDS = re.compile(r"\s*(?:,\s*(?:yang|dan|serta)\b|\s+(?:dan|serta|yang|bersama|di|beserta)\b|\.(?:\s|$))")


def village_only(text: str, toks, run_end: int) -> bool:
    """A village head's run of one or two plain words closed by a conjunction or the sentence: the village's
    name, not its head's (a person is written with the full name after the village: "Kepala Desa X Budi Santoso")."""
    words = [t for t in toks if t[2] == "word"]
    unit = bool(words) and text[words[0][0]:words[0][1]] in _VILLAGE_UNITS
    if unit:
        words = words[1:]
    if not (all(t[2] == "word" for t in toks) and 1 <= len(words) <= 2 and not honorific_at(text, words[0][0])
            and _ITEM_ENDS.match(text, run_end)):
        return False
    # "Geuchik Gampong X" writes the unit; "Kepala Desa X" may be "Kepala Desa Budi Santoso": there the words must
    # name a place elsewhere in the article too ("di Desa X", "Gampong X")
    place = re.escape(text[words[0][0]:words[-1][1]])
    return unit or re.search(r"\b(?:di|%s)\s+%s\b" % ("|".join(sorted(_VILLAGE_UNITS)), place), text) is not None


_BODY_ACRONYM = re.compile(r"(?!(?:HM|KH|HA|IGN|IGK|IGA|IGB|AAGN|TGH)$)[A-Z]{2,6}")


def inside_name(text: str, head: str, toks, k: int) -> bool:
    """An honorific at token ``k`` stands inside a name when a plain name word comes before it, right after the
    body's acronym that ends the post ("Wakil Ketua DPRD Budi Hi Santoso", the North Maluku way of writing a
    father's title into a name), and a name word follows it; a place or a unit word before it ("Kepala Bidang
    X H Budi") leaves the honorific opening the name."""
    if k < 1 or k + 1 >= len(toks) or toks[k - 1][2] != "word" or k >= 2 and toks[k - 2][2] != "word":
        return False
    before = text[toks[k - 1][0]:toks[k - 1][1]]
    body = text[toks[k - 2][0]:toks[k - 2][1]] if k >= 2 else head.split()[-1]     # ("Ketua DPRD" is one head)
    return bool(_BODY_ACRONYM.fullmatch(body)) and before[:1].isupper() and before[1:].islower() \
        and not is_role_word(before) and text[toks[k][0]:toks[k][1]].isalpha()


PLACE_LIST = re.compile(r"[A-Z][a-z]+\s*,\s*[A-Z][a-z]+\s*,\s*[A-Z][a-z]+\s*,")


# What may stand between a post and the comma before its holder: "yang baru", the faction or party ("Wakil
# Ketua DPRD X dari Fraksi Golkar, Budi": the faction is not part of the post).
NEW_HOLDER = re.compile(r"\s*,?\s+(?:yang\s+(?:baru|lama|sekarang|kini|saat\s+ini)(?:\s+[a-z]+){0,4}|"
                        r"dari\s+(?:Fraksi|Partai|fraksi|partai)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
                        r"(?:\s*,?\s+(?:yakni|yaitu)\s+(?=[A-Z])|\s*,\s*)")     # "Penjabat Bupati yang baru yakni Budi"
HELD_BY = re.compile(r"\s*,?\s+(?:yakni|yaitu|yang\s+(?:(?:kini|saat\s+ini|sekarang|masih)\s+)?(?:disandang|dijabat|dipegang|diemban|diduduki)"
                     r"(?:\s+oleh)?|(?:(?:kini|kemudian|saat\s+ini|sekarang|untuk\s+sementara|sementara|akan)\s+)?"
                     r"(?:dijabat|diisi|dipegang|diemban|dirangkap|ditempati)(?:\s+(?:sementara|langsung))?(?:\s+oleh)?)\s+"
                     r"(?P<cap>(?:Pelaksana\s+Harian|Pelaksana\s+Tugas|Penjabat\s+Sementara|Penjabat|Plh|Plt|Pjs|Pj)"
                     r"(?:\s*\((?:Plh|Plt|Pjs|Pj)\))?\.?\s+)?(?:(?:pak|bapak|ibu|bu|Pak|Bapak|Ibu|Bu)\s+)?(?=[A-Z])")


# Balinese and noble openings of a name whose words are also ordinary words ("Anak", "I", "Ida").
NAME_OPENER = re.compile(r"(?:(?:I|Ni)\s+(?:Gusti|Made|Wayan|Nyoman|Ketut|Putu|Komang|Kadek|Gede|Nengah|Dewa|Ngurah|Luh|"
                         r"Desak|Ayu)|Anak\s+Agung|Ida\s+Bagus|Ida\s+Ayu|Dewa\s+Ayu|Cokorda|Tjokorda)\b")
# the comma between a post and its holder's name, and the spaces around it
_COMMA_NAME = re.compile(r"\s*,\s*(?=\S)")


def name_after_comma(text: str, pos: int) -> bool:
    """A full personal name (two words or more, or with an honorific) right after a comma at ``pos``."""
    from ..names.names import parse_name
    m = _COMMA_NAME.match(text, pos)
    if not m:
        return False
    name = parse_name(text, m.end())
    if name is None or any(is_role_word(w) for w in name.name.split()):
        return False
    after = text[name.full_end:name.full_end + 2]
    return (len(name.name.split()) >= 2 or bool(name.honorifics)) and "." not in name.name \
        and (after[:1] in (",", ")") or after[:1] == " " and after[1:2].islower())


__all__ = ["BODY_COMMA", "HELD_BY", "NAME_OPENER", "NEW_HOLDER", "PLACE_LIST", "inside_name", "name_after_comma",
           "village_only"]
