"""Classes of error seen in f01–f15, a fifth batch of outlets the gold never had (issue #16), opened after its
first-contact figures were recorded (.735; docs/dev/issue-16-x-f.md).

* A meeting noun whose purpose comes between it and its verb of holding: "Rapat Paripurna DPRD Kabupaten X
  dalam rangka Hari Ulang Tahun (HUT) Kabupaten X Ke-23 Tahun 2022 yang digelar hari ini" is a happening, as
  "Rapat Paripurna DPRD Kabupaten X yang digelar" is.
* "Musrembang", the common misspelling of Musrenbang, is the same meeting.
* The commander of an apel's ranks stands at it ("Bertindak sebagai komandan apel, Pj Sekda X", "Komandan
  upacara adalah X"): an attendee, as the pembina/inspektur who leads it is its leader.
* The prayer that closes or opens a gathering is part of it ("Apel pagi … diakhiri dengan doa bersama"), as a
  handover on the same occasion is: no second happening of type ``other`` with the apel's people.
* A page's publication stamp copied with the text ("Jumat, 11 Desember 2015 - 23:12 WIB", a date and a clock
  time alone on a line) is the article's date, not the reported event's day; relative days resolve against it.
* A past date closing a relative clause of another noun ("persiapan pemilihan Bupati … yang digelar, Rabu
  (9/12) lalu") dates that noun, not the event, in the lead as in the trigger's sentence.
* (in other files: a one-word name two edits from a region, tests/test_extract_names_grammar.py; a dash glued
  to a dateline's bracket, a rank before a name opened by two capitals, Kasdim/Pabung,
  tests/test_extract_posts_grammar.py; one-word class titles as group words, a quote given apart,
  tests/test_extract_attendance_grammar.py.)

Every sentence is synthetic (new names; real places).
"""
from graphkit.extract import extract_article
from graphkit.model import Article


def events(text: str) -> tuple[list[tuple[str, str | None]], set[str]]:
    g = extract_article(Article(id="t1", title="Berita", text=text))
    evs = sorted((n.properties["type"], n.properties.get("date")) for k, n in g.nodes.items() if k.startswith("event:"))
    present = {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type in ("LED", "ATTENDED")}
    return evs, present


def test_a_meeting_named_with_its_purpose_before_its_verb_of_holding():
    text = ("Berita\n\nSAMBAS – Rapat Paripurna DPRD Kabupaten Sambas dalam rangka Hari Ulang Tahun ( HUT) Kabupaten "
            "Sambas Ke – 25 Tahun 2024 yang digelar Senin (15/7/2024) dihadiri Bupati Sambas Rudi Hartanto.\n")
    evs, present = events(text)
    assert evs == [("rapat", "2024-07-15")] and "Rudi Hartanto" in present
    # a purpose alone, with no verb of holding after it, still names no happening
    evs, _ = events("Berita\n\nSAMBAS – Bupati Sambas Rudi Hartanto menyiapkan anggaran rapat dalam rangka HUT "
                    "Kabupaten Sambas.\n")
    assert evs == []


def test_musrembang_is_musrenbang():
    for word in ("Musrenbang", "Musrembang"):
        evs, present = events(f"Berita\n\nSAMBAS – {word} tingkat Kecamatan Tebas dihadiri Bupati Sambas Rudi Hartanto, "
                              "Kamis (25/1/2024).\n")
        assert evs == [("rapat", "2024-01-25")] and "Rudi Hartanto" in present, word


def test_the_commander_of_an_apel_attends_it():
    lead = "Berita\n\nAMBON – Gubernur Maluku Rudi Hartanto memimpin apel perdana ASN di Lapangan Merdeka, Senin (6/1/2020). "
    for said in ("Bertindak sebagai komandan apel, Penjabat Sekretaris Daerah Maluku, Budi Santoso.",
                 "Komandan apel adalah Sekretaris Daerah Maluku Budi Santoso."):
        evs, present = events(lead + said + "\n")
        assert evs == [("apel", "2020-01-06")] and {"Rudi Hartanto", "Budi Santoso"} <= present, said
    _, present = events(lead + "Ia memuji komandan apel yang sigap, kata Sekretaris Daerah Maluku Budi Santoso.\n")
    assert "Budi Santoso" not in present


def test_a_closing_prayer_is_part_of_the_gathering():
    text = ("Berita\n\nAROSUKA – Pemerintah Kabupaten Solok melaksanakan apel pagi pada Senin 1 September 2025. Apel pagi "
            "ini dipimpin oleh Sekda Kabupaten Solok Budi Santoso.\n\nApel pagi yang berlangsung khidmat ini diakhiri "
            "dengan doa bersama.\n")
    evs, present = events(text)
    assert evs == [("apel", "2025-09-01")] and "Budi Santoso" in present
    # a happening of its own kind so joined is still its own (GUIDELINES: one event per type)
    evs, _ = events(text.replace("diakhiri dengan doa bersama", "diakhiri dengan halal bihalal"))
    assert evs == [("apel", "2025-09-01"), ("silaturahmi", "2025-09-01")]


def test_a_publication_stamp_dates_the_article_not_the_event():
    from graphkit.extract.text.pub_stamp import publication_stamp
    for line, iso in (("Jumat, 11 Desember 2015 - 23:12 WIB", "2015-12-11"), ("Senin, 3 Juni 2024 | 14:05 WITA", "2024-06-03"),
                      ("12/03/2021 09.30", "2021-03-12")):
        stamp = publication_stamp("Judul\n\n" + line + "\n\nBadan berita.\n")
        assert stamp is not None and stamp.iso == iso, line
    assert publication_stamp("Judul\n\nSenin, 3 Juni 2024\n\nBadan berita.\n") is None      # a date alone: a dateline
    body = ("RENGAT – Kapolda Riau Irjen Budi Santoso berkunjung ke Kabupaten Indragiri Hulu. Kunjungan ini dilakukan "
            "melihat persiapan pemilihan Bupati dan Wakil Bupati Indragiri Hulu yang digelar, Rabu (9/12) lalu.\n")
    evs, present = events("Berita\n\nJumat, 11 Desember 2015 - 23:12 WIB\n\n" + body)
    assert ("kunjungan_kerja", None) in evs and "Budi Santoso" in present
    assert not any(d == "2015-12-11" for _, d in evs)
