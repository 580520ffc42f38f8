"""The cheap tests that spare a regex its scan (issue #16/#20 speed work) must never change what it finds.

Each guard is a list of words at least one of which every match of its pattern contains (case folded), or
a dispatch table by a match's first letters.  These tests read the patterns' own alternatives, so a word
added to a pattern without its guard fails here, not silently in extraction.
"""
from __future__ import annotations

import re

from graphkit.extract.posts import heads, post_status
from graphkit.extract.posts.unit_lists import _PLURAL_POST
from graphkit.extract.statements import quotes
from graphkit.extract.statements.quotes import is_statement


def _alternatives(rx: re.Pattern) -> list[str]:
    """The words of the first (?:a|b|...) group of a pattern, as written."""
    inner = re.search(r"\(\?:([^()]*)\)", rx.pattern).group(1)
    return [w.replace("\\s+", " ") for w in inner.split("|")]


def test_every_document_and_chant_word_holds_a_guard_word():
    for rx, guards in ((quotes._DOCUMENT, quotes._DOCUMENT_WORDS), (quotes._CHANTED, quotes._CHANTED_WORDS)):
        for word in _alternatives(rx):
            assert any(g in word.lower() for g in guards), (word, guards)


def test_a_chant_or_document_before_a_quote_is_still_found():
    for before in ("Massa meneriakkan ", "Spanduk bertuliskan ", "Pasal 5 BERBUNYI: ", "dengan tema "):
        text = before + "\u201cKami siap menjaga netralitas sampai akhir masa jabatan\u201d."
        start = text.index("\u201c")
        chanted = quotes.may_occur(text, quotes._CHANTED_WORDS, 0, start) and quotes._CHANTED.search(text, 0, start)
        document = quotes.may_occur(text, quotes._DOCUMENT_WORDS, 0, start) and quotes._DOCUMENT.search(text[:start])
        assert chanted or document, before


def test_plural_post_opens_with_its_guard_words():
    words = re.search(r"\\b\(([^()]*)\)", _PLURAL_POST.pattern).group(1).split("|")
    assert words and all(w.startswith(("kepala", "camat")) for w in words), words


def test_head_at_matches_the_whole_head_pattern():
    text = ("Kepala Dinas Kesehatan, Sekretaris Daerah, KAPOLRES Bengkalis, wali kota, Asisten II, "
            "Kadisdik Jember, kepala  badan, ſekda, Kepla Desa, K")
    for pos in range(len(text)):
        a, b = heads.head_at(text, pos), heads.HEAD.match(text, pos)
        assert (a and a.span(), a and a.group("head")) == (b and b.span(), b and b.group("head")), pos


def test_is_statement_counts_words_as_before():
    for text in ("Siap", "Ayo kita jaga bersama", "Gerakan Bersih Desa Sehat Sejahtera Bersama Rakyat",
                 " ".join(["kata"] * 15), " ".join(["kata"] * 16), "yel-yel " * 8, "A.B.C. " * 6):
        words = re.findall(r"\w+", text)
        expected = len(words) >= 4 and (len(words) > 15 or not _slogan(words))
        assert is_statement(quotes.Quote(0, len(text), text, 0)) == expected, text


def _slogan(words: list[str]) -> bool:
    content = [w for w in words[1:] if w.isalpha() and w.lower() not in quotes._FUNCTION_WORDS]
    return bool(content) and len([w for w in content if w[:1].isupper()]) >= 0.75 * len(content)


def test_building_document_and_former_guards_equal_their_patterns():
    import random
    rnd = random.Random(5)
    words = ["Kantor", "Rumah  Dinas", "SK", "Surat Edaran", "mantan", "MANTAN", "alm.", "sebelumnya menjabat sebagai",
             "Calon", "bakal calon", "Gedung", "x", "Bupati", "\n", "  ", "\u017f", "eks", "Kompleks", "dijabat oleh"]
    for _ in range(5000):
        before = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 4))) + rnd.choice(["", " ", "\n"])
        assert post_status.not_held_before(before) == bool(post_status.NOT_HELD_BEFORE.match(before[::-1])), before
        assert post_status.former_before(before) == bool(post_status.FORMER.match(before[::-1])), before


def test_every_pair_holds_its_tail():
    from graphkit.extract.posts.pairs import _PAIR_TAIL, PAIR
    for text in ("melantik Budi-Candra Wijaya sebagai Bupati-Wakil Bupati Kabupaten Siak.",
                 "Rina dan Sigit resmi dilantik selaku Pj Bupati dan Wakil Bupati Tanah Datar kemarin",
                 "Dodi / Wati menjadi pasangan Wali Kota & Wakil Walikota Bogor "):
        assert PAIR.search(text) and _PAIR_TAIL.search(text), text



