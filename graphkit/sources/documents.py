"""Office documents: PDF press releases (pypdf) and Word .docx files (python-docx).

Why maintained libraries: both formats are compressed binary containers a
hand parser would get wrong; pypdf and python-docx are pure Python, so the
extras ``graphkit[pdf]`` and ``graphkit[docx]`` install anywhere.  Both
readers take the file path (not decoded text) and treat the file as
untrusted: a parser failure skips the file with its reason, and a .docx
whose parts would unpack past ``max_bytes`` is refused before it is opened.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import EmptyInputError, InputError, TooLargeError
from ..model import Article
from .text import title_of

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _need(module: str, package: str, extra: str, path: Path):
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as exc:
        raise InputError(f"reading {path.suffix.lower()} files needs the optional package {package}",
                         f"pip install 'graphkit[{extra}]'", path=str(path)) from exc


def _article(path: Path, article_id: str, text: str, title: str | None, kind: str) -> Article:
    text = _SURROGATE.sub("\ufffd", text).strip("\n")
    if not text.strip():
        raise EmptyInputError(f"the {kind} has no text layer (a scan? run OCR first)", path=str(path))
    title = (title or "").strip() or title_of(text)
    return Article(id=article_id, title=_SURROGATE.sub("\ufffd", title)[:500], text=text + "\n", path=str(path))


def read_pdf(path: Path, *, article_id: str, max_bytes: int) -> Iterator[Article]:
    """The text of every page, pages separated by a blank line; title from the metadata or first line."""
    pypdf = _need("pypdf", "pypdf", "pdf", path)
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is password-protected", "save an unprotected copy", path=str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure on an untrusted file is a skip, not a crash
        raise InputError(f"cannot read the PDF ({type(exc).__name__}: {exc})", path=str(path)) from exc
    yield _article(path, article_id, "\n\n".join(p.strip("\n") for p in pages), meta_title, "PDF")


def read_docx(path: Path, *, article_id: str, max_bytes: int) -> Iterator[Article]:
    """Paragraph texts separated by blank lines; title from the core properties or first line."""
    docx = _need("docx", "python-docx", "docx", path)
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a .docx (zip) file ({exc})", path=str(path)) from exc
    if unpacked > max_bytes:
        raise TooLargeError(f"the .docx unpacks to {unpacked} bytes (limit {max_bytes})", path=str(path))
    try:
        doc = docx.Document(str(path))
        paragraphs = [p.text for p in doc.paragraphs if p.text.strip()]
        meta_title = doc.core_properties.title
    except Exception as exc:  # noqa: BLE001 - see read_pdf
        raise InputError(f"cannot read the .docx ({type(exc).__name__}: {exc})", path=str(path)) from exc
    yield _article(path, article_id, "\n\n".join(paragraphs), meta_title, ".docx")
