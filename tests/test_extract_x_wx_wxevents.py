"""Classes of error seen in w01–w15 and x01–x15 (issue #16): which day a happening is dated by, which happening
a report of a received visit is, who leads it, and deeds named as nouns (docs/dev/issue-16-x-wx-wxevents.md).

Every sentence is synthetic: invented people, and real kabupaten/kota (none of the batches') only where a
post needs its jurisdiction from the gazetteer.
"""
from extract_probe import events as _events
from extract_probe import graph as _graph


def _led(text: str, title: str = "Judul", published: str | None = "2024-10-01") -> set[tuple[str, str, str]]:
    g = _graph(text, title, published)
    return {(g.nodes[e.source].properties.get("name"), g.nodes[e.target].properties.get("type"),
             g.nodes[e.target].properties.get("date")) for e in g.edges.values() if e.type == "LED"}


# --- 1. "tindak lanjut hasil pleno … pada <date> lalu": that earlier meeting's outcome does not date the plenary --

_PLENO = ("TEMANGGUNG – DPRD Kabupaten Temanggung menggelar Rapat Paripurna untuk mengusulkan pengesahan "
          "pasangan terpilih. Langkah ini merupakan tindak lanjut hasil pleno Komisi Pemilihan Umum (KPU) yang "
          "menetapkan pasangan terpilih pada 3 Februari 2025 lalu.\n"
          "Rapat yang berlangsung di ruang sidang utama DPRD pada Senin (10/2/2025) ini dipimpin oleh Ketua DPRD "
          "Temanggung, Suparlan Wirono.")


def test_the_plenary_takes_the_day_its_own_sentence_gives_not_the_result_it_follows_up():
    assert ("rapat", "2025-02-10") in _events(_PLENO, "DPRD Gelar Rapat Paripurna", published=None)
    assert ("Suparlan Wirono", "rapat", "2025-02-10") in _led(_PLENO, "DPRD Gelar Rapat Paripurna", published=None)


# --- 2. "Pertemuan itu digelar …, <date>": the sentence that names the happening back gives its day ----------------

_BACK = ("MAGELANG – Wali Kota Magelang, Darsono Hadi, bersama jajaran Forkopimda mengikuti rapat pengarahan "
         "Gubernur terkait kesiapsiagaan bencana. Pertemuan itu digelar secara daring dari Ruang Kenanga, Gedung Setda Kota "
         "Magelang, Kamis (4/9/2025).")


def test_a_meeting_is_dated_by_the_sentence_naming_it_back_not_by_a_page_stamp():
    text = "  • Tim Redaksi\n  • Jum, 5 Sep 2025\n\n" + _BACK
    evs = _events(text, "Wali Kota Ikuti Pengarahan Gubernur", published=None)
    assert ("rapat", "2025-09-04") in evs
    assert ("rapat", "2025-09-05") not in evs


def test_a_sentence_naming_it_back_without_a_day_leaves_the_lead_date():
    text = ("MAGELANG – Wali Kota Magelang, Darsono Hadi, mengikuti rapat pengarahan Gubernur, Rabu (3/9/2025). "
            "Pertemuan itu digelar secara daring dari Ruang Kenanga, Gedung Setda Kota Magelang.")
    assert ("rapat", "2025-09-03") in _events(text, "Wali Kota Ikuti Pengarahan", published=None)


# --- 3. headline "X Kunjungi Pemkot Y", lead "Pemkot Y menerima kunjungan X": the host's audiensi, led by its head --

_RECEIVED = ("PEKALONGAN – Pemerintah Kota (Pemkot) Pekalongan menerima kunjungan Wali Kota Magelang, Darsono Hadi, "
             "bersama rombongan di kantor Pemkot Pekalongan, Selasa (23/9/2025). Kunjungan ini dalam rangka "
             "silaturahmi sekaligus menjajaki kerja sama pelayanan publik.\n"
             "Wali Kota Pekalongan, Hendra Kusumo, menyampaikan bahwa pertemuan berjalan lancar.")
_RECEIVED_TITLE = "Wali Kota Magelang Kunjungi Pemkot Pekalongan, Bahas Kerja Sama"


