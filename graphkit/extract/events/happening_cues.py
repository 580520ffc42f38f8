"""The other words of the event vocabulary: venues, receptions, words of a happening reported, groups.

``event_types`` holds the trigger words (an event's type) and the scan that finds them; these are the
words the stages read around a trigger, each a pattern of its own with no type attached: the venue's
head words ("Pendopo", "Aula", "Hotel"), receiving visitors (an audiensi whose visitors attend), the
words only a report of a happening uses ("dibuka oleh", "turut hadir"), and the group attendees'
words ("OPD", "Forkopimda").  Kept apart from the trigger table so each reads as one thing.
"""
from __future__ import annotations

import re

from ..text.sentences import find_all, folded, scan


# Venues: a head word then capitalised words ("Pendopo Wahyawibawagraha", "Aula Bina Praja II")
_VENUE_HEADS = (r"Pendopo|Pendapa|Aula|Gedung|Kantor|Ruang(?:an)?(?:\s+[Rr]apat)?|Balai|Hotel|Lapangan|Stadion|"
                r"Masjid|Gereja|Alun-alun|Alun-Alun|Wisma|Lobby|Lobi|Halaman|GOR|Graha|Rumah\s+Dinas|Rumah\s+Jabatan|"
                r"Rujab|Taman|Pantai|Jembatan|Kompleks|Komplek|Mess|Sekretariat|Convention\s+Hall|Hall|Bandara|"
                r"Pelabuhan|Pasar|Puskesmas|RSUD|Sekolah|SMA|SMP|SD|Kampus|Islamic\s+Center|Lapas|Markas|Mapolres|"
                r"Makodim|Guest\s+House|Ballroom|Auditorium")
# (a day name after the place is the date's, not the venue's: "di Markas Polres X Rabu pagi (15/03)")
_CAP = r"(?:(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\b)[A-Z][\w'’-]*|[IVX]+|\d+[A-Za-z]?|dan|&)"
VENUE_RE = re.compile(r"\b(?:di|bertempat\s+di|berlangsung\s+di|digelar\s+di|dilaksanakan\s+di|dilangsungkan\s+di)\s+"
                      r"(?P<name>(?:%s)(?:\s+%s){1,7})" % (_VENUE_HEADS, _CAP))

# "(saat) menerima Bupati X / rombongan KPU / perwakilan warga": receiving visitors is an audiensi, and
# the people named after it are the visitors (ATTENDED) while the subject who receives LED it
RECEIVE_RE = re.compile(
    r"\b(?:menerima|terima)\s+(?:langsung\s+)?(?=(?:para\s+|sejumlah\s+)?(?:rombongan|delegasi|perwakilan|jajaran|"
    r"pengurus|pimpinan|direksi|manajemen|tim|kedatangan|kunjungan|audiensi|silaturahmi|Bupati|Wakil|Wali|Walikota|"
    r"Gubernur|Menteri|Wamen|Ketua|Kepala|Direktur|Dirut|Kapolda|Kapolres|Dandim|Danrem|Pangdam|Kajari|Kajati|"
    r"Duta|Dubes|Konsul|Sekjen|Dirjen|Anggota|Komisi|Rektor|Presiden|Camat|Pj|Pjs|Plt|Kades|Lurah|Dekan|CEO|"
    r"Founder|Pendiri)\b)")
# ... and so is receiving anyone said to come to the receiver: "menerima mahasiswa Universitas X (yang) berkunjung
# ke DPRD" (a reception the event stage reads; who came is left to the attendee grammar)
_RECEIVE_VISITORS = re.compile(r"\b(?:menerima|terima)\s+(?=(?:[\w()-]+\s+){1,6}?(?:yang\s+)?"
                               r"(?:berkunjung\w*|bertandang|bersilaturahmi)\s+ke\b)")


def receptions(text: str, end: int):
    """``RECEIVE_RE`` and ``_RECEIVE_VISITORS`` matches in [0, end), tried only at "menerima" and "terima" (every match opens
    with one; see sentences.scan)."""
    at = find_all(text, ("menerima", "terima"), 0, end)
    found = {m.start(): m for m in scan(RECEIVE_RE, text, at, 0, end)}
    for m in scan(_RECEIVE_VISITORS, text, at, 0, end):
        found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


