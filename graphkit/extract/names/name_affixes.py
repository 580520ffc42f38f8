"""What is written around a personal name: honorifics and ranks before it, academic degrees after it.

The tables (honorific words, ranks from titles.csv, degree abbreviations) and the patterns that read them
from a position; kept apart from ``names`` because they are lookup tables with their own small readers,
which the post grammars ask too ("AKBP", "Dr." before a name that a post opens), while ``names`` holds the
grammar of the name itself.
"""
from __future__ import annotations

import re

from ..regions.gazetteer import title_rows


# Honorifics (religious, academic, address) written before a name.
_HONORIFIC_WORDS = ("Prof", "Dr", "Drs", "Dra", "Ir", "H", "Hj", "HM", "Hc", "KH", "K.H", "Tgk", "TGH", "Ust",
                    "Ustadz", "dr", "drg", "Bapak", "Pak", "Ibu", "Bu", "Sdr", "Saudara", "Tuan", "Nyonya",
                    "Haji", "Hajjah", "Habib", "Kiai", "H.M", "Ec", "(H.C.)", "(H.C)", "(HC)", "Ustaz", "Ustazah",
                    "Ustadzah", "Drg", "Apt", "apt", "Hi", "Hja", "Bpk", "Sdri", "Kyai", "Gus", "ibu", "bapak", "Ns", "Apt",
                    "Abuya", "Buya",
                    # "Bunda": the address of a woman who leads ("Wali Kota Bunda Budiarti"), as "Ibu"
                    "Bunda",
                    # "HA" is Haji Andi, the South Sulawesi pair written bare the way "HM" (Haji Muhammad) is:
                    # "Bupati Soppeng HA Kaswadi Razak", "Sekda HA Muallim"
                    "HA",
                    # Kiai Haji with its initials spaced: "Wapres K. H. Budi", as "K.H." written apart
                    "K. H",
                    # written in capitals: "DR Harley AB Mangindaan", "DR. Muklir", "DRS. H. Budi"
                    "DR", "DRS", "DRA", "PROF", "IR", "HJ")
# "HL. Pathul", "HA. Timbul": Haji and the initial of a first name or of a title of nobility (Lalu, Andi ...)
# written as one dotted cluster, the way "HM." is; the dot is required, since bare "HL" could be an acronym.
_HAJI_INITIAL = tuple(f"H{c}." for c in "ABCDEFGIJKLNOPRSTUWYZ")
_RANKS = sorted({r["abbrev"].strip() for r in title_rows() if r["category"].startswith("pangkat")}
                | {"Inf", "Pol", "Kav", "Art", "Arh", "Czi", "Cpm", "Cku", "Chb", "Ckm", "Cba", "Cpn", "Caj", "Chk", "Cpl",
                   "Psk", "Pnb", "Kes", "Lek", "Adm", "Arm", "Mar", "(Purn)", "Purn", "TNI", "Jenderal", "Jendral",
                   "Laksamana", "Marsekal", "Brigadir", "Sersan", "Kopral", "Letnan", "Letjen", "Laksda",
                   "Laksdya", "Marsda", "Marsdya", "Pelda", "Peltu", "Serma", "Praka", "Pratu", "Prada", "Kopda",
                   "Koptu", "Bharada", "Bharatu", "Bharaka", "Bripda", "AKP",
                   # the generals' and flag officers' ranks written out in two words: "Laksamana Muda TNI Budi"
                   "Laksamana Muda", "Laksamana Madya", "Laksamana Pertama", "Marsekal Muda", "Marsekal Madya",
                   "Marsekal Pertama", "Mayor Jenderal", "Letnan Jenderal", "Brigadir Jenderal",
                   # a navy officer's rank names the service and the corps in brackets: "Kolonel Laut (P)"
                   "Laut", "Laut (P)", "Laut (T)", "Laut (E)", "Laut (S)", "Laut (K)", "Laut (KH)", "Laut (PM)",
                   # the corps written in capitals, as many outlets do: "Letkol CPM Budi", "Kapten INF Budi"
                   "CPM", "INF", "CZI", "ARH", "KAV", "CHB", "CKM", "CAJ", "CHK", "CPL", "PNB", "PSK"},
                  key=len, reverse=True)
HONORIFIC = re.compile(r"(?:%s)\s*|(?:%s)(?:\.|(?=\s))\s*" % (
    "|".join(re.escape(h) for h in _HAJI_INITIAL),
    "|".join(re.escape(h) for h in sorted(_HONORIFIC_WORDS, key=len, reverse=True))))
