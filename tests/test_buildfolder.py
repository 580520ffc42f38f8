"""The build folder: generations switched as a whole, upgrade of a flat folder, leftovers,
a damaged cache, a full disk, --fresh, remove and --sync (issues #18, #19)."""
from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT
from folder_check import article_counts, graphkit_cmd, write_articles

from graphkit.buildfolder import OUTPUTS, BuildFolder
from graphkit.errors import NoSpaceError, UnknownArticleError
from graphkit.pipeline import build, remove
from graphkit.stores import graphdoc

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _ids(out) -> list[str]:
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return sorted(n["id"] for n in doc["nodes"] if n["labels"][0] == "Article")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "out"
    build([EXAMPLES], out)
    return out


def test_layout_is_generations_behind_stable_symlinks(built):
    assert os.readlink(built / "current") == "generations/1"
    assert [p.name for p in (built / "generations").iterdir()] == ["1"]
    for name in OUTPUTS:
        assert (built / name).is_symlink() and os.readlink(built / name) == f"current/{name}"
        assert (built / name).exists()
    assert (built / ".lock").is_file() and (built / "cache.sqlite").is_file()
    # readers keep opening the stable names
    assert len(graphdoc.read_graph(built).nodes) == len(graphdoc.read_graph(built / "graph.json").nodes) > 0
    assert article_counts(built) == {"graph.json": 5, "build.json": 5, "cypher": 5, "sparql": 5}


def test_readding_unchanged_articles_writes_nothing(built):
    before = os.readlink(built / "current")
    again = build([EXAMPLES], built)
    assert again.extracted == 0 and again.unchanged == 5 and again.changes["added"] == 0
    assert os.readlink(built / "current") == before
    assert again.summary()["nodes"]["Article"] == 5  # from the current build.json, graph not reloaded


def test_flat_folder_from_an_older_graphkit_is_migrated(tmp_path):
    from graphkit.pipeline import write_outputs
    flat = tmp_path / "flat"
    res = build([EXAMPLES], tmp_path / "ref")
    flat.mkdir()
    shutil.copy(tmp_path / "ref" / "cache.sqlite", flat / "cache.sqlite")
    write_outputs(res.__class__(out=flat, loaded=res.graph, report=res.report), stores=True)
    (flat / ".rdf-store.4242.tmp").mkdir()          # leftovers of killed runs of the old layout
    (flat / ".rdf-store.4242.old").mkdir()
    (flat / ".graph.json.abc.tmp").write_text("half")
    (flat / "cypher.lbdb.shadow").write_text("x")
    assert not (flat / "graph.json").is_symlink()
    result = build([EXAMPLES], flat)
    assert result.extracted == 0
    for name in OUTPUTS:
        assert (flat / name).is_symlink(), name
    assert sorted(p.name for p in flat.iterdir() if p.name.startswith(".")) == [".lock"]
    assert "cypher.lbdb.shadow" not in os.listdir(flat)
    assert (flat / "graph.json").read_bytes() == (tmp_path / "ref" / "graph.json").read_bytes()
    assert article_counts(flat)["cypher"] == 5


