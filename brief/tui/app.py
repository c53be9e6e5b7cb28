"""The brief TUI: Sources, Briefing, Keywords and Original panes over one Briefing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, ListItem, ListView, Static

from brief.model import Briefing
from brief.pipeline import NoBriefing, Options, make_briefing
from brief.safety import strip_controls
from brief.tui.themes import bundled_themes


def _item(text: str) -> ListItem:
    return ListItem(Static(Text(strip_controls(text))))


class BriefApp(App[int]):
    """Explore a briefing: points, keywords, and the original texts they come from."""

    CSS_PATH = "brief.tcss"
    TITLE = "brief"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("right_square_bracket", "source(1)", "Next source", id="next-source"),
        Binding("left_square_bracket", "source(-1)", "Prev source", id="prev-source"),
    ]

    @dataclass
    class Ready(Message):
        """The briefing is computed."""

        briefing: Briefing

    def __init__(self, inputs: Sequence[str], options: Options, theme: str | None = None) -> None:
        super().__init__()
        self.inputs = list(inputs)
        self.options = options
        self.briefing: Briefing | None = None
        self.current_source = 1
        for t in bundled_themes().values():
            self.register_theme(t)
        self.theme = theme if theme in self.available_themes else "brief-dark"

    def compose(self) -> ComposeResult:
        """Four titled panes and a footer."""
        for pane_id, title in (("sources", "Sources"), ("briefing", "Briefing"), ("keywords", "Keywords")):
            view = ListView(id=pane_id, classes="pane")
            view.border_title = title
            view.loading = True
            yield view
        scroll = VerticalScroll(Static(id="original"), id="original-scroll", classes="pane")
        scroll.border_title = "Original"
        yield scroll
        yield Footer()

    def on_mount(self) -> None:
        """Paint first, then compute."""
        self.compute()

    @work(thread=True, exclusive=True)
    def compute(self) -> None:
        """Build the briefing off the UI thread."""
        try:
            briefing = make_briefing(self.inputs, self.options)
        except NoBriefing as failure:
            self.call_from_thread(self.exit, 1, "; ".join(f"{p.path}: {p.message}" for p in failure.problems))
            return
        self.post_message(self.Ready(briefing))

    def on_brief_app_ready(self, message: Ready) -> None:
        """Fill every pane from the finished briefing."""
        briefing = self.briefing = message.briefing
        n = len(briefing.sources)
        sources = self.query_one("#sources", ListView)
        sources.extend(_item(f"[{s.id}] {s.title}") for s in briefing.sources)
        points = self.query_one("#briefing", ListView)
        points.extend(
            _item(f"{p.text} " + (f"only in [{p.source_ids[0]}]" if len(p.source_ids) == 1 and n > 1
                                  else "[" + ", ".join(map(str, p.source_ids)) + "]"))
            for p in briefing.points
        )
        keywords = self.query_one("#keywords", ListView)
        keywords.extend(_item(f"{k.text} ({len(k.source_ids)})") for k in briefing.keywords)
        for view in (sources, points, keywords):
            view.loading = False
        self.show_source(1)

    def show_source(self, source_id: int) -> None:
        """Show one source's cleaned text in Original."""
        if self.briefing is None:
            return
        self.current_source = (source_id - 1) % len(self.briefing.sources) + 1
        source = self.briefing.source(self.current_source)
        self.query_one("#original", Static).update(Text(strip_controls(source.text)))
        self.query_one("#original-scroll").border_title = f"Original [{source.id}] {strip_controls(source.title)}"

    def action_source(self, step: int) -> None:
        """Switch Original to the next / previous source."""
        self.show_source(self.current_source + step)


def make_app(inputs: Sequence[str], options: Options = Options(), theme: str | None = None) -> BriefApp:
    """The app, as the CLI and the tests build it."""
    return BriefApp(inputs, options, theme)


def run_tui(inputs: Sequence[str], options: Options, theme: str | None = None) -> int:
    """Run the TUI; returns the exit status."""
    app = make_app(inputs, options, theme)
    code = app.run()
    return code or 0
