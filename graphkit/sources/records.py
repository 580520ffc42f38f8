"""Article records from JSON, JSON Lines and CSV (fields id, title, text, url, published, outlet, author).

Records stream one at a time; a malformed line is reported with its line
number and skipped, the rest of the file is still read.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from ..errors import MalformedRecordError
from ..model import Article
from .decode import normalised_hash

FIELDS = ("url", "published", "outlet", "author")
csv.field_size_limit(1 << 30)


def record_to_article(rec: object, *, path: str | None, line: int | None) -> Article:
    if not isinstance(rec, dict):
        raise MalformedRecordError("the record is not a JSON object", path=path, line=line)
    text = rec.get("text") or rec.get("body") or rec.get("content")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecordError("the record has no 'text'", path=path, line=line)
    rid = rec.get("id")
    rid = str(rid).strip() if rid not in (None, "") else normalised_hash(text)
    extra = {k: (str(rec[k]) if rec.get(k) not in (None, "") else None) for k in FIELDS}
    return Article(id=rid, title=str(rec.get("title") or "")[:500], text=text, path=path, **extra)


def read_jsonl_lines(lines: Iterator[str], *, path: str | None) -> Iterator[Article | MalformedRecordError]:
    """Yield articles, or the error of a bad line (so the caller can count and go on)."""
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(f"malformed JSON ({exc.msg})", path=path, line=no)
            continue
        try:
            yield record_to_article(rec, path=path, line=no)
        except MalformedRecordError as exc:
            yield exc


def read_json(text: str, *, path: str | None) -> Iterator[Article | MalformedRecordError]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        # A .json file that is really JSON Lines.
        yield from read_jsonl_lines(iter(text.splitlines()), path=path)
        return
    records = doc if isinstance(doc, list) else doc.get("articles", [doc]) if isinstance(doc, dict) else None
    if records is None:
        yield MalformedRecordError("expected an object or a list of objects", path=path)
        return
    for no, rec in enumerate(records, 1):
        try:
            yield record_to_article(rec, path=path, line=no)
        except MalformedRecordError as exc:
            yield exc


def read_csv(text: str, *, path: str | None) -> Iterator[Article | MalformedRecordError]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in [f.strip() for f in reader.fieldnames]:
        yield MalformedRecordError("the CSV has no 'text' column", path=path, line=1)
        return
    for rec in reader:
        line = reader.line_num
        try:
            yield record_to_article({k.strip(): v for k, v in rec.items() if k}, path=path, line=line)
        except MalformedRecordError as exc:
            yield exc
