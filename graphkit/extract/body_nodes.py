"""Organization nodes: bodies named with their jurisdiction ("Bawaslu Kabupaten Bekasi", "Pemkab X") and
group words (OPD, ASN, Camat, Kepala Dinas) through ``group_node``, which the events stage calls too.

Kept apart from ``entities`` because bodies and groups are read by their own word list (registered with
the shared word-start scan) and asked for by other stages, not only by the entities stage.
"""
from __future__ import annotations

import re

from .batch import Batch
from .context import ArticleContext, Mention
from .names.word_forms import slug
from .region_nodes import _Cited
from .regions.gazetteer import gazetteer
from .regions.regions import RegionHit
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


_ORG_NAME = {"pemkab": "Pemerintah Kabupaten", "pemkot": "Pemerintah Kota", "pemprov": "Pemerintah Provinsi"}
_GROUPS = {"opd": "OPD", "organisasi perangkat daerah": "OPD", "asn": "ASN",
           "aparatur sipil negara": "ASN", "pns": "PNS", "camat": "Camat", "kepala dinas": "Kepala Dinas",
           "lurah": "Lurah", "kepala desa": "Kepala Desa", "kades": "Kepala Desa", "forkopimda": "Forkopimda"}


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
