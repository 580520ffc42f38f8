"""Direct quotations and their speakers, on synthetic Indonesian news text.

Each test is a class of error the quote stage once made (or could make),
written as fresh sentences; mentions are filled in the way the entities stage
fills them (name and title mentions pointing at official/person ids).
"""

from graphkit.extract.context import ArticleContext
from graphkit.extract.statements.quotes import extract_statements, find_quotes, statement_id
from graphkit.model import Article

from test_extract_events import mentions_of

PEOPLE = {
    "Sutrisno Hadi": "official:sutrisno-hadi", "Sutrisno": "official:sutrisno-hadi",
    "Rina Marlina": "official:rina-marlina", "Rina": "official:rina-marlina",
    "Joko Prasetyo": "person:joko-prasetyo",
}
TITLES = {"Pj Bupati Lumajang": "official:sutrisno-hadi"}


def ctx_for(text: str, published: str | None = None) -> ArticleContext:
    ctx = ArticleContext.of(Article(id="t1", title="Judul", text=text, published=published), "test")
    ctx.mentions = mentions_of(text, PEOPLE, TITLES)
    return ctx


def statements(text: str, published: str | None = None) -> list[tuple[str | None, str]]:
    ctx = ctx_for(text, published)
    extract_statements(ctx)
    speaker = {e.target: e.source for e in ctx.graph.edges.values() if e.type == "STATED"}
    out = []
    for n in ctx.graph.nodes.values():
        if n.label == "Statement":
            ev = n.properties["evidence"][0]
            assert ctx.text[ev["start"]] in "“”\""
            out.append((ev["start"], speaker.get(n.id), n.properties["text"]))
    return [(s, t) for _, s, t in sorted(out)]


def test_verb_after_quote_names_speaker():
    text = "Judul\n\n“Kita harus menjaga kebersihan pasar setiap hari,” kata Sutrisno Hadi di Lumajang.\n"
    assert statements(text) == [("official:sutrisno-hadi", "Kita harus menjaga kebersihan pasar setiap hari,")]


def test_straight_quotes_and_pronoun_followup():
    text = ("Judul\n\nBupati Rina Marlina membuka acara itu.\n\n"
            '"Semua kepala desa wajib hadir dalam musyawarah ini," ujar Rina.\n\n'
            '"Jangan ada yang terlambat lagi minggu depan," imbuhnya.\n')
    got = statements(text)
    assert [s for s, _ in got] == ["official:rina-marlina", "official:rina-marlina"]


def test_speaker_before_quote_with_comma():
    text = ("Judul\n\nSutrisno juga menegaskan, “Anggaran desa harus dipakai sesuai aturan yang berlaku.” "
            "Hal itu disambut warga.\n")
    assert statements(text)[0][0] == "official:sutrisno-hadi"


def test_unnamed_speaker_gets_statement_but_no_edge():
    text = ("Judul\n\nSeorang warga yang enggan disebut namanya mengatakan, “Kami sudah menunggu jalan ini "
            "diperbaiki sejak lama.”\n")
    got = statements(text)
    assert got == [(None, "Kami sudah menunggu jalan ini diperbaiki sejak lama.")]


def test_split_quote_keeps_speaker():
    text = "Judul\n\n“Air bersih sudah mengalir,” kata Rina Marlina. “Tahun depan giliran desa di utara.”\n"
    got = statements(text)
    assert [s for s, _ in got] == ["official:rina-marlina", "official:rina-marlina"]
    assert got[1][1] == "Tahun depan giliran desa di utara."


def test_quote_spanning_paragraphs_is_one_statement():
    text = ("Judul\n\n“Program ini untuk semua warga tanpa kecuali.\n\n"
            "“Kami akan memantau pelaksanaannya setiap bulan,” tutur Sutrisno.\n")
    got = statements(text)
    assert len(got) == 1
    assert got[0] == ("official:sutrisno-hadi",
                      "Program ini untuk semua warga tanpa kecuali. Kami akan memantau pelaksanaannya setiap bulan,")


