"""The footer: the keys that work where the user is, Help and Quit always whole however narrow.

Textual's footer lists the keys of the screen it sits on, in one grid column per key: under
about 70 columns the last ones ("? Help", "q Quit") were cut off mid-word. This footer leaves
out the keys that matter least until the rest fit: the palette's first, then the keys
``DROP_ORDER`` names, in its order. Every view (Who says what, Coverage, Help, Problems)
has a footer of its own, so it lists that view's keys, not the main screen's.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# Actions left out first when the footer does not fit, least needed first; Help and Quit never are.
DROP_ORDER = ("story(1)", "search", "source(1)", "coverage", "who", "problems", "stories")


def _width(key: FooterKey) -> int:
    """Columns one compact key takes: its key, a space, its description, a space."""
    return len(key.key_display) + 1 + len(key.description) + 1


class BriefFooter(Footer):
    """Textual's compact footer, leaving out the least needed keys when the terminal is narrow."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0  # the width the footer was last given (0: not laid out yet)
        self._fitted_to = 0

    def compose(self) -> ComposeResult:
        """Textual's keys, as many as fit the terminal's width, the least needed left out first."""
        widgets: list[Widget] = list(super().compose())
        width = self._fitted_to = self._width or self.app.size.width

        def needed() -> int:
            return sum(_width(w) for w in widgets if isinstance(w, FooterKey))

        palette = [w for w in widgets if w.has_class("-command-palette")]
        if palette and needed() > width:
            widgets = [w for w in widgets if w not in palette]
        for action in DROP_ORDER:
            if needed() <= width:
                break
            widgets = [w for w in widgets if not (isinstance(w, FooterKey) and w.action == action)]
        self.styles.grid_size_columns = sum(1 for w in widgets if isinstance(w, FooterKey)
                                            and not w.has_class("-command-palette"))
        yield from widgets

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys again when the terminal's width changes."""
        self._width = event.size.width
        if self._width != self._fitted_to:
            self.call_after_refresh(self.recompose)
