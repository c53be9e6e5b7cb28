"""What the TUI looks like, as SVG snapshots at fixed sizes.

The app is handed a briefing built by hand from the seeds (``tui_support.hand_built_briefing``):
its points and keywords are fixed there, so a change to ranking or keywords does not change these
pictures; a change to the TUI does. After one, look at the report and, if it is right, regenerate:

    pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from tui_support import hand_built_briefing, keywords_ready, ready

from brief.pipeline import Options
from brief.tui.app import BriefApp, make_app
from brief.tui.widgets import KeywordList

SIZE = (120, 36)
NO_KEYWORDS = Options(keywords=0)
WITH_KEYWORDS = Options(keywords=8)


def _seeds(options: Options = NO_KEYWORDS) -> BriefApp:
    """The app on the hand-built briefing of the seeds, with its keywords when ``options`` asks for them."""
    return make_app([], options, briefing=hand_built_briefing(keywords=options.keywords > 0))


async def _ready(pilot: Pilot) -> None:
    await ready(pilot)


async def _keywords(pilot: Pilot) -> None:
    await keywords_ready(pilot)


async def _keywords_focused(pilot: Pilot) -> None:
    await keywords_ready(pilot)
    pilot.app.query_one(KeywordList).focus()


def test_main_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The seeds once everything has loaded: four panes, Briefing lit, keywords ranked."""
    assert snap_compare(_seeds(WITH_KEYWORDS), terminal_size=SIZE, run_before=_keywords)


def test_main_screen_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The smallest usual size: four points, one line per source and per keyword, details in the subtitle."""
    assert snap_compare(_seeds(WITH_KEYWORDS), terminal_size=(80, 24), run_before=_keywords)


@pytest.mark.slow
def test_main_screen_200x60(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A wide terminal: Briefing as tall as its points, Original taking the rest, source titles whole."""
    assert snap_compare(_seeds(WITH_KEYWORDS), terminal_size=(200, 60), run_before=_keywords)


def test_main_screen_60x30(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """A narrow terminal: Sources beside Keywords in a strip on top, then Briefing, then Original."""
    assert snap_compare(_seeds(WITH_KEYWORDS), terminal_size=(60, 30), run_before=_keywords)


def test_highlighted_point(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The cursor on the third point: Original follows, its source shown, the sentence lit."""
    assert snap_compare(_seeds(), press=["j", "j"], terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_corroborating_sentence(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Enter on the third point: the other source's sentence that reports it."""
    assert snap_compare(_seeds(), press=["j", "j", "enter"], terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_keyword_filter(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Enter on the second keyword: Briefing narrowed to its points, its occurrences marked in Original."""
    assert snap_compare(_seeds(WITH_KEYWORDS), press=["j", "enter"], terminal_size=SIZE, run_before=_keywords_focused)


@pytest.mark.slow
def test_help(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The help screen over the app."""
    assert snap_compare(_seeds(), press=["question_mark"], terminal_size=SIZE, run_before=_ready)


def test_light_theme(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """brief-light, chosen with --theme."""
    assert snap_compare(make_app([], NO_KEYWORDS, theme="brief-light", briefing=hand_built_briefing(keywords=False)),
                        terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_contrast_theme(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """brief-contrast, chosen with --theme."""
    assert snap_compare(make_app([], NO_KEYWORDS, theme="brief-contrast", briefing=hand_built_briefing(keywords=False)),
                        terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_who_says_what(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """w on the first point: [2]'s "(business)" over [1]'s "[business]", the words they do not share lit."""
    assert snap_compare(_seeds(), press=["w"], terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_who_says_what_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """w on the second point (a paraphrase) at the smallest size."""
    assert snap_compare(_seeds(), press=["j", "w"], terminal_size=(80, 24), run_before=_ready)


@pytest.mark.slow
def test_coverage(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """m: the six points against the two sources, each source's total on top, the cursor on point 4 in [1]'s column."""
    assert snap_compare(_seeds(), press=["m", "j", "j", "j", "l", "l"], terminal_size=SIZE, run_before=_ready)


@pytest.mark.slow
def test_coverage_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """m at the smallest size, sorted fewest sources first."""
    assert snap_compare(_seeds(), press=["m", "s", "s"], terminal_size=(80, 24), run_before=_ready)
