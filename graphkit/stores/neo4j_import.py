"""neo4j-admin bulk-import CSV files, and the Neo4j Browser favourites bundle.

``neo4j-admin database import full`` is the fastest way into an empty Neo4j
database (millions of rows a minute, no transactions); it needs one CSV per
node label and per relationship type with typed headers.  The files here follow
the shared flattening contract (``stores/flatten.py``), so a bulk import and a
``graphkit load neo4j`` give the same properties:

* node files ``nodes_<Label>.csv``: ``id:ID``, ``:LABEL`` (all labels, primary
  first), then one typed column per property (``name``, ``aliases:string[]``,
  ``evidence_start:int[]``, ``count:long``, ``flag:boolean`` ...);
* relationship files ``rels_<TYPE>.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE``,
  ``key`` and the properties;
* arrays are joined with ``;``.  neo4j-admin cannot escape its array
  delimiter, so when any array element (or label) contains ``;`` the export
  picks the first of ``| ¦ ¤`` that occurs nowhere and says so in import.sh;
* a column whose values mix types is written as ``string`` text;
* empty strings and empty lists are written as empty fields, which
  neo4j-admin imports as "no property" (the same as null in Cypher).

Every file is written atomically; ``import.sh`` holds the exact command.
"""
from __future__ import annotations

import csv
import io
import re
import shlex
import zipfile
from pathlib import Path
from typing import Any

from ..atomic import atomic_write, atomic_write_text
from ..errors import StoreError
from ..model import EDGE_TYPES, LABELS, Edge, Graph, Node
from .flatten import edge_key, flatten_props, unflatten_props
from .textsafe import utf8_safe

DELIMITERS = (";", "|", "¦", "¤")
_INT32 = (-(2 ** 31), 2 ** 31 - 1)
_TYPE_RE = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+(?:\[\])?))?$")


def _scalar_type(values: list) -> str:
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "int" if all(_INT32[0] <= v <= _INT32[1] for v in values) else "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def column_type(values: list) -> str:
    """The neo4j-admin type of one column, from all its (non-null) values."""
    if values and all(isinstance(v, list) for v in values):
        elements = [x for v in values for x in v]
        return _scalar_type(elements) + "[]" if elements else "string[]"
    if any(isinstance(v, list) for v in values):
        return "string"
    return _scalar_type(values)


