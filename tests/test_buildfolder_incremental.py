"""Incremental builds (#20): adding, changing and removing articles folds only those into the kept
merged graph and updates the stores from the previous generation, and the result is byte-identical
to a from-scratch build of the same articles (graph.json, graph.nt, and what the stores answer)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from folder_check import article_counts, store_answers, write_articles

from graphkit import stores as stores_pkg
from graphkit.buildstate import MERGED
from graphkit.delta import apply_delta
from graphkit.pipeline import build, remove


def _same_as_scratch(out: Path, files: list[Path], tmp: Path, nt_mode: str = "merged") -> None:
    ref = tmp / f"ref{len(list(tmp.glob('ref*')))}"
    build(files, ref)
    for name in ("graph.json", "graph.jsonl", "graph.nt", MERGED, "merged.idx", "merged.links", "graph.jsonl.idx",
                 "graph.nt.idx"):
        assert (out / "current" / name).read_bytes() == (ref / "current" / name).read_bytes(), name
    assert store_answers(out) == store_answers(ref)
    assert every_triple(out) == every_triple(ref)
    rdf = json.loads((out / "build.json").read_text(encoding="utf-8"))["stores"]["rdf"]
    assert rdf["mode"] == "updated" and rdf["ntriples_mode"] == nt_mode  # merged: copied ranges + changes
    counts = article_counts(out)
    assert set(counts.values()) == {len(files)}


def every_triple(out: Path) -> set:
    import pyoxigraph as ox
    return {str(q) for q in ox.Store.read_only(str(out / "rdf-store"))}


@pytest.fixture()
def folder(tmp_path):
    src = tmp_path / "src"
    files = write_articles(src, 8)
    out = tmp_path / "out"
    build(files, out)
    return out, src, files


def test_add_change_remove_equal_a_build_from_scratch(folder, tmp_path):
    out, src, files = folder
    files = files + write_articles(src, 3, start=8)
    added = build(files, out)
    assert added.changes == {"added": 3, "changed": 0, "removed": 0, "members": 11}
    assert added.extracted == 3 and added.unchanged == 8
    _same_as_scratch(out, files, tmp_path)

    write_articles(src, 1, start=2, tag=" (diperbarui)")  # the same id with other text
    changed = build(files, out)
    assert changed.changes["changed"] == 1 and changed.extracted == 1
    _same_as_scratch(out, files, tmp_path)

    remove([files[5].stem], out)
    _same_as_scratch(out, files[:5] + files[6:], tmp_path)


_calls: list = []


def update_store(graph, out_dir, delta):
    """A store module with ``update_store``: records the call, checks it got a copy, applies the delta."""
    out_dir = Path(out_dir)
    old = out_dir / "fake.store"
    assert old.is_file(), "the previous generation's store was not copied in"
    _calls.append((old.read_text(), delta.counts()))
    return write_store(graph, out_dir)


def write_store(graph, out_dir):
    (Path(out_dir) / "fake.store").write_text(f"{len(graph.nodes)} {len(graph.edges)}")
    return {"nodes": len(graph.nodes)}


def test_a_store_with_update_store_gets_a_copy_and_the_delta(tmp_path, monkeypatch):
    monkeypatch.setitem(stores_pkg.DEFAULT_STORES, "fake", f"{__name__}:write_store")
    monkeypatch.setitem(stores_pkg.STORE_FILES, "fake", ("fake.store",))
    monkeypatch.setattr(stores_pkg, "_updater", lambda target: update_store if target.endswith(":write_store")
                        and target.startswith(__name__) else None)
    _calls.clear()
    src = tmp_path / "src"
    out = tmp_path / "out"
    first = build(write_articles(src, 4), out)
    assert _calls == []  # the first build writes from scratch
    second = build(write_articles(src, 5), out)
    (before, counts), = _calls
    assert before == f"{len(first.graph.nodes)} {len(first.graph.edges)}"
    assert counts["upsert_nodes"] > 0 and second.stores["fake"]["updated"] == counts
    assert (out / "current" / "fake.store").read_text() == f"{len(second.graph.nodes)} {len(second.graph.edges)}"


def test_delta_between_generations_turns_the_old_graph_into_the_new(folder, tmp_path):
    from graphkit.buildstate import load_resolved
    from graphkit.delta import graph_delta
    out, src, files = folder
    old = load_resolved(out / "current")
    build(files + write_articles(src, 2, start=8), out)
    new = load_resolved(out / "current")
    assert apply_delta(old, graph_delta(old, new)).to_dict() == new.to_dict()


def broken_update_store(graph, out_dir, delta):
    raise RuntimeError("the copied store is damaged")


def test_a_store_update_that_fails_is_rebuilt_from_scratch(tmp_path, monkeypatch):
    """Issue #19 D2: a build recovers a store in any state: a failed update falls back to write_store."""
    monkeypatch.setitem(stores_pkg.DEFAULT_STORES, "fake", f"{__name__}:write_store")
    monkeypatch.setitem(stores_pkg.STORE_FILES, "fake", ("fake.store",))
    monkeypatch.setattr(stores_pkg, "_updater", lambda target: broken_update_store if target.startswith(__name__)
                        else None)
    src, out = tmp_path / "src", tmp_path / "out"
    build(write_articles(src, 3), out, stores=True)
    second = build(write_articles(src, 4), out)
    assert "damaged" in second.stores["fake"]["update_failed"]
    assert (out / "current" / "fake.store").read_text() == f"{len(second.graph.nodes)} {len(second.graph.edges)}"
    assert article_counts(out)["cypher"] == 4


