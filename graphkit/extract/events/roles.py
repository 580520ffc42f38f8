"""A learned second opinion on who LED and who ATTENDED the article's main event (issue #16).

The grammar (``participants``, ``attendees``, ``presence_cues`` …) proposes; this module
decides.  Its candidates are the people the lead names (outside quotations) and the people
and groups the rules linked to the event; each gets a few dozen binary features —
the cue words just before and after its mentions (``graphkit/data/role_cues.csv``, a
lexicon of Indonesian function words, never names), where it stands (headline, first
sentence, lead, the trigger's sentence, before the trigger), the level of the post it holds,
the event's type, and what the rules said — and a multinomial logistic regression
(``graphkit/data/role_weights.json``, trained by ``train_roles``) picks none / led / attended.

Why learned: the rules were written from the development articles and fit them closely; a
classifier that weighs the same cues by how often they hold across all gold outlets may
transfer better to new ones.  Whether it does is measured by source-grouped
cross-validation (``bench/roles_cv.py``); it runs only when enabled (``enabled()``).

Deterministic: features are sorted strings, weights a fixed table, ties go to the rules.
"""
from __future__ import annotations

import csv
import functools
import json
import os
import re
from importlib import resources

from ..context import ArticleContext
from ..text.sentences import outside, sentence
from .event_candidate import LEAD_CHARS
from .happening_cues import GROUP_WORDS

CLASSES = ("none", "led", "attended")
WEIGHTS_FILE = "role_weights.json"
MARGIN = 1.0            # how much the attended logit must beat the others to add an attendee
# how far past the lead a person's mention still makes it a candidate
REACH = LEAD_CHARS + 1400
_WORD = re.compile(r"[a-z]+")
_TITLE_GAP = re.compile(r"(?:\s+(?:[A-Z][\w.&/()'’-]*|dan))*\s*,?\s*")
_GLUE = frozenset(("conj", "plural"))
# what ends a list of names inside a sentence: a verb-like cue word or a clause mark
_CLAUSE_BREAK = re.compile(r"[;:\"“”]|\b(?:yang|untuk|dalam|saat|ketika|mengatakan|menyampaikan|mengaku)\b", re.I)
_CONTEXT = 48           # characters read on each side of a mention for its cue words

# the level of a post, by the head of its name (a grammar of post names, not a list of people)
_POST_LEVELS = (
    ("national", re.compile(r"\b(?:presiden|menteri|wamen|dirjen|deputi|kementerian|dpr\s+ri|dpd\s+ri)\b")),
    ("deputy_head", re.compile(r"^(?:pj|pjs|plt|plh)?\s*wakil\s+(?:gubernur|bupati|wali\s*kota)\b")),
    ("head", re.compile(r"^(?:pj|pjs|plt|plh)?\s*(?:gubernur|bupati|wali\s*kota)\b")),
    ("sekda", re.compile(r"\b(?:sekda|sekretaris\s+daerah)\b")),
    ("vertical", re.compile(r"\b(?:kapol\w*|dandim|danrem|danramil|kajari|kajati|pangdam|kodim|polres|kejari)\b")),
    ("election", re.compile(r"\b(?:kpu|bawaslu|panwas\w*)\b")),
    ("legislature", re.compile(r"\b(?:dprd|dpr|dpd)\b")),
    ("local", re.compile(r"\b(?:camat|lurah|kepala\s+desa|kades|kepala\s+kampung)\b")),
    ("unit_head", re.compile(r"^(?:pj|pjs|plt|plh)?\s*(?:kepala|kadis|direktur|ketua|kabag|asisten|staf\s+ahli|karo)\b")),
)


def enabled() -> bool:
    """The learned roles run when ``GRAPHKIT_LEARNED_ROLES=1`` (see docs/extraction.md)."""
    return os.environ.get("GRAPHKIT_LEARNED_ROLES", "") == "1"


@functools.cache
def cues() -> dict[str, str]:
    """word -> cue class, from graphkit/data/role_cues.csv."""
    with resources.files("graphkit.data").joinpath("role_cues.csv").open(encoding="utf-8") as fh:
        return {row["word"].strip(): row["cue"].strip() for row in csv.DictReader(fh)}


@functools.cache
def weights() -> tuple[dict[str, list[float]], float, str] | None:
    """(feature -> one weight per class, "" the bias; the margin; the mode), loaded once; None without a table."""
    path = os.environ.get("GRAPHKIT_ROLE_WEIGHTS")
    try:
        if path:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh)
        else:
            with resources.files("graphkit.data").joinpath(WEIGHTS_FILE).open(encoding="utf-8") as fh:
                doc = json.load(fh)
    except FileNotFoundError:
        return None
    return doc["weights"], float(doc.get("margin", MARGIN)), doc.get("mode", "add")


def post_level(role: str) -> str:
    low = " ".join(role.lower().split())
    for level, rx in _POST_LEVELS:
        if rx.search(low):
            return level
    return "other"


