"""Applying a ``GraphDelta`` to an existing pyoxigraph store: the incremental path of ``oxigraph``.

Why: rebuilding the RDF store was 28 s of a build that added ten articles
to 10k.  Every triple of the mapping (``rdf.iter_triples``) has as subject a
node, a relationship (``gk:Relationship``) or an evidence record of one of
them, except the direct edge triples (``<official> org:holds <office>``),
whose subject is the edge's source node.  So a changed or removed node loses
the triples of its subject except the direct edge triples (IRI objects under
a predicate the node mapping does not use), plus its evidence records; a
changed or removed relationship loses its own subject and evidence records,
and its direct triple when no edge of the new graph still states it (HOLDS
in several capacities share one).  The upserted items' triples are then
rendered by the same mapping and added.  The store ends up holding exactly
the triples a fresh ``write_store(graph)`` would.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left

from ..delta import GraphDelta
from ..model import Graph
from .ntriples import _SURROGATE, literal, ntriples_chunks
from .rdf import edge_triples, evidence_triples, lower_camel, node_triples, property_triples
from .rdf_vocab import (_EDGE_TERMS, EDGE_RESERVED, GK_EVIDENCE, GK_LISTPROP, LIST_PROPERTIES, NODE_RESERVED,
                        ORG_HELD_BY, OWL_SAMEAS, PROV_DERIVED, RDF_TYPE, _p, _Terms, property_local)

# Predicates under which a node's own triples have IRI objects; any other IRI object is a direct edge triple.
_NODE_IRI_PREDICATES = {t[1:-1] for t in (RDF_TYPE, PROV_DERIVED, OWL_SAMEAS, GK_EVIDENCE)}
CHUNK_TRIPLES = 100_000


def _named(term: str):
    import pyoxigraph as ox
    return ox.NamedNode(term[1:-1])


def _rel_term(key: tuple, base: str) -> str:
    return f"<{base}rel/{hashlib.sha1('|'.join(key).encode('utf-8', 'surrogatepass')).hexdigest()[:16]}>"


def _direct_predicate(edge_type: str) -> str:
    return _EDGE_TERMS.get(edge_type) or _p("gk", lower_camel(edge_type))


def _subject_quads(store, subject, keep_direct: bool) -> list:
    """The quads of ``subject`` and of its evidence records (without its direct edge triples if asked)."""
    import pyoxigraph as ox
    quads, evidence = [], []
    for q in store.quads_for_pattern(subject, None, None):
        if keep_direct and isinstance(q.object, ox.NamedNode) and q.predicate.value not in _NODE_IRI_PREDICATES:
            continue
        quads.append(q)
        if q.predicate.value == GK_EVIDENCE[1:-1]:
            evidence.append(q.object)
    for ev in evidence:
        quads.extend(store.quads_for_pattern(ev, None, None))
    return quads


def apply(store, graph: Graph, delta: GraphDelta, base: str) -> dict:
    """Apply ``delta`` (whose result is ``graph``) to ``store``; returns counts of removed and added triples."""
    import pyoxigraph as ox
    terms = _Terms(base)
    doomed: list = []
    for nid in [*delta.delete_nodes, *(n.id for n in delta.upsert_nodes)]:
        doomed.extend(_subject_quads(store, _named(terms.node(nid)), keep_direct=True))
    for key in [*delta.delete_edges, *(e.key for e in delta.upsert_edges)]:
        doomed.extend(_subject_quads(store, _named(_rel_term(tuple(key), base)), keep_direct=False))
    if delta.delete_edges:
        stated = {(e.type, e.source, e.target) for e in graph.edges.values()}
        for etype, source, target, *_ in delta.delete_edges:
            if (etype, source, target) in stated:
                continue
            s, o = _named(terms.node(source)), _named(terms.node(target))
            doomed.append(ox.Quad(s, _named(_direct_predicate(etype)), o, ox.DefaultGraph()))
            if etype == "HOLDS":
                doomed.append(ox.Quad(o, _named(ORG_HELD_BY), s, ox.DefaultGraph()))
    removed = 0
    for q in doomed:
        if q in store:
            store.remove(q)
            removed += 1

    def fresh():
        for node in delta.upsert_nodes:
            yield from node_triples(node, terms)
        for edge in delta.upsert_edges:
            yield from edge_triples(edge, terms, True)

    added = 0
    for text, n in ntriples_chunks(fresh(), CHUNK_TRIPLES):
        store.load(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        added += n
    return {"removed_triples": removed, "added_triples": added}


def _diff(new_triples, old_triples, add: set, remove: set) -> None:
    new, old = set(new_triples), set(old_triples)
    add |= new - old
    remove |= old - new


def _spans(value) -> list | None:
    """A non-empty evidence list of span records (rendered span by span), else None."""
    if isinstance(value, list) and value and all(isinstance(e, dict) for e in value):
        return value
    return None


def _diff_properties(s: str, old: dict, new: dict, terms: _Terms, reserved: frozenset, add: set, remove: set) -> None:
    """The triples that differ between two versions of one subject with the same labels (or edge key): a
    property's triples depend on its own name and value only, and each evidence span renders alone, so
    only the properties that differ — and of the evidence, only the spans that differ — are rendered."""
    for name in old.keys() | new.keys():
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if name == "evidence" and (sa := _spans(a)) is not None and (sb := _spans(b)) is not None:
            ka, kb = _span_keys(sa), _span_keys(sb)
            seen_a, seen_b = set(ka), set(kb)
            _diff(evidence_triples(s, [e for e, k in zip(sb, kb) if k not in seen_a], terms),
                  evidence_triples(s, [e for e, k in zip(sa, ka) if k not in seen_b], terms), add, remove)
            continue
        if _plain_strings(name, a, b):
            _diff_strings(s, name, a, b, terms, reserved, add, remove)
            continue
        _diff(property_triples(s, {name: b}, terms, reserved) if name in new else (),
              property_triples(s, {name: a}, terms, reserved) if name in old else (), add, remove)


def _span_keys(spans: list[dict]) -> list[tuple]:
    """(article, start, end) of each span, as ``evidence_triples`` reads them (a Region's evidence is
    thousands of spans: one comprehension, not a call a span)."""
    return [(str(e.get("article", "")), int(e.get("start", 0)), int(e.get("end", 0))) for e in spans]


def _plain_strings(name: str, a, b) -> bool:
    """Both values are lists of strings without lone surrogates, under a name whose values render one by one.

    Then each value's triples (its literal, the mirror's, ``prov:wasDerivedFrom`` of a source) are its
    own: escaping and percent-encoding are one-to-one on such strings, so no two values share a triple
    (lone surrogates all become U+FFFD; ``wikidata`` keeps only the tail of an IRI)."""
    if name == "wikidata" or type(a) is not list or type(b) is not list:
        return False
    if not all(type(v) is str for v in a) or not all(type(v) is str for v in b):
        return False
    return _SURROGATE.search("".join(a)) is None and _SURROGATE.search("".join(b)) is None


def _diff_strings(s: str, name: str, a: list, b: list, terms: _Terms, reserved: frozenset, add: set,
                  remove: set) -> None:
    """The triples that differ between two lists of plain strings (``_plain_strings``): those of the values
    only one list holds, and the list marker when one list has it and the other not.

    Why: a region or topic mentioned by ten new articles gains ten ``sources`` of thousands; rendering
    both lists whole (two triples a value) and comparing them was most of the RDF update's own time."""
    had, has = set(a), set(b)
    came, gone = sorted(has - had), sorted(had - has)
    _diff(_value_triples(s, name, came, terms, reserved), _value_triples(s, name, gone, terms, reserved), add,
          remove)
    if _listed(name, a, reserved) != _listed(name, b, reserved):
        (add if _listed(name, b, reserved) else remove).add((s, GK_LISTPROP, literal(name)))


