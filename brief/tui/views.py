"""The actions behind ``w`` (who says what), ``m`` (coverage), ``d`` (differences) and ``"`` (quotes): views
of the whole briefing over the panes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App

from brief.tui import widgets
from brief.tui.actions import made_briefing

if TYPE_CHECKING:
    from brief.model import Briefing, Keyword, Point, Support, Utterance


class ViewActions(App[None]):
    """Open the views and carry their choice back to Briefing and Original.

    ``BriefApp`` builds on this; it provides the state, and shows a sentence when Briefing says one was chosen.
    """

    briefing: Briefing | None
    keyword: Keyword | None

    def show_source(self, source_id: int) -> None:
        """Show a source in Original (``BriefApp`` implements it)."""
        raise NotImplementedError

    def action_who(self) -> None:
        """Every source's own sentence for the point selected in Briefing."""
        briefing = made_briefing(self, self.briefing)
        if briefing is None:
            return
        points = self.query_one(widgets.BriefingList)
        if points.highlighted is None or not points.shown_points:
            self.notify("no point is selected in Briefing", severity="warning")
            return
        point = points.shown_points[points.highlighted]
        from brief.tui.screens import WhoScreen  # not before the first frame

        number = next(i for i, p in enumerate(briefing.points, 1) if p is point)
        self.push_screen(WhoScreen(briefing, point, number), lambda support: self.open_point(point, support))

    def action_coverage(self) -> None:
        """Which source reports which of the briefing's points, starting on the point selected in Briefing."""
        briefing = made_briefing(self, self.briefing)
        if briefing is None:
            return
        points = self.query_one(widgets.BriefingList)
        selected = points.shown_points[points.highlighted] if points.highlighted is not None else None
        from brief.tui.screens import CoverageScreen

        self.push_screen(CoverageScreen(briefing, selected),
                         lambda chosen: self.open_point(*chosen) if chosen else None)

    def action_differences(self) -> None:
        """Every point whose sources state other values (``Point.differences``)."""
        briefing = made_briefing(self, self.briefing)
        if briefing is None:
            return
        from brief.tui.screens import DifferencesScreen

        self.push_screen(DifferencesScreen(briefing), lambda chosen: self.open_point(*chosen) if chosen else None)

    def action_quotes(self) -> None:
        """Every quotation in the sources, by speaker (``brief.quotes``)."""
        briefing = made_briefing(self, self.briefing)
        if briefing is None:
            return
        from brief.quotes import find_quotes
        from brief.tui.screens import QuotesScreen

        quotes = find_quotes(briefing.sources, briefing.sentences)
        self.push_screen(QuotesScreen(briefing, quotes), self.open_quote)

    def open_quote(self, said: Utterance | None) -> None:
        """Show the source of a quotation in Original with the quoted words lit (nothing when None)."""
        if said is None:
            return
        self.show_source(said.source_id)
        self.query_one(widgets.OriginalView).light((said.source_id, said.start, said.end), "a quotation")

    def open_point(self, point: Point, support: Support | None) -> None:
        """Select ``point`` in Briefing and light ``support``'s sentence in Original (nothing when None)."""
        if support is None or self.briefing is None:
            return
        if support not in point.supports:  # a sentence that states the fact with other values (Who says what)
            self.show_source(support.source_id)
            note = "states this point's fact with other values"
            self.query_one(widgets.OriginalView).light((support.source_id, support.start, support.end), note)
            return
        points = self.query_one(widgets.BriefingList)
        if not any(p is point for p in points.shown_points):
            self.keyword = None  # the keyword's narrowing hides the point: show every point
        points.highlighted = next(i for i, p in enumerate(points.shown_points) if p is point)
        # As if chosen in Briefing, posted from Briefing's queue once it has handled the cursor move:
        # whatever the move makes the app do comes first, then the chosen sentence is lit.
        chosen = widgets.BriefingList.Selected(point, support, point.supports.index(support))
        points.call_later(points.post_message, chosen)
