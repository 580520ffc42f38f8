"""Officials: one node per real person across articles, never one node for two people.

The unit of resolution is the part of an official node read from one
article, ``(node id, article)``, because a key such as ``official:budi-santoso``
may already hold two different people when two articles name two
namesakes.  Each unit is placed by the offices it HOLDS in that article
(their region codes, cut to kabupaten/kota level; a national post, ``ID``, is
compatible with anywhere).  The rules, in order:

1. **Same name** (rule ``official:same-name``).  Units whose normalised name
   key is equal (case, accents, punctuation, spaces, honorifics such as
   H./Dr./Prof. and degrees such as S.Sos/MM removed) are one person when they
   share an article or a kabupaten/kota.  A unit placed only at province
   level joins the single kabupaten/kota cluster inside that province, if
   exactly one exists.  Units with no region join the one placed cluster if
   there is exactly one; with two or more placed clusters the namesakes stay
   apart (``official:split-by-region`` gives each an id suffixed with its
   region code, ``official:budi-santoso:35.09``) and the unplaced units keep
   the bare id, because nothing says which namesake they mean.
2. **Variants** that share a place.  ``official:spelling``: keys one edit
   apart (every differing word at least 4 letters) and a shared region, or two
   edits inside one word of 5+ letters and the same office, or equal without
   spaces ("Hera" / "Heran Nugrahayu").  ``official:middle-name``: the same
   office, first and last word equal up to a typo, the shorter's middle words
   initials or words of the longer's ("Johny E. Ataupah").  Blocking: a place
   with few people compares them all; a crowded one uses one-deletion
   variants and one-word masks of the key — never all pairs of a corpus
   (``variants``).
3. **One-word names.**  ``official:surname-in-article``: "Hidayat" joins the
   one multi-word official of the *same article* whose name or aliases contain
   the word; failing that, ``official:surname-same-office`` joins it to the one
   person holding the *same office* whose name contains it.  A one-word name
   never joins anyone across articles on the name alone, and stays apart when
   two candidates fit.
4. **Persons** (``official:person-same-name-region``, in ``rules``): a
   Person with an official's full name, in an article mentioning that
   official's region, is that official.

The surviving id is the member named in most articles, then the longest
name key, then the shortest written name (fewest stray titles), then the
smallest id; the other names become aliases (``survivors`` writes those choices into
the plan).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Graph
from .keys import PROVINCE, UnionFind, name_key
from .placements import units_of
from .plan import Plan
from .rules import edges_of_type, nodes_with_label, plan_persons
from .survivors import assign_survivors, person_summaries
from .variants import Cluster, placed_together, spelling_pairs, variant_rule

RULE_SURNAME = "official:surname-in-article"
RULE_SURNAME_OFFICE = "official:surname-same-office"


def _same_post_elsewhere(offices: set[str], members: list[int], clusters: list[Cluster]) -> bool:
    """The one-word name holds the same post as the person in another region ("Wakil Bupati" of two
    regencies): two people, whatever word their names share."""
    mine = {o.rsplit(":", 1)[0]: o for o in offices if o.count(":") >= 2 and not o.endswith(":ID")}
    return any(o.rsplit(":", 1)[0] in mine and mine[o.rsplit(":", 1)[0]] != o
               for ci in members for o in clusters[ci].offices if o.count(":") >= 2 and not o.endswith(":ID"))


def _same_name_clusters(units: list[tuple[str, str | None]], place: dict) -> list[list[int]]:
    """Rule 1 inside one name-key block: indexes of ``units`` grouped into people."""
    uf = UnionFind(len(units))
    first: dict[tuple, int] = {}
    for i, (_, art) in enumerate(units):
        keys = ([("art", art)] if art is not None else []) + [("at", a) for a in sorted(place[units[i]][0])]
        for k in keys:
            uf.union(first.setdefault(k, i), i)
    groups = uf.groups(range(len(units)))
    anchors = {r: set().union(*(place[units[i]][0] for i in g)) for r, g in groups.items()}
    for r, ans in sorted(anchors.items()):   # a province-only cluster joins its one kabupaten cluster
        if ans and all(PROVINCE.fullmatch(a) for a in ans):
            cands = {r2 for r2, a2 in anchors.items() if r2 != r and any(b.startswith(p + ".") for b in a2 for p in ans)}
            if len(cands) == 1:
                uf.union(r, cands.pop())
    groups = uf.groups(range(len(units)))
    placed = [r for r, g in groups.items() if any(place[units[i]][0] for i in g)]
    loose = [r for r in groups if r not in placed]
    for r in (loose + placed if len(placed) <= 1 else loose):
        uf.union((loose + placed)[0], r)
    return sorted(uf.groups(range(len(units))).values())


def _collect(graph: Graph):
    """The officials (in id order) and each one's HOLDS edges (in key order)."""
    officials = nodes_with_label(graph, "Official")
    ids = {n.id for n in officials}
    holds: dict[str, list] = defaultdict(list)
    for e in edges_of_type(graph, "HOLDS"):
        if e.source in ids:
            holds[e.source].append(e)
    return officials, holds