def _cue_words(text: str, start: int, end: int) -> list[str]:
    return [c for w in _WORD.findall(text[start:end].lower()) if (c := cues().get(w))]


def candidates(ctx: ArticleContext, event_id: str, anchor: int, body: int,
               quotes: list[tuple[int, int]]) -> list[tuple[str, list[str], tuple[int, int]]]:
    """(node id, sorted features, evidence span) for every candidate of ``event_id``, in node-id order.

    A group word of the lead that no rule linked ("… hadiri oleh Anggota DPRD dan seluruh kepala OPD") is a
    candidate too, as ``group:<word>``: its node is made only when the classifier says it attended."""
    text = ctx.text
    g = ctx.graph
    rule: dict[str, tuple[str, tuple[int, int]]] = {}
    for e in g.edges.values():
        if e.target == event_id and e.type in ("LED", "ATTENDED"):
            ev = (e.properties.get("evidence") or [{"start": -1, "end": -1}])[0]
            rule[e.source] = ("led" if e.type == "LED" or rule.get(e.source, ("",))[0] == "led" else "att",
                              (ev["start"], ev["end"]))
    limit = min(len(text), body + REACH)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in ctx.mentions:
        if m.start >= limit:
            break
        if m.kind in ("name", "title") and m.node_id.startswith("official:") and outside(quotes, m.start, m.end) \
                and not ctx.in_boilerplate(m.start, m.end):
            spans.setdefault(m.node_id, []).append((m.start, m.end))
    for nid, (_, span) in rule.items():
        if span[0] >= 0 and span not in spans.get(nid, ()):
            spans.setdefault(nid, []).append(span)
    linked = [set(_WORD.findall(str(node.properties.get("name", "")).lower())) for nid in sorted(rule)
              if nid.startswith("org:") and (node := g.nodes.get(nid)) is not None]
    taken = sorted(s for nid, ss in spans.items() for s in ss) + \
        [(m.start, m.end) for m in ctx.mentions if m.kind != "group" and body <= m.start < limit]
    for gm in GROUP_WORDS.finditer(text, body, min(len(text), body + LEAD_CHARS + 400)):
        gs, ge = gm.start("word"), gm.end("word")
        if any(s < ge and gs < e for s, e in taken) or not outside(quotes, gs, ge) or ctx.in_boilerplate(gs, ge):
            continue
        if any(set(_WORD.findall(gm.group("word").lower())) <= have for have in linked):
            continue    # "ASN" again, when the rules already have "ASN Kabupaten X" at the event
        if any(0 <= s - ge <= 60 and _TITLE_GAP.fullmatch(text, ge, s) for s, _ in taken):
            continue    # "Kepala Dinas Perdagangan Rukmini": the title of a named person, not a group
        spans.setdefault("group:" + " ".join(gm.group("word").lower().split()), []).append((gs, ge))
    if not spans:
        return []
    levels: dict[str, str] = {}
    for e in g.edges.values():
        if e.type == "HOLDS" and e.source in spans:
            office = g.nodes.get(e.target)
            lvl = post_level(str(office.properties.get("role", ""))) if office else "other"
            levels[e.source] = min(levels.get(e.source, lvl), lvl, key=_LEVEL_RANK.get)
    top = min((_LEVEL_RANK[levels.get(n, "none")] for n in spans if n.startswith("official:")), default=99)
    first_official = min(((min(s)[0], n) for n, s in spans.items() if n.startswith("official:")
                          and min(s)[0] >= body), default=(0, ""))[1]
    a_s, a_e = sentence(text, anchor, body if anchor >= body else 0) if anchor >= 0 else (-1, -1)
    etype = event_id.split(":")[1]
    s1_end = _first_sentence_end(text, body)
    # where the rules' attendees and leader are named: a candidate listed right after or before one of them
    # ("dihadiri A, B, serta Camat dan Lurah": the rules read A and B) is likely another of them
    ruled = sorted((s, e, r) for nid, (r, _) in rule.items() for s, e in spans.get(nid, ()))
    out = []
    for nid in sorted(spans):
        ss = sorted(spans[nid])
        f = {"ev:" + etype}
        kind = "official" if nid.startswith("official:") else "group" if nid.startswith("org:") else \
            "groupword" if nid.startswith("group:") else "other"
        f.add("kind:" + kind)
        r = rule.get(nid, ("none",))[0]
        f.add("rule:" + r)
        f.add(f"rule:{r}&kind:{kind}")
        first = ss[0][0]
        pos = "title" if first < body else "s1" if first < s1_end else \
            "lead" if first < body + LEAD_CHARS else "late"
        f.add("pos:" + pos)
        f.add(f"rule:{r}&pos:{pos}")
        n = len(ss)
        f.add("n:" + ("1" if n == 1 else "2" if n == 2 else "3+"))
        if kind == "official":
            lvl = levels.get(nid, "none")
            f.add("post:" + lvl)
            if _LEVEL_RANK.get(lvl, 99) == top:
                f.add("top_post")
            if nid == first_official:
                f.add("first_official")
        for s, e in ss:
            if s >= limit:
                continue
            if a_s <= s < a_e:
                f.add("anchor_sentence")
                f.add("before_anchor" if s < anchor else "after_anchor")
            ls, le = sentence(text, s, 0)
            if r == "none":
                for rs, re_, rr in ruled:
                    if ls <= rs < le and rs != s:
                        side = "after" if rs < s else "before"
                        f.add(f"{side}_rule_{rr}")
                        gap = text[re_:s] if rs < s else text[e:rs]
                        if len(gap) <= 120 and not _CLAUSE_BREAK.search(gap):
                            f.add(f"listed_{side}_rule_{rr}")
            far = [c for c in _cue_words(text, ls, s) if c not in _GLUE]
            if far:
                f.add("sn:" + far[-1])
                f.add("s0:" + far[0])
            sb = _cue_words(text, max(ls, s - 3 * _CONTEXT), s)
            f.update("sb:" + c for c in sb)
            # the nearest cues before it that are not list glue ("dihadiri oleh A, B dan seluruh C")
            near = [c for c in sb if c not in _GLUE][-2:]
            if near:
                f.add("nb:" + near[-1])
                f.add("nb2:" + "+".join(near))
            before = _cue_words(text, max(ls, s - _CONTEXT), s)
            after = _cue_words(text, e, min(le, e + _CONTEXT))
            if before:
                f.add("b1:" + before[-1])
            if after:
                f.add("a1:" + after[0])
            f.update("b:" + c for c in before)
            f.update("a:" + c for c in after)
            if s == ls or not text[ls:s].strip(" \"“”*-"):
                f.add("opens_sentence")
            tail = text[e:e + 3]
            if tail.startswith(",") or tail.startswith(" ("):
                f.add("apposed")
        out.append((nid, sorted(f), spans[nid][0] if nid not in rule or rule[nid][1][0] < 0 else rule[nid][1]))
    return out


