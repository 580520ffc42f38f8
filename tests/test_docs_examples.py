"""Every ```bash block of README.md and docs/**/*.md runs, exits 0, and prints what the docs show.

The convention (documented in docs/dev/docs.md):

* Each ```bash block is run with ``bash -euo pipefail`` in one scratch folder per
  session that looks like a checkout: ``examples/``, ``queries/``, ``docker/``,
  ``bench/``, ``.venv`` (this interpreter's venv) and a ready build of the example
  articles in ``graphkit-out/``; ``../shared`` points at the shared material when it
  is present.  Blocks run in page order, so a block may use what an earlier block of
  the same page wrote.  The venv's ``bin`` comes first on PATH, ``COLUMNS=150``.
* A ```text block right after a ```bash block is its expected output: every line of
  it (spacing collapsed; lines starting with ``$ `` and lines holding ``…`` are left
  out) must appear in what the commands print (stdout and stderr).
* An HTML comment right before the block, ``<!-- docs-test: WORDS -->``, says what it
  needs: ``needs=shared`` (skipped without ../shared), ``needs=neo4j`` (runs with
  NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD from the ``neo4j_server`` fixture; skipped when
  no such fixture exists), ``needs=chromium``, ``needs=spark`` (pyspark and java),
  ``setup`` (the venv + pip prefix is not rerun; the rest of the line is), and
  ``skip=REASON`` (never run; use sparingly).  Several words: ``needs=shared,chromium``.

docs/dev/ (development history) is not executed.
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, SHARED

MARKER = re.compile(r"<!--\s*docs-test:\s*(.*?)\s*-->")
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")
SETUP_PREFIX = re.compile(r"^python3? -m venv \.venv && \.venv/bin/pip install [^&]*&& ")
BIN = Path(sys.executable).parent


@dataclass
class Block:
    path: Path
    line: int
    code: str
    expect: list[str] = field(default_factory=list)
    words: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def doc_files() -> list[Path]:
    docs = sorted(p for p in (ROOT / "docs").rglob("*.md")
                  if "dev" not in p.relative_to(ROOT / "docs").parts[:1])
    return [ROOT / "README.md", *docs]


def _fenced(lines: list[str], i: int, indent: str) -> tuple[list[str], int]:
    body = []
    i += 1
    while i < len(lines) and not re.match(rf"^{re.escape(indent)}```\s*$", lines[i]):
        body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
        i += 1
    return body, i + 1


def parse_words(text: str) -> dict[str, str]:
    """``needs=shared,neo4j setup skip=the rest of the comment is the reason``."""
    text, _, reason = text.partition("skip=")
    words = {k: v for k, _, v in (w.partition("=") for w in text.split())}
    if reason:
        words["skip"] = reason.strip()
    return words


def blocks_of(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    i, marker = 0, None
    while i < len(lines):
        m, f = MARKER.search(lines[i]), FENCE.match(lines[i])
        if m and not f:
            marker = parse_words(m.group(1))
            i += 1
            continue
        if not f:
            if lines[i].strip():
                marker = None
            i += 1
            continue
        indent, lang = f.groups()
        start = i + 1
        body, i = _fenced(lines, i, indent)
        if lang != "bash":
            marker = None
            continue
        block = Block(path, start, "\n".join(body), words=marker or {})
        marker = None
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        g = FENCE.match(lines[j]) if j < len(lines) else None
        if g and g.group(2) == "text":
            expect, i = _fenced(lines, j, g.group(1))
            block.expect = [ln for ln in expect if ln.strip() and not ln.startswith("$ ") and "…" not in ln]
        out.append(block)
    return out


BLOCKS = [b for p in doc_files() for b in blocks_of(p)]


def test_docs_have_examples():
    assert len(BLOCKS) >= 20, [b.id for b in BLOCKS]
    assert all(set(b.words) <= {"needs", "setup", "skip"} for b in BLOCKS), \
        [b.id for b in BLOCKS if set(b.words) - {"needs", "setup", "skip"}]


@pytest.fixture(scope="session")
def docs_workdir(tmp_path_factory) -> Path:
    """A scratch checkout: the example articles, the bundled questions, and their build."""
    base = tmp_path_factory.mktemp("docs-examples")
    work = base / "graphkit"
    work.mkdir()
    shutil.copytree(EXAMPLES, work / "examples" / "articles")
    for name in ("queries", "docker", "bench"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("results", "__pycache__"))
    (work / ".venv").symlink_to(BIN.parent)
    if SHARED.is_dir():
        (base / "shared").symlink_to(SHARED)
    subprocess.run([str(BIN / "graphkit"), "build", "examples/articles", "-o", "graphkit-out", "-q"],
                   cwd=work, check=True, env=_env())
    return work


def _env(extra: dict | None = None) -> dict:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "150",
           "NO_COLOR": "1", "TERM": "dumb", **(extra or {})}
    env.pop("GRAPHKIT_QUERIES", None)
    return env


def _neo4j_env(request) -> dict:
    try:
        server = request.getfixturevalue("neo4j_server")
    except pytest.FixtureLookupError:
        pytest.skip("needs=neo4j: no neo4j_server fixture in tests/conftest.py yet")
    get = (lambda k: server.get(k)) if isinstance(server, dict) else (lambda k: getattr(server, k, None))
    return {"NEO4J_URI": str(get("uri")), "NEO4J_USER": str(get("user") or "neo4j"),
            "NEO4J_PASSWORD": str(get("password") or "")}


def _requirements(block: Block, request) -> dict:
    if "skip" in block.words:
        pytest.skip(f"docs-test skip: {block.words['skip']}")
    env = {}
    for need in filter(None, block.words.get("needs", "").split(",")):
        if need == "shared" and not (SHARED / "SCHEMA.md").is_file():
            pytest.skip("needs=shared: ../shared is not beside the project")
        elif need == "chromium" and not shutil.which("chromium"):
            pytest.skip("needs=chromium: chromium is not installed")
        elif need == "spark" and (importlib.util.find_spec("pyspark") is None or not shutil.which("java")):
            pytest.skip("needs=spark: pyspark or java is missing")
        elif need == "neo4j":
            env.update(_neo4j_env(request))
        elif need not in {"shared", "chromium", "spark", "neo4j"}:
            pytest.fail(f"{block.id}: unknown docs-test need {need!r}")
    return env


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_doc_example_runs(block: Block, docs_workdir: Path, request):
    env = _env(_requirements(block, request))
    code = block.code
    if "setup" in block.words:
        code, n = SETUP_PREFIX.subn("", code)
        assert n, f"{block.id}: a setup block must start with the venv + pip install commands"
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=docs_workdir, env=env,
                          capture_output=True, text=True, timeout=300)
    printed = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{block.id} exited {proc.returncode}:\n{code}\n--- output ---\n{printed[-3000:]}"
    flat = " ".join(printed.split())
    missing = [ln for ln in block.expect if " ".join(ln.split()) not in flat]
    assert not missing, f"{block.id}: the docs show lines the command did not print:\n" + "\n".join(missing) \
        + f"\n--- output ---\n{printed[-3000:]}"


def test_parser_reads_markers_setup_and_expected_output(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("\n".join([
        "# A page", "",
        "<!-- docs-test: needs=shared,chromium -->",
        "```bash", "graphkit stats graphkit-out", "```", "",
        "```text", "$ graphkit stats graphkit-out", "│ Official │ 6 │", "… more rows", "```", "",
        "Some prose resets a marker.", "<!-- docs-test: skip=needs a cluster, and time -->", "",
        "```bash", "spark-submit x", "```",
        "- a list item:", "",
        "  ```bash", "  graphkit query --list", "  ```",
        "```python", "print('not run')", "```",
    ]), encoding="utf-8")
    blocks = blocks_of(page)
    assert [b.code for b in blocks] == ["graphkit stats graphkit-out", "spark-submit x", "graphkit query --list"]
    assert blocks[0].words == {"needs": "shared,chromium"}
    assert blocks[0].expect == ["│ Official │ 6 │"]
    assert blocks[1].words == {"skip": "needs a cluster, and time"}
    assert blocks[2].words == {} and blocks[2].expect == []


def test_setup_prefix_keeps_the_command_after_the_install():
    line = ("python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/graphkit build examples/articles "
            "-o graphkit-out && .venv/bin/graphkit query queries/interim_heads.cypher --out graphkit-out")
    assert SETUP_PREFIX.sub("", line).startswith(".venv/bin/graphkit build examples/articles")