@dataclass
class People:
    """Rules 1 and 2 of one pass: the clusters (rule 1, by name-key block), who is one person (rule 2), and what
    rule 3 and the survivors read besides (name keys, names, each unit's placement, the one-word units)."""

    clusters: list[Cluster]
    people: list[list[int]]
    keys: dict[str, str]
    names: dict[str, str]
    place: dict[tuple, tuple[set, set]]
    singles: list[tuple[str, str | None]]
    joined: list[tuple[int, str]]
    block_of: list[str]                            # each cluster's name-key block
    core: set[int] = field(default_factory=set)   # clusters of ``core_blocks`` (a restricted pass)


def plan_officials(graph: Graph, plan: Plan) -> People:
    """Fill ``plan`` with where every official node (or its part from one article) goes; return rules 1-2's
    clusters and people (``reach`` keeps each block's clusters' places from them)."""
    got = form_people(graph)
    target = finish_officials(graph, plan, got)
    plan_persons(graph, plan, person_summaries(graph, got.clusters, got.people, target))
    return got


def form_people(graph: Graph, is_core=None, sizes: dict | None = None) -> People:
    """Rules 1 and 2 over the officials ``graph`` shows.  With ``is_core`` (block, cluster -> bool: a later
    pass restricted by ``reach``), rule 2 takes only the pairs with a core cluster: the others were decided,
    and applied, by the previous pass (``reach_officials`` says why that is exact); ``sizes``: the number of
    clusters of the whole graph at the core clusters' places (``variants.spelling_pairs``)."""
    officials, holds = _collect(graph)
    keys = {n.id: name_key(str(n.properties.get("name") or "")) for n in officials}
    names = {n.id: str(n.properties.get("name") or "") for n in officials}
    place: dict[tuple, tuple[set, set]] = {}
    blocks: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    singles: list[tuple[str, str | None]] = []
    memo = getattr(graph, "memo", None)
    kept = memo.official_units if memo is not None else None
    placed_of: dict[str, dict] = {}
    for n in officials:
        articles, placed = placed_of[n.id] = units_of(graph, n, holds.get(n.id, []), kept)
        key = keys[n.id]
        units = [(n.id, art) for art in articles]
        for unit in units:
            place[unit] = placed[unit[1]]
        if " " in key:  # a name key has single spaces between words: two words or more
            blocks[key.replace(" ", "")].extend(units)  # "G.L." and "GL" are one name
        elif key:
            singles.extend(units)
    # Rule 1: same name key, region-compatible.
    tokens_of: dict[str, set[str]] = {}

    kept_tokens = memo.official_tokens if memo is not None else {}

    def node_tokens(nid: str) -> set[str]:
        """The words of a node's name and aliases (once per node, not once per article; a node a later pass
        finds as the same object keeps them)."""
        got = tokens_of.get(nid)
        if got is None:
            node = graph.nodes[nid]
            old = kept_tokens.get(nid)
            if old is not None and old[0] is node:
                got = tokens_of[nid] = old[1]
                return got
            props = node.properties
            got = tokens_of[nid] = set().union(*(name_key(str(alias or "")).split()
                                                 for alias in [props.get("name"), *(props.get("aliases") or [])]))
            kept_tokens[nid] = (node, got)
        return got

    clusters: list[Cluster] = []
    block_of: list[str] = []  # each cluster's block
    kept_blocks = memo.official_blocks if memo is not None else None
    for block in sorted(blocks):
        units = blocks[block]
        # a block's clusters read only its units, their nodes (name key, words) and their placements: a later
        # pass that finds the same units with the same node and placement objects takes the clusters it made
        # (clusters are never changed once made)
        sig = [(graph.nodes[nid], placed_of[nid]) for nid in dict.fromkeys(u[0] for u in units)]
        old = kept_blocks.get(block) if kept_blocks is not None else None
        if old is not None and old[0] == units and len(old[1]) == len(sig) \
                and all(a is c and b is d for (a, b), (c, d) in zip(old[1], sig)):
            clusters.extend(old[2])
            block_of.extend([block] * len(old[2]))
            continue
        if memo is not None and len(units) > 1:  # rule 1 reads only the units' articles and anchors
            groups = memo.cluster(tuple((u[1], *sorted(place[u][0])) for u in units),
                                  lambda: _same_name_clusters(units, place))
        else:
            groups = _same_name_clusters(units, place)
        made = []
        for idxs in groups:
            members = [units[i] for i in idxs]
            c = Cluster(key=min(keys[nid] for nid, _ in members), units=members)
            for u in c.units:
                c.anchors |= place[u][0]
                c.offices |= place[u][1]
                c.tokens |= node_tokens(u[0])
                if u[1] is not None:
                    c.articles.add(u[1])
            made.append(c)
        if kept_blocks is not None:
            kept_blocks[block] = (units, sig, made)
        clusters.extend(made)
        block_of.extend([block] * len(made))
    core = {ci for ci, b in enumerate(block_of) if is_core(b, clusters[ci])} if is_core is not None else None
    # Rule 2: spelling variants that share an office or a region.
    uf = UnionFind(len(clusters))
    joined: list[tuple[int, str]] = []
    memo = getattr(graph, "memo", None)
    for i, j in spelling_pairs(clusters, memo, core, sizes):
        if memo is None:
            rule = variant_rule(clusters[i], clusters[j])
        else:
            c1, c2 = clusters[i], clusters[j]
            rule = memo.variant((c1.key, c2.key, placed_together(c1, c2), bool(c1.offices & c2.offices)),
                                lambda: variant_rule(c1, c2))
        if rule and uf.union(i, j):
            joined.append((i, rule))
    people = sorted(uf.groups(range(len(clusters))).values())
    return People(clusters, people, keys, names, place, singles, joined, block_of, core or set())


