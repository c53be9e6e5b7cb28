"""The README's commands are the contract: CI must run the very test command it shows."""

from __future__ import annotations

import re

from cli_support import ROOT


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(commands) == 2, "the README shows exactly two set-up commands"
    run, test = commands
    assert run.endswith(".venv/bin/brief")
    assert test in (ROOT / ".ci" / "run").read_text()


def test_every_subpackage_ships_in_the_wheel() -> None:
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "brief").rglob("__init__.py")}
    assert found <= listed, f"missing from pyproject packages: {sorted(found - listed)}"


def test_readme_sample_is_the_real_plain_output() -> None:
    readme = (ROOT / "README.md").read_text()
    golden = (ROOT / "tests" / "golden" / "seeds.plain.txt").read_text()
    assert "```\n" + golden + "```" in readme
