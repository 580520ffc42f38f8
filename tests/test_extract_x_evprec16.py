"""False events on outlets never tuned on (issue #16, helper evprec16).

* An election word then "pada <day>" dates the election only inside the election's own noun phrase: past a comma
  ("kesiapan pemilu tahun ini, pada Jumat (20/11/2020)") the day closes the sentence's main clause (the visit);
  an apposition after the comma ("…, yang digelar pada …", "…, tepatnya 27 November …") still belongs to it.

All names and places below are invented."""
from extract_probe import article_graph, event_properties


def _events(text, published=None):
    return sorted((e["type"], e.get("date")) for e in event_properties(article_graph(text, published)))


def test_an_election_day_past_a_comma_is_the_visit_day():
    text = ("Bupati Pantau Kesiapan Logistik di Kantor KPU\n\nSUKAMAJU, Warta – Memantau kesiapan Pemilihan Kepala "
            "Daerah serentak, Pjs Bupati Sukamaju Andi Pratama mengunjungi Kantor KPU Kabupaten Sukamaju untuk "
            "berdialog tentang kesiapan pemilu tahun ini, pada Jumat (20/11/2020).\n")
    assert ("pemungutan_suara", "2020-11-20") not in _events(text, "2020-11-21")


def test_an_election_day_in_its_own_phrase_is_still_read():
    text = ("KPU Sukamaju Siapkan Logistik\n\nSUKAMAJU, Warta – Pilkada serentak, yang digelar pada Rabu "
            "(9/12/2020), diikuti dua pasangan calon, kata Bupati Sukamaju Andi Pratama saat memantau gudang KPU.\n")
    assert ("pemungutan_suara", "2020-12-09") in _events(text, "2020-12-01")


def test_an_election_day_after_a_comma_and_tepatnya_is_still_read():
    text = ("Netralitas Pegawai Jelang Pilkada\n\nSUKAMAJU, Warta – Bupati Sukamaju Andi Pratama membuka sosialisasi "
            "netralitas pegawai di aula kantor bupati, Senin (4/11/2024). Pilkada Sukamaju 2024 sudah semakin dekat, "
            "tepatnya 27 November 2024 untuk memilih bupati.\n")
    assert ("pemungutan_suara", "2024-11-27") in _events(text, "2024-11-04")
