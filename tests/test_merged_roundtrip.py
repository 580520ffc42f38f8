"""merged.json's load (non-ASCII and CRLF records) and ``save_merged``'s block-wise matching (``MergedBase.find``,
``_run``): the graph and every byte written must be what a record-by-record walk gave; a damaged merged.json is
E020."""
from __future__ import annotations

import pytest

from graphkit import merged_file
from graphkit.buildstate import MERGED, MERGED_INDEX, load_merged, save_merged
from graphkit.errors import GraphDocumentError
from graphkit.model import Edge, Graph, Node, provenance

NAMES = ["Budi", "Siti “Nur”", "Ça\r\nva", "Andi – 🙂", "x\u2028y", "plain", "Dewi’s", "é\\\"\t"]


def _graph(n: int = 40) -> Graph:
    g = Graph()
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        g.add_node(Node(id=f"official:{i:03}" + ("é" if i % 7 == 3 else ""), labels=["Official"],
                        properties={"name": name, **provenance(f"a{i}", i, i + 3)}))
    ids = sorted(g.nodes)
    for i in range(n - 1):
        g.add_edge(Edge(type="KNOWS", source=ids[i], target=ids[i + 1],
                        properties={"note": NAMES[(i * 3) % len(NAMES)], **provenance("a1")}))
    return g


def test_a_file_with_crlf_line_ends_reads_the_same(tmp_path):
    save_merged(_graph(), tmp_path)
    raw = (tmp_path / MERGED).read_bytes()
    (tmp_path / MERGED).write_bytes(raw.replace(b"\n", b"\r\n"))  # merged.idx no longer fits
    base = load_merged(tmp_path)
    assert base.spans is not None  # as many spans as records: kept; the save checks each one it copies
    assert {k: n.__dict__ for k, n in base.graph.nodes.items()} == {k: n.__dict__ for k, n in _graph().nodes.items()}
    assert base.graph.nodes["official:002"].properties["name"] == "Ça\r\nva"


def test_load_then_save_is_byte_identical(tmp_path):
    g = _graph(300)
    for name in "abc":
        (tmp_path / name).mkdir()
    save_merged(g, tmp_path / "a")
    base = load_merged(tmp_path / "a")
    assert {k: n.__dict__ for k, n in base.graph.nodes.items()} == {k: n.__dict__ for k, n in g.nodes.items()}
    assert {k: e.__dict__ for k, e in base.graph.edges.items()} == {k: e.__dict__ for k, e in g.edges.items()}
    # a fold's changes: a new node, one dropped, one replaced by an equal copy, an edge changed
    folded = Graph()
    folded.nodes, folded.edges = dict(base.graph.nodes), dict(base.graph.edges)
    del folded.nodes["official:011"]
    k = "official:200"
    folded.nodes[k] = Node.trusted(k, ["Official"], dict(folded.nodes[k].properties))
    folded.add_node(Node(id="official:150b", labels=["Official"], properties={"name": "Nur “baru”"}))
    e = next(iter(folded.edges))
    folded.edges[e] = Edge.trusted(*e[:3], {**folded.edges[e].properties, "note": "changed"})
    save_merged(folded, tmp_path / "b", base)
    save_merged(folded, tmp_path / "c")  # from scratch
    for name in (MERGED, MERGED_INDEX):
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()


def test_find_by_blocks_equals_the_walk(tmp_path, monkeypatch):
    g = _graph(700)
    save_merged(g, tmp_path)
    base = load_merged(tmp_path)
    nk, ek = sorted(base.graph.nodes), sorted(base.graph.edges)
    items = [*map(base.graph.nodes.__getitem__, nk), *map(base.graph.edges.__getitem__, ek)]
    for i in (0, 5, 300, 699, 700, 1000, len(items) - 1):
        items[i] = Node.trusted("x", [], {}) if i < len(nk) else Edge.trusted("T", "a", "b", {})
    drop = nk[:3] + nk[400:402]
    nk2 = [k for k in nk if k not in drop]
    items2 = [it for k, it in zip(nk, items) if k not in drop] + items[len(nk):]
    want = [-1] * len(items2)
    for r, key in enumerate(nk2):
        at = nk.index(key)
        want[r] = at if base.objects[at] is items2[r] else -1
    for r, key in enumerate(ek):
        at = len(nk) + r
        want[len(nk2) + r] = at if base.objects[at] is items2[len(nk2) + r] else -1
    for block in (256, 4, 1):
        monkeypatch.setattr(merged_file, "_BLOCK", block)
        assert list(base.find(nk2, ek, items2)) == want


@pytest.mark.parametrize("damage", ["empty", "truncated", "not utf-8", "no nodes"])
def test_a_damaged_merged_json_is_a_clear_error(tmp_path, damage):
    save_merged(_graph(), tmp_path)
    raw = (tmp_path / MERGED).read_bytes()
    bad = {"empty": b"", "truncated": raw[:len(raw) // 2], "not utf-8": raw.replace("“".encode(), b"\xff\xfe", 1),
           "no nodes": b'{"edges":[]}\n'}[damage]
    (tmp_path / MERGED).write_bytes(bad)
    with pytest.raises(GraphDocumentError) as info:
        load_merged(tmp_path)
    assert info.value.code == "E020" and str(tmp_path / MERGED) in str(info.value) and "--fresh" in info.value.fix