def test_changes_and_removals_are_folded_not_re_merged(folder, tmp_path):
    """Only the articles sharing a node with a changed or removed one are read again (the mentions index)."""
    out, src, files = folder
    write_articles(src, 1, start=3, tag=" (koreksi)")
    changed = build(files, out)
    assert changed.merge["mode"] == "folded" and changed.merge["articles_merged"] == 1
    assert 0 < changed.merge["nodes_rebuilt"] and changed.merge["articles_reread"] <= len(files)
    gone = remove([files[0].stem], out)
    assert gone.merge["mode"] == "folded" and gone.merge["articles_merged"] == 0
    _same_as_scratch(out, files[1:], tmp_path)


def test_an_addition_encodes_only_what_changed(folder, tmp_path, monkeypatch):
    """Records resolution left as merged, and the fold left alone, keep their graph.jsonl line: it is copied
    from the previous generation, and only the rest is encoded (the bytes are checked against scratch)."""
    from graphkit.stores import graphdoc
    out, src, files = folder
    encoded: list = []
    real = graphdoc.jsonl_batch
    monkeypatch.setattr(graphdoc, "jsonl_batch", lambda items: (encoded.extend(items), real(items))[1])
    files = files + write_articles(src, 1, start=8)
    build(files, out)
    records = sum(1 for _ in (out / "graph.jsonl").open(encoding="utf-8"))
    assert 0 < len(encoded) < records / 2
    _same_as_scratch(out, files, tmp_path)


def test_a_folder_without_the_indexes_is_updated_and_gets_them(folder, tmp_path):
    """A generation written before the indexes existed (graphkit of the second round): the next build
    falls back to comparing graph.jsonl files and rendering graph.nt whole, with the same bytes, and
    writes the indexes, so the build after it copies again."""
    out, src, files = folder
    for name in ("graph.jsonl.idx", "graph.nt.idx", "merged.idx", "merged.links"):
        (out / "current" / name).unlink()
    files = files + write_articles(src, 2, start=8)
    build(files, out)
    _same_as_scratch(out, files, tmp_path, nt_mode="rewritten")
    files = files + write_articles(src, 1, start=10)
    build(files, out)
    _same_as_scratch(out, files, tmp_path)
