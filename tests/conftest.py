"""What every test gets: its own home, cache, config and temporary folders, a clean environment, a check that
it wrote nothing outside its own folder, and the local web server's fixtures (``site``, ``local_links``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pytest
from cli_support import GOLDEN, ROOT, SEEDS, brief_command, check_golden, run_brief
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from sandbox import write_guard

pytest_plugins = ["webserver", "pytester"]
# for test files that import these from conftest; new ones take them from cli_support
__all__ = ["GOLDEN", "ROOT", "SEEDS", "brief_command", "check_golden", "run_brief"]

# Hypothesis keeps no example database in the work tree: every run starts from the same examples.
settings.register_profile("brief", database=None, derandomize=True)
settings.load_profile("brief")

SANDBOX = Path(__file__).resolve().parent / "sandbox"
# Hypothesis keeps caches (".hypothesis/constants") from the moment test modules are collected, before any
# fixture runs: out of the work tree for the whole run; each test then points it at its own folder.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="brief-tests-hypothesis-"))
# what may pass from the caller's environment: where programs are, and pytest's own bookkeeping
_KEPT = ("PATH", "LD_LIBRARY_PATH", "SYSTEMROOT", "OMP_NUM_THREADS", "BRIEF_UPDATE_GOLDEN", "BRIEF_CMD")
_KEPT_PREFIXES = ("PYTEST_", "COV_CORE_", "TEXTUAL_SNAPSHOT_")  # the last: pytest-textual-snapshot's own


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test runs in a clean environment with its own home, cache, config and temporary folders, all under
    its ``tmp_path``; Python subprocesses run the tree under test. A test that writes anywhere else fails."""
    home = tmp_path / "home"
    for folder in ("home", "cache", "config", "tmp"):
        (tmp_path / folder).mkdir(exist_ok=True)
    for name in list(os.environ):
        if name not in _KEPT and not name.startswith(_KEPT_PREFIXES):
            monkeypatch.delenv(name)
    report = tmp_path / ".writes-outside"
    writable = [str(tmp_path), str(tmp_path.parent)]  # this test's folder; the run's other temporary ones
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        writable.append(str(GOLDEN))
    if os.environ.get("TEXTUAL_SNAPSHOT_TEMPDIR"):  # where pytest-textual-snapshot keeps what it compares
        writable.append(os.environ["TEXTUAL_SNAPSHOT_TEMPDIR"])
    for name, value in {
        "HOME": str(home), "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_STATE_HOME": str(home / ".local" / "state"),
        "TMPDIR": str(tmp_path / "tmp"), "TMUX_TMPDIR": str(tmp_path / "tmp"),
        "LANG": "C.UTF-8", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
        "PYTHONPATH": os.pathsep.join([str(SANDBOX), str(ROOT)]),
        "BRIEF_TEST_WRITABLE": os.pathsep.join(writable), "BRIEF_TEST_WRITES_REPORT": str(report),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    set_hypothesis_home_dir(str(tmp_path.parent / "hypothesis"))  # its caches, out of the work tree
    write_guard.arm(writable)
    try:
        yield tmp_path
    finally:
        outside = write_guard.disarm()
    if report.exists():
        outside += report.read_text(encoding="utf-8").splitlines()
    assert not outside, "the test wrote outside its temporary folder:\n" + "\n".join(outside)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first, each group in the order collected: with ``-n 2`` (and ``--dist loadgroup``, which
    hands a worker one test at a time) the long ones start early and the run ends on short ones, so neither
    worker waits long for the other at the end. The order changes no outcome: every test is isolated."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def config_home(isolated: Path) -> Path:
    """The test's own config folder ($XDG_CONFIG_HOME)."""
    return isolated / "config"


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    """The two bundled seed articles."""
    return SEEDS
