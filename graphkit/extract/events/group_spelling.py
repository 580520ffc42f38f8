"""How a group's name is spelt out: an acronym in parentheses after the words whose initials it is.

Split from ``attendee_groups`` (which reads a list's items) because matching an acronym to the capitalised
run it abbreviates ("Majelis Adat Melayu Wonosobo (MAMW)") is a question about spelling, asked of any item;
the list grammar only asks whether, and where, an item's name is spelt out.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d+")   # the words of a list item, as ``attendee_groups`` reads them
_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9-]{1,15}(?: (?![IVX]+\b)[A-Z]{2,4})?)\s*\)")  # "(Forkopimda)", "(Satpol PP)", not "(Eselon III)"


def _spelt_by(paren: re.Match, words: list[re.Match], text: str) -> int:
    """The end of the capitalised run right before ``paren`` when the acronym in it is that run's initials
    ("Majelis Adat Melayu Wonosobo (MAMW)"), else -1."""
    run = [w for w in words if w.end() <= paren.start()]
    if not run or paren.start() - run[-1].end() > 2 or not all(w.group(0)[0].isupper() for w in run):
        return -1
    initials = "".join(w.group(0)[0] for w in run).lower()
    return run[-1].end() if initials == paren.group(1).replace(" ", "").lower() else -1


def _spelt_out(text: str, acronym: str) -> str | None:
    """"Universitas Lembah Hijau (ULH)" for "ULH" when the article writes its acronym after a run of capitalised
    words whose initials it is; None otherwise."""
    at = text.find(f"({acronym})")
    if at < 0:
        return None
    words = list(_WORD.finditer(text, max(0, at - 80), at))[-len(acronym):]
    words = words[next((i for i, w in enumerate(words) if w.group(0)[0].isupper()
                        and "".join(v.group(0)[0] for v in words[i:]).lower() == acronym.lower()), len(words)):]
    if len(words) < 2 or _spelt_by(_PAREN_ACRONYM.match(text, at), words, text) < 0:
        return None
    return f"{' '.join(w.group(0) for w in words)} ({acronym})"


__all__ = ["_PAREN_ACRONYM", "_spelt_by", "_spelt_out"]