def test_a_visit_the_lead_reports_as_received_is_the_hosts_audiensi():
    evs = _events(_RECEIVED, _RECEIVED_TITLE, published=None)
    assert ("audiensi", "2025-09-23") in evs
    assert not any(t == "kunjungan_kerja" for t, _ in evs)


def test_the_head_of_the_receiving_government_leads_not_the_visiting_head_of_the_same_rank():
    led = _led(_RECEIVED, _RECEIVED_TITLE, published=None)
    assert ("Hendra Kusumo", "audiensi", "2025-09-23") in led
    assert not any(name == "Darsono Hadi" for name, _, _ in led)


def test_a_courtesy_visit_without_business_stays_silaturahmi():
    text = ("PEKALONGAN – Bupati Batang, Sutarjo Lukito, melakukan kunjungan silaturahmi ke kantor Pemkot "
            "Pekalongan, Selasa (23/9/2025).")
    assert ("silaturahmi", "2025-09-23") in _events(text, "Bupati Silaturahmi ke Pekalongan", published=None)


# --- 4. "Penyerahan SK … kepada X oleh Gubernur Y pada <date>": a deed named as a noun, with its agent ----------------

_HANDOVER = ("Kendal, Warta Kita – Penyerahan SK Plh Bupati Kendal kepada Sunaryo Adi oleh Gubernur Jawa Tengah "
             "Bambang Wirasto pada Minggu, (22/05/2022) menyulut reaksi warga. Warga mendesak DPRD bertanya kepada "
             "Mendagri.")


def test_a_handover_named_as_a_noun_with_its_agent_is_an_event_he_leads():
    assert ("penyerahan", "2022-05-22") in _events(_HANDOVER, "Warga Desak DPRD Kendal", published="2022-05-23")
    assert ("Bambang Wirasto", "penyerahan", "2022-05-22") in _led(_HANDOVER, "Warga Desak DPRD Kendal",
                                                                    published="2022-05-23")


def test_a_guest_of_a_noun_named_deed_is_no_agent():
    text = ("KENDAL – Penyerahan bantuan beras ini dihadiri langsung oleh Bupati Kendal Sunaryo Adi di Pendopo "
            "Kabupaten Kendal, Jumat (12/7/2024).")
    led = _led(text, "Bantuan Beras Disalurkan", published="2024-07-12")
    assert not any(name == "Sunaryo Adi" for name, _, _ in led)


# --- 5. "Pilkada … sudah semakin dekat, tepatnya <date>": the election's day -----------------------------------------

def test_an_election_day_given_after_tepatnya_is_a_voting_event():
    text = ("WONOSOBO – Apel pagi digelar di halaman Setda Wonosobo, Senin (15/7/2024). Pilkada Wonosobo 2024 sudah "
            "semakin dekat, tepatnya 27 November 2024 untuk memilih bupati dan wakil bupati.")
    assert ("pemungutan_suara", "2024-11-27") in _events(text, "Apel Netralitas ASN", published="2024-07-15")


# --- 6. "menarik minat wisatawan datang berkunjung": the public's visits are no official's happening ---------------

def test_tourists_coming_to_visit_are_no_working_visit():
    text = ("KUDUS — Bupati Kudus, Rusdi Pranoto mengatakan, sebagai daerah wisata, Kudus harus bisa "
            "menarik minat wisatawan datang berkunjung.\n“Kota ini harus tertata,” kata Rusdi di Kudus, Rabu "
            "(28/5/2025).")
    assert not any(t == "kunjungan_kerja" for t, _ in _events(text, "Bupati: Penataan Kota Terus Dilakukan",
                                                               published=None))


def test_an_official_who_visits_still_makes_a_working_visit():
    text = ("KUDUS — Bupati Kudus, Rusdi Pranoto, berkunjung ke Pasar Raya Kudus, Rabu (28/5/2025), "
            "meninjau penataan pedagang.")
    assert ("kunjungan_kerja", "2025-05-28") in _events(text, "Bupati Tinjau Pasar", published=None)
