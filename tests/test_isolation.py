"""Every test is isolated (tests/conftest.py): its own home, cache, config and temporary folders, a clean
environment, and a failure when it, or a Python program it starts, writes anywhere else."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cli_support import ROOT, brief_command, run_env

TESTS = Path(__file__).resolve().parent

INNER = '''
import os, subprocess, sys
from pathlib import Path

OUTSIDE = Path(__file__).resolve().parent / "outside"

def test_writes_in_its_own_folder(tmp_path):
    (tmp_path / "note.txt").write_text("mine")

def test_writes_outside():
    (OUTSIDE / "from-the-test.txt").write_text("not mine")

def test_starts_a_program_that_writes_outside():
    code = f"open({str(OUTSIDE / 'from-a-subprocess.txt')!r}, 'w').close()"
    subprocess.run([sys.executable, "-c", code], env=os.environ, check=True)

def test_makes_a_folder_outside():
    (OUTSIDE / "folder").mkdir()
'''


@pytest.mark.slow
def test_a_test_that_writes_outside_its_folder_fails(pytester: pytest.Pytester) -> None:
    for helper in ("conftest.py", "cli_support.py", "webserver.py"):
        shutil.copy(TESTS / helper, pytester.path / helper)
    shutil.copytree(TESTS / "sandbox", pytester.path / "sandbox", ignore=shutil.ignore_patterns("__pycache__"))
    (pytester.path / "outside").mkdir()
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=4, errors=3)
    outside = pytester.path / "outside"
    for name in ("from-the-test.txt", "from-a-subprocess.txt", "folder"):
        result.stdout.fnmatch_lines(["*the test wrote outside its temporary folder:*", f"*{outside / name}*"])


def test_home_cache_config_and_temporary_folders_are_the_tests_own(tmp_path: Path) -> None:
    from brief import cache
    from brief.tui.config import config_path

    assert Path.home() == tmp_path / "home" and Path(tempfile.gettempdir()) == tmp_path / "tmp"
    assert cache.cache_dir() == tmp_path / "cache" / "brief"
    assert config_path() == tmp_path / "config" / "brief" / "config.toml"
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert not {name for name in os.environ if name.startswith(("XDG_", "HF_"))} - {
        "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "HF_HUB_OFFLINE"}


def test_a_variable_set_by_one_test_is_gone_in_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "BRIEF_TEST_LEAK" not in os.environ  # set by the test below when run before, and by no other
    os.environ["BRIEF_TEST_LEAK"] = "1"  # no monkeypatch: as a careless test would


def test_a_variable_set_by_one_test_is_gone_in_the_next_too() -> None:
    assert "BRIEF_TEST_LEAK" not in os.environ
    os.environ["BRIEF_TEST_LEAK"] = "1"


def test_the_command_line_runs_the_tree_under_test() -> None:
    """``python -m brief`` from this tree, whether or not (or whichever) brief is installed."""
    assert brief_command() == [sys.executable, "-m", "brief"]
    code = "import brief; print(brief.__file__)"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, env=run_env(), cwd="/", check=True,
                           text=True)
    assert Path(where.stdout.strip()) == ROOT / "brief" / "__init__.py"
    import brief

    assert Path(brief.__file__) == ROOT / "brief" / "__init__.py"  # and so do the tests in this process
