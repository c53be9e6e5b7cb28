"""The Briefing pane: the points with their [n] markers, narrowed to a keyword on demand."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets.option_list import Option

from brief.model import Briefing, Keyword, Point, Support
from brief.render.common import citation, counted
from brief.safety import one_line
from brief.tui.widgets.pane_list import PaneList


def mentions(point: Point, keyword: Keyword) -> bool:
    """Whether the keyword occurs in the point's sentence or in a sentence that corroborates it."""
    if not keyword.occurrences:
        return keyword.text.casefold() in point.text.casefold()
    return any(
        o.source_id == s.source_id and s.start <= o.start and o.end <= s.end
        for o in keyword.occurrences
        for s in point.supports
    )


def point_prompt(number: int, point: Point, n_sources: int) -> Content:
    """``1 The sentence. [1, 2]``, with ``only in [n]`` in the warning colour."""
    marker = citation(point, n_sources)
    single = marker.startswith("only")
    return Content.assemble(
        (f"{number} ", "bold $brief-number"),
        one_line(point.text),
        " ",
        (marker, "bold $brief-only" if single else "bold $brief-marker"),
    )


class BriefingList(PaneList):
    """The briefing's points; Enter shows a point's sentence, Enter again its corroborating sentences."""

    keyword: reactive[Keyword | None] = reactive(None, init=False)
    """Show only the points that mention this keyword (None: every point)."""

    @dataclass
    class Selected(Message):
        """The user chose a point, and which of its supporting sentences to show."""

        point: Point
        support: Support
        step: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.shown_points: tuple[Point, ...] = ()
        self._step_at: tuple[Point, int] | None = None

    def show_briefing(self, briefing: Briefing) -> None:
        """List the briefing's points."""
        self.briefing = briefing
        self._refill()

    def watch_keyword(self) -> None:
        self._refill()

    def _refill(self) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        keyword = self.keyword
        numbered = [(i, p) for i, p in enumerate(briefing.points, 1) if keyword is None or mentions(p, keyword)]
        self.shown_points = tuple(p for _, p in numbered)
        self._step_at = None
        n = len(briefing.sources)
        self.fill([Option(point_prompt(i, p, n)) for i, p in numbered])
        total = len(briefing.points)
        if keyword is None:
            self.retitle(Content("Briefing"), f"{counted(total, 'point')} · {briefing.algorithm}")
        else:
            title = Content.assemble("Briefing · ", (one_line(keyword.text), "bold"))
            self.retitle(title, f"{len(self.shown_points)} of {counted(total, 'point')} · Esc: all")

    def _on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        point = self.shown_points[event.option_index]
        same = self._step_at is not None and self._step_at[0] is point
        step = self._step(same, self._step_at[1] if self._step_at else 0, len(point.supports))
        self._step_at = (point, step)
        self.post_message(self.Selected(point, point.supports[step], step))
