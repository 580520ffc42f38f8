"""The RDF mapping of the graph model (SCHEMA.md "RDF"), its serializations, and the way back.

Why one mapping function: every RDF output (N-Triples, N-Quads, Turtle,
TriG, JSON-LD, the embedded pyoxigraph store) is produced from the same
``iter_triples`` stream, so the SPARQL twins of the Cypher queries see the
same facts whatever format a user picked.  Terms come out already rendered
as N-Triples text (see ``ntriples``) so the common case, a big N-Triples
file, is plain string concatenation; the other formats re-parse that text
with pyoxigraph (Turtle, TriG) or rdflib (JSON-LD).

The mapping, in short: a node is ``<base + id segments>`` typed ``gk:<Label>``
plus a standard class, with ``gk:id``, one ``gk:<prop>`` per scalar or list
element, standard mirrors (schema:name, dcterms:date ...), ``prov:wasDerivedFrom``
per source and ``gk:evidence`` nodes; an edge is a direct triple and a
qualified ``gk:Relationship`` node carrying the edge properties.  Two
additions make the way back exact: ``gk:label`` (the primary label) and
``gk:listProperty`` (names of list properties the reader could not guess);
a property named like one of the mapping's own predicates (id, label, type on
an edge ...) is written ``gk:p_<name>``.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..atomic import atomic_write
from ..errors import UsageError
from ..model import SET_PROPERTIES, Edge, Graph, Node
from .ntriples import RDF_JSON, XSD_ANYURI, XSD_DATE, XSD_INTEGER, iri, iri_segment, literal, write_lines

DEFAULT_BASE = "https://w3id.org/graphkit/id/"
GK = "https://w3id.org/graphkit/ontology#"
PREFIXES = {
    "gk": GK, "schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
WIKIDATA = "http://www.wikidata.org/entity/"
# Properties that are lists even with one element (the reader turns them back into lists).
LIST_PROPERTIES = frozenset(SET_PROPERTIES) | {"evidence"}


def _p(prefix: str, local: str) -> str:
    return iri(PREFIXES[prefix] + local)


RDF_TYPE = _p("rdf", "type")
STANDARD_CLASSES = {
    "Official": ["schema:Person"], "Person": ["schema:Person"], "Region": ["schema:AdministrativeArea"],
    "Office": ["org:Post"], "Organization": ["schema:GovernmentOrganization", "org:Organization"],
    "Event": ["schema:Event"], "Venue": ["schema:Place"], "Statement": ["schema:Quotation"],
    "Topic": ["skos:Concept"], "Article": ["schema:NewsArticle"],
}
EDGE_PREDICATES = {
    "HOLDS": "org:holds", "MEMBER_OF": "org:memberOf", "MENTIONS": "schema:mentions",
    "LED": "gk:led", "ATTENDED": "gk:attended", "STATED": "gk:stated", "IN_REGION": "gk:inRegion",
    "PART_OF": "gk:partOf", "HELD_AT": "gk:heldAt", "DURING": "gk:during", "ABOUT": "gk:about",
}
# property name -> (mirror predicate, datatype to use when the value is an ISO date)
MIRRORS = {"name": ("schema:name", None), "text": ("schema:text", None), "date": ("dcterms:date", XSD_DATE),
           "url": ("schema:url", XSD_ANYURI), "published": ("dcterms:issued", XSD_DATE)}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QID = re.compile(r"^Q[1-9]\d*$")
_BAD_BASE = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def _curie(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return _p(prefix, local)


_CLASS_TERMS = {k: [_curie(c) for c in v] for k, v in STANDARD_CLASSES.items()}
_EDGE_TERMS = {k: _curie(v) for k, v in EDGE_PREDICATES.items()}
_MIRROR_TERMS = {k: (_curie(p), dt) for k, (p, dt) in MIRRORS.items()}
GK_ID, GK_LABEL, GK_LISTPROP = _p("gk", "id"), _p("gk", "label"), _p("gk", "listProperty")
GK_EVIDENCE, GK_ARTICLE, GK_START, GK_END = (_p("gk", n) for n in ("evidence", "article", "start", "end"))
GK_TYPE, GK_SOURCE, GK_TARGET = _p("gk", "type"), _p("gk", "source"), _p("gk", "target")
GK_RELATIONSHIP, GK_EVIDENCE_CLASS = _p("gk", "Relationship"), _p("gk", "Evidence")
ORG_HELD_BY, PROV_DERIVED, OWL_SAMEAS = _p("org", "heldBy"), _p("prov", "wasDerivedFrom"), _p("owl", "sameAs")


def check_base(base: str) -> str:
    """The base IRI, ending in '/' or '#'; a usage error when it could not form valid IRIs."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or _BAD_BASE.search(base):
        raise UsageError(f"--base {base!r} is not an absolute IRI",
                         "give an IRI such as https://example.org/kg/ (no spaces, quotes or <>)")
    return base if base.endswith(("/", "#")) else base + "/"