def test_shared_lower_case_does_not_leak_between_articles():
    """The gazetteer and boilerplate scans now take the article's lower case from ``sentences.folded`` (a
    two-entry cache of the last texts): extracting A, then B, then A again gives A's graph unchanged."""
    import json
    from graphkit.extract import extract_article
    from graphkit.model import Article
    a = Article(id="a", title="Bupati Jember", text="JEMBER - Bupati Jember Hendy Siswanto membuka rapat, Senin "
                "(4/1/2021).\n\n\u201cKami siap melayani masyarakat dengan sebaik-baiknya,\u201d kata Hendy.\n\nFoto: Humas")
    b = Article(id="b", title="Wali Kota", text="BOGOR - Wali Kota Bogor Bima Arya meninjau pasar. \u017fekda Kota "
                "Bogor Syarifah Sofiah turut hadir.\n")
    first = json.dumps(extract_article(a).to_dict(), sort_keys=True)
    extract_article(b)
    assert json.dumps(extract_article(a).to_dict(), sort_keys=True) == first


# --- literal scans (text/literal_scans.py) against the per-word patterns they stand for -----------------

import random

from graphkit.extract.text import literal_scans as ls

_ALPHABET = "ab-_ ,)\n\tKecamtn.\u00e9\u0130\u00a0x1"


def _random_texts(words, n=3000, seed=16):
    """Texts made of the words and the characters around which the scans decide (blanks, "-", "_", ")",
    ",", "Kec.", letters outside ASCII, a non-breaking space)."""
    rnd = random.Random(seed)
    pieces = list(words) + ["Kecamatan", "Kec.", "Kec", " ", " ", ", ", ") ", "-", "_", "\u00a0"] + list(_ALPHABET)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_standalone_is_the_lower_word_pattern():
    words = ("ada", "kec", "ab")
    for text in _random_texts(words) + ["ada-ada", "Adapun ada.", "_ada", "ada_", "\u00e9ada", "-ada", "ada"]:
        for w in words:
            rx = re.compile(r"%s(?<![\w-]%s)(?![\w-])" % (w, w))
            assert ls.standalone(text, w) == bool(rx.search(text)), (text, w)


def test_word_then_blank_ends_are_the_agency_pattern_ends():
    words = ("BKD", "BKDD", "Ab")
    for text in _random_texts(words) + ["Kepala BKD) Provinsi", "BKD)Provinsi", "BKD  \n Prov", "BKDBKD ", "-BKD x"]:
        for w in words:
            rx = re.compile(r"(?<![\w-])%s\)?\s+" % re.escape(w))
            assert ls.ends_of_word_then_blank(text, w) == [m.end() for m in rx.finditer(text)], (text, w)


def test_word_then_kecamatan_ends_are_the_village_pattern_ends():
    words = ("Petamburan", "Kec", "a a", "Ke")
    for text in _random_texts(words) + ["Petamburan , Kecamatan X", "Petamburan,Kec. Y", "PetamburanKecamatan",
                                        "Petamburan , , Kec.", "xPetamburan Kec.", "KecKec.Kec."]:
        for w in words:
            rx = re.compile(r"(?<![\w-])%s\s*,?\s*(?=Kecamatan|Kec\.)" % re.escape(w))
            assert ls.ends_of_word_then_kecamatan(text, w) == [m.end() for m in rx.finditer(text)], (text, w)


def test_may_end_name_never_skips_a_full_name_match():
    words = ("Lie", "Ab", "a-")
    texts = _random_texts(words + ("Khairul", "Tan", "Ab Lie"), n=4000) + ["Khairul Lie", "Khairul Lie_", "Khairul  Lie."]
    for text in texts:
        for w in words:
            rx = re.compile(rf"[A-Z](?<![\w.][A-Z])[a-z]+\s+(?:[A-Z][a-z]+\s+)?{re.escape(w)}\b")
            for pos in range(len(text) + 1):
                if rx.search(text[:pos]):
                    assert ls.may_end_name(text, w, pos), (text, w, pos)


