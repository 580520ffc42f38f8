"""Splitting a post's run into its parts: the unit words that complete the role, its region, its holder's name.

``find_posts`` (``offices``) finds a head and reads the capitalised run after it; ``_split`` reads that run
right to left (a name that honorifics or ranks open, else the trailing words that are not agency vocabulary;
a region; the unit words) and looks past the run for a holder after a comma, a clause ("yang baru", "dijabat
oleh") or in brackets.  Kept apart from ``offices`` because it is one stage's helper with its own tables of
unit words, and ``offices`` is the scan over heads that calls it.  The patterns that find a holder written
around the run rather than in it (a clause or a ministry before the comma, a full name after it, a village's
words) are in ``holder_bounds``.
"""
from __future__ import annotations

import functools
import re

from .heads import _AGENCY_HEADS, _OPEN_SET, _UNIT_HEADS, _UNIT_OPEN_SET, _VILLAGE_HEADS
from .post_status import _CAP_NAME, FORMER_CLAUSE, former_before
from ..names.name_affixes import honorific_at, rank_at
from ..names.role_words import field_root, is_role_word
from .holder_forms import bracketed_holder, person_after_comma, region_again
from .post_record import Post
from .holder_bounds import (BODY_COMMA, HELD_BY, NAME_OPENER, NEW_HOLDER, PLACE_LIST, inside_name, name_after_comma,
                            village_only)


_PLACE_UNITS = frozenset(("Wilayah", "Regional", "Kawasan"))     # unit words the name of an area follows


_ELECT = re.compile(r"\s+(?:terpilih|nonaktif|non-aktif|periode\s+(?:19|20)\d\d)\b", re.I)


_COMMA_GAP = re.compile(r"\s*,\s*")
_COMMA_CAPITAL = re.compile(r"\s*,\s*[A-Z]")


_FACTION_HEADS = frozenset(("ketua fraksi", "wakil ketua fraksi", "sekretaris fraksi"))
_LEGISLATURES = frozenset(("DPRD", "DPRK", "DPRA", "DPR"))


def _faction_body_at(text: str, key: str, toks, limit: int) -> int:
    """Where a faction post's region may start: after its legislature.  A faction is named by a party or a
    coalition that may carry a place ("Ketua Fraksi Aceh Sejahtera DPRK X"): that place is no jurisdiction."""
    if key in _FACTION_HEADS:
        for k in range(min(limit, len(toks))):
            if text[toks[k][0]:toks[k][1]] in _LEGISLATURES:
                return k
    return 0


