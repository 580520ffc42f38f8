"""Per-block decisions kept from one build to the next (``graphkit.resolve.memo``) change what is computed,
never the result: resolving the new merged graph with the previous build's memo equals resolving it afresh,
also when the new articles touch a block the memo holds a decision for (a merge it now makes, a merge it
now undoes)."""
from __future__ import annotations

from test_resolve import official, officials

from graphkit.model import Graph
from graphkit.resolve import resolve
from graphkit.resolve.memo import MEMO, ResolveMemo


def _base() -> Graph:
    g = Graph()
    official(g, "a1", "Budi Santoso", "35.09")
    official(g, "a2", "Budi Santoso", "35.09", role="wakil-bupati")
    official(g, "a3", "Heran Nugrahayu", "35.09", role="camat")
    official(g, "a4", "Andreas Kurniawan", "32.01")
    return g


def _with_memo(tmp_path, before: Graph, after: Graph) -> tuple[Graph, dict, ResolveMemo]:
    """Resolve ``before`` (its memo saved like a generation's), then ``after`` with that memo loaded."""
    memo = ResolveMemo()
    resolve(before, memo)
    memo.save(tmp_path)
    assert (tmp_path / MEMO).is_file()
    kept = ResolveMemo.load(tmp_path)
    out, merges = resolve(after, kept)
    return out, merges, kept


def _plus(g: Graph, *adds) -> Graph:
    out = Graph()
    out.merge(g)
    for art, name, region, role in adds:
        official(out, art, name, region, role=role)
    return out


def test_an_added_article_whose_official_joins_an_existing_one_by_name_key(tmp_path):
    after = _plus(_base(), ("a5", "H. Budi Santoso, S.Sos", "35.09", "bupati"),   # rule 1: same name key
                  ("a6", "Hera Nugrahayu", "35.09", "camat"))                     # rule 2: spelling, same office
    out, merges, kept = _with_memo(tmp_path, _base(), after)
    fresh, fresh_merges = resolve(after)
    assert out.to_dict() == fresh.to_dict() and merges == fresh_merges
    offs = officials(out)
    assert offs["official:budi-santoso"].properties["sources"] == [f"article:a{i}" for i in (1, 2, 5)]
    assert "official:hera-nugrahayu" not in offs
    assert kept.hits and kept.misses  # the untouched blocks were reused, the touched ones decided again


def test_an_added_article_that_splits_an_earlier_merge(tmp_path):
    before = _base()
    official(before, "a7", "Budi Santoso", None)       # unplaced: joins the one placed Budi (35.09)
    after = _plus(before, ("a8", "Budi Santoso", "32.01", "camat"))   # a namesake elsewhere: now two people
    out, merges, _ = _with_memo(tmp_path, before, after)
    fresh, fresh_merges = resolve(after)
    assert out.to_dict() == fresh.to_dict() and merges == fresh_merges
    offs = officials(out)
    assert {"official:budi-santoso:35.09", "official:budi-santoso:32.01", "official:budi-santoso"} <= set(offs)
    assert offs["official:budi-santoso"].properties["sources"] == ["article:a7"]   # nothing says which one
    assert "official:budi-santoso" in officials(resolve(before)[0])


def test_a_decision_is_reused_only_under_the_inputs_it_was_made_from(tmp_path):
    """A memo poisoned with wrong decisions for *other* inputs changes nothing; one written by other rules
    (another version) is ignored."""
    after = _plus(_base(), ("a5", "Hera Nugrahayu", "35.09", "camat"))
    memo = ResolveMemo()
    resolve(after, memo)
    wrong = ResolveMemo({k + (("x", "y"),): [[0]] for k in memo.clusters},
                        {(k[1], k[0], not k[2], not k[3]): "official:spelling" for k in memo.variants})
    assert resolve(after, wrong)[0].to_dict() == resolve(after)[0].to_dict()
    memo.save(tmp_path)
    raw = (tmp_path / MEMO).read_bytes()
    import pickle
    doc = pickle.loads(raw)
    doc["version"] = "other rules"
    (tmp_path / MEMO).write_bytes(pickle.dumps(doc))
    assert not ResolveMemo.load(tmp_path).old_variants
    (tmp_path / MEMO).write_bytes(b"not a pickle")
    assert not ResolveMemo.load(tmp_path).old_clusters


def test_each_generation_keeps_its_memo_and_the_next_build_reads_it(tmp_path, monkeypatch):
    """The build folder saves ``resolve.memo`` with every generation and hands it to the next build's
    resolution, which reuses its decisions (and stays byte-identical to a build from scratch)."""
    from folder_check import write_articles

    import graphkit.buildjob as buildjob
    from graphkit.pipeline import build
    src, out, ref = tmp_path / "src", tmp_path / "out", tmp_path / "ref"
    files = write_articles(src, 8)  # the example articles twice: officials named in two articles
    build(files, out, stores=False)
    saved = ResolveMemo.load(out / "current")
    assert saved.old_clusters or saved.old_variants or saved.old_places
    given: list[ResolveMemo] = []
    real = buildjob.resolve
    monkeypatch.setattr(buildjob, "resolve", lambda g, memo=None: (given.append(memo), real(g, memo))[1])
    files += write_articles(src, 2, start=8)
    build(files, out, stores=False)
    assert (given[0].old_clusters, given[0].old_variants, given[0].old_places) == \
        (saved.old_clusters, saved.old_variants, saved.old_places)
    assert given[0].hits > 0
    build(files, ref, stores=False)
    assert (out / "current" / "graph.json").read_bytes() == (ref / "current" / "graph.json").read_bytes()