def _value_triples(s: str, name: str, values: list, terms: _Terms, reserved: frozenset) -> list:
    """The triples ``values`` render to under ``name``, without the list marker."""
    if not values:
        return []
    return [t for t in property_triples(s, {name: values}, terms, reserved) if t[1] != GK_LISTPROP]


def _listed(name: str, value: list, reserved: frozenset) -> bool:
    """Whether ``property_triples`` marks this list value with ``gk:listProperty``."""
    return len(value) != 1 or property_local(name, reserved) not in LIST_PROPERTIES


def _direct(etype: str, s: str, o: str) -> list[tuple[str, str, str]]:
    out = [(s, _direct_predicate(etype), o)]
    if etype == "HOLDS":
        out.append((o, ORG_HELD_BY, s))
    return out


def _group_sizes(graph: Graph, groups, edge_keys: list | None) -> dict[tuple, int]:
    """How many edges of ``graph`` each (type, source, target) of ``groups`` has.

    Why the sorted keys: the edges of one group are adjacent in them (a key is the group and a capacity), so
    each group is two bisections instead of a pass over every edge of the graph (~2M at 100k articles)."""
    now: dict[tuple, int] = {}
    if edge_keys is None:
        for key in graph.edges:
            if key[:3] in groups:
                now[key[:3]] = now.get(key[:3], 0) + 1
        return now
    for group in groups:
        lo = bisect_left(edge_keys, group)
        hi = bisect_left(edge_keys, (*group[:2], group[2] + "\0"), lo)  # past every capacity of the group
        if hi > lo:
            now[group] = hi - lo
    return now


