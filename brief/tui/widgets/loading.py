"""What a pane shows while its work is under way: "Loading...", still.

Textual's indicator animates its dots sixteen times a second, and every frame is a screen update on
the UI thread, which holds the interpreter that the rank worker's cleaning and ranking need: on 25
articles those frames took about a second of CPU before the briefing showed, and put it off by about
as much on this 2-core machine (``bench/tui_speed.py``). The still text is the one Textual itself shows
when animations are off; the step under way shows under Briefing.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.dom import DOMNode
from textual.widgets import LoadingIndicator


class Loading(LoadingIndicator):
    """Textual's loading indicator as it is with animations off: "Loading...", never redrawn on a timer."""

    @property
    def auto_refresh(self) -> float | None:
        return self._auto_refresh

    @auto_refresh.setter
    def auto_refresh(self, interval: float | None) -> None:
        DOMNode.auto_refresh.fset(self, None)  # type: ignore[attr-defined]

    def render(self) -> RenderResult:
        from rich.text import Text

        return Text("Loading...")
