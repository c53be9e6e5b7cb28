"""Issue 14's defects and reading habits, driven by Pilot on hand-built briefings: what the user sees."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Label
from tui_support import hand_built_briefing, plain, ready

from brief.options import Options
from brief.render import render_markdown
from brief.tui.app import make_app
from brief.tui.screens import ExportScreen
from brief.tui.screens.export import ConfirmReplace

NO_KEYWORDS = Options(keywords=0)
SIZE = (120, 36)


def app_for(keywords: bool = False, options: Options = NO_KEYWORDS):  # type: ignore[no-untyped-def]
    """The TUI on the hand-built briefing of the seeds (no ranking)."""
    return make_app([], options, briefing=hand_built_briefing(keywords=keywords))


# --- export ----------------------------------------------------------------------------------------

async def _export_to(pilot, app, path: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("e")
    assert isinstance(app.screen, ExportScreen)
    app.screen.query_one(Input).value = path


@pytest.mark.slow
async def test_enter_twice_quickly_in_export_writes_once_and_does_not_crash(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await _export_to(pilot, app, str(target))
        field = app.screen.query_one(Input)
        for _ in range(2):  # two Enters in one read from the terminal: both queued before either is handled
            field.post_message(Input.Submitted(field, field.value))
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == render_markdown(app.briefing)
    assert app.return_code in (None, 0)


@pytest.mark.slow
async def test_export_asks_before_replacing_a_file_and_keeps_it_on_no(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own notes\n")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await _export_to(pilot, app, str(target))
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmReplace)
        question = str(app.screen.query_one("#confirm-question", Label).render())
        assert question == f"{target} already exists. Replace it?"
        await pilot.press("enter")  # Cancel has the focus: a second Enter keeps the file
        assert isinstance(app.screen, ExportScreen)
        assert "not replaced" in str(app.screen.query_one("#export-problem", Label).render())
        assert target.read_text() == "my own notes\n"
        await pilot.press("enter", "y")
        assert not isinstance(app.screen, (ExportScreen, ConfirmReplace))
        assert target.read_text(encoding="utf-8") == render_markdown(app.briefing)


@pytest.mark.slow
async def test_export_to_a_folder_says_so_in_one_line(tmp_path: Path) -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await _export_to(pilot, app, str(tmp_path))
        await pilot.press("enter")
        assert isinstance(app.screen, ExportScreen)  # refused in place, the path can be edited
        problem = str(app.screen.query_one("#export-problem", Label).render())
        assert problem == f"{tmp_path} is a folder: give a file name"
        assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))


def test_export_of_a_folder_raises_without_the_temporary_path(tmp_path: Path) -> None:
    from brief.tui.screens import export_markdown

    with pytest.raises(IsADirectoryError) as raised:
        export_markdown(hand_built_briefing(keywords=False), str(tmp_path))
    assert ".tmp" not in str(raised.value) and str(tmp_path) in str(raised.value)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_export_honours_the_umask(tmp_path: Path, umask: int) -> None:
    from brief.tui.screens import export_markdown

    old = os.umask(umask)
    try:
        target = export_markdown(hand_built_briefing(keywords=False), str(tmp_path / f"b{umask:o}.md"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


# --- search across every source ----------------------------------------------------------------------

@pytest.mark.slow
async def test_search_finds_matches_in_other_sources_and_enter_leaves_the_box_for_n() -> None:
    from brief.tui.widgets import OriginalText, OriginalView, SearchBar

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        original, view, pane = app.query_one(OriginalText), app.query_one(OriginalView), app.query_one("#original-pane")
        briefing = app.briefing
        count = {s.id: s.text.lower().count("free syrian") for s in briefing.sources}
        assert count[1] == 0 and count[2] >= 1  # only [2] has it
        await pilot.press("slash", *"Free Syrian")
        assert original.source.id == 1
        noun = "match" if count[2] == 1 else "matches"
        assert plain(pane.border_subtitle) == f"{count[2]} {noun} in [2] · Enter: go"
        await pilot.press("enter")
        assert app.focused is original and view.searching
        assert original.source.id == 2
        (start, end), = original.spans("current")
        assert original.source.text[start:end] == "Free Syrian"
        assert plain(pane.border_subtitle).startswith(f"match 1 of {count[2]} · ")
        await pilot.press("n", "N", "j")  # not typed into the box
        assert app.query_one(SearchBar).value == "Free Syrian"


@pytest.mark.slow
async def test_n_and_shift_n_step_through_every_match_across_sources() -> None:
    from brief.tui.widgets import OriginalText

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        original, pane = app.query_one(OriginalText), app.query_one("#original-pane")
        texts = {s.id: s.text.lower() for s in app.briefing.sources}
        expected = [(sid, i) for sid, t in texts.items() for i in range(len(t)) if t.startswith("mekdad", i)]
        ones, twos = (sum(sid == n for sid, _ in expected) for n in (1, 2))
        assert ones and twos
        await pilot.press("slash", *"mekdad")
        total = len(expected)
        assert plain(pane.border_subtitle) == f"match 1 of {total} · {ones} matches in [1], {twos} in [2] · Enter: go"
        await pilot.press("enter")
        seen = [(original.source.id, original.spans("current")[0][0])]
        for _ in range(len(expected) - 1):
            await pilot.press("n")
            seen.append((original.source.id, original.spans("current")[0][0]))
        assert seen == expected  # every match, source 1's then source 2's
        assert plain(pane.border_subtitle).startswith(f"match {len(expected)} of {len(expected)} · ")
        await pilot.press("n")  # wraps around to source 1
        assert (original.source.id, original.spans("current")[0][0]) == expected[0]
        await pilot.press("N")  # and back to the last one, in source 2
        assert (original.source.id, original.spans("current")[0][0]) == expected[-1]
        await pilot.press("escape")
        assert original.spans("match") == [] and original.spans("current") == []


@pytest.mark.slow
async def test_search_with_no_match_says_so() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"zebra")
        assert plain(app.query_one("#original-pane").border_subtitle) == "no match in 2 sources"


# --- Original follows the Briefing's cursor ---------------------------------------------------------

@pytest.mark.slow
async def test_original_follows_the_cursor_in_briefing_and_enter_steps_on() -> None:
    from brief.tui.widgets import OriginalText

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original, pane = app.query_one(OriginalText), app.query_one("#original-pane")
        points = app.briefing.points
        for index in (1, 2, 3):
            await pilot.press("j")
            point = points[index]
            assert original.source.id == point.sentence.source_id
            (start, end), = original.spans("sentence")
            assert original.source.text[start:end] == point.text
            total = len(point.supports)
            assert plain(pane.border_subtitle).startswith(f"sentence 1 of {total} reporting this point")
        await pilot.press("k", "k")  # back on point 2, which two sources report
        point = points[1]
        assert len(point.supports) == 2
        await pilot.press("enter")  # its own sentence is already shown: Enter goes to the other source's
        support = point.supports[1]
        assert original.source.id == support.source_id and original.spans("sentence") == [(support.start, support.end)]
        assert plain(pane.border_subtitle).startswith("sentence 2 of 2 reporting this point")


async def test_the_sentence_label_does_not_outlive_a_source_change() -> None:
    from brief.tui.widgets import OriginalText

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j")  # point 2, its sentence in [2]
        pane = app.query_one("#original-pane")
        assert app.query_one(OriginalText).source.id == 2 and "sentence 1 of 2" in plain(pane.border_subtitle)
        await pilot.press("right_square_bracket")  # to [1], where that sentence is not
        assert app.query_one(OriginalText).source.id == 1
        assert "sentence" not in plain(pane.border_subtitle)


@pytest.mark.slow
async def test_explain_says_why_each_point_was_chosen_under_it() -> None:
    from brief.tui.widgets import BriefingList

    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False), explain=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        prompts = app.query_one(BriefingList).prompts()
        assert prompts[1].endswith("[1, 2]\n  why: coverage_gain 0.100 · cited by 2")
        assert prompts[3].endswith("[2]\n  why: coverage_gain 0.100 · cited by 1")
    quiet = app_for()
    async with quiet.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not any("why:" in p for p in quiet.query_one(BriefingList).prompts())


@pytest.mark.slow
async def test_original_says_where_the_source_came_from() -> None:
    from dataclasses import replace

    from textual.widgets import Static

    briefing = hand_built_briefing(keywords=False)
    first = replace(briefing.sources[0], url="https://example.org/[business]",
                    origins=(briefing.sources[0].path, "copy/[red]a.txt"))
    briefing = replace(briefing, sources=(first, briefing.sources[1]))
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        info = app.query_one("#original-info", Static)
        assert str(info.render()) == (f"{first.path} · https://example.org/[business] · "
                                      "merged copies: copy/[red]a.txt")
        await pilot.press("2")
        assert str(info.render()) == briefing.sources[1].path


# --- sources 10 and up ----------------------------------------------------------------------------

@pytest.mark.slow
async def test_digits_typed_together_reach_sources_ten_and_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from brief.model import Source
    from brief.tui import actions
    from brief.tui.widgets import OriginalText

    monkeypatch.setattr(actions, "DIGIT_PAUSE", 30.0)  # a loaded machine may take a second between two presses

    briefing = hand_built_briefing(keywords=False)
    extra = tuple(Source(n, f"extra{n}.txt", f"Extra story {n}", f"Extra story {n} text.") for n in range(3, 13))
    app = make_app([], NO_KEYWORDS, briefing=replace(briefing, sources=briefing.sources + extra))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original = app.query_one(OriginalText)
        await pilot.press("1")
        assert original.source.id == 1
        await pilot.press("2")
        assert original.source.id == 12 and original.source.title == "Extra story 12"
        await pilot.press("1", "0")
        assert original.source.id == 10
        await pilot.press("1", "3")  # there is no source 13: the 3 starts over
        assert original.source.id == 3
        app._typed_at -= 60  # a pause: the next digit is a new number
        await pilot.press("1")
        assert original.source.id == 1


# --- the problems list ------------------------------------------------------------------------------

@pytest.mark.slow
async def test_skipped_inputs_stay_listed_after_the_notices_fade() -> None:
    from dataclasses import replace

    from textual.widgets import Static
    from tui_support import wait_for

    from brief.model import Problem
    from brief.tui.screens import ProblemsScreen

    problems = (Problem("missing.txt", "no such file"), Problem("[red]page.html", "looks like German"))
    app = make_app([], NO_KEYWORDS, briefing=replace(hand_built_briefing(keywords=False), problems=problems))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert plain(app.query_one("#sources-pane").border_title) == "Sources · 2 · 2 skipped (p)"
        app.clear_notifications()  # the toasts have faded
        assert plain(app.query_one("#sources-pane").border_title) == "Sources · 2 · 2 skipped (p)"
        await pilot.press("minus")  # ranked again: Sources is refilled, the count stays
        await wait_for(pilot, lambda: len(app.briefing.points) == 5, "five points")
        assert plain(app.query_one("#sources-pane").border_title) == "Sources · 2 · 2 skipped (p)"
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        assert plain(app.screen.query_one("#problems-body").border_title) == "Problems · 2 inputs skipped"
        lines = [str(s.render()) for s in app.screen.query(Static).filter(".problem")]
        assert lines == ["missing.txt: no such file", "[red]page.html: looks like German"]
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_without_problems_p_is_not_offered() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert plain(app.query_one("#sources-pane").border_title) == "Sources · 2"
        assert app.check_action("problems", ()) is False


# --- quitting ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_q_quits_at_once_while_the_keywords_are_still_loading() -> None:
    """Thread workers ran in asyncio's default executor, whose shutdown waited for them (1.5 s)."""
    import subprocess
    import sys
    import time

    from cli_support import ROOT, run_env

    script = """
import time
import brief.pipeline as pipeline
from brief.options import Options
from brief.tui.app import make_app
from tui_support import hand_built_briefing

def slow_keywords(*args, **kwargs):
    time.sleep(30)  # keywords that take long to load

pipeline.with_keywords = slow_keywords
app = make_app([], Options(keywords=4), briefing=hand_built_briefing(keywords=False))

async def quit_once_shown(pilot):
    while app.briefing is None:
        await pilot.pause(0.05)
    await pilot.press("q")

app.run(headless=True, size=(120, 36), auto_pilot=quit_once_shown)
"""
    env = run_env(PYTHONPATH=os.pathsep.join([os.environ["PYTHONPATH"], str(ROOT / "tests")]))
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=False)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert took < 15, f"quitting waited for the keyword worker ({took:.1f} s)"


