"""The export prompt: where to write the briefing as Markdown; an existing file is replaced only when confirmed."""

from __future__ import annotations

import errno
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from brief.model import Briefing
from brief.render import render_markdown
from brief.safety import one_line
from brief.tui.files import write_atomic


def export_target(path: str) -> Path:
    """Where an export to ``path`` writes: ``~`` expanded, and through a symbolic link to the file it
    names (as an editor saves through a link; the link itself stays)."""
    target = Path(path).expanduser()
    return target.resolve() if target.is_symlink() else target


def export_markdown(briefing: Briefing, path: str) -> Path:
    """Write the briefing as Markdown to ``path`` (see ``export_target``), atomically. Raises OSError.

    A folder is refused with IsADirectoryError naming ``path`` (not the temporary file), and a
    folder that does not exist is never created: NotADirectoryError.
    """
    target = export_target(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
    if not target.parent.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "no such folder", str(target.parent))
    write_atomic(target, render_markdown(briefing))
    return target


class ConfirmReplace(ModalScreen[bool]):
    """"Replace it?": y or the Replace button says yes; n, Escape or Cancel (focused first) says no."""

    AUTO_FOCUS = "#confirm-cancel"
    BINDINGS = [
        Binding("y", "answer(True)", "Replace", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "Cancel", id="confirm.no"),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self._answered = False

    def compose(self) -> ComposeResult:
        """The question and its two answers."""
        with Vertical(id="confirm-dialog") as dialog:
            dialog.border_title = "Replace?"
            yield Label(Content.assemble(one_line(self.path), " already exists. Replace it?"), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button("Cancel (n)", id="confirm-cancel")
                yield Button("Replace (y)", id="confirm-replace", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_answer(event.button.id == "confirm-replace")

    def action_answer(self, replace: bool) -> None:
        """Close with the answer (once: a second key press while closing does nothing)."""
        if not self._answered:
            self._answered = True
            self.dismiss(replace)


class ExportScreen(ModalScreen[str | None]):
    """Ask for a path; Enter answers it, Escape cancels (None). A folder is refused in place;
    an existing file is replaced only after ``ConfirmReplace`` says yes."""

    AUTO_FOCUS = "#export-path"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default
        self._answered = False  # Enter pressed twice quickly must not dismiss twice

    def compose(self) -> ComposeResult:
        """The question, the path to edit, and a line for what is wrong with it."""
        with Vertical(id="export-dialog") as dialog:
            dialog.border_title = "Export"
            dialog.border_subtitle = "Enter: write · Esc: cancel"
            yield Label("Write the briefing as Markdown to:")
            yield Input(self.default, id="export-path", select_on_focus=False)
            yield Label("", id="export-problem")

    def _answer(self, path: str | None) -> None:
        if not self._answered:
            self._answered = True
            self.dismiss(path)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._answered:
            return
        path = event.value.strip()
        if not path:
            self._answer(None)
            return
        target = export_target(path)
        problem = self.query_one("#export-problem", Label)
        if target.is_dir():
            problem.update(Content.assemble(one_line(path), " is a folder: give a file name"))
            return
        if not target.parent.is_dir():
            problem.update(Content.assemble("no folder ", one_line(str(target.parent)),
                                            ": brief does not create folders; give a path in one that exists"))
            return
        if target.exists():
            def replace(yes: bool | None) -> None:
                if yes:
                    self._answer(path)
                else:
                    problem.update(Content.assemble(one_line(path), " exists: not replaced; give another name"))

            linked = Path(path).expanduser().is_symlink()
            self.app.push_screen(ConfirmReplace(f"{path} (a link to {target})" if linked else path), replace)
            return
        self._answer(path)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self._answer(None)
