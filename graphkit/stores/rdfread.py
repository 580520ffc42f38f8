"""Reading an RDF export back into a ``graphkit.model.Graph``.

Why: the RDF export must be a faithful form of the graph document, not a
lossy report.  Reading it back (and comparing with the original) is the
round-trip test that proves it, and it lets a user who only kept the Turtle
or N-Triples file rebuild graph.json and every other store from it.

Only the ``gk:`` statements are read; the standard mirrors (schema:name,
dcterms:date, org:holds ...) are derived data and ignored.  Node ids come
from ``gk:id``; an IRI whose node is absent (a dangling edge end, an article
that is only cited) is decoded from its percent-encoded path.  What does
not survive: ``None`` values (not written) and the order of list elements
(lists come back sorted, which is how merged graphs hold them anyway).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

from ..errors import GraphDocumentError
from ..model import Edge, Graph, Node, canonical
from .ntriples import RDF_JSON, XSD
from .rdf import format_for
from .rdf_vocab import DEFAULT_BASE, GK, LIST_PROPERTIES, PREFIXES

RDF_TYPE = PREFIXES["rdf"] + "type"
_RESERVED = {"id", "label", "listProperty", "evidence"}
_REL_FIELDS = {"type", "source", "target"}
_NOT_LABELS = {"Relationship", "Evidence"}
_INTS = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}


class _IRI(str):
    """An IRI object (as opposed to a literal)."""


def _value(lexical: str, datatype: str | None):
    if datatype in _INTS:
        return int(lexical)
    if datatype == XSD + "boolean":
        return lexical.strip() in ("true", "1")
    if datatype in (XSD + "double", XSD + "float", XSD + "decimal"):
        return float(lexical)
    if datatype == RDF_JSON:
        return json.loads(lexical)
    return lexical


def _triples_oxigraph(path: Path, key: str):
    import pyoxigraph as ox
    fmt = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
           "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML}[key]
    for q in ox.parse(path=str(path), format=fmt):
        s, p, o = q.subject, q.predicate, q.object
        sv = s.value if isinstance(s, ox.NamedNode) else "_:" + s.value
        if isinstance(o, ox.Literal):
            yield sv, p.value, _value(o.value, o.datatype.value)
        else:
            yield sv, p.value, _IRI(o.value if isinstance(o, ox.NamedNode) else "_:" + o.value)


def _triples_rdflib(graph):
    import rdflib
    for t in graph:  # triples from a Graph, quads from a Dataset
        s, p, o = t[:3]
        sv = str(s) if isinstance(s, rdflib.URIRef) else "_:" + str(s)
        if isinstance(o, rdflib.Literal):
            dt = str(o.datatype) if o.datatype else None
            yield sv, str(p), _value(str(o), dt)
        else:
            yield sv, str(p), _IRI(str(o) if isinstance(o, rdflib.URIRef) else "_:" + str(o))


def read_rdf(path: str | Path, fmt: str | None = None, base: str = DEFAULT_BASE) -> Graph:
    """Read an RDF file (ttl, nt, nq, trig, jsonld, rdf/xml) written by graphkit into a Graph."""
    path = Path(path)
    if not path.is_file():
        raise GraphDocumentError("no such RDF file", path=str(path))
    key = format_for(path, fmt)
    try:
        if key == "jsonld":
            import rdflib
            ds = rdflib.Dataset()
            ds.parse(str(path), format="json-ld")
            return graph_from_triples(_triples_rdflib(ds), base)
        return graph_from_triples(_triples_oxigraph(path, key), base)
    except SyntaxError as exc:
        raise GraphDocumentError(f"not valid RDF ({exc})", path=str(path),
                                 fix="check the format (-f) and the file") from exc


def graph_from_rdflib(graph, base: str = DEFAULT_BASE) -> Graph:
    return graph_from_triples(_triples_rdflib(graph), base)


def graph_from_triples(triples, base: str = DEFAULT_BASE) -> Graph:
    """Rebuild nodes (subjects with gk:id) and edges (gk:Relationship subjects)."""
    subjects: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        subjects[s][p].append(o)
    ids = {s: str(po[GK + "id"][0]) for s, po in subjects.items() if GK + "id" in po}

    def node_id(iri: str) -> str:
        if iri in ids:
            return ids[iri]
        path = iri[len(base):] if iri.startswith(base) else iri
        return ":".join(unquote(seg) for seg in path.split("/"))

    graph = Graph()
    for s, po in subjects.items():
        types = {t[len(GK):] for t in po.get(RDF_TYPE, ()) if t.startswith(GK)}
        if "Relationship" in types:
            graph.add_edge(Edge(type=str(po[GK + "type"][0]), source=node_id(po[GK + "source"][0]),
                                target=node_id(po[GK + "target"][0]),
                                properties=_properties(po, subjects, node_id, _REL_FIELDS)))
        elif s in ids:
            labels = sorted(unquote(t) for t in types - _NOT_LABELS)
            primary = [str(v) for v in po.get(GK + "label", ())]
            if primary and primary[0] in labels:
                labels = [primary[0], *[x for x in labels if x != primary[0]]]
            graph.add_node(Node(id=ids[s], labels=labels, properties=_properties(po, subjects, node_id, ())))
    return graph


def _properties(po: dict, subjects: dict, node_id, skip) -> dict:
    lists = {str(v) for v in po.get(GK + "listProperty", ())}
    props: dict = {}
    for p, values in po.items():
        if not p.startswith(GK):
            continue
        local = unquote(p[len(GK):])
        if local in _RESERVED or local in skip:
            continue
        name = local[2:] if local.startswith("p_") else local  # see rdf.property_local
        values = [v for v in values if not isinstance(v, _IRI)]  # direct edge triples
        if not values:
            continue
        if len(values) > 1 or name in lists or local in LIST_PROPERTIES:
            props[name] = sorted(values, key=canonical)
        else:
            props[name] = values[0]
    for name in lists - props.keys():
        props[name] = []
    spans = []
    for ev in po.get(GK + "evidence", ()):
        e = subjects.get(ev, {})
        if GK + "article" in e:
            spans.append({"article": node_id(e[GK + "article"][0]), "start": int(e[GK + "start"][0]),
                          "end": int(e[GK + "end"][0])})
    if spans:
        props["evidence"] = sorted(spans, key=lambda d: (d["article"], d["start"], d["end"]))
    return props
