"""The embedded store's Parquet load (one native COPY per table) holds exactly what the row path held.

Why: ``lbdb_parquet`` replaced Python-parameter rows for fresh stores (about 3x faster, no per-row
memory in LadybugDB); the parameter path stays as the fallback without pyarrow.  Both must give the
same database, for every property kind the flattening contract produces (lists, evidence columns,
mixed-type columns, JSON-encoded values, quotes and newlines in strings).
"""
from __future__ import annotations

import pytest

from graphkit.model import Graph, Node
from graphkit.stores import embedded, lbdb_parquet
from test_embedded import mini_graph
from test_scale_update import cypher_dump

pytest.importorskip("pyarrow")


def awkward_graph() -> Graph:
    g = mini_graph()
    for n in [Node(id="topic:a", labels=["Topic"], properties={"name": "A 'quoted' \"x\"\nline", "score": 1,
                                                                "tags": [1, 2], "ok": True, "w": 0.5}),
              Node(id="topic:b", labels=["Topic"], properties={"name": "B, [b]", "score": "high", "tags": ["x"],
                                                                "w": 2}),
              Node(id="topic:c", labels=["Topic"], properties={"name": "C", "extra": {"k": [1, {"z": 2}]}})]:
        g.add_node(n)
    return g


def test_parquet_load_equals_the_parameter_load(tmp_path, monkeypatch):
    g = awkward_graph()
    via_files = embedded.write_store(g, tmp_path / "files")
    monkeypatch.setattr(lbdb_parquet, "available", lambda: False)
    via_rows = embedded.write_store(g, tmp_path / "rows")
    assert (via_files["nodes"], via_files["edges"]) == (via_rows["nodes"], via_rows["edges"])
    assert cypher_dump(tmp_path / "files") == cypher_dump(tmp_path / "rows")
    with embedded.EmbeddedStore(tmp_path / "files") as store:
        _, rows = store.run("MATCH (t:Topic) WHERE t.id IN ['topic:a', 'topic:b', 'topic:c'] "
                            "RETURN t.name, t.score, t.tags, t.ok, t.w ORDER BY t.id")
    assert rows == [["A 'quoted' \"x\"\nline", "1", ["1", "2"], True, 0.5], ["B, [b]", "high", ["x"], None, 2.0],
                    ["C", None, None, None, None]]


def test_the_load_leaves_no_parquet_files(tmp_path):
    embedded.write_store(awkward_graph(), tmp_path)
    assert not list(tmp_path.rglob("*.parquet")) and not list(tmp_path.glob(".lbdb-load.*"))


def test_a_folder_name_with_a_quote_loads(tmp_path):
    out = tmp_path / "it's here"
    summary = embedded.write_store(awkward_graph(), out)
    assert summary["nodes"] == len(awkward_graph().nodes)


def test_tables_bigger_than_one_copy_load_in_chunks(tmp_path, monkeypatch):
    """A node table past NODE_COPY_ROWS takes its later rows by CREATE, a relationship pair past REL_COPY_ROWS
    its later chunks in fresh sessions; the store equals the one-COPY load."""
    g = awkward_graph()
    whole = embedded.write_store(g, tmp_path / "whole")
    monkeypatch.setattr(lbdb_parquet, "NODE_COPY_ROWS", 1)
    monkeypatch.setattr(lbdb_parquet, "REL_COPY_ROWS", 1)
    monkeypatch.setattr(lbdb_parquet, "NODE_CHUNK", 2)
    monkeypatch.setattr(lbdb_parquet, "COPY_VALUES", 3)
    chunked = embedded.write_store(g, tmp_path / "chunked")
    assert (chunked["nodes"], chunked["edges"]) == (whole["nodes"], whole["edges"])
    assert cypher_dump(tmp_path / "chunked") == cypher_dump(tmp_path / "whole")


def test_rows_created_past_the_first_copy_go_in_bounded_by_their_list_values(tmp_path, monkeypatch):
    """A node table's rows past its first COPY are CREATEd as parameters; a chunk of them is bounded by its list
    values too (CREATE_VALUES), not only by NODE_CHUNK rows: 2,048 region rows of a 100k graph, each with
    thousands of evidence spans, were one CREATE that held 1.9 GB.  The store equals the one-COPY load."""
    g = awkward_graph()
    whole = embedded.write_store(g, tmp_path / "whole")
    created: list[int] = []
    real = lbdb_parquet.create_nodes
    monkeypatch.setattr(lbdb_parquet, "create_nodes", lambda s, t, c, rows: (created.append(len(rows)), real(s, t, c, rows)))
    monkeypatch.setattr(lbdb_parquet, "NODE_COPY_ROWS", 1)
    monkeypatch.setattr(lbdb_parquet, "CREATE_VALUES", 1)
    chunked = embedded.write_store(g, tmp_path / "chunked")
    assert created and max(created) == 1  # every row over the cap goes alone (NODE_CHUNK would allow 2,048)
    assert (chunked["nodes"], chunked["edges"]) == (whole["nodes"], whole["edges"])
    assert cypher_dump(tmp_path / "chunked") == cypher_dump(tmp_path / "whole")
