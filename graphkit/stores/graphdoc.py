"""The JSON graph document (graph.json) and its streaming form (graph.jsonl).

Both are written atomically and in sorted order so the same graph always
gives the same bytes.  ``read_graph`` accepts either form (or a build output
folder) and validates every record.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from json.encoder import c_make_encoder, encode_basestring
from pathlib import Path

from pydantic import ValidationError

from ..atomic import atomic_write
from ..errors import GraphDocumentError
from ..model import Edge, Graph, Node


def _chunker() -> Callable[[dict], list[str]]:
    """The pieces of one record's compact JSON, from one encoder built once: ``json.dumps`` with options builds
    a JSONEncoder and a C encoder per call, a fifth of the encoding time of ``graphkit extract``'s ~40 records
    an article.  No circular check (records are trees read from JSON or built by extraction), so a reused
    encoder keeps no state between records.  The pure-Python encoder where the C accelerator is missing."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
    if c_make_encoder is None:
        return lambda obj: list(encoder.iterencode(obj))
    encode = c_make_encoder(None, encoder.default, encode_basestring, None, ":", ",", False, False, True)
    return lambda obj: encode(obj, 0)


_chunks = _chunker()


def _dumps(obj: dict) -> str:
    return "".join(_chunks(obj))


def record_json(item: Node | Edge) -> str:
    """One node's or edge's line of graph.json (without its separator)."""
    return _dumps(item.to_dict())


def write_json(graph: Graph, path: str | Path) -> Path:
    """graph.json: one object, one node or edge per line inside its list (diff-friendly)."""
    path = Path(path)
    with atomic_write(path) as fh:
        fh.write('{"nodes":[\n')
        for i, n in enumerate(graph.sorted_nodes()):
            fh.write(("," if i else "") + _dumps(n.to_dict()) + "\n")
        fh.write('],\n"edges":[\n')
        for i, e in enumerate(graph.sorted_edges()):
            fh.write(("," if i else "") + _dumps(e.to_dict()) + "\n")
        fh.write("]}\n")
    return path


def _records(graph: Graph) -> Iterator[dict]:
    """graph.jsonl records: ``{"kind": "node"|"edge", ...}``, nodes first (``to_dict`` with the kind, built
    directly: the labels need no copy for encoding)."""
    for n in graph.sorted_nodes():
        props = n.properties
        yield {"kind": "node", "id": n.id, "labels": n.labels, "properties": {k: props[k] for k in sorted(props)}}
    for e in graph.sorted_edges():
        props = e.properties
        yield {"kind": "edge", "type": e.type, "source": e.source, "target": e.target,
               "properties": {k: props[k] for k in sorted(props)}}


def _record_of(item: Node | Edge) -> dict:
    props = item.properties
    if isinstance(item, Node):
        return {"kind": "node", "id": item.id, "labels": item.labels, "properties": {k: props[k] for k in sorted(props)}}
    return {"kind": "edge", "type": item.type, "source": item.source, "target": item.target,
            "properties": {k: props[k] for k in sorted(props)}}


def jsonl_line(item: Node | Edge) -> str:
    """The graph.jsonl line of one node or edge (what ``jsonl_lines`` writes for it)."""
    return _dumps(_record_of(item)) + "\n"


def jsonl_batch(items: list) -> list[str]:
    """``[jsonl_line(item) for item in items]`` in one encoder call (as ``jsonl_text``, which says why the
    split is safe): the records an incremental build encodes are ~180k at 100k articles, scattered."""
    records = [_record_of(item) for item in items]
    if not records:
        return []
    text = _dumps(records)
    if text.count(_NEXT_RECORD) != len(records) - 1:
        return [_dumps(record) + "\n" for record in records]
    parts = text[1:-1].split(_NEXT_RECORD)
    return [parts[0] + "\n", *['{"kind":"' + part + "\n" for part in parts[1:]]]


def jsonl_lines(graph: Graph) -> Iterator[str]:
    """graph.jsonl lines: one record a line."""
    for record in _records(graph):
        yield _dumps(record) + "\n"


_NEXT_RECORD = ',{"kind":"'


def jsonl_text(graph: Graph) -> str:
    """All graph.jsonl lines of one (article) graph as one string: what ``graphkit extract``'s
    workers send back, so the parent process only writes.

    The records are encoded as one JSON list in one encoder call (one call per record cost half the
    encoding time) and the list's commas between records become newlines.  Those commas are the
    ``,{"kind":"`` in the text: ``{"`` cannot occur inside an encoded string (its quotes are escaped
    and a closing quote is followed by ``,:]}``), so that is a list item opening with the key "kind".
    A record whose properties hold such an item would add one; then every record is encoded alone."""
    records = list(_records(graph))
    if not records:
        return ""
    text = _dumps(records)
    if text.count(_NEXT_RECORD) == len(records) - 1:
        return text[1:-1].replace(_NEXT_RECORD, '\n{"kind":"') + "\n"
    return "".join([_dumps(record) + "\n" for record in records])


def write_jsonl(graph: Graph, path: str | Path) -> Path:
    """graph.jsonl, streamed line by line (a resolved graph can be large)."""
    path = Path(path)
    with atomic_write(path) as fh:
        fh.writelines(jsonl_lines(graph))
    return path


def iter_records(path: str | Path) -> Iterator[Node | Edge]:
    """Stream nodes and edges from graph.json, graph.jsonl or a build output folder."""
    path = resolve_graph_path(path)
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if line.strip():
                    yield _record(line, path, no)
        return
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GraphDocumentError(f"not a JSON graph document ({exc})", path=str(path)) from exc
    if not isinstance(doc, dict) or "nodes" not in doc:
        raise GraphDocumentError("no 'nodes' list in the document", path=str(path))
    try:
        for n in doc.get("nodes", []):
            yield Node.model_validate(n)
        for e in doc.get("edges", []):
            yield Edge.model_validate(e)
    except ValidationError as exc:
        raise GraphDocumentError(f"invalid record: {exc.errors()[0]['msg']}", path=str(path)) from exc


def _record(line: str, path: Path, no: int) -> Node | Edge:
    try:
        obj = json.loads(line)
        kind = obj.pop("kind", None) or ("edge" if "source" in obj else "node")
        return Edge.model_validate(obj) if kind == "edge" else Node.model_validate(obj)
    except (json.JSONDecodeError, ValidationError, AttributeError) as exc:
        raise GraphDocumentError(f"invalid graph record ({type(exc).__name__})", path=str(path), line=no) from exc


def read_graph(path: str | Path) -> Graph:
    graph = Graph()
    for rec in iter_records(path):
        if isinstance(rec, Node):
            graph.add_node(rec)
        else:
            graph.add_edge(rec)
    return graph


def resolve_graph_path(path: str | Path) -> Path:
    """A build folder means its graph.json; a missing file is a clear error."""
    path = Path(path)
    if path.is_dir():
        for name in ("graph.json", "graph.jsonl"):
            if (path / name).is_file():
                return path / name
        raise GraphDocumentError("the folder has no graph.json", path=str(path),
                                 fix="run 'graphkit build ARTICLES -o FOLDER' first")
    if not path.is_file():
        raise GraphDocumentError("no such graph document", path=str(path),
                                 fix="give the path of a graph.json, graph.jsonl or build folder")
    return path