# --- + and -: the briefing's length, live ------------------------------------------------------------

@pytest.mark.slow
async def test_plus_and_minus_rank_again_and_keep_the_cursor_on_its_point() -> None:
    from tui_support import wait_for

    from brief.tui.widgets import BriefingList, OriginalText

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        points, pane = app.query_one(BriefingList), app.query_one("#briefing-pane")
        assert points.option_count == 6
        await pilot.press("plus")
        await wait_for(pilot, lambda: points.option_count == 7, "a seventh point")
        assert plain(pane.border_subtitle) == "7 points · multidoc" and len(app.briefing.points) == 7
        await pilot.press("j", "j")
        chosen = points.point
        source = app.query_one(OriginalText).source.id
        await pilot.press("minus")
        await wait_for(pilot, lambda: points.option_count == 6, "six points again")
        if any(p.sentence == chosen.sentence for p in app.briefing.points):
            assert points.point.sentence == chosen.sentence  # the cursor stayed on its point
        assert app.query_one(OriginalText).source.id == source  # Original did not jump
        for _ in range(5):
            await pilot.press("minus")
            await pilot.pause(0.3)
        await wait_for(pilot, lambda: points.option_count == 1, "one point")
        await pilot.press("minus")  # not below one
        await pilot.pause(0.3)
        assert points.option_count == 1