def _text(value: Any, ctype: str, delim: str) -> str:
    if value is None or value == "" or value == []:
        return ""
    if ctype.endswith("[]"):
        return delim.join(_text(x, ctype[:-2], delim) for x in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if ctype == "string" and isinstance(value, list):
        return delim.join(str(x) for x in value)
    return str(value)


def _parse(text: str, ctype: str, delim: str) -> Any:
    if ctype.endswith("[]"):
        return [_parse(x, ctype[:-2], delim) for x in text.split(delim)]
    if ctype in ("int", "long", "short", "byte"):
        return int(text)
    if ctype in ("double", "float"):
        return float(text)
    if ctype == "boolean":
        return text == "true"
    return text


def choose_delimiter(graph: Graph) -> str:
    used = set()
    for item in [*graph.nodes.values(), *graph.edges.values()]:
        for v in flatten_props(item.properties).values():
            if isinstance(v, list):
                used.update(c for x in v if isinstance(x, str) for c in DELIMITERS if c in x)
    for d in DELIMITERS:
        if d not in used:
            return d
    raise StoreError("every candidate array delimiter (; | ¦ ¤) occurs inside some array value",
                     fix="use 'graphkit load neo4j' over Bolt instead of the bulk import")


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with atomic_write(path) as fh:
        w = csv.writer(fh, lineterminator="\r\n")  # RFC 4180; with "\n" a lone "\r" in a field went unquoted
        w.writerow([utf8_safe(h) for h in header])
        w.writerows([utf8_safe(c) for c in row] for row in rows)


def _table(records: list[tuple[list[str], dict]], fixed: list[str], delim: str) -> tuple[list[str], list]:
    """Header and rows for one file: fixed leading columns, then typed property columns."""
    names = sorted({k for _, props in records for k in props})
    types = {k: column_type([p[k] for _, p in records if k in p]) for k in names}
    header = fixed + [f"{k}:{types[k]}" if types[k] != "string" else k for k in names]
    rows = [lead + [_text(props.get(k), types[k], delim) for k in names] for lead, props in records]
    return header, rows


def export_import_csvs(graph: Graph, out: str | Path, *, database: str = "neo4j") -> dict:
    """Write the CSV files and import.sh into ``out``; return {files: {name: rows}, command, delimiter}."""
    out = Path(out)
    delim = choose_delimiter(graph)
    by_label: dict[str, list] = {}
    for n in graph.sorted_nodes():
        labels = [x for x in n.labels if x in LABELS]
        if len(labels) != len(n.labels):
            raise StoreError(f"node {n.id!r} has a label outside graphkit.model.LABELS", fix="fix the graph document")
        props = {k: v for k, v in flatten_props(n.properties).items() if k != "id"}
        by_label.setdefault(labels[0], []).append(([n.id, delim.join(labels)], props))
    by_type: dict[str, list] = {}
    for e in graph.sorted_edges():
        if e.type not in EDGE_TYPES:
            raise StoreError(f"relationship type {e.type!r} is not in EDGE_TYPES", fix="fix the graph document")
        props = {k: v for k, v in flatten_props(e.properties).items() if k != "key"}
        by_type.setdefault(e.type, []).append(([e.source, e.target, e.type, edge_key(e)], props))
    files: dict[str, int] = {}
    args = ["neo4j-admin", "database", "import", "full"]
    for label, records in sorted(by_label.items()):
        header, rows = _table(records, ["id:ID", ":LABEL"], delim)
        _write_csv(out / f"nodes_{label}.csv", header, rows)
        files[f"nodes_{label}.csv"] = len(rows)
        args.append(f"--nodes={label}=nodes_{label}.csv")
    for rtype, records in sorted(by_type.items()):
        header, rows = _table(records, [":START_ID", ":END_ID", ":TYPE", "key"], delim)
        _write_csv(out / f"rels_{rtype}.csv", header, rows)
        files[f"rels_{rtype}.csv"] = len(rows)
        args.append(f"--relationships={rtype}=rels_{rtype}.csv")
    args += [f"--array-delimiter={delim}", "--multiline-fields=true", "--overwrite-destination=true", database]
    command = " ".join(shlex.quote(a) for a in args)
    atomic_write_text(out / "import.sh", "#!/bin/sh\n# Bulk-import into database '" + database + "' (stop it "
                      "first; --overwrite-destination replaces it).\n# Written by 'graphkit export neo4j-import'.\n"
                      "set -e\ncd \"$(dirname \"$0\")\"\n" + command + "\n")
    (out / "import.sh").chmod(0o755)
    return {"out": str(out), "files": files, "delimiter": delim, "command": f"cd {shlex.quote(str(out))} && {command}"}


def _fields(header: list[str]) -> list[tuple[str, str]]:
    out = []
    for h in header:
        m = _TYPE_RE.match(h)
        out.append((m["name"], m["type"] or "string") if m else (h, "string"))
    return out


def read_import_csvs(folder: str | Path, delimiter: str | None = None) -> Graph:
    """Read an export back into a Graph (used by the tests; also a way to check files by hand)."""
    folder = Path(folder)
    if delimiter is None:
        line = (folder / "import.sh").read_text(encoding="utf-8").strip().splitlines()[-1]
        found = [a.split("=", 1)[1] for a in shlex.split(line) if a.startswith("--array-delimiter=")]
        delimiter = found[0] if found else ";"
    graph = Graph()
    for path in sorted(folder.glob("nodes_*.csv")) + sorted(folder.glob("rels_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            fields = _fields(next(reader))
            for row in reader:
                values = {(name, t): text for (name, t), text in zip(fields, row)}
                props = {name: _parse(text, t, delimiter) for (name, t), text in values.items()
                         if name and text != ""}
                if path.name.startswith("nodes_"):
                    labels = values[("", "LABEL")].split(delimiter)
                    props.pop("id", None)
                    graph.add_node(Node(id=values[("id", "ID")], labels=labels, properties=unflatten_props(props)))
                else:
                    props.pop("key", None)
                    graph.add_edge(Edge(type=values[("", "TYPE")], source=values[("", "START_ID")],
                                        target=values[("", "END_ID")], properties=unflatten_props(props)))
    return graph


def export_browser_favorites(queries: str | Path, out: str | Path) -> list[str]:
    """queries/*.cypher as a zip for Neo4j Browser's Favorites drawer (Import) plus an HTML guide.

    Browser names a favourite after its first comment line, which in our query
    files is ``// answers: ...``, so users see the question, not the file name.
    """
    queries, out = Path(queries), Path(out)
    files = sorted(queries.glob("*.cypher"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            zi = zipfile.ZipInfo(f"graphkit/{f.name}", date_time=(2024, 1, 1, 0, 0, 0))
            zf.writestr(zi, f.read_text(encoding="utf-8"))
    with atomic_write(out, "wb") as fh:
        fh.write(buf.getvalue())
    atomic_write_text(out.with_suffix(".html"), _guide(files))
    return [f.name for f in files]


_PARAM = re.compile(r"^// param (\w+):")
_DEFAULT = re.compile(r"\(default ([^)]+)\)")
_EXAMPLE = re.compile(r"e\.g\. (\"[^\"]*\"|-?\d+)")


def example_params(text: str) -> dict[str, str]:
    """``{name: Cypher literal}`` from the ``// param`` header lines: the default, else the first example."""
    out = {}
    for line in text.splitlines():
        m = _PARAM.match(line)
        value = m and (_DEFAULT.search(line) or _EXAMPLE.search(line))
        if value:
            out[m[1]] = value[1].strip()
    return out


def _guide(files: list[Path]) -> str:
    """A Neo4j Browser guide: one slide per query, a runnable ``:params`` block first where needed."""
    from html import escape
    slides = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        title = next((ln[2:].strip() for ln in text.splitlines() if ln.startswith("//")), f.stem)
        params = example_params(text)
        setp = (f"<pre class=\"code runnable\">:params {{{escape(', '.join(f'{k}: {v}' for k, v in params.items()))}}}"
                "</pre>\n") if params else ""
        slides.append(f"<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>{escape(f.stem)}</h3>\n"
                      f"<p>{escape(title)}</p>\n{setp}<pre class=\"code runnable\">{escape(text.strip())}</pre>\n"
                      "</div>\n</slide>")
    return ("<style type=\"text/css\" media=\"screen\"></style>\n<article class=\"guide\">\n<carousel class=\"deck "
            "container-fluid\">\n" + "\n".join(slides) + "\n</carousel>\n</article>\n")