# what is opened as a process, not a happening (``presence_lead`` reads it too): "Pemkot resmi membuka seleksi
# terbuka JPT", "membuka pendaftaran"
OPENED_PROCESS = (r"(?:pendaftaran|seleksi|penerimaan|lowongan|rekrutmen|formasi|layanan|pelayanan|akses|"
                  r"posko|peluang|kesempatan)\b")
# Words that only a report of a happening uses: someone opened, led or attended it ("dipimpin oleh" alone
# also describes who heads a team: "tim yang dipimpin oleh Kasi Pidsus").
_HAPPENED = re.compile(r"\b(?=[sSrRdDtTmMhH])(?:(?:(?:secara\s+)?resmi\s+)?dibuka\s+(?:(?:secara\s+)?resmi\s+)?oleh|"
                       r"dipimpin\s+langsung\s+oleh|(?:^|(?<=[.\n]\s)|(?<=\n))Dipimpin\s+oleh|"
                       r"dihadiri\s+(?:langsung\s+)?(?:oleh\b|(?-i:[A-Z]))|(?:turut|tampak)\s+hadir|"
                       # an official present at an occasion the text names: "hadir pada kegiatan Ngopi Bareng …"
                       # (not one said absent: "tak hadir dalam acara tersebut")
                       r"(?<!tak\s)(?<!tidak\s)(?<!belum\s)(?<!batal\s)(?<!berhalangan\s)"
                       r"(?:hadir\s+(?:pada|dalam|di)|menghadiri)\s+(?:acara|kegiatan)\b|(?:membuka\s+secara\s+resmi|"
                       r"resmi\s+membuka)(?!\s+(?:\w+\s+)?%s)|"
                       # an official who, at the time of a report, opens an occasion by its proper name: "saat membuka
                       # Jambore Kader Posyandu Tingkat Provinsi …" (not a process: "saat membuka Pendaftaran …")
                       r"(?:(?<=saat\s)|(?<=ketika\s)|(?<=sekaligus\s))membuka\s+(?!%s)(?-i:[A-Z]))"
                       % (OPENED_PROCESS, OPENED_PROCESS), re.I)
_HAPPENED_OPENERS = ("secara", "resmi", "dibuka", "dipimpin", "dihadiri", "turut", "tampak", "membuka", "hadir",
                     "menghadiri")


def happenings(text: str, start: int, end: int):
    """``_HAPPENED.finditer(text, start, end)``, tried only where the folded text has a word a match
    opens with (``_HAPPENED_OPENERS``; every position without a folded text)."""
    low = folded(text)
    starts = None if low is None else find_all(low, _HAPPENED_OPENERS, start, end)
    return scan(_HAPPENED, text, starts, start, end)


# Group attendees: the words gold and readers use for groups of officials
GROUP_WORDS = re.compile(
    r"(?<![\w-])(?P<word>Organisasi\s+Perangkat\s+Daerah|[Pp]erangkat\s+[Dd]aerah|OPD|ASN|PNS|THL|"
    r"Aparatur\s+Sipil\s+Negara|[Cc]amat|[Ll]urah|[Kk]epala\s+[Dd]esa|[Kk]ades|[Kk]epala\s+[Dd]inas|[Kk]adis|"
    r"[Kk]epala\s+[Bb]adan|[Kk]epala\s+[Bb]iro|[Kk]epala\s+[Bb]agian|[Kk]abag|[Aa]sisten|[Ss]taf\s+[Aa]hli|"
    r"(?i:forkopimda|forkompinda|forkopimcam|muspika|muspida)|[Aa]nggota\s+DPRD|DPRD|[Kk]epala\s+OPD|TNI|Polri|"
    r"[Kk]epala\s+UPTD?|[Tt]enaga\s+[Aa]hli|"
    r"[Pp]ejabat\s+(?:[Pp]impinan\s+[Tt]inggi(?:\s+[Pp]ratama|\s+[Mm]adya)?|[Aa]dministrator|[Ff]ungsional|"
    r"[Pp]elaksana|[Pp]engawas|[Ee]selon\s+I{1,3}V?))(?![\w-])")

__all__ = ["VENUE_RE", "RECEIVE_RE", "OPENED_PROCESS", "receptions", "happenings", "GROUP_WORDS"]