# --- y: copy the point with its citation --------------------------------------------------------------

@pytest.mark.slow
async def test_y_copies_the_point_with_its_citation() -> None:
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        said: list[str] = []
        app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("j", "y")
        point, first, second = app.briefing.points[1], app.briefing.sources[0], app.briefing.sources[1]
        assert app.clipboard == (f"{point.text} [1, 2]\n"
                                 f"[1] {first.title} ({first.outlet}, {first.path})\n"
                                 f"[2] {second.title} ({second.date}, {second.path})")
        assert said == ["point 2 and its citation [1, 2] sent to the terminal's clipboard (OSC 52)"]


# --- o: open the source ---------------------------------------------------------------------------------

@pytest.mark.slow
async def test_o_opens_a_url_in_the_browser_a_file_in_the_pager_and_says_when_there_is_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib
    import subprocess
    import webbrowser
    from dataclasses import replace

    briefing = hand_built_briefing(keywords=False)
    web = replace(briefing.sources[1], url="https://example.org/story")
    piped = replace(briefing.sources[0], id=3, path="-")
    app = make_app([], NO_KEYWORDS, briefing=replace(briefing, sources=(briefing.sources[0], web, piped)))
    opened: list[str] = []
    paged: list[list[str]] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    monkeypatch.setattr(subprocess, "run", lambda argv, **_: paged.append(argv))
    monkeypatch.setenv("PAGER", "less -R")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        said: list[str] = []
        app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("1", "o")
        assert paged == [["less", "-R", briefing.sources[0].path]]
        await pilot.press("2", "o")
        assert opened == ["https://example.org/story"] and said[-1] == "opened https://example.org/story in the browser"
        await pilot.press("3", "o")
        assert said[-1] == "[3] came from stdin: there is no file or address to open"
        assert len(paged) == 1 and len(opened) == 1


