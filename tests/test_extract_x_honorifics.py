"""Honorific clusters seen in c01–c15 (issue #16): Haji written together with an initial ("HL.", "HA.",
"HM."), the dot glued to the name ("HL.Pathul"), and religious honorifics (Abuya, Buya).

GUIDELINES.md: a name is written without honorifics; initials that are part of the name stay. Every
sentence is synthetic (new names and places).
"""
import pytest

from graphkit.extract import extract_article
from graphkit.model import Article


def officials(text: str) -> list[str]:
    g = extract_article(Article(id="t1", title="Berita", text=text))
    return sorted(n.properties["name"] for n in g.nodes.values() if "Official" in n.labels)


@pytest.mark.parametrize("written", ["HL. Ramli Hasbullah", "HL.Ramli Hasbullah", "HA. Ramli Hasbullah",
                                     "HM. Ramli Hasbullah", "HM. Dr. Ramli Hasbullah, S.Ip, M.Sc."])
def test_haji_with_an_initial_is_an_honorific(written):
    text = f"Bupati Sumbawa Barat, {written}, membuka musrenbang di Taliwang, Senin (3/6/2024)."
    assert officials(text) == ["Ramli Hasbullah"]


@pytest.mark.parametrize("title", ["Abuya", "Buya"])
def test_religious_honorifics_open_no_name(title):
    text = f"Bupati Pamekasan {title} Zainal Mustofa meninjau pasar di Pamekasan, Senin (3/6/2024)."
    assert officials(text) == ["Zainal Mustofa"]


def test_initials_that_belong_to_the_name_stay():
    # "Bustami HY": capitals after the name are initials of the name, not an honorific
    text = "Pj Bupati Bener Meriah, Dailami HR, memimpin apel di Redelong, Senin (3/6/2024)."
    assert officials(text) == ["Dailami HR"]