def id_path(node_id: str) -> str:
    """The IRI path of a node id: each ':'-separated segment percent-encoded, joined by '/'."""
    return "/".join(iri_segment(seg) for seg in node_id.split(":"))


def node_iri(node_id: str, base: str = DEFAULT_BASE) -> str:
    return base + id_path(node_id)


def relationship_iri(edge: Edge, base: str = DEFAULT_BASE) -> str:
    """``<base>rel/<sha1 of the edge key joined by '|', 16 hex>``."""
    return base + "rel/" + hashlib.sha1("|".join(edge.key).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def graph_iri(base: str = DEFAULT_BASE) -> str:
    """The named graph of the N-Quads / TriG exports."""
    return base + "graph/main"


# Predicates the mapping itself uses; a property with one of these names (or starting with "p_")
# is written as gk:p_<name> so it cannot be mistaken for them (the reader strips one "p_").
NODE_RESERVED = frozenset({"id", "label", "listProperty", "evidence"})
EDGE_RESERVED = NODE_RESERVED | {"type", "source", "target"}


def property_local(name: str, reserved: frozenset = NODE_RESERVED) -> str:
    return "p_" + name if name in reserved or name.startswith("p_") else name


def gk_property(name: str, reserved: frozenset = NODE_RESERVED) -> str:
    return iri(GK + iri_segment(property_local(name, reserved)))


class _Terms:
    """IRI terms for node ids, memoised: sources and targets repeat a lot."""

    def __init__(self, base: str):
        self.base = base
        self.cache: dict[str, str] = {}
        self.paths: dict[str, str] = {}
        self.props: dict[str, str] = {}

    def path(self, node_id: str) -> str:
        """``id_path(node_id)``, memoised: every evidence record of an article repeats its id."""
        p = self.paths.get(node_id)
        if p is None:
            p = self.paths[node_id] = id_path(node_id)
        return p

    def node(self, node_id: str) -> str:
        term = self.cache.get(node_id)
        if term is None:
            term = self.cache[node_id] = iri(self.base + id_path(node_id))
        return term

    def prop(self, name: str, reserved: frozenset) -> str:
        term = self.props.get((name, reserved))
        if term is None:
            term = self.props[(name, reserved)] = gk_property(name, reserved)
        return term


def iter_triples(graph: Graph, base: str = DEFAULT_BASE) -> Iterator[tuple[str, str, str]]:
    """Every triple of the export, as rendered N-Triples terms, nodes then edges, sorted."""
    terms = _Terms(base)
    for node in graph.sorted_nodes():
        yield from _node_triples(node, terms)
    previous = None
    for edge in graph.sorted_edges():  # sorted by key: HOLDS of several capacities are adjacent
        direct = (edge.type, edge.source, edge.target)
        yield from _edge_triples(edge, terms, direct != previous)
        previous = direct


def _node_triples(node: Node, terms: _Terms) -> Iterator[tuple[str, str, str]]:
    s = terms.node(node.id)
    seen: set[str] = set()
    for label in node.labels:
        for cls in [iri(GK + iri_segment(label)), *_CLASS_TERMS.get(label, ())]:
            if cls not in seen:
                seen.add(cls)
                yield s, RDF_TYPE, cls
    if node.labels:
        yield s, GK_LABEL, literal(node.labels[0])
    yield s, GK_ID, literal(node.id)
    yield from _property_triples(s, node.properties, terms, NODE_RESERVED)


def _edge_triples(edge: Edge, terms: _Terms, direct: bool = True) -> Iterator[tuple[str, str, str]]:
    s, o = terms.node(edge.source), terms.node(edge.target)
    if direct:  # one direct triple even when two HOLDS differ only by capacity
        yield s, _EDGE_TERMS.get(edge.type) or _p("gk", _lower_camel(edge.type)), o
        if edge.type == "HOLDS":
            yield o, ORG_HELD_BY, s
    r = iri(relationship_iri(edge, terms.base))
    yield r, RDF_TYPE, GK_RELATIONSHIP
    yield r, GK_TYPE, literal(edge.type)
    yield r, GK_SOURCE, s
    yield r, GK_TARGET, o
    yield from _property_triples(r, edge.properties, terms, EDGE_RESERVED)


def _lower_camel(edge_type: str) -> str:
    first, *rest = edge_type.lower().split("_")
    return iri_segment(first + "".join(w.capitalize() for w in rest))


def _property_triples(s: str, props: dict, terms: _Terms, reserved: frozenset) -> Iterator[tuple[str, str, str]]:
    spans = props.get("evidence")
    if isinstance(spans, list) and all(isinstance(e, dict) for e in spans):
        props = {k: v for k, v in props.items() if k != "evidence"}
        if not spans:
            yield s, GK_LISTPROP, literal("evidence")
    else:
        spans = None
    for name in sorted(props):
        value = props[name]
        if value is None:
            continue
        p = terms.prop(name, reserved)
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            yield s, p, literal(json.dumps(value, ensure_ascii=False, sort_keys=True), f"<{RDF_JSON}>")
            continue
        values = value if isinstance(value, list) else [value]
        if isinstance(value, list) and (len(value) != 1 or property_local(name, reserved) not in LIST_PROPERTIES):
            yield s, GK_LISTPROP, literal(name)
        mirror = _MIRROR_TERMS.get(name)
        for v in values:
            if v is None:
                continue
            yield s, p, literal(v)
            if mirror is not None:
                mp, iso_type = mirror
                dt = iso_type if iso_type is XSD_ANYURI or (iso_type and _ISO_DATE.match(str(v))) else None
                yield s, mp, literal(str(v), dt)
            if name == "sources" and isinstance(v, str):
                yield s, PROV_DERIVED, terms.node(v)
            elif name == "wikidata" and isinstance(v, str):
                qid = v.rsplit("/", 1)[-1]
                if _QID.match(qid):
                    yield s, OWL_SAMEAS, iri(WIKIDATA + qid)
    if spans:  # last, so that Turtle groups each subject's own triples together
        yield from _evidence_triples(s, spans, terms)


def _evidence_triples(s: str, spans: list[dict], terms: _Terms) -> Iterator[tuple[str, str, str]]:
    for ev in spans:
        article = str(ev.get("article", ""))
        start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
        e = f"{s[:-1]}/ev/{terms.path(article)}/{start}-{end}>"
        yield s, GK_EVIDENCE, e
        yield e, RDF_TYPE, GK_EVIDENCE_CLASS
        yield e, GK_ARTICLE, terms.node(article)
        yield e, GK_START, f'"{start}"^^{XSD_INTEGER}'
        yield e, GK_END, f'"{end}"^^{XSD_INTEGER}'


# ---- serializations ---------------------------------------------------------------------------

def write_ntriples(graph, path: str | Path | IO[str], base: str | None = None, *, quads: bool = False) -> int:
    """Write ``graph`` as N-Triples (or N-Quads) to a path (atomically) or an open text file.

    Returns the number of statements written.  Nothing but the model and the
    output file is held in memory.
    """
    base = check_base(base or DEFAULT_BASE)
    name = iri(graph_iri(base)) if quads else None
    if hasattr(path, "write"):
        return write_lines(iter_triples(graph, base), path, name)
    with atomic_write(Path(path)) as fh:
        return write_lines(iter_triples(graph, base), fh, name)


FORMATS = {"ttl": "Turtle", "nt": "N-Triples", "nq": "N-Quads", "jsonld": "JSON-LD", "trig": "TriG"}
SUFFIXES = {".ttl": "ttl", ".turtle": "ttl", ".nt": "nt", ".ntriples": "nt", ".nq": "nq", ".nquads": "nq",
            ".jsonld": "jsonld", ".json-ld": "jsonld", ".trig": "trig", ".rdf": "xml", ".owl": "xml",
            ".xml": "xml"}


def format_for(path, fmt: str | None = None) -> str:
    """The format key for an explicit ``-f`` value or a file suffix."""
    key = (fmt or SUFFIXES.get(Path(str(path)).suffix.lower(), "")).lower().lstrip(".")
    key = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "json-ld": "jsonld"}.get(key, key)
    if key not in FORMATS and key != "xml":
        raise UsageError(f"unknown RDF format {fmt or str(path)!r}",
                         "use -f ttl|nt|nq|jsonld|trig (or a file ending in one of those)")
    return key


