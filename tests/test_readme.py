"""README's two set-up commands come first, and .ci/run runs exactly README's test command."""
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


def test_readme_is_short_and_has_no_development_history():
    # A newcomer reads it in five minutes; the history of how extraction was tuned lives in
    # CHANGELOG.md and docs/dev/, the details in the docs site.
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    for history in ("held-out", "before | after", "| before |", "Measured on", "hand check", "round on"):
        assert history.lower() not in text.lower(), history


def test_readme_links_resolve():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    assert targets
    missing = [t for t in targets if "://" not in t and not (ROOT / t).exists()]
    assert not missing, missing


def test_readme_commands_table_names_every_command():
    import typer

    from graphkit.cli import register
    app = register()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    for name in typer.main.get_command(app).commands:
        assert f"`graphkit {name}" in table, name
