"""Fast start: the CLI imports only the command module it runs, so ``graphkit query`` on a built folder does
not pay for pydantic, rdflib, neo4j, trafilatura or the extractors (580 ms of imports before)."""
from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("rdflib", "neo4j", "trafilatura", "pydantic", "pyoxigraph", "ladybug", "graphkit.extract", "networkx")


def _loaded(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_importing_the_cli_loads_no_heavy_library():
    mods = _loaded("import graphkit.cli")
    assert not {m for m in mods for h in HEAVY if m == h or m.startswith(h + ".")}


def test_the_query_command_loads_only_what_it_needs():
    mods = _loaded("import graphkit.cli as c\nc.register('query')")
    assert "graphkit.cli.query" in mods and "graphkit.cli.build" not in mods
    assert not {m for m in mods for h in ("rdflib", "neo4j", "trafilatura", "pydantic", "graphkit.extract")
                if m == h or m.startswith(h + ".")}


def test_a_bundled_query_loads_no_writer_and_no_model(tmp_path):
    from graphkit.stores import embedded
    from test_embedded import mini_graph
    embedded.write_store(mini_graph(), tmp_path)
    mods = _loaded("import io, contextlib\nfrom graphkit.cli import main\n"
                   "with contextlib.redirect_stdout(io.StringIO()):\n"
                   f"    assert main(['query', 'queries/interim_heads.cypher', '--out', {str(tmp_path)!r}, '--json']) == 0")
    assert "ladybug" in mods and "graphkit.stores.embedded" in mods
    # pydantic: typer >= 0.29 coerces every option through it (+170 ms), hence the pin in pyproject.toml;
    # rich: only tables and progress bars need it, and --json prints neither
    assert not {m for m in mods for h in ("rdflib", "neo4j", "trafilatura", "pyoxigraph", "graphkit.extract",
                                          "graphkit.stores.lbdb_load", "pydantic", "rich")
                if m == h or m.startswith(h + ".")}


def test_help_still_lists_every_command(capsys):
    from graphkit.cli import main
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for command in ("build", "query", "export", "load", "view", "eval"):
        assert command in text
