"""Many stories in the TUI (``--stories``): the Stories view, opening a story, going back, the next story.

The articles are written here, three small stories of two or three reports each, so what each story
holds is known: the bridge reopening (three sources), a flood (two), a teachers' strike (two).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from samples import (
    BRIDGE,
    BRIDGE_AGAIN,
    BRIDGE_THIRD,
    FLOOD,
    FLOOD_AGAIN,
    STRIKE,
    STRIKE_AGAIN,
    page,
    text_article,
    write_stories,
)
from tui_support import plain, ready, unranked_briefing, wait_for

from brief.model import Briefing, Source
from brief.pipeline import Options
from brief.stories import Stories
from brief.tui.app import make_app
from brief.tui.screens.stories import StoriesScreen, story_figures, story_row
from brief.tui.widgets import BriefingList, SourceList
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane_list import PaneList

NO_KEYWORDS = Options(keywords=0)
SIZE = (120, 36)

MERGER = [
    "Two of the country's largest oil companies agreed on Wednesday to merge in a deal worth eighty billion dollars.",
    "Shareholders of both firms must still approve the merger, which regulators are expected to examine closely.",
]
CHESS = [
    "A sixteen-year-old grandmaster won the national chess championship on Saturday with a round to spare.",
    "She beat the defending champion in a sharp endgame that lasted more than five hours.",
]
PARAGRAPHS = {"bridge": BRIDGE + BRIDGE_AGAIN + BRIDGE_THIRD, "flood": FLOOD + FLOOD_AGAIN,
              "strike": STRIKE + STRIKE_AGAIN}


def story_of(briefing: Briefing) -> str:
    """Which story a briefing's sources are (the file names say), asserting they are one."""
    (story,) = {Path(s.path).name.split("-")[0] for s in briefing.sources}
    return story


def from_story(prompt: str, story: str) -> bool:
    """Whether a point as Briefing shows it is one of ``story``'s sentences."""
    return any(paragraph[:40] in prompt for paragraph in PARAGRAPHS[story])  # (each paragraph is one sentence)


def hand_built_stories(folder: Path) -> Stories:
    """Four stories whose points are each source's first sentence (``unranked_briefing``), so a ranking
    change does not change them: the bridge in three dated pages, two of them versions of one report;
    a merger whose title holds "[business]"; the strike; a chess title alone."""
    def written(name: str, text: str) -> str:
        (folder / name).write_text(text, encoding="utf-8")
        return str(folder / name)

    bridge = [written(f"bridge-{n}.html", page(title, paragraphs, site=site, date=date,
                                               url=f"https://{site.split()[-1].lower()}.example/{n}"))
              for n, (title, paragraphs, site, date) in enumerate([
                  ("Harbour bridge reopens", BRIDGE, "The Coast Herald", "2024-03-04"),
                  ("Bridge back in use", BRIDGE_AGAIN, "The Gazette", "2024-03-06"),
                  ("Drivers return", BRIDGE_THIRD, "The Courier", "2024-03-05")])]  # three outlets
    merger = [written("merger-1.txt", text_article("[business] Oil firms agree to merge", MERGER)),
              written("merger-2.txt", text_article("Oil giants to combine", MERGER[1:] + MERGER[:1]))]
    strike = [written("strike-1.txt", text_article("Teachers strike over pay", STRIKE)),
              written("strike-2.txt", text_article("Schools closed as teachers strike", STRIKE_AGAIN))]
    chess = [written("chess-1.txt", text_article("Teenager wins chess title", CHESS))]
    first = unranked_briefing(bridge)
    versions = tuple(replace(s, report=1) if s.id == 2 else s for s in first.sources)  # a wire story and its update
    return Stories((replace(first, sources=versions), *(unranked_briefing(g) for g in (merger, strike, chess))))


# --- the row (pure) ---------------------------------------------------------------------------------

def _source(n: int, title: str, date: str | None = None, report: int | None = None) -> Source:
    return Source(n, f"/news/{n}.txt", title, "Some text.", date=date, report=report)


def test_a_story_row_says_sources_reports_and_latest_date_as_plain_text() -> None:
    sources = (_source(1, "[business] Oil\x1b[31m firms\tmerge", "2024-03-05"),
               _source(2, "Oil firms merge", "2024-03-07", report=1), _source(3, "Merger agreed", "5 March"))
    briefing = Briefing("[business] Oil\x1b[31m firms\tmerge", (), sources)
    row = story_row(2, briefing, 1)
    assert row.label.plain == "2 [business] Oil firms merge"  # as typed: no markup read, no escape kept
    assert row.figure.plain == "3 sources · 2 independent reports · latest 2024-03-07"
    undated = (_source(1, "Merger agreed", "5 March"),)
    assert story_figures(replace(briefing, sources=undated)) == "1 source"  # a date in words is not compared


# --- the app ----------------------------------------------------------------------------------------

