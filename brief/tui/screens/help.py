"""The help screen: the packaged ``help.md``, over the app."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = Path(__file__).resolve().parent.parent / "help.md"


def help_text() -> str:
    """The help page's Markdown."""
    return HELP.read_text(encoding="utf-8")


class HelpScreen(ModalScreen[None]):
    """Keys and what the panes mean; Escape, q or ? closes it."""

    AUTO_FOCUS = "#help-body"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close")]

    def compose(self) -> ComposeResult:
        """The help page in a scrollable, bordered box."""
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            body.border_subtitle = "Esc: close"
            yield Markdown(help_text(), id="help")
