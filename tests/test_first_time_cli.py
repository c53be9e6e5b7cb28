"""What a new user trips over on the command line (issue 25): stdin, messages, --keyphrases, --words."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import time
from pathlib import Path

import pytest
from cli_support import SEEDS, brief_command, brief_here, run_brief, run_env

from brief import cli

LAKE = """Lake ferry resumes service after storm damage

The ferry across Lake Miren resumed service on Tuesday after three weeks of repairs to its landing stage.
The storm in early March tore the landing stage from its pilings and sank two moored boats.
Engineers from the regional transport office rebuilt the stage on new concrete pilings.
The ferry carries about four hundred commuters a day between Miren and the eastern shore.
Commuters had used a bus route around the lake that added an hour to each journey.
The transport office said the new landing stage should withstand storms for fifty years.
"""


class _Terminal(io.StringIO):
    """stderr as a terminal: brief shows its progress line there."""

    def isatty(self) -> bool:
        return True


def _screen(written: str) -> list[str]:
    """The lines a terminal shows for ``written``: each ``\\r\\x1b[K`` erases the line so far."""
    return [line.rsplit("\r\x1b[K", 1)[-1] for line in written.split("\n")]


def test_piped_article_with_no_input_is_briefed_not_the_seeds() -> None:
    result = run_brief("--plain", "--no-keywords", "--no-cache", stdin=LAKE.encode())
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith("Lake ferry resumes service after storm damage\n"), out
    assert "Syria" not in out
    assert "\n[1] Lake ferry resumes" in out and "\n    -" in out  # the source is stdin


def test_no_input_and_stdin_at_dev_null_still_briefs_the_seeds() -> None:
    env = run_env()
    result = subprocess.run([*brief_command(), "--plain", "--no-keywords"], stdin=subprocess.DEVNULL,
                            capture_output=True, env=env, cwd="/", timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "Syria" in result.stdout.decode()


def test_a_failed_run_in_a_terminal_says_why_on_its_own_line(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    stderr = _Terminal()
    monkeypatch.setattr("sys.stderr", stderr)
    missing = str(tmp_path / "nope.txt")
    assert cli.run(["--plain", "--no-cache", missing]) == 1
    written = stderr.getvalue()
    assert "reading 1 input…" in written and "cleaning and splitting 1 document…" in written, written
    assert _screen(written) == [f"brief: {missing}: no such file", "brief: no briefing could be made", ""]


def test_bad_numbers_are_named_in_words_not_in_function_names() -> None:
    result = run_brief("--plain", "--sentences", "abc")
    assert result.returncode == 2
    last = result.stderr.decode().splitlines()[-1]
    assert last == "brief: error: argument --sentences: 'abc' is not a whole number (1 or more)"
    assert run_brief("--plain", "--keywords", "-3").stderr.decode().splitlines()[-1] == (
        "brief: error: argument --keywords: must be 0 or more, not -3")


@pytest.mark.slow
def test_keyphrases_of_several_documents_and_of_a_folder(tmp_path: Path) -> None:
    lake = tmp_path / "lake.txt"
    lake.write_text(LAKE, encoding="utf-8")
    both = brief_here("--keyphrases", str(SEEDS[0]), str(lake), "--keywords", "3")
    assert both.returncode == 0, both.stderr
    blocks = both.stdout.decode().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [f"==> {SEEDS[0]} <==", f"==> {lake} <=="]
    assert all(len(b.strip().splitlines()) == 4 for b in blocks), blocks  # a name and three phrases each
    assert "ferry" in blocks[1].lower() and "syria" in blocks[0].lower()
    folder = brief_here("--keyphrases", str(SEEDS[0].parent), "--keywords", "2")
    assert folder.stdout.decode().count("==> ") == len(SEEDS), folder.stdout
    one = brief_here("--keyphrases", str(lake), "--keywords", "2")
    assert len(one.stdout.decode().splitlines()) == 2 and "==>" not in one.stdout.decode()


@pytest.mark.parametrize("off", [["--no-keywords"], ["--keywords", "0"]])
def test_keyphrases_with_no_keywords_is_refused(off: list[str]) -> None:
    result = run_brief("--keyphrases", str(SEEDS[0]), *off)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().splitlines()[-1] == (
        "brief: error: --keyphrases prints keyphrases: --no-keywords or --keywords 0 would leave none to print")


def test_words_too_few_for_any_point_says_so(tmp_path: Path) -> None:
    lake = tmp_path / "lake.txt"
    lake.write_text(LAKE, encoding="utf-8")
    result = run_brief("--plain", "--no-keywords", "--no-cache", "--words", "5", str(lake))
    assert result.returncode == 0
    points = [line for line in result.stdout.decode().splitlines() if line.startswith("• ")]
    words = sum(len(p[2:].rsplit(" [", 1)[0].split()) for p in points)
    assert len(points) == 1 and words > 5
    assert result.stderr.decode() == (f"brief: --words 5: the briefing's one point has {words} words "
                                      "(a point is a whole sentence, never cut)\n")
    roomy = run_brief("--plain", "--no-keywords", "--no-cache", "--words", "60", str(lake))
    assert roomy.stderr == b""


def test_stdin_from_a_terminal_says_how_to_end_it() -> None:
    env = run_env()
    master, slave = pty.openpty()
    run = subprocess.Popen([*brief_command(), "--plain", "--no-keywords", "--no-cache", "-"], stdin=slave,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd="/")
    os.close(slave)
    try:
        os.write(master, LAKE.replace("\n", "\r").encode() + b"\x04")
        deadline = time.monotonic() + 120
        while run.poll() is None and time.monotonic() < deadline:
            select.select([master], [], [], 0.2)
            try:
                os.read(master, 65536)  # the echo
            except OSError:
                break
        out, err = run.communicate(timeout=120)
    finally:
        os.close(master)
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, err
    assert err.decode().splitlines()[0] == ("brief: reading the article from the terminal: type or paste it, "
                                            "then press Ctrl-D on a line of its own")
    assert out.decode().startswith("Lake ferry resumes service")


def test_a_process_substitution_is_refused_with_a_word_about_stdin() -> None:
    env = run_env()
    read_end, write_end = os.pipe()
    try:
        result = subprocess.run([*brief_command(), "--plain", f"/dev/fd/{read_end}"], pass_fds=(read_end,),
                                capture_output=True, env=env, cwd="/", timeout=60, check=False)
    finally:
        os.close(read_end)
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[0] == (
        f"brief: /dev/fd/{read_end}: not a regular file (a named pipe); to brief what a command prints, "
        "pipe it into brief and give - instead")


def test_theme_names_are_listed_in_help_and_a_wrong_one_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    shown = re.sub(r"-\s+", "-", " ".join(cli.parser().format_help().split()))  # argparse wraps at hyphens
    assert "--theme NAME the TUI's theme: brief-contrast, brief-dark, brief-light (default: brief-dark)" in shown

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Terminal())
    with pytest.raises(SystemExit) as exit_:
        cli.run(["--theme", "no-such-theme"])
    assert exit_.value.code == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("brief: error: argument --theme: no theme 'no-such-theme'; choose from brief-dark, "
                           "brief-light, brief-contrast, "), last
    assert "nord" in last and "ansi" not in last
