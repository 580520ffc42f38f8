"""Classes of error seen in u01–u15 and v01–v12 (issue #16): which trigger names the reported happening,
its date and who led it (docs/dev/issue-16-x-uv-uvevents.md).

Every sentence is synthetic (invented names and places; a real kabupaten where a post needs its
jurisdiction from the gazetteer, none of the batches').
"""
from extract_probe import events as _events
from extract_probe import graph as _graph


def _led(text: str, title: str, etype: str, day: str | None, published: str | None = "2024-10-01") -> set[str]:
    g = _graph(text, title, published)
    eid = next(k for k, n in g.nodes.items() if "Event" in n.labels and n.properties.get("type") == etype
               and n.properties.get("date") == day)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED" and e.target == eid}


# --- 1. "hasil <rapat|reses|kunjungan>", "Sampaikan Reses": the results of an earlier meeting or visit -------------

_RESULTS = ("KOTA LAMPARA – DPRD Kota Lampara menggelar Rapat Paripurna penyampaian hasil reses masa sidang pertama, "
            "pada Kamis (12/09/24) pagi di Ruang Rapat Paripurna Kantor DPRD Kota Lampara. Wali Kota Lampara "
            "Darmono Sitepu hadir mendengarkan.")


def test_the_results_of_an_earlier_recess_presented_at_a_plenary_are_no_visit():
    evs = _events(_RESULTS, "DPRD Sampaikan Reses, Wali Kota Minta OPD Bergerak", published="2024-09-12")
    assert ("rapat", "2024-09-12") in evs
    assert not any(t == "kunjungan_kerja" for t, _ in evs)


def test_a_recess_itself_is_still_a_visit():
    text = ("KOTA LAMPARA – Anggota DPRD Kota Lampara, Ruslan Marpaung, melaksanakan reses di Kelurahan Sei Teduh, "
            "Rabu (11/9/2024), menyerap aspirasi warga.")
    assert ("kunjungan_kerja", "2024-09-11") in _events(text, "Anggota DPRD Gelar Reses", published="2024-09-12")


# --- 2. a first-person subject opens the clause: speech printed without quotation marks -------------------------

def test_a_meeting_the_speaker_says_we_are_still_holding_is_no_event():
    text = ("Kota Lampara, 3 April 2023 - Ketua DPRD Kota Lampara Harun Sitepu menanggapi usulan nama calon penjabat "
            "wali kota. Surat dari kementerian sudah kami terima pada tanggal 27 Maret 2023.\n\n"
            "Ya sejauh ini kita masih melakukan rapat kembali dengan masing masing anggota fraksi, nanti akan kita "
            "upayakan pejabat yang ada di lingkup daerah dulu.")
    assert not any(t == "rapat" for t, _ in _events(text, "[judul tidak tersedia]", published="2023-04-03"))


def test_a_meeting_the_reporter_narrates_is_still_an_event():
    text = ("Kota Lampara - Ketua DPRD Kota Lampara Harun Sitepu memimpin rapat bersama anggota fraksi, Senin "
            "(3/4/2023). Ya, rapat itu membahas usulan nama calon penjabat wali kota.")
    assert ("rapat", "2023-04-03") in _events(text, "[judul tidak tersedia]", published="2023-04-03")


# --- 3. a happening the report only announces is dated by the day fixed for it, not by the announcement's -----

_ANNOUNCED = ("Kabupaten Lembah Hijau – Kepala desa terpilih hasil Pilkades serentak akan dilantik dan diambil "
              "sumpahnya pekan depan.\n"
              "“Pelantikan kades terpilih tanggal 14 Oktober 2024,” kata Kepala DPMD Kabupaten Lembah Hijau Sutomo "
              "Rahardjo, Rabu (9/10).\n"
              "Lokasi pelantikan belum ditentukan.")


def test_an_announced_inauguration_takes_the_day_fixed_for_it():
    for published in ("2024-10-09", None):
        evs = _events(_ANNOUNCED, "Pelantikan Kades Terpilih Digelar Pekan Depan", published=published)
        assert ("pelantikan", "2024-10-14") in evs, published
        assert ("pelantikan", "2024-10-09") not in evs