def test_straight_quote_closing_in_next_paragraph():
    text = ('Judul\n\nIa lalu berpesan. "Pelayanan di puskesmas harus ramah.\n'
            'Warga jangan sampai dipingpong," lanjut Rina Marlina.\n')
    got = statements(text)
    assert got == [("official:rina-marlina", "Pelayanan di puskesmas harus ramah. Warga jangan sampai dipingpong,")]


def test_title_mention_attribution():
    text = "Judul\n\n“Semua ASN wajib menjaga netralitas menjelang pilkada,” tegas Pj Bupati Lumajang.\n"
    got = statements(text)
    assert got[0][0] == "official:sutrisno-hadi"


def test_scare_quotes_and_programme_names_are_not_statements():
    text = ("Judul\n\nProgram “Lumajang Sehat” dan gerakan “Ayo Sekolah Lagi Bersama” diluncurkan "
            "oleh Sutrisno di alun-alun.\n")
    assert statements(text) == []


def test_quoted_document_is_not_speech():
    text = ('Judul\n\nPasal 7 peraturan itu berbunyi: "Kepala desa dipilih langsung oleh penduduk desa '
            'yang bersangkutan".\n')
    assert statements(text) == []


def test_object_position_is_not_the_next_speaker():
    text = ("Judul\n\nSutrisno didampingi Joko Prasetyo mengatakan, proyek itu selesai akhir tahun.\n\n"
            "“Kontraktor sudah kami minta bekerja siang dan malam,” katanya.\n")
    assert statements(text)[0][0] == "official:sutrisno-hadi"


def test_abbreviated_honorific_does_not_end_the_clause():
    text = '"Kita semua harus bekerja lebih cepat tahun ini," ujar Prof. Sutrisno Hadi.\n'
    assert statements("Judul\n\n" + text)[0][0] == "official:sutrisno-hadi"


def test_topics_and_ids_are_stable():
    text = "Judul\n\n“ASN wajib menjaga netralitas selama Pilkada berlangsung,” kata Rina.\n"
    ctx = ctx_for(text)
    extract_statements(ctx)
    st = [n for n in ctx.graph.nodes.values() if n.label == "Statement"][0]
    assert st.id == statement_id("official:rina-marlina", "ASN wajib menjaga netralitas selama Pilkada berlangsung,")
    assert st.properties["topics"] == ["netralitas-asn", "pilkada"]
    about = sorted(e.target for e in ctx.graph.edges.values() if e.type == "ABOUT")
    assert about == ["topic:netralitas-asn", "topic:pilkada"]
    assert ctx.graph.nodes["topic:pilkada"].properties["name"] == "Pilkada"


def test_find_quotes_offsets_exact():
    text = "A “satu dua tiga empat,” kata B. \"lima enam tujuh delapan\" ujar C."
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["“satu dua tiga empat,”", "\"lima enam tujuh delapan\""]


def test_headlines_and_slogans_in_quotes_are_not_statements():
    text = ("Judul\n\nAcara bertema “Transformasi Digital Pelayanan Publik Desa Mandiri” dibuka Rina. "
            "Baca pula “Bupati Tinjau Jembatan Rusak di Tiga Kecamatan Sekaligus” di laman kami. "
            "Peserta meneriakkan “Sehat Warganya, Maju Desanya!” bersama-sama.\n")
    assert statements(text) == []


def test_listener_after_the_verb_is_not_the_speaker():
    text = ("Judul\n\n“Kami minta data pemilih segera diperbaiki sebelum pleno,” kata seorang komisioner "
            "kepada Rina Marlina di kantor KPU.\n")
    assert statements(text) == [(None, "Kami minta data pemilih segera diperbaiki sebelum pleno,")]


def test_unclosed_quote_ending_with_its_attribution():
    text = ("Judul\n\nBupati Rina Marlina menerima rombongan.\n\n“Kami mohon jaringan listrik ke dusun terpencil "
            "segera dibangun, pinta Rina.\n\nRombongan berjanji menindaklanjuti.\n")
    got = statements(text)
    assert got == [("official:rina-marlina", "Kami mohon jaringan listrik ke dusun terpencil segera dibangun,")]


