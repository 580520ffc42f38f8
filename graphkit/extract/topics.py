"""Topics of statements, from keyword lists.

A Topic is what a reader would file a quotation under ("netralitas ASN",
"Pilkada", "pelayanan publik").  The lists are small and explicit on purpose:
a keyword table is predictable, reviewable and identical on every run, which
a statistical classifier for a dozen labels would not be.  All keywords are
compiled into one alternation at import, so tagging costs one regex scan.
"""
from __future__ import annotations

import re

from .sentences import automaton, find_starts, scan

# slug -> (display name, keywords); keywords are matched case-insensitively at word starts.
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "netralitas-asn": ("Netralitas ASN", ("netralitas", "netral", "politik praktis", "keberpihakan")),
    "pilkada": ("Pilkada", ("pilkada", "pemilihan kepala daerah", "pilbup", "pilgub", "pilwalkot", "pemilu",
                            "pemungutan suara", "pesta demokrasi", "tahun politik", "paslon", "pasangan calon",
                            "kampanye", "tps", "bawaslu", "kpu", "pemilih", "hak pilih", "coblos")),
    "pelayanan-publik": ("Pelayanan publik", ("pelayanan", "layanan publik", "melayani", "pelayan masyarakat")),
    "anggaran": ("Anggaran", ("anggaran", "apbd", "apbn", "belanja daerah", "realisasi", "dana desa",
                              "pendapatan asli daerah")),
    "kesehatan": ("Kesehatan", ("kesehatan", "rumah sakit", "rsud", "puskesmas", "ambulans", "stunting",
                                "posyandu", "imunisasi", "bpjs")),
    "pendidikan": ("Pendidikan", ("pendidikan", "sekolah", "siswa", "guru", "pelajar", "beasiswa")),
    "infrastruktur": ("Infrastruktur", ("infrastruktur", "jembatan", "jalan", "pembangunan", "irigasi",
                                        "listrik", "air bersih")),
    "disiplin-asn": ("Disiplin dan kinerja ASN", ("disiplin", "kinerja", "integritas", "profesional",
                                                  "apel", "etos kerja", "kehadiran")),
    "ekonomi": ("Ekonomi", ("ekonomi", "inflasi", "umkm", "investasi", "harga", "pasar", "kesejahteraan",
                            "kemiskinan", "pertanian", "pariwisata")),
    "bencana": ("Bencana", ("bencana", "banjir", "longsor", "kebakaran", "gempa", "kekeringan")),
    "keamanan": ("Keamanan dan ketertiban", ("keamanan", "ketertiban", "kamtibmas", "kondusif", "konflik")),
    "keagamaan": ("Keagamaan", ("masjid", "ibadah", "syukur", "allah", "ramadan", "ramadhan", "idul",
                                "keagamaan", "gereja")),
    "lingkungan": ("Lingkungan", ("lingkungan", "sampah", "kebersihan", "penghijauan", "gotong royong")),
    "pemerintahan": ("Tata kelola pemerintahan", ("transparansi", "akuntabilitas", "sinergi", "koordinasi",
                                                  "kolaborasi", "reformasi birokrasi", "korupsi")),
}

_KEYWORD_TOPIC = {kw: slug for slug, (_, kws) in TOPICS.items() for kw in kws}


def _by_first_letter(keywords: list[str], boundary: str = "") -> str:
    """``k1|k2|…`` as ``a(?:…)|b(?:…)|…``: the same matches (a position can only match the keywords of its
    letter, still tried longest first), but re tries a dozen letters per word instead of every keyword.
    ``boundary`` is put after each letter (a lookbehind there checks the word start)."""
    groups: dict[str, list[str]] = {}
    for k in keywords:
        groups.setdefault(k[0], []).append(k)
    return "|".join(re.escape(c) + (boundary % re.escape(c) if boundary else "")
                    + "(?:" + "|".join(re.escape(k[1:]) for k in ks) + ")" for c, ks in groups.items())


_BY_LENGTH = sorted(_KEYWORD_TOPIC, key=len, reverse=True)
_KEYWORDS = re.compile(r"\b(%s)(?:nya)?\b" % _by_first_letter(_BY_LENGTH), re.I)
# _KEYWORDS for lower-cased text, without re.I, the word start checked after each keyword's first letter: the
# same matches (the keywords are lower-case ASCII), but the pattern opens on literal letters, which re skips to.
_KEYWORDS_LOW = re.compile(r"(%s)(?:nya)?\b" % _by_first_letter(_BY_LENGTH, r"(?<!\w%s)"))
# every _KEYWORDS_LOW match opens with a keyword, written as is: one automaton pass over the lower-cased
# statement lists where one starts, and the pattern is tried only there (``sentences.scan``) — the same
# matches as findall, in order and non-overlapping ("tahun politik praktis" is still "tahun politik" alone)
_KEYWORD_STARTS = automaton(_KEYWORD_TOPIC)
_SPACES = re.compile(r"\s+")


def topics_of(text: str) -> list[str]:
    """Sorted topic slugs whose keywords occur in ``text``."""
    low = text.lower()
    # re.I folds "ſ", "ı" onto ASCII letters and lower() does not; a length change would shift the offsets
    if len(low) != len(text) or "ſ" in low or "ı" in low:
        words = [m.group(1).lower() for m in _KEYWORDS.finditer(text)]
    else:
        words = [m.group(1) for m in scan(_KEYWORDS_LOW, low, find_starts(_KEYWORD_STARTS, low))]
    found: set[str] = set()
    for word in words:
        slug = _KEYWORD_TOPIC.get(_SPACES.sub(" ", word))
        if slug:
            found.add(slug)
    return sorted(found)


def topic_name(slug: str) -> str:
    return TOPICS[slug][0] if slug in TOPICS else slug.replace("-", " ")


__all__ = ["TOPICS", "topics_of", "topic_name"]
