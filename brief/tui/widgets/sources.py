"""The Sources pane: one line per article; the highlighted one's outlet, date and point count below."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from brief.model import Briefing, Source
from brief.render.common import counted, reports_note, shares_note
from brief.safety import one_line
from brief.tui.widgets.pane_list import PaneList


def source_prompt(source: Source) -> Content:
    """``[n] Title``: one line, which the list cuts with an ellipsis where it is too narrow."""
    return Content.assemble((f"[{source.id}] ", "bold $brief-number"), one_line(source.title))


def source_details(source: Source, points: int, briefing: Briefing) -> str:
    """``RFE/RL · 2018-05-23 · 4 points · same report as [1] · shares 75% of its sentences with [1]``."""
    details = [one_line(x) for x in (source.outlet, source.date) if x]
    details.append(counted(points, "point"))
    details += [note for note in (reports_note(briefing, source), shares_note(source)) if note]
    return " · ".join(details)


class SourceList(PaneList):
    """The sources; Enter (or a click) shows one in Original."""

    @dataclass
    class Selected(Message):
        """The user chose a source to read."""

        source_id: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.details: list[str] = []
        """Each source's details line, in source order (the pane's subtitle shows the highlighted one's)."""

    def show_briefing(self, briefing: Briefing) -> None:
        """List the briefing's sources."""
        counts = {s.id: 0 for s in briefing.sources}
        for point in briefing.points:
            for source_id in point.source_ids:
                counts[source_id] += 1
        self.details = [source_details(s, counts[s.id], briefing) for s in briefing.sources]
        self.fill([Option(source_prompt(s)) for s in briefing.sources])
        title = f"Sources · {len(briefing.sources)}"
        if briefing.problems:  # still said after the notices fade
            title += f" · {len(briefing.problems)} skipped (p)"
        self.retitle(Content(title))
        self._say_details()

    def follow(self, source_id: int) -> None:
        """Keep the cursor on the source Original shows."""
        if self.option_count:
            self.highlighted = source_id - 1

    def _say_details(self) -> None:
        if self.highlighted is not None and self.highlighted < len(self.details):
            self.retitle(subtitle=self.details[self.highlighted])

    def _on_option_list_option_highlighted(self, event: PaneList.OptionHighlighted) -> None:
        self._say_details()

    def _on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Selected(event.option_index + 1))
