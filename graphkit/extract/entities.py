"""Officials, offices (HOLDS with capacity), regions and organisations.

The stage reads the article once for region forms (gazetteer) and
once for posts (offices.HEAD), then:

1. resolves regions from context and picks the article's own region
   (``ctx.region``: the dateline, else the most cited kab/kota);
2. turns every post followed by a name into an Official, an Office
   (``office:<role slug>:<region code>``) and a HOLDS edge with the capacity
   written before the post (Pj, Pjs, Plt, Plh; definitif otherwise);
3. finds every later mention of those officials (full name, a single name
   word such as "Makmur", a misspelling such as "Heran" one edit away, a
   nickname in brackets) and every title-only reference ("Pjs. Bupati
   Jember mengajak ...") and records them in ``ctx.mentions`` for the events
   and quotes stages;
4. adds Region nodes only for regions the article is about (jurisdictions of
   posts and bodies, the dateline), each kab/kota PART_OF its province.

Nothing inside boilerplate (photo credits, bylines, related-article lists)
becomes a fact.  Group words (OPD, ASN, Camat, Kepala Dinas) become
Organization nodes through ``group_node``, which the events stage calls too.
"""
from __future__ import annotations

from bisect import bisect_right

import functools
import re

from .batch import Batch
from .context import ArticleContext, Mention
from .regions.gazetteer import gazetteer
from .names.names import Name, parse_name
from .names.word_forms import slug
from .posts.offices import find_posts
from .posts.post_record import Post
from .posts.elided_heads import elided_head_posts
from .posts.pairs import find_pairs
from .posts.pair_names import find_pair_names, pair_mentions
from .posts.unit_lists import find_unit_lists
from .posts.members import is_shared_seat
from .posts.officials import Official, collect_officials, find_mentions
from .regions.article_regions import article_region, dateline, default_region
from .regions.region_resolver import RegionResolver
from .regions.regions import RegionHit, find_regions
from .posts.post_regions import entourage_province, region_from_context
from .posts.roles import abbreviates, is_national, is_national_seat, role_name
from .text import word_starts
from .text.sentences import scan

_ORG_WORDS = (r"Bawaslu", r"KPU", r"DPRD", r"Pemerintah\s+Kabupaten", r"Pemerintah\s+Kota", r"Pemerintah\s+Provinsi",
              r"Pemkab", r"Pemkot", r"Pemprov", r"Polres", r"Polda", r"Kejari", r"Kodim")
# "(?<![\w-])(Bawaslu|…)" with the boundary checked after each word's first letter: the same matches, but
# the pattern now opens on literal letters, so the engine skips to the next B/K/D/P instead of trying everywhere
_ORG = re.compile(r"(%s)\s+(?:\([^)]{1,12}\)\s*)?" % "|".join(r"%s(?<![\w-]%s)%s" % (w[0], w[0], w[1:]) for w in _ORG_WORDS))
# Every _ORG match opens with the first word of one of _ORG_WORDS, with no letter, digit or "-" before it: the
# pattern is tried only where the pass the article's word-start scans share (``word_starts``) found one.
word_starts.register("bodies", ((w.split("\\")[0].lower(), None) for w in _ORG_WORDS))
_SPACES = re.compile(r"\s+")
_AGENCY_OF_POST = re.compile(r"^(?:Kepala|Sekretaris)\s+((?:Dinas|Badan)\s+\S.*)$")
_ORG_NAME = {"pemkab": "Pemerintah Kabupaten", "pemkot": "Pemerintah Kota", "pemprov": "Pemerintah Provinsi"}
_GROUPS = {"opd": "OPD", "organisasi perangkat daerah": "OPD", "asn": "ASN",
           "aparatur sipil negara": "ASN", "pns": "PNS", "camat": "Camat", "kepala dinas": "Kepala Dinas",
           "lurah": "Lurah", "kepala desa": "Kepala Desa", "forkopimda": "Forkopimda"}


