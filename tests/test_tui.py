"""The TUI, driven by Textual's Pilot at a fixed size: each test presses keys and checks what the panes show.

Most tests hand the app a briefing built by hand (``tui_support.hand_built_briefing``: the seeds
with points, supports and keywords written out; or ``unranked_briefing``: articles as brief reads
them, each source's first sentence a point), so they run no ranking and no keyword model, and a
ranking change does not change what they see. These tests deliberately run the real workers,
because the worker path is what they are about:

- ``test_first_paint_is_loading_then_every_pane_fills``: the rank worker fills panes that first
  showed as loading;
- ``test_briefing_pane_says_what_ranking_is_doing_until_the_points_arrive``: the rank worker's
  progress lines;
- ``test_no_readable_input_exits_non_zero_with_one_line``: the rank worker's failure;
- ``test_the_keyword_worker_fills_keywords_or_says_why_it_could_not``: the keyword worker (on a
  hand-built briefing without keywords, so only the keyword step is real);
- ``test_the_tui_briefs_from_the_cache_and_keeps_each_sources_keywords`` and the keyword-cache
  tests after it: the workers read and write the cache.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import brief_command, run_env
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.geometry import Region
from textual.widgets import Input, Markdown
from tmux_support import Tmux
from tui_support import (
    hand_built_briefing,
    held_briefing,
    keywords_ready,
    plain,
    ready,
    unranked_briefing,
    until_failed,
    wait_for,
    write_articles,
)

from brief.pipeline import Options
from brief.render import render_markdown
from brief.tui.app import BriefApp, make_app
from brief.tui.config import Config, config_path, load_config, save_config
from brief.tui.screens import ExportScreen, HelpScreen
from brief.tui.widgets import BriefingList, KeywordList, OriginalText, OriginalView, SearchBar, SourceList
from brief.tui.wrapping import line_of, wrap

NO_KEYWORDS = Options(keywords=0)
SIZE = (120, 36)


def seeds_app(options: Options = NO_KEYWORDS, **kwargs) -> BriefApp:  # type: ignore[no-untyped-def]
    """The app on the seeds, showing the hand-built briefing (with keywords when ``options`` asks for them)."""
    return make_app([], options, briefing=hand_built_briefing(keywords=options.keywords > 0), **kwargs)


def _drawn(widget) -> str:  # type: ignore[no-untyped-def]
    """The text a widget draws on screen, line by line."""
    lines = widget.render_lines(Region(0, 0, widget.region.width, widget.region.height))
    return "\n".join(line.text for line in lines)


def shown(app) -> str:  # type: ignore[no-untyped-def]
    """The text Original shows, line by line."""
    return "\n".join(app.query_one(OriginalText).lines)


@pytest.mark.slow
async def test_a_pane_at_work_says_loading_and_is_not_redrawn_on_a_timer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While the rank worker works, each pane says "Loading..." and stays still: no pane is redrawn on a
    timer, so the UI thread leaves the interpreter to the worker (an animated indicator took a second of
    CPU on 25 articles before the briefing showed)."""
    from textual.widgets import LoadingIndicator

    release = held_briefing(monkeypatch)
    app = make_app([], NO_KEYWORDS)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: bool(app.query(OriginalText)), "the panes' widgets")
        await pilot.pause()
        panes = [app.query_one(BriefingList), app.query_one(SourceList), app.query_one(OriginalText)]
        indicators = [pane._cover_widget for pane in panes]  # what a pane shows in its place while it loads
        assert all(isinstance(indicator, LoadingIndicator) for indicator in indicators)
        # (Briefing has no rows yet)
        assert [_drawn(indicator).strip() for indicator in indicators[1:]] == ["Loading..."] * 2
        assert [indicator.auto_refresh for indicator in indicators] == [None] * 3
        release.set()
        await ready(pilot)
        assert [pane._cover_widget for pane in panes] == [None] * 3


