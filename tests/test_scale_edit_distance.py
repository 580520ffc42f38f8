"""The banded, cut-off edit distance resolution uses equals the full Levenshtein distance up to its limit.

Why: resolution compares candidate pairs of officials' name keys with ``resolve.keys.edit_distance``,
which computes only the cells within ``limit`` of the diagonal; a band too narrow or a cut-off too
early would merge or split people silently.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.resolve.keys import edit_distance


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


words = st.text(alphabet="ab cn", max_size=12)


@settings(max_examples=3000, deadline=None)
@given(words, words, st.integers(min_value=0, max_value=4))
def test_equals_levenshtein_cut_off_at_the_limit(a, b, limit):
    assert edit_distance(a, b, limit) == min(levenshtein(a, b), limit + 1)


def test_names():
    assert edit_distance("achmad yani", "ahmad yani", 2) == 1
    assert edit_distance("budi santoso", "budi santosa", 1) == 1
    assert edit_distance("rina marlina", "budi santoso", 2) == 3
    assert edit_distance("", "abc", 2) == 3 and edit_distance("", "ab", 2) == 2
