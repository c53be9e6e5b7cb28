"""Coverage: the briefing's points (rows) against its sources (columns), which source reports which."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from brief.model import Briefing, Point, Support
from brief.render.common import citation, counted
from brief.safety import one_line
from brief.tui.widgets.footer import BriefFooter

REPORTED, NOT_MATCHED = "●", "·"
ORDERS = ("briefing order", "most sources first", "fewest sources first")
TOTAL = "total"  # the key of the first row: each source's count of points
_FIXED = ("#", "Point", "Count")  # the columns that stay put while the sources scroll


def ordered(points: tuple[Point, ...], order: str) -> list[tuple[int, Point]]:
    """The points with their briefing numbers, in ``order`` (ties keep briefing order)."""
    numbered = list(enumerate(points, 1))
    if order == "most sources first":
        numbered.sort(key=lambda item: -len(item[1].source_ids))
    elif order == "fewest sources first":
        numbered.sort(key=lambda item: len(item[1].source_ids))
    return numbered


def reported_count(point: Point) -> str:
    """How many sources report the point; ``1 only`` when brief can tell no other does."""
    return f"{len(point.source_ids)} only" if point.only_in is not None else str(len(point.source_ids))


class CoverageTable(DataTable[Text]):
    """The grid, with vim keys beside the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="coverage.down", show=False),
        Binding("k", "cursor_up", "Up", id="coverage.up", show=False),
        Binding("h", "cursor_left", "Left", id="coverage.left", show=False),
        Binding("l", "cursor_right", "Right", id="coverage.right", show=False),
        Binding("g", "scroll_top", "Top", id="coverage.top", show=False),
        Binding("G", "scroll_bottom", "Bottom", id="coverage.bottom", show=False),
    ]


