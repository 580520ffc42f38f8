"""Statements and speakers by GUIDELINES.md ("statements and stated"), issue 16: synthetic sentences only.

A quote whose opening mark was left out but whose closing mark is followed by an attribution
verb is a statement of that speaker; a quoted slogan, theme or chant and a quoted document
("bunyi surat edaran itu") are not statements; a follow-up verb continues the last named
speaker, not a person whose words that speaker reported in the same sentence; the named
non-official after "ujar" keeps the quote, and "katanya. Selain itu, Y …" leaves it with the
speaker named before.
"""
from graphkit.extract import extract_article
from graphkit.model import Article


def stated(text: str) -> tuple[list[tuple[str | None, str]], int]:
    g = extract_article(Article(id="t1", title=text.split("\n", 1)[0], text=text))
    by = {e.target: e.source for e in g.edges.values() if e.type == "STATED"}
    st = sorted((n.properties["evidence"][0]["start"], n.id) for n in g.nodes.values() if n.label == "Statement")
    return [(by.get(sid), g.nodes[sid].properties["text"]) for _, sid in st], len(st)


def test_quote_missing_its_opening_mark_is_a_statement_of_the_attributed_speaker():
    out, n = stated("Rapat Tertutup\n\nSOFIFI - Gubernur Malut Abdul Gani memimpin rapat tertutup, Senin (4/1/2021).\n\n"
                    "Hal ini menurut Pak Gubernur, kita harus berupaya memaksimalkan pelayanan,\u201dujar Kepala Biro "
                    "Protokol, Rahwan Suamba dalam keterangannya.\n\n\u201cPak Gubernur memiliki komitmen yang sama "
                    "untuk pelayanan,\u201dkata Rahwan.\n")
    assert n == 2
    assert out[0] == ("official:rahwan-suamba", "Hal ini menurut Pak Gubernur, kita harus berupaya memaksimalkan "
                                                "pelayanan,")
    assert out[1][0] == "official:rahwan-suamba"


def test_a_quoted_theme_or_chant_is_not_a_statement():
    _, n = stated("Rakor Netralitas\n\nDENPASAR - Kantor Regional BKN menggelar rapat koordinasi, Kamis (2/11/2023). "
                  "Tema yang diangkat adalah netralitas ASN. \u201cKalau tidak netral, jangan jadi pegawai\u201d. "
                  "Sebuah tema yang relevan menjelang pemilu.\n\nPeserta meneriakkan \u201cSiap jaga netralitas "
                  "sampai akhir\u201d berulang kali.\n")
    assert n == 0


def test_a_quoted_document_is_not_a_statement():
    _, n = stated("Surat Edaran Wali Kota\n\nJAMBI - Pemkot Jambi menerbitkan surat edaran soal penipuan.\n\n"
                  "\"Surat ini diterbitkan sehubungan dengan maraknya penipuan yang mengatasnamakan pejabat,\" "
                  "bunyi surat edaran itu.\n")
    assert n == 0


def test_follow_up_verb_continues_the_reporter_not_the_person_reported():
    out, _ = stated("Rakor Inflasi\n\nTOBOALI - Penjabat Sekda Bangka Selatan Haris Setiawan mengikuti rapat "
                    "koordinasi inflasi, Senin (4/3/2024).\n\nHaris menjelaskan, dalam paparannya Menteri Dalam "
                    "Negeri Tito Karnavian menegaskan agar daerah menjaga harga.\n\n\u201cKami berharap pemerintah "
                    "pusat dan daerah terus bersinergi mengendalikan inflasi,\u201d pungkasnya.\n")
    assert out[0][0] == "official:haris-setiawan"


def test_named_person_after_ujar_keeps_the_quote():
    out, _ = stated("Buruh di Balai Kota\n\nMEDAN - Pj Wali Kota Medan Budi Hartono menerima perwakilan buruh di "
                    "Balai Kota, Senin (4/3/2024).\n\n\u201cKami menuntut kenaikan upah yang layak bagi seluruh "
                    "buruh di kota ini,\u201d ujar Muhammad Yusuf, penanggung jawab aksi buruh.\n")
    assert out[0][0] == "person:muhammad-yusuf"


