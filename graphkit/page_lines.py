"""Lines of page furniture around a news article: ads, credits, related-article lists, share widgets.

One definition shared by the sources (a plain-text article's title is its first line that is no such
line) and by extraction (``extract/text/boilerplate.py`` turns these lines, and the blocks and inline
credits around them, into spans no fact is read from).  It sits below both so neither imports the other.
"""
from __future__ import annotations

import re

_LINE_PATTERNS = [
    r"tutup\s+iklan\b.*",
    r"(baca\s+juga|baca\s+selengkapnya|berita\s+terkait(\s+lainnya)?|artikel\s+terkait|lihat\s+juga|simak\s+juga|"
    r"baca\s+berita\s+lainnya|berita\s+lainnya|terpopuler|rekomendasi)\b.*",
    r"(foto|photo|sumber\s+foto|ilustrasi|caption)\s*[:：].*",
    r"(editor|penulis|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|sumber|copyright|©)\s*[:：].*",
    r"(share|bagikan|subscribe|follow|ikuti)\b.{0,80}",
    r"(scroll\s+to\s+continue|advertisement|iklan)\b.{0,40}",
    r"oleh\s*[:：]?\s+.{0,160}",
    r"cek\s+berita\s+dan\s+artikel.*",
    r"(tonton|saksikan|simak|lihat|dengarkan)\s+(juga|live|video|selengkapnya)\b.*",
    r"(copyright|hak\s+cipta)\b.*|©.*",
    r"(artikel|berita)\s+ini\s+(telah\s+)?(tayang|terbit|dimuat)\b.*",
    r"tulisan\s+ini\s+(dibuat|ditulis)\s+oleh\b.*",
    r"(tim\s+)?(news\s*room|redaksi)\b.{0,80}",
    r"[\w.-]+\.(com|id|net)\s+(ilustrasi|foto)\b.*",
    r".{0,120}\b(redaktur|editor|penulis|reporter|pewarta)\s*[:：].{0,80}",
]
_LINE = re.compile(r"^\s*(?:" + "|".join(_LINE_PATTERNS) + r")\s*$", re.I)


# Every _LINE pattern but two starts with one of these words; the two others need a ".com"-like word or a
# credit word ("Editor:") in a line of bounded length.  Testing them first spares the big regex on body lines.
LINE_STARTS = ("tutup", "baca", "berita", "artikel", "lihat", "simak", "foto", "photo", "sumber", "ilustrasi",
               "caption", "editor", "penulis", "reporter", "pewarta", "redaktur", "penyunting", "fotografer",
               "kontributor", "copyright", "©", "share", "bagikan", "subscribe", "follow", "ikuti", "scroll",
               "advertisement", "iklan", "oleh", "cek", "tonton", "saksikan", "dengarkan", "hak", "tulisan", "tim",
               "news", "redaksi", "terpopuler", "rekomendasi")


def is_boilerplate_line(line: str) -> bool:
    low = line.lower()
    return boilerplate_line_lowered(line, low, low.lstrip().startswith(LINE_STARTS))


def boilerplate_line_lowered(line: str, low: str, opens: bool) -> bool:
    """``is_boilerplate_line`` given the line's lower case and whether it opens with one of LINE_STARTS."""
    # the credit words tested one by one: a generator per line cost more than the tests
    if not (opens or ".com" in low or ".id" in low or ".net" in low
            or "redaktur" in low or "editor" in low or "penulis" in low or "reporter" in low or "pewarta" in low):
        return False
    return bool(_LINE.match(line))


__all__ = ["LINE_STARTS", "boilerplate_line_lowered", "is_boilerplate_line"]