def finish_officials(graph: Graph, plan: Plan, got: People, core_singles: set[str] | None = None) -> dict[int, str]:
    """Rule 3 and the survivors: fill ``plan`` from ``got``; return each person's surviving id.  With
    ``core_singles`` only those one-word officials may join someone (a restricted pass: ``reach_officials``)."""
    clusters, people, keys, place, singles = got.clusters, got.people, got.keys, got.place, got.singles
    person_of = {ci: pi for pi, members in enumerate(people) for ci in members}
    rules: dict[int, set[str]] = defaultdict(set)
    for ci, rule in got.joined:
        rules[person_of[ci]].add(rule)
        plan.counts[rule] += 1
    # Rule 3: a one-word name joins the one person of the same article it can be.
    #   (or, failing that, the one person holding the same office whose name has that word).
    #   Only the articles and offices of one-word names are ever looked up, so only they are indexed (a
    #   cluster's ``articles`` are its units' articles), and a person's words are gathered when asked.
    by_article: dict[str, set[int]] = defaultdict(set)
    by_office: dict[str, set[int]] = defaultdict(set)
    single_arts = {art for _, art in singles if art is not None}
    single_offices = set().union(*(place[u][1] for u in singles))
    for pi, members in enumerate(people):
        for ci in members:
            c = clusters[ci]
            for o in c.offices & single_offices:
                by_office[o].add(pi)
            for art in c.articles & single_arts:
                by_article[art].add(pi)
    person_tokens: dict[int, set[str]] = {}

    def tokens(pi: int) -> set[str]:
        got = person_tokens.get(pi)
        if got is None:
            got = person_tokens[pi] = set().union(*(clusters[ci].tokens for ci in people[pi]))
        return got
    asked: dict[str, dict[str, set[int]] | None] = {}

    def holders(office: str, word: str):
        """The people holding ``office`` with ``word`` in their names: a post asked for again (hundreds of
        one-word names hold "Bupati" of a crowded regency) is indexed by word once."""
        index = asked.get(office)
        if index is None:
            if office not in asked:
                asked[office] = None
                return [pi for pi in by_office.get(office, ()) if word in tokens(pi)]
            index = asked[office] = defaultdict(set)
            for pi in by_office.get(office, ()):
                for w in tokens(pi):
                    index[w].add(pi)
        return index.get(word, ())
    attached: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for unit in singles:
        if core_singles is not None and unit[0] not in core_singles:
            continue  # decided by the previous pass, and applied
        word = keys[unit[0]]
        cands = [pi for pi in sorted(by_article.get(unit[1], ())) if word in tokens(pi)
                 and not _same_post_elsewhere(place[unit][1], people[pi], clusters)]
        rule = RULE_SURNAME
        if not cands:
            cands = sorted({pi for o in place[unit][1] for pi in holders(o, word)})
            rule = RULE_SURNAME_OFFICE
        if unit[1] is not None and len(cands) == 1:
            attached[cands[0]].append((unit, rule))
    return assign_survivors(plan, graph, clusters, people, attached, singles, got.names, rules)
