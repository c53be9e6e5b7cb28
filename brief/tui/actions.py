"""What the app-wide keys do (``keys.py`` says which key does which)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.app import App

from brief.safety import one_line
from brief.tui import widgets
from brief.tui.config import load_config, save_config
from brief.tui.themes import next_theme

DIGIT_PAUSE = 1.0
"""Seconds within which digits typed one after another make one source number."""

if TYPE_CHECKING:
    from brief.model import Briefing, Keyword


class KeyActions(App[None]):
    """The actions behind the app's own keys: sources, search, Escape, theme, help, export.

    ``BriefApp`` builds on this; it provides the state and ``show_source`` used here.
    """

    briefing: Briefing | None
    keyword: Keyword | None
    source_id: int

    def show_source(self, source_id: int) -> None:
        """Show a source in Original (``BriefApp`` implements it)."""
        raise NotImplementedError

    def action_source(self, step: int) -> None:
        """Original shows the next (1) or previous (-1) source."""
        self.show_source(self.source_id + step)

    _typed = ""  # the digits typed so far for a source number, and when the last one came
    _typed_at = 0.0

    def action_jump(self, digit: int) -> None:
        """Original shows source N: a digit shows that source at once; another digit within
        ``DIGIT_PAUSE`` seconds makes a longer number ("1", "2": source 1, then 12), when there is
        such a source (else the new digit starts a new number)."""
        if self.briefing is None:
            return
        now = time.monotonic()
        count = len(self.briefing.sources)
        longer = self._typed + str(digit)
        if self._typed and now - self._typed_at <= DIGIT_PAUSE and int(longer) <= count:
            self._typed = longer
        else:
            self._typed = str(digit)
        self._typed_at = now
        number = int(self._typed)
        if 1 <= number <= count:
            self.show_source(number)

    def action_search(self) -> None:
        """Open the search bar under Original."""
        if self.briefing is not None:
            self.query_one(widgets.OriginalView).start_search()

    async def action_back(self) -> None:
        """Escape: end the search, else drop the keyword, else unlight the sentence."""
        if self.briefing is None:  # nothing is shown yet, so nothing to back out of
            return
        original = self.query_one(widgets.OriginalView)
        if original.searching:
            original.end_search()
        elif self.keyword is not None:
            self.keyword = None
        else:
            original.light(None)

    def action_cycle_theme(self) -> None:
        """Switch to the next theme and remember it."""
        self.theme = next_theme(self.theme, self.available_themes)
        self._remember_theme()
        self.notify(f"theme: {self.theme}", timeout=2)

    def _remember_theme(self) -> None:
        try:
            save_config(replace(load_config(), theme=self.theme))
        except OSError as error:
            self.notify(f"could not save the theme: {one_line(str(error))}", severity="warning")

    def action_help(self) -> None:
        """Show the help screen."""
        from brief.tui.screens import HelpScreen  # Markdown costs ~0.1 s to import: not before the first frame

        self.push_screen(HelpScreen())

    def action_problems(self) -> None:
        """List every input that could not be briefed, and why."""
        from brief.tui.screens import ProblemsScreen

        self.push_screen(ProblemsScreen(self.briefing.problems if self.briefing else ()))

    def action_export(self) -> None:
        """Ask where, then write the briefing as Markdown."""
        if self.briefing is None:
            self.notify("the briefing is not ready yet", severity="warning")
            return
        from brief.tui.screens import ExportScreen

        self.push_screen(ExportScreen("briefing.md"), self.export)

    def export(self, path: str | None) -> None:
        """Write the briefing as Markdown to ``path`` (nothing when None)."""
        if path is None or self.briefing is None:
            return
        from brief.osfiles import describe
        from brief.tui.screens import export_markdown

        try:
            target = export_markdown(self.briefing, path)
        except OSError as error:  # the reason alone: str(error) may name the temporary file
            self.notify(f"could not export to {one_line(path)}: {describe(error)}", severity="error")
            return
        self.notify(f"exported to {one_line(str(target))}")

