"""The export prompt: where to write the briefing as Markdown."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from brief.model import Briefing
from brief.render import render_markdown
from brief.tui.files import write_atomic


def export_markdown(briefing: Briefing, path: str) -> Path:
    """Write the briefing as Markdown to ``path`` (``~`` expanded), atomically. Raises OSError."""
    target = Path(path).expanduser()
    write_atomic(target, render_markdown(briefing))
    return target


class ExportScreen(ModalScreen[str | None]):
    """Ask for a path; Enter answers it, Escape cancels (None)."""

    AUTO_FOCUS = "#export-path"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        """The question, and the path to edit."""
        with Vertical(id="export-dialog") as dialog:
            dialog.border_title = "Export"
            dialog.border_subtitle = "Enter: write · Esc: cancel"
            yield Label("Write the briefing as Markdown to:")
            yield Input(self.default, id="export-path", select_on_focus=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
