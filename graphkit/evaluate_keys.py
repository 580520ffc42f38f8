"""How gold facts and graph facts are compared: the keys and matching of ../shared/eval/score.py.

Names compare without honorifics and degrees, posts by their expanded words,
quotations by word overlap; matching is greedy and one-to-one.  Kept apart
from ``evaluate`` (which loads, tallies and reports) so that the per-article
matcher (``evaluate_article``) and the report both import it, and neither
imports the other.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

HONORIFICS = {
    "prof", "dr", "drs", "dra", "ir", "h", "hj", "hm", "hc", "kh", "ust", "ustadz",
    "bapak", "pak", "ibu", "bu", "sdr", "saudara", "tuan", "nyonya",
}
DEGREE = re.compile(
    r",\s*(s|m|d)\.?\s?[a-z]{1,5}\.?(\s?[a-z]{1,4}\.?)?(?=,|$)|,\s*(mm|mba|msi|mpd|mh|mt|phd|se|sh|st|sos|ssos|spd|ak|"
    r"ca|cpa|ma|mp|mkes|map|mag|msc|bsc)\b\.?",
    re.I,
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_key(name: str) -> str:
    """A person's name without degrees and leading honorifics, folded."""
    words = re.findall(r"[a-z0-9]+", fold(DEGREE.sub("", name or "")))
    while words and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _abbreviations() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in ("titles.csv", "opd.csv"):
        with resources.files("graphkit.data").joinpath(name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                abbrev, full = row["abbrev"].strip(), row["expansion"].strip()
                if abbrev and full and " " not in abbrev and abbrev.lower() != full.lower():
                    table.setdefault(fold(abbrev), full)
    for acting in ("pj", "pjs", "plt", "plh"):
        table.pop(acting, None)
    table.update({"walikota": "Wali Kota", "wakil walikota": "Wakil Wali Kota", "kominfo": "Komunikasi dan Informatika",
                  "pupr": "Pekerjaan Umum dan Penataan Ruang"})
    return table


ABBREVIATIONS = _abbreviations()


def role_key(role: str) -> str:
    """Posts compare by their expanded words: 'Kadis Kominfo' == 'Kepala Dinas Komunikasi dan Informatika'."""
    words = [ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z0-9]+", fold(role))]
    return re.sub(r"[^a-z0-9]", "", fold(" ".join(words)))


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def quote_similar(a: str, b: str) -> bool:
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return False
    inter = len(ta & tb)
    return inter / len(ta | tb) >= 0.8 or inter / min(len(ta), len(tb)) >= 0.95 and \
        min(len(ta), len(tb)) >= 0.8 * max(len(ta), len(tb))


@dataclass
class Miss:
    """One false positive (``kind`` 'fp') or false negative ('fn') with where it comes from."""

    article: str
    fact: str
    kind: str
    item: str
    sentence: str = ""


def props(obj: dict) -> dict:
    return obj.get("properties") or {}


def sources(obj: dict) -> set[str]:
    return set(props(obj).get("sources") or [])


def region_code(node: dict | None) -> str:
    if not node:
        return ""
    p = props(node)
    if p.get("code"):
        return str(p["code"])
    nid = node.get("id", "")
    return nid.split(":", 1)[1] if nid.startswith("region:") else ""


def match(gold: list, pred: list, same: Callable) -> tuple[int, int, int, dict]:
    """Greedy one-to-one matching; returns tp, fp, fn and pred-index -> gold-index."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                pairs[i] = j
                break
    return len(pairs), len(pred) - len(pairs), len(gold) - len(pairs), pairs


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` around [start, end)."""
    if not text:
        return ""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    right_candidates = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! "))) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left + 1:right].split())[:300]


def find_sentence(text: str, needle: str) -> str:
    """The first sentence of ``text`` that contains ``needle`` (case-insensitively)."""
    if not text or not needle:
        return ""
    i = text.lower().find(needle.lower())
    return sentence_at(text, i, i + len(needle)) if i >= 0 else ""