def _headline_end(ctx: ArticleContext) -> int:
    """End of the headline: the first non-boilerplate line, when it has no sentence punctuation."""
    pos = 0
    for line in ctx.text.splitlines(keepends=True):
        body = line.strip()
        if body and not ctx.in_boilerplate(pos + line.index(body[0]), pos + len(line.rstrip())):
            first = line.rstrip()
            rest = ctx.text[pos + len(line):].strip()
            # (a headline may hold an abbreviation's full stop, "RA. Kartini", but does not end a sentence)
            return pos + len(first) if rest and len(body) < 200 and not re.search(r"[.!?]$", body) and \
                len(re.findall(r"[a-z]{3,}[.!?]\s", body)) == 0 else 0
        pos += len(line)
    return 0


# "para asisten dan sekda", "seluruh camat": a post under a plural quantifier (its list included) names the
# class of its holders, not the one holder the article names elsewhere
_PLURAL_CLASS = re.compile(r"\b(?:para|seluruh|segenap|jajaran|sejumlah)\s+(?:[\w./-]+\s*(?:,|\bdan\b|\bserta\b)\s*){0,3}$",
                           re.I)


# a lower-case post counted or under a plural quantifier: "lima bupati", "para camat", "seluruh kepala desa"
_COUNTED = re.compile(r"\b(?:para|seluruh|segenap|sejumlah|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                      r"belasan|puluhan|ratusan|\d+)\s+$", re.I)


def extract_entities(ctx: ArticleContext) -> None:
    """Add Region, Official, Office, Organization nodes and HOLDS/IN_REGION/PART_OF edges; fill ctx.mentions."""
    text = ctx.text
    hits = find_regions(text, ctx.in_boilerplate)
    dl = dateline(text, ctx.in_boilerplate, hits)
    ctx.region = article_region(hits, dl)
    resolver = RegionResolver(ctx, hits)
    headline = _headline_end(ctx)
    placed: list[tuple[Post, str, str | None]] = []
    named_pairs = find_pair_names(text, resolver.region_at)
    pairs = find_pairs(text, resolver.region_at) + named_pairs
    paired = {p.name_start for p in pairs}      # a name a pair gives its post: the single reading yields to it
    for p in [p for p in find_posts(text, resolver.region_at) if p.name_start not in paired] + pairs + \
            elided_head_posts(text, resolver.region_at) + \
            find_unit_lists(text, ctx.region, resolver.codes):
        if not ctx.in_boilerplate(p.start, p.end):
            if p.name_start is not None and text[p.start].islower() and _COUNTED.search(text, max(0, p.start - 30), p.start):
                p.name_start = None     # "lima bupati Meepago", "para bupati X": a class and its area, no one person
            role = role_name(text, p)
            code = resolver.codes.get(p.region_span) if p.region_span else None
            if code and is_national_seat(role):
                code = "ID"        # "Anggota DPD RI Dapil NTT": a national seat, whatever its constituency
            if code is None and not p.region_span and not is_national(role, text[p.start:p.end]):
                code = region_from_context(text, p, hits) or entourage_province(text, p, role, hits)
            placed.append((p, role, code or default_region(role, p, ctx, hits)))
    officials = collect_officials(ctx, placed, headline)
    batch, cited = Batch(ctx), _Cited()
    holder = _emit_offices(ctx, batch, cited, _consistent(officials.posted))
    mentions = find_mentions(ctx, officials.all)
    if named_pairs:
        mentions = sorted(mentions + pair_mentions(text, named_pairs, officials.all, mentions))
    held = {(role, code) for p, role, code in placed if f"office:{slug(role)}:{code}" in holder}
    for p, role, code in placed:            # title-only references ("Pjs. Bupati Jember mengajak ...")
        if p.name_start is None and code and f"office:{slug(role)}:{code}" not in holder:
            # "Dirjen Otda" after "Direktur Jenderal Otonomi Daerah, Budi": the clipped form of a held post
            role = next((r for r, c in sorted(held) if c == code and abbreviates(role, r)), role)
        # ... of a post one person holds: "anggota DPRD" alone names the members, not one of them
        if p.name_start is None and code and f"office:{slug(role)}:{code}" in holder and not is_shared_seat(role) \
                and not _PLURAL_CLASS.search(text, max(0, p.start - 80), p.start):
            mentions.append(Mention(p.start, p.end, holder[f"office:{slug(role)}:{code}"], "title"))
    _emit_bodies(ctx, batch, cited, hits, headline)
    if dl:
        cited.add(dl[2] if dl[2].count(".") <= 1 else dl[2][:5], dl[0], dl[1])
    inside_name = _within(sorted((m.start, m.end) for m in mentions if m.kind == "name"))
    for h in hits:
        if h.kind != "kecamatan" and h.start >= headline and not inside_name(h.start, h.end):
            cited.add(h.code, h.prefix_start, h.end)     # (not "Bima" of "Wali Kota Bogor, Bima Arya": a person)
    if ctx.region and ctx.region not in cited.spans:
        # the article's own region always exists as a node: later stages put events and venues in it
        cited.add(ctx.region, *next(((h.prefix_start, h.end) for h in hits if h.code == ctx.region), (None, None)))
    for code in sorted(cited.spans):
        spans = cited.spans[code]
        _region_node(batch, code, *(spans[0] if spans else (None, None)))
        node = batch.nodes.get(f"region:{code}")
        if node is not None:
            node[2].extend(spans[1:])       # (the node stands now: each further span is only more evidence)
    batch.flush()
    ctx.mentions = _outermost(sorted(set(ctx.mentions) | set(mentions)))


