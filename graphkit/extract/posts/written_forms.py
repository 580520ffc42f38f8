"""Whether an abbreviation's expansion reads back as the word the text wrote.

A role is written with its abbreviations expanded (``roles.role_name``) so that two spellings of one post make
one Office.  That only holds when the expansion is read the same way as the abbreviation by anyone who expands
a role word by word with the shipped tables (titles.csv, opd.csv, entries with a note in brackets included):
"Kabag" expands to "Kepala Bagian", but "Bagian" is itself the tables' short name of a Setda's "Bagian (Setda
Kabupaten/Kota)", so "Kepala Bagian Umum" reads as another post than the "Kabag Umum" the text wrote.  Such an
abbreviation keeps the form written, which every reader expands alike; unless the written word is also the
name of a region ("Karo", Kabupaten Karo): there the expansion says that the word is a title, not a place.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..regions.gazetteer import gazetteer, opd_rows, title_rows

# the acting words are capacities, never part of a post's name
_NOT_EXPANDED = frozenset({"pj", "pjs", "plt", "plh"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Every one-word abbreviation of the tables -> its expansion (the first row wins)."""
    table: dict[str, str] = {}
    for rows in (title_rows(), opd_rows()):
        for r in rows:
            a, full = r["abbrev"].strip(), r["expansion"].strip()
            if a and full and " " not in a and a.lower() != full.lower():
                table.setdefault(_fold(a), full)
    for acting in _NOT_EXPANDED:
        table.pop(acting, None)
    table.update({"walikota": "Wali Kota", "walkot": "Wali Kota", "wako": "Wali Kota"})
    return table


@functools.lru_cache(maxsize=4096)
def read(words: str, acronyms: bool = True) -> str:
    """``words`` with every word expanded once by the tables, as one lower-case string of letters and digits;
    without ``acronyms``, a word written in capitals stays as it is."""
    table = _table()
    parts = [w if not acronyms and w.isupper() else table.get(_fold(w), w) for w in re.findall(r"[A-Za-z0-9]+", words)]
    return re.sub(r"[^a-z0-9]", "", _fold(" ".join(parts)))


def reads_as_written(word: str, expansion: str) -> bool:
    """The expansion is read as the written word is: "Kadis" / "Kepala Dinas" yes, "Kabag" / "Kepala Bagian" no.
    An acronym inside the expansion is the body's own name ("Sekwan" / "Sekretaris DPRD"), read as written."""
    return read(word) == read(expansion, False) or bool(gazetteer().find(word))
