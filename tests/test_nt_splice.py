"""graph.nt's changed records written from their previous bytes (``stores.nt_splice``): the spans a record
kept are copied, the new ones rendered, and the bytes are those of rendering the record whole."""
from __future__ import annotations

import io
import mmap
import random

import pytest
from folder_check import write_articles
from test_buildfolder_incremental import _same_as_scratch

from graphkit import pipeline
from graphkit.model import Edge, Node
from graphkit.rangecopy import RangeWriter
from graphkit.stores import nt_splice
from graphkit.stores.nt_files import _evidence_text, edge_text, node_text
from graphkit.stores.rdf_vocab import DEFAULT_BASE, _Terms


def _span(i: int) -> dict:
    return {"article": f"article:{i:03d}", "start": i, "end": i + 5}


def _through_splice(tmp_path, old, new, old_direct=True, new_direct=True):
    """(bytes ``splice`` wrote, or None; the bytes of rendering ``new`` whole)."""
    terms = _Terms(DEFAULT_BASE)
    render = (lambda item, d: node_text(item, terms)) if isinstance(new, Node) else \
        (lambda item, d: edge_text(item, terms, d))
    prefix = b"<x> <y> <z> .\n"
    old_bytes = prefix + render(old, old_direct).encode("utf-8")
    src = tmp_path / "old.nt"
    src.write_bytes(old_bytes + b"<a> <b> <c> .\n")
    dst = tmp_path / "new.nt"
    with open(src, "rb") as fh, open(dst, "wb") as out, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        writer = RangeWriter(out, fh)
        size = nt_splice.splice(writer, mm, len(prefix), len(old_bytes), old, old_direct, new, new_direct, terms,
                                _evidence_text)
        writer.close()
    expected = render(new, new_direct).encode("utf-8")
    if size is not None:
        assert size == dst.stat().st_size
    return (dst.read_bytes() if size is not None else None), expected


@pytest.fixture(autouse=True)
def small_records(monkeypatch):
    monkeypatch.setattr(nt_splice, "MIN_SPANS", 1)


def test_a_node_that_gained_and_lost_spans_is_its_whole_rendering(tmp_path):
    old = Node.trusted("region:1", ["Region"], {"name": "Aceh", "evidence": [_span(i) for i in range(10)]})
    spans = [_span(i) for i in range(10) if i != 4] + [_span(40), _span(2)]
    spans.insert(3, _span(30))
    new = Node.trusted("region:1", ["Region"], {"name": "Aceh", "aliases": ["NAD"], "evidence": spans})
    got, expected = _through_splice(tmp_path, old, new)
    assert got == expected


def test_random_span_lists_give_the_whole_rendering(tmp_path):
    rng = random.Random(7)
    for _ in range(40):
        before = [_span(rng.randrange(60)) for _ in range(rng.randrange(1, 30))]
        after = [s for s in before if rng.random() < 0.8] + [_span(rng.randrange(60)) for _ in range(rng.randrange(5))]
        rng.shuffle(after) if rng.random() < 0.3 else None
        if not after:
            continue
        old = Node.trusted("topic:t", ["Topic"], {"evidence": before})
        new = Node.trusted("topic:t", ["Topic"], {"evidence": after, "n": len(after)})
        got, expected = _through_splice(tmp_path, old, new)
        assert got == expected


def test_an_edge_whose_direct_triple_moved_is_its_whole_rendering(tmp_path):
    old = Edge.trusted("IN_REGION", "official:a", "region:1", {"evidence": [_span(i) for i in range(5)]})
    new = Edge.trusted("IN_REGION", "official:a", "region:1", {"evidence": [_span(i) for i in range(7)]})
    for d_old, d_new in ((True, False), (False, True), (True, True)):
        got, expected = _through_splice(tmp_path, old, new, d_old, d_new)
        assert got == expected


def test_bytes_of_another_shape_are_rendered_whole(tmp_path):
    old = Node.trusted("region:1", ["Region"], {"name": "Aceh", "evidence": [_span(i) for i in range(4)]})
    new = Node.trusted("region:1", ["Region"], {"name": "Aceh", "evidence": [_span(i) for i in range(5)]})
    lying = Node.trusted("region:1", ["Region"], {"name": "Other", "evidence": [_span(i) for i in range(4)]})
    terms = _Terms(DEFAULT_BASE)
    src = tmp_path / "old.nt"
    src.write_bytes(node_text(lying, terms).encode("utf-8"))  # the file holds another head than ``old`` renders to
    with open(src, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        assert nt_splice.splice(RangeWriter(io.BytesIO(), fh), mm, 0, len(mm), old, True, new, True, terms,
                                _evidence_text) is None
    fewer = Node.trusted("region:1", ["Region"], {"name": "Aceh", "evidence": [_span(i) for i in range(3)]})
    src.write_bytes(node_text(fewer, terms).encode("utf-8"))  # fewer blocks than ``old`` has spans
    with open(src, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        assert nt_splice.splice(RangeWriter(io.BytesIO(), fh), mm, 0, len(mm), old, True, new, True, terms,
                                _evidence_text) is None


def test_builds_that_splice_equal_a_build_from_scratch(tmp_path, monkeypatch):
    spliced = []
    real = nt_splice.splice

    def counting(*args, **kwargs):
        size = real(*args, **kwargs)
        spliced.append(size is not None)
        return size
    monkeypatch.setattr("graphkit.stores.nt_files.splice", counting)
    src, out = tmp_path / "src", tmp_path / "out"
    files = write_articles(src, 8)
    pipeline.build(files, out)
    files = files + write_articles(src, 3, start=8)
    pipeline.build(files, out)  # add
    _same_as_scratch(out, files, tmp_path)
    assert any(spliced)
    spliced.clear()
    pipeline.build(files, out)  # re-add: nothing written
    assert not spliced
    write_articles(src, 1, start=2, tag=" (diperbarui)")  # change
    pipeline.build(files, out)
    _same_as_scratch(out, files, tmp_path)
    pipeline.remove([files[5].stem], out)  # remove
    _same_as_scratch(out, files[:5] + files[6:], tmp_path)
    assert any(spliced)


def test_a_crash_between_the_write_and_the_switch_leaves_the_previous_build(tmp_path, monkeypatch):
    """The spliced graph.nt is written into the new generation only: a build that dies before the switch
    leaves OUT's graph.nt (and every other output) as it was, and the next build equals a build from scratch."""
    from graphkit.buildfolder import BuildFolder
    src, out = tmp_path / "src", tmp_path / "out"
    files = write_articles(src, 8)
    pipeline.build(files, out)
    before = {n: (out / n).read_bytes() for n in ("graph.nt", "graph.json", "current/graph.nt.idx")}
    files = files + write_articles(src, 3, start=8)

    def crash(self, gen):
        assert (gen / "graph.nt").is_file()  # written, not switched to
        raise RuntimeError("killed before the switch")
    with monkeypatch.context() as m:
        m.setattr(BuildFolder, "publish", crash)
        with pytest.raises(RuntimeError):
            pipeline.build(files, out)
    assert {n: (out / n).read_bytes() for n in before} == before
    pipeline.build(files, out)
    _same_as_scratch(out, files, tmp_path)
