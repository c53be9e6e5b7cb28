"""A one-line list row: a label on the left, cut with an ellipsis when the row is too narrow for
it, and a short figure kept whole at the right edge (``Hizballah ……… 2/2``)."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Row(Visual):
    """``label`` then ``figure`` flush right, on one line whatever the width."""

    def __init__(self, label: Content, figure: Content) -> None:
        self.label = label
        self.figure = figure

    @property
    def plain(self) -> str:
        """The row's text (for tests and PaneList.prompts)."""
        return f"{self.label.plain}  {self.figure.plain}"

    def line(self, width: int) -> Content:
        """The row laid out in ``width`` cells."""
        room = max(0, width - self.figure.cell_length - 1)
        label = self.label.truncate(room, ellipsis=True) if self.label.cell_length > room else self.label
        gap = max(1, width - label.cell_length - self.figure.cell_length)
        return Content.assemble(label, " " * gap, self.figure)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self.line(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.label.cell_length + 2 + self.figure.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1
