"""Topics of statements: what a quotation is about, read from its terms in combination.

A Topic is what a reader would file a quotation under ("netralitas ASN",
"Pilkada", "pelayanan publik").  One keyword is not enough to say what a
statement is about: a koperasi statement that asks members to be "disiplin"
is not about the discipline of civil servants, and "ASN tidak boleh berpihak
kepada pasangan calon mana pun" is about ASN neutrality without the word
"netral".  So each topic has three kinds of terms:

* ``strong`` terms name the topic by themselves ("netralitas", "pilkada");
* ``cues`` point at it ("berpihak", "disiplin", "kampanye");
* ``subjects`` say whom it is about ("ASN", "pegawai").

A statement is about a topic when it holds a strong term, or a cue together
with a subject or a second, different cue.  The lists are small and explicit
on purpose: a term table is predictable, reviewable and identical on every
run.  All terms are compiled into one alternation at import, so tagging
costs one regex scan.
"""
from __future__ import annotations

import re

from ..text.sentences import automaton, find_starts, scan

_CIVIL_SERVANTS = ("asn", "pns", "aparatur sipil negara", "aparatur", "pegawai", "abdi negara", "birokrasi")

# slug -> (display name, strong terms, cues, subjects); terms are matched case-insensitively at word starts.
TOPICS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "netralitas-asn": ("Netralitas ASN", ("netralitas", "politik praktis", "keberpihakan"),
                       ("netral", "berpihak", "memihak", "kampanye", "paslon", "pasangan calon", "dukungan politik",
                        "calon mana pun", "calon manapun"), _CIVIL_SERVANTS),
    "pilkada": ("Pilkada", ("pilkada", "pemilihan kepala daerah", "pilbup", "pilgub", "pilwalkot", "pemilu",
                            "pemungutan suara", "pesta demokrasi", "tahun politik", "hak pilih", "pemilih", "tps",
                            "coblos", "pencoblosan"),
                ("paslon", "pasangan calon", "kampanye", "bawaslu", "kpu", "pemilihan", "calon"), ()),
    "pelayanan-publik": ("Pelayanan publik", ("pelayanan", "layanan publik", "melayani", "pelayan masyarakat"), (), ()),
    "anggaran": ("Anggaran", ("anggaran", "apbd", "apbn", "belanja daerah", "dana desa", "pendapatan asli daerah"),
                 ("realisasi",), ()),
    "kesehatan": ("Kesehatan", ("kesehatan", "rumah sakit", "rsud", "puskesmas", "ambulans", "stunting",
                                "posyandu", "imunisasi", "bpjs"), (), ()),
    "pendidikan": ("Pendidikan", ("pendidikan", "sekolah", "siswa", "guru", "pelajar", "beasiswa"), (), ()),
    "infrastruktur": ("Infrastruktur", ("infrastruktur", "jembatan", "irigasi", "air bersih"),
                      ("jalan", "pembangunan", "listrik"), ()),
    "disiplin-asn": ("Disiplin dan kinerja ASN", ("etos kerja", "jam kerja", "absensi", "disiplin pegawai",
                                                  "disiplin asn", "kinerja pegawai", "kinerja asn"),
                     ("disiplin", "kinerja", "integritas", "profesional", "profesionalisme", "apel", "kehadiran"),
                     _CIVIL_SERVANTS),
    "ekonomi": ("Ekonomi", ("ekonomi", "inflasi", "umkm", "investasi", "kemiskinan", "pertanian", "pariwisata"),
                ("harga", "pasar", "kesejahteraan"), ()),
    "bencana": ("Bencana", ("bencana", "banjir", "longsor", "kebakaran", "gempa", "kekeringan"), (), ()),
    "keamanan": ("Keamanan dan ketertiban", ("keamanan", "ketertiban", "kamtibmas"), ("kondusif", "konflik"), ()),
    "keagamaan": ("Keagamaan", ("masjid", "ibadah", "ramadan", "ramadhan", "idul", "keagamaan", "gereja"),
                  ("syukur", "allah"), ()),
    "lingkungan": ("Lingkungan", ("lingkungan hidup", "sampah", "kebersihan", "penghijauan"),
                   ("lingkungan", "gotong royong"), ()),
    "pemerintahan": ("Tata kelola pemerintahan", ("transparansi", "akuntabilitas", "reformasi birokrasi", "korupsi"),
                     ("sinergi", "koordinasi", "kolaborasi"), ()),
}

# term -> [(slug, role)], role 0 strong, 1 cue, 2 subject
_ROLES: dict[str, list[tuple[str, int]]] = {}
for _slug, (_, *_kinds) in TOPICS.items():
    for _role, _terms in enumerate(_kinds):
        for _t in _terms:
            _ROLES.setdefault(_t, []).append((_slug, _role))
_KEYWORD_TOPIC = _ROLES


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
    """Sorted topic slugs the statement is about: a strong term, or a cue with a subject or a second cue."""
    low = text.lower()
    # re.I folds "ſ", "ı" onto ASCII letters and lower() does not; a length change would shift the offsets
    if len(low) != len(text) or "ſ" in low or "ı" in low:
        words = [m.group(1).lower() for m in _KEYWORDS.finditer(text)]
    else:
        words = [m.group(1) for m in scan(_KEYWORDS_LOW, low, find_starts(_KEYWORD_STARTS, low))]
    strong: set[str] = set()
    cues: dict[str, set[str]] = {}
    subjects: set[str] = set()
    for word in words:
        term = _SPACES.sub(" ", word)
        for slug, role in _ROLES.get(term, ()):
            if role == 0:
                strong.add(slug)
            elif role == 1:
                cues.setdefault(slug, set()).add(term)
            else:
                subjects.add(slug)
    found = strong | {slug for slug, terms in cues.items() if len(terms) > 1 or slug in subjects}
    return sorted(found)


def topic_name(slug: str) -> str:
    return TOPICS[slug][0] if slug in TOPICS else slug.replace("-", " ")


__all__ = ["TOPICS", "topics_of", "topic_name"]
