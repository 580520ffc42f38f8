"""Is a capitalised word a verb?  Headlines and careless hands capitalise verbs ("Dipimpin", "di Lantik",
"Duduki Kursi"), which the name grammar would otherwise read as a person's name after or before a post.

The verbs are those the project already knows: the cue words of ``graphkit/data/role_cues.csv`` that
say who led, opened, swore in, accompanied, attended or stood in for (not the verbs of speech, whose short
roots double as names), and the verbs of holding a post the apposition grammar reads.  A capitalised word is
a verb when it is one of them as written, or when a verb prefix (di-, me-, mem-, men-, meng-) put before it
makes one: the bare root a headline writes ("Lantik" of melantik, "Duduki" of menduduki).
"""
from __future__ import annotations

import csv
import functools
from importlib import resources

# the cue classes of role_cues.csv that are verbs of taking part (speech roots, "Tegas", "Tutur", stay out)
_VERB_CUES = frozenset(("led_passive", "led_verb", "accompanied", "accompanies", "represent"))
# verbs of holding or taking a post ("yang juga menduduki/menjabat ...", appositions' link words)
_HOLDING_VERBS = ("menjabat", "menduduki", "dilantik", "dijabat", "diduduki")
_PREFIXES = ("di", "me", "mem", "men", "meng")


@functools.lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """Lower-case verbs: role_cues.csv's verbs of taking part and the verbs of holding a post."""
    with resources.files("graphkit.data").joinpath("role_cues.csv").open(encoding="utf-8") as fh:
        verbs = {r["word"].strip().lower() for r in csv.DictReader(fh) if r["cue"].strip() in _VERB_CUES}
    return frozenset(verbs | set(_HOLDING_VERBS))


@functools.lru_cache(maxsize=8192)
def is_verb_word(word: str) -> bool:
    """Whether a capitalised word of five letters or more is a known verb, or a root a verb prefix makes one."""
    low = word.lower()
    if len(low) < 5 or not low.isalpha():
        return False
    verbs = known_verbs()
    return low in verbs or any(p + low in verbs for p in _PREFIXES)
