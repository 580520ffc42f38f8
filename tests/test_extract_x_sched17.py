"""Happenings still to come, fixed on a day in a quotation (issue #16, helper sched17).

* A weekday said to be "depan" is the coming one, counted from the publication day ("Minggu depan" is next week).
* A quote that fixes a happening on a day after publication dates it, whatever form the day takes: a day and
  month without a year ("nantinya dilakukan pada tanggal 9 Mei"), a relative day ("dijadwalkan kembali pada
  Kamis depan"), or the day first and the verb after "akan" ("besok, surat itu akan diserahkan …").
* A quote that only wishes a day, or leaves it far off, fixes nothing.

All names and places below are invented."""
from extract_probe import article_graph, event_properties

from graphkit.extract.text.dates import find_dates


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_a_weekday_said_to_be_next_is_the_coming_one():
    assert [h.iso for h in find_dates("Sidang itu dijadwalkan kembali pada Kamis depan.", "2023-05-02")] == ["2023-05-04"]


def test_next_week_is_no_sunday():
    assert not find_dates("Minggu depan ada lomba.", "2023-05-02")


def test_a_quoted_day_without_year_fixes_the_happening():
    text = ("Jadwal Pengukuhan Kepala Desa Berubah Lagi\n\nSUKAMAJU - Ketua DPRD Sukamaju Budi Santoso menerima "
            "surat gubernur, Selasa (2/5/2023).\n“Akhirnya, pengukuhan kepala desa nantinya dilakukan pada tanggal "
            "9 Juni. Semua tahapan sudah selesai,” kata Budi.\n")
    assert ("pelantikan", "2023-06-09") in _events(text, "2023-05-02")


def test_a_sitting_put_off_to_next_weekday_in_a_quote():
    text = ("Sidang Paripurna DPRD Sukamaju Ditunda\n\nSUKAMAJU - Rapat paripurna DPRD Sukamaju ditunda karena "
            "tidak kuorum, Selasa (2/5/2023).\n“Rapat paripurna terpaksa ditunda dan dijadwalkan kembali pada "
            "Kamis depan,” kata Ketua DPRD Sukamaju Budi Santoso.\n")
    assert ("rapat", "2023-05-04") in _events(text, "2023-05-02")


def test_the_day_first_then_the_verb_after_akan_in_a_quote():
    text = ("Camat Ditunjuk Jadi Pelaksana Harian\n\nSUKAMAJU - Masa jabatan Bupati Sukamaju berakhir pekan ini. "
            "“Besok, surat tugas pelaksana harian akan diserahkan kepada Sekda Sukamaju,” kata Asisten Andi "
            "Pratama, Selasa (2/5/2023).\n")
    assert ("penyerahan", "2023-05-03") in _events(text, "2023-05-02")


def test_a_quoted_day_far_off_or_only_wished_fixes_nothing():
    text = ("Warga Berharap Pasar Segera Dibuka\n\nSUKAMAJU - Warga Sukamaju menunggu pasar baru, Selasa "
            "(2/5/2023).\n“Kami ingin peresmian pasar pada tanggal 9 Juni,” kata Budi Santoso. “Pelantikan pengurus "
            "nantinya dilakukan pada tanggal 20 Desember,” katanya.\n")
    events = _events(text, "2023-05-02")
    assert ("peresmian", "2023-06-09") not in events
    assert ("pelantikan", "2023-12-20") not in events


def test_the_speaker_who_announces_a_quoted_sitting_does_not_attend_it():
    text = ("Sidang Paripurna DPRD Sukamaju Ditunda\n\nSUKAMAJU - Rapat paripurna DPRD Sukamaju ditunda karena "
            "tidak kuorum, Selasa (2/5/2023).\n“Rapat paripurna terpaksa ditunda dan dijadwalkan kembali pada "
            "Kamis depan,” kata Ketua DPRD Sukamaju Budi Santoso.\n")
    g = article_graph(text, "2023-05-02")
    later = {i for i, n in g.nodes.items() if "Event" in n.labels and n.properties.get("date") == "2023-05-04"}
    assert later
    assert not [e for e in g.edges.values() if e.target in later and e.type == "ATTENDED"]