RANK = re.compile(r"(?:%s)\.?\s+" % "|".join(re.escape(r) for r in _RANKS))
# The same two patterns split by the character their words open with (same order): at a given position only
# those words can match, and re tries a few alternatives instead of every rank or honorific.
_HONORIFIC_AT = {c: re.compile(r"%s(?:%s)(?:\.|(?=\s))\s*" % (
    r"(?:%s)\s*|" % "|".join(re.escape(h) for h in _HAJI_INITIAL) if c == "H" else "",
    "|".join(re.escape(h) for h in sorted(_HONORIFIC_WORDS, key=len, reverse=True) if h[0] == c)))
    for c in {h[0] for h in _HONORIFIC_WORDS}}
_RANK_AT = {c: re.compile(r"(?:%s)\.?\s+" % "|".join(re.escape(r) for r in _RANKS if r[0] == c))
            for c in {r[0] for r in _RANKS}}


def honorific_at(text: str, pos: int) -> re.Match | None:
    """``HONORIFIC.match(text, pos)``."""
    rx = _HONORIFIC_AT.get(text[pos:pos + 1])
    return rx.match(text, pos) if rx else None


# An honorific closed by a comma where its full stop belongs, right before the name: "Bupati X, H, Budi
# Santoso, SE" (a comma is the neighbour of the full stop; the honorific still opens the name it precedes).
_HONORIFIC_COMMA = re.compile(r"(?:H|Hj|HM|Hi|Dr|Drs|Ir|Prof),\s*(?=[A-Z][a-z])")


def comma_honorific_at(text: str, pos: int) -> re.Match | None:
    """An honorific written with a comma for its full stop at ``pos`` (``_HONORIFIC_COMMA``)."""
    return _HONORIFIC_COMMA.match(text, pos) if text[pos:pos + 1] in "HDIP" else None


def rank_at(text: str, pos: int) -> re.Match | None:
    """``RANK.match(text, pos)``."""
    rx = _RANK_AT.get(text[pos:pos + 1])
    return rx.match(text, pos) if rx else None

# Academic degrees: S.Sos, M.Si, MM, S.H., M.A.P., S.STP, Ph.D ... (dotted or from a known list).
_DEGREE_WORDS = ("MM", "SH", "SE", "MH", "MT", "MSi", "MPd", "SPd", "SIP", "SSos", "MAP", "MKes", "STP", "SSTP",
                 "MSc", "PhD", "MBA", "Ak", "CA", "MA", "MP", "ST", "SKM", "SKep", "MIP", "SAg", "MAg", "SHI",
                 "SPi", "SP", "SKom", "MKom", "MDC", "SIKom", "SHut", "MEng", "SIP", "MTP", "MSE", "SAP",
                 "SPt", "SKed", "SpOG", "SpPD", "SpA", "MARS", "MPH", "CPA", "SSi", "MSos", "MHum", "SHum",
                 "MTr", "STr", "SIAN", "MPA", "SS", "SPsi", "MPsi", "Lc", "MEd", "SThI", "SPdI", "MPdI", "MKM", "SIK",
                 "AP")    # (AP: Ahli Pemerintahan, the civil-service academy's degree: "Budi, AP, MSi")
_DEGREE_KEYS = {d.lower() for d in _DEGREE_WORDS}
DEGREE_TOKEN = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.){1,4}(?:[A-Za-z]{1,4}\.?)?|[A-Z][A-Za-z]{1,4}\b")


_DEGREE_GAP = re.compile(r"\s*,?\s*")
_SMD_DEGREE = re.compile(r"[SMD]\.[A-Za-z]{1,5}\.?")


def _degrees(text: str, pos: int) -> tuple[list[str], int]:
    """Degrees written after a name: ", S.Sos, MM" or " S.H.,M.D.C."."""
    found: list[str] = []
    end = pos
    while True:
        m = _DEGREE_GAP.match(text, end)
        j = m.end() if m else end
        d = DEGREE_TOKEN.match(text, j)
        if (c := comma_degree_at(text, j)) is not None:
            found.append(c.group(0))
            end = c.end()
            continue
        if not d:
            break
        token = d.group(0)
        key = token.replace(".", "").lower()
        if key not in _DEGREE_KEYS and not (token.count(".") >= 2 and len(key) <= 6) \
                and not _SMD_DEGREE.fullmatch(token):
            break
        found.append(token)
        end = d.end()
    return found, end


# A degree whose full stop was typed as a comma: "S,Sos", "S,sos", "M,Si" (the two keys sit side by side)
_COMMA_DEGREE = re.compile(r"([A-Z]),([A-Za-z]{1,4})(?=[\s,.]|$)")


def comma_degree_at(text: str, pos: int) -> re.Match | None:
    """A degree typed with a comma for its dot at ``pos``, when its letters make a known degree."""
    m = _COMMA_DEGREE.match(text, pos)
    return m if m and (m.group(1) + m.group(2)).lower() in _DEGREE_KEYS else None