def apply_diff(store, graph: Graph, delta: GraphDelta, base: str) -> dict:
    """Apply ``delta`` knowing each changed record's previous value (``delta.olds_known``): only the
    triples that differ between a record's old and new rendering are removed or added.

    Why: a region or topic that ten new articles mention gains ten evidence records but renders
    thousands of triples; removing and re-adding all of them was most of the RDF update (−193k/+196k
    triples for ten articles on 10k).  Direct edge triples, shared by edges of one (type, source,
    target), are decided per group: stated before by an edge that was not new or by a deleted one,
    stated now by any edge of ``graph``.
    """
    import pyoxigraph as ox
    terms = _Terms(base)
    add: set = set()
    remove: set = set()
    for node in delta.upsert_nodes:
        old = delta.old_nodes.get(node.id)
        if old is None:
            add.update(node_triples(node, terms))
        elif old.labels != node.labels:
            _diff(node_triples(node, terms), node_triples(old, terms), add, remove)
        else:
            _diff_properties(terms.node(node.id), old.properties, node.properties, terms, NODE_RESERVED,
                             add, remove)
    for nid in delta.delete_nodes:
        remove.update(node_triples(delta.old_nodes[nid], terms))
    groups: dict[tuple, int] = {}  # (type, source, target) -> edges of it that are new (no previous value)
    for edge in delta.upsert_edges:
        old = delta.old_edges.get(edge.key)
        if old is None:
            add.update(edge_triples(edge, terms, False))
        else:
            _diff_properties(_rel_term(edge.key, base), old.properties, edge.properties, terms, EDGE_RESERVED,
                             add, remove)
        group = edge.key[:3]
        groups[group] = groups.get(group, 0) + (old is None)
    deleted_groups = set()
    for key in delta.delete_edges:
        remove.update(edge_triples(delta.old_edges[tuple(key)], terms, False))
        deleted_groups.add(tuple(key)[:3])
        groups.setdefault(tuple(key)[:3], 0)
    if groups:
        now = _group_sizes(graph, groups, delta.order[1] if delta.order is not None else None)
        for group, fresh in groups.items():
            stated_now = now.get(group, 0) > 0
            stated_before = now.get(group, 0) - fresh > 0 or group in deleted_groups
            if stated_now != stated_before:
                etype, source, target = group
                triples = _direct(etype, terms.node(source), terms.node(target))
                (add if stated_now else remove).update(triples)
    if remove:
        text = "".join(f"{s} {p} {o} .\n" for s, p, o in remove).encode("utf-8")
        for quad in ox.parse(text, ox.RdfFormat.N_TRIPLES):
            store.remove(quad)
    for text, _n in ntriples_chunks(sorted(add), CHUNK_TRIPLES):
        store.load(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    return {"removed_triples": len(remove), "added_triples": len(add)}
