"""Every later mention of an article's officials: the full name, a run of name words, one name word, a
nickname in brackets after the name ("Dedi Mulyadi (Demul)"), a misspelling or a clipped form.

``find_mentions`` runs after ``collect_officials`` has decided who the officials are; kept apart from
``officials`` because it reads the whole text again (one automaton pass over every form) for the events and
quotes stages, and decides nothing about posts.
"""
from __future__ import annotations

import re

import ahocorasick

from ..batch import add_spans
from ..context import ArticleContext, Mention
from ..regions.gazetteer import gazetteer
from ..names.clipped import clipped_mentions
from ..names.misspellings import misspellings as _misspellings
from ..names.names import _NAME_WORD
from ..names.role_words import is_role_word
from ..names.stop_words import _STOP
from .officials import Official


_PAREN_NICK = re.compile(r"\s*\(([A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14})?)\)")


def _occurrences(text: str, keys) -> list[tuple[int, int, str]]:
    """Every occurrence of ``keys`` at word boundaries (one automaton pass), by start then longest first."""
    auto = ahocorasick.Automaton()
    for key in sorted(keys):
        auto.add_word(key, key)
    auto.make_automaton()
    found = []
    for end_idx, key in auto.iter(text):
        start, end = end_idx - len(key) + 1, end_idx + 1
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")) or \
                (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
            continue
        found.append((start, end, key))
    found.sort(key=lambda f: (f[0], -f[1]))
    return found


def _leftmost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The leftmost-longest, non-overlapping ones of sorted occurrences."""
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _forms(officials: list[Official]) -> dict[str, list[Official]]:
    """Every written form of the officials (name, aliases, name words) -> the officials it may name."""
    forms: dict[str, list[Official]] = {}
    for o in officials:
        # runs of two or more name words ("Heru Budi" of Heru Budi Hartono) outrank a single word the
        # run starts with, which another official may share (Heru Suwondo)
        runs = [" ".join(o.words[i:j]) for i in range(len(o.words)) for j in range(i + 2, len(o.words))]
        for form in [o.name, *sorted(o.aliases), *runs] + [w for w in o.words if len(w) >= 3 and _NAME_WORD.fullmatch(w)
                                                           and w not in _STOP and not is_role_word(w)]:
            forms.setdefault(form, [])
            if o not in forms[form]:
                forms[form].append(o)
    return forms


def find_mentions(ctx: ArticleContext, officials: list[Official]) -> list[Mention]:
    """Every mention of the article's officials, adding aliases to their nodes."""
    text = ctx.text
    if not officials:
        return []
    by_name = {o.name: o for o in officials}
    # one automaton pass finds the full names and every other form: the forms change (and the text is read
    # again) only when a nickname is found
    forms = _forms(officials)
    found = _occurrences(text, forms)
    # nicknames first: "Saifullah Yusuf (Gus Ipul)" …
    nicknamed = False          # the forms are a function of names, words and aliases: only a new alias changes them
    for start, end, name in _leftmost([f for f in found if f[2] in by_name]):
        nick = _PAREN_NICK.match(text, end)
        if nick and not ctx.in_boilerplate(start, nick.end()) and not gazetteer().find(nick.group(1)) \
                and not is_role_word(nick.group(1).split()[-1]):
            nicknamed = nicknamed or nick.group(1) not in by_name[name].aliases
            by_name[name].aliases.add(nick.group(1))       # … "kata Gus Ipul"
    if nicknamed:
        named = forms.keys()
        forms = _forms(officials)
        if forms.keys() != named:
            found = _occurrences(text, forms)
    mentions: list[Mention] = []
    last: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for start, end, form in _leftmost(found):
        if ctx.in_boilerplate(start, end):
            continue
        owners = forms[form]
        owner = max(owners, key=lambda o: (last.get(o.node_id, -1), -o.first_seen)) if len(owners) > 1 else owners[0]
        last[owner.node_id] = start
        mentions.append(Mention(start, end, owner.node_id, "name"))
        taken.append((start, end))
        if form != owner.name and form not in owner.aliases and len(owners) == 1:
            owner.aliases.add(form)     # a form two officials share is no alias of either
    mentions += _misspellings(ctx, officials, taken)
    mentions += clipped_mentions(ctx, officials, taken)     # "Kyai Abdur" for Abdurrahmanudin
    spans: dict[str, list[tuple[int, int]]] = {}
    for mt in mentions:
        spans.setdefault(mt.node_id, []).append((mt.start, mt.end))
    for o in officials:
        add_spans(ctx, o.node_id, "Official", spans.get(o.node_id, []), name=o.name, aliases=sorted(o.aliases))
    return mentions
