"""Lines of page furniture around a news article: ads, credits, related-article lists, share widgets.

One definition shared by the sources (a plain-text article's title is its first line that is no such
line) and by extraction (``extract/text/boilerplate.py`` turns these lines, and the blocks and inline
credits around them, into spans no fact is read from).  It sits below both so neither imports the other.
"""
from __future__ import annotations

import re

# The label of a list of other stories, in the words outlets use: "Baca Juga", "Berita Terkait Lainnya",
# "Bacaan Lainnya", "Artikel Menarik Lainnya", "Berita Populer", "Tags", "Pilihan Editor"; a word that names
# a story ("baca", "berita", "artikel") with one that says which ("juga", "lainnya", "terkait", "populer"), or a
# word that is a list's label by itself.
LIST_LABEL = (r"(?:baca|bacaan|berita|artikel|lihat|simak|video)(?:\s+(?:berita|artikel|juga|lainnya|terkait|populer|"
              r"terpopuler|pilihan|terkini|terbaru|menarik|rekomendasi|selengkapnya|lain))+|"
              r"(?:tags?|topik|terpopuler|populer|terkini|terbaru|trending|rekomendasi)(?:\s+(?:untuk\s+anda|terkait|"
              r"lainnya|hari\s+ini))?|pilihan\s+(?:editor|redaksi)")
_LINE_PATTERNS = [
    r"tutup\s+iklan\b.*",
    r"(baca\s+juga|baca\s+selengkapnya|berita\s+terkait(\s+lainnya)?|artikel\s+terkait|lihat\s+juga|simak\s+juga|"
    r"baca\s+berita\s+lainnya|berita\s+lainnya|terpopuler|rekomendasi)\b.*",
    r"(?:" + LIST_LABEL + r")\s*[:：|].*",
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
# a line of a list ("• Oleh MC Kota …" under each related headline) is the same line behind its bullet
_LINE = re.compile(r"^\s*(?:[•·▪]\s*)?(?:" + "|".join(_LINE_PATTERNS) + r")\s*$", re.I)


# Every _LINE pattern but two starts with one of these words; the two others need a ".com"-like word or a
# credit word ("Editor:") in a line of bounded length.  Testing them first spares the big regex on body lines.
LINE_STARTS = ("tutup", "baca", "berita", "artikel", "lihat", "simak", "foto", "photo", "sumber", "ilustrasi",
               "caption", "editor", "penulis", "reporter", "pewarta", "redaktur", "penyunting", "fotografer",
               "kontributor", "copyright", "©", "share", "bagikan", "subscribe", "follow", "ikuti", "scroll",
               "advertisement", "iklan", "oleh", "cek", "tonton", "saksikan", "dengarkan", "hak", "tulisan", "tim",
               "news", "redaksi", "terpopuler", "rekomendasi", "video", "tag", "topik", "populer", "terkini", "terbaru",
               "trending", "pilihan", "•", "·", "▪")


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


# A headline is short and title-cased: its content words (not the small words a title leaves lower-case) start
# with a capital.  A report's sentence ends with a stop; a list of people set out one per line carries degrees
# ("S.Sos", "M.Si"), list markers, or a dash or comma joining a name to its post.  Only these lower-case words
# are skipped: every other word of a title-cased line starts with a capital.
_MINOR = frozenset("di ke dari dan yang untuk pada dengan dalam atau oleh bagi serta sebagai tentang kepada terhadap "
                   "hingga sampai antara karena agar akan jadi ini itu se vs the of and in".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_NOT_HEADLINE = re.compile(r"^\s*(?:[-–•*·▪►>]|\d{1,2}\s*[.)]|[a-z]\))|\b(?:S|M|A)\.\s?[A-Z][A-Za-z]{0,4}\b|"
                           r"\b(?:Drs?|Ir|Hj?|Prof|dr)\.\s|,\s*[SM]\.?\s?(?:H|E|T|P|IP|KM|Sos|Si|Pd|Kom|Ag|Hum|Kes|Ked|AP|M|Sn)\b|[:;]\s*$|\s[–-]\s*(?:kepala|ketua|camat|lurah|anggota|sekretaris|"
                           r"kabid|kasi|kadis|staf|wakil)\b", re.I)


HEADLINE, NEUTRAL, PROSE = 1, 0, -1


def headline_shape(line: str) -> int:
    """HEADLINE for a line with a headline's shape: 4 to 24 words, every content word capitalised but at most
    one in eight, no stop or colon at its end, nothing of a list of people (list marker, degree, dash + post).
    PROSE for a line with the lower-case words of a sentence (two or more), NEUTRAL for the rest (a date, a
    credit, a name with its post, a label).

    A report's sentence, even one full of names and posts, has its verbs and nouns in lower case.  Whose
    headline it is, the report's or another story's, only the line's place tells (``boilerplate.py``)."""
    s = line.strip()
    words = _WORD.findall(s)
    content = [w for w in words if w.lower() not in _MINOR]
    lower = sum(1 for w in content if not w[0].isupper())
    if lower >= 2 and 8 * lower > len(content):
        return PROSE
    if (len(content) < 4 or len(words) > 24 or not 20 <= len(s) <= 160 or s[-1] in ".,;:\"”’'"
            or _NOT_HEADLINE.search(s)):
        return NEUTRAL
    return HEADLINE


__all__ = ["LINE_STARTS", "LIST_LABEL", "HEADLINE", "PROSE", "boilerplate_line_lowered", "headline_shape",
           "is_boilerplate_line"]