# --- the command palette ----------------------------------------------------------------------------

@pytest.mark.slow
async def test_every_brief_action_is_in_the_command_palette() -> None:
    from tui_support import wait_for

    from brief.tui.widgets import BriefingList

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for title in ("Next source", "Previous source", "Search every source", "Next theme (remembered)",
                      "Export Markdown", "Problems: skipped inputs", "More points", "Fewer points",
                      "Copy point with its citation", "Open source (browser or pager)", "Help", "Quit",
                      "Who says what", "Coverage"):
            assert title in titles, title
        assert titles["Search every source"].endswith("key /") and titles["More points"].endswith("key +")
        assert f"Source 2: {app.briefing.sources[1].title}" in titles  # any source, by number or title
        await pilot.press("ctrl+p", *"Fewer points")
        await pilot.pause(0.5)
        await pilot.press("enter")
        points = app.query_one(BriefingList)
        await wait_for(pilot, lambda: points.option_count == 5, "five points")


@pytest.mark.slow
async def test_text_typed_right_behind_the_slash_goes_into_the_search_box() -> None:
    """"/Free Syrian" in one read from the terminal: the keys queued at Briefing before / moved the
    focus, the space (key "space") among them."""
    from textual import events

    from brief.tui.widgets import SearchBar

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        typed = {"slash": "/", "space": " "}
        for key in ("slash", *"Free", "space", *"Syrian"):
            app.post_message(events.Key(key, typed.get(key, key)))
        await pilot.pause(0.3)
        assert isinstance(app.focused, SearchBar) and app.focused.value == "Free Syrian"