def _spelling_reference(c1, c2) -> bool:
    """The spelling rule as first written: the whole keys' edit distance, then the word conditions."""
    from graphkit.resolve.keys import edit_distance
    k1, k2 = c1.key, c2.key
    region, office = bool(c1.anchors & c2.anchors), bool(c1.offices & c2.offices)
    if k1.replace(" ", "") == k2.replace(" ", ""):
        return region or office
    w1, w2 = k1.split(), k2.split()
    if len(w1) != len(w2) or min(len(k1), len(k2)) < 6:
        return False
    diff = [(a, b) for a, b in zip(w1, w2) if a != b]
    d = edit_distance(k1, k2, 2)
    if d == 1:
        return region and all(min(len(a), len(b)) >= 4 for a, b in diff)
    return d == 2 and office and len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5


def test_the_fast_spelling_rule_decides_every_pair_as_the_whole_key_distance_does():
    """``_spelling_match`` compares only the one differing word (#20: the largest cost of resolving 100k
    articles); on every pair of these keys and placements it says what the whole-key rule says."""
    from itertools import product

    from graphkit.resolve.variants import Cluster, _spelling_match
    keys = ["rahmat hidayat", "rahmad hidayat", "rahmat hidayah", "rahmat hidajat", "rahmat hdayat",
            "rahmathidayat", "rahmat hidayat s", "ramat hidayt", "rahmad hidayah", "ahmad hidayat",
            "raden mas hidayat", "raden mas hidajat", "raden mas idayat", "susi", "susi ani", "susiani",
            "muh arif budiman", "muh arif budimans", "moh arif budiman", "muh arief budiman", "muh arif bdman"]
    places = [(set(), set()), ({"32.01"}, set()), (set(), {"office:bupati:32.01"}),
              ({"32.01"}, {"office:bupati:32.01"})]
    checked = matched = 0
    for (k1, k2), (p1, p2) in product(product(keys, keys), product(places, places)):
        c1, c2 = Cluster(k1, [], *p1), Cluster(k2, [], *p2)
        got = _spelling_match(c1, c2)
        assert got == _spelling_reference(c1, c2), (k1, k2, p1, p2)
        checked += 1
        matched += got
    assert checked == len(keys) ** 2 * 16 and 0 < matched < checked


def test_later_passes_reuse_an_officials_placements_only_while_its_objects_are_the_same():
    """Within one resolution, an official's placements are reused by a later pass only while its node, its
    HOLDS edges and their Office nodes are the very same objects: a changed Office (another region) is read
    again, and the plan equals one made without anything kept."""
    from graphkit.model import Node
    from graphkit.resolve import apply_plan, make_plan
    g = _base()
    memo = ResolveMemo()
    first = apply_plan(g, make_plan(g, memo))
    budi = memo.official_units["official:budi-santoso"]
    assert budi[0] is g.nodes["official:budi-santoso"] and len(budi[1]) == 2
    assert {a for anchors, _ in budi[3][1].values() for a in anchors} == {"35.09"}
    again = apply_plan(g, make_plan(g, memo))
    assert memo.official_units["official:budi-santoso"][3] is budi[3]  # same objects: reused, not recomputed
    assert again.to_dict() == first.to_dict()
    # the bupati's office now lies in another regency (a new Office object; everything else shared)
    moved = Graph()
    moved.nodes, moved.edges = dict(g.nodes), dict(g.edges)
    office = g.nodes["office:bupati:35.09"]
    moved.nodes[office.id] = Node(id=office.id, labels=office.labels, properties={**office.properties, "region": "32.01"})
    kept_plan, fresh_plan = make_plan(moved, memo), make_plan(moved, ResolveMemo())
    assert memo.official_units["official:budi-santoso"][3] is not budi[3]
    assert {a for anchors, _ in memo.official_units["official:budi-santoso"][3][1].values()
            for a in anchors} == {"35.09", "32.01"}
    assert apply_plan(moved, kept_plan).to_dict() == apply_plan(moved, fresh_plan).to_dict()
    assert sorted(officials(apply_plan(moved, fresh_plan))) != sorted(officials(first))  # namesakes split now


def test_later_passes_reuse_a_blocks_clusters_only_while_its_nodes_and_placements_are_the_same():
    from graphkit.model import Node
    from graphkit.resolve import apply_plan, make_plan
    g = _base()
    official(g, "a9", "Budi Santosa", "35.09", role="camat", nid="official:budi-santosa")  # rule 2 joins it
    memo = ResolveMemo()
    first = apply_plan(g, make_plan(g, memo))
    made = memo.official_blocks["budisantoso"][2]
    assert [c.key for c in made] == ["budi santoso"] and made[0].offices >= {"office:bupati:35.09"}
    make_plan(g, memo)
    assert memo.official_blocks["budisantoso"][2] is made  # same nodes, same placements: the clusters kept
    # the Budi Santoso node is written another way, with an alias (a new object, the same name key): its block is made again, and
    # the plan is the one made with nothing kept
    renamed = Graph()
    renamed.nodes, renamed.edges = dict(g.nodes), dict(g.edges)
    node = g.nodes["official:budi-santoso"]
    renamed.nodes[node.id] = Node(id=node.id, labels=node.labels,
                                  properties={**node.properties, "name": "H. Budi Santoso, S.Sos",
                                              "aliases": ["Budi Santoso Wibowo"]})
    kept_plan, fresh_plan = make_plan(renamed, memo), make_plan(renamed, ResolveMemo())
    assert memo.official_blocks["budisantoso"][2] is not made
    assert memo.official_blocks["budisantoso"][1][0][0] is renamed.nodes[node.id]
    assert "wibowo" in memo.official_blocks["budisantoso"][2][0].tokens  # its words read again
    assert apply_plan(renamed, kept_plan).to_dict() == apply_plan(renamed, fresh_plan).to_dict()
