"""ATTENDED on wordings the dev gold never used (issue 4 follow-up).

Every article here is synthetic, written from the grammar of regional news
(not copied from any article) and run through the whole extractor, entities
included: the company listed after "didampingi", a sentence opening on
"Hadir …", the other party of a signing or a welcomed visit, groups named as
participants, degrees ("Ir. H.", "Drs.") inside a list, and the precision
side — the host gets LED only, people criticised or absent attend nothing.
"""
from graphkit.extract import extract_article
from graphkit.model import Article

HOST = "official:hendy-siswanto"


def run(text: str) -> tuple[set[str], set[str]]:
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    by = lambda t: {e.source for e in g.edges.values() if e.type == t}  # noqa: E731
    assert any(n.startswith("event:") for n in g.nodes), "no main event read"
    return by("LED"), by("ATTENDED")


def test_officials_accompanying_the_host_attend_and_the_host_leads():
    led, att = run("Bupati Terima Audiensi\n\nJEMBER - Bupati Jember Hendy Siswanto, didampingi Asisten "
                   "Pemerintahan Budi Santoso, Kepala BPKAD Jember Hadi Mulyono dan Kabag Prokopim Ahmad Fauzi, "
                   "menerima audiensi pengurus KONI Jember di Pendopo, Senin (11/3/2024).\n")
    assert led == {HOST}
    assert {"official:budi-santoso", "official:hadi-mulyono", "official:ahmad-fauzi"} <= att
    assert HOST not in att


def test_sentence_opening_on_hadir_lists_attendees():
    led, att = run("Pj Bupati Jember Terima Kunjungan\n\nJEMBER - Pj Bupati Jember Sutrisno Hadi menerima audiensi "
                   "pengurus KONI Jember di Pendopo, Selasa (5/3/2024).\n\nHadir pula dalam kegiatan tersebut "
                   "Sekretaris Daerah Kabupaten Jember Budi Santoso, Kepala Bappeda Jember Hadi Mulyono dan Kabag "
                   "Prokopim Setda Jember Ahmad Fauzi.\n")
    assert led == {"official:sutrisno-hadi"}
    assert {"official:budi-santoso", "official:hadi-mulyono", "official:ahmad-fauzi"} <= att


def test_dalam_rapat_tersebut_turut_hadir_with_groups():
    led, att = run("Rakor Stunting\n\nJEMBER - Bupati Jember Hendy Siswanto memimpin rapat koordinasi stunting di "
                   "Aula PB Sudirman, Rabu (6/3/2024). Dalam rapat tersebut turut hadir Wakil Bupati Jember "
                   "Firjaun Barlaman, para camat dan kepala desa se-Kabupaten Jember.\n")
    assert led == {HOST}
    assert "official:firjaun-barlaman" in att
    assert {"org:camat:35.09", "org:kepala-desa:35.09"} <= att


def test_degrees_inside_the_list_do_not_end_it():
    led, att = run("Bupati Buka Pelatihan UMKM\n\nJEMBER - Pemkab Jember menggelar pelatihan UMKM di Pendopo "
                   "Wahyawibawagraha, Senin (4/3/2024). Pelatihan dibuka langsung oleh Bupati Jember Ir. H. Hendy "
                   "Siswanto, M.Sc. Acara tersebut dihadiri Kepala Dinas Koperasi Drs. Bambang Wiyono, M.Si, Camat "
                   "Kaliwates serta perwakilan OPD.\n")
    assert led == {HOST} and HOST not in att
    assert {"official:bambang-wiyono", "org:opd:35.09"} <= att
    assert "org:kepala-dinas:35.09" not in att  # "Kepala Dinas … Drs. Bambang": his title, not a group


def test_the_other_signatory_attends():
    led, att = run("Penandatanganan MoU\n\nJEMBER - Bupati Jember Hendy Siswanto menandatangani nota kesepahaman "
                   "dengan Pemkab Lumajang, Kamis (7/3/2024). Penandatanganan MoU antara Bupati Jember Hendy "
                   "Siswanto dan Bupati Lumajang Thoriqul Haq itu disaksikan oleh Sekretaris Daerah Kabupaten "
                   "Jember Budi Santoso.\n")
    assert led == {HOST}
    assert att == {"official:thoriqul-haq", "official:budi-santoso"}


def test_welcomed_visitor_attends_and_a_critic_does_not():
    led, att = run("Menteri Kunjungi Jember\n\nJEMBER - Bupati Jember Hendy Siswanto menyambut kedatangan Menteri "
                   "Pertanian Andi Amran Sulaiman di Pendopo Wahyawibawagraha, Jumat (8/3/2024). Sementara itu "
                   "Ketua DPRD Jember Itqon Syauqi mengkritik program tersebut.\n")
    assert led == {HOST}
    assert att == {"official:andi-amran-sulaiman"}