@pytest.mark.slow
async def test_keys_typed_right_after_enter_in_the_search_box_are_keys_not_text() -> None:
    """n and j typed quickly after Enter used to be queued in the box and typed into it ("Irann")."""
    from textual import events

    from brief.tui.widgets import OriginalText, OriginalView, SearchBar

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        await pilot.press("slash", *"Iran")
        for key in ("enter", "n", "n"):  # one read from the terminal: all queued before any is handled
            app.post_message(events.Key(key, "\r" if key == "enter" else key))
        await pilot.pause(0.3)
        assert app.query_one(SearchBar).value == "Iran"
        assert app.focused is app.query_one(OriginalText) and app.query_one(OriginalView).match_index == 2


# --- [keys] in config.toml ---------------------------------------------------------------------------

def _write_config(text: str) -> None:
    from brief.tui.config import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(text, encoding="utf-8")


@pytest.mark.slow
async def test_keys_in_config_remap_bindings_and_help_shows_the_keys_in_force() -> None:
    from textual.widgets import Markdown

    from brief.tui.screens import HelpScreen
    from brief.tui.widgets import OriginalText, SearchBar

    _write_config('[keys]\napp.search = "ctrl+f"\n"app.next-source" = "ctrl+n"\noriginal.next-match = "ctrl+j"\n')
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        await pilot.press("slash")
        assert not isinstance(app.focused, SearchBar)  # / no longer searches
        await pilot.press("ctrl+n")
        assert app.query_one(OriginalText).source.id == 2
        await pilot.press("ctrl+f", *"Mekdad", "enter")
        assert isinstance(app.focused, OriginalText)
        first = app.query_one(OriginalText).spans("current")
        await pilot.press("ctrl+j")
        assert app.query_one(OriginalText).spans("current") != first
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        source = app.screen.query_one(Markdown).source
        assert "| `Ctrl+F` | search every source" in source and "| `/` |" not in source
        assert "| `Ctrl+N` / `[` | next / previous source" in source
        assert "then `Ctrl+J` / `N` next / previous match" in source
        assert "| `app.search` | Search | `Ctrl+F` |" in source  # the table of ids


@pytest.mark.slow
async def test_default_help_shows_the_default_keys() -> None:
    from textual.widgets import Markdown

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        source = app.screen.query_one(Markdown).source
        assert "{" not in source  # every slot filled
        assert "| `/` | search every source" in source and "| `]` / `[` | next / previous source" in source
        assert "| `↑ or k` / `↓ or j` | move inside a pane" in source and "| `?` (or `F1`) | this help |" in source


async def test_unknown_key_ids_give_a_warning_not_a_crash() -> None:
    from brief.tui.widgets import SearchBar

    _write_config('theme = "brief-dark"\n[keys]\napp.serch = "ctrl+f"\napp.quit = 3\napp.search = "ctlr+f"\n')
    app = app_for()
    said: list[str] = []
    app.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert app.is_running
        await pilot.press("slash")  # "ctlr+f" is no key: / still searches
        assert isinstance(app.focused, SearchBar)
    assert "config.toml [keys]: no key has the id app.serch; ? lists the ids" in said
    assert 'config.toml [keys]: app.quit = 3 should be a string of keys, such as "ctrl+f"' in said
    assert ('config.toml [keys]: app.search = "ctlr+f": "ctlr+f" is no key a terminal sends (keys look like '
            '"ctrl+f", "f2", "slash", "x")') in said


def test_saving_the_theme_keeps_the_users_keys_and_comments() -> None:
    from brief.tui.config import Config, config_path, load_config, save_config

    _write_config('# mine\ntheme = "brief-light"\n\n[keys]\n# search like a browser\napp.search = "ctrl+f"\n')
    save_config(Config(theme="brief-contrast"))
    text = config_path().read_text()
    assert text == ('# mine\ntheme = "brief-contrast"\n\n[keys]\n# search like a browser\napp.search = "ctrl+f"\n')
    assert load_config() == Config(theme="brief-contrast", keys={"app.search": "ctrl+f"})


# --- the mouse ------------------------------------------------------------------------------------------

