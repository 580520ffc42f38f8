"""Classes of error seen in g01–g15, a sixth batch of outlets the gold never had (issue #16), opened after its
first-contact figures were recorded (.648; docs/dev/issue-16-x-f.md).

* Watching an election or a programme on the spot is a working visit: "Pj Bupati X bersama Forkopimda memantau
  langsung pelaksanaan Pilkada di sejumlah TPS" — a kunjungan_kerja led by its subject, as "meninjau" is.
  "memantau" alone (watching figures, a trend) is no happening.
* A day's name opens a person's name when another name word follows it ("Kadis Kominfo Lobar Ahad Legiarto"):
  a date or a time of day goes on otherwise ("Kamis Pagi", "Senin (3/6)").
* The ceremony's inspector (Irup, Inspektur Upacara) leads the ceremony he inspects, whether the text says he
  "bertindak sebagai Irup pada upacara …", "menjadi Inspektur Upacara …" or "Bertindak sebagai Irup, X".
* The bodies a team doing the work is made of take part in it: "Tergabung dari Dinas X, Satpol PP … melakukan
  bersih-bersih", "Tim gabungan yang terdiri dari …"; not the team bodies at an event belong to ("perwakilan
  Perangkat Daerah yang tergabung dalam Tim TPP").
* Taking part in a campaign as a kind of conduct ("melarang PNS … terlibat dalam kampanye") is no kampanye that
  took place: a trigger after "terlibat/keterlibatan" is in passing.

Every sentence is synthetic (new names; real places).
"""
from graphkit.extract import extract_article
from graphkit.model import Article


def events(text: str):
    g = extract_article(Article(id="t1", title="Berita", text=text))
    evs = sorted((n.properties["type"], n.properties.get("date")) for k, n in g.nodes.items() if k.startswith("event:"))
    led = {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "LED"}
    return evs, led


def test_watching_on_the_spot_is_a_working_visit():
    text = ("Berita\n\nGERUNG – Penjabat Bupati Lombok Barat Rudi Hartanto bersama Forkopimda memantau langsung "
            "pelaksanaan Pilkada di sejumlah TPS, Rabu (27/11/2024).\n")
    evs, led = events(text)
    assert ("kunjungan_kerja", "2024-11-27") in evs and led == {"Rudi Hartanto"}
    evs, _ = events("Berita\n\nGERUNG – Penjabat Bupati Lombok Barat Rudi Hartanto memantau perkembangan harga beras.\n")
    assert evs == []


def test_taking_part_in_a_campaign_as_conduct_is_no_happening():
    """"melarang PNS … terlibat dalam kampanye": ASN neutrality forbids a kind of conduct; no kampanye took place."""
    text = ("Berita\n\nSERANG – Wali Kota Serang Rudi Hartanto melarang pegawai memberikan dukungan kepada calon dengan "
            "cara terlibat dalam kampanye, Senin (10/10/2016).\n")
    evs, _ = events(text)
    assert not any(t == "kampanye" for t, _ in evs)
    evs, _ = events("Berita\n\nSERANG – Pasangan calon Wali Kota menggelar kampanye di Lapangan Sempu, Senin (10/10/2016).\n")
    assert ("kampanye", "2016-10-10") in evs


def test_a_days_name_may_open_a_persons_name():
    from test_extract_posts_grammar import holds, run
    ctx = run("Gerung – Kadis Kominfo Lombok Barat Ahad Santoso mengatakan pemantauan berjalan lancar.")
    assert holds(ctx) == {("Ahad Santoso", "Kepala Dinas Kominfo", "52.01", "definitif")}
    ctx = run("Gerung – Bupati Lombok Barat Budi Santoso hadir pada Kamis Pagi di kantor, dan Rabu Malam di pendopo.")
    assert holds(ctx) == {("Budi Santoso", "Bupati", "52.01", "definitif")}


def test_the_ceremonys_inspector_leads_it():
    for text in ("Gubernur Sulawesi Tengah Rudi Hartanto bertindak sebagai Irup pada upacara HUT Kabupaten Poso, Rabu (1/3/2023).",
                 "Gubernur Sulawesi Tengah Rudi Hartanto menjadi Inspektur Upacara pada upacara HUT Kabupaten Poso, Rabu (1/3/2023).",
                 "Upacara HUT Kabupaten Poso digelar Rabu (1/3/2023). Bertindak sebagai Irup, Gubernur Sulawesi Tengah Rudi Hartanto."):
        evs, led = events("Berita\n\nPALU – " + text + "\n")
        assert evs == [("apel", "2023-03-01")] and led == {"Rudi Hartanto"}, text


def test_the_bodies_a_working_team_is_made_of_take_part():
    g_text = ("Berita\n\nKALIANDA – {} Dinas Pariwisata, Satpol PP, Dinas PMD, serta Dinas Kominfo melakukan bersih-bersih "
              "di kawasan wisata Way Belerang, Senin (7/2/2022).\n")
    for opener in ("Tergabung dari", "Tim gabungan yang terdiri dari"):
        g = extract_article(Article(id="t1", title="Berita", text=g_text.format(opener)))
        present = {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == "ATTENDED"}
        assert any("Satpol PP" in p for p in present) and any("Dinas PMD" in p for p in present), (opener, present)
    g = extract_article(Article(id="t1", title="Berita", text=(
        "Berita\n\nKUPANG – Rapat evaluasi TPP digelar Senin (7/2/2022), dihadiri perwakilan Perangkat Daerah yang "
        "tergabung dalam Tim TPP.\n")))
    assert not any("Tim TPP" in (g.nodes[e.source].properties.get("name") or "") for e in g.edges.values()
                   if e.type == "ATTENDED")
