"""A pane: the bordered, titled box around one list or view, lit while anything in it has focus."""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget


class Pane(Vertical):
    """A titled box that holds one widget.

    The app composes its panes empty, so the first frame needs nothing but their titles,
    and mounts each one's widget once that frame is on screen. A loading
    indicator on the widget leaves the pane's border and title showing.
    """

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.border_title = Content(title)

    def retitle(self, title: Content | None = None, subtitle: Content | None = None) -> None:
        """Change the title and/or the subtitle (None leaves one as it is)."""
        if title is not None:
            self.border_title = title
        if subtitle is not None:
            self.border_subtitle = subtitle


def retitle(widget: Widget, title: Content | str | None = None, subtitle: Content | str | None = None) -> None:
    """Retitle the pane ``widget`` sits in (nothing when it is not in one)."""
    if isinstance(widget.parent, Pane):
        widget.parent.retitle(Content(title) if isinstance(title, str) else title,
                              Content(subtitle) if isinstance(subtitle, str) else subtitle)
