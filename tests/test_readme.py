"""README's two set-up commands exist, and .ci/run runs exactly README's test command."""
from __future__ import annotations

import re

from conftest import ROOT


def commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_starts_with_main_job_and_test_command():
    main_job, tests = commands()
    assert "graphkit build examples/articles" in main_job and "pip install" in main_job
    assert "pytest" in tests and "pip install" in tests


def test_ci_runs_readme_test_command_verbatim():
    _, tests = commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci.splitlines()


def test_readme_is_assembled_from_its_fragments():
    # README.md = docs/readme/*.md in name order: `cat docs/readme/*.md > README.md`
    parts = sorted((ROOT / "docs" / "readme").glob("*.md"))
    assert (ROOT / "README.md").read_text(encoding="utf-8") == "".join(p.read_text(encoding="utf-8") for p in parts)
