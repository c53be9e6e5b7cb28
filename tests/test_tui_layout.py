"""What fits on screen at each terminal size, and whether it can be read in every theme.

The contrast tests read the colours off the rendered rows (foreground and background of every
character, after Textual has resolved the theme's variables, blended alphas and applied the
cursor), so they check what a user sees, in every theme ``t`` offers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.color import Color
from textual.geometry import Region
from textual.widget import Widget

from brief.pipeline import Options
from brief.tui.app import BriefApp, make_app
from brief.tui.contrast import NON_TEXT, TEXT, contrast, readable
from brief.tui.themes import theme_cycle
from brief.tui.widgets import BriefingList, KeywordList, SourceList
from tui_support import hand_built_briefing, ready

FAST = Options(keywords=0)
Cell = tuple[str, Color, Color]


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No remembered theme leaks in, and none is written to the user's config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def cells(widget: Widget, y: int) -> list[Cell]:
    """Line ``y`` of a widget as drawn: each character with its foreground and background."""
    found = []
    for segment in widget.render_lines(Region(0, y, widget.size.width, 1))[0]:
        style = segment.style
        if segment.text.isspace():  # padding: may carry no foreground
            found.extend((char, Color(0, 0, 0), Color(0, 0, 0)) for char in segment.text)
            continue
        assert style is not None and style.color is not None and style.bgcolor is not None, segment
        fg, bg = (Color.from_rich_color(c) for c in (style.color, style.bgcolor))
        found.extend((char, fg, bg) for char in segment.text)
    return found


def worst_text(widget: Widget, lines: range) -> tuple[float, str]:
    """The lowest contrast of any visible character on those lines of a widget, and the line it is on."""
    worst = (99.0, "")
    for y in lines:
        row = cells(widget, y)
        text = "".join(char for char, _, _ in row)
        for char, fg, bg in row:
            if not char.isspace():
                worst = min(worst, (contrast(fg, bg), text.strip()))
    return worst


# --- contrast -----------------------------------------------------------------------------------

def test_contrast_ratio_matches_wcag() -> None:
    assert contrast(Color(255, 255, 255), Color(0, 0, 0)) == pytest.approx(21)
    assert contrast(Color.parse("#777777"), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast(Color.parse("#4EBF71"), Color.parse("#0178D4")) < 2  # textual-dark: marker on its cursor


def test_readable_moves_a_colour_just_far_enough() -> None:
    green, white = Color.parse("#4EBF71"), Color(255, 255, 255)
    darker = readable(green, [white], TEXT)
    assert TEXT <= contrast(darker, white) < TEXT + 0.5
    assert readable(Color(0, 0, 0), [white], TEXT) == Color(0, 0, 0)  # already fine: unchanged


async def test_every_offered_theme_is_one_whose_colours_brief_can_check() -> None:
    app = make_app([], FAST, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=(80, 24)):
        offered = theme_cycle(app.available_themes)
        assert {"brief-dark", "brief-light", "brief-contrast", "textual-light", "solarized-light"} <= set(offered)
        assert not {"ansi-dark", "ansi-light"} & set(offered)  # the terminal's palette: unknowable


@pytest.mark.parametrize("focus", ["Briefing", "Sources"])
async def test_points_and_markers_read_at_4_5_to_1_in_every_theme(focus: str) -> None:
    """Every character in Briefing, Sources and Keywords, with the cursor on each point in turn,
    the list focused or not: markers ([1, 2], [2], only in [2]), numbers, point text, details."""
    app = make_app([], FAST, briefing=hand_built_briefing())
    async with app.run_test(size=(120, 50)) as pilot:
        await ready(pilot)
        assert app.briefing is not None
        app.query_one(KeywordList).show_keywords(app.briefing.keywords, 2)
        points, sources, keywords = app.query_one(BriefingList), app.query_one(SourceList), app.query_one(KeywordList)
        (points if focus == "Briefing" else sources).focus()
        failures = []
        for name in theme_cycle(app.available_themes):
            app.theme = name
            for index in range(points.option_count):
                points.highlighted = index
                await pilot.pause()
                lines = range(points.size.height)
                shown = " ".join("".join(c for c, _, _ in cells(points, y)).strip() for y in lines)
                assert "only in [2]" in shown and "[1, 2]" in shown and "] [2]" not in shown  # every kind of marker
                for widget in (points, sources, keywords) if index == 0 else (points,):
                    ratio, line = worst_text(widget, range(widget.size.height))
                    if ratio < TEXT:
                        failures.append(f"{name}, cursor on point {index + 1}: {widget.id} {ratio:.2f} on {line!r}")
        assert not failures, "\n".join(failures)


async def test_unfocused_pane_borders_stand_out_at_3_to_1_in_every_theme() -> None:
    app = make_app([], FAST, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.query_one(BriefingList).focus()
        failures = []
        for name in theme_cycle(app.available_themes):
            app.theme = name
            await pilot.pause()
            pane = app.query_one("#sources-pane")
            screen = app.screen.styles.background
            for char, fg, bg in (cells(pane, 0)[0], cells(pane, 1)[0]):  # the top-left corner, the left side
                assert char in "╭│"
                ratio = min(contrast(fg, bg), contrast(fg, screen))
                if ratio < NON_TEXT:
                    failures.append(f"{name}: {ratio:.2f}")
        assert not failures, failures
