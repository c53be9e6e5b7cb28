"""What a new user trips over in the TUI (issue 25), seen in a real terminal (tmux) and through Pilot.

The 256-colour contrast checks are in test_tui_layout.py, one pass over the themes with the truecolour ones."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest
from cli_support import SEEDS, brief_command
from tmux_support import Tmux

tmux_needed = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
                HF_HUB_OFFLINE="1", TERM="xterm-256color", **extra)


def _original_title(screen: str) -> str:
    return next((line for line in screen.splitlines() if "Original ·" in line), "")


@tmux_needed
@pytest.mark.slow
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
@pytest.mark.slow
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
@pytest.mark.slow
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


@pytest.mark.slow
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


# --- Pilot: the keys a new user tries, where they are -----------------------------------------------

def _app(**kwargs):  # type: ignore[no-untyped-def]
    from tui_support import hand_built_briefing

    from brief.options import Options
    from brief.tui.app import make_app

    return make_app([], Options(keywords=0), briefing=hand_built_briefing(keywords=False), **kwargs)


def _footer(app) -> str:  # type: ignore[no-untyped-def]
    """The footer of the screen on top, as its keys read: "key description" each."""
    from textual.widgets._footer import FooterKey

    keys = app.screen.query(FooterKey)
    return " · ".join(f"{k.key_display} {k.description}".strip() for k in keys)


@pytest.mark.slow
async def test_each_view_lists_its_own_keys_in_its_footer() -> None:
    from tui_support import ready

    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "Next source" in _footer(app) and "Quit" in _footer(app)
        for key, view in (("w", "Close"), ("m", "Sort"), ("question_mark", "Close help")):
            await pilot.press(key)
            await pilot.pause(0.3)
            shown = _footer(app)
            assert view in shown, (key, shown)
            assert "Next source" not in shown and "Search" not in shown and "Who says" not in shown, (key, shown)
            await pilot.press("escape")
            await pilot.pause(0.2)


@pytest.mark.parametrize("width", [50, 60, 66])
async def test_a_narrow_footer_keeps_help_and_quit_whole(width: int) -> None:
    from tui_support import ready

    app = _app()
    async with app.run_test(size=(width, 30)) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        shown = _footer(app)
        assert "? Help" in shown and "q Quit" in shown, shown
        needed = sum(len(part) + 1 for part in shown.split(" · "))
        assert needed <= width, shown


@pytest.mark.slow
async def test_f1_opens_help_and_closes_it() -> None:
    from tui_support import ready

    from brief.tui.screens import HelpScreen

    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause(0.2)
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.slow
async def test_help_explains_all_three_markers_and_who_says_what_shows_no_bare_score() -> None:
    from textual.widgets import Markdown
    from tui_support import ready

    from brief.tui.screens.who import how_matched

    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        source = app.screen.query_one(Markdown).source
    assert "only in [n]** when one does" not in source
    assert "`[1, 2]`: sources 1 and 2 both state it" in source
    assert "**only in [2]**: source 2 states it, and brief can tell that no other source does" in source
    assert "`[2]`: source 2 states it, and brief cannot tell whether another source does too" in source
    point = app.briefing.points[1]
    assert all("similarity" not in how_matched(s, False) for s in point.supports)


@pytest.mark.slow
async def test_p_with_nothing_skipped_and_slash_before_the_briefing_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.app import App
    from tui_support import ready

    from brief.options import Options
    from brief.tui.app import make_app

    said: list[str] = []
    real = App.notify

    def spy(self, message, **kwargs):  # type: ignore[no-untyped-def]
        said.append(message)
        real(self, message, **kwargs)

    monkeypatch.setattr(App, "notify", spy)
    monkeypatch.setattr("brief.tui.app.BriefApp.rank", lambda self: None)  # the briefing never comes
    waiting = make_app([], Options(keywords=0))
    async with waiting.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("slash")
        await pilot.pause(0.1)
    assert "the briefing is not ready yet" in said
    said.clear()
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("p")
        await pilot.pause(0.2)
        assert app.screen is app.screen_stack[0]
    assert "nothing was skipped: every input was briefed" in said


async def test_config_errors_are_said_and_listed_under_p(config_home: Path) -> None:
    from textual.widgets import Static
    from tui_support import ready

    from brief.tui.screens import ProblemsScreen

    (config_home / "brief").mkdir(parents=True)
    (config_home / "brief" / "config.toml").write_text('[keys]\napp.search = "ctrl+f"\napp.quit = "q"\ntheme = \n',
                                                       encoding="utf-8")
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.pause(0.3)
        shown = [n.message for n in app._notifications]
        assert any(m.startswith("config.toml is not valid TOML (") and m.endswith("no [keys] apply") for m in shown)
        await pilot.press("p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, ProblemsScreen)
        lines = [str(s.render()) for s in app.screen.query(Static).results() if s.has_class("problem")]
        assert any("config.toml is not valid TOML" in line for line in lines), lines


@pytest.mark.slow
async def test_export_creates_no_folder_and_writes_through_a_link(tmp_path: Path) -> None:
    from textual.widgets import Input, Label
    from tui_support import ready

    from brief.render import render_markdown
    from brief.tui.screens import ExportScreen
    from brief.tui.screens.export import ConfirmReplace

    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        app.screen.query_one(Input).value = str(tmp_path / "no" / "such" / "b.md")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ExportScreen)  # refused in place
        said = str(app.screen.query_one("#export-problem", Label).render())
        assert said == (f"no folder {tmp_path / 'no' / 'such'}: brief does not create folders; "
                        "give a path in one that exists")
        assert not (tmp_path / "no").exists()
        real = tmp_path / "notes.md"
        real.write_text("old\n", encoding="utf-8")
        link = tmp_path / "link.md"
        link.symlink_to(real)
        app.screen.query_one(Input).value = str(link)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ConfirmReplace)
        assert f"(a link to {real})" in str(app.screen.query_one("#confirm-question", Label).render())
        await pilot.press("y")
        await pilot.pause(0.3)
        assert link.is_symlink() and link.resolve() == real
        assert real.read_text(encoding="utf-8") == render_markdown(app.briefing)


@pytest.mark.slow
async def test_coverage_says_when_source_columns_are_out_of_view(tmp_path: Path) -> None:
    from textual.widgets import Static
    from tui_support import ready, write_articles

    from brief.options import Options
    from brief.tui.app import make_app

    write_articles(tmp_path, 14)
    app = make_app([str(tmp_path)], Options(keywords=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        await pilot.pause(0.5)
        legend = str(app.screen.query_one("#coverage-legend", Static).render())
    assert "(columns 1–14, not all in view: ←/→ scroll to the others)" in legend, legend
