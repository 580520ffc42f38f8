"""Incremental store updates: ``update_store(graph, out, delta)`` on a copy of the previous store must leave
a store that answers exactly like ``write_store(graph)`` written from scratch (same rows, same triples)."""
from __future__ import annotations

import copy
import shutil

import pytest

from graphkit.delta import graph_delta
from graphkit.model import Edge, Graph, Node, provenance
from graphkit.stores import embedded, oxigraph
from test_embedded import mini_graph


def changed(old: Graph) -> Graph:
    """``old`` after a few articles came and went: every kind of change the delta can carry."""
    g = Graph()
    g.nodes = {k: copy.deepcopy(v) for k, v in old.nodes.items()}
    g.edges = {k: copy.deepcopy(v) for k, v in old.edges.items()}
    del g.nodes["person:rina"]  # a deleted node, with its edges
    for key in [k for k in g.edges if "person:rina" in k]:
        del g.edges[key]
    hidayat = g.nodes["official:imam-hidayat"]
    hidayat.properties["name"] = "Imam Hidayat, S.H."
    hidayat.properties.pop("aliases")  # a property that went away reads as null again
    hidayat.properties["wikidata"] = "http://www.wikidata.org/entity/Q42"  # a property name new to the store
    for key in [k for k in g.edges if k[0] == "HOLDS" and k[1] in ("official:imam-hidayat", "official:hendrik")
                and k[3] in ("Pjs", "Plt")]:
        del g.edges[key]  # Pjs goes while definitif stays (shared direct triple); hendrik's only HOLDS goes
    led = next(k for k in g.edges if k[0] == "LED" and k[1] == "official:adhy-karyono")
    g.edges[led].properties["evidence"] = [{"article": "article:a4", "start": 1, "end": 5}]
    g.edges[led].properties["sources"] = ["article:a1", "article:a4"]
    g.add_node(Node(id="article:a4", labels=["Article"], properties={"title": "Baru", "sources": ["article:a4"]}))
    g.add_node(Node(id="official:budi", labels=["Official"], properties={"name": "Budi", **provenance("a4", 2, 6)}))
    g.add_edge(Edge(type="HOLDS", source="official:budi", target="office:camat:35.09.01",
                    properties={"capacity": "Plt", **provenance("a4", 2, 20)}))
    g.add_edge(Edge(type="ATTENDED", source="official:budi", target="event:apel:2024-09-30:35.09.01",
                    properties=provenance("a4")))
    return g


def cypher_dump(out) -> dict:
    with embedded.EmbeddedStore(out) as s:
        return {"nodes": s.run("MATCH (n) RETURN n ORDER BY n.id")[1],
                "rels": s.run("MATCH (a)-[r]->(b) RETURN a.id, b.id, r ORDER BY r.key")[1],
                "interim": s.run(open("queries/interim_heads.cypher").read())[1]}


def triples(out) -> set:
    import pyoxigraph as ox
    store = ox.Store.read_only(str(oxigraph.store_path(out)))
    return {str(q) for q in store}


@pytest.fixture
def generations(tmp_path):
    old, new = mini_graph(), None
    new = changed(old)
    prev, fresh, upd = tmp_path / "1", tmp_path / "fresh", tmp_path / "2"
    for store in (embedded, oxigraph):
        store.write_store(old, prev)
        store.write_store(new, fresh)
    shutil.copytree(prev, upd)
    return old, new, fresh, upd


def test_cypher_update_equals_a_fresh_store(generations):
    old, new, fresh, upd = generations
    summary = embedded.update_store(new, upd, graph_delta(old, new))
    assert summary["mode"] == "updated" and summary["new_columns"] == ["wikidata"]
    assert summary["deleted_nodes"] == 1 and summary["upserted_nodes"] == 3
    assert cypher_dump(upd) == cypher_dump(fresh)


def test_rdf_update_equals_a_fresh_store(generations):
    old, new, fresh, upd = generations
    summary = oxigraph.update_store(new, upd, graph_delta(old, new))
    assert summary["mode"] == "updated" and summary["removed_triples"] > 0
    assert triples(upd) == triples(fresh)
    assert (upd / "graph.nt").read_bytes() == (fresh / "graph.nt").read_bytes()


def test_an_empty_delta_changes_nothing(generations):
    old, _, _, upd = generations
    before = (cypher_dump(upd), triples(upd))
    assert embedded.update_store(old, upd, graph_delta(old, old))["mode"] == "updated"
    assert oxigraph.update_store(old, upd, graph_delta(old, old))["removed_triples"] == 0
    assert (cypher_dump(upd), triples(upd)) == before


def test_a_relabelled_node_rewrites_the_cypher_store(generations):
    old, _, _, upd = generations
    new = Graph(old.nodes.values(), old.edges.values())
    rina = new.nodes["person:rina"]
    new.nodes["person:rina"] = Node(id=rina.id, labels=["Official"], properties=rina.properties)
    summary = embedded.update_store(new, upd, graph_delta(old, new))
    assert summary["mode"] == "rewritten"
    fresh = upd.parent / "fresh2"
    embedded.write_store(new, fresh)
    assert cypher_dump(upd) == cypher_dump(fresh)