def test_triggers_by_bisection_are_the_trigger_pattern_matches():
    from graphkit.extract.events.event_types import TRIGGER_RE, triggers
    rnd = random.Random(20)
    pieces = ["rapat", "Rapat", "RAPAT", "kunjungan", "rakor", "temu", "temui", "pelantikan", "kerja bakti",
              "audiensi", " ", " ", ", ", "-", "_", "é", "x", "1", "\n", ".", "\u212a", "\u212aunjungan", "di", "se"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))) for _ in range(1500)]
    texts += ["Rapat koordinasi digelar. Usai rapat, Bupati melakukan kunjungan kerja.", "-rapat _rapat érapat 1rapat"]
    for text in texts:
        n = len(text)
        for start, end in ((0, n), (1, n), (0, n - 2), (2, max(2, n - 3)), (n // 2, n)):
            want = [m.span() for m in TRIGGER_RE.finditer(text, start, end)]
            assert [m.span() for m in triggers(text, start, end)] == want, (text, start, end)


def test_last_token_is_the_token_before_search():
    from graphkit.extract.text.sentences import _LAST_TOKEN, _TOKEN_BEFORE
    rnd = random.Random(3)
    pieces = ["Kab", "Plt", "S.Sos", "M.Si", ".", ".", " ", "\n", "é", "_", "-", "1", "a", ",", "\u00a0"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        for lo in range(len(text) + 1):
            end = len(text)
            if text[end - 1:end] == "\n":
                continue        # (read with _TOKEN_BEFORE itself: $ matches before a final newline)
            tok = _TOKEN_BEFORE.search(text, lo, end)
            assert _LAST_TOKEN.match(text, lo, end).group(1) == (tok.group(1) if tok else ""), (text, lo)


def _word_soup(words, seed, n=1500):
    rnd = random.Random(seed)
    pieces = list(words) + [" ", " ", "-", "_", "é", "x", "1", "12", ",", ".", "(", ")", "\n", "\u212a", "di", "Di"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))) for _ in range(n)]


def test_dates_from_boundary_folded_starts_are_the_plain_scan(monkeypatch):
    from graphkit.extract.text import dates
    words = ["Senin", "senin", "Jum'at", "JUM’AT", "jumat", "kemarin", "Hari ini", "hari ini", "besok", "Rabu",
             " 5 Agustus 2024", " 12/3/2024", " Mei", "lalu", "2024"]
    texts = _word_soup(words, 11) + ["Senin-Rabu, 5 Agustus 2024", "xSenin 5 Mei", "-kemarin", "Jum’at (6/1)"]
    fast = [dates._find_dates.__wrapped__(t, "2024-08-10") if hasattr(dates._find_dates, "__wrapped__")
            else dates._find_dates(t, "2024-08-10") for t in texts]
    monkeypatch.setattr(dates, "_starts", lambda text: None)
    slow = [dates._find_dates.__wrapped__(t, "2024-08-10") if hasattr(dates._find_dates, "__wrapped__")
            else dates._find_dates(t, "2024-08-10") for t in texts]
    assert fast == slow


def test_presence_shapes_from_boundary_folded_starts_are_the_plain_scans():
    from graphkit.extract.events import presence_cues as pc
    from graphkit.extract.text.sentences import scan
    shapes = {"brings": pc._BRINGS, "present": pc._PRESENT_VERB, "sworn": pc._SWORN_NAMED, "hears": pc._HEARS,
              "envoy": pc._ENVOY, "spokesman": pc._SPOKESMAN, "receives": pc._RECEIVES, "addresses": pc._ADDRESSES,
              "audience": pc._BEFORE_AUDIENCE, "meeting": pc._MEETING_OF}
    words = ["hadir", "Hadir", "menghadiri rapat", "dihadapan", "di hadapan para", "juru bicara", "Perwakilan dari X,",
             "menerima penghargaan", "apel ASN", "Rapat paripurna", "pelantikan ", "mendengarkan penjelasan ",
             "menyerahkan SK kepada ", "diwakili oleh ", "berpesan kepada para ", "mengikuti apel"]
    for text in _word_soup(words, 12):
        for body in (0, 3):
            starts = pc._starts(text, body)
            for shape, rx in shapes.items():
                got = [m.span() for m in scan(rx, text, None if starts is None else starts.get(shape, []), body)]
                assert got == [m.span() for m in rx.finditer(text, body)], (text, shape, body)


