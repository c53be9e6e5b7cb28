"""Helpers the command-line tests share: ``brief`` from the tree under test, the seeds, golden files.

``run_brief`` starts brief as a program (``python -m brief``): for what only a process shows (its exit status
and streams as a shell sees them, stdin piped in, its environment, what it imports, runs side by side).
``brief_here`` runs the same command line in the test's own process, for the many tests about what brief
prints: each run then costs the briefing, not Python's start, the imports and the model load again.
With ``$BRIEF_CMD`` set, both start that build.
"""

from __future__ import annotations

import io
import os
import shlex
import subprocess
import sys
from contextlib import ExitStack, redirect_stderr, redirect_stdout
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


def brief_here(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``run_brief`` in this process: brief's ``main`` with these arguments, from ``cwd`` (else ``/``), stdin at
    /dev/null, stdout and stderr captured as bytes (neither a terminal), and its exit status; the fetch policy
    it sets is put back. Its result is what ``run_brief`` gives; with ``$BRIEF_CMD`` set it is ``run_brief``."""
    if os.environ.get("BRIEF_CMD"):
        return run_brief(*args, cwd=cwd)
    from brief import policy
    from brief.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    code: int = 0
    with ExitStack() as stack:
        stdout = stack.enter_context(io.TextIOWrapper(out, encoding="utf-8", write_through=True))
        stderr = stack.enter_context(io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace",
                                                     write_through=True))  # as Python's own stderr
        stdin = stack.enter_context(open(os.devnull, encoding="utf-8"))  # noqa: SIM115 - the stack closes it
        stack.callback(setattr, sys, "stdin", sys.stdin)
        stack.callback(setattr, sys, "argv", sys.argv)
        stack.callback(policy.configure, policy.current())
        stack.callback(os.chdir, os.getcwd())
        stack.enter_context(redirect_stdout(stdout))
        stack.enter_context(redirect_stderr(stderr))
        sys.stdin, sys.argv = stdin, ["brief", *args]
        os.chdir(cwd or "/")
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else int(done.code is not None)
        stdout.flush()
        stderr.flush()
        result = subprocess.CompletedProcess([*brief_command(), *args], code, out.getvalue(), err.getvalue())
    return result


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; ``BRIEF_UPDATE_GOLDEN=1`` rewrites it instead (then read the diff)."""
    path = GOLDEN / name
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BRIEF_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")
