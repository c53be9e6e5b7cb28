"""Shared fixtures: the installed ``brief`` command and the bundled seeds."""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"
# brief caches briefings under $XDG_CACHE_HOME; tests use their own, never the user's.
CACHE_HOME = tempfile.mkdtemp(prefix="brief-test-cache-")
atexit.register(shutil.rmtree, CACHE_HOME, True)


def brief_command() -> list[str]:
    """``$BRIEF_CMD`` when set (e.g. ``python -m brief`` on a work tree), else the installed console script."""
    if os.environ.get("BRIEF_CMD"):
        return shlex.split(os.environ["BRIEF_CMD"])
    return [_installed_script()]


def _installed_script() -> str:
    """The installed console script next to this interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name("brief")
    if beside.exists():
        return str(beside)
    found = shutil.which("brief")
    if not found:
        pytest.fail("the brief command is not installed (pip install .)")
    return found


def run_brief(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the brief command from a neutral directory and capture its output."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", XDG_CACHE_HOME=CACHE_HOME)
    return subprocess.run([*brief_command(), *args], input=stdin, capture_output=True, cwd=cwd or Path("/"),
                          env=env, timeout=300, check=False)


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    """The two bundled seed articles."""
    return SEEDS


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; BRIEF_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BRIEF_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config folder, never the user's: no remembered theme or keys leak in,
    and nothing is written to the user's config."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home
