"""What fits on screen at each terminal size, and whether it can be read in every theme.

The contrast tests read the colours off the rendered rows (foreground and background of every
character, after Textual has resolved the theme's variables, blended alphas and applied the
cursor), so they check what a user sees, in every theme ``t`` offers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

import pytest
from textual.color import Color
from textual.geometry import Region
from textual.theme import BUILTIN_THEMES
from textual.widget import Widget
from tui_support import Cell, cells, hand_built_briefing, plain, ready

from brief.model import Briefing
from brief.pipeline import Options
from brief.tui.app import BriefApp, make_app
from brief.tui.contrast import NON_TEXT, TEXT, contrast, eight_bit, readable
from brief.tui.themes import theme_cycle
from brief.tui.widgets import BriefingList, KeywordList, OriginalText, SourceList

NO_KEYWORDS = Options(keywords=0)
def worst_text(widget: Widget, lines: range, decoration: bool = False) -> tuple[float, str]:
    """The lowest contrast of any visible character on those lines of a widget, and the line it is on
    (with ``decoration``, box-drawing rules between entries are not text and are left out)."""
    return worst_of([cells(widget, y) for y in lines], decoration)


def worst_of(rows: list[list[Cell]], decoration: bool = False,
             depth: Callable[[Color, Color], float] | None = None) -> tuple[float, str]:
    """The lowest contrast (``depth``: truecolour unless given) of any visible character in rows of cells,
    and the line it is on; with ``decoration``, box-drawing rules are left out."""
    ratio_of = depth or _contrast
    worst = (99.0, "")
    for row in rows:
        text = "".join(char for char, _, _ in row).strip()
        for char, fg, bg in row:
            if decoration and "\u2500" <= char <= "\u257f":
                continue
            if not char.isspace():
                worst = min(worst, (ratio_of(fg, bg), text))
    return worst


# a screen holds a few colour pairs, met in every cell: each pair's contrast is worked out once
_contrast = lru_cache(maxsize=None)(contrast)
_eight_bit = lru_cache(maxsize=None)(eight_bit)
_contrast_256 = lru_cache(maxsize=None)(lambda fg, bg: contrast(_eight_bit(fg), _eight_bit(bg)))


def lines_of(widget: Widget) -> list[str]:
    """The widget's lines as shown, without the list's one-cell margins, the scrollbar and trailing blanks."""
    rows = ("".join(char for char, _, _ in cells(widget, y)) for y in range(widget.region.height))
    return [row[1:-1].rstrip(" ▁▂▃▄▅▆▇█") for row in rows]


def fully_shown(points: BriefingList) -> list[int]:
    """The numbers of the points whose whole text and marker Briefing shows."""
    shown = " ".join(" ".join(lines_of(points)).split())
    return [n for n, prompt in enumerate(points.prompts(), 1) if " ".join(prompt.split()) in shown]


def many_sources(count: int = 25) -> Briefing:
    """The hand-built briefing with ``count`` sources (the seeds again and again, each numbered; the copies'
    outlets unknown, so that all are independent reports)."""
    briefing = hand_built_briefing()
    seeds = briefing.sources
    sources = tuple(replace(seeds[i % 2], id=i + 1, title=f"Report {i + 1}: {seeds[i % 2].title}",
                            outlet=seeds[i % 2].outlet if i < 2 else None) for i in range(count))
    return replace(briefing, sources=sources)


def region(app: BriefApp, pane: str) -> Region:
    return app.query_one(f"#{pane}-pane").region


# --- what fits at each size ---------------------------------------------------------------------

@pytest.mark.parametrize("width", [80, 83, 91, 97, 104, 118])
@pytest.mark.slow
async def test_a_marker_is_never_split_over_two_lines(width: int) -> None:
    """"[1, 3, 5," at the end of a line and "7, 9]" on the next read as two markers: it wraps whole."""
    briefing = many_sources(25)
    first = briefing.points[0]
    by_parity = {s.source_id % 2: s for s in first.supports}  # the seeds' sentences, as [1] and [2] hold them
    supports = tuple(replace(by_parity[n % 2], source_id=n) for n in range(1, 26, 2)) + (by_parity[0],)
    point = replace(first, supports=supports)
    briefing = replace(briefing, points=(point, *briefing.points[1:]))
    marker = "[1, 2, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25]"
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=(width, 40)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        assert points.prompts()[0].endswith(f"al-Mayadeen. {marker}")
        lines = lines_of(points)
        assert any(line.rstrip().endswith(marker) for line in lines), lines
        assert fully_shown(points)[:1] == [1]


async def test_at_80x24_four_points_show_and_every_source_takes_one_line() -> None:
    app = make_app([], NO_KEYWORDS, briefing=many_sources(25))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert fully_shown(app.query_one(BriefingList))[:4] == [1, 2, 3, 4]
        rows = lines_of(app.query_one(SourceList))
        assert len(rows) >= 9
        for n, row in enumerate(rows, 1):  # one source a line, in order, its title cut with an ellipsis
            assert row.startswith(f"[{n}] Report {n}: ") and row.endswith("…"), rows
        # the details of [2], where the first point's sentence is, which Original opens on
        assert plain(app.query_one("#sources-pane").border_subtitle) == "2018-05-23 · 6 points"
        await pilot.press("left_square_bracket")
        assert plain(app.query_one("#sources-pane").border_subtitle) == "RFE/RL · 4 points"  # [1]'s


@pytest.mark.slow
async def test_keyword_rows_keep_their_counts_on_the_same_line() -> None:
    app = make_app([], Options(keywords=8), briefing=hand_built_briefing())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        keywords = app.query_one(KeywordList)
        assert app.briefing is not None
        long = replace(app.briefing.keywords[5], text="Hizballah and the Islamic Revolutionary Guard Corps")
        keywords.show_keywords((*app.briefing.keywords[:5], long, *app.briefing.keywords[6:]), 2)
        await pilot.pause()
        rows = [row for row in lines_of(keywords) if row.strip()]
        assert len(rows) == 8  # one line each
        assert all(re.fullmatch(r" \d \S.* \d/2", row) for row in rows), rows
        assert rows[5].startswith(" 6 Hizballah an") and "…" in rows[5], rows[5]  # the keyword is cut, not the count
        assert rows[0].startswith(" 1 Syria ") and len({len(row) for row in rows}) == 1  # counts flush right


@pytest.mark.slow
async def test_at_120x36_the_whole_briefing_shows_and_original_has_the_rest() -> None:
    app = make_app([], NO_KEYWORDS, briefing=many_sources(25))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        assert fully_shown(points) == [1, 2, 3, 4, 5, 6]
        assert sum(not row.strip() for row in lines_of(points)) <= 1  # Briefing is as tall as its points
        assert region(app, "original").height >= 18
        assert len(lines_of(app.query_one(SourceList))) >= 20


@pytest.mark.slow
async def test_at_200x60_no_pane_is_left_mostly_empty() -> None:
    app = make_app([], NO_KEYWORDS, briefing=many_sources(25))
    async with app.run_test(size=(200, 60)) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        assert fully_shown(points) == [1, 2, 3, 4, 5, 6]
        assert sum(not row.strip() for row in lines_of(points)) <= 1
        assert region(app, "original").height >= 45 and region(app, "original").width >= 130
        rows = lines_of(app.query_one(SourceList))
        assert [row.split()[0] for row in rows if row.strip()] == [f"[{n}]" for n in range(1, 26)]  # all 25


@pytest.mark.parametrize("size", [(60, 30), (50, 24)])
@pytest.mark.slow
async def test_narrow_terminals_stack_the_panes_instead_of_starving_them(size: tuple[int, int]) -> None:
    width, height = size
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        sources, keywords, briefing, original = (region(app, pane)
                                                 for pane in ("sources", "keywords", "briefing", "original"))
        assert briefing.width == original.width == width  # full width, one above the other
        assert sources.bottom <= briefing.y < briefing.bottom <= original.y
        assert sources.y == keywords.y and sources.right <= keywords.x  # side by side in a strip on top
        assert len(fully_shown(app.query_one(BriefingList))) >= (3 if height >= 30 else 2)
        assert original.height >= 6 and briefing.height >= 8


# --- contrast -----------------------------------------------------------------------------------

def test_contrast_ratio_matches_wcag() -> None:
    assert contrast(Color(255, 255, 255), Color(0, 0, 0)) == pytest.approx(21)
    assert contrast(Color.parse("#777777"), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert contrast(Color.parse("#4EBF71"), Color.parse("#0178D4")) < 2  # textual-dark: marker on its cursor


def test_readable_moves_a_colour_just_far_enough() -> None:
    from brief.tui.contrast import both_contrast

    green, white = Color.parse("#4EBF71"), Color(255, 255, 255)
    darker = readable(green, [white], TEXT)
    # far enough in truecolour and in 256 colours (issue 25), and one step less is not
    assert TEXT <= both_contrast(darker, white) < TEXT + 1.5
    one_step_less = green.blend(Color(0, 0, 0), 0.025 * (round((1 - darker.r / green.r) * 40) - 1))
    assert both_contrast(one_step_less, white) < TEXT + 0.1
    assert readable(Color(0, 0, 0), [white], TEXT) == Color(0, 0, 0)  # already fine: unchanged


async def test_every_offered_theme_is_one_whose_colours_brief_can_check() -> None:
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=(80, 24)):
        offered = theme_cycle(app.available_themes)
        assert offered[:3] == ["brief-dark", "brief-light", "brief-contrast"]
        # every one of Textual's but the two in the terminal's own palette, whose contrast is unknowable
        assert set(offered[3:]) == set(BUILTIN_THEMES) - {"ansi-dark", "ansi-light"}


@pytest.mark.parametrize("focus", ["Briefing", "Sources"])
@pytest.mark.slow
async def test_points_and_markers_read_at_4_5_to_1_in_truecolour_and_256_colours_in_every_theme(focus: str) -> None:
    """Every character in Briefing, Sources and Keywords, with the cursor on each point in turn, the list
    focused or not: markers ([1, 2], [2], only in [2]), numbers, point text, details. In truecolour, and in
    Briefing and Sources as a 256-colour terminal shows them (the xterm palette entry Textual sends), where
    each list's cursor row, focused or not, is also set apart from the rows around it. One pass over the
    themes and cursors checks both colour depths on the same frames."""
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing())
    async with app.run_test(size=(120, 50)) as pilot:
        await ready(pilot)
        assert app.briefing is not None
        app.query_one(KeywordList).show_keywords(app.briefing.keywords, 2)
        points, sources, keywords = app.query_one(BriefingList), app.query_one(SourceList), app.query_one(KeywordList)
        failures = []
        (points if focus == "Briefing" else sources).focus()
        for name in theme_cycle(app.available_themes):
            app.theme = name
            for index in range(points.option_count):
                points.highlighted = index
                sources.highlighted = 0
                await pilot.pause()
                where = f"{name}, cursor on point {index + 1}"
                drawn = {widget: [cells(widget, y) for y in range(widget.region.height)]
                         for widget in ((points, sources, keywords) if index == 0 else (points, sources))}
                shown = " ".join("".join(c for c, _, _ in row).strip() for row in drawn[points])
                assert "only in [2]" in shown and "[1, 2]" in shown and "Syria. [2]" in shown  # every kind of marker
                for widget, rows in drawn.items():
                    if widget is points or index == 0:
                        ratio, line = worst_of(rows)
                        if ratio < TEXT:
                            failures.append(f"{where}: {widget.id} {ratio:.2f} on {line!r}")
                    if widget is keywords:
                        continue
                    ratio, line = worst_of(rows, depth=_contrast_256)
                    if ratio < TEXT:
                        failures.append(f"{where}: {widget.id} in 256 colours {ratio:.2f} on {line!r}")
                    # the cursor's rows have a background of their own: two kinds of row, not one
                    if len({frozenset(_eight_bit(bg).rgb for _, _, bg in row[1:-2]) for row in rows}) < 2:
                        failures.append(f"{where}: {widget.id}: no cursor row in 256 colours")
        assert not failures, "\n".join(failures[:40])


@pytest.mark.slow
async def test_original_reads_at_4_5_to_1_in_truecolour_and_256_colours_under_every_mark_in_every_theme() -> None:
    """The point's sentence, a keyword's occurrences, search matches and the current match, in truecolour
    and as a 256-colour terminal shows them."""
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing())
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        assert app.briefing is not None
        await pilot.press("enter", "enter")  # point 1's sentence in [1]
        app.keyword = app.briefing.keywords[0]  # Syria
        await pilot.press("slash", *"forces")
        text = app.query_one(OriginalText)
        failures = []
        for name in theme_cycle(app.available_themes):
            app.theme = name
            await pilot.pause()
            rows = [cells(text, y) for y in range(text.region.height)]
            backgrounds = {bg for row in rows for char, _, bg in row if not char.isspace()}
            assert len(backgrounds) >= 5, name  # plain, sentence, keyword, match, current: all on screen
            for depth, colours in ((_contrast, ""), (_contrast_256, " in 256 colours")):
                ratio, line = worst_of(rows, depth=depth)
                if ratio < TEXT:
                    failures.append(f"{name}{colours}: {ratio:.2f} on {line!r}")
        assert not failures, "\n".join(failures)


@pytest.mark.slow
async def test_unfocused_pane_borders_stand_out_at_3_to_1_in_every_theme() -> None:
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
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


@pytest.mark.parametrize("key, parts", [("w", ("#who-point", "#who-list", "#who-note")),
                                        ("m", ("#coverage-legend", "#coverage-table", "#coverage-detail"))])
@pytest.mark.slow
async def test_who_says_what_and_coverage_read_at_4_5_to_1_in_every_theme(key: str, parts: tuple[str, ...]) -> None:
    """Every character of the two views (lit differences, source numbers, ● and ·, the cursor row),
    in every theme ``t`` offers."""
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing())
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await pilot.pause()
        failures = []
        for name in theme_cycle(app.available_themes):
            app.theme = name
            await pilot.pause()
            for part in parts:
                widget = app.screen.query_one(part)
                ratio, line = worst_text(widget, range(widget.region.height), decoration=True)
                if ratio < TEXT:
                    failures.append(f"{name}: {part} {ratio:.2f} on {line!r}")
        assert not failures, "\n".join(failures)


async def test_at_80x24_the_footer_shows_every_key_it_lists_whole() -> None:
    """With an input skipped (so p is offered too), the footer still ends with q Quit, nothing cut."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    from brief.model import Problem

    briefing = replace(hand_built_briefing(), problems=(Problem("missing.txt", "no such file"),))
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        footer = app.query_one(Footer)
        keys = [k for k in footer.query(FooterKey) if k.display]
        palette = max(keys, key=lambda k: k.region.x)  # ^p palette, docked right
        shown = [k for k in keys if k is not palette and k.region.right <= palette.region.x]
        text = " ".join("".join(c for c, _, _ in cells(k, 0)).strip() for k in shown)
        for key in ("] Next source", "/ Search", "w Who says", "m Coverage", "p Skipped", "? Help", "q Quit"):
            assert key in text, text
