"""The graph as a networkx ``MultiDiGraph``, and file exports built on it.

Why a MultiDiGraph: the graph model allows several relationships between the
same two nodes (an official both LED and ATTENDED an event, or HOLDS an office
as Plt and later as definitif), so the edge key is the relationship identity
(``TYPE`` or ``HOLDS|capacity``).  Every property is kept; the in-memory graph
keeps lists and maps as they are, while GraphML/GEXF/CSV, which only know
scalars, get them as JSON strings (``scalar_graph``).  Each attribute key has
one type across the whole file so GraphML keys are typed consistently for
Gephi and yEd.

Node attributes: ``labels`` (all labels), ``nodelabel`` (the primary label;
not ``kind``, which Region and Organization use as a property) and ``label``,
the display text that Gephi and yEd show, plus every property.  Edge
attributes: ``type`` plus the relationship's properties.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import atomic_write
from ..model import Edge, Graph, Node
from .textsafe import utf8_safe, xml_safe

FORMATS = ("networkx", "graphml", "gexf", "csv")
RESERVED = ("labels", "nodelabel", "label")


def display_name(node: Node) -> str:
    """The text a person would use to refer to the node."""
    p = node.properties
    for key in ("name", "title"):
        if p.get(key):
            return str(p[key])
    if p.get("text"):
        text = str(p["text"])
        return text if len(text) <= 60 else text[:57] + "…"
    if node.label == "Event":
        return " ".join(str(x) for x in (p.get("type"), p.get("date")) if x) or node.id
    return node.id


def edge_key(edge: Edge) -> str:
    cap = edge.properties.get("capacity") if edge.type == "HOLDS" else None
    return f"{edge.type}|{cap}" if cap else edge.type


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Every node and relationship with every property (lists/maps kept as Python values)."""
    g = nx.MultiDiGraph()
    for node in graph.sorted_nodes():
        attrs = {k: v for k, v in node.properties.items() if k not in RESERVED}
        g.add_node(node.id, labels=list(node.labels), nodelabel=node.label,
                   label=display_name(node), **attrs)
    for edge in graph.sorted_edges():
        g.add_edge(edge.source, edge.target, key=edge_key(edge), type=edge.type, **edge.properties)
    return g


def _scalar(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _kind(value) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "str"


def _unify(items: list[dict]) -> None:
    """Drop None, JSON-encode containers, and give each key one type (else str)."""
    kinds: dict[str, set[str]] = {}
    for attrs in items:
        for k in list(attrs):
            v = attrs[k]
            if v is None:
                del attrs[k]
                continue
            attrs[k] = v = _scalar(v)
            kinds.setdefault(k, set()).add(_kind(v))
    mixed = {k for k, s in kinds.items() if len(s) > 1}
    if mixed:
        for attrs in items:
            for k in mixed & attrs.keys():
                attrs[k] = str(attrs[k])


def scalar_graph(graph: Graph, clean: Callable[[Any], Any] = utf8_safe) -> nx.MultiDiGraph:
    """A copy whose attribute values are all str/int/float/bool (for GraphML, GEXF, CSV), every
    text (ids, keys, values) passed through ``clean`` (``xml_safe`` for the XML formats)."""
    g = to_networkx(graph)
    _unify([d for _, d in g.nodes(data=True)])
    _unify([d for _, _, d in g.edges(data=True)])
    return _cleaned(g, clean)


def _clean_attrs(attrs: dict, clean: Callable[[Any], Any]) -> None:
    for k in list(attrs):
        ck, cv = clean(k), clean(attrs[k])
        if ck != k:
            del attrs[k]
        attrs[ck] = cv


def _cleaned(g: nx.MultiDiGraph, clean: Callable[[Any], Any]) -> nx.MultiDiGraph:
    """``g`` with ``clean`` applied to every text; rebuilt only when a node id or edge key changes."""
    for _, d in g.nodes(data=True):
        _clean_attrs(d, clean)
    for _, _, d in g.edges(data=True):
        _clean_attrs(d, clean)
    if all(clean(n) == n for n in g) and all(clean(k) == k for _, _, k in g.edges(keys=True)):
        return g
    out = nx.MultiDiGraph()
    out.add_nodes_from((clean(n), d) for n, d in g.nodes(data=True))
    out.add_edges_from((clean(u), clean(v), clean(k), d) for u, v, k, d in g.edges(keys=True, data=True))
    return out


def node_link(graph: Graph) -> dict:
    """The pickle-free networkx export: node-link JSON, readable with ``nx.node_link_graph``."""
    return nx.node_link_data(to_networkx(graph), edges="edges")


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(doc, edges="edges")


def write_csv(graph: Graph, folder: str | Path) -> dict:
    """``nodes.csv`` (id, labels, label, properties...) and ``edges.csv`` (source, target, type, ...)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    g = scalar_graph(graph)
    nodes = [{"id": n, **d} for n, d in g.nodes(data=True)]
    edges = [{"source": u, "target": v, **d} for u, v, d in g.edges(data=True)]
    _write_rows(folder / "nodes.csv", ["id", "labels", "nodelabel", "label"], nodes)
    _write_rows(folder / "edges.csv", ["source", "target", "type"], edges)
    _shareable(folder / "nodes.csv", folder / "edges.csv")
    return {"nodes": len(nodes), "edges": len(edges),
            "paths": [str(folder / "nodes.csv"), str(folder / "edges.csv")]}


def _write_rows(path: Path, first: list[str], rows: list[dict]) -> None:
    rest = sorted({k for r in rows for k in r} - set(first))
    with atomic_write(path) as fh:
        w = csv.DictWriter(fh, fieldnames=first + rest, lineterminator="\r\n")  # "\n": a lone "\r" unquoted
        w.writeheader()
        for r in rows:
            w.writerow(r)


def export(graph: Graph, out: str | Path, fmt: str) -> dict:
    """Write ``graph`` to ``out`` in ``fmt`` (networkx | graphml | gexf | csv); csv ``out`` is a folder."""
    from ..errors import UsageError
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "csv":
        if out.suffix.lower() == ".csv":
            raise UsageError(f"{out} names a file, but the CSV export is two files (nodes.csv, edges.csv)",
                             f"give a folder instead, e.g. -o {out.with_suffix('')}")
        return {"format": fmt, **write_csv(graph, out)}
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "networkx":
        data = node_link(graph)
        with atomic_write(out) as fh:
            fh.write(utf8_safe(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)))
        n, m = len(data["nodes"]), len(data["edges"])
    else:
        g = scalar_graph(graph, xml_safe)
        with atomic_write(out, mode="wb", encoding=None) as fh:
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, fh)
        n, m = g.number_of_nodes(), g.number_of_edges()
    _shareable(out)
    return {"format": fmt, "nodes": n, "edges": m, "paths": [str(out)]}


def _shareable(*paths: Path) -> None:
    """Exports are for other tools and people: rw-r--r-- (atomic temp files start private)."""
    for p in paths:
        p.chmod(0o644)