class CoverageScreen(ModalScreen[tuple[Point, Support] | None]):
    """Which source reports which point; Enter answers the point (and the source's sentence under the cursor)."""

    AUTO_FOCUS = "#coverage-table"
    BINDINGS = [
        Binding("escape,q,m", "close", "Close", id="coverage.close"),
        Binding("s", "sort", "Sort", id="coverage.sort"),
    ]

    def __init__(self, briefing: Briefing, selected: Point | None = None) -> None:
        super().__init__()
        self.briefing = briefing
        self.selected = selected
        self.order = ORDERS[0]
        self.text_width = 20  # the Point column's, set to fit the screen on mount

    def compose(self) -> ComposeResult:
        """What the marks mean, the grid, and what the cell under the cursor says."""
        with Vertical(id="coverage-dialog") as dialog:
            dialog.border_title = "Coverage"
            yield Static(Content(self._legend()), id="coverage-legend")
            yield CoverageTable(id="coverage-table", fixed_rows=1, fixed_columns=len(_FIXED), zebra_stripes=True)
            yield Static(id="coverage-detail")
        yield BriefFooter()  # this view's keys, not the main screen's

    def _legend(self, scrolls: bool = False) -> str:
        """What the grid shows; when its source columns do not all fit, that ←/→ scroll to the rest."""
        n = len(self.briefing.sources)
        columns = "1" if n == 1 else f"1–{n}"
        if scrolls:
            columns += ", not all in view: ←/→ scroll to the others"
        return (f"{counted(len(self.briefing.points), 'point')} × {counted(n, 'source')} (columns {columns}). "
                f"Count: how many sources have a sentence stating the point.\n"
                f"{REPORTED} has a sentence stating the point · {NOT_MATCHED} none of its sentences was matched to it")

    def on_mount(self) -> None:
        table = self.query_one(CoverageTable)
        ids = [s.id for s in self.briefing.sources]
        digits = len(str(max(ids)))
        spare = self.app.size.width * 95 // 100 - 6 - (2 + 2) - (6 + 2) - (digits + 2) * len(ids)
        table.add_column(Text(_FIXED[0]), width=len(str(len(self.briefing.points))), key="n")
        self.text_width = max(20, min(100, spare - 2))
        table.add_column(Text(_FIXED[1]), width=self.text_width, key="point")
        table.add_column(Text(_FIXED[2]), width=6, key="count")
        for source_id in ids:
            table.add_column(Text(str(source_id), justify="right"), width=digits, key=str(source_id))
        self._fill()
        self.call_after_refresh(self._say_scroll)
        if self.selected is not None:
            number = next(i for i, p in enumerate(self.briefing.points, 1) if p is self.selected)
            table.move_cursor(row=table.get_row_index(str(number)), column=1)

    def _say_scroll(self) -> None:
        """Once the grid is laid out: say in the legend when some source columns are out of view."""
        if self.query_one(CoverageTable).max_scroll_x > 0:
            self.query_one("#coverage-legend", Static).update(Content(self._legend(scrolls=True)))

    def _fill(self) -> None:
        """(Re)write the rows in the current order; the cursor stays on its point and column."""
        table = self.query_one(CoverageTable)
        keep = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value if table.row_count else None
        column = table.cursor_column
        table.clear()
        briefing = self.briefing
        totals = {s.id: sum(s.id in p.source_ids for p in briefing.points) for s in briefing.sources}
        table.add_row(Text(""), Text("total per source", style="bold"), Text(""),
                      *(Text(str(totals[s.id]), style="bold", justify="right") for s in briefing.sources), key=TOTAL)
        for number, point in ordered(briefing.points, self.order):
            text = Text(one_line(point.text))
            text.truncate(self.text_width, overflow="ellipsis")
            marks = (Text(REPORTED, style="bold", justify="right") if s.id in point.source_ids
                     else Text(NOT_MATCHED, justify="right") for s in briefing.sources)
            table.add_row(Text(str(number)), text, Text(reported_count(point)), *marks, key=str(number))
        if keep is not None:
            table.move_cursor(row=table.get_row_index(keep), column=column, animate=False)
        keys = "s: sort · Enter: open the point · Esc: close"
        self.query_one("#coverage-dialog").border_subtitle = f"{self.order} · {keys}"

    def _cell(self, coordinate: Coordinate) -> tuple[Point | None, int | None]:
        """The point of a row (None: the totals row) and the source of a column (None: a fixed column)."""
        keys = self.query_one(CoverageTable).coordinate_to_cell_key(coordinate)
        row, column = keys.row_key.value, keys.column_key.value
        point = None if row == TOTAL or row is None else self.briefing.points[int(row) - 1]
        source_id = int(column) if column is not None and column.isdigit() else None
        return point, source_id

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Say in words what the cell under the cursor shows."""
        event.stop()
        point, source_id = self._cell(event.coordinate)
        self.query_one("#coverage-detail", Static).update(self._detail(point, source_id))

    def _detail(self, point: Point | None, source_id: int | None) -> Content:
        """What the source of the column says of the row's point (first: titles can be long), then the point."""
        briefing = self.briefing
        lines: list[Content] = []
        if source_id is not None:
            source = briefing.source(source_id)
            if point is None:
                reported = sum(source_id in p.source_ids for p in briefing.points)
                said = f"has a sentence for {reported} of {counted(len(briefing.points), 'point')}"
            elif point.sentence.source_id == source_id:
                said = "the point's own sentence"
            elif source_id in point.source_ids:
                said = "has a sentence stating it"
            else:
                said = "none of its sentences was matched to it"
            about = " · ".join(one_line(x) for x in (source.outlet, source.title) if x)
            lines.append(Content.assemble((f"[{source_id}] {said}", "bold"), f" · {about}"))
        if point is not None:
            number = next(i for i, p in enumerate(briefing.points, 1) if p is point)
            marker = citation(point, briefing)
            lines.append(Content.styled(f"{number} {one_line(point.text)} {marker}", "$brief-text"))
        return Content("\n").join(lines)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter: open the row's point, in the words of the column's source when it reports it."""
        event.stop()
        point, source_id = self._cell(event.coordinate)
        if point is None:  # the totals row: no point to open
            self.app.bell()
            return
        support = next((s for s in point.supports if s.source_id == source_id), point.supports[0])
        self.dismiss((point, support))

    def action_sort(self) -> None:
        """Briefing order, then most sources first, then fewest first."""
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self._fill()

    def action_close(self) -> None:
        """Close without opening a point."""
        self.dismiss(None)
