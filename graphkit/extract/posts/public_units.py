"""What an open head must be followed by to be a public post (``_PUBLIC_AFTER``), and the units that make a
post no public one: companies, party boards (``PARTY_BOARD``), parties.

"Ketua" alone (Ketua MUI, Ketua DPC ...) is no public post; "Ketua DPRD", "Ketua Panwascam", "Ketua KPK" are:
the grammar of units per head lives here.  Kept apart from ``heads`` (the head words and the fast head
finder) because it is read only once a head is found, by ``offices``.
"""
from __future__ import annotations

import re

from ..regions.gazetteer import opd_rows


# (with the other written forms the table notes, "also 'Bappelitbangda'": a merged or renamed agency is one too)
_OPD_WORDS = "|".join(sorted({re.escape(w) for r in opd_rows() if r["category"] not in ("anggaran", "regulasi")
                              for w in [r["abbrev"].strip()] + re.findall(r"'([A-Z][A-Za-z]{2,})'", r["notes"] or "")
                              if " " not in w}, key=len, reverse=True))
_CORPORATE = re.compile(r"\b(?:PT|Tbk|CV|Bank(?!\s+Indonesia\b)|Perumda|Perseroda|PDAM|Persero|Komisaris|Yayasan|Universitas|"
                        r"University|College|Institute|Klub|Club|FC|Partai|BEM|Senat\s+Mahasiswa|OSIS|KNPI|Direktur|Bumdes|BUMDes|BUMD|Koperasi\s+Unit)\b")
# Party boards (DPD II Golkar, DPC Gerindra) are not public posts; DPRD factions are.
_PARTY = re.compile(r"\s*(?:I{1,2}\b|Partai|Golkar|PDIP?|Gerindra|NasDem|Nasdem|PKB|PKS|PAN|Demokrat|Perindo|PSI|"
                    r"Hanura|PPP|PBB|Gelora|Ummat|Buruh)")
# A party's board anywhere in a post ("Koordinator Wilayah DPD PDIP Sultra", "Wakil Sekretaris DPC Partai X"):
# every seat of it is a party post, whatever its head word.
_BOARD = (r"(?:DPD|DPC|DPW|DPP|DPAC)(?:\s+I{1,2})?\s+(?:Partai\b|(?:Golkar|PDI-?P|PDI\s+Perjuangan|"
          r"Gerindra|Nas[Dd]em|PKB|PKS|PAN|Demokrat|Perindo|PSI|Hanura|PPP|PBB|Gelora|Ummat)\b)")
PARTY_BOARD = re.compile(r"\b" + _BOARD)          # inside the post's run
PARTY_BOARD_NEXT = re.compile(r"\s*" + _BOARD)    # right after it
# Election and legislative bodies (and their organs) that make "Ketua/Wakil Ketua/Anggota" a public post.
_ELECTORAL_BODY = re.compile(r"(?:[IVX]{1,3}\s+)?(?:Panwascam|Panwaslu|Panwaslih|Panwascam|PPK|PPS|KPPS|KPUD|KIP|Bawaslu|KPU|DPRD|Pansus|"
                             r"Panja|Banggar|Bapemperda|Bamus|Baleg|Badan\s+(?:Anggaran|Musyawarah|Kehormatan|Legislasi|"
                             r"Pembentukan)|Komisi\s+[IVX\dA-E]|Fraksi|Tim\s+Anggaran\s+Pemerintah\s+Daerah|TAPD|KPID|"
                             r"Komisi\s+Informasi|KPK|BPK|MK|MA|DKPP|KY|Komnas\s+HAM|Ombudsman|LPSK|PPATK|KPPU|KPI|KPAI|Komisi\s+Yudisial|"
                             r"Mahkamah\s+(?:Konstitusi|Agung|Syar'?iyah)|Pengadilan\s+(?:Negeri|Agama|Tinggi|Tata\s+Usaha\s+Negara|Militer)|"
                             r"PN|PTUN)\b")
