"""Shared fixtures: paths into ../shared (skipped cleanly when absent), built
graphs of the seed, dev and corpus articles, and a real Neo4j 5 server
(tests/neo4j_server.py, from Maven Central) on loopback with authentication.
"""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SHARED = Path(os.environ.get("GRAPHKIT_SHARED", ROOT.parent / "shared")).resolve()


def pytest_configure(config):
    config.addinivalue_line("markers", "neo4j: needs the Neo4j 5 server of tests/neo4j (Java 17 + Maven)")


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


@pytest.fixture(scope="session")
def corpus_build(real_corpus, tmp_path_factory):
    """A full build (graph + embedded stores) of the 237 real articles."""
    from graphkit.pipeline import build
    out = tmp_path_factory.mktemp("corpus-build")
    return build([real_corpus], out, workers=2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- Neo4j 5 Community (tests/neo4j_server.py) ----
_NEO4J_MISSING: list[str] = []


def neo4j_unavailable(reason: str):
    """Skip with one loud line where Java/Maven are missing; in CI (env CI set) fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"Neo4j is required in CI: {reason}", pytrace=False)
    if not _NEO4J_MISSING:
        _NEO4J_MISSING.append(reason)
    pytest.skip("Neo4j unavailable: the '!!! NEO4J TESTS SKIPPED' line at the end says what to install")


def pytest_terminal_summary(terminalreporter):
    if _NEO4J_MISSING:
        terminalreporter.write_line(f"!!! NEO4J TESTS SKIPPED: {_NEO4J_MISSING[0]}", red=True, bold=True)


def _neo4j_classpath() -> None:
    from neo4j_server import Neo4jUnavailable, classpath
    try:
        classpath()
    except Neo4jUnavailable as exc:
        neo4j_unavailable(str(exc))


@pytest.fixture(scope="session")
def neo4j_factory(tmp_path_factory):
    """Make more Neo4j servers (own home, own port); every one is stopped and deleted at the end."""
    from neo4j_server import Neo4jServer
    _neo4j_classpath()
    made: list = []

    def make(name: str = "neo4j", **kw) -> "Neo4jServer":
        server = Neo4jServer(tmp_path_factory.mktemp(name), **kw)
        made.append(server)
        return server
    make.servers = made  # every server made this run (the loopback test reads their sockets)
    yield make
    for server in made:
        server.stop()
        server.delete()


@pytest.fixture(scope="session")
def _neo4j_session(neo4j_factory):
    """The one long-lived Neo4j of the run (started once: each start costs a JVM on 2 cores)."""
    return neo4j_factory("neo4j-session").start()


@pytest.fixture(scope="module")
def neo4j_server(_neo4j_session):
    """Neo4j 5 on 127.0.0.1 with authentication, its database fresh for each test module.

    Attributes: ``uri``, ``user``, ``password``, ``database``, ``auth``; ``wipe()`` empties the
    database (nodes, constraints, indexes); ``kill()``/``start()`` as in tests/neo4j_server.py.
    """
    if _neo4j_session.proc is None or _neo4j_session.proc.poll() is not None:
        _neo4j_session.start()  # a test module killed it
    _neo4j_session.wipe()
    return _neo4j_session
