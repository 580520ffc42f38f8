"""Sources: turn paths (files, folders, ``-`` for stdin) into a stream of Articles.

One module per input format, registered by file suffix in ``READERS``.
Nothing is lost silently: every input ends up in ``ReadReport`` as read or
as skipped with its reason (file and line).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import GraphkitError, InputError, MissingPathError, TooLargeError, UnsupportedFormatError
from ..model import Article
from .decode import decode, normalised_hash, sha256
from .documents import read_docx, read_pdf
from .html import read_html
from .ids import UniqueIds, file_ids
from .records import read_json, read_jsonl_lines
from .report import ReadReport, ReadWarning
from .tabular import read_csv
from .text import read_text

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def _whole(reader: Callable) -> Callable:
    def read(text: str, *, article_id: str, path: str | None):
        return reader(text, path=path)
    return read


READERS: dict[str, Callable[..., Iterable]] = {
    ".txt": read_text, ".text": read_text, ".md": read_text,
    ".html": read_html, ".htm": read_html,
    ".json": _whole(read_json), ".csv": _whole(read_csv), ".tsv": _whole(read_csv),
}
STREAMED = {".jsonl", ".ndjson"}
# Binary containers, read from the file by a library (an optional extra) instead of decoded as text.
DOCUMENTS: dict[str, Callable[..., Iterable]] = {".pdf": read_pdf, ".docx": read_docx}
KNOWN = {*READERS, *STREAMED, *DOCUMENTS}


def iter_files(paths: Iterable[str | Path], report: ReadReport) -> Iterator[Path | str]:
    """Expand folders recursively (sorted, hidden files ignored); ``-`` stays as stdin."""
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if f.is_file() and not any(part.startswith(".") for part in rel):
                    if f.suffix.lower() in KNOWN:
                        yield f
                    else:
                        report.warnings.append(f"{f}: skipped, not an article format")
        elif path.is_file():
            yield path
        else:
            report.skip(MissingPathError("no such file or directory", path=str(path)))


def _stdin_articles(report: ReadReport) -> Iterator[Article | GraphkitError]:
    data = sys.stdin.buffer.read()
    text, warnings = decode(data, "<stdin>")
    report.warnings.extend(warnings)
    if text.lstrip().startswith(("{", "[")):
        yield from read_jsonl_lines(iter(text.splitlines()), path="<stdin>") \
            if "\n{" in text.strip() else read_json(text, path="<stdin>")
    else:
        yield from read_text(text, article_id=normalised_hash(text), path="<stdin>")


def _jsonl_articles(path: Path, report: ReadReport, max_bytes: int) -> Iterator[Article | GraphkitError]:
    """Stream a JSON Lines file line by line in constant memory."""
    def lines() -> Iterator[str]:
        with path.open("rb") as fh:
            for no, raw in enumerate(fh, 1):
                if len(raw) > max_bytes:
                    report.skip(TooLargeError(f"line is {len(raw)} bytes", path=str(path), line=no))
                    yield ""
                    continue
                try:
                    yield raw.decode("utf-8-sig" if no == 1 else "utf-8")
                except UnicodeDecodeError:
                    report.warnings.append(f"{path}:{no}: not UTF-8, decoded as cp1252")
                    yield raw.decode("cp1252", errors="replace")
    yield from read_jsonl_lines(lines(), path=str(path))


def _file_articles(path: Path, article_id: str, report: ReadReport,
                   max_bytes: int) -> Iterator[Article | GraphkitError | ReadWarning]:
    suffix = path.suffix.lower()
    if suffix in STREAMED:
        yield from _jsonl_articles(path, report, max_bytes)
        return
    reader = READERS.get(suffix)
    if reader is None and suffix not in DOCUMENTS:
        raise UnsupportedFormatError(f"unknown file type '{suffix or '(none)'}'", path=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(f"file is {size} bytes (limit {max_bytes})", path=str(path))
    if suffix in DOCUMENTS:
        yield from DOCUMENTS[suffix](path, article_id=article_id, max_bytes=max_bytes)
        return
    text, warnings = decode(path.read_bytes(), str(path))
    report.warnings.extend(warnings)
    yield from reader(text, article_id=article_id, path=str(path))


def _distinct(files: Iterable[Path | str], report: ReadReport) -> list[Path | str]:
    """The files in order, each once: a file named twice (or inside a folder also given) is read once."""
    seen: set[str] = set()
    out: list[Path | str] = []
    for f in files:
        key = "-" if f == "-" else os.path.realpath(f)
        if key in seen:
            if f != "-":
                report.warnings.append(f"{f}: given more than once, read once")
            continue
        seen.add(key)
        out.append(f)
    return out


def read_articles(paths: Iterable[str | Path], report: ReadReport | None = None, *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Stream every article under ``paths``; bad inputs go to ``report.skipped`` and reading goes on."""
    report = report if report is not None else ReadReport()
    files = _distinct(iter_files(paths, report), report)
    ids = file_ids([f for f in files if f != "-"])
    unique = UniqueIds()
    for f in files:
        report.files += 1
        try:
            items = _stdin_articles(report) if f == "-" else _file_articles(f, ids[f], report, max_bytes)
            for item in items:
                if isinstance(item, ReadWarning):
                    report.warnings.append(str(item))
                    continue
                if isinstance(item, GraphkitError):
                    report.skip(item)
                    continue
                if not item.sha256:
                    item.sha256 = sha256(item.text)
                if not _claim_id(item, unique, report):
                    continue
                report.read += 1
                yield item
        except InputError as exc:
            report.skip(exc)
        except OSError as exc:
            report.skip(InputError(f"cannot read: {exc.strerror or exc}", path=str(f)))


def _claim_id(article: Article, unique: UniqueIds, report: ReadReport) -> bool:
    """Give ``article`` an id no earlier article of this read has (False: the same article again).

    A renamed or repeated article is counted and said in a warning line."""
    new = unique.claim(article.id, article.sha256)
    where = article.path or "<stdin>"
    if new is None:
        report.repeated += 1
        report.warnings.append(f"{where}: id {article.id!r} with the same text as an earlier article; read once")
        return False
    if new != article.id:
        report.duplicates += 1
        report.warnings.append(f"{where}: duplicate id {article.id!r} (an earlier article has it); "
                               f"this one is read as {new!r}")
        article.id = new
    return True


__all__ = ["ReadReport", "ReadWarning", "read_articles", "iter_files", "READERS", "DOCUMENTS"]