def test_an_update_copies_only_the_store_parts_it_does_not_rewrite(tmp_path, monkeypatch):
    """graph.nt is rendered anew by the RDF update, so copying the previous one (GBs at 100k articles) is waste."""
    import graphkit.stores as stores_pkg
    monkeypatch.setitem(stores_pkg.STORE_FILES, "fake", ("fake.store", "fake.nt"))
    monkeypatch.setitem(stores_pkg.REWRITTEN, "fake", frozenset({"fake.nt"}))
    src, dst = tmp_path / "1", tmp_path / "2"
    src.mkdir()
    dst.mkdir()
    (src / "fake.store").write_text("db")
    (src / "fake.nt").write_text("triples")
    assert stores_pkg.copy_store_files("fake", src, dst)
    assert (dst / "fake.store").read_text() == "db" and not (dst / "fake.nt").exists()
    assert stores_pkg.REWRITTEN["rdf"] == frozenset({"graph.nt"})


def _generation(graph, folder, previous=None):
    """What a build writes for ``graph`` into ``folder``: graph files (the delta from ``previous``), RDF store."""
    from graphkit.graphfiles import write_graph_files
    folder.mkdir(parents=True, exist_ok=True)
    delta = write_graph_files(graph, folder, previous)
    if previous is None:
        oxigraph.write_store(graph, folder)
    else:
        shutil.copytree(previous / "rdf-store", folder / "rdf-store")
    return delta


def test_the_line_index_gives_the_delta_with_previous_values(tmp_path):
    """The delta read off graph.jsonl.idx equals ``graph_delta`` of the two graphs, old values included."""
    old = mini_graph()
    new = changed(old)
    _generation(old, tmp_path / "1")
    delta = _generation(new, tmp_path / "2", tmp_path / "1")
    want = graph_delta(old, new)
    assert delta.counts() == want.counts() and delta.olds_known
    assert [n.id for n in delta.upsert_nodes] == [n.id for n in want.upsert_nodes]
    assert [e.key for e in delta.upsert_edges] == [e.key for e in want.upsert_edges]
    assert delta.delete_nodes == ["person:rina"] and delta.delete_edges == want.delete_edges
    assert {k: v.to_dict() for k, v in delta.old_nodes.items()} == {k: v.to_dict() for k, v in want.old_nodes.items()}
    assert {k: v.to_dict() for k, v in delta.old_edges.items()} == {k: v.to_dict() for k, v in want.old_edges.items()}
    assert delta.old_nodes["official:imam-hidayat"].properties["aliases"]  # the value before the change
    kept = list(delta.kept)
    assert kept.count(-1) == len(delta.upsert_nodes) + len(delta.upsert_edges)
    assert all(k >= 0 for k in kept[:1])  # article:a1 sorts first and did not change
    fresh = tmp_path / "fresh"
    _generation(new, fresh)
    for name in ("graph.json", "graph.jsonl", "graph.jsonl.idx"):
        assert (tmp_path / "2" / name).read_bytes() == (fresh / name).read_bytes(), name
    graphdoc_json = tmp_path / "doc.json"
    from graphkit.stores import graphdoc
    graphdoc.write_json(new, graphdoc_json)
    assert graphdoc_json.read_bytes() == (fresh / "graph.json").read_bytes()


def test_graph_nt_is_merged_from_the_previous_file_byte_for_byte(tmp_path):
    """Unchanged records are copied from the previous graph.nt, changed ones rendered: the file, its index and
    the store equal a fresh write, and only the triples that differ touched the store."""
    old = mini_graph()
    new = changed(old)
    _generation(old, tmp_path / "1")
    delta = _generation(new, tmp_path / "2", tmp_path / "1")
    summary = oxigraph.update_store(new, tmp_path / "2", delta)
    fresh = tmp_path / "fresh"
    _generation(new, fresh)
    assert summary["ntriples_mode"] == "merged" and summary["ntriples_bytes_copied"] > 0
    for name in ("graph.nt", "graph.nt.idx"):
        assert (tmp_path / "2" / name).read_bytes() == (fresh / name).read_bytes(), name
    assert triples(tmp_path / "2") == triples(fresh)
    assert summary["triples"] == len(triples(fresh))
    before, after = triples(tmp_path / "1"), triples(fresh)
    assert summary["removed_triples"] == len(before - after) and summary["added_triples"] == len(after - before)


def test_an_edge_that_newly_leads_its_group_gets_the_direct_triple(tmp_path):
    """HOLDS edges of one official and office share one direct triple, written with the first in key order:
    a new capacity that sorts first takes it over, and the old first one's bytes are rendered again."""
    old = mini_graph()
    holds = next(k for k in old.edges if k[0] == "HOLDS")
    new = Graph(old.nodes.values(), old.edges.values())
    new.add_edge(Edge(type="HOLDS", source=holds[1], target=holds[2], properties={"capacity": "", **provenance("a9")}))
    _generation(old, tmp_path / "1")
    delta = _generation(new, tmp_path / "2", tmp_path / "1")
    oxigraph.update_store(new, tmp_path / "2", delta)
    fresh = tmp_path / "fresh"
    _generation(new, fresh)
    assert (tmp_path / "2" / "graph.nt").read_bytes() == (fresh / "graph.nt").read_bytes()
    assert triples(tmp_path / "2") == triples(fresh)


