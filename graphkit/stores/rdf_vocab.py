"""The RDF mapping's vocabulary: prefixes, classes, predicates and the IRIs of nodes and relationships.

Apart from ``rdf`` (the triples and the formats) because every RDF module needs the terms and only
the exporter needs the triples: the reader (``rdfread``), the incremental store update
(``rdf_update``), the N-Triples files (``nt_files``), SHACL and the pyoxigraph store import from here.
All terms come out already rendered as N-Triples text (``ntriples.iri``).
"""
from __future__ import annotations

import hashlib
import re

from ..errors import UsageError
from ..model import SET_PROPERTIES, Edge
from .ntriples import XSD_ANYURI, XSD_DATE, iri, iri_segment

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