def _within(spans: list[tuple[int, int]]):
    """A test "is [start, end) inside one of ``spans``" (sorted by start) in log time: a long article has
    thousands of region hits and of names, and testing each hit against every name was quadratic.  A span
    opening at or before ``start`` contains the range iff the furthest end among those spans reaches ``end``."""
    starts = [s for s, _ in spans]
    reach, furthest = [], -1
    for _, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end
    return inside


class _Cited:
    """Regions the article is about, with the spans that say so."""

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {}

    def add(self, code: str | None, start: int | None, end: int | None) -> None:
        if code:
            self.spans.setdefault(code, [])
            if start is not None and end is not None:
                self.spans[code].append((start, end))


def _consistent(posted: list[tuple]) -> list[tuple]:
    """One person's posts made consistent within the article.

    A post written without its region ("Gubernur Herman Deru") takes the region the same person's same
    post is written with elsewhere ("Gubernur Sumsel Herman Deru"); a bare post ("Menteri Budi Karya
    Sumadi") takes the same person's fuller post ("Menteri Perhubungan Budi Karya Sumadi").
    """
    explicit: dict[tuple[str, str], str] = {}
    roles_of: dict[str, list[str]] = {}
    for p, role, code, official, name in posted:
        if official is None:
            continue
        if p.region_span and code:
            explicit.setdefault((official.node_id, role), code)
        if role not in roles_of.setdefault(official.node_id, []):
            roles_of[official.node_id].append(role)
    fuller = {(oid, role): longer[0] for oid, roles in roles_of.items() for role in roles
              if (longer := [r for r in roles if r.startswith(role + " ")])}
    rows = []
    for p, role, code, official, name in posted:
        if official is not None:
            longer = fuller.get((official.node_id, role))
            if longer:
                role, code = longer, explicit.get((official.node_id, longer), code)
            elif not p.region_span:
                code = explicit.get((official.node_id, role), code)
        rows.append((p, role, code, official, name))
    return rows


# an inauguration's verb and "sebagai/menjadi", in the clause before a post: the post is the one given
_GIVEN = re.compile(r"\b(?:dilantik|dikukuhkan|diangkat|ditunjuk)\s+(?:[\w()]+\s+){0,2}?(?:sebagai|menjadi|jadi)\b[^.;\n]*$",
                    re.I)


