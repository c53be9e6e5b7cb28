"""A pane: the bordered, titled box around one list or view, lit while anything in it has focus."""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget


class Pane(Vertical):
    """Holds one widget; a loading indicator on that widget leaves the pane's border and title showing."""

    def __init__(self, child: Widget, title: str, *, id: str | None = None) -> None:
        super().__init__(child, id=id, classes="pane")
        self.border_title = Content(title)

    def retitle(self, title: Content | None = None, subtitle: Content | None = None) -> None:
        """Change the title and/or the subtitle (None leaves one as it is)."""
        if title is not None:
            self.border_title = title
        if subtitle is not None:
            self.border_subtitle = subtitle
