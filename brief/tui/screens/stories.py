"""The Stories view: one row per story (its title, sources, independent reports and latest date);
Enter opens a story in the panes. Shown first when ``--stories`` finds several stories."""

from __future__ import annotations

import re
from typing import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from brief.english import counted
from brief.model import Briefing, Problem
from brief.safety import one_line
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane import Pane
from brief.tui.widgets.pane_list import PaneList
from brief.tui.widgets.row import Row

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def latest_date(briefing: Briefing) -> str | None:
    """The latest date among the sources dated ``YYYY-MM-DD`` (None when none is): dates in other forms
    are not compared, rather than compared wrongly."""
    dates = [s.date[:10] for s in briefing.sources if s.date and _ISO_DATE.match(s.date)]
    return max(dates) if dates else None


def story_figures(briefing: Briefing) -> str:
    """``3 sources · 2 reports · 2024-03-05``: the reports only when some sources are versions of one
    report; the latest date only when some source is dated."""
    sources = len(briefing.sources)
    figures = [counted(sources, "source")]
    if (reports := briefing.independent_reports()) != sources:
        figures.append(counted(reports, "independent report"))
    if (latest := latest_date(briefing)) is not None:
        figures.append(f"latest {latest}")
    return " · ".join(figures)


def story_row(number: int, briefing: Briefing, width: int) -> Row:
    """``1 Title ……… 3 sources · latest 2024-03-05``: the title as plain text on one line, never markup."""
    label = Content.assemble((f"{number:>{width}} ", "bold $brief-number"), one_line(briefing.title))
    return Row(label, Content.styled(story_figures(briefing), "$brief-muted"))


class StoriesScreen(ModalScreen[int | None]):
    """The stories, most reported first; Enter answers the index of the story to open, Escape the one open."""

    AUTO_FOCUS = "#stories"
    BINDINGS = [
        Binding("escape", "back", "Back to the story", id="stories.back"),
        Binding("question_mark,f1", "app.help", "Help", id="stories.help", key_display="?"),
        Binding("p", "app.problems", "Skipped", id="stories.problems"),
        Binding("t", "app.cycle_theme", "Theme", id="stories.theme", show=False),
        Binding("q", "app.quit", "Quit", id="stories.quit"),
    ]

    def __init__(self, briefings: Sequence[Briefing], problems: Sequence[Problem] = (),
                 current: int | None = None) -> None:
        super().__init__()
        self.briefings = tuple(briefings)
        self.problems = tuple(problems)
        self.current = current  # the story open in the panes, if one is (Escape goes back to it)

    def compose(self) -> ComposeResult:
        """One bordered pane holding the list of stories; the keys below."""
        title = f"Stories · {len(self.briefings)}"
        if self.problems:
            title += f" · {len(self.problems)} skipped (p)"
        with Pane(title, id="stories-pane"):
            yield PaneList(id="stories")
        yield BriefFooter()

    def on_mount(self) -> None:
        width = len(str(len(self.briefings)))
        listed = self.query_one(PaneList)
        listed.fill([Option(story_row(n, b, width)) for n, b in enumerate(self.briefings, 1)])
        if self.current is not None:
            listed.highlighted = self.current
        self.query_one(Pane).retitle(subtitle=Content("Enter: open the story"
                                                      + (" · Esc: back to it" if self.current is not None else "")))

    def rows(self) -> list[str]:
        """Every row's text as shown (for tests)."""
        return self.query_one(PaneList).prompts()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape shows only when a story is open to go back to."""
        return self.current is not None if action == "back" else True

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_back(self) -> None:
        """Back to the story open in the panes (none open yet: stay)."""
        if self.current is not None:
            self.dismiss(None)