def test_groups_following_and_absent_official():
    led, att = run("Apel Pagi\n\nJEMBER - Wakil Bupati Jember Firjaun Barlaman memimpin apel pagi di halaman Kantor "
                   "Pemkab Jember, Senin (11/3/2024). Apel diikuti oleh ASN dan perangkat daerah serta dihadiri unsur "
                   "Forkopimda. Bupati Jember Hendy Siswanto berhalangan hadir.\n")
    assert led == {"official:firjaun-barlaman"}
    assert att == {"org:asn:35.09", "org:perangkat-daerah:35.09", "org:forkopimda:35.09"}


def test_hadir_sebagai_inspektur_upacara_leads():
    led, att = run("Upacara Hari Pahlawan\n\nJEMBER - Pemkab Jember menggelar upacara peringatan Hari Pahlawan di "
                   "Alun-alun Jember, Jumat (10/11/2023). Hadir langsung sebagai Inspektur Upacara, Bupati Jember "
                   "Hendy Siswanto, sedangkan peserta upacara terdiri dari para Asisten dan seluruh ASN.\n")
    assert led == {HOST} and HOST not in att
    assert {"org:asisten:35.09", "org:asn:35.09"} <= att


def test_speaker_at_a_named_event_attended():
    led, att = run("Raperda APBD Disetujui\n\nJEMBER - Kepala Bappeda Jember Hadi Mulyono menyebut pembahasan "
                   "anggaran berjalan lancar. Hal itu ia sampaikan usai rapat paripurna DPRD Jember, Kamis "
                   "(14/3/2024).\n")
    assert "official:hadi-mulyono" in att and "official:hadi-mulyono" not in led


def test_speaker_in_a_sentence_without_the_event_is_not_an_attendee():
    led, att = run("Raperda APBD Disetujui\n\nJEMBER - DPRD Jember menggelar rapat paripurna, Kamis (14/3/2024). "
                   "Kepala Bappeda Jember Hadi Mulyono menyebut pembahasan anggaran berjalan lancar.\n")
    assert "official:hadi-mulyono" not in att


def test_bersama_inside_a_document_name_is_not_company():
    led, att = run("Sosialisasi Netralitas ASN\n\nJEMBER - Pj Bupati Jember Sutrisno Hadi membuka sosialisasi "
                   "netralitas ASN di Pendopo, Senin (4/3/2024), berdasarkan Surat Keputusan Bersama Kepala Badan "
                   "Kepegawaian Negara dan Menteri Dalam Negeri. Sosialisasi diikuti oleh para camat.\n")
    assert led == {"official:sutrisno-hadi"}
    assert att == {"org:camat:35.09"}


def test_welcomers_and_colloquial_hadiri_attend():
    led, att = run("Wabup Tinjau Bumdes\n\nJEMBER - Wakil Bupati Jember Firjaun Barlaman hadiri panen raya di Desa "
                   "Ajung, Senin (11/3/2024). Kedatangan Wabup langsung disambut Camat Ajung Hadi Mulyono dan "
                   "Kepala Desa Ajung Ahmad Fauzi. Usulan petani disambut baik oleh Bupati Jember Hendy Siswanto.\n")
    assert {"official:firjaun-barlaman", "official:hadi-mulyono", "official:ahmad-fauzi"} <= att
    assert HOST not in att  # "disambut baik oleh": welcomed an idea, was not there


def test_the_representative_attends_not_the_one_represented():
    led, att = run("Sosialisasi Dana Desa\n\nJEMBER - Pemkab Jember menggelar sosialisasi dana desa di Aula "
                   "Kecamatan Ajung, Senin (11/3/2024).\n\nMewakili Bupati Jember Hendy Siswanto, Asisten "
                   "Pemerintahan Budi Santoso menjelaskan anggaran itu diprioritaskan untuk jalan desa.\n")
    assert "official:budi-santoso" in att
    assert HOST not in att and HOST not in led


def test_members_of_a_body_and_civil_service_ranks_are_attending_groups():
    text = ("Reses DPRD Jember\n\nJEMBER - Kegiatan reses digelar pada Senin (2/12/2024), diikuti oleh anggota DPRD "
            "Kabupaten Jember, Kepala UPT, tenaga ahli, dan para Pejabat Administrator serta Pejabat Fungsional.\n")
    g = extract_article(Article(id="t2", title=text.split("\n", 1)[0], text=text))
    names = {g.nodes[e.source].properties["name"] for e in g.edges.values() if e.type == "ATTENDED"}
    assert {"Anggota DPRD Kabupaten Jember", "Kepala UPT Kabupaten Jember", "Tenaga Ahli Kabupaten Jember",
            "Pejabat Administrator Kabupaten Jember", "Pejabat Fungsional Kabupaten Jember"} <= names
