"""The README's commands are the contract: CI must run the very test command it shows."""

from __future__ import annotations

import re

from conftest import ROOT


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(commands) == 2, "the README shows exactly two set-up commands"
    run, test = commands
    assert run.endswith(".venv/bin/brief")
    assert test in (ROOT / ".ci" / "run").read_text()