def test_changed_rows_are_set_in_place_on_the_columns_that_differ(generations, monkeypatch):
    """A changed relationship keeps its row (no DELETE + CREATE: LadybugDB's CHECKPOINT then rewrote both sides
    of its table) and only the columns that differ are SET, a property that went away included."""
    from graphkit.stores import lbdb_load
    old, new, fresh, upd = generations
    led = next(k for k in new.edges if k[0] == "LED" and k[1] == "official:adhy-karyono")
    new.edges[led].properties.pop("extractor")  # a relationship property that went away reads as null again
    embedded.write_store(new, fresh)
    run: list[str] = []
    execute = lbdb_load.Session.execute
    monkeypatch.setattr(lbdb_load.Session, "execute", lambda self, q, p=None: (run.append(q), execute(self, q, p))[1])
    embedded.update_store(new, upd, graph_delta(old, new))
    assert cypher_dump(upd) == cypher_dump(fresh)
    assert not [q for q in run if "[e:LED]" in q and "DELETE" in q]
    assert not [q for q in run if "CREATE (a)-[:LED" in q]
    led_sets = [q for q in run if "-[e:LED]->" in q and " SET " in q]
    assert len(led_sets) == 1
    assert "e.`extractor` = CAST(NULL AS STRING)" in led_sets[0] and "`name`" not in led_sets[0]
    hidayat = [q for q in run if "MATCH (n:Official)" in q and " SET " in q]
    assert hidayat and all("`title`" not in q for q in hidayat)  # unchanged columns are left alone


def test_kept_out_of_collections_sets_the_loaded_objects_aside_until_the_build_ends():
    import gc

    from graphkit.buildtiming import fewer_collections, kept_out_of_collections
    with fewer_collections():
        before = gc.get_freeze_count()
        loaded = kept_out_of_collections(lambda: [{"n": i} for i in range(1000)])
        assert gc.isenabled() and gc.get_freeze_count() >= before + 1000
        assert loaded[999] == {"n": 999}
    assert gc.get_freeze_count() == 0


class _LinesFromBytes:
    """A stand-in for ``buildstate.MergedLinks``: every new record whose line is a line of the previous graph.jsonl is
    linked to it (what the links give when resolution and the fold left the record alone)."""

    def __init__(self, previous):
        self.before = True
        self.old = {line: i for i, line in enumerate((previous / "graph.jsonl").read_bytes().splitlines(keepends=True))}

    def previous_lines(self, items, *keys):
        from array import array
        from graphkit.stores import graphdoc
        return array("q", [self.old.get(graphdoc.jsonl_line(item).encode("utf-8"), -1) for item in items])

    def link(self, *args):
        pass

    def save(self, gen):
        pass


def test_copied_lines_are_written_in_runs_with_the_bytes_of_a_fresh_write(tmp_path, monkeypatch):
    """Lines copied from the previous graph.jsonl go out in runs (one slice each; graph.json's form by replacing the
    line heads): the files, the index and the delta equal a fresh write's, and only the changed lines are encoded,
    with a run starting at the first node, at the first edge, and after a changed line."""
    from graphkit.graphfiles import write_graph_files
    from graphkit.stores import graphdoc
    old = mini_graph()
    new = changed(old)
    _generation(old, tmp_path / "1")
    links = _LinesFromBytes(tmp_path / "1")
    wanted = links.previous_lines([*(new.nodes[k] for k in sorted(new.nodes)), *(new.edges[k] for k in sorted(new.edges))])
    nodes = len(new.nodes)
    assert wanted[0] == 0 and wanted[nodes] >= 0 and -1 in wanted[:nodes] and -1 in wanted[nodes:]
    assert any(wanted[i] >= 0 and wanted[i - 1] < 0 for i in range(1, len(wanted)))  # a run after a changed line
    links.previous_lines = lambda items, *keys: wanted
    encoded: list = []
    real = graphdoc.jsonl_batch
    monkeypatch.setattr(graphdoc, "jsonl_batch", lambda items: (encoded.extend(items), real(items))[1])
    (tmp_path / "2").mkdir()
    delta = write_graph_files(new, tmp_path / "2", tmp_path / "1", links)
    assert len(encoded) == list(wanted).count(-1)
    monkeypatch.setattr(graphdoc, "jsonl_batch", real)
    _generation(new, tmp_path / "fresh")
    for name in ("graph.json", "graph.jsonl", "graph.jsonl.idx"):
        assert (tmp_path / "2" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    want = graph_delta(old, new)
    assert delta.counts() == want.counts() and delta.delete_nodes == want.delete_nodes
    assert [n.id for n in delta.upsert_nodes] == [n.id for n in want.upsert_nodes]
    assert [e.key for e in delta.upsert_edges] == [e.key for e in want.upsert_edges]
    assert list(delta.kept) == [p if p >= 0 else -1 for p in wanted]
