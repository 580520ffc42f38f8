"""Synthetic benchmark corpora: the real articles replicated to N, streamed, renamed like real news.

Why renamed: N plain copies of the 237 shared articles hold the same 1,781
entities N times over, so a 100k-article graph has a few thousand nodes
with enormous evidence lists: nothing like a year of national news, where
new officials, places and events keep arriving.  Each copy k >= 1 of an
article therefore (deterministically, from a hash of k and the name):

* renames about one official or person in ``RENAME_EVERY`` (every token of
  the name gets a made-up replacement of the same shape, everywhere in the
  title and text), so new officials arrive at about one per few articles;
* moves about half of the regencies/cities it names to another real regency
  from graphkit's gazetteer (so offices, events and regions spread over the
  country but stay resolvable to Kemendagri codes);
* shifts every dd/mm/yyyy date and the ``published`` date by k days, so the
  same kind of event in the same place becomes a new event.

The copy also gets a new id and a closing line with k, so every article has
its own sha256.  Records are written one line at a time: making a
100k-article file holds only the 237 base articles in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

VARIANT_LINE = "\n\n(Arsip redaksi nomor {k}.)"
RENAME_EVERY = 4
SYLLABLES = ("ba", "di", "ku", "ra", "sa", "to", "wi", "nu", "ma", "ri", "ja", "lo", "he", "pu", "ti", "ya", "gan",
             "dar", "man", "san", "wan", "har", "lin", "tor", "sih", "yan")
DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
DATA = Path(__file__).resolve().parent.parent / "graphkit" / "data"


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def _base_records(src: Path) -> list[dict]:
    # 237 articles (~0.8 MB): the only thing held in memory.
    with src.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _made_up(token: str, k: int) -> str:
    """A name token of about the same length, capitalised like the original."""
    h, out = _h(token, k), ""
    while len(out) < max(len(token) - 1, 3):
        out += SYLLABLES[h % len(SYLLABLES)]
        h //= len(SYLLABLES)
    return out.capitalize() if token[:1].isupper() else out


@lru_cache(maxsize=1)
def regency_names() -> tuple[str, ...]:
    with (DATA / "regencies.csv").open(encoding="utf-8") as fh:
        return tuple(sorted({r["short_name"] for r in csv.DictReader(fh) if r.get("short_name")}))


def person_names(records: list[dict]) -> list[str]:
    """Names of the officials and persons graphkit extracts from the base articles."""
    from graphkit.extract import extract_article
    from graphkit.model import Article
    names: set[str] = set()
    for rec in records:
        graph = extract_article(Article(id=str(rec["id"]), title=rec.get("title") or "", text=rec["text"]))
        for node in graph.nodes.values():
            if node.label in ("Official", "Person") and isinstance(node.properties.get("name"), str):
                names.add(node.properties["name"])
    return sorted(names)


# Runs of capitalised words: the only places a name or a place name can be (one regex, then dict lookups:
# an alternation of 1,500 names was 20x slower).
CAPITALISED = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")


class Renamer:
    """The substitutions of copy ``k`` applied to one article's title and text."""

    def __init__(self, names: list[str], regencies: tuple[str, ...]):
        self.names, self.regencies = names, regencies
        self.places = {tuple(p.split()): p for p in regencies}
        self.longest = max((len(k) for k in self.places), default=1)

    def __call__(self, rec: dict, k: int) -> dict:
        renamed = {t for n in self.names if _h("name", n, k) % RENAME_EVERY == 0 for t in n.split() if len(t) > 2}
        out = dict(rec)
        for field in ("title", "text"):
            text = CAPITALISED.sub(lambda m: self._run(m.group(0), renamed, k), out.get(field) or "")
            out[field] = DATE.sub(lambda m: _shift(m, k), text)
        if isinstance(out.get("published"), str):
            try:
                out["published"] = (dt.date.fromisoformat(out["published"][:10]) + dt.timedelta(days=k)).isoformat()
            except ValueError:
                pass
        return out

    def _run(self, run: str, renamed: set[str], k: int) -> str:
        words, out, i = run.split(" "), [], 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                place = self.places.get(tuple(words[i:i + n]))
                if place is not None:
                    out.append(self._place(place, k))
                    i += n
                    break
            else:
                w = words[i]
                out.append(_made_up(w, k) if w in renamed else w)
                i += 1
        return " ".join(out)

    def _place(self, name: str, k: int) -> str:
        if _h("place", name, k) % 2:
            return name
        return self.regencies[_h("to", name, k) % len(self.regencies)]


def _shift(m: re.Match, k: int) -> str:
    try:
        day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + dt.timedelta(days=k)
    except ValueError:
        return m.group(0)
    return f"{day.day}/{day.month}/{day.year}"


def replicate(src: str | Path, n: int, dest: str | Path, *, realistic: bool = True) -> Path:
    """Write ``n`` articles to ``dest`` (JSONL), cycling through ``src``; copies renamed unless ``realistic``
    is False (then only the id and a closing line change, the old benchmark corpus)."""
    base = _base_records(Path(src))
    rename = Renamer(person_names(base), regency_names()) if realistic and n > len(base) else None
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as out:
        for i in range(n):
            rec = dict(base[i % len(base)])
            k = i // len(base)
            if k:
                rec = rename(rec, k) if rename else rec
                rec["id"] = f"{rec.get('id', i)}-r{k:05d}"
                rec["text"] = rec["text"] + VARIANT_LINE.format(k=k)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return dest


if __name__ == "__main__":
    import sys
    args = [a for a in sys.argv[1:] if a != "--plain"]
    print(replicate(args[0], int(args[1]), args[2], realistic="--plain" not in sys.argv))
