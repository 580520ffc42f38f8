"""``model._union`` (set-like properties merged) gives exactly the list of its definition: one item per
canonical form (the first met), sorted by that form — also on strings ``json.dumps`` escapes, strings that
sort before the closing quote (space, "!"), non-ASCII, and lists mixing strings with other values."""
from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.model import _union, canonical


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