def test_an_announced_inauguration_without_its_day_is_undated():
    text = _ANNOUNCED.replace("tanggal 14 Oktober 2024", "segera digelar")
    evs = _events(text, "Pelantikan Kades Terpilih Digelar Pekan Depan", published="2024-10-09")
    assert evs == {("pelantikan", None)}


def test_a_reported_inauguration_keeps_the_day_of_the_report():
    text = ("Kabupaten Lembah Hijau – Sebanyak 40 kepala desa terpilih dilantik Bupati Lembah Hijau, Rabu (9/10/2024). "
            "“Pelantikan berikutnya tanggal 14 Oktober 2024,” kata Kepala DPMD Sutomo Rahardjo.")
    assert ("pelantikan", "2024-10-09") in _events(text, "Pelantikan Kades Terpilih", published="2024-10-09")


# --- 4. "saat pengarahan": a head's briefing of officials is a meeting he leads ---------------------------------

_BRIEFING = ("WONOSOBO – Penjabat Bupati Wonosobo, Darmawan Saputra, mengingatkan seluruh ASN untuk menjaga "
             "netralitas pada Pemilu 2024.\n\n"
             "“Kita sebagai ASN harus netral,” ucapnya saat pengarahan di hadapan pejabat eselon dua dan para camat "
             "se-Kabupaten Wonosobo di Aula Gedung Serbaguna, Selasa (30/1/2024).")


def test_a_briefing_given_to_officials_is_a_meeting_led_by_who_gives_it():
    title = "Pj Bupati Tegaskan ASN Harus Netral"
    assert ("rapat", "2024-01-30") in _events(_BRIEFING, title, published="2024-01-31")
    assert "Darmawan Saputra" in _led(_BRIEFING, title, "rapat", "2024-01-30", published="2024-01-31")


def test_a_briefing_as_a_plan_is_no_event():
    text = _BRIEFING.replace("ucapnya saat pengarahan", "ucapnya. Ia akan memberi pengarahan")
    assert not any(t == "rapat" for t, _ in _events(text, "Pj Bupati Tegaskan ASN Harus Netral", published="2024-01-31"))


# --- 5. a happening named without a trigger, then "<its words> itu dihadiri <guests>", its purpose a type --------

_SAFARI = ("WONOSOBO – Bupati Wonosobo Hendra Kusumawijaya melakukan safari Subuh di Masjid Al Ikhlas, Desa Sumber "
           "Rejo, Jumat (26/9/2025).\n"
           "Safari Subuh itu juga dihadiri Ketua DPRD Wonosobo, Bambang Sulistyo, dan sejumlah pimpinan OPD.\n"
           "Kegiatan itu merupakan agenda rutin, sebagai salah satu media silaturahmi antara pemerintah daerah dan "
           "warga.")


def test_a_happening_named_back_and_attended_is_an_event_of_its_day_typed_by_its_purpose():
    title = "Bupati Berencana Bangun Panti Werdha"
    assert ("silaturahmi", "2025-09-26") in _events(_SAFARI, title, published="2025-09-26")
    assert _led(_SAFARI, title, "silaturahmi", "2025-09-26", published="2025-09-26") == {"Hendra Kusumawijaya"}


def test_without_a_purpose_it_stays_other_and_dated():
    text = _SAFARI[:_SAFARI.index("Kegiatan itu")]
    assert ("other", "2025-09-26") in _events(text, "Bupati Berencana Bangun Panti Werdha", published="2025-09-26")


# --- 6. a quotation that fixes the day of happenings still to come: each is an event of that day ----------------

_QUOTED_SCHEDULE = ("WONOSOBO – Sekretaris Daerah Kabupaten Wonosobo, Rina Kartikasari, memimpin rapat evaluasi "
                    "persiapan pelaksanaan paripurna dan syukuran Bupati dan Wakil Bupati Wonosobo, Senin (3/3/2025).\n"
                    "“Kegiatan paripurna dan syukuran ini harus berjalan dengan baik. Rencananya akan dilangsungkan "
                    "pada Kamis, 13 Maret 2025, sehingga diperlukan kesiapan dari seluruh pihak,” ujar Rina.")