# Bodies a spokesperson speaks for: a faction, a government, a ministry, an agency written as an acronym.
_PUBLIC_BODY = re.compile(r"(?:[Ff]raksi|Pemerintah|Pemprov|Pemkab|Pemkot|Kementerian|Kemen[a-z]{2,}|Istana|Presiden|Satgas|"
                          r"(?!DPC|DPW|DPP|PDI|PKS|PKB|PAN\b|PPP|PSI|PBB|TKN|TPN|TKD)[A-Z]{3,}(?![a-z]))")
# A ministry or a national agency written as the last word of a directorate's name.
_NATIONAL_BODY = (r"(?:Kementerian|Kemenko[a-z]*(?:\s+[A-Z]{2,5})?|Kemen[a-z]{2,}|Ditjen|Direktorat\s+Jenderal|BKN|LAN|BNPB|"
                  r"Bappenas|BPKP|BPOM|BPS|BRIN|BNN|BNPT|KemenPAN(?:-RB)?|Badan\s+Kepegawaian\s+Negara)")
# What an open head must be followed by to be a public post.
_PUBLIC_AFTER = {
    "kepala": re.compile(r"(?:Dinas|Badan|Kantor|Bagian|Bidang|Biro|Satuan|UPTD?|Pol\s+PP|Satpol|Inspektorat|Pusat|Balai|"
                         r"Kejaksaan|Kepolisian|Pengadilan|Perwakilan|Seksi|Sub\s?[Bb]agian|Subbagian|Stasiun|Lapas|Rutan|"
                         r"Kesatuan|[A-Z][a-z]+(?:\s+(?:dan\s+)?[A-Z][a-z]+){0,5}\s*\([A-Z][A-Za-z]{2,}\)|"
                         r"Dis(?:kominfo|dik|duk|p|nak|hub|kes|sos|tan|bun|kop|lh|arpus|ketapang)[a-z]*|Kemen[a-z]{2,}|"
                         r"Puskesmas|Pelaksana|Sekolah|Desa|Kelurahan|Lembaga|Rumah|Cabang|[A-Z]{3,}[a-z]*|(?:%s))\b" % _OPD_WORDS),
    "direktur": re.compile(r"(?:(?:[A-Z][a-z]+\s+){0,3}(?:RSUD|RSU|RSJ|Rumah\s+Sakit|Politeknik)|Reserse|Lalu\s+Lintas|Intelijen|Binmas|Samapta|"
                           r"Jenderal|(?:(?:[A-Z][a-z]+|dan)\s+){1,7}(?:di|pada)\s+(?:Kementerian|Kemen[a-z]+|Direktorat\s+Jenderal|Ditjen)\b|"
                           # a directorate's fields written straight before its ministry or national agency: "Direktur
                           # Harmonisasi Peraturan Perundang-undangan Kemenkumham", "Direktur Pengawasan III BKN"
                           r"(?:(?:[A-Z][a-z]+(?:-[a-z]+)?|dan|[IVX]{1,4})\s+){1,8}%s)\b" % _NATIONAL_BODY),
    "direktur utama": re.compile(r"(?:RSUD|Rumah\s+Sakit)\b"),
    "asisten": re.compile(r"(?:Bidang\s+)?(?:Pemerintahan|Perekonomian|Ekonomi|Administrasi|Kesejahteraan|Kesra|"
                          r"Pembangunan|Umum)\b|Deputi\b"),     # (an assistant deputy of a ministry or agency)
    "dirjen": re.compile(r"[A-Z]"),
    "sekjen": re.compile(r"(?:Kemen[a-z]+|Kementerian|DPR|DPD|MPR|Bawaslu|KPU|Wantannas)\b"),
    "sekretaris jenderal": re.compile(r"(?:Kemen[a-z]+|Kementerian|DPR|DPD|MPR|Bawaslu|KPU|Wantannas)\b"),
    "deputi": re.compile(r"(?:[IVX]{1,4}\s+)?(?:Bidang\s+)?[A-Z][a-z]+.{0,60}?\b(?:BKN|LAN|BNPB|Bappenas|KemenPAN|BPKP|BPOM|Kemenko[a-z]*|KPK|BPS|"
                         r"Kemen[a-z]+|Kementerian|BNPT|BIN|Bakamla|BSSN|Bawaslu|KPU|OJK|BI|"
                         r"Sekretariat|Setneg|KSP|BRIN|BNN|Basarnas|BMKG)\b"),
    # the commanders of the armed forces' joint and regional commands: "Panglima Komando Armada III", "Panglima Kodam"
    "panglima": re.compile(r"(?:Komando|Kodam|Koarmada|Kostrad|Kogabwilhan|Kopassus|Divisi|TNI|Armada)\b"),
    "komandan": re.compile(r"(?:Kodim|Korem|Kodam|Lanal|Lanud|Lantamal|Koramil|Yonif|Batalyon|Brimob|Distrik|Resor)\b"),
    "koordinator divisi": re.compile(r".{0,60}?\b(?:Bawaslu|KPU)\b"),
    "komisioner": re.compile(r"(?:Bawaslu|KPU|KPUD|KIP|KPID|KI|KPAI|KASN|Komnas|Komisi|Ombudsman|OJK|KY|KPPU)\b"),
    "juru bicara": _PUBLIC_BODY, "jubir": _PUBLIC_BODY, "juru bicaranya": _PUBLIC_BODY,
    "karo": re.compile(r"(?:Humas|Hukum|Pemerintahan|Umum|Organisasi|Ortala|Perekonomian|Kesra|Adpim|Protokol|Keuangan|"
                       r"Administrasi|Pengadaan|Perencanaan|Kepegawaian|Ops|Operasi|SDM|Logistik|Rena|[A-Z]{3,}(?=\s+[A-Z][a-z])|(?:%s))\b" % _OPD_WORDS),
    "koordinator": re.compile(r"(?:Divisi|Bidang|Wilayah|Staf\s+Khusus|Asesor)\b.{0,60}?|(?:Bawaslu|KPU|Panwascam)\b"),
    "ketua": _ELECTORAL_BODY, "wakil ketua": _ELECTORAL_BODY, "anggota": _ELECTORAL_BODY,
    "sekretaris": re.compile(r"(?:Dinas|Badan|Dis(?:kominfo|dik|duk|p|nak|hub|kes|sos|tan|bun|kop|lh|arpus|ketapang)[a-z]*|"
                             r"Inspektorat|Bappeda|Bapenda|BKD|BPBD|BKPSDM|Bawaslu|KPU|Komisi|Fraksi|Camat|Kecamatan|"
                             r"Kelurahan|Desa|Kemen[a-z]{2,}|Kementerian)\b"),
    "kepala distrik": re.compile(r"[A-Z]"),
    "pejabat pengawas": re.compile(r"(?:Dinas|Badan|Biro|Bagian|Bidang|Sekretariat|Setda|Inspektorat|Dis[a-z]{3,}|"
                                   r"(?!DPC|DPW|DPP)[A-Z]{3,}(?![a-z]))"),
    "kasat": re.compile(r"(?:Reskrim|Narkoba|Lantas|Intelkam|Binmas|Samapta|Sabhara|Tahti|Polair|Pol\s+PP|Satpol)\b"),
    "kanit": re.compile(r"(?:Reskrim|Tipikor|Tipidkor|Pidsus|PPA|Lantas|Intelkam|Binmas|Turjawali)\b"),
    "kasatreskrim": re.compile(r"[A-Z]"),
    "ketua divisi": re.compile(r".{0,60}?\b(?:Bawaslu|KPU)\b"),
    "kordiv": re.compile(r".{0,60}?\b(?:Bawaslu|KPU|Panwaslu|Panwascam)\b"),
}
_PUBLIC_AFTER["pejabat administrator"] = _PUBLIC_AFTER["pejabat pengawas"]