def test_leftovers_of_killed_builds_are_removed(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    junk = [out / ".rdf-store.999.tmp", out / ".rdf-store.999.old", out / "generations" / "7"]
    for d in junk:
        d.mkdir(parents=True)
        (d / "payload").write_bytes(b"x" * 1000)
    (out / ".graph.json.x1y2.tmp").write_text("{")
    (out / ".current.999.tmp").symlink_to("generations/7")
    write_articles(tmp_path / "more", 1)
    build([EXAMPLES, tmp_path / "more"], out)
    assert not any(p.exists() or p.is_symlink() for p in [*junk, out / ".graph.json.x1y2.tmp", out / ".current.999.tmp"])
    assert [p.name for p in (out / "generations").iterdir()] == ["2"]  # only the current one is kept


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_cache_is_set_aside_and_rebuilt(tmp_path, damage):
    out = tmp_path / "out"
    src = write_articles(tmp_path / "a", 6)
    build(src, out, stores=False)
    cache = out / "cache.sqlite"
    if damage == "garbage":
        cache.write_bytes(b"this is not a database" * 100)
    else:
        data = cache.read_bytes()
        cache.write_bytes(data[: len(data) // 3])
    for side in ("-wal", "-shm"):
        (out / f"cache.sqlite{side}").unlink(missing_ok=True)
    src += write_articles(tmp_path / "a", 1, start=6)
    result = build(src, out, stores=False)
    assert any("set aside" in w for w in result.report.warnings), result.report.warnings
    assert len(_ids(out)) == 7
    assert list(out.glob("cache.sqlite.corrupt-*"))
    sqlite3.connect(cache).execute("SELECT count(*) FROM extracted").fetchone()  # a good cache again


def test_a_full_disk_is_reported_as_such_and_keeps_the_previous_build(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    before = (out / "graph.json").read_bytes()
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(NoSpaceError) as err:
        build([EXAMPLES, write_articles(tmp_path / "b", 1)[0]], out)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert err.value.code == "E082" and "no space left in" in str(err.value)
    assert (out / "graph.json").read_bytes() == before
    assert [p.name for p in (out / "generations").iterdir()] == ["1"]  # the half-written one is gone


def test_fresh_rebuilds_into_a_new_generation_with_the_same_bytes(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    result = build([EXAMPLES], out, fresh=True)
    assert result.extracted == 5 and os.readlink(out / "current") == "generations/2"
    assert (out / "graph.json").read_bytes() == (built / "graph.json").read_bytes()


def test_fresh_forgets_articles_not_given(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    one = sorted(EXAMPLES.glob("*.txt"))[0]
    build([one], out, fresh=True)
    assert _ids(out) == [f"article:{one.stem}"]


def test_remove_drops_articles_like_a_build_without_them(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    files = sorted(EXAMPLES.glob("*.txt"))
    result = remove([files[0].stem], out)
    assert result.changes["removed"] == 1 and result.changes["members"] == 4
    ref = tmp_path / "ref"
    build(files[1:], ref)
    assert (out / "graph.json").read_bytes() == (ref / "graph.json").read_bytes()
    assert article_counts(out) == {"graph.json": 4, "build.json": 4, "cypher": 4, "sparql": 4}
    cached = sqlite3.connect(out / "cache.sqlite").execute("SELECT article FROM extracted").fetchall()
    assert (files[0].stem,) not in cached
    with pytest.raises(UnknownArticleError):
        remove(["no-such-article"], out)


def test_remove_cli(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    first = sorted(EXAMPLES.glob("*.txt"))[0].stem
    done = subprocess.run(graphkit_cmd("remove", f"article:{first}", "-o", out, "--json"), env=ENV,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"]["removed"] == 1
    bad = subprocess.run(graphkit_cmd("remove", "nope", "-o", out), env=ENV, capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 1 and "[E083]" in bad.stderr and "Traceback" not in bad.stderr


def test_sync_drops_articles_whose_file_is_gone(tmp_path):
    src = tmp_path / "src"
    files = write_articles(src, 4)
    other = write_articles(tmp_path / "other", 1, start=10)
    out = tmp_path / "out"
    build([src, *other], out, stores=False)
    files[1].unlink()
    plain = build([src], out, stores=False)       # without --sync nothing is dropped
    assert plain.changes["removed"] == 0 and len(_ids(out)) == 5
    synced = build([src], out, stores=False, sync=True)
    assert synced.changes["removed"] == 1
    assert _ids(out) == sorted(f"article:{p.stem}" for p in [*files[:1], *files[2:], *other])


def _wait_until_building(lock: Path, proc, timeout: float = 60.0) -> None:
    """Until the build holds OUT's lock (a fixed sleep raced interpreter start-up on a loaded machine).
    Read from /proc/locks: taking the lock here to probe it would make the build itself fail with E081."""
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists():
            inode = f":{os.stat(lock).st_ino} "
            if any(inode in line and f" {proc.pid} " in line for line in Path("/proc/locks").read_text().splitlines()):
                return
        time.sleep(0.05)


def test_ctrl_c_and_sigterm_say_one_line_and_keep_the_previous_build(built, tmp_path):
    import signal
    import time
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    before = (out / "graph.json").read_bytes()
    src = write_articles(tmp_path / "many", 40)
    for sig in (signal.SIGINT, signal.SIGTERM):
        proc = subprocess.Popen(graphkit_cmd("build", *src, "-o", out, "--fresh", "-q"), env=ENV,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _wait_until_building(out / ".lock", proc)   # past start-up: the signal must reach the build itself
        time.sleep(0.5)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=60)
        if proc.returncode == 0:
            pytest.skip("the build finished before the signal")
        assert proc.returncode == 130, stderr
        assert stderr.strip().splitlines() == [f"graphkit: interrupted; {out} still holds the previous build"]
        assert (out / "graph.json").read_bytes() == before
        assert [p.name for p in (out / "generations").iterdir()] == ["1"]


def test_folder_api_publish_switches_current(tmp_path):
    folder = BuildFolder(tmp_path / "o")
    folder.root.mkdir()
    g1 = folder.new_generation()
    (g1 / "graph.json").write_text("{}")
    folder.publish(g1)
    g2 = folder.new_generation()
    (g2 / "graph.json").write_text('{"a":1}')
    assert (folder.root / "graph.json").read_text() == "{}"  # not visible before the switch
    folder.publish(g2)
    assert (folder.root / "graph.json").read_text() == '{"a":1}'
    assert folder.numbers() == [2]


def _checkpoint_raw(path) -> None:
    """What a CHECKPOINT through a read-only LadybugDB connection leaves: .wal and .shadow beside ``path``."""
    import ladybug
    db = ladybug.Database(str(path), read_only=True)
    conn = ladybug.Connection(db)
    with pytest.raises(RuntimeError):
        conn.execute("CHECKPOINT")
    conn.close()
    db.close()


def test_a_checkpoint_query_cannot_break_the_cypher_store(built, tmp_path):
    """Issue #19 D2: `graphkit query CHECKPOINT` left .shadow/.wal and every later query failed (E030)."""
    from graphkit.errors import QueryError
    from graphkit.stores.embedded import EmbeddedStore
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    with EmbeddedStore(out) as store, pytest.raises(QueryError):
        store.run("CHECKPOINT")
    assert article_counts(out)["cypher"] == 5
    assert not [p for p in out.rglob("cypher.lbdb.*")]
    real = (out / "cypher.lbdb").resolve()
    _checkpoint_raw(real)                   # leftovers of a reader that did not clean up (older graphkit)
    assert Path(f"{real}.shadow").exists()
    assert article_counts(out)["cypher"] == 5
    _checkpoint_raw(out / "cypher.lbdb")    # ... or one that opened the symlink: side files land in OUT
    assert (out / "cypher.lbdb.shadow").exists()
    assert article_counts(out)["cypher"] == 5
    done = subprocess.run(graphkit_cmd("query", "CHECKPOINT", "--out", out), env=ENV, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode != 0 and "internal error" not in done.stderr
    build([EXAMPLES, write_articles(tmp_path / "one", 1)[0]], out)   # a build repairs whatever it finds
    assert not [p for p in out.rglob("cypher.lbdb.*")]
    assert article_counts(out)["cypher"] == 6


def test_sigterm_during_extract_leaves_no_temp_file(tmp_path):
    """Issue #19 D16: SIGTERM is handled like Ctrl-C, so `extract` removes its half-written temp file."""
    import signal
    import time
    src = write_articles(tmp_path / "many", 60)
    target = tmp_path / "x" / "graph.jsonl"
    proc = subprocess.Popen(graphkit_cmd("extract", *src, "-o", target, "-q"), env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(target.parent.glob(".graph.jsonl.*.tmp")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("extract finished before the signal")
    assert proc.returncode == 130 and stderr.strip() == "graphkit: interrupted"
    assert list(target.parent.iterdir()) == []


def test_out_that_is_a_file_is_a_clear_error(tmp_path):
    from graphkit.errors import BuildFolderError
    (tmp_path / "f").write_text("x")
    with pytest.raises(BuildFolderError, match="is a file"):
        build([EXAMPLES], tmp_path / "f")


def test_readers_find_article_texts_beside_the_folder_through_the_symlinks(tmp_path, monkeypatch):
    """Relative Article paths are looked up beside OUT, as before generations: OUT/graph.json is a
    symlink into OUT/generations/<n>, and following it would look in the wrong folder."""
    from graphkit.explain import explain
    from graphkit.view import roots_for
    work = tmp_path / "work"
    (work / "articles").mkdir(parents=True)
    one = sorted(EXAMPLES.glob("*.txt"))[0]
    shutil.copy(one, work / "articles" / one.name)
    monkeypatch.chdir(work)
    build(["articles"], "out", stores=False)
    monkeypatch.chdir(tmp_path)  # elsewhere: the relative path only resolves beside the folder
    assert roots_for(work / "out" / "graph.json")[-2:] == [work / "out", work]  # after cwd
    found = explain(f"article:{one.stem}", work / "out" / "graph.json")
    assert "not readable" not in json.dumps(found) and "missing" not in json.dumps(found)


def test_a_really_full_disk_is_e082_and_keeps_the_previous_build(tmp_path):
    """The same on a real 11 MB tmpfs (root only; skipped where mounting is not allowed)."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=11m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        out = mnt / "out"
        build([EXAMPLES], out)   # one build fits, a second generation beside it does not
        with pytest.raises(NoSpaceError):
            build([EXAMPLES], out, fresh=True)
        assert article_counts(out) == {"graph.json": 5, "build.json": 5, "cypher": 5, "sparql": 5}
        assert [p.name for p in (out / "generations").iterdir()] == ["1"]
    finally:
        subprocess.run(["umount", str(mnt)], check=False)
