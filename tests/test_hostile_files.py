"""Hostile local input: pipes, unreadable paths, closed stdin and stdout get one line, never a hang or a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from cli_support import brief_command, run_env
from samples import BRIDGE, text_article

from brief.inputs import read_documents

QUICK_PLAIN_ARGS = ("--plain", "--no-keywords", "--algorithm", "textrank")


def _run(*args: str, shell_redirect: str = "", as_user: bool = False) -> subprocess.CompletedProcess[bytes]:
    """brief in a shell that applies ``shell_redirect`` (such as ``<&-``), within 60 s; ``as_user``: run by root, it
    gets no power to read through file permissions, as any other user."""
    script = f'exec "$0" "$@" {shell_redirect}'
    drop = _drop_file_permission_override if as_user and os.geteuid() == 0 else None
    return subprocess.run(["sh", "-c", script, *brief_command(), *args], capture_output=True, env=run_env(),
                          timeout=60, check=False, stdin=subprocess.DEVNULL, preexec_fn=drop)


def _drop_file_permission_override() -> None:
    """In the child, before exec: remove CAP_DAC_OVERRIDE (1) and CAP_DAC_READ_SEARCH (2) from the bounding set,
    so the program it runs, though run by root, is refused files that their permissions refuse."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def _good(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(text_article("Harbour bridge reopens after repairs", BRIDGE))
    return path


@pytest.mark.slow
def test_fifo_given_directly_or_through_a_pattern_is_refused_without_blocking(tmp_path: Path) -> None:
    good = _good(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _run(*QUICK_PLAIN_ARGS, str(fifo), str(tmp_path / "*.txt"))
    assert result.returncode == 0
    refused = (f"brief: {fifo}: not a regular file (a named pipe); to brief what a command prints, pipe it into "
               "brief and give - instead")
    assert result.stderr.decode().splitlines() == [refused] * 2
    assert "Harbour bridge reopens" in result.stdout.decode() and str(good) in result.stdout.decode()


@pytest.mark.slow
def test_unreadable_and_overlong_paths_are_one_line_each(tmp_path: Path) -> None:
    good = _good(tmp_path)
    long_name = str(tmp_path / ("x" * 300 + ".txt"))
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("text")
    locked.chmod(0)
    try:
        result = _run(*QUICK_PLAIN_ARGS, long_name, str(locked / "a.txt"), str(good), as_user=True)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 0
    assert result.stderr.decode().splitlines() == [f"brief: {long_name}: file name too long",
                                                   f"brief: {locked / 'a.txt'}: permission denied"]
    assert "Harbour bridge reopens" in result.stdout.decode()


def test_a_stat_refused_by_the_system_is_that_inputs_problem(tmp_path: Path, monkeypatch) -> None:
    good = _good(tmp_path)
    refused = str(tmp_path / "locked" / "a.txt")
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).startswith(str(tmp_path / "locked")):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    documents, problems = read_documents([refused, str(tmp_path / "locked"), str(good)])
    assert [(p.path, p.message) for p in problems] == [(refused, "permission denied"),
                                                       (str(tmp_path / "locked"), "permission denied")]
    assert [d.path for d in documents] == [str(good)]


@pytest.mark.slow
def test_closed_stdin_is_one_line_and_the_rest_is_briefed(tmp_path: Path) -> None:
    good = _good(tmp_path)
    result = _run(*QUICK_PLAIN_ARGS, "-", str(good), shell_redirect="<&-")
    assert result.returncode == 0
    assert result.stderr.decode() == "brief: -: stdin is closed\n"
    assert "Harbour bridge reopens" in result.stdout.decode()


def test_closed_stdout_is_said_quietly(tmp_path: Path) -> None:
    result = _run(*QUICK_PLAIN_ARGS, str(_good(tmp_path)), shell_redirect=">&-")
    assert result.returncode == 1
    assert result.stderr.decode() == "brief: stdout is closed\n"


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null"])
def test_devices_are_not_read(special: str) -> None:
    documents, problems = read_documents([special])
    assert documents == [] and [p.message for p in problems] == ["not a regular file (a device)"]