@pytest.mark.slow
async def test_first_paint_is_loading_then_every_pane_fills(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    release = held_briefing(monkeypatch)  # hold the worker until the first paint has been checked
    app = make_app([], NO_KEYWORDS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [plain(p.border_title) for p in app.query(".pane")]
        assert titles == ["Sources", "Keywords", "Briefing", "Original"]
        await wait_for(pilot, lambda: bool(app.query(OriginalText)), "the panes' widgets")
        assert app.query_one(BriefingList).loading and app.query_one(SourceList).loading
        assert app.query_one(OriginalText).loading
        release.set()
        await ready(pilot)
        sources, points = app.query_one(SourceList), app.query_one(BriefingList)
        assert not points.loading and not sources.loading and not app.query_one(OriginalText).loading
        assert points.option_count == len(app.briefing.points) > 0
        assert [p.split("\n")[0] for p in sources.prompts()] == [
            "[1] Damascus Rejects U.S. Demand That Iran Pull Forces Out Of Syria",
            "[2] Syria rejects calls for Iranian military withdrawal",
        ]
        # Original opens on the first point's own sentence, lit, in its source
        first = app.briefing.points[0]
        original = app.query_one(OriginalText)
        assert original.source.id == first.sentence.source_id
        assert original.sentence == (first.sentence.source_id, first.sentence.start, first.sentence.end)
        assert plain(app.query_one("#original-pane").border_subtitle).startswith("sentence 1 of")
        assert app.focused is points


async def test_every_pane_shows_the_briefing_with_the_markers_plain_text_shows() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources, points = app.query_one(SourceList), app.query_one(BriefingList)
        assert [p.split("\n")[0] for p in sources.prompts()] == [
            "[1] Damascus Rejects U.S. Demand That Iran Pull Forces Out Of Syria",
            "[2] Syria rejects calls for Iranian military withdrawal",
        ]
        pane = app.query_one("#sources-pane")
        # Sources starts on the source of the first point's sentence, which Original shows
        assert sources.highlighted == app.briefing.points[0].sentence.source_id - 1 == 1
        assert plain(pane.border_subtitle) == "2018-05-23 · 6 points"
        sources.highlighted = 0
        await pilot.pause()
        assert plain(pane.border_subtitle) == "RFE/RL · 4 points"  # source 1 reports points 1, 2, 3 and 5
        # every point ends with the marker the plain text gives it: "[1, 2]", "[2]" or "only in [2]"
        assert [p.removeprefix(f"{n} {point.text} ") for n, (p, point) in enumerate(
            zip(points.prompts(), app.briefing.points), 1)] == ["[1, 2]", "[1, 2]", "[1, 2]", "[2]", "[1, 2]",
                                                                "only in [2]"]
        assert plain(app.query_one("#briefing-pane").border_subtitle) == "6 points · multidoc"
        # the story's headline names the pane, as it heads the plain text
        assert plain(app.query_one("#briefing-pane").border_title) == (
            "Briefing · Syria rejects calls for Iranian military withdrawal")
        await pilot.press("1")
        assert shown(app).startswith("The U.S. demand that Iran withdraw")
        assert "[business]" in shown(app)  # source text is never read as markup
        assert plain(app.query_one("#original-pane").border_title).startswith("Original · [1] Damascus")
        assert app.focused is points


@pytest.mark.slow
async def test_briefing_pane_says_what_ranking_is_doing_until_the_points_arrive(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import brief.pipeline as pipeline

    release = threading.Event()
    real = pipeline.make_sources

    def slow_sources(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)  # hold the worker while it is cleaning and splitting
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_sources", slow_sources)
    app = make_app([], NO_KEYWORDS)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one("#briefing-pane")
        await wait_for(pilot, lambda: "splitting" in plain(pane.border_subtitle), "the progress line")
        assert plain(pane.border_subtitle) == "cleaning and splitting 2 documents…"
        release.set()
        await ready(pilot)
        assert plain(pane.border_subtitle) == f"{len(app.briefing.points)} points · multidoc"


def test_the_first_frame_needs_neither_the_core_nor_the_pane_widgets() -> None:
    """What keeps the first paint fast: launching the TUI loads only its shell (titled panes, footer).

    The pipeline, the model and the lists and text view load after the first frame is drawn.
    """
    code = ("import sys; from brief.tui.app import BriefApp, make_app; from brief.options import Options; "
            "make_app([], Options()); "
            "heavy = ('brief.pipeline', 'brief.model', 'brief.ranking.multidoc', 'brief.tui.widgets.briefing', "
            "'brief.tui.widgets.original_text', 'brief.tui.widgets.sources'); "
            "print(sorted(m for m in heavy if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=run_env(), check=False, timeout=120)
    assert result.stdout.decode().strip() == "[]", result.stderr.decode()[-2000:]


async def test_markup_and_controls_in_articles_show_as_written(tmp_path: Path) -> None:
    article = tmp_path / "odd.txt"
    article.write_text("[bold]Loud[/bold] title\n\nThe [red]council[/red] met today to vote on the budget plan. "
                       "The council agreed \x1b[31mquickly\x1b[0m after a short debate on the budget plan. "
                       "The plan gives the council a larger budget next year.\n")
    app = make_app([str(article)], NO_KEYWORDS, briefing=unranked_briefing([str(article)]))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_one(SourceList).prompts()[0].startswith("[1] [bold]Loud[/bold] title")
        assert "The [red]council[/red] met today" in shown(app)
        assert "\x1b" not in shown(app) and "agreed quickly" in " ".join(shown(app).split())
        assert "[bold]Loud[/bold]" in plain(app.query_one("#original-pane").border_title)
        assert plain(app.query_one("#briefing-pane").border_title) == "Briefing · " + app.briefing.title
        assert "[bold]" in app.briefing.title


@pytest.mark.slow
async def test_sources_pane_says_which_source_repeats_another(tmp_path: Path) -> None:
    from samples import BRIDGE, FLOOD, text_article

    (tmp_path / "a.txt").write_text(text_article("Harbour bridge reopens", BRIDGE))
    (tmp_path / "b.txt").write_text(text_article("Bridge open again", [
        *BRIDGE[:3], "Taxi drivers at the station welcomed the news, saying fares had fallen since the closure."]))
    (tmp_path / "c.txt").write_text(text_article("Floods force families out", FLOOD))
    inputs = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    app = make_app(inputs, NO_KEYWORDS, briefing=unranked_briefing(inputs))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        sources, pane = app.query_one(SourceList), app.query_one("#sources-pane")
        sources.highlighted = 1
        await pilot.pause()
        assert plain(pane.border_subtitle).endswith("shares 75% of its sentences with [1]")
        sources.highlighted = 2
        await pilot.pause()
        assert "shares" not in plain(pane.border_subtitle)


async def test_enter_on_a_point_lights_its_sentence_then_steps_through_corroborating_ones() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index, point = next((i, p) for i, p in enumerate(app.briefing.points) if len(p.supports) > 1)
        original = app.query_one(OriginalText)
        await pilot.press(*["j"] * index, "enter")
        assert original.source.id == point.sentence.source_id
        ((start, end),) = original.spans("sentence")
        assert original.source.text[start:end] == point.text
        assert (original.lines and any(point.text.startswith(original.lines[n].strip())
                                       for n in original.visible_lines()
                                       if n < len(original.lines) and original.lines[n].strip()))
        for support in (*point.supports[1:], point.supports[0]):  # Enter again steps on, then wraps around
            await pilot.press("enter")
            assert original.source.id == support.source_id
            assert original.spans("sentence") == [(support.start, support.end)]
        assert "reporting this point" in plain(app.query_one("#original-pane").border_subtitle)
        await pilot.press("escape")
        assert original.spans("sentence") == []


@pytest.mark.slow
async def test_point_sentence_far_down_is_scrolled_into_view() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        index, point = max(enumerate(app.briefing.points), key=lambda ip: ip[1].sentence.start)
        await pilot.press("G", *["k"] * (len(app.briefing.points) - 1 - index))  # Original follows the cursor
        original = app.query_one(OriginalText)
        ((start, end),) = original.spans("sentence")
        assert original.source.id == point.sentence.source_id and original.source.text[start:end] == point.text
        assert original.scroll_y > 0
        on_screen = " ".join(original.lines[n] for n in original.visible_lines() if n < len(original.lines))
        assert " ".join(point.text.split()[:8]) in " ".join(on_screen.split())  # the lit sentence's opening words


@pytest.mark.slow
async def test_brackets_and_digits_switch_the_source_in_original() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original = app.query_one(OriginalText)
        assert original.source.id == 2  # the first point's own sentence is in source 2
        await pilot.press("right_square_bracket")
        assert original.source.id == 1 and shown(app).startswith("The U.S. demand that Iran withdraw")  # wraps around
        assert app.query_one(SourceList).highlighted == 0
        await pilot.press("right_square_bracket")
        assert original.source.id == 2 and shown(app).startswith("Syria's regime has rejected")
        assert app.query_one(SourceList).highlighted == 1
        await pilot.press("left_square_bracket")
        assert original.source.id == 1
        await pilot.press("left_square_bracket")
        assert original.source.id == 2  # wraps around
        await pilot.press("1")
        assert original.source.id == 1
        await pilot.press("2")
        assert original.source.id == 2
        await pilot.press("9")  # there is no source 9: nothing changes
        assert original.source.id == 2


@pytest.mark.slow
async def test_enter_on_a_source_shows_it() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_one(OriginalText).source.id == 2  # the first point's source
        await pilot.press("shift+tab", "shift+tab", "k", "enter")  # Briefing -> Keywords -> Sources
        assert app.focused is app.query_one(SourceList)
        assert app.query_one(OriginalText).source.id == 1


@pytest.mark.slow
async def test_tab_and_shift_tab_move_between_the_lit_panes() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused.id)
            lit = [p.id for p in app.query(".pane") if p.has_pseudo_class("focus-within")]
            assert lit == [app.focused.id + "-pane"]
        assert order == ["original", "sources", "keywords", "briefing"]
        await pilot.press("shift+tab")
        assert app.focused.id == "keywords"


@pytest.mark.slow
async def test_vim_keys_and_arrows_move_inside_panes() -> None:
    app = seeds_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        await pilot.press("j", "j", "down")
        assert points.highlighted == 3
        await pilot.press("k", "up")
        assert points.highlighted == 1
        await pilot.press("G")
        assert points.highlighted == points.option_count - 1
        await pilot.press("g")
        assert points.highlighted == 0
        await pilot.press("tab")
        original = app.query_one(OriginalText)
        assert app.focused is original
        await pilot.press("g")  # Original followed the Briefing's cursor down to a point: start at the top
        await pilot.press("j", "j", "down")
        assert original.scroll_y == 3
        await pilot.press("k")
        assert original.scroll_y == 2
        await pilot.press("G")
        assert original.scroll_y == original.max_scroll_y > 0
        await pilot.press("g")
        assert original.scroll_y == 0


@pytest.mark.slow
async def test_slash_searches_original_and_steps_through_matches() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original, view, pane = app.query_one(OriginalText), app.query_one(OriginalView), app.query_one("#original-pane")
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBar)
        await pilot.press(*"Mekdad")
        text = original.source.text
        expected = [i for i in range(len(text)) if text.startswith("Mekdad", i)]
        assert [a for a, _ in original.matches] == expected and len(expected) >= 1
        assert original.spans("current") == [original.matches[0]]  # the first match in the source shown
        first = view.match_index  # counted over every source, in source order
        assert view.search_matches[first][0] == original.source.id
        assert plain(pane.border_subtitle).startswith(f"match {first + 1} of {len(view.search_matches)}")
        await pilot.press("enter")  # goes to the match and leaves the bar: n and N step from the text
        assert app.focused is original
        await pilot.press("n")
        assert view.match_index == (first + 1) % len(view.search_matches)
        await pilot.press("escape")
        assert not view.searching and original.matches == [] and original.spans("match") == []
        await pilot.press("slash", *"syria")
        many = len(original.matches)
        assert many > 2  # case-insensitive
        await pilot.press("enter")
        assert app.focused is original
        first = view.match_index
        await pilot.press("n", "n")
        assert view.match_index == (first + 2) % len(view.search_matches)
        await pilot.press("N")
        assert view.match_index == (first + 1) % len(view.search_matches)
        await pilot.press("escape")
        assert not view.searching


@pytest.mark.slow
async def test_keyword_enter_narrows_briefing_marks_original_and_escape_restores() -> None:
    app = seeds_app(Options(keywords=8))
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        keywords, points = app.query_one(KeywordList), app.query_one(BriefingList)
        original = app.query_one(OriginalText)
        assert keywords.option_count == len(app.briefing.keywords) > 0
        total = len(app.briefing.points)
        index, keyword = next(
            (i, k) for i, k in enumerate(app.briefing.keywords)
            if 0 < sum(k.text.lower() in p.text.lower() for p in app.briefing.points) < total
        )
        keywords.focus()
        await pilot.press(*["j"] * index, "enter")
        assert app.keyword is keyword
        assert 0 < points.option_count < total
        assert all(keyword.text.lower() in p.text.lower() for p in points.shown_points)
        assert "Briefing · " + keyword.text == plain(app.query_one("#briefing-pane").border_title)
        source_id = original.source.id
        expected = sorted((o.start, o.end) for o in keyword.occurrences if o.source_id == source_id)
        assert original.spans("keyword") == expected and expected
        assert all(original.source.text[a:b].lower().startswith(keyword.text.lower()[:4]) for a, b in expected)
        await pilot.press("escape")
        assert app.keyword is None and points.option_count == total and original.spans("keyword") == []


@pytest.mark.slow
async def test_the_keyword_worker_fills_keywords_or_says_why_it_could_not(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.keywords import BACKENDS

    app = make_app([], Options(keywords=8), briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        keywords = app.query_one(KeywordList)
        assert 0 < keywords.option_count <= 8
        assert plain(app.query_one("#keywords-pane").border_subtitle) == f"{keywords.option_count} · n/2 sources"
        assert any(p.split()[1] == "Syria" for p in keywords.prompts())  # the engine ran on the seeds
        assert len(app.briefing.source_keywords) == 2 and all(app.briefing.source_keywords)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the model is missing")

    monkeypatch.setitem(BACKENDS, "fast", broken)
    app = make_app([], Options(keywords=8), briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        assert app.query_one(KeywordList).option_count == 0
        assert plain(app.query_one("#keywords-pane").border_subtitle) == "unavailable: RuntimeError"
        assert app.query_one(BriefingList).option_count == 6  # the rest of the app carries on


@pytest.mark.slow
async def test_t_cycles_themes_and_remembers_the_choice() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "brief-dark"
        await pilot.press("t")
        assert app.theme == "brief-light"
        await pilot.press("t")
        assert app.theme == "brief-contrast"
        assert 'theme = "brief-contrast"' in config_path().read_text()
        await pilot.press("t")
        assert app.theme not in {"brief-dark", "brief-light", "brief-contrast"}  # Textual's own themes follow
    again = seeds_app()
    async with again.run_test(size=SIZE):
        assert again.theme == app.theme


async def test_theme_flag_wins_and_bad_names_or_configs_fall_back() -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text("theme = [not valid toml")
    app = seeds_app(theme="no-such-theme")
    async with app.run_test(size=SIZE):
        assert app.theme == "brief-dark"
    app = seeds_app(theme="brief-contrast")
    async with app.run_test(size=SIZE):
        assert app.theme == "brief-contrast"
    assert 'theme = "brief-contrast"' in config_path().read_text()


@pytest.mark.slow
async def test_question_mark_opens_the_packaged_help_and_escape_closes_it() -> None:
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        markdown = app.screen.query_one(Markdown)
        assert "on a point" in markdown.source and "`?`" in markdown.source
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.slow
async def test_e_exports_the_briefing_as_markdown(tmp_path: Path) -> None:
    target = tmp_path / "out" / "seeds.md"
    target.parent.mkdir()  # brief writes into a folder that exists; it creates none (see test_first_time_tui)
    app = seeds_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        assert not isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == render_markdown(app.briefing)
        assert [p.name for p in target.parent.iterdir()] == ["seeds.md"]  # no temporary file left behind
        await pilot.press("e", "escape")  # Escape cancels without writing
        assert not isinstance(app.screen, ExportScreen)


async def test_no_readable_input_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    app = make_app([str(tmp_path / "missing.txt")], NO_KEYWORDS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
        await until_failed(pilot, app, 200)
    assert app.return_code == 1
    assert app.failure == f"brief: no briefing could be made: {tmp_path / 'missing.txt'}: no such file"


@pytest.mark.slow
async def test_a_folder_of_twelve_articles(tmp_path: Path) -> None:
    write_articles(tmp_path, 12)
    app = make_app([str(tmp_path)], NO_KEYWORDS, briefing=unranked_briefing([str(tmp_path)]))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.query_one(SourceList).option_count == 12
        original = app.query_one(OriginalText)
        await pilot.press("9")
        assert original.source.id == 9 and original.source.title.startswith("Council votes on the new ferry plan 9")
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert original.source.id == 12
        await pilot.press("right_square_bracket")
        assert original.source.id == 1  # wraps around
        await pilot.press("left_square_bracket")
        assert original.source.id == 12


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_every_pane_has_room_and_shows_its_content_at_small_and_large_sizes(size: tuple[int, int]) -> None:
    app = seeds_app(Options(keywords=8))
    async with app.run_test(size=size) as pilot:
        await keywords_ready(pilot)
        for pane in app.query(".pane"):
            assert pane.region.width >= 20 and pane.region.height >= 5, pane
        original = app.query_one("#original-pane").region
        assert app.query_one(OriginalText).region.area * 3 > original.area * 2 // 3
        # and each pane draws what it holds: the sources' titles, the first point, a keyword, the source's text
        first = app.briefing.points[0]
        for widget, words in ((SourceList, "[1] Damascus"), (BriefingList, " ".join(first.text.split()[:3])),
                              (KeywordList, app.briefing.keywords[0].text),
                              (OriginalText, " ".join(first.text.split()[:3]))):  # where Original opens
            drawn = _drawn(app.query_one(widget))
            assert words in drawn, (widget.__name__, words, drawn)


# --- the pure parts: wrapping with offsets, the config file ---------------------------------------

@given(st.text(alphabet=st.sampled_from("ab  \n語x-"), max_size=200), st.integers(min_value=1, max_value=30))
def test_wrap_covers_every_character_once_and_fits_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:]):
        assert start == end or (start == end + 1 and text[end] == "\n")  # contiguous, newlines dropped
    for index, (a, b) in enumerate(lines):
        assert "\n" not in text[a:b]
        assert cell_len(text[a:b].rstrip()) <= max(width, 2)  # a lone wide character may not fit width 1
        assert a == b or line_of(lines, a) == index


def test_wrap_breaks_between_words() -> None:
    text = "The council voted\non Tuesday."
    assert [text[a:b] for a, b in wrap(text, 10)] == ["The ", "council ", "voted", "on ", "Tuesday."]


def test_config_is_written_atomically_and_a_corrupt_one_is_ignored(config_home: Path) -> None:
    assert load_config() == Config()
    save_config(Config(theme='odd "name"'))
    assert load_config() == Config(theme='odd "name"')
    assert [p.name for p in config_path().parent.iterdir()] == ["config.toml"]
    config_path().write_bytes(b"\xff\xfe theme = = =")
    assert load_config() == Config()
    config_path().write_text("theme = 3\n")
    assert load_config() == Config()
    assert config_path() == config_home / "brief" / "config.toml"


# --- the brief command in a real terminal (tmux) ---------------------------------------------

def _original_title(screen: str) -> str:
    return next((line for line in screen.splitlines() if "Original ·" in line), "")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.slow
def test_brief_in_tmux_shows_four_panes_and_brackets_switch_source(tmp_path: Path) -> None:
    env = run_env(TERM="xterm-256color")
    command = shlex.join([*brief_command(), "--no-keywords"])
    tmux = Tmux(f"cd {shlex.quote(str(tmp_path))} && {command}", (120, 36), env)
    try:
        # Original opens on the source of the first point's sentence, whichever of the two it is
        titles = {"[1] Damascus": "The U.S. demand that Iran withdraw",
                  "[2] Syria rejects": "Syria's regime has rejected"}
        screen = tmux.wait_for(lambda s: any(t in _original_title(s) for t in titles) and "sentence 1 of" in s)
        for title in ("Sources", "Briefing", "Keywords", "Original"):
            assert f"─ {title}" in screen
        first = next(t for t in titles if t in _original_title(screen))
        other = next(t for t in titles if t != first)
        tmux.run("send-keys", "-t", "brief", "]")
        screen = tmux.wait_for(lambda s: other in _original_title(s), timeout=15)
        assert titles[other] in screen
        tmux.run("send-keys", "-t", "brief", "q")
        tmux.wait_for(lambda s: "Original ·" not in s, timeout=15)
    finally:
        tmux.close()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.slow
def test_brief_with_nothing_readable_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    env = run_env(TERM="xterm-256color")
    missing = tmp_path / "missing.txt"
    command = shlex.join([*brief_command(), str(missing)])
    tmux = Tmux(f"{command}; echo STATUS=$?; sleep 30", (120, 36), env)
    try:
        screen = tmux.wait_for(lambda s: "STATUS=" in s)
    finally:
        tmux.close()
    lines = [line for line in screen.splitlines() if line.strip()]
    assert lines == [f"brief: no briefing could be made: {missing}: no such file", "STATUS=1"]


@pytest.mark.slow
async def test_the_tui_briefs_from_the_cache_and_keeps_each_sources_keywords(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from brief import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = make_app([], Options(keywords=4), use_cache=True)
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        first = app.briefing
        assert first is not None and first.keywords
        assert len(first.source_keywords) == 2 and all(first.source_keywords)  # each source's own, kept
    assert list(cache.cache_dir().glob("*.json"))  # the ranked briefing was stored
    again = make_app([], Options(keywords=4), use_cache=True)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.briefing is not None and again.briefing.points == first.points


def _no_keyword_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the keyword engine raise: keywords shown after this came from the cache."""
    from brief.keywords import BACKENDS

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the keyword engine ran")

    monkeypatch.setitem(BACKENDS, "fast", broken)


def _no_ranking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make cleaning and ranking raise: a briefing shown after this came from the cache."""
    import brief.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the pipeline ran")

    monkeypatch.setattr(pipeline, "make_sources", broken)


@pytest.mark.slow
async def test_keywords_show_as_loading_while_the_rank_worker_finds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from brief.keywords import BACKENDS

    release = threading.Event()
    real = BACKENDS["fast"]

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)  # hold the keywords until the briefing has been checked
        return real(*args, **kwargs)

    monkeypatch.setitem(BACKENDS, "fast", slow)
    app = make_app([], Options(keywords=5))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause(0.2)
        keywords = app.query_one(KeywordList)
        assert app.query_one(BriefingList).option_count == len(app.briefing.points)  # the points are shown...
        assert keywords.loading and keywords.option_count == 0  # ...while Keywords still loads
        release.set()
        await keywords_ready(pilot)
        assert keywords.option_count == 5


@pytest.mark.slow
async def test_a_second_launch_shows_the_keywords_from_the_cache(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = make_app([], Options(keywords=6), use_cache=True)
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        first = app.query_one(KeywordList).prompts()
        assert len(first) == 6
    with monkeypatch.context() as patched:
        _no_keyword_engine(patched)
        _no_ranking(patched)
        again = make_app([], Options(keywords=6), use_cache=True)
        async with again.run_test(size=SIZE) as pilot:
            await keywords_ready(pilot)
            assert again.query_one(KeywordList).prompts() == first
            assert plain(again.query_one("#keywords-pane").border_subtitle) == "6 · n/2 sources"
    # the engine does run when the cache does not hold these keywords: ten of them this time
    with monkeypatch.context() as patched:
        _no_keyword_engine(patched)
        other = make_app([], Options(keywords=10), use_cache=True)
        async with other.run_test(size=SIZE) as pilot:
            await keywords_ready(pilot)
            assert plain(other.query_one("#keywords-pane").border_subtitle) == "unavailable: RuntimeError"


def _brief_plain(cache_home: Path, *args: str) -> str:
    env = run_env(XDG_CACHE_HOME=str(cache_home))
    result = subprocess.run([*brief_command(), "--plain", *args], capture_output=True, env=env, cwd="/",
                            timeout=300, check=True)
    return result.stdout.decode()


def _keyword_line(plain_text: str) -> list[str]:
    line = next(line for line in plain_text.splitlines() if line.startswith("Keywords: "))
    return line.removeprefix("Keywords: ").split(", ")


@pytest.mark.slow
async def test_the_tui_and_brief_plain_share_one_cache_entry_keywords_and_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from brief import cache

    cache_home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    printed = _keyword_line(_brief_plain(cache_home))  # the CLI first, with its default options
    assert len(list(cache.cache_dir().glob("*.json"))) == 1
    with monkeypatch.context() as patched:
        _no_keyword_engine(patched)
        _no_ranking(patched)
        app = make_app([], Options(), use_cache=True)  # what `brief` with no flags runs
        async with app.run_test(size=SIZE) as pilot:
            await keywords_ready(pilot)
            assert [p.split()[1:-1] for p in app.query_one(KeywordList).prompts()] == [k.split() for k in printed]
    # and the other way: the TUI first, then `brief --plain` on the same options reads the TUI's entry
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache2"))
    app = make_app([], Options(keywords=5), use_cache=True)
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        shown_keywords = [k.text for k in app.briefing.keywords]
    entries = list(cache.cache_dir().glob("*.json"))
    assert len(entries) == 1
    stamp = entries[0].stat().st_mtime_ns
    assert _keyword_line(_brief_plain(tmp_path / "cache2", "--keywords", "5")) == shown_keywords
    assert list(cache.cache_dir().glob("*.json")) == entries and entries[0].stat().st_mtime_ns == stamp