def test_org_starts_at_word_starts_give_the_same_bodies():
    from graphkit.extract import body_nodes
    from graphkit.extract.text import word_starts
    from graphkit.extract.text.sentences import automaton, find_starts, scan
    as_written = automaton({w.split("\\")[0] for w in body_nodes._ORG_WORDS})
    words = ["Bawaslu ", "KPU (x) ", "Pemerintah  Kabupaten ", "Pemkab ", "pemkab ", "PEMKAB ", "Polres", "DPRD ",
             "xKPU ", "-Kodim ", "éKejari ", "_Polda "]
    for text in _word_soup(words, 13, n=2000):
        for limit in (len(text), len(text) // 2, 5):
            old = [m.span() for m in scan(body_nodes._ORG, text, find_starts(as_written, text, 0, limit))]
            new = [m.span() for m in scan(body_nodes._ORG, text, sorted(
                {s for s, e, _ in word_starts.hits(text, "bodies") if e <= limit}))]
            assert new == old, (text, limit)


def test_head_first_words_are_letters_and_digits():
    """The heads' first words are sought as written in the folded text, which holds only letters, digits and
    blanks: a first word with "-" or "." would never be found there."""
    from graphkit.extract.posts import heads
    assert all(re.fullmatch(r"[a-z0-9]+", w) for w in heads._FIRST_WORDS.keys())


def test_head_matches_are_the_head_pattern_matches():
    from graphkit.extract.posts import heads
    words = ["Kepala Dinas ", "kepala ", "Bupati ", "Wakil Bupati ", "Sekda ", "Pj Bupati ", "Camat ", "Kadis ",
             "Asisten II ", "Ketua DPRD ", "Plt. ", "-Bupati ", "éBupati ", "_Camat ", "xKepala "]
    for text in _word_soup(words, 14):
        assert [m.span() for m in heads._head_matches(text)] == [m.span() for m in heads.HEAD.finditer(text)], text


def test_speech_verbs_at_word_starts_give_the_name_then_verb_matches():
    from graphkit.extract.statements import speech_verbs as sv
    words = ["Budi Santoso ", "mengatakan", "Mengatakan", "menyebut", "menyebutkan", "juga ", "Ani ", "B. ",
             "dimengatakan", "-mengatakan", "éAni "]
    for text in _word_soup(words, 15):
        want = [m.start() for m in sv._NAME_THEN_VERB.finditer(text)]
        assert sv.names_before_verbs(text) == want, text


def test_boilerplate_lines_cut_from_the_article_lower_case_are_the_lines_lowered(monkeypatch):
    from graphkit.extract.text import boilerplate
    words = ["Baca Juga: ", "Editor: Budi", "(ANT)", "Foto: Humas", "Penulis: X", "\n", "\n\n", "\r\n", "\u2028",
             "\x85", "ΑΣ", "Σ ", "Jember ", "kata Bupati. ", "www.contoh.com", "Reporter : Ani\n", "ikuti kami "]
    texts = _word_soup(words, 17, n=2500)
    fast = [boilerplate.boilerplate_spans(t) for t in texts]
    monkeypatch.setattr(boilerplate, "folded", lambda text: None)
    assert fast == [boilerplate.boilerplate_spans(t) for t in texts]


def test_after_main_at_its_openers_is_the_after_main_scan():
    from graphkit.extract.events import companions
    from graphkit.extract.text.sentences import find_all, scan
    words = ["Usai ", "Seusai mengikuti ", "Setelah acara ", "xSetelah ", ". ", ".\n", "\n", " ", "Selepas", "usai "]
    for text in _word_soup(words, 18):
        for body in (0, 2):
            got = [m.span() for m in scan(companions._AFTER_MAIN, text, find_all(text, companions._AFTER_WORDS, body), body)]
            assert got == [m.span() for m in companions._AFTER_MAIN.finditer(text, body)], (text, body)


def test_holds_at_its_opening_verbs_is_the_holds_scan():
    from graphkit.extract.events import untriggered as u
    from graphkit.extract.text.sentences import find_all, scan
    words = ["menggelar ", "menggelarnya ", "mengadakan rapat", "melakukan kegiatan ", "melaksanakan  kegiatan",
             "melakukan", "xmenggelar ", "-mengadakan ", "Menggelar ", "itu", "tersebut"]
    for text in _word_soup(words, 19):
        for body, end in ((0, len(text)), (3, max(3, len(text) - 4))):
            got = [m.span() for m in scan(u._HOLDS, text, find_all(text, u._HOLDS_OPENS, body, end), body, end)]
            assert got == [m.span() for m in u._HOLDS.finditer(text, body, end)], (text, body, end)


def test_organises_at_its_verbs_is_the_organises_scan():
    from graphkit.extract.events import organisers as og
    from graphkit.extract.text.sentences import find_all, scan
    words = ["menggelar ", "menyelenggarakan", "mengadakan ", "melaksanakan", "menerima audiensi", "menerima ",
             "menerima kunjungan", "xmenggelar", "-menerima rombongan", "Menggelar ", "menggelarnya"]
    for text in _word_soup(words, 20):
        for start, end in ((0, len(text)), (2, max(2, len(text) - 5))):
            got = [m.span() for m in scan(og._ORGANISES, text, find_all(text, og._ORGANISES_OPENS, start, end), start, end)]
            assert got == [m.span() for m in og._ORGANISES.finditer(text, start, end)], (text, start, end)
