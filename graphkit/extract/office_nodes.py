"""Office nodes and HOLDS edges from the posts the entities stage placed and the officials it collected.

One person's posts are first made consistent within the article (``_consistent``), then each becomes an
Office (``office:<role slug>:<region code>``), with one capacity per person and post (``_emit_offices``).
Kept apart from ``entities`` because it writes the graph from the stage's decisions and reads no text but
the clause before a post.
"""
from __future__ import annotations

import re

from .batch import Batch
from .context import ArticleContext
from .names.word_forms import slug
from .posts.post_record import Post
from .region_nodes import _Cited, _region_node
from .regions.gazetteer import gazetteer


_AGENCY_OF_POST = re.compile(r"^(?:Kepala|Sekretaris)\s+((?:Dinas|Badan)\s+\S.*)$")


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
