"""The problems list: every input that could not be briefed, and why, and what in config.toml was
not understood; it stays until closed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from brief.model import Problem
from brief.render.common import counted
from brief.safety import one_line
from brief.tui.widgets.footer import BriefFooter


def problem_line(problem: Problem) -> Content:
    """``path: why`` with the path in bold (plain text, never markup)."""
    return Content.assemble((one_line(problem.path), "bold"), ": ", one_line(problem.message))


class ProblemsScreen(ModalScreen[None]):
    """The inputs brief skipped, one a line; Escape, q or p closes it."""

    AUTO_FOCUS = "#problems-body"
    BINDINGS = [Binding("escape,q,p", "dismiss", "Close", id="problems.close")]

    def __init__(self, problems: tuple[Problem, ...], warnings: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.problems = problems
        self.warnings = warnings  # config.toml's, one line each

    def compose(self) -> ComposeResult:
        """One line per skipped input, in a scrollable, bordered box."""
        with VerticalScroll(id="problems-body") as body:
            body.border_title = f"Problems · {counted(len(self.problems), 'input')} skipped"
            body.border_subtitle = "Esc: close"
            if not self.problems:
                yield Static("Every input was briefed.", classes="problem")
            for problem in self.problems:
                yield Static(problem_line(problem), classes="problem")
            for warning in self.warnings:
                yield Static(Content(one_line(warning)), classes="problem")
        yield BriefFooter()  # this view's keys, not the main screen's