def _emit_offices(ctx: ArticleContext, batch: Batch, cited: _Cited, posted: list[tuple]) -> dict[str, str]:
    """Office nodes and HOLDS edges (one capacity per person and post); returns office id -> holder id."""
    holder: dict[str, str] = {}
    holds: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for p, role, code, official, name in posted:
        if code is None or ctx.in_boilerplate(p.start, p.end) or not p.current:
            continue
        office_id = _office(batch, role, code, p)
        if code != "ID" and code.count(".") < 2:
            cited.add(code, *(p.region_span or (p.start, p.end)))
        if code == "ID":
            _region_node(batch, "ID", p.start, p.end)
        if official is not None:
            holds.setdefault((official.node_id, office_id), []).append(
                (p.capacity, min(p.start, name.full_start), max(p.end, name.full_end)))
            holder.setdefault(office_id, official.node_id)
            body = _AGENCY_OF_POST.match(role)
            if body and code != "ID":      # "Kepala Dinas Kesehatan" works in "Dinas Kesehatan" of that region
                region = gazetteer().regions.get(code if code.count(".") < 2 else code[:5])
                org_id = f"org:{slug(body.group(1))}:{region.code}" if region else None
                if org_id:
                    batch.node(org_id, "Organization", p.start, p.end, name=f"{body.group(1)} {region.name}",
                               kind="agency", region=region.code)
                    batch.edge("IN_REGION", org_id, f"region:{region.code}", p.start, p.end)
                    batch.edge("MEMBER_OF", official.node_id, org_id, p.start, p.end)
    for (official_id, office_id), caps in sorted(holds.items()):
        acting = [c for c in caps if c[0] != "definitif"]     # "Pj Bupati" once outweighs "Bupati" later
        counts: dict[str, int] = {}
        for c in acting or caps:
            counts[c[0]] = counts.get(c[0], 0) + 1
        chosen = max(counts, key=counts.__getitem__)        # the most written; the first written on a tie
        if len(counts) > 1 and list(counts.values()).count(counts[chosen]) > 1:
            # "Plh Bupati X Budi … dilantik sebagai Pj Bupati X", "yang dilantik sebagai Pj Bupati, yaitu …
            # Budi": on a tie, the capacity the inauguration gives (its post written after the verb) is his now
            given = [c[0] for c in acting if counts[c[0]] == counts[chosen] and _GIVEN.search(
                ctx.text, max(0, c[1] - 90), c[1])]
            chosen = given[0] if given else chosen
        for _, s, e in caps:
            batch.edge("HOLDS", official_id, office_id, s, e, capacity=chosen, as_of=ctx.published)
    return holder


def _emit_bodies(ctx: ArticleContext, batch: Batch, cited: _Cited, hits: list[RegionHit],
                 headline: int) -> None:
    """Organization nodes for bodies named with their jurisdiction ("Bawaslu Kabupaten Bekasi", "Pemkab X")."""
    gaz = gazetteer()
    hit_at: dict[int, RegionHit] = {}
    for h in hits:
        hit_at.setdefault(h.prefix_start, h)
        hit_at.setdefault(h.start, h)
    if not hit_at:
        return                 # (a body counts only with a region right after it: none opens past the last)
    last = max(hit_at)         # (the first words that end by the last region, as the pattern needs)
    for m in scan(_ORG, ctx.text, sorted({s for s, e, _ in word_starts.hits(ctx.text, "bodies") if e <= last})):
        hit = hit_at.get(m.end())
        if hit is None or hit.kind == "kecamatan" or m.start() < headline or ctx.in_boilerplate(m.start(), m.end()):
            continue
        written = _SPACES.sub(" ", m.group(1))
        base = _ORG_NAME.get(written.lower(), written)
        region = gaz.regions[hit.code]
        spelled = base.endswith(("Kabupaten", "Kota", "Provinsi"))
        name = f"{base} {region.short if spelled else region.name}"
        oid = f"org:{slug(base)}:{hit.code}"
        batch.node(oid, "Organization", m.start(), hit.end, name=name, kind="agency", region=hit.code)
        batch.edge("IN_REGION", oid, f"region:{hit.code}", m.start(), hit.end)
        cited.add(hit.code, hit.prefix_start, hit.end)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention lying inside another ("Nugrahayu" inside "Heran Nugrahayu"); keep sorted order."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end, m.kind, m.node_id)):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return sorted(out)


