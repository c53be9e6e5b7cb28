"""Helpers the command-line tests share: ``brief`` from the tree under test, the seeds, golden files."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"


def brief_command() -> list[str]:
    """``python -m brief`` from the tree under test (``run_env`` puts it first on the path); ``$BRIEF_CMD`` when
    set, to check another build such as an installed wheel's ``brief``."""
    if os.environ.get("BRIEF_CMD"):
        return shlex.split(os.environ["BRIEF_CMD"])
    return [sys.executable, "-m", "brief"]


def run_env(**extra: str) -> dict[str, str]:
    """The test's own environment (see conftest's ``isolated``) plus ``extra``: what a subprocess of brief gets."""
    return dict(os.environ, **extra)


def run_brief(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run brief from a neutral directory, in the test's own home, cache and config, and capture its output."""
    return subprocess.run([*brief_command(), *args], input=stdin, capture_output=True, cwd=cwd or Path("/"),
                          env=run_env(), timeout=300, check=False)


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; ``BRIEF_UPDATE_GOLDEN=1`` rewrites it instead (then read the diff)."""
    path = GOLDEN / name
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BRIEF_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")