_LEVEL_RANK = {"national": 0, "head": 1, "deputy_head": 2, "sekda": 3, "vertical": 4, "legislature": 5,
               "election": 6, "unit_head": 7, "local": 8, "other": 9, "none": 10}


def _first_sentence_end(text: str, body: int) -> int:
    start = body
    while start < len(text) and text[start] in " \n\r\t":
        start += 1
    return sentence(text, start, body)[1] if start < len(text) else start


def scores(feats: list[str], table: dict[str, list[float]]) -> list[float]:
    """One logit per class: the bias plus the weights of the features present."""
    z = list(table.get("", (0.0, 0.0, 0.0)))
    for f in feats:
        w = table.get(f)
        if w is not None:
            z[0] += w[0]
            z[1] += w[1]
            z[2] += w[2]
    return z


# set by train_roles: every candidate is recorded here (and the rules' edges stay as they are)
RECORDER: list | None = None


def decide_roles(ctx: ArticleContext, event_id: str, anchor: int, body: int, quotes: list[tuple[int, int]]) -> None:
    """Add the ATTENDED edges the classifier is sure of and the rules left out.

    The rules' own LED and ATTENDED edges stay: in source-grouped cross-validation, letting the
    classifier also remove edges or name leaders lost more than it gained (docs/dev/issue-16-learned-roles.md,
    docs/dev/issue-16-roles187.md). A candidate the rules left out attends when its attended logit beats
    both others by ``margin``."""
    if RECORDER is None and not enabled():
        return
    cands = candidates(ctx, event_id, anchor, body, quotes)
    if RECORDER is not None:
        RECORDER.extend((ctx._aid, event_id, nid, feats) for nid, feats, _ in cands)
        return
    model = weights()
    if model is None:
        return
    table, margin, mode = model
    for nid, feats, (s, e) in cands:
        z = scores(feats, table)
        if mode == "decide":    # measured only (bench/roles_cv.py --decide): the classifier alone decides
            label = max(range(3), key=lambda k: (z[k], -k))
            if not nid.startswith("group:"):
                ctx.graph.edges.pop(("LED", nid, event_id, ""), None)
                ctx.graph.edges.pop(("ATTENDED", nid, event_id, ""), None)
            if label == 1 and not nid.startswith("group:"):
                ctx.edge("LED", nid, event_id, s, e)
            if label != 2:
                continue
        elif "rule:none" not in feats:
            continue
        elif mode == "add_led" and not nid.startswith("group:") and z[1] - max(z[0], z[2]) > margin:
            ctx.edge("LED", nid, event_id, s, e)    # measured only (bench/roles_cv.py --add-led)
            continue
        elif z[2] - max(z[0], z[1]) <= margin:
            continue
        if nid.startswith("group:"):
            from ..body_nodes import group_node
            nid = group_node(ctx, ctx.text[s:e], s, e)
        ctx.edge("ATTENDED", nid, event_id, s, e)


__all__ = ["CLASSES", "candidates", "decide_roles", "enabled", "post_level", "scores", "weights"]
