"""SHACL validation of an RDF export (or a graph document) against graphkit/shapes.ttl.

Why: pyshacl's own report is a validation graph or a wall of text about
"Constraint Violation in MinCountConstraintComponent"; a user wants to know
which node (by its graph-document id), which property, and what is wrong.
``validate`` returns those as ``Violation`` records with plain-language
messages (the ``sh:message`` of each shape), and ``conforms``.

pyshacl is an optional dependency (extras ``validate`` and ``dev``).
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import OptionalDependencyError, RdfSyntaxError
from .rdf import DEFAULT_BASE, PREFIXES, format_for, to_rdflib

SH = "http://www.w3.org/ns/shacl#"
_RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


@dataclass
class Violation:
    focus: str          # the node id (gk:id) or, for relationships, "TYPE source -> target"
    iri: str
    path: str           # the property, as a prefixed name (gk:name)
    message: str
    severity: str = "Violation"
    value: str | None = None

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.focus}: {self.path or '(node)'}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    seconds: float
    violations: list[Violation] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"conforms": self.conforms, "triples": self.triples, "seconds": round(self.seconds, 3),
                "violations": [asdict(v) for v in self.violations]}


def shapes_graph():
    import rdflib
    g = rdflib.Graph()
    g.parse(data=resources.files("graphkit").joinpath("shapes.ttl").read_text("utf-8"), format="turtle")
    return g


def load_data(path: str | Path, fmt: str | None = None, base: str = DEFAULT_BASE):
    """An rdflib Graph of an RDF file (any graph name merged in), or of a graph document converted."""
    import rdflib
    path = Path(path)
    if path.is_dir() or path.suffix.lower() in (".json", ".jsonl"):
        from .graphdoc import read_graph
        return to_rdflib(read_graph(path), base)
    key = format_for(path, fmt)
    ds = rdflib.Dataset()
    try:
        ds.parse(str(path), format=_RDFLIB_FORMATS[key])
    except (OSError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 - every parser has its own error type; all mean "bad syntax"
        raise rdf_syntax_error(exc, path, key) from exc
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for quad in ds.quads((None, None, None, None)):
        g.add(quad[:3])
    return g


def rdf_syntax_error(exc: Exception, path: Path, fmt: str) -> RdfSyntaxError:
    """The parser's complaint as one line with the file's line and column, when the parser knows them."""
    line = col = None
    why = str(getattr(exc, "_why", "") or getattr(exc, "msg", "") or exc).strip().splitlines()
    why = why[0] if why else type(exc).__name__
    if hasattr(exc, "lines") and hasattr(exc, "_i") and hasattr(exc, "_str"):   # rdflib Turtle/N3 BadSyntax
        text = exc._str.decode("utf-8", "replace") if isinstance(exc._str, bytes) else str(exc._str)
        line, col = exc.lines + 1, exc._i - text.rfind("\n", 0, exc._i)
    elif hasattr(exc, "lineno") and hasattr(exc, "colno"):                       # JSON-LD: json.JSONDecodeError
        line, col = exc.lineno, exc.colno
    elif hasattr(exc, "getLineNumber"):                                          # RDF/XML: SAXParseException
        line, col = exc.getLineNumber(), exc.getColumnNumber()
    where = f"column {col}: " if col is not None else ""   # the line is in the path:line prefix
    return RdfSyntaxError(f"{where}not valid {fmt} ({why})", path=str(path), line=line)


def validate(data, *, fmt: str | None = None, base: str = DEFAULT_BASE) -> ValidationReport:
    """Validate ``data`` (a path or an rdflib Graph) against the packaged SHACL shapes."""
    try:
        import pyshacl
    except ImportError as exc:
        raise OptionalDependencyError("validation needs pyshacl, which is not installed",
                                      "pip install 'graphkit[validate]'") from exc
    graph = data if hasattr(data, "triples") else load_data(data, fmt, base)
    started = time.perf_counter()
    conforms, results, _text = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none",
                                                abort_on_first=False, allow_warnings=True)
    report = ValidationReport(bool(conforms), len(graph), time.perf_counter() - started)
    report.violations = sorted(_violations(results, graph), key=lambda v: (v.focus, v.path, v.message))
    return report


def _violations(results, data):
    import rdflib
    sh = rdflib.Namespace(SH)
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = results.value(r, sh.focusNode)
        path = results.value(r, sh.resultPath)
        message = results.value(r, sh.resultMessage)
        value = results.value(r, sh.value)
        severity = results.value(r, sh.resultSeverity)
        yield Violation(focus=_describe(focus, data), iri=str(focus),
                        path=data.namespace_manager.normalizeUri(path) if isinstance(path, rdflib.URIRef) else "",
                        message=str(message or "does not conform"),
                        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                        value=None if value is None else str(value))


def _describe(node, data) -> str:
    """A node by its graph-document id; a relationship as 'TYPE source -> target'."""
    import rdflib
    gk = rdflib.Namespace(PREFIXES["gk"])
    node_id = data.value(node, gk.id)
    if node_id is not None:
        return str(node_id)
    rel_type = data.value(node, gk.type)
    if rel_type is not None:
        ends = [data.value(data.value(node, p), gk.id) or data.value(node, p) for p in (gk.source, gk.target)]
        return f"{rel_type} {ends[0]} -> {ends[1]}"
    owner = next(data.subjects(gk.evidence, node), None)
    if owner is not None:
        return f"evidence of {_describe(owner, data)}"
    return str(node)
