"""Article records from JSON and JSON Lines (fields id, title, text, url, published, outlet, author).

Records stream one at a time; a malformed line is reported with its line
number and skipped, the rest of the file is still read.  Field names are
matched through the header table in graphkit/data/article_fields.csv, so a
scraper's ``judul``/``isi_berita`` reads like ``title``/``text``.  Two things
scraped JSON carries that Python's json accepts but UTF-8 cannot hold or the
stack cannot walk are handled here: a lone surrogate escape (``"\\ud83d"``)
becomes U+FFFD with a warning, and nesting too deep to parse skips the record.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from ..errors import MalformedRecordError
from ..model import Article
from .decode import normalised_hash
from .ids import clean_id
from .report import ReadWarning

FIELDS = ("url", "published", "outlet", "author")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


_SEPARATORS = re.compile(r"[\s\-]+")


def header_key(name: str) -> str:
    """A column or JSON key as the header table spells it: lower case, '_' for spaces and dashes."""
    return _SEPARATORS.sub("_", str(name).strip().lstrip("\ufeff").lower())


@cache
def field_synonyms() -> dict[str, tuple[str, ...]]:
    """Article field -> header names that mean it, in order of preference (first non-empty wins)."""
    out: dict[str, list[str]] = {}
    with resources.files("graphkit.data").joinpath("article_fields.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["field"], []).append(header_key(row["header"]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _field_ranks() -> dict[str, tuple[str, int]]:
    """Header name -> (article field, preference rank): the table inverted, for one pass per record."""
    return {h: (name, rank) for name, heads in field_synonyms().items() for rank, h in enumerate(heads)}


@lru_cache(maxsize=4096)
def _field_of(key: str) -> tuple[str, int] | None:
    return _field_ranks().get(header_key(key))


def record_fields(rec: dict) -> dict[str, object]:
    """Article field -> value of a record: for each field the most preferred non-empty key."""
    best: dict[str, tuple[int, object]] = {}
    for key, value in rec.items():
        hit = _field_of(key) if isinstance(key, str) else None
        if hit is None or value is None or (isinstance(value, str) and not value):
            continue
        name, rank = hit
        if name not in best or rank < best[name][0]:
            best[name] = (rank, value)
    return {name: value for name, (_, value) in best.items()}


def _repaired(value: str, fixed: list[str], name: str) -> str:
    if _SURROGATE.search(value) is None:
        return value
    fixed.append(name)
    return _SURROGATE.sub("\ufffd", value)


def record_to_article(rec: object, *, path: str | None, line: int | None,
                      warnings: list[str] | None = None) -> Article:
    """The Article of one record; a repaired field is named in ``warnings`` (when given)."""
    if not isinstance(rec, dict):
        raise MalformedRecordError("the record is not a JSON object", path=path, line=line)
    rec = record_fields(rec)
    fixed: list[str] = []
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecordError("the record has no 'text' (or isi, konten, body, content ...)",
                                   path=path, line=line)
    text = _repaired(text, fixed, "text")
    rid = rec.get("id")
    if rid is not None and _SURROGATE.search(str(rid)):
        fixed.append("id")
    rid = clean_id(rid) if rid is not None else ""
    rid = rid or normalised_hash(text)
    extra = {}
    for name in FIELDS:
        value = rec.get(name)
        extra[name] = _repaired(str(value), fixed, name) if value is not None else None
    title = _repaired(str(rec.get("title") or "")[:500], fixed, "title")
    if fixed and warnings is not None:
        where = f"{path}:{line}" if line is not None else str(path)
        warnings.append(f"{where}: lone surrogate escape in {', '.join(fixed)} replaced by U+FFFD")
    return Article(id=rid, title=title, text=text, path=path, **extra)


def _loads(line: str, *, path: str | None, no: int | None):
    """The parsed JSON, or the MalformedRecordError that says why not (syntax, or nesting too deep)."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return MalformedRecordError(f"malformed JSON ({exc.msg})", path=path, line=no)
    except RecursionError:
        return MalformedRecordError("JSON nested too deeply to read", path=path, line=no)


def record_items(rec: object, *, path: str | None,
                 no: int | None) -> Iterator[Article | MalformedRecordError | ReadWarning]:
    """The warnings and then the Article of one parsed record, or the error that skips it."""
    warnings: list[str] = []
    try:
        article = record_to_article(rec, path=path, line=no, warnings=warnings)
    except MalformedRecordError as exc:
        yield exc
        return
    except RecursionError:
        yield MalformedRecordError("a field is nested too deeply to read", path=path, line=no)
        return
    yield from (ReadWarning(w) for w in warnings)
    yield article


def read_jsonl_lines(lines: Iterator[str], *,
                     path: str | None) -> Iterator[Article | MalformedRecordError | ReadWarning]:
    """Yield articles, or the error of a bad line (so the caller can count and go on)."""
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rec = _loads(line, path=path, no=no)
        if isinstance(rec, MalformedRecordError):
            yield rec
            continue
        yield from record_items(rec, path=path, no=no)


def read_json(text: str, *, path: str | None) -> Iterator[Article | MalformedRecordError | ReadWarning]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        # A .json file that is really JSON Lines.
        yield from read_jsonl_lines(iter(text.splitlines()), path=path)
        return
    except RecursionError:
        yield MalformedRecordError("JSON nested too deeply to read", path=path)
        return
    records = doc if isinstance(doc, list) else doc.get("articles", [doc]) if isinstance(doc, dict) else None
    if not isinstance(records, list):
        yield MalformedRecordError("expected an object or a list of objects", path=path)
        return
    for no, rec in enumerate(records, 1):
        yield from record_items(rec, path=path, no=no)
