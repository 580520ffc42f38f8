"""The memory and store-overlap changes of the 100k build (issue 20, fourth round) change no byte."""
from __future__ import annotations

import io

from conftest import EXAMPLES

from graphkit import stores
from graphkit.merge import GraphMerger, merge_docs
from graphkit.model import Edge, Graph, Node
from graphkit.pipeline import build
from graphkit.rangecopy import FLUSH_BYTES, RangeWriter
from graphkit.stores import graphdoc


def test_a_file_written_from_scratch_is_not_held_whole():
    """RangeWriter held every fresh byte until close when there was no range to copy (merged.json of
    100k articles: +1.3 GB of peak RSS); it now writes them out every FLUSH_BYTES."""
    out = io.BytesIO()
    writer = RangeWriter(out, io.BytesIO())
    piece = b"x" * 1000
    for _ in range(3 * FLUSH_BYTES // len(piece)):
        writer.write(piece)
    assert len(out.getvalue()) >= 2 * FLUSH_BYTES and sum(map(len, writer.buf)) < FLUSH_BYTES
    writer.close()
    assert out.getvalue() == piece * (3 * FLUSH_BYTES // len(piece)) and writer.pos == len(out.getvalue())


def test_an_item_seen_once_needs_no_accumulator_and_gets_its_own_map():
    props = {"sources": ["article:1"], "evidence": [{"article": "article:1", "start": 1, "end": 4}], "name": "A"}
    doc = Graph([Node(id="n", labels=["Official"], properties=props)],
                [Edge(type="MENTIONS", source="article:1", target="n", properties=dict(props))]).to_dict()
    merger = GraphMerger()
    merger.add_doc(doc)
    assert all(type(v) is tuple for v in merger.nodes.values())
    assert all(type(v[3]) is dict for v in merger.edges.values())
    merged = merger.graph()
    node = merged.nodes["n"]
    assert node.properties == props and node.properties is not doc["nodes"][0]["properties"]
    assert merged.to_dict() == merge_docs([doc]).to_dict() == Graph.from_dict(doc).to_dict()
    assert not merger.nodes and not merger.edges  # the accumulators go as the items are built


def test_trusted_records_share_their_fields_set_and_assignments_keep_it_whole():
    a = Node.trusted("a", ["Official"], {})
    b = Node.trusted("b", ["Region"], {})
    assert a.model_fields_set is b.model_fields_set == {"id", "labels", "properties"}
    a.properties = {"name": "x"}  # pydantic adds the field's name: already there
    assert b.model_fields_set == {"id", "labels", "properties"} and a.model_copy() == a


def test_stores_written_together_equal_stores_written_one_by_one(tmp_path, monkeypatch):
    import ladybug
    import pyoxigraph as ox

    def contents(out):
        store = ox.Store.read_only(str(out / "rdf-store"))
        triples = sorted(str(q) for q in store.quads_for_pattern(None, None, None, None))
        conn = ladybug.Connection(ladybug.Database(str(out / "cypher.lbdb"), read_only=True))
        rows = sorted(repr(r) for r in conn.execute(
            "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id, r.key, r.evidence_start, r.sources").get_all())
        rows += sorted(repr(r) for r in conn.execute("MATCH (n) RETURN n.id, label(n), n.name, n.sources").get_all())
        return triples, rows, (out / "graph.nt").read_bytes()

    got = {}
    for threads in (1, 2):
        monkeypatch.setattr(stores, "STORE_THREADS", threads)
        out = tmp_path / f"t{threads}"
        build([EXAMPLES], out)
        got[threads] = contents(out)
        assert graphdoc.read_graph(out / "graph.json").counts()
    assert got[1] == got[2] and got[1][0] and got[1][1]
