"""The Sources pane: every article with its outlet and how many briefing points it reports."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from brief.model import Briefing, Source
from brief.render.common import counted, shares_note
from brief.safety import one_line
from brief.tui.widgets.pane_list import PaneList


def source_prompt(source: Source, points: int) -> Content:
    """``[n] Title`` over a dim line of outlet, point count and the sources it largely repeats."""
    details = [one_line(x) for x in (source.outlet, source.date) if x]
    details.append(counted(points, "point"))
    note = shares_note(source)
    if note:
        details.append(note)
    return Content.assemble(
        (f"[{source.id}] ", "bold $brief-number"),
        one_line(source.title),
        "\n",
        (" · ".join(details), "$brief-muted"),
    )


class SourceList(PaneList):
    """The sources; Enter (or a click) shows one in Original."""

    @dataclass
    class Selected(Message):
        """The user chose a source to read."""

        source_id: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)

    def show_briefing(self, briefing: Briefing) -> None:
        """List the briefing's sources."""
        counts = {s.id: 0 for s in briefing.sources}
        for point in briefing.points:
            for source_id in point.source_ids:
                counts[source_id] += 1
        self.fill([Option(source_prompt(s, counts[s.id])) for s in briefing.sources])
        self.retitle(subtitle=str(len(briefing.sources)))

    def follow(self, source_id: int) -> None:
        """Keep the cursor on the source Original shows."""
        if self.option_count:
            self.highlighted = source_id - 1

    def _on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Selected(event.option_index + 1))
