"""Sources: turn paths (files, folders, ``-`` for stdin) into a stream of Articles.

One module per input format, registered by file suffix in ``READERS``.
Nothing is lost silently: every input ends up in ``ReadReport`` as read or
as skipped with its reason (file and line).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GraphkitError, InputError, MissingPathError, TooLargeError, UnsupportedFormatError
from ..model import Article
from .decode import decode, normalised_hash, sha256
from .html import read_html
from .records import read_csv, read_json, read_jsonl_lines
from .text import read_text

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass
class ReadReport:
    """What happened to every input: counts, skips with reasons, warnings."""

    read: int = 0
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip(self, error: GraphkitError) -> None:
        self.skipped.append(str(error))

    def to_dict(self) -> dict:
        return {"read": self.read, "files": self.files, "skipped": len(self.skipped),
                "skip_reasons": list(self.skipped), "warnings": list(self.warnings)}


def _whole(reader: Callable) -> Callable:
    def read(text: str, *, article_id: str, path: str | None):
        return reader(text, path=path)
    return read


READERS: dict[str, Callable[..., Iterable]] = {
    ".txt": read_text, ".text": read_text, ".md": read_text,
    ".html": read_html, ".htm": read_html,
    ".json": _whole(read_json), ".csv": _whole(read_csv),
}
STREAMED = {".jsonl", ".ndjson"}


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
                    if f.suffix.lower() in READERS or f.suffix.lower() in STREAMED:
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


def _file_articles(path: Path, report: ReadReport, max_bytes: int) -> Iterator[Article | GraphkitError]:
    suffix = path.suffix.lower()
    if suffix in STREAMED:
        yield from _jsonl_articles(path, report, max_bytes)
        return
    reader = READERS.get(suffix)
    if reader is None:
        raise UnsupportedFormatError(f"unknown file type '{suffix or '(none)'}'", path=str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(f"file is {size} bytes (limit {max_bytes})", path=str(path))
    text, warnings = decode(path.read_bytes(), str(path))
    report.warnings.extend(warnings)
    yield from reader(text, article_id=path.stem, path=str(path))


def read_articles(paths: Iterable[str | Path], report: ReadReport | None = None, *,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Stream every article under ``paths``; bad inputs go to ``report.skipped`` and reading goes on."""
    report = report if report is not None else ReadReport()
    for f in iter_files(paths, report):
        report.files += 1
        try:
            items = _stdin_articles(report) if f == "-" else _file_articles(f, report, max_bytes)
            for item in items:
                if isinstance(item, GraphkitError):
                    report.skip(item)
                    continue
                if not item.sha256:
                    item.sha256 = sha256(item.text)
                report.read += 1
                yield item
        except InputError as exc:
            report.skip(exc)
        except OSError as exc:
            report.skip(InputError(f"cannot read: {exc.strerror or exc}", path=str(f)))


__all__ = ["ReadReport", "read_articles", "iter_files", "READERS"]
