"""Neo4j Cypher → the embedded store's (LadybugDB) Cypher: a small, token-level rewrite.

Why: queries/*.cypher are written as a Neo4j Browser user writes them
(``type(r)``, ``labels(n)``, ``n:Label`` predicates, 0-based list indexes),
and the same files must answer the same on the embedded store.  LadybugDB
spells a few things differently, and some differences are silent: there
``labels(n)`` is a string (so ``labels(n)[0]`` is ``''``), lists and
``substring`` count from 1, ``reverse`` of a list reverses its text.  This
module rewrites what has an exact equivalent and refuses, with a message
naming what to use instead, what has none — never a wrong value.

What it rewrites (strings, comments and `backticked` names are never touched):

=====================  ==============================================
Neo4j                  embedded store
=====================  ==============================================
``type(r)``            ``label(r)``
``labels(n)``          ``[label(n)]`` (graphkit nodes have one label)
``n:Label`` in WHERE,  ``label(n) = 'Label'``
CASE, RETURN …
``xs[i]`` (0-based)    ``xs[i + 1]`` (1-based; negative ``i`` kept)
``xs[a..b]``           ``xs[a + 1..b]`` (literal non-negative bounds)
``substring(s, a, n)`` ``substring(s, a + 1, n)``
``toString(x)``        ``to_string(x)``
``toInteger(x)``       ``to_int64(x)``
``toFloat(x)``         ``to_double(x)``
``split(s, d)``        ``string_split(s, d)``
``head(xs)``           ``xs[1]`` …  ``last(xs)`` → ``xs[-1]``
=====================  ==============================================

``toLower``/``toUpper``, ``collect``, ``size``, ``coalesce``, ``range``,
``OPTIONAL MATCH``, ``[:A|B]`` alternations, ``*0..2`` paths and ``UNION`` need
no rewrite.  Refused (``UNSUPPORTED``): ``id``, ``elementId``, ``startNode``,
``endNode``, ``reverse``, ``tail``, ``reduce``, ``toBoolean``, ``randomUUID``
and map subscripts ``m['key']``.
"""
from __future__ import annotations

import re

from .errors import QueryError

_TOKEN = re.compile(r"""
    (?P<space>\s+) | (?P<comment>//[^\n]*|/\*.*?\*/) |
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*") | (?P<quoted>`(?:[^`]|``)*`) |
    (?P<param>\$\w+) | (?P<number>\d+(?:\.\d+)?) | (?P<name>[A-Za-z_]\w*) |
    (?P<op>\.\.|<>|<=|>=|=~|->|<-|.)
""", re.VERBOSE | re.DOTALL)

RENAMES = {"type": "label", "tostring": "to_string", "tointeger": "to_int64", "tofloat": "to_double",
           "split": "string_split"}
UNSUPPORTED = {
    "id": "n.id (graphkit's stable node id)",
    "elementid": "n.id (graphkit's stable node id)",
    "startnode": "a pattern that names both ends, (a)-[r]->(b), and a",
    "endnode": "a pattern that names both ends, (a)-[r]->(b), and b",
    "reverse": "ORDER BY ... DESC, or the list as it is",
    "tail": "xs[1..] (0-based slice)",
    "reduce": "UNWIND and sum()/collect()",
    "toboolean": "a comparison, e.g. x = 'true'",
    "randomuuid": "a value computed outside the query",
}
# Words after which "[" opens a list literal, not a subscript.
_KEYWORDS = {"in", "return", "with", "where", "and", "or", "xor", "not", "unwind", "as", "then", "else", "when",
             "case", "by", "set", "match", "merge", "create", "yield", "distinct", "limit", "skip", "contains",
             "starts", "ends", "is", "null", "optional", "union", "all", "call", "end", "order", "delete"}


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]


def _significant(tokens: list[tuple[str, str]], i: int, step: int) -> int:
    """Index of the nearest non-space, non-comment token from ``i`` in direction ``step`` (or -1)."""
    i += step
    while 0 <= i < len(tokens) and tokens[i][0] in ("space", "comment"):
        i += step
    return i if 0 <= i < len(tokens) else -1


def _closing(tokens: list[tuple[str, str]], i: int) -> int:
    """Index of the bracket that closes the one at ``i``."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    opener, depth = tokens[i][1], 0
    for j in range(i, len(tokens)):
        kind, text = tokens[j]
        if kind != "op":
            continue
        if text == opener:
            depth += 1
        elif text == pairs[opener]:
            depth -= 1
            if depth == 0:
                return j
    raise QueryError("unbalanced brackets in the Cypher query", "check the query text")


def _split_args(tokens: list[tuple[str, str]]) -> list[str]:
    """The comma-separated arguments (as text) of a call's inside tokens."""
    args, depth, current = [], 0, []
    for kind, text in tokens:
        if kind == "op" and text in "([{":
            depth += 1
        elif kind == "op" and text in ")]}":
            depth -= 1
        if kind == "op" and text == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
        else:
            current.append(text)
    args.append("".join(current).strip())
    return args


