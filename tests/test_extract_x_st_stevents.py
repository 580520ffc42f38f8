"""Classes of error seen in s01–s15 and t01–t15 (issue #16): event identity (type, date, a report of
happenings still to come) and who led them (docs/dev/issue-16-x-st-stevents.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import events as _events
from extract_probe import graph as _graph
from graphkit.extract.text.dates import find_dates


def _led(text: str, title: str, etype: str, day: str, published: str | None = "2024-10-01") -> set[str]:
    g = _graph(text, title, published)
    eid = next(k for k, n in g.nodes.items() if "Event" in n.labels and n.properties.get("type") == etype
               and n.properties.get("date") == day)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED" and e.target == eid}


# --- 1. "kemarin" right after a written date marks it as past (like "lalu"): the date stands -----------------

def test_kemarin_after_a_written_date_is_no_relative_day_of_its_own():
    text = "Pasca kunjungan Presiden di Kabupaten Sigi, Rabu(25/9/2024)kemarin, kini Bupati dipanggil."
    hits = [(text[d.start:d.end], d.iso) for d in find_dates(text, "2024-09-27")]
    assert hits == [("Rabu(25/9/2024)", "2024-09-25")]
    # a bare "kemarin" still resolves against the publication day; "besok" after a date is left as it was
    assert [d.iso for d in find_dates("Rapat digelar kemarin di aula.", "2024-09-27")] == ["2024-09-26"]
    assert len(find_dates("pada Selasa, 7 Januari 2020 besok", None)) == 2


def test_an_event_dated_by_a_date_then_kemarin_keeps_that_date():
    text = ("PALU – Usai kunjungan kerja Presiden di Kabupaten Sigi, Rabu (25/9/2024) kemarin, kini Wakil Bupati "
            "Sigi Arman Lasoso dipanggil ke Jakarta.")
    assert ("kunjungan_kerja", "2024-09-25") in _events(text, "Usai Kunjungan Kerja Presiden, Wabup Sigi Dipanggil",
                                                       published="2024-09-28")


# --- 2. a headline "Siap <verb> <happening>" names a happening still to come, not the one reported ---------------

def test_a_headline_happening_the_body_is_ready_for_is_not_the_reported_one():
    text = ("BAUBAU – Pemerintah Kota Baubau menggelar rapat koordinasi (rakor) dengan seluruh OPD, Camat dan Lurah, "
            "5 Maret 2024 lalu di Ruang Rapat Kantor Wali Kota.\n\n"
            "Rakor yang dipimpin langsung oleh Wali Kota Baubau, Hamdan Lakori, juga membahas rencana program.")
    title = "Pemkot Baubau Siap Sambut Kedatangan Presiden"
    evs = _events(text, title, published="2024-03-07")
    assert ("rapat_koordinasi", "2024-03-05") in evs
    assert not any(t == "kunjungan_kerja" for t, _ in evs)
    assert "Hamdan Lakori" in _led(text, title, "rapat_koordinasi", "2024-03-05", published="2024-03-07")


# --- 3. "Audiensi dengan <host> digelar <visitors>": the noun's partner sits between it and its verb of holding -----

_AUDIENSI = ("Pekanbaru - Audiensi dengan Gubernur Riau (Gubri) Halim Sutanto digelar Forum Kepala Desa Provinsi "
             "Riau, Kamis (11/7/2024).\n\n"
             "Ketua forum mengatakan selain bersilaturahmi dengan Gubernur, forum ingin mengundang Gubernur ke "
             "musyawarah daerah.")


def test_a_noun_trigger_with_its_partner_before_the_verb_of_holding_names_the_happening():
    assert ("audiensi", "2024-07-11") in _events(_AUDIENSI, "Forum Kades Riau Bahas Dana Desa", published="2024-07-12")


def test_whom_an_audiensi_is_held_with_leads_it():
    assert "Halim Sutanto" in _led(_AUDIENSI, "Forum Kades Riau Bahas Dana Desa", "audiensi", "2024-07-11",
                                   published="2024-07-12")


# --- 4. a report of happenings still to come, each fixed on its day, has them for its events -------------------

_AHEAD = ("MAKASSAR - Hari ini, Senin (08/04/24) Pemprov. Sulsel akan menggelar Rapat Koordinasi (Rakor) dengan "
          "Pemerintah Daerah untuk membahas teknis pengambilan sumpah Bupati terpilih Kabupaten Bone.\n\n"
          "Pasangan terpilih rencananya akan dilantik pekan depan oleh Gubernur Sulsel Rahman Dg Tompo di Makassar "
          "pada 15 April 2024.")


def test_a_happening_the_day_opens_then_akan_menggelar_is_fixed_on_that_day():
    evs = _events(_AHEAD, "Hari Ini Pemprov Sulsel Bakal Bahas", published="2024-04-08")
    assert ("rapat_koordinasi", "2024-04-08") in evs


def test_akan_then_the_trigger_then_its_clause_closing_on_pada_and_a_full_date_is_fixed_on_it():
    evs = _events(_AHEAD, "Hari Ini Pemprov Sulsel Bakal Bahas", published="2024-04-08")
    assert ("pelantikan", "2024-04-15") in evs


def test_the_agent_of_a_scheduled_passive_trigger_leads_it():
    assert "Rahman Dg Tompo" in _led(_AHEAD, "Hari Ini Pemprov Sulsel Bakal Bahas", "pelantikan", "2024-04-15",
                                     published="2024-04-08")


def test_a_vague_plan_without_a_full_date_stays_no_event():
    text = ("MAKASSAR - Pemprov Sulsel rencananya akan menggelar rapat koordinasi dengan pemerintah daerah dalam "
            "waktu dekat.\n\nPasangan terpilih akan dilantik oleh Gubernur di Makassar pada bulan depan.\n\n"
            "Gubernur juga akan melantik pejabat pada 10 Mei 2024.")
    assert _events(text, "Pemprov Sulsel Bahas Pelantikan", published="2024-04-08") == set()


# --- 5. receiving people said to come to the receiver is an audiensi, and the receiver leads it ----------------

_RECEIVES_VISITORS = ("Foto, Wakil Ketua DPRD Palopo, Rina Kusuma Dewi, saat menerima mahasiswa Universitas Andi "
                      "Djemma berkunjung ke DPRD Palopo, Jumat (12/7/2024).\n\n"
                      "Pada kesempatan tersebut, Rina menilai program pemerintah kota sudah dirasakan warga.")


def test_receiving_visitors_who_come_to_the_receiver_is_an_audiensi():
    assert ("audiensi", "2024-07-12") in _events(_RECEIVES_VISITORS, "Rina Kusuma Dewi Puji Program Kerja",
                                                 published="2024-07-13")


def test_the_receiver_of_visitors_who_come_leads_the_audiensi():
    assert "Rina Kusuma Dewi" in _led(_RECEIVES_VISITORS, "Rina Kusuma Dewi Puji Program Kerja", "audiensi",
                                      "2024-07-12", published="2024-07-13")


# --- 6. a guest "disambut (secara) adat" is welcomed by a customary rite: upacara_adat --------------------------

def test_a_welcome_by_custom_is_an_upacara_adat():
    text = ("KENDARI – Pemerintah Kabupaten Konawe menyambut kunjungan kerja Penjabat Gubernur Sultra, Darma Wijaya, "
            "secara adat Tolaki di rumah jabatan bupati, Senin (8/7/2024).")
    evs = _events(text, "Disambut Adat Tolaki, Bupati Konawe Siap Dukung Pj Gubernur", published="2024-07-09")
    assert ("upacara_adat", "2024-07-08") in evs