def _split(text, head_start, cap_start, head, key, toks, run_end, capacity, region_at) -> Post:
    open_head = key in _OPEN_SET or key.startswith("asisten ")          # (``key``: the head in lower case)
    # 1. the name starts at the first honorific/rank in the run ...
    name_idx = None
    for k, (s, e, kind) in enumerate(toks):
        if k + 1 < len(toks) and (k > 0 or not open_head) and kind in ("word", "init") \
                and ((h := honorific_at(text, s)) or rank_at(text, s)):
            if h and h.end() > e + 1 and " " not in h.group(0).strip():
                continue          # (an honorific spaced over two tokens opens the name: "Wapres K. H. Budi")
            if h and inside_name(text, head, toks, k):
                continue          # "Ketua DPRD Budi Hi Santoso": the Haji of a father's name, inside the name
            name_idx = k
            break
    # 2. ... else after the last region in the run (whose kind the unit may say: "Ketua Panwascam X") ...
    level_head = f"{head} {text[toks[0][0]:toks[0][1]]}" if toks and key in _UNIT_OPEN_SET else head
    region_span, region_idx = None, None
    limit = name_idx if name_idx is not None else len(toks)
    k = _faction_body_at(text, key, toks, limit)
    run_stop = toks[-1][1] if toks else 0
    while k < limit:
        s = toks[k][0]
        if toks[k][2] == "num" and "/" in text[s:toks[k][1]]:
            s = text.index("/", s) + 1
        end = region_at(s, run_stop, level_head)
        ends = [j for j in range(k, len(toks)) if toks[j][1] == end] if end else []
        if ends:
            last = ends[0]
            region_span, region_idx = (s, end), (k, last)
            k = last + 1
            continue
        if region_idx:
            break             # "Kepala BKPP Kabupaten Rote Ndao Meilon Benhard Sula": the name follows the region
        k += 1
    provincial = False
    if name_idx is None:
        start_k = region_idx[1] + 1 if region_idx else 0
        cand = toks[start_k:]
        # ... else the trailing words that are not agency vocabulary
        n = len(cand)
        while n > 0 and cand[n - 1][2] == "paren":
            n -= 1
        top = n
        while n > 0 and cand[n - 1][2] in ("word", "init") and not is_role_word(text[cand[n - 1][0]:cand[n - 1][1]]) \
                and not (n >= 2 and text[cand[n - 2][0]:cand[n - 2][1]] == "dan"
                         and field_root(text[cand[n - 1][0]:cand[n - 1][1]])) \
                and not _ROMAN.fullmatch(text[cand[n - 1][0]:cand[n - 1][1]]) \
                and not (n < top and _ACRONYM.fullmatch(text[cand[n - 1][0]:cand[n - 1][1]])
                         and not honorific_at(text, cand[n - 1][0])):
            # (an acronym with words after it is the agency the name follows: "... Eksekusi KPK Budi Santoso")
            n -= 1
        if n == top:
            # after a region the name follows even when its last word is also agency vocabulary
            # ("Wali Kota Denpasar IGN Jaya Negara")
            n = 0 if region_idx and cand and cand[0][2] in ("word", "init") else len(cand)
        if n < len(cand):
            name_idx = start_k + n
            if key in _VILLAGE_HEADS and not region_idx and village_only(text, toks, run_end):
                name_idx = None       # "Kepala Desa Blang Asan dan …": two words after a village head are its village
            elif key in _VILLAGE_HEADS and start_k + n == 0 and not region_idx and len(toks) <= 3 and \
                    all(t[2] == "word" for t in toks) and person_after_comma(text, run_end):
                name_idx = None       # "Kepala Desa Karya Makmur, Rahmat S.": the village's words, then the person
            elif (key in _AGENCY_HEADS or key in _VILLAGE_HEADS) and start_k + n == 0 \
                    and not region_idx:
                # "Kepala Dinas Perkim Supardi" / "Kepala Dinas PMD, Yuhelmi": the first word names the agency
                name_idx = 1 if len(toks) >= 2 else None
            elif key in _UNIT_HEADS and (len(toks) == 1 or key in _VILLAGE_HEADS and len(toks) <= 4) and \
                    not region_idx and _COMMA_CAPITAL.match(text[run_end:run_end + 4]):
                name_idx = None       # "Camat Pagun, Iskandar Jumaldi", "Wali Nagari Sungai Sariak, Budi": the unit, then the person

    if name_idx is not None and all(kind == "word" and is_role_word(text[s:e]) for s, e, kind in toks[name_idx:]) and \
            not honorific_at(text, toks[name_idx][0]):
        name_idx = None        # "Kasi Intel Kejari, Budi": agency words only, the person follows the comma
    while name_idx is not None and name_idx < len(toks) - 1 and toks[name_idx][2] == "word" and \
            _ACRONYM.fullmatch(text[toks[name_idx][0]:toks[name_idx][1]]) and \
            not honorific_at(text, toks[name_idx][0]) and not rank_at(text, toks[name_idx][0]):
        name_idx += 1          # "Deputi Bidang Kebijakan BKN Budi Santoso": an agency acronym is not a name
    if name_idx is not None and 0 < name_idx < len(toks) - 2 and toks[name_idx][2] == "word" and \
            text[toks[name_idx - 1][0]:toks[name_idx - 1][1]] in _PLACE_UNITS or \
            name_idx is not None and 1 < name_idx < len(toks) - 2 and toks[name_idx - 1][2] == "paren" and \
            text[toks[name_idx - 2][0]:toks[name_idx - 2][1]] in _PLACE_UNITS:
        name_idx += 1          # "Kepala Badan Koordinasi Wilayah (Bakorwil) Madura Budi": the area the unit covers
    if name_idx is not None and name_idx > 0:
        for back in (2, 1):            # "Anak Agung Gede Raka", "I Made Sudarsana": the opener is part of the name
            if name_idx - back >= 0 and (m := NAME_OPENER.match(text, toks[name_idx - back][0])) \
                    and m.end() >= toks[name_idx][0]:
                name_idx -= back
                break
    comma = _COMMA_GAP.match(text[run_end:run_end + 4])
    if text.startswith((" yang", " dari", ", yang"), run_end) and (clause := NEW_HOLDER.match(text, run_end)):
        # "Kepala BKD yang baru, Budi": the clause, then the person (its end read as a comma gap from run_end)
        comma = _COMMA_GAP.match(" " * (clause.end() - run_end - 1) + ",")
    if comma and region_idx and (prov := _province_comma().match(text, run_end + comma.end())):
        # "Bupati Bogor, Jawa Barat, Ade Yasin": the province of the post's region (after an island or
        # area: "Bupati Lombok Timur, Lombok, Nusa Tenggara Barat, Budi"), then the person
        comma = _COMMA_GAP.match(" " * (prov.end() - run_end - 1) + ",")
    elif comma and (body := BODY_COMMA.match(text, run_end + comma.end())):
        # "Dirjen Kebudayaan, Kementerian Pendidikan, ... (Kemendikbudristek), Budi": the body the post sits in
        comma = _COMMA_GAP.match(" " * (body.end() - run_end - 1) + ",")
    if (not comma or text[run_end + comma.end():run_end + comma.end() + 1].islower()) and \
            (held := HELD_BY.match(text, run_end)):      # (also after a comma: "Kabupaten X, dijabat oleh Budi")
        # "Sekda Jember kini dijabat oleh Budi", "jabatan Camat X diisi oleh Budi": the holder after the verb
        comma = _COMMA_GAP.match(" " * (held.end() - run_end - 1) + ",")
        if held.group("cap"):      # "... sementara diisi Pelaksana Harian (Plh) Budi": in that capacity
            word = held.group("cap").split("(")[0].strip(" .").lower()
            capacity = _CAP_NAME.get(" ".join(word.split()), capacity)
    ranked_after = bool(comma and rank_at(text, run_end + comma.end()))
    if ranked_after and (name_idx is None or not (
            honorific_at(text, toks[name_idx][0]) or rank_at(text, toks[name_idx][0]))):
        name_idx = None        # "Komandan Kodim 0830/Surabaya Utara, Kolonel Arh Budi": the rank marks the person
    elif name_idx is not None and open_head and not region_idx and name_after_comma(text, run_end) and \
            not (honorific_at(text, toks[name_idx][0]) or rank_at(text, toks[name_idx][0])):
        name_idx = None        # "Kepala Balai Besar Wilayah Sungai Nusa Tenggara II, Agus Sosiawan": the unit, then the person
    if name_idx is not None and 0 < name_idx < len(toks) - 1 and \
            text[toks[name_idx - 1][0]:toks[name_idx - 1][1]] in _NAMED_UNITS:
        # "RSUD Yowari Petronela Risamasu": the unit's own name comes first; "Lanud Silas Papare": it is all
        name_idx = name_idx + 1 if len(toks) - name_idx > 2 else None
    elif name_idx is not None and name_idx == len(toks) - 1 and name_idx > 0 and \
            text[toks[name_idx - 1][0]:toks[name_idx - 1][1]] in _NAMED_UNITS and not region_idx:
        name_idx = None                    # "Direktur RSUD Yowari yang ...": no name at all
    if key in _TERRITORIAL_COMMANDS and name_idx is not None and 0 < name_idx and \
            _ROMAN.fullmatch(text[toks[name_idx - 1][0]:toks[name_idx - 1][1]]) and toks[name_idx - 1][1] > toks[name_idx - 1][0]:
        # "Pangdam IX Udayana", "Pangdam XVII Cendrawasih": a Kodam is numbered and named; the holder comes after
        name_idx = name_idx + 1 if len(toks) - name_idx > 2 else None
    if key in _VILLAGE_HEADS and not region_idx and name_idx == 0:
        name_idx = None                    # "Kepala Desa Temiang": the village, no person
    tail_end = region_idx[0] if region_idx else (name_idx if name_idx is not None else len(toks))
    provincial = not region_idx and any(text[s:e].lower() == "provinsi" for s, e, _ in toks[:tail_end])
    tail = [(s, e) for s, e, kind in toks[:tail_end] if kind != "paren"]
    if region_idx and region_idx[1] + 1 < len(toks) and text[toks[region_idx[1] + 1][0]:toks[region_idx[1] + 1][1]] \
            in _SUBUNITS:
        # "Komisioner KPU Kabupaten X Divisi Sosialisasi ..., Budi": the division after the region is the post's
        stop = name_idx if name_idx is not None and name_idx > region_idx[1] else len(toks)
        sub = [(s, e) for s, e, kind in toks[region_idx[1] + 1:stop] if kind == "word"]
        if sub and all(is_role_word(text[s:e]) or text[s:e] in _SUBUNITS for s, e in sub):
            tail += sub
    name_start = toks[name_idx][0] if name_idx is not None and name_idx < len(toks) else None
    if name_start is None and (held := bracketed_holder(text, toks[-1][0] if toks and toks[-1][2] == "paren"
                                                      else run_end)) is not None:
        name_start = held          # "Kapolres Majene (AKBP Budi Santoso)": the holder in brackets
    leftover = [t for t in (toks[region_idx[1] + 1:] if region_idx else toks)
                if t[2] not in ("num", "paren") and text[t[0]:t[1]] not in ("RI", "Republik", "Indonesia")
                and not (t[2] == "word" and t[1] - t[0] >= 3 and is_role_word(text[t[0]:t[1]]))]
    unit_named = key in _UNIT_HEADS and 0 < len(leftover) <= (4 if key in _VILLAGE_HEADS else 2)   # "Camat Pagun, Iskandar"
    if name_start is None and (open_head or not leftover or unit_named or ranked_after):
        if comma and not (key in _UNIT_HEADS and PLACE_LIST.match(text, run_end + comma.end())):
            name_start = run_end + comma.end()     # (not "Lurah Alak, Naioni, Batuplat, ...": a list of places)
    end = toks[-1][1] if toks else head_start + len(head)
    if name_start is not None and name_start > end:
        end = name_start
    current = not former_before(text[max(0, cap_start - 40):cap_start]) and \
        not _former_clause(text, cap_start) and not _ELECT.match(text, toks[region_idx[1]][1] if region_idx else head_start + len(head))
    return Post(cap_start, end, head, tail, capacity, region_span, name_start, provincial, current,
                name_end=region_again(text, toks, name_idx, region_span))


