"""What one synthetic article extracts, for the tests of extraction classes (tests/test_extract_x_*.py)."""
import re

from graphkit.extract import extract_article
from graphkit.extract.context import ArticleContext, Mention
from graphkit.extract.statements.quotes import extract_statements
from graphkit.model import Article


def graph(text: str, title: str = "Judul", published: str | None = "2024-10-01"):
    """The extracted graph of an article with this title and body (published 2024-10-01 unless told)."""
    return extract_article(Article(id="t", title=title, text=title + "\n\n" + text, published=published))


def article_graph(text: str, published: str | None = None):
    """The extracted graph of a whole article written as the corpus files are: its first line is the title."""
    return extract_article(Article(id="t1", title=text.partition("\n")[0], text=text, published=published))


def led_and_attended(title: str, text: str, published: str | None = "2024-10-11") -> tuple[set, set]:
    """The names that LED and the names that ATTENDED the article's events (title as the text's first line)."""
    g = article_graph(title + "\n" + text, published=published)
    name = lambda e: g.nodes[e.source].properties.get("name")   # noqa: E731
    return ({name(e) for e in g.edges.values() if e.type == "LED"},
            {name(e) for e in g.edges.values() if e.type == "ATTENDED"})


def event_properties(g) -> list[dict]:
    """The properties of every Event node of ``g``, in the graph's order."""
    return [n.properties for n in g.nodes.values() if "Event" in n.labels]


def events(text: str, title: str = "Judul", published: str | None = "2024-10-01") -> set[tuple[str, str]]:
    """(type, date) of every Event node."""
    g = graph(text, title, published)
    return {(n.properties.get("type"), n.properties.get("date")) for n in g.nodes.values() if "Event" in n.labels}


def holds(text: str, title: str = "Judul") -> set[tuple[str, str, str]]:
    """(official, office, capacity) of every HOLDS edge."""
    g = graph(text, title)
    return {(g.nodes[e.source].properties.get("name"), g.nodes[e.target].properties.get("name"),
             e.properties.get("capacity")) for e in g.edges.values() if e.type == "HOLDS"}


def officials(text: str, title: str = "Judul") -> set[str]:
    """The names of the Official nodes."""
    g = graph(text, title)
    return {n.properties.get("name") for n in g.nodes.values() if n.label == "Official"}


def regions(text: str, title: str = "Judul") -> set[str]:
    """The names of the Region nodes."""
    g = graph(text, title)
    return {n.properties.get("name") for n in g.nodes.values() if n.label == "Region"}


def edge_sources(kind: str, text: str, title: str = "Judul", published: str | None = "2024-10-01") -> set[str]:
    """The names of the sources of every ``kind`` edge (who ATTENDED, LED, STATED …)."""
    g = graph(text, title, published)
    return {g.nodes[e.source].properties.get("name") for e in g.edges.values() if e.type == kind}


def entities_of(text: str, published: str | None = "2024-10-01"):
    """The article context after the entity stage alone (officials, offices, regions), for the post grammar's tests."""
    from graphkit.extract.context import ArticleContext
    from graphkit.extract.entities import extract_entities

    ctx = ArticleContext.of(Article(id="t", title="t", text=text, published=published), "test")
    extract_entities(ctx)
    return ctx


def official_names(ctx) -> set[str]:
    """The names of the Official nodes of a context from ``entities_of``."""
    return {n.properties["name"] for n in ctx.graph.nodes.values() if "Official" in n.labels}


def post_holds(ctx) -> set[tuple[str, str, str, str]]:
    """(official, role, region code, capacity) of every HOLDS edge of a context from ``entities_of``."""
    out = set()
    for e in ctx.graph.edges.values():
        if e.type == "HOLDS":
            office = ctx.graph.nodes[e.target].properties
            out.add((ctx.graph.nodes[e.source].properties["name"], office["role"], office["region"],
                     e.properties["capacity"]))
    return out


# A plenary session of a regency's legislature, dated and led, for tests of who else attended it: the sentence
# under test follows it as the next paragraph.
PLENARY = ("PURWOREJO – DPRD Kabupaten Purworejo menggelar rapat paripurna pembahasan APBD, Selasa (8/10/2024), "
           "dipimpin Ketua DPRD Purworejo Agus Prasetyo.\n\n")
PLENARY_TITLE = "DPRD Gelar Paripurna APBD"


def plenary_attendees(text: str) -> list[str]:
    """The lower-cased sources of ATTENDED edges when ``text`` follows the plenary session's lead."""
    return [n.lower() for n in edge_sources("ATTENDED", PLENARY + text, PLENARY_TITLE) if n]


def statements_by(text: str, names: dict[str, str], officials: dict[str, str] | None = None,
                  article_id: str = "t") -> list[tuple[str | None, str]]:
    """(speaker id, first three words) of each statement the statements stage reads in ``text``, in text order;
    ``names`` are the mentions the entities stage would have found (surface -> node id, longest first), and
    ``officials`` the Official nodes they point to (node id -> name)."""
    ctx = ArticleContext.of(Article(id=article_id, title="Judul", text=text), "test")
    for node_id, name in (officials or {}).items():
        ctx.node(node_id, "Official", name=name)
    found = []
    for surface in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), names[surface]))
    ctx.mentions = sorted(Mention(s, e, n, "name") for s, e, n in found)
    extract_statements(ctx)
    who = {e.target: e.source for e in ctx.graph.edges.values() if e.type == "STATED"}
    got = sorted((n.properties["evidence"][0]["start"], who.get(n.id), " ".join(n.properties["text"].split()[:3]))
                 for n in ctx.graph.nodes.values() if n.label == "Statement")
    return [(s, t) for _, s, t in got]
