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

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..atomic import atomic_write
from ..errors import UsageError
from ..model import Edge, Graph, Node
from .ntriples import RDF_JSON, XSD_ANYURI, XSD_INTEGER, iri, iri_segment, literal, write_lines
from .rdf_vocab import (_CLASS_TERMS, _EDGE_TERMS, _ISO_DATE, _MIRROR_TERMS, _QID, DEFAULT_BASE, EDGE_RESERVED, GK,
                        GK_ARTICLE, GK_END, GK_EVIDENCE, GK_EVIDENCE_CLASS, GK_ID, GK_LABEL, GK_LISTPROP,
                        GK_RELATIONSHIP, GK_SOURCE, GK_START, GK_TARGET, GK_TYPE, LIST_PROPERTIES, NODE_RESERVED,
                        ORG_HELD_BY, OWL_SAMEAS, PREFIXES, PROV_DERIVED, RDF_TYPE, WIKIDATA, _p, _Terms, check_base,
                        graph_iri, node_iri, property_local, relationship_iri)


def iter_triples(graph: Graph, base: str = DEFAULT_BASE) -> Iterator[tuple[str, str, str]]:
    """Every triple of the export, as rendered N-Triples terms, nodes then edges, sorted."""
    terms = _Terms(base)
    for node in graph.sorted_nodes():
        yield from node_triples(node, terms)
    previous = None
    for edge in graph.sorted_edges():  # sorted by key: HOLDS of several capacities are adjacent
        direct = (edge.type, edge.source, edge.target)
        yield from edge_triples(edge, terms, direct != previous)
        previous = direct


def node_triples(node: Node, terms: _Terms, evidence: bool = True) -> Iterator[tuple[str, str, str]]:
    """A node's triples; without ``evidence``, those of its evidence spans are left out (they come last)."""
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
    yield from property_triples(s, node.properties, terms, NODE_RESERVED, evidence)


def edge_triples(edge: Edge, terms: _Terms, direct: bool = True,
                  evidence: bool = True) -> Iterator[tuple[str, str, str]]:
    s, o = terms.node(edge.source), terms.node(edge.target)
    if direct:  # one direct triple even when two HOLDS differ only by capacity
        yield s, _EDGE_TERMS.get(edge.type) or _p("gk", lower_camel(edge.type)), o
        if edge.type == "HOLDS":
            yield o, ORG_HELD_BY, s
    r = iri(relationship_iri(edge, terms.base))
    yield r, RDF_TYPE, GK_RELATIONSHIP
    yield r, GK_TYPE, literal(edge.type)
    yield r, GK_SOURCE, s
    yield r, GK_TARGET, o
    yield from property_triples(r, edge.properties, terms, EDGE_RESERVED, evidence)


def lower_camel(edge_type: str) -> str:
    first, *rest = edge_type.lower().split("_")
    return iri_segment(first + "".join(w.capitalize() for w in rest))


def property_triples(s: str, props: dict, terms: _Terms, reserved: frozenset,
                      evidence: bool = True) -> Iterator[tuple[str, str, str]]:
    spans = props.get("evidence")
    if is_span_list(spans):
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
    if spans and evidence:  # last, so that Turtle groups each subject's own triples together
        yield from evidence_triples(s, spans, terms)


def is_span_list(value) -> bool:
    """Whether a property value is rendered as evidence records (``evidence_triples``), not as a property."""
    return isinstance(value, list) and all(isinstance(e, dict) for e in value)


def evidence_triples(s: str, spans: list[dict], terms: _Terms) -> Iterator[tuple[str, str, str]]:
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


# the mapping's public surface: the exports, and the vocabulary and IRIs users of this module have always had here
__all__ = ["DEFAULT_BASE", "FORMATS", "GK", "PREFIXES", "check_base", "export", "format_for", "graph_iri", "iter_triples",
           "node_iri", "ntriples_text", "property_local", "relationship_iri", "to_rdflib", "write_ntriples"]
