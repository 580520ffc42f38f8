"""One way to name an official everywhere: an id, a name, an alias or an unambiguous part of one.

Why one resolver: a user types "imam hidayat", "Hidayat" or "Pj Bupati Imam
Hidayat, M.Si" into ``graphkit query --param name=``, ``explain``,
``view --official`` and the shell, and each must pick the same node (or name
the same candidates).  Names compare by ``name_key`` (case, accents,
honorifics and degrees folded away, the scorer's own key), and the rules are,
in order:

1. the node id itself (``official:imam-hidayat``);
2. a name or alias equal to what was typed (an id slug counts too);
3. a name or alias containing what was typed (a part of a name).

The first rule that finds anything decides: one official is the answer;
several raise ``AmbiguousOfficialError`` listing the candidates (name, id);
none raise ``UnknownOfficialError`` with the closest names as a hint.

The candidates come from wherever the graph is: a ``Graph`` in memory, a
Cypher store (embedded or Neo4j) or the RDF store, each through one small
query below.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .errors import AmbiguousOfficialError, UnknownOfficialError

OFFICIALS_CYPHER = "MATCH (o:Official) RETURN o.id AS id, o.name AS name, o.aliases AS aliases"
OFFICIALS_SPARQL = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
SELECT ?id ?name ?alias WHERE {
  ?o a gk:Official ; gk:id ?id .
  OPTIONAL { ?o gk:name ?name }
  OPTIONAL { ?o gk:aliases ?alias }
}"""
SHOWN = 10  # candidates listed in an ambiguity error


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    aliases: tuple[str, ...] = ()

    def keys(self) -> list[str]:
        keys = [name_key(n) for n in (self.name, *self.aliases) if n]
        slug = self.id.split(":", 1)[-1].replace("-", " ")
        return [k for k in (*keys, slug) if k]


def name_key(text: str) -> str:
    """A person's name folded for comparison (the scorer's key; see graphkit.evaluate)."""
    from .evaluate_keys import name_key as key
    return key(str(text))


def find_official(candidates: Iterable[Candidate], text: str, *, what: str = "official") -> str:
    """The id of the one official ``text`` names (rules in the module docstring)."""
    cands = sorted({c.id: c for c in candidates}.values(), key=lambda c: c.id)
    text = str(text).strip()
    for c in cands:
        if c.id == text:
            return c.id
    want = name_key(text)
    if not want:
        raise UnknownOfficialError(f"{text!r} does not name an {what}")
    exact = [c for c in cands if want in c.keys()]
    partial = [c for c in cands if any(re.search(rf"(?<![a-z0-9]){re.escape(want)}", k) for k in c.keys())]
    found = exact or partial
    if len(found) == 1:
        return found[0].id
    if not found:
        close = difflib.get_close_matches(want, {k: None for c in cands for k in c.keys()}, n=3, cutoff=0.75)
        hint = f"did you mean {', '.join(repr(k) for k in close)}? " if close else ""
        raise UnknownOfficialError(f"no {what} named {text!r} in the graph",
                                   f"{hint}check the spelling, or list officials with 'graphkit analyze GRAPH'")
    listed = ", ".join(f"{c.name} ({c.id})" for c in found[:SHOWN])
    more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    raise AmbiguousOfficialError(f"{len(found)} {what}s match {text!r}: {listed}{more}",
                                 candidates=[(c.id, c.name) for c in found])


def from_graph(graph) -> list[Candidate]:
    """The officials of a ``graphkit.model.Graph``."""
    return [Candidate(n.id, str(n.properties.get("name") or ""), _aliases(n.properties.get("aliases")))
            for n in graph.nodes.values() if "Official" in n.labels]


def from_cypher(run: Callable[[str, dict], tuple[list, list]]) -> list[Candidate]:
    """The officials of a Cypher store; ``run(text, params) -> (columns, rows)``."""
    _, rows = run(OFFICIALS_CYPHER, {})
    return [Candidate(str(r[0]), str(r[1] or ""), _aliases(r[2])) for r in rows if r[0]]


def from_sparql(out) -> list[Candidate]:
    """The officials of a build folder's RDF store."""
    from .stores.oxigraph import sparql_query
    _, rows = sparql_query(out, OFFICIALS_SPARQL, {})
    by_id: dict[str, list] = {}
    for oid, name, alias in rows:
        entry = by_id.setdefault(str(oid), [str(name or ""), []])
        if alias:
            entry[1].append(str(alias))
    return [Candidate(i, n, tuple(a)) for i, (n, a) in by_id.items()]


def _aliases(value) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(str(a) for a in value or () if a)


def resolve_params(names: Iterable[str], values: dict, candidates: Callable[[], list[Candidate]],
                   notes: list[str] | None = None) -> dict:
    """``values`` with each parameter in ``names`` (that holds text) replaced by the official's id.

    An ambiguous name raises (with the candidates).  A name that matches no
    official is left as typed, so the question answers "no rows" like any
    other filter; why is added to ``notes`` (the CLI prints them on stderr).
    """
    names = [n for n in names if isinstance(values.get(n), str)]
    if not names:
        return values
    cands = candidates()
    resolved = dict(values)
    for n in names:
        try:
            resolved[n] = find_official(cands, values[n])
        except UnknownOfficialError as exc:
            if notes is not None:
                notes.append(f"--param {n}: {exc.cause}; {exc.fix}")
    return resolved
