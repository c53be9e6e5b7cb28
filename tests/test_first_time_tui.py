"""What a new user trips over in the TUI (issue 25), seen in a real terminal (tmux) and through Pilot."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, brief_command
from test_tui import Tmux

tmux_needed = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
                HF_HUB_OFFLINE="1", TERM="xterm-256color", **extra)


def _original_title(screen: str) -> str:
    return next((line for line in screen.splitlines() if "Original ·" in line), "")


@tmux_needed
def test_an_article_on_stdin_is_read_as_an_article_and_the_keys_still_work(tmp_path: Path) -> None:
    """``brief - b.txt < a.txt``: a.txt is source 1, and the keyboard, not the pipe, drives the app."""
    command = shlex.join([*brief_command(), "--no-keywords", "-", str(SEEDS[1])]) + f" < {shlex.quote(str(SEEDS[0]))}"
    tmux = Tmux(f"{command}; echo EXIT=$?; sleep 60", (120, 36), _env(tmp_path))
    try:
        screen = tmux.wait_for(lambda s: "6 points · multidoc" in s, timeout=120)
        assert "Sources · 2" in screen and "[1] Damascus Rejects" in screen
        tmux.run("send-keys", "-t", "brief", "1")
        tmux.wait_for(lambda s: "[1] Damascus Rejects" in _original_title(s), timeout=15)
        tmux.run("send-keys", "-t", "brief", "2")
        tmux.wait_for(lambda s: "[2] Syria rejects calls" in _original_title(s), timeout=15)
        tmux.run("send-keys", "-t", "brief", "q")
        tmux.wait_for(lambda s: "EXIT=0" in s, timeout=15)
    finally:
        tmux.close()
    assert not (tmp_path / "config" / "brief" / "config.toml").exists()  # no theme was cycled by the article's bytes


@tmux_needed
def test_stdin_at_dev_null_opens_the_seeds_with_a_live_keyboard(tmp_path: Path) -> None:
    command = shlex.join([*brief_command(), "--no-keywords"]) + " < /dev/null"
    tmux = Tmux(f"{command}; echo EXIT=$?; sleep 60", (120, 36), _env(tmp_path))
    try:
        tmux.wait_for(lambda s: "6 points · multidoc" in s, timeout=120)
        tmux.run("send-keys", "-t", "brief", "q")
        tmux.wait_for(lambda s: "EXIT=0" in s, timeout=15)
    finally:
        tmux.close()