def test_katanya_then_a_new_person_keeps_the_earlier_speaker():
    out, _ = stated("Pj Bupati Tinjau Pasar\n\nBLORA - Pj Bupati Blora Budi Hartono meninjau pasar, Senin "
                    "(4/3/2024).\n\n\u201cHarga beras masih stabil dan stok cukup sampai lebaran nanti,\u201d "
                    "katanya. Selain itu, Jon Pandu, Kepala Dinas Perdagangan Blora, mengatakan distribusi lancar.\n")
    assert out[0][0] == "official:budi-hartono"


def test_topics_read_what_a_statement_is_about_not_one_keyword():
    from graphkit.extract.statements.topics import topics_of
    assert "netralitas-asn" in topics_of("ASN tidak boleh berpihak kepada pasangan calon mana pun.")
    assert "disiplin-asn" not in topics_of("Anggota koperasi harus disiplin membayar iuran setiap bulan.")
    assert "disiplin-asn" in topics_of("Saya minta seluruh pegawai disiplin dan hadir tepat waktu.")
    assert topics_of("Penyelenggara harus netral dalam bekerja.") == []   # netral, but not about ASN
    assert "pilkada" in topics_of("Mari gunakan hak pilih pada 27 November nanti.")


def test_a_quote_split_by_its_attribution_is_two_statements_however_short():
    out, n = stated("Asesmen Pegawai\n\nKUPANG - Kepala BKD NTT Yohanes Lim memimpin rapat asesmen, Senin "
                    "(14/10/2024).\n\n\u201cSebagai konsekuensinya,\u201d tutur Lim, \u201ckita tidak memetakan semua "
                    "orang, tetapi hanya mereka yang potensial.\u201d\n")
    assert n == 2
    assert out[0] == ("official:yohanes-lim", "Sebagai konsekuensinya,")
    assert out[1][0] == "official:yohanes-lim"


def test_an_unopened_quote_after_narration_starts_at_its_own_sentence():
    out, n = stated("Rapat Tertutup\n\nSOFIFI - Gubernur Malut Abdul Gani memimpin rapat tertutup, Senin (4/1/2021).\n\n"
                    "Selain itu, Kepala Biro Protokol Rahwan Suamba juga mengatakan bahwa gubernur tidak akan membangun "
                    "kantor perwakilan. Hal tersebut dilakukan agar lebih fokus membangun ibu kota,\u201dtutupnya.\n")
    assert n == 1 and out[0] == ("official:rahwan-suamba", "Hal tersebut dilakukan agar lebih fokus membangun ibu kota,")


def test_a_nickname_introduced_as_sapaan_of_a_post_is_that_official():
    out, _ = stated("Gubernur Kunjungi Desa\n\nBIMA - Gubernur NTB Zulkarnaen Hamid mengunjungi Desa Woha, Sabtu "
                    "(1/4/2023).\n\nBang Zul, sapaan Gubernur NTB, disambut hangat warga.\n\n\u201cSaya sarankan "
                    "setiap desa memilih wakil yang berintegritas,\u201d pesan Bang Zul.\n")
    assert out[0][0] == "official:zulkarnaen-hamid"


def test_a_post_without_a_name_after_the_verb_is_the_official_it_named():
    out, _ = stated("Tersangka Ditahan\n\nTELUK KUANTAN - Kasi Intel Kejaksaan Negeri Kuansing Sunardi Wibowo mengatakan "
                    "tersangka ditahan.\n\n\"Tersangka ditahan saat penyerahan barang bukti tahap dua,\" kata Kasi "
                    "Intel, Senin (20/10/2025).\n")
    assert out[0][0] == "official:sunardi-wibowo"


def test_a_post_written_as_one_word_is_the_same_post():
    out, _ = stated("Tersangka Ditahan\n\nTELUK KUANTAN - Kasi Intel Kejaksaan Negeri Kuansing Sunardi Wibowo mengatakan "
                    "tersangka ditahan.\n\n\"Kerugian negara mencapai miliaran rupiah sesuai hasil audit,\" kata "
                    "Kasintel.\n")
    assert out[0][0] == "official:sunardi-wibowo"
