"""Classes of error seen in w01–w15 and x01–x15 (issue #16): officials and posts, fixed by widening the grammar
of posts rather than by this batch's words (docs/dev/issue-16-x-wx-wxnames.md).

Every sentence is synthetic (new names; real places).
"""
from extract_probe import graph as _graph
from extract_probe import holds as _holds


def _held(text: str) -> set[tuple[str, str]]:
    return {(name, office) for name, office, _ in _holds(text)}


# --- 1. "Kalaksa", the other short form of Kepala Pelaksana (BPBD) -----------------------------------------

def test_kalaksa_is_the_executive_head_of_a_bpbd():
    text = ("PADANG – Pemerintah Kota Padang menggelar apel siaga, Selasa (8/4/2025). Apel dihadiri Kepala Satpol PP "
            "Rudi Hartanto, Kalaksa BPBD Darmono Sutejo, serta seluruh ASN.")
    assert ("Darmono Sutejo", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Padang") in _held(text)


# --- 2. the standard short forms of military posts: Dan- + a unit, Pasi + a section; the corps in capitals ---

_MILITARY = ("MADIUN – Upacara digelar di Kota Madiun, Selasa (8/4/2025). Hadir Dansatpom Lanud Iswahjudi Letkol "
             "CPM Agus Salim, Pasiter Kodim 0803/Madiun Kapten Inf Bambang Wiryo dan Dandenpom Madiun Mayor Cpm "
             "Heru Pranoto.")


def test_a_military_police_commander_holds_his_post():
    held = _held(_MILITARY)
    assert ("Agus Salim", "Komandan Satuan Polisi Militer Lanud Iswahjudi Madiun") in held
    assert ("Heru Pranoto", "Komandan Detasemen Polisi Militer Madiun") in held


def test_a_section_officer_of_a_kodim_holds_his_post():
    assert ("Bambang Wiryo", "Perwira Seksi Teritorial Kodim Madiun") in _held(_MILITARY)


def test_a_corps_written_in_capitals_is_no_part_of_the_name():
    text = ("MADIUN – Upacara digelar di Kota Madiun, Selasa (8/4/2025). Hadir Dansatpom Lanud AU Letkol CPM "
            "Agus Salim dan tamu undangan.")
    assert {name for name, _ in _held(text)} == {"Agus Salim"}


# --- 3. a region's acronym closed by a period ("Bupati HST. H. Budi") ----------------------------------------

def test_a_region_acronym_with_a_period_is_the_region():
    text = "BARABAI – Terlihat Bupati HST. H. Budi Santoso menyalami warga, Selasa (8/4/2025)."
    assert _held(text) == {("Budi Santoso", "Bupati Hulu Sungai Tengah")}


def test_a_region_acronym_ending_a_sentence_names_no_holder():
    text = ("PALEMBANG – Warga meminta bertemu dengan Bupati OKI. Permintaan tersebut ditolak, Selasa (8/4/2025). "
            "Bupati OKI. H. Budi Santoso menjelaskan alasannya.")
    assert {name for name, _ in _held(text)} == {"Budi Santoso"}


# --- 4. Kepala Staf Kepresidenan, a national post ----------------------------------------------------------

def test_the_head_of_the_presidential_staff_office_is_a_national_post():
    text = ("LANGSA – Kepala Staf Kepresidenan (KSP) Jendral TNI (Purn) Budi Santoso berkunjung ke Langsa, "
            "Selasa (8/4/2025).")
    g = _graph(text)
    assert ("Budi Santoso", "Kepala Staf Kepresidenan") in _held(text)
    assert "office:kepala-staf-kepresidenan:ID" in g.nodes


# --- 5. Aceh's legislatures (DPRK, DPRA) and a faction named with a place -----------------------------------

def test_a_seat_of_a_dprk_is_held():
    text = "BLANGPIDIE – “Kami sudah menyerahkan nama,” kata Ketua DPRK Abdya, Budi Santoso, Kamis (8/5/2025)."
    assert ("Budi Santoso", "Ketua DPRK Aceh Barat Daya") in _held(text)


def test_a_faction_of_a_dprk_keeps_its_body():
    text = ("BLANGPIDIE – “Kami sudah menyerahkan nama,” kata Ketua Fraksi Golkar DPRK Abdya, Budi Santoso, "
            "Kamis (8/5/2025).")
    assert ("Budi Santoso", "Ketua Fraksi DPRK Aceh Barat Daya") in _held(text)


def test_a_faction_named_with_a_place_is_no_jurisdiction():
    text = ("SLEMAN – “Kami sudah menyerahkan nama,” kata Ketua Fraksi Aceh Sejahtera DPRD Sleman, Budi Santoso, "
            "Kamis (8/5/2025).")
    assert ("Budi Santoso", "Ketua Fraksi DPRD Sleman") in _held(text)


# --- 6. "yang saat ini juga menjabat sebagai": the adverbs before "menjabat" in any order ------------------

def test_adverbs_in_any_order_before_menjabat():
    text = ("KUPANG – Budi Santoso yang saat ini juga menjabat sebagai Kepala Biro Pemerintahan Setda NTT hadir "
            "dalam rapat itu, Selasa (8/4/2025).")
    assert ("Budi Santoso", "Kepala Biro Pemerintahan Nusa Tenggara Timur") in _held(text)