@functools.lru_cache(maxsize=1)
def _province_comma() -> re.Pattern:
    """A province's name (or alias) closed by a comma: written after a post's region to place it."""
    from ..regions.gazetteer import _rows
    names = {n for row in _rows("provinces.csv") for n in [row["name"], *row["aliases"].split("|")] if n}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # (an island or area may stand before the province: "Bupati Lombok Timur, Lombok, Nusa Tenggara Barat, Budi";
    # the province's short form in brackets may follow it, and then closes it as a comma does: "Bupati X, Sulawesi
    # Selatan (Sulsel) Budi", "Wali Kota X, Sulawesi Tenggara (Sultra), Budi")
    return re.compile(r"(?:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\s*,\s*)?(?:Provinsi\s+|Prov\.?\s+)?(?:%s)"
                      r"(?:\s*\([A-Z][A-Za-z]{1,11}\)\s*,?\s*|\s*,\s*)(?=[A-Z])" % alts)


def _former_clause(text: str, start: int) -> bool:
    """The post stands in a sentence that lists former holders ("Sebelumnya, jabatan Bupati ...")."""
    before = text[max(0, start - 300):start]
    return "Sebelumnya" in before and bool(FORMER_CLAUSE.search(before))


_SUBUNITS = frozenset(("Divisi", "Bidang", "Seksi", "Subbagian", "Komisi", "Urusan", "Koordinator", "Kordiv"))
_NAMED_UNITS = {"RSUD", "RS", "Puskesmas", "UPTD", "UPT", "Lapas", "Rutan", "SMA", "SMK", "SMP", "SD", "SMAN",
                "SMPN", "SDN", "MAN", "MTsN", "Perumda", "Universitas", "Fraksi", "fraksi", "Kemenko", "Lanud", "Lanal", "Lantamal", "Bandara",
                "Pangkalan", "Yonif"}


# heads of a numbered and named military territory (Kodam IX/Udayana, Korem 102/Panju Panjung)
_TERRITORIAL_COMMANDS = frozenset(("pangdam", "kodam", "danrem", "korem"))
_ACRONYM = re.compile(r"(?!(?:IGN|IGK|IGA|IGB|AAGN|HM|KH|TGH)$)[A-Z]{3,6}")
_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")      # "Komisi VI", "Dapil II": numbers, not names
