"""The list every left-hand and Briefing pane is built on: an OptionList with vim keys."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from brief.tui.widgets.pane import retitle
from brief.tui.widgets.typeahead import keep_order


class PaneList(OptionList):
    """A list of options inside a Pane; ↑/↓ or j/k move, g/G go to top/bottom."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", id="list.down", show=False),
        Binding("up,k", "cursor_up", "Up", id="list.up", show=False),
        Binding("g", "first", "Top", id="list.top", show=False),
        Binding("G", "last", "Bottom", id="list.bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.loading = True

    async def _on_key(self, event: events.Key) -> None:
        await keep_order(self, event)  # keys typed right behind one that moves the focus follow it

    def retitle(self, title: Content | None = None, subtitle: str | Content | None = None) -> None:
        """Change the title and/or subtitle of the pane this list sits in."""
        retitle(self, title, subtitle)

    def prompts(self) -> list[str]:
        """The plain text of every option, as shown (for tests and screen readers alike)."""
        return [_plain(self.get_option_at_index(i).prompt) for i in range(self.option_count)]

    def fill(self, options: list[Option]) -> None:
        """Replace the options, keeping the cursor on the first, and stop loading."""
        self.clear_options()
        self.add_options(options)
        if options:
            self.highlighted = 0
        self.loading = False

    def _step(self, same: bool, step: int, count: int) -> int:
        """The next step through ``count`` targets: 0 for a new choice, else one further round."""
        return (step + 1) % max(1, count) if same else 0


def _plain(prompt: object) -> str:
    """The text of an option's prompt, whichever renderable holds it."""
    return str(getattr(prompt, "plain", prompt))