@pytest.mark.slow
async def test_stories_view_lists_the_stories_and_opens_each_in_the_panes(tmp_path: Path) -> None:
    app = make_app(write_stories(tmp_path), NO_KEYWORDS, one_story=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StoriesScreen), "the Stories view")
        view = app.screen
        assert isinstance(view, StoriesScreen)
        rows = view.rows()
        assert len(rows) == 3
        stories = [story_of(b) for b in app.stories]
        assert stories[0] == "bridge" and sorted(stories[1:]) == ["flood", "strike"]  # most reported first
        for row, briefing in zip(rows, app.stories):
            assert briefing.title in row
            sources = {"bridge": "3 sources", "flood": "2 sources", "strike": "2 sources"}[story_of(briefing)]
            assert row.endswith(sources)
        assert "Stories · 3" in plain(str(view.query_one("#stories-pane").border_title))

        await pilot.press("enter")  # the first story, the bridge
        await wait_for(pilot, lambda: not isinstance(app.screen, StoriesScreen) and app.briefing is not None
                       and app.briefing.title == app.stories[0].title, "the first story in the panes")
        points = app.query_one(BriefingList)
        await wait_for(pilot, lambda: points.option_count > 0, "its points")
        assert all(from_story(p, "bridge") for p in points.prompts()), points.prompts()
        assert len(app.query_one(SourceList).prompts()) == 3
        # the pane names the story open, its headline as the plain text's first line gives it
        assert plain(str(app.query_one("#briefing-pane").border_title)) == (
            "Briefing · story 1 of 3 · " + app.stories[0].title)

        await pilot.press("s")  # back to the list, its cursor on the story open
        await wait_for(pilot, lambda: isinstance(app.screen, StoriesScreen), "the Stories view again")
        assert app.screen.query_one("#stories", PaneList).highlighted == 0
        await pilot.press("escape")  # back to the story open
        await wait_for(pilot, lambda: not isinstance(app.screen, StoriesScreen), "the story again")

        await pilot.press("greater_than_sign")  # the next story
        second = story_of(app.stories[1])
        await wait_for(pilot, lambda: plain(str(app.query_one("#briefing-pane").border_title))
                       == "Briefing · story 2 of 3 · " + app.stories[1].title, "the second story")
        await wait_for(pilot, lambda: points.option_count > 0 and all(from_story(p, second) for p in points.prompts()),
                       "the second story's points")
        assert len(app.query_one(SourceList).prompts()) == 2


@pytest.mark.slow
async def test_with_one_story_stories_opens_on_the_panes_as_always(tmp_path: Path) -> None:
    paths = write_stories(tmp_path)
    bridge = [p for p in paths if Path(p).name.startswith("bridge")]
    app = make_app(bridge, NO_KEYWORDS, one_story=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not isinstance(app.screen, StoriesScreen) and app.stories == ()
        footer = " ".join(str(key.description) for key in app.screen.query_one(BriefFooter).children)
        assert "Stories" not in footer and "story" not in footer
        await pilot.press("s")  # no list to go back to
        assert not isinstance(app.screen, StoriesScreen)


@pytest.mark.slow
async def test_by_default_the_tui_lists_stories_clearly_apart_as_brief_plain_does(tmp_path: Path) -> None:
    paths = write_stories(tmp_path)
    app = make_app(paths, NO_KEYWORDS, one_story=False, confident=True)  # ``brief FILES``, as the CLI makes it
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StoriesScreen), "the Stories view")
        assert sorted(story_of(b) for b in app.stories) == ["bridge", "flood", "strike"]
    # one story of the same kind of files: the panes, as always
    bridge = [p for p in paths if Path(p).name.startswith("bridge")]
    app = make_app(bridge, NO_KEYWORDS, one_story=False, confident=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not isinstance(app.screen, StoriesScreen) and app.stories == ()
        assert len(app.query_one(SourceList).prompts()) == 3


def test_stories_view_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Stories view of four stories: titles as typed ("[business]"), sources, independent reports
    where two sources are versions of one report, the latest date of the dated story."""
    async def listed(pilot) -> None:  # type: ignore[no-untyped-def]
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, StoriesScreen), "the Stories view")

    app = make_app([], NO_KEYWORDS, stories=hand_built_stories(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=listed)


async def test_keys_pressed_quickly_open_the_last_story_and_keep_every_story_its_own(tmp_path: Path) -> None:
    stories = hand_built_stories(tmp_path)
    app = make_app([], NO_KEYWORDS, stories=stories)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StoriesScreen), "the Stories view")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.briefing is not None, "the first story in the panes")
        for step in (1, 1, -1, 1):  # keys queued before the first is shown, as when typed quickly
            app.action_story(step)
        await wait_for(pilot, lambda: app.briefing is not None, "a story in the panes")
        assert plain(str(app.query_one("#briefing-pane").border_title)) == (
            "Briefing · story 3 of 4 · " + stories.briefings[2].title)
        assert app.briefing.sources == stories.briefings[2].sources
        assert [b.sources for b in app.stories] == [b.sources for b in stories.briefings]  # none took another's
        assert app.query_one(SourceList).prompts() == ["[1] Teachers strike over pay",
                                                       "[2] Schools closed as teachers strike"]
