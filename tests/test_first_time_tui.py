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


@tmux_needed
def test_o_with_a_pager_that_cannot_run_says_so_and_stays(tmp_path: Path) -> None:
    command = shlex.join([*brief_command(), "--no-keywords", str(SEEDS[0])])
    tmux = Tmux(f"{command}; echo EXIT=$?; sleep 60", (120, 36), _env(tmp_path, PAGER="no-such-pager-here"))
    try:
        tmux.wait_for(lambda s: "points · multidoc" in s, timeout=120)
        tmux.run("send-keys", "-t", "brief", "o")
        screen = tmux.wait_for(lambda s: "no-such-pager-here" in s, timeout=15)
        assert "no pager to open the file: no-such-pager-here is not" in screen, screen
        assert "(set $PAGER to one that is)" in screen, screen
        assert "Original ·" in screen and "Briefing" in screen  # still the app, drawn
        tmux.run("send-keys", "-t", "brief", "q")  # and its keys still work
        tmux.wait_for(lambda s: "EXIT=0" in s, timeout=15)
    finally:
        tmux.close()


async def test_after_minus_original_lights_the_point_under_the_cursor() -> None:
    from tui_support import ready, wait_for

    from brief.options import Options
    from brief.tui.app import make_app
    from brief.tui.widgets import BriefingList, OriginalText

    app = make_app([], Options(keywords=0))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        went = 0
        while len(app.briefing.points) > 1:
            before = len(app.briefing.points)
            await pilot.press("G")  # the last point, which "-" may take away
            await wait_for(pilot, lambda: points.point == app.briefing.points[-1], "the cursor on the last point")
            lit = points.point
            await pilot.press("minus")
            await wait_for(pilot, lambda n=before: len(app.briefing.points) == n - 1, "one point fewer")
            await pilot.pause()
            went += lit not in app.briefing.points
            now = points.point
            assert now is not None
            support = now.supports[0]
            assert app.query_one(OriginalText).sentence == (support.source_id, support.start, support.end)
        assert went  # at least once, the point Original lit was no longer a point
