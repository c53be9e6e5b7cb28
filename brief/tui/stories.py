"""Many stories in the TUI (by default, the stories clearly apart; with ``--stories``, every story found): group
the inputs, open on the Stories view, and show one story at a time in the panes, each with its own briefing,
keywords, sources and views.

One story found: the app is exactly the single-story app (``brief.tui.early.briefed`` answers its briefing on
the single-story path). Several: the Stories view lists them; Enter, ``>``/``<`` and the command
palette open one; ``s`` goes back to the list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Iterable

from textual.app import App, SystemCommand
from textual.markup import escape
from textual.message import Message
from textual.screen import Screen

from brief.safety import one_line
from brief.tui import widgets
from brief.tui.keys import PALETTE

STORY_KEYS = ("app.stories", "app.next-story", "app.previous-story")
"""The keys that work only when the run holds several stories."""

if TYPE_CHECKING:
    from brief.model import Briefing, Keyword, Problem
    from brief.options import Options
    from brief.stories import Stories
    from brief.story import Story


class StoryActions(App[None]):
    """The stories of a ``--stories`` run and the keys that move between them.

    ``BriefApp`` builds on this; it provides the briefing shown, its aligned story and the panes.
    """

    briefing: Briefing | None
    keyword: Keyword | None
    source_id: int
    story: Story | None
    wanted: int | None
    inputs: list[str]
    options: Options
    use_cache: bool
    confident: bool

    stories: tuple[Briefing, ...] = ()
    """Every story's briefing, most reported first (empty with one story: the app is then as always)."""
    story_index: int = 0
    """The story shown in the panes (its index in ``stories``)."""
    run_problems: tuple[Problem, ...] = ()
    """The inputs of the whole run that could not be briefed (with several stories no one story has them)."""
    aligned: dict[int, Story]
    """Each opened story's facts as aligned, kept for + and - (``BriefApp.resize``)."""

    @dataclass
    class StoriesMade(Message):
        """The inputs hold several stories, each briefed (its keywords are found when it is opened)."""

        stories: Stories

    def on_story_actions_stories_made(self, message: StoriesMade) -> None:
        """Keep the stories and open on the Stories view (one story alone opens in the panes)."""
        if len(message.stories.briefings) == 1:
            only = message.stories.briefings[0]
            self.post_message(self.briefing_made(replace(only, problems=message.stories.problems)))
            return
        self.stories = message.stories.briefings
        self.run_problems = message.stories.problems
        for problem in self.run_problems:
            self.notify(f"{one_line(problem.path)}: {one_line(problem.message)}", severity="warning")
        self.refresh_bindings()
        self.action_stories()

    def briefing_made(self, briefing: Briefing, story: Story | None = None) -> Message:
        """The BriefingMade message of ``BriefApp`` (it declares it)."""
        raise NotImplementedError

    def action_stories(self) -> None:
        """The Stories view, its cursor on the story open in the panes."""
        from brief.tui.screens.stories import StoriesScreen

        if not self.stories or isinstance(self.screen, StoriesScreen):
            return
        current = self.story_index if self.briefing is not None else None
        self.push_screen(StoriesScreen(self.stories, self.run_problems, current), self._chosen)

    def _chosen(self, index: int | None) -> None:
        if index is not None:
            self.open_story(index)

    def action_story(self, step: int) -> None:
        """The next (1) or previous (-1) story, round at either end."""
        if self.stories:
            self.open_story(self.story_index + step)

    def open_story(self, index: int) -> None:
        """Show story ``index`` (wrapping) in the panes: its briefing, sources, keywords; search and
        keyword ended, Original on its first point."""
        if not self.stories:
            return
        while len(self.screen_stack) > 1:  # the Stories view, or a view of the story shown (from the palette)
            self.pop_screen()
        self.keep_story()
        # not ready until BriefingMade shows it: a second key press before then keeps nothing of this one
        self.briefing, self.story = None, None
        self.story_index = index % len(self.stories)
        self.wanted = None
        self.workers.cancel_group(self, "resize")
        original = self.query_one(widgets.OriginalView)
        if original.searching:
            original.end_search()
        self.keyword = None
        self.source_id = 1
        self.query_one(widgets.BriefingList).story_label = f" · story {self.story_index + 1} of {len(self.stories)}"
        self.post_message(self.briefing_made(self.stories[self.story_index], self.aligned.get(self.story_index)))

    def keep_story(self) -> None:
        """Keep what the story shown has gained (its keywords, its length, its aligned facts) for its return."""
        if not self.stories or self.briefing is None:
            return
        kept = list(self.stories)
        kept[self.story_index] = self.briefing
        self.stories = tuple(kept)
        if self.story is not None:
            self.aligned[self.story_index] = self.story

    def keep_keywords(self, index: int, keywords: tuple[Keyword, ...],
                      source_keywords: tuple[tuple[Keyword, ...], ...]) -> None:
        """Store keywords found for story ``index`` after the user moved on to another."""
        kept = list(self.stories)
        kept[index] = replace(kept[index], keywords=keywords, source_keywords=source_keywords)
        self.stories = tuple(kept)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The app's commands, then every story by number and title."""
        from brief.tui.screens.stories import story_figures

        hidden = () if len(self.stories) > 1 else [PALETTE[i] for i in STORY_KEYS]  # one story: as always
        yield from (command for command in super().get_system_commands(screen) if command.title not in hidden)
        for n, briefing in enumerate(self.stories, 1):
            # the palette reads titles as markup: escaped, "[business]" shows as typed
            yield SystemCommand(f"Story {n}: {escape(one_line(briefing.title))}", story_figures(briefing),
                                partial(self.open_story, n - 1))
