"""Differences: every point whose sources state other values, and what each source says instead."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from brief.model import Briefing, Difference, Point, Support
from brief.render.common import citation
from brief.safety import one_line
from brief.tui.screens.who import as_support, source_label
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane_list import PaneList

Row = tuple[Content, tuple[Point, Difference] | None]


def rows(briefing: Briefing) -> list[Row]:
    """A line per point with differences (``None``: nothing to open), then one per differing source."""
    found: list[Row] = []
    for number, point in enumerate(briefing.points, 1):
        if not point.differences:
            continue
        head = Content.assemble((f"{number} ", "bold $brief-number"), one_line(point.text), " ",
                                (citation(point, briefing), "bold $brief-only"))
        found.append((head, None))
        for diff in point.differences:
            kind = "later report" if diff.kind == "update" else "states"
            line = Content.assemble(
                "  ", (f"[{diff.other.source_id}] ", "bold $brief-only"), (source_label(briefing, diff.other.source_id),
                                                                           "$brief-muted"),
                f" · {kind}: ", (", ".join(one_line(v) for v in diff.other.values), "bold"),
                " · the point: ", ", ".join(one_line(v) for v in diff.point.values))
            found.append((line, (point, diff)))
    return found


class DifferencesScreen(ModalScreen[tuple[Point, Support] | None]):
    """The briefing's differences; Enter answers the point and the differing sentence to show in Original."""

    AUTO_FOCUS = "#differences-list"
    BINDINGS = [Binding("escape,q,d", "close", "Close", id="differences.close")]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.rows = rows(briefing)

    def compose(self) -> ComposeResult:
        """How many points differ, the list, and what a difference is."""
        with Vertical(id="differences-dialog") as dialog:
            dialog.border_title = "Differences"
            dialog.border_subtitle = "Enter: show in Original · Esc: close"
            points = sum(1 for _, opened in self.rows if opened is None)
            yield Static(Content(f"{points} of {len(self.briefing.points)} points: sources state other values"
                                 if points else "No point's sources state other values that brief can compare."),
                         id="differences-count")
            yield PaneList(id="differences-list")
            yield Static(Content("A source differs when it counts the same thing in the same context with a "
                                 "number no value of the point's fits, or says a thing did not happen that the "
                                 "point says did; a later dated report updates it."), id="differences-note")
        yield BriefFooter()

    def on_mount(self) -> None:
        listed = self.query_one(PaneList)
        listed.add_options([Option(text, disabled=opened is None) for text, opened in self.rows])
        first = next((n for n, (_, opened) in enumerate(self.rows) if opened is not None), None)
        if first is not None:
            listed.highlighted = first
        listed.loading = False

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        opened = self.rows[event.option_index][1]
        if opened is not None:
            self.dismiss((opened[0], as_support(opened[1])))

    def action_close(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
