"""Bytes to text: UTF-8, UTF-8 with BOM, then byte by byte UTF-8 or cp1252/latin-1 with a warning.

Binary files (NUL bytes, known magic numbers) are refused instead of decoded
into garbage, so a PNG in a news folder is reported, not extracted from.
"""
from __future__ import annotations

import codecs
import hashlib
import re

from ..errors import BinaryInputError, EmptyInputError, EncodingInputError

MAGIC = (b"\x89PNG", b"PK\x03\x04", b"%PDF", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh", b"\x7fELF",
         b"Rar!", b"7z\xbc\xaf")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Return (text, warnings) or raise an InputError naming ``path``."""
    if not data.strip():
        raise EmptyInputError("the file is empty or only whitespace", path=path)
    head = data[:4096]
    if head.startswith(MAGIC) or b"\x00" in head:
        raise BinaryInputError("the file is binary, not text", path=path)
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict") if _utf8_ok(data[3:]) else None
        if text is not None:
            return text, warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # byte by byte: valid UTF-8 stays UTF-8, every other byte is read as cp1252 (latin-1 where cp1252
        # has no character), so a file pasted together from a UTF-8 and a Windows source keeps both right
        text = data.decode("utf-8", errors=_FALLBACK)
        if _UTF8_SEQUENCE.search(data):
            warnings.append(f"{path}: mixed UTF-8 and cp1252, each byte sequence decoded as what it is")
        else:
            warnings.append(f"{path}: not UTF-8, decoded as cp1252")
    if len(_CONTROL.findall(text[:4096])) > 16:
        raise EncodingInputError("the text is full of control characters (wrong encoding?)", path=path)
    return text, warnings


def _cp1252_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)                     # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined in cp1252, read as latin-1


_BYTE_CHARS = [_cp1252_byte(b) for b in range(256)]
_FALLBACK = "graphkit.cp1252"
codecs.register_error(_FALLBACK, lambda exc: ("".join(_BYTE_CHARS[b] for b in exc.object[exc.start:exc.end]),
                                              exc.end))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_ok(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def normalised_hash(text: str) -> str:
    """A stable id for text with no name: sha256 of whitespace-collapsed, lowercased text."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