def test_epithet_after_the_verb_points_back_at_the_last_speaker():
    text = ("Judul\n\nBupati Rina Marlina mengatakan pembayaran tagihan selalu tepat waktu.\n\n"
            "“Kalau ada kendala, kami tetap bayar penuh bulan berikutnya,” ucap orang nomor satu di kabupaten itu.\n")
    assert statements(text)[0][0] == "official:rina-marlina"


def test_nickname_introduced_in_the_text_is_the_same_person():
    text = ("Judul\n\nKepala dinas yang baru, Sutrisno Hadi (biasa disapa Tris), memimpin apel pagi.\n\n"
            "“Kantor ini tempat warga datang membawa masalah mereka,” kata Tris.\n")
    assert statements(text)[0][0] == "official:sutrisno-hadi"


def test_name_after_a_long_title_is_the_speaker_not_the_last_official():
    text = ("Judul\n\nBupati Rina Marlina membuka layanan jemput bola.\n\n"
            "“Warga cukup datang ke balai desa membawa kartu keluarga,” ungkap Kepala Dinas Kependudukan dan "
            "Catatan Sipil (Dukcapil) Lumajang Hendra Kusuma, Rabu.\n\n"
            "“Pelayanan selesai di hari yang sama,” tambahnya.\n")
    got = statements(text)
    assert [s for s, _ in got] == ["person:hendra-kusuma", "person:hendra-kusuma"]


def test_tail_of_an_organisation_name_is_not_a_person():
    text = ("Judul\n\nBupati Rina Marlina hadir.\n\n“Anggaran pengawasan harus dinaikkan tahun depan,” kata "
            "Korps Adhiyaksa kepada wartawan.\n")
    ctx = ctx_for(text)
    extract_statements(ctx)
    assert not [n for n in ctx.graph.nodes.values() if n.label == "Person"]


def test_speaker_spelled_like_a_known_official_is_that_official():
    text = ("Judul\n\n“Layanan darurat kini buka dua puluh empat jam penuh,” kata Hendra Kusumah di rumah sakit.\n")
    ctx = ctx_for(text)
    from graphkit.model import Node
    ctx.graph.add_node(Node(id="official:hendra-kusuma", labels=["Official"], properties={"name": "Hendra Kusuma"}))
    extract_statements(ctx)
    stated = [e.source for e in ctx.graph.edges.values() if e.type == "STATED"]
    assert stated == ["official:hendra-kusuma"]
    assert not [n for n in ctx.graph.nodes.values() if n.label == "Person"]


def test_paragraph_ending_with_a_colon_introduces_the_next_quote():
    text = ("Judul\n\nSutrisno membuka acara. Dalam sambutannya, Rina Marlina menyampaikan:\n\n"
            "“Saya minta semua camat turun langsung ke desa-desa terdampak banjir.”\n")
    assert statements(text)[0][0] == "official:rina-marlina"


def test_day_name_after_the_speaker_is_not_part_of_the_name():
    text = ("Judul\n\n“Rambu peringatan sudah kami pasang di kedua ujung jalan,” kata Hendra Kamis (2/1/2020).\n\n"
            "“Alat berat tiba besok pagi,” ujar Asesor Wilfrid kepada warga.\n")
    assert [s for s, _ in statements(text)] == ["person:hendra", "person:wilfrid"]


def test_stray_and_unbalanced_quote_marks_stay_inside_their_paragraph():
    text = ('Judul\n\nLayar 32" dipasang di aula. “Kalimat tanpa penutup yang cukup panjang untuk dihitung\n\n'
            'Paragraf biasa tanpa kutipan sama sekali di sini.\n\n”Pembuka terbalik juga dipakai penulis ini,” '
            'kata Rina.\n')
    got = statements(text)
    for _, quote in got:
        assert "\n" not in quote and "Paragraf biasa" not in quote
    assert ("official:rina-marlina", "Pembuka terbalik juga dipakai penulis ini,") in got