@pytest.mark.slow
async def test_a_click_on_a_point_moves_the_cursor_there_and_a_second_click_steps() -> None:
    from brief.tui.widgets import BriefingList, OriginalText

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        points, original = app.query_one(BriefingList), app.query_one(OriginalText)
        points.highlighted = 0
        await pilot.pause()
        target = 3  # "Free Syrian Army ...": one line, only in [2]
        row = next(y for y in range(points.size.height)
                   if "Free Syrian Army" in "".join(s.text for s in points.render_line(y)))
        await pilot.click(BriefingList, offset=(4, row))
        assert points.highlighted == target
        point = app.briefing.points[target]
        assert original.source.id == 2 and original.spans("sentence") == [(point.sentence.start, point.sentence.end)]
        second = app.briefing.points[1]
        row = next(y for y in range(points.size.height)
                   if "Mike Pompeo has demanded" in "".join(s.text for s in points.render_line(y)))
        await pilot.click(BriefingList, offset=(4, row))
        assert points.highlighted == 1 and original.source.id == second.sentence.source_id
        await pilot.click(BriefingList, offset=(4, row))  # again: the other source's sentence
        support = second.supports[1]
        assert original.source.id == support.source_id and original.spans("sentence") == [(support.start, support.end)]


@pytest.mark.slow
async def test_notices_show_paths_and_markers_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual reads a notice as markup unless told not to: "[keys]" vanished, "[red]" would colour."""
    from dataclasses import replace

    from textual.app import App
    from textual.content import Content as TextualContent

    from brief.model import Problem

    shown: list[str] = []
    real = App.notify

    def spy(self, message, *, markup=True, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(TextualContent.from_markup(message).plain if markup else message)  # what the toast shows
        real(self, message, markup=markup, **kwargs)

    monkeypatch.setattr(App, "notify", spy)
    problems = (Problem("[red]odd[/red].txt", "no such file"),)
    _write_config('[keys]\napp.nope = "x"\n')
    app = make_app([], NO_KEYWORDS, briefing=replace(hand_built_briefing(keywords=False), problems=problems))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "y")
        await pilot.pause(0.3)
    assert "[red]odd[/red].txt: no such file" in shown
    assert "config.toml [keys]: no key has the id app.nope; ? lists the ids" in shown
    assert "point 2 and its citation [1, 2] sent to the terminal's clipboard (OSC 52)" in shown


async def test_a_source_title_in_the_palette_shows_as_written() -> None:
    from dataclasses import replace

    from textual.content import Content as TextualContent

    briefing = hand_built_briefing(keywords=False)
    odd = replace(briefing.sources[1], title="[bold]Loud[/bold] title")
    app = make_app([], NO_KEYWORDS, briefing=replace(briefing, sources=(briefing.sources[0], odd)))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        shown = [TextualContent.from_markup(t).plain for t in titles]  # the palette reads titles as markup
        assert "Source 2: [bold]Loud[/bold] title" in shown


@pytest.mark.slow
async def test_the_search_lists_every_match_and_a_click_on_one_goes_there() -> None:
    from brief.tui.widgets import OriginalText
    from brief.tui.widgets.search_results import SearchResults

    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("1")  # from source 1 (Original opens on the first point's source, here [2])
        results, original = app.query_one(SearchResults), app.query_one(OriginalText)
        assert not results.display
        await pilot.press("slash", *"free syrian")
        lines = [str(results.get_option_at_index(i).prompt.plain) for i in range(results.option_count)]
        assert results.display and len(lines) == 1
        assert lines[0].startswith("[2] …") and "Free Syrian Army and Turkish forces" in lines[0]
        await pilot.press("escape")
        assert not results.display
        await pilot.press("slash", *"mekdad")
        texts = [str(results.get_option_at_index(i).prompt.plain) for i in range(results.option_count)]
        assert [t[:3] for t in texts] == ["[1]"] * 4 + ["[2]"] * 2 and all("Mekdad" in t for t in texts)
        assert results.highlighted == 0
        await pilot.click(SearchResults, offset=(5, 2))  # the second line (under its top rule): [1]'s second Mekdad
        mark = app.query_one("OriginalView").search_matches[1]
        assert original.spans("current") == [mark[1:]] and results.highlighted == 1
        assert app.focused is original  # as after Enter: n and N step on
        await pilot.press("n")
        assert results.highlighted == 2
