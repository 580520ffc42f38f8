"""Untrusted query text: what ``graphkit query`` and ``graphkit shell`` refuse to run, and why.

Query files are shared between people (queries/ folders, Browser favourites,
a colleague's snippet), so running one must not read or write files, load
extensions or reach the network.  The embedded engines can do all three:
LadybugDB has ``COPY … TO/FROM``, ``LOAD FROM 'file'``, ``INSTALL``/``LOAD
EXTENSION``, ``ATTACH``, ``EXPORT``/``IMPORT DATABASE`` and table functions
such as ``READ_CSV``; pyoxigraph follows SPARQL ``SERVICE`` over HTTP and has
no switch to turn that off.  So the text is checked before it runs.

Why a lexer and not a substring search: keywords are found only as tokens of
the query, after comments, string literals, backtick-quoted names and IRIs are
set aside, so ``RETURN 'COPY me'`` or ``?service`` or ``ex:service`` still run.
The statement-level clauses (COPY, INSTALL, ATTACH ...) are refused only where
a statement begins (after ``;`` and an optional EXPLAIN/PROFILE), which is the
only place the grammar allows them; ``LOAD FROM`` and ``CALL f(...)`` may sit
inside a query and are found there.  Table functions are allowed from a short
list of catalogue look-ups (``CALL show_tables()``, ``table_info`` ...); any
other function name is refused, since new ones (from extensions) may read files.
"""
from __future__ import annotations

import re

from .errors import RefusedQueryError

_CYPHER_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<param>\$(?:\w+|`[^`]*`))
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d[\w.]*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

_SPARQL_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''.*?(?:'''|\Z)|\"\"\".*?(?:\"\"\"|\Z)|'(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<word>(?:[^\W\d][\w.-]*)?:[\w.:%\\-]*|[^\W\d][\w-]*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

# Statements that touch files, extensions, other databases or the store itself (LadybugDB/Kuzu grammar).
STATEMENTS = {
    "COPY": "COPY reads or writes files",
    "LOAD": "LOAD loads an extension or reads a file",
    "INSTALL": "INSTALL downloads an extension",
    "UNINSTALL": "UNINSTALL removes an extension",
    "ATTACH": "ATTACH opens another database",
    "DETACH": "DETACH changes the attached databases",
    "USE": "USE switches to another database",
    "EXPORT": "EXPORT DATABASE writes files",
    "IMPORT": "IMPORT DATABASE reads files",
    "CHECKPOINT": "CHECKPOINT writes the store",
    "FORCE": "FORCE CHECKPOINT writes the store",
    "ANALYZE": "ANALYZE writes the store's statistics",
    "UPDATE": "UPDATE downloads a newer extension",
}
# Table functions that only read the catalogue of the open store (CALL name(...)).
TABLE_FUNCTIONS = frozenset({
    "SHOW_TABLES", "TABLE_INFO", "SHOW_FUNCTIONS", "SHOW_CONNECTION", "SHOW_INDEXES", "SHOW_MACROS",
    "SHOW_SEQUENCES", "SHOW_WARNINGS", "DB_VERSION", "CATALOG_VERSION", "STORAGE_VERSION", "CURRENT_SETTING",
})
# Neo4j procedures that read or write files or URLs (the server decides the rest).
NEO4J_PROCEDURES = ("apoc.load.", "apoc.import.", "apoc.export.", "apoc.cypher.runfile", "apoc.log.")


def _tokens(pattern: re.Pattern, text: str, keep: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in pattern.finditer(text) if m.lastgroup in keep]


def _refuse(clause: str, why: str) -> RefusedQueryError:
    return RefusedQueryError(f"the query uses {clause}: {why}; graphkit does not run it")


def _statements(tokens: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = [[]]
    for tok in tokens:
        if tok == ("punct", ";"):
            out.append([])
        else:
            out[-1].append(tok)
    return [s for s in out if s]


def _word(tok: tuple[str, str] | None) -> str:
    return tok[1].upper() if tok and tok[0] == "word" else ""


def _call_name(stmt: list[tuple[str, str]], i: int) -> tuple[str, int]:
    """The dotted name after CALL at ``i``, and the index of the token after it."""
    parts, j = [], i + 1
    while j < len(stmt) and stmt[j][0] in ("word", "quoted"):
        parts.append(stmt[j][1].strip("`"))
        j += 1
        if j < len(stmt) and stmt[j] == ("punct", "."):
            j += 1
            continue
        break
    return ".".join(parts), j


def check_cypher(text: str, *, neo4j: bool = False) -> None:
    """Raise RefusedQueryError if the Cypher text would touch files, extensions or the network."""
    tokens = _tokens(_CYPHER_TOKEN, text, ("string", "quoted", "param", "word", "number", "punct"))
    for stmt in _statements(tokens):
        start = 0
        while _word(stmt[start] if start < len(stmt) else None) in ("EXPLAIN", "PROFILE"):
            start += 1
        _check_clauses(stmt, neo4j)
        first = _word(stmt[start] if start < len(stmt) else None)
        if not neo4j and first in STATEMENTS:
            raise _refuse(first, STATEMENTS[first])


def _check_clauses(stmt: list[tuple[str, str]], neo4j: bool) -> None:
    """LOAD FROM/WITH/CSV and CALL f(...) wherever they sit in a statement."""
    for i, tok in enumerate(stmt):
        if tok[0] != "word" or (i and stmt[i - 1][1] in (".", ":")):
            continue
        nxt = _word(stmt[i + 1] if i + 1 < len(stmt) else None)
        kw = tok[1].upper()
        if kw == "LOAD" and nxt in ("FROM", "WITH", "CSV"):
            raise _refuse(f"LOAD {nxt}", "it reads files or URLs")
        if kw == "CALL" and i + 1 < len(stmt) and stmt[i + 1][0] in ("word", "quoted"):
            name, j = _call_name(stmt, i)
            after = stmt[j][1] if j < len(stmt) else ""
            if neo4j:
                if name.lower().startswith(NEO4J_PROCEDURES):
                    raise _refuse(f"CALL {name}", "the procedure reads or writes files or URLs")
            elif after == "=":
                raise _refuse(f"CALL {name}=…", "it changes the database settings")
            elif name.upper() not in TABLE_FUNCTIONS:
                raise _refuse(f"CALL {name}", "only catalogue functions such as show_tables() and "
                              "table_info() may be called (others can read files)")


def check_sparql(text: str) -> None:
    """Raise RefusedQueryError if the SPARQL text has a SERVICE clause (pyoxigraph would fetch it)."""
    for kind, value in _tokens(_SPARQL_TOKEN, text, ("word",)):
        if value.upper() == "SERVICE":
            raise _refuse("SERVICE", "federated queries send requests to other servers")


def check(text: str, language: str, *, neo4j: bool = False) -> None:
    """Refuse query text that reads or writes files, loads extensions or reaches the network."""
    if language == "sparql":
        check_sparql(text)
    else:
        check_cypher(text, neo4j=neo4j)