def _office(ctx, role: str, code: str, post: Post) -> str:
    gaz = gazetteer()
    region = gaz.regions.get(code)
    office_id = f"office:{slug(role)}:{code}"
    where = region.short if region and region.kind != "provinsi" else (region.short if region else code)
    if code == "ID":
        where = ""
    name = f"{role} {where}".strip() if not role.endswith(where) else role
    ctx.node(office_id, "Office", post.start, post.end, name=name, role=role, region=code)
    # A kecamatan post keeps its kecamatan code; the node it sits in is the kab/kota (kecamatan are
    # not emitted as regions of the article: they are places, rarely what the article is about).
    where_id = code if code.count(".") < 2 else code[:5]
    ctx.edge("IN_REGION", office_id, f"region:{where_id}", post.start, post.end)
    _region_node(ctx, where_id, None, None)
    return office_id


def _region_node(batch: Batch, code: str, start: int | None, end: int | None) -> None:
    """The Region node of ``code`` (with the evidence span, when given), its ancestors and PART_OF edges."""
    if f"region:{code}" in batch.nodes:       # added before, with its ancestors: only the span is new
        batch.node(f"region:{code}", "Region", start, end)
        return
    ops = _region_ops(code)
    if ops:
        node_id, props = ops[0]
        batch.node(node_id, "Region", start, end, **props)
        for node_id, props, child in ops[1:]:
            batch.node(node_id, "Region", **props)
            batch.edge("PART_OF", child, node_id)


@functools.lru_cache(maxsize=None)
def _region_ops(code: str) -> tuple:
    """What ``_region_node`` adds for ``code``, worked out once per code (the gazetteer is fixed): the region's
    (id, properties), then (id, properties, child id) for each ancestor below Indonesia."""
    regions = gazetteer().regions
    region = regions.get(code)
    if region is None:
        return ()
    ops: list[tuple] = [(f"region:{code}", _region_props(region))]
    while region.parent and region.parent != "ID" and region.parent in regions:
        parent = regions[region.parent]
        ops.append((f"region:{parent.code}", _region_props(parent), f"region:{region.code}"))
        if parent.parent in (None, "ID"):
            break
        region = parent
    return tuple(ops)


def _region_props(region) -> dict:
    return {"name": region.name, "kind": region.kind, "code": region.code, "wikidata": region.wikidata}


def group_node(ctx: ArticleContext, word: str, start: int, end: int) -> str:
    """The Organization node for a group word (OPD, ASN, Camat, Kepala Dinas) in this article.

    Used by the events stage for ATTENDED sources; the node is
    ``org:<slug>[:<region>]`` with kind ``group`` and the group word in its name.
    """
    key = " ".join(word.lower().split())
    label = _GROUPS.get(key) or " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in word.split())
    region = ctx.region
    gaz = gazetteer()
    where = gaz.regions[region].name if region and region in gaz.regions else None
    node_id = f"org:{slug(label)}" + (f":{region}" if region else "")
    ctx.node(node_id, "Organization", start, end, name=f"{label} {where}" if where else label, kind="group",
             region=region)
    if region and f"region:{region}" in ctx.graph.nodes:     # never an edge to a region not in the graph
        ctx.edge("IN_REGION", node_id, f"region:{region}", start, end)
    mention = Mention(start, end, node_id, "group")
    if mention not in ctx.mentions:
        ctx.mentions.append(mention)
        ctx.mentions.sort()
    return node_id


__all__ = ["extract_entities", "group_node", "Official", "Name", "parse_name"]
