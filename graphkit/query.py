"""Named questions (queries/*.cypher, queries/*.rq) and the runner behind ``graphkit query``.

Why a header format: the same question is asked in Cypher (embedded store,
Neo4j) and SPARQL (the RDF store), and users pick questions from
``graphkit query --list``.  Each file starts with comment lines::

    // answers: who holds a post as an interim head ...
    // param topic: the topic slug (default "netralitas-asn")
    // example: graphkit query queries/statements_about.cypher --param topic=pilkada

(``#`` in .rq files).  A quoted default makes the parameter a string, a bare
number an integer; ``(required)`` or no default means it must be given (and
a quoted example in its description, ``e.g. "35.09"``, makes it a string).  In
SPARQL a parameter NAME is bound to the variable ``?NAME`` (or ``?VAR`` when
the header says ``param NAME as ?VAR``); a ``# limit: NAME`` line applies the
parameter as the row limit, because SPARQL cannot bind LIMIT.  A
``// official: name`` line says the parameter ``name`` names an official:
what the user types (a name, an alias, a part of a name, any case) is
resolved to the node id first (``graphkit.names_lookup``).  Values are
always bound by the engine, never pasted into the query text.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import query_guard
from .errors import QueryError, UsageError

PACKAGE_QUERIES = Path(__file__).resolve().parent / "queries"
REPO_QUERIES = Path(__file__).resolve().parent.parent / "queries"
_PARAM = re.compile(r"^param\s+(?P<name>\w+)(?:\s+as\s+\?(?P<var>\w+))?\s*:\s*(?P<desc>.*)$")
_DEFAULT = re.compile(r"\((?:default\s+(?P<value>\"[^\"]*\"|'[^']*'|-?\d+|[^)]*?)|(?P<required>required)[^)]*)\)")


@dataclass
class Param:
    name: str
    description: str = ""
    default: Any = None
    kind: str = "auto"          # "str", "int" or "auto" (int when all digits)
    variable: str | None = None  # SPARQL variable, when not ?name

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, text: str) -> Any:
        if self.kind == "str":
            return text
        if self.kind == "int" or (self.kind == "auto" and re.fullmatch(r"-?\d+", text)):
            try:
                return int(text)
            except ValueError as exc:
                raise UsageError(f"--param {self.name} must be an integer, not {text!r}") from exc
        return text


@dataclass
class QueryFile:
    """A query text and what its header says about it."""

    text: str
    language: str                 # "cypher" or "sparql"
    path: Path | None = None
    answers: str = ""
    example: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    limit_param: str | None = None
    officials: list[str] = field(default_factory=list)   # params naming an official (resolved to its id)

    @property
    def name(self) -> str:
        return self.path.stem if self.path else "(inline)"

    def bind(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """Parameter values: given ones (converted by the header's type), else defaults."""
        given = dict(given or {})
        for name in given:
            if not re.fullmatch(r"[A-Za-z_]\w*", str(name)):
                raise UsageError(f"parameter name {name!r} is not a name (letters, digits, _)",
                                 "write it as --param region=35.09")
        values: dict[str, Any] = {}
        for name, p in self.params.items():
            if name in given:
                raw = given.pop(name)
                values[name] = p.convert(raw) if isinstance(raw, str) else raw
            elif p.default is not None:
                values[name] = p.default
            else:
                raise QueryError(f"query {self.name} needs --param {name}=… ({p.description})",
                                 f"pass it, e.g. {self.example or f'--param {name}=VALUE'}")
        for name, raw in given.items():  # not declared (inline queries): int when digits
            values[name] = Param(name).convert(raw) if isinstance(raw, str) else raw
        return values


def parse(text: str, language: str, path: Path | None = None) -> QueryFile:
    """Read the header comment lines of a query."""
    q = QueryFile(text=text, language=language, path=path)
    marker = "//" if language == "cypher" else "#"
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith(marker):
            if language == "sparql" and stripped.upper().startswith(("PREFIX", "BASE")):
                continue
            break
        body = stripped[len(marker):].strip()
        key, _, rest = body.partition(":")
        if key == "answers":
            q.answers = rest.strip()
        elif key == "example":
            q.example = rest.strip()
        elif key == "limit":
            q.limit_param = rest.strip()
        elif key == "official":
            q.officials += [n.strip() for n in rest.split(",") if n.strip()]
        elif (m := _PARAM.match(body)):
            q.params[m["name"]] = _param(m["name"], m["desc"].strip(), m["var"])
    return q


def _param(name: str, desc: str, var: str | None) -> Param:
    p = Param(name, desc, variable=var)
    found = list(_DEFAULT.finditer(desc))
    m = found[-1] if found else None
    if m is None or m["required"]:  # no default: a quoted example ("35.09") marks a text parameter
        p.kind = "str" if "string" in desc.lower() or '"' in desc else "auto"
        p.description = desc[:m.start()].strip() if m else desc
        return p
    value = m["value"].strip()
    if value[:1] in "\"'":
        p.default, p.kind = value[1:-1], "str"
    elif re.fullmatch(r"-?\d+", value):
        p.default, p.kind = int(value), "int"
    else:
        p.default = value
    p.description = desc[:m.start()].strip()
    return p


def query_dirs() -> list[Path]:
    """Where bundled questions live: $GRAPHKIT_QUERIES, ./queries, the repo's, the package's."""
    dirs = [Path(d) for d in os.environ.get("GRAPHKIT_QUERIES", "").split(os.pathsep) if d]
    dirs += [Path("queries"), REPO_QUERIES, PACKAGE_QUERIES]
    seen: list[Path] = []
    for d in dirs:
        if d.is_dir() and d.resolve() not in [s.resolve() for s in seen]:
            seen.append(d)
    return seen


def bundled() -> list[QueryFile]:
    """Every bundled question (first folder wins for a name), sorted by name then language."""
    found: dict[str, QueryFile] = {}
    for d in query_dirs():
        for f in sorted(d.iterdir()):
            if f.suffix in (".cypher", ".rq") and f.name not in found:
                found[f.name] = load_file(f)
    return [found[k] for k in sorted(found)]


def load_file(path: Path) -> QueryFile:
    language = "sparql" if path.suffix in (".rq", ".sparql") else "cypher"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read {path}: {exc.strerror}", "check the path") from exc
    return parse(text, language, path)


def resolve(file_or_text: str, *, sparql: bool = False) -> QueryFile:
    """A query from a path, a bundled name (``interim_heads``, ``interim_heads.rq``) or inline text."""
    if sparql:
        if len(file_or_text) < 4096 and "\n" not in file_or_text and Path(file_or_text).is_file():
            return parse(Path(file_or_text).read_text(encoding="utf-8"), "sparql", Path(file_or_text))
        return parse(file_or_text, "sparql")
    candidate = Path(file_or_text)
    if candidate.suffix in (".cypher", ".rq", ".sparql", ".cql") and len(file_or_text) < 4096:
        if candidate.is_file():
            return load_file(candidate)
        for d in query_dirs():
            if (d / candidate.name).is_file():
                return load_file(d / candidate.name)
        raise QueryError(f"no query file {file_or_text}", "see 'graphkit query --list' for the bundled ones")
    if re.fullmatch(r"[\w-]+", file_or_text):
        for d in query_dirs():
            if (d / f"{file_or_text}.cypher").is_file():
                return load_file(d / f"{file_or_text}.cypher")
    return parse(file_or_text, "cypher")


@dataclass
class Answer:
    columns: list[str]
    rows: list[list]
    engine: str  # "embedded", "sparql" or "neo4j"
    notes: list[str] = field(default_factory=list)  # e.g. a --param naming no official (printed on stderr)


def run(query: QueryFile, params: dict[str, Any] | None = None, *, out: str | Path = "graphkit-out",
        uri: str | None = None, user: str | None = "neo4j", password: str | None = None,
        database: str | None = None) -> Answer:
    """Run a query on the right engine: Cypher → embedded store (or Neo4j at ``uri``), SPARQL → RDF store."""
    values = query.bind(params)
    query_guard.check(query.text, query.language, neo4j=bool(uri))
    if query.language == "sparql" and uri:
        raise UsageError("--uri runs Cypher on Neo4j; SPARQL runs on the build folder's RDF store",
                         "drop --uri, or use the .cypher twin of the question")
    from . import names_lookup as names
    notes: list[str] = []
    if query.language == "sparql":
        values = names.resolve_params(query.officials, values, lambda: names.from_sparql(out), notes)
        answer = run_sparql(query, values, out)
        answer.notes = notes
        return answer
    if uri:
        from .stores import neo4j as neo

        def neo_run(text: str, params: dict):
            return neo.run_query(uri, user, password, database, text, params)
        values = names.resolve_params(query.officials, values, lambda: names.from_cypher(neo_run), notes)
        columns, rows = neo_run(query.text, values)
        return Answer(list(columns), [list(r) for r in rows], "neo4j", notes)
    from .stores.embedded import EmbeddedStore
    with EmbeddedStore(out) as store:
        values = names.resolve_params(query.officials, values, lambda: names.from_cypher(store.run), notes)
        columns, rows = store.run(query.text, values)
    return Answer(columns, rows, "embedded", notes)


def run_sparql(query: QueryFile, values: dict[str, Any], out: str | Path) -> Answer:
    """Bind parameters as SPARQL variables (pyoxigraph substitutions) and apply ``# limit:``."""
    from .stores import oxigraph
    limit = None
    bindings: dict[str, Any] = {}
    for name, value in values.items():
        if name == query.limit_param:
            limit = int(value)
            continue
        p = query.params.get(name)
        bindings[(p.variable if p and p.variable else name)] = value
    columns, rows = oxigraph.sparql_query(out, query.text, bindings)
    rows = [list(r) for r in rows]
    if limit is not None:
        rows = rows[:max(limit, 0)]
    return Answer(list(columns), rows, "sparql")