def ntriples_text(graph: Graph, base: str = DEFAULT_BASE, *, quads: bool = False) -> str:
    from io import StringIO

    buf = StringIO()
    write_ntriples(graph, buf, base, quads=quads)
    return buf.getvalue()


def to_rdflib(graph: Graph, base: str = DEFAULT_BASE):
    """An ``rdflib.Graph`` of the export, with the gk: prefixes bound."""
    import rdflib
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.parse(data=ntriples_text(graph, check_base(base)), format="nt")
    return g


def export(graph: Graph, path, fmt: str | None = None, base: str = DEFAULT_BASE) -> dict:
    """Write ``graph`` to ``path`` in ``fmt`` (or the format of its suffix); atomically.

    N-Triples and N-Quads stream from the model; Turtle and TriG go through
    pyoxigraph's serializers (fast, prefixed), JSON-LD through rdflib
    (compacted with the prefixes as its context).
    """
    base, key, path = check_base(base), format_for(path, fmt), Path(path)
    if key == "xml":
        raise UsageError("RDF/XML is read but not written", "use -f ttl|nt|nq|jsonld|trig")
    if key in ("nt", "nq"):
        n = write_ntriples(graph, path, base, quads=key == "nq")
        return {"path": str(path), "format": FORMATS[key], "triples": n}
    if key == "jsonld":
        g = to_rdflib(graph, base)
        context = {k: v for k, v in PREFIXES.items()}
        data = g.serialize(format="json-ld", context=context, auto_compact=True, indent=1)
        with atomic_write(path) as fh:
            fh.write(data)
        return {"path": str(path), "format": FORMATS[key], "triples": len(g)}
    import pyoxigraph as ox
    quads = key == "trig"
    nt = ntriples_text(graph, base, quads=quads).encode("utf-8")
    rdf_format = ox.RdfFormat.TRIG if quads else ox.RdfFormat.TURTLE
    parsed = ox.parse(nt, ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES)
    items = list(parsed) if quads else [q.triple for q in parsed]
    with atomic_write(path, "wb") as fh:
        ox.serialize(items, fh, rdf_format, prefixes=PREFIXES)
    return {"path": str(path), "format": FORMATS[key], "triples": len(items)}
