"""Every command of the Typer app has the shared switches, and its --help reads cleanly.

The README promises ``--json``, ``--quiet`` and ``--debug`` on every command
that prints; this walks the whole app (groups included), so a new command
that forgets one fails here.
"""
from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from graphkit.cli import register

app = register()  # every command module, with the shared switches

# Commands whose whole output is elsewhere: none today; the shell prints answers, so it is included.
NOT_PRINTING: set[str] = set()


def walk(command, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    """(name path, command) of every leaf command (a group has ``commands``; Typer may vendor click)."""
    if hasattr(command, "commands"):
        found = []
        for name, sub in sorted(command.commands.items()):
            found += walk(sub, (*path, name))
        return found
    return [(path, command)]


COMMANDS = walk(typer.main.get_command(app))


def test_the_walk_finds_every_command():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"build", "extract", "stats", "eval", "explain", "query", "shell", "view", "analyze", "validate",
            "export rdf", "export browser-favorites", "export neo4j-import", "export graphml", "load neo4j",
            "dump neo4j"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_printing_command_has_json_quiet_and_debug(path, command):
    if " ".join(path) in NOT_PRINTING:
        pytest.skip("prints nothing")
    opts = {o for p in command.params for o in getattr(p, "opts", [])}
    assert {"--json", "--quiet", "-q", "--debug"} <= opts, f"graphkit {' '.join(path)} lacks {opts}"


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_help_has_no_python_type_metavars(path, command):
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    for bad in ("<bool>", "<list[", "BOOLEAN", "list[str]", "list[Path]"):
        assert bad not in result.output, f"graphkit {' '.join(path)} --help shows {bad}"
    assert "--debug" in result.output


@pytest.mark.parametrize("group", [[], ["load"], ["export"], ["dump"]], ids=["graphkit", "load", "export", "dump"])
def test_group_help_has_no_python_type_metavars(group):
    result = CliRunner().invoke(app, [*group, "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"})
    assert result.exit_code == 0 and "<bool>" not in result.output and "Commands" in result.output


def test_debug_anywhere_shows_the_traceback(tmp_path, capsys):
    from graphkit.cli import main
    assert main(["stats", str(tmp_path / "nope"), "--debug"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" in err and "graphkit:" in err
