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
The nodes are written by ``office_nodes`` (Office, HOLDS), ``body_nodes``
(Organization) and ``region_nodes`` (Region, PART_OF); this module holds the
stage's decisions.
"""
from __future__ import annotations

from bisect import bisect_right

import re

from .batch import Batch
from .context import ArticleContext, Mention
from .names.names import Name, parse_name
from .names.word_forms import slug
from .posts.heads import legislature_named
from .posts.offices import find_posts
from .posts.lower_posts import capitalised_posts
from .posts.post_record import Post
from .posts.elided_heads import elided_head_posts
from .posts.pairs import find_pairs
from .posts.deputy_refs import deputy_refs
from .posts.pair_names import find_pair_names, pair_mentions
from .posts.unit_lists import find_unit_lists
from .posts.members import is_shared_seat
from .posts.official_mentions import find_mentions
from .posts.officials import Official, collect_officials
from .regions.article_regions import article_region, dateline, default_region
from .regions.region_resolver import RegionResolver
from .regions.regions import find_regions
from .posts.post_regions import entourage_province, escort_region, region_from_context
from .posts.roles import abbreviates, is_national, is_national_seat, role_name
from .office_nodes import _consistent, _emit_offices
from .region_nodes import _Cited, _region_node
# (last: importing it registers the "bodies" words with the shared word-start scan, after the posts' heads)
from .body_nodes import _emit_bodies, group_node


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
    pairs = find_pairs(text, resolver.region_at) + named_pairs + deputy_refs(text, resolver.region_at)
    paired = {p.name_start for p in pairs}      # a name a pair gives its post: the single reading yields to it
    pair_heads = {p.start for p in pairs}       # and so does a head the pair reads ("A dan B sebagai Bupati serta …")
    posts_text = capitalised_posts(text)      # (a post written in lower case after "menjabat": read as capitalised)
    for p in [p for p in find_posts(posts_text, resolver.region_at) if p.name_start not in paired
              and p.start not in pair_heads] + pairs + \
            elided_head_posts(text, resolver.region_at) + \
            find_unit_lists(text, ctx.region, resolver.codes):
        if not ctx.in_boilerplate(p.start, p.end):
            if p.name_start is not None and text[p.start].islower() and p.head[:1].islower() and \
                    _COUNTED.search(text, max(0, p.start - 30), p.start):
                p.name_start = None     # "lima bupati Meepago", "para bupati X": a class and its area, no one person
                #                         (not the counted seats of a body just named: "dua wakil ketua A dan B")
            role = role_name(posts_text, p)
            code = resolver.codes.get(p.region_span) if p.region_span else None
            if code and is_national_seat(role):
                code = "ID"        # "Anggota DPD RI Dapil NTT": a national seat, whatever its constituency
            if code is None and not p.region_span and not is_national(role, text[p.start:p.end]):
                code = region_from_context(text, p, hits) or entourage_province(text, p, role, hits) \
                    or escort_region(text, p, role, placed)
            code = code or default_region(role, p, ctx, hits)
            placed.append((p, legislature_named(role, code, text, p.start), code))
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


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention lying inside another ("Nugrahayu" inside "Heran Nugrahayu"); keep sorted order."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end, m.kind, m.node_id)):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return sorted(out)


__all__ = ["extract_entities", "group_node", "Official", "Name", "parse_name"]