def _is_subscript(tokens: list[tuple[str, str]], i: int) -> bool:
    prev = _significant(tokens, i, -1)
    if prev < 0:
        return False
    kind, text = tokens[prev]
    return (kind in ("param", "quoted") or (kind == "name" and text.lower() not in _KEYWORDS)
            or (kind == "op" and text in (")", "]", "}")))


def _subscript(inner: list[tuple[str, str]]) -> str:
    significant = [(k, t) for k, t in inner if k not in ("space", "comment")]
    if any(k == "op" and t == ".." for k, t in significant):
        return _slice(significant)
    if len(significant) == 1 and significant[0][0] == "string":
        raise QueryError("the embedded Cypher store has no map subscript m['key']", "use m.key")
    expr = to_embedded_text(inner)
    if len(significant) == 1 and significant[0][0] == "number":
        return str(int(expr) + 1)
    if len(significant) == 2 and significant[0] == ("op", "-") and significant[1][0] == "number":
        return expr  # negative positions count from the end in both dialects
    return f"CASE WHEN ({expr}) >= 0 THEN ({expr}) + 1 ELSE ({expr}) END"


def _slice(significant: list[tuple[str, str]]) -> str:
    at = significant.index(("op", ".."))
    lo, hi = significant[:at], significant[at + 1:]
    if any(len(b) > 1 or (b and b[0][0] != "number") for b in (lo, hi)):
        raise QueryError("the embedded Cypher store counts list slices differently; only xs[a..b] with "
                         "literal non-negative bounds is translated", "write the bounds as numbers, e.g. xs[0..3]")
    start = int(lo[0][1]) + 1 if lo else 1
    return f"{start}..{hi[0][1]}" if hi else f"{start}.."


def to_embedded(query: str) -> str:
    """The query in the embedded store's dialect (see the module docstring), or a QueryError."""
    return to_embedded_text(_tokens(query))


def to_embedded_text(tokens: list[tuple[str, str]]) -> str:
    out: list[str] = []
    brackets: list[str] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        nxt = _significant(tokens, i, 1)
        is_call = (kind == "name" and text.lower() not in _KEYWORDS and nxt >= 0 and tokens[nxt] == ("op", "("))
        prev = _significant(tokens, i, -1)
        after_dot = prev >= 0 and tokens[prev] == ("op", ".")
        if is_call and not after_dot:
            name = text.lower()
            if name in UNSUPPORTED:
                raise QueryError(f"the embedded Cypher store has no {text}(): it cannot answer this Neo4j function",
                                 f"use {UNSUPPORTED[name]} instead")
            end = _closing(tokens, nxt)
            inner = tokens[nxt + 1:end]
            args = _split_args(inner) if name == "substring" else None
            body = to_embedded_text(inner)
            if name == "labels":
                out.append(f"[label({body})]")
            elif name in RENAMES:
                out.append(f"{RENAMES[name]}({body})")
            elif name == "substring" and args and len(args) in (2, 3):
                s, a = to_embedded(args[0]), to_embedded(args[1])
                length = to_embedded(args[2]) if len(args) == 3 else f"size({s})"
                out.append(f"substring({s}, ({a}) + 1, {length})")
            elif name in ("head", "last"):
                out.append(f"({body})[{1 if name == 'head' else -1}]")
            else:
                out.append(f"{text}{''.join(t for _, t in tokens[i + 1:nxt])}({body})")
            i = end + 1
            continue
        if kind == "op" and text == "[" and _is_subscript(tokens, i):
            end = _closing(tokens, i)
            out.append(f"[{_subscript(tokens[i + 1:end])}]")
            i = end + 1
            continue
        if kind == "op" and text in "([{":
            brackets.append(text)
        elif kind == "op" and text in ")]}" and brackets:
            brackets.pop()
        if kind == "name" and _is_label_predicate(tokens, i, brackets):
            label_at = _significant(tokens, nxt, 1)
            out.append(f"label({text}) = '{tokens[label_at][1].strip('`')}'")
            i = label_at + 1
            continue
        out.append(text)
        i += 1
    return "".join(out)


def _is_label_predicate(tokens: list[tuple[str, str]], i: int, brackets: list[str]) -> bool:
    """``n:Label`` outside a node/relationship pattern and outside a map literal."""
    colon = _significant(tokens, i, 1)
    if colon < 0 or tokens[colon] != ("op", ":") or (brackets and brackets[-1] == "{"):
        return False
    label = _significant(tokens, colon, 1)
    if label < 0 or tokens[label][0] not in ("name", "quoted"):
        return False
    prev = _significant(tokens, i, -1)
    return not (prev >= 0 and tokens[prev][0] == "op" and tokens[prev][1] in ("(", "[", ":", "|", "&"))
