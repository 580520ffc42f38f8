"""``props._union`` (set-like properties merged) gives exactly the list of its definition: one item per
canonical form (the first met), sorted by that form — also on strings ``json.dumps`` escapes, strings that
sort before the closing quote (space, "!"), non-ASCII, and lists mixing strings with other values; and
``props._evidence_union`` gives the union by span of its definition, also on spans of other types."""
from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.props import evidence_key, _evidence_union, _union, canonical


def by_definition(a: list, b: list) -> list:
    seen: dict[str, Any] = {}
    for item in list(a) + list(b):
        seen.setdefault(canonical(item), item)
    return [seen[k] for k in sorted(seen)]


word = st.sampled_from(["a", "ab", "a b", "a!", "a#", "ab!", "Ab", 'q"uote', "back\\slash", "x\ny", "tab\t", "é",
                        "e\u0301", "\u2028", "", "article:000_a2", "article:000_a2 ", "zz\x7f", "a\x1f"])
strings = st.lists(st.one_of(word, st.text(max_size=4)), max_size=8)
mixed = st.lists(st.one_of(word, st.integers(-2, 2), st.booleans(), st.none(),
                           st.fixed_dictionaries({"article": word, "start": st.integers(0, 3)})), max_size=6)


@settings(max_examples=400, deadline=None)
@given(strings, strings)
def test_union_of_strings_is_the_canonical_union(a, b):
    got = _union(a, b)
    assert got == by_definition(a, b)
    assert [canonical(x) for x in got] == [canonical(x) for x in by_definition(a, b)]


@settings(max_examples=300, deadline=None)
@given(mixed, mixed)
def test_union_of_mixed_values_is_the_canonical_union(a, b):
    assert [canonical(x) for x in _union(a, b)] == [canonical(x) for x in by_definition(a, b)]


def evidence_by_definition(a: list, b: list) -> list:
    merged = {evidence_key(e): e for e in list(a) + list(b)}
    return [merged[k] for k in sorted(merged)]


span = st.fixed_dictionaries({"article": st.sampled_from(["article:1", "article:2", "article:10"]),
                              "start": st.integers(0, 3), "end": st.integers(0, 3)},
                             optional={"text": st.sampled_from(["x", "y"])})
odd = st.one_of(span, st.fixed_dictionaries({"article": st.sampled_from(["article:1", 1, None]),
                                             "start": st.one_of(st.integers(0, 3), st.booleans(),
                                                                st.sampled_from(["1", 2.0]))},
                                            optional={"end": st.integers(0, 3)}))


@settings(max_examples=400, deadline=None)
@given(st.lists(odd, max_size=6), st.lists(odd, max_size=6))
def test_evidence_union_is_the_union_by_span(a, b):
    got = _evidence_union(a, b)
    assert got == evidence_by_definition(a, b)
    assert [id(x) for x in got] == [id(x) for x in evidence_by_definition(a, b)]   # the same item of each span