def test_a_quote_fixing_the_day_of_a_plenary_and_a_feast_gives_both_events():
    evs = _events(_QUOTED_SCHEDULE, "Pemkab Matangkan Persiapan", published="2025-03-03")
    assert {("rapat", "2025-03-03"), ("rapat", "2025-03-13"), ("other", "2025-03-13")} <= evs


def test_a_quoted_day_already_past_is_no_schedule():
    evs = _events(_QUOTED_SCHEDULE, "Pemkab Matangkan Persiapan", published="2025-03-20")
    assert not any(d == "2025-03-13" for _, d in evs)


# --- 7. a headline's untyped happening the lead does not name is the scene of the typed one it reports -----------

def test_a_headline_feast_gives_way_to_the_visit_the_lead_reports():
    text = ("WONOSOBO – Bupati Wonosobo Hendra Kusumawijaya melakukan kunjungan kerja ke Desa Sumber Rejo dalam "
            "rangka menghadiri acara pesta panen warga, Rabu (12/02/2020).")
    for title in ("Momen Bupati Berswafoto Bersama Warga Saat Syukuran", "Momen Bupati Berswafoto Saat Resepsi"):
        assert _events(text, title, published="2020-02-13") == {("kunjungan_kerja", "2020-02-12")}, title


# --- 8. a leader read from a sentence set in an earlier year led that past happening ----------------------------

def _all_led(text: str, title: str, published: str | None) -> set[str]:
    g = _graph(text, title, published)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED"}


def test_a_president_who_inaugurated_a_dam_in_an_earlier_year_leads_nothing_reported():
    text = ("WONOSOBO – Presiden Rahmat Hidayat diagendakan mengunjungi Kabupaten Wonosobo.\n"
            "Bupati Wonosobo Hendra Kusumawijaya mengaku sangat antusias menyambut kedatangan Presiden.\n"
            "Masyarakat Wonosobo pernah didatangi oleh Presiden Suryo Wibisono saat meresmikan Bendungan Kali Kidul "
            "pada tahun 1989 lalu.")
    assert "Suryo Wibisono" not in _all_led(text, "Bupati Siapkan Kunjungan Presiden ke Wonosobo", None)


def test_a_leader_of_the_reported_year_stays():
    text = ("WONOSOBO – Bupati Wonosobo Hendra Kusumawijaya meresmikan Pasar Sumber Rejo, Senin (6/1/2025). Pasar itu "
            "dibangun sejak tahun 2023 lalu.")
    assert "Hendra Kusumawijaya" in _all_led(text, "Bupati Resmikan Pasar", "2025-01-06")


# --- 9. an arrival received by a host ("tiba di … dan diterima oleh …") is the visitor's visit --------------------

def test_an_arrival_received_by_a_host_is_a_visit_of_its_day():
    text = ("Sebagai tuan rumah, Kapolres Wonosobo sejak pagi menyiapkan penyambutan pimpinannya.\n"
            "Rombongan tiba di Markas Polres Wonosobo Rabu pagi (15/03) dan diterima oleh Kapolres Wonosobo. Hadir "
            "pula Bupati Wonosobo Hendra Kusumawijaya.")
    g = _graph(text, "Kapolda Akui Wonosobo Kecil tapi Besar", "2017-03-15")
    evs = [n.properties for n in g.nodes.values() if "Event" in n.labels]
    assert [(p["type"], p.get("date"), p.get("venue")) for p in evs] == \
        [("kunjungan_kerja", "2017-03-15", "Markas Polres Wonosobo")]


def test_an_arrival_nobody_receives_is_no_visit():
    text = ("Sebagai tuan rumah, Kapolres Wonosobo sejak pagi menyiapkan penyambutan pimpinannya.\n"
            "Rombongan tiba di Markas Polres Wonosobo Rabu pagi (15/03) lalu beristirahat.")
    assert _events(text, "Kapolda Akui Wonosobo Kecil tapi Besar", "2017-03-15") == set()
