"""The documentation site builds with no broken link, and what it quotes from the code is current.

* ``mkdocs build --strict`` (broken links, missing anchors, pages left out of the nav fail);
* docs/cli.md equals what docs/gen_cli.py generates from the Typer app;
* docs/troubleshooting.md has a section for every error code in the code base, quoting the
  fix graphkit prints;
* the figures in docs/figures/ equal what docs/figures.py reruns;
* the stale figures the docs once quoted do not come back.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import re
import subprocess
import sys

import pytest

from conftest import ROOT

DOCS = ROOT / "docs"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"docs_{name}", DOCS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_site_builds_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="mkdocs is in the dev extra: pip install -e '.[dev]'")
    pytest.importorskip("material", reason="mkdocs-material is in the dev extra")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (tmp_path / "site" / "cli" / "index.html").read_text(encoding="utf-8")
    assert "graphkit build" in html
    quality = (tmp_path / "site" / "measuring" / "index.html").read_text(encoding="utf-8")
    assert "--8&lt;--" not in quality and "--8<--" not in quality  # snippets were included


def test_cli_reference_is_generated_from_the_app():
    gen = _load("gen_cli")
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/cli.md is stale: run python docs/gen_cli.py"


def test_cli_reference_lists_every_command():
    import typer

    from graphkit.cli import app
    root = typer.main.get_command(app)
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name, cmd in root.commands.items():
        for sub in getattr(cmd, "commands", {}) or [None]:
            assert f"`graphkit {name}{' ' + sub if sub else ''}`" in text


def error_classes() -> dict[str, type]:
    """Every GraphkitError subclass in the package, by code (all modules imported first)."""
    import graphkit
    from graphkit.errors import GraphkitError
    for info in pkgutil.walk_packages(graphkit.__path__, "graphkit."):
        if info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional dependency (the module says so when used)
            continue
    found, todo = {}, [GraphkitError]
    while todo:
        cls = todo.pop()
        found.setdefault(cls.code, cls)
        todo.extend(cls.__subclasses__())
    return found


def troubleshooting_sections() -> dict[str, str]:
    text = (DOCS / "troubleshooting.md").read_text(encoding="utf-8")
    parts = re.split(r"^#{2,3} (E\d{3})\b.*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_troubleshooting_documents_every_error_code():
    classes, sections = error_classes(), troubleshooting_sections()
    missing = sorted(set(classes) - set(sections))
    skeleton = "\n\n".join(f"### {c} — {classes[c].__name__}\n\n**Cause.** …\n\n**Fix:** {classes[c].default_fix}"
                             for c in missing)
    assert not missing, f"error codes without a section in docs/troubleshooting.md; add:\n\n{skeleton}"
    assert set(sections) - set(classes) == set(), "docs/troubleshooting.md documents codes the code does not have"
    for code, cls in classes.items():
        section = " ".join(sections[code].split())
        assert "**Cause.**" in section, code
        assert f"**Fix:** {' '.join(cls.default_fix.split())}" in section, \
            f"{code}: the page must quote the fix graphkit prints: {cls.default_fix!r}"


def test_figures_are_rerun_and_current():
    proc = subprocess.run([sys.executable, str(DOCS / "figures.py"), "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr + "\nrun: python docs/figures.py"


def user_pages() -> list:
    return [ROOT / "README.md", *(p for p in DOCS.rglob("*.md")
                                  if p.relative_to(DOCS).parts[0] not in {"dev", "figures"})]


def test_no_stale_figure_is_quoted():
    # Figures the README once carried by hand, which the code no longer reproduces (issue 18).
    stale = ["1,579", "1 579", "1,816", "1 816", "4,909", "4 909", "26 interim"]
    for page in user_pages():
        text = page.read_text(encoding="utf-8")
        assert not [s for s in stale if s in text], page


def test_query_page_lists_every_bundled_question_and_its_parameters():
    text = (DOCS / "query.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)`:.*$", text, flags=re.M)}
    bundled = sorted(p.stem for p in (ROOT / "queries").glob("*.cypher"))
    assert sorted(rows) == bundled
    for name in bundled:
        header = (ROOT / "queries" / f"{name}.cypher").read_text(encoding="utf-8")
        for param in re.findall(r"^// param (\w+):", header, flags=re.M):
            assert f"`{param}`" in rows[name], (name, param)
