"""The text of one source, wrapped with offsets kept, so any span can be lit and scrolled to."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from brief.model import Source
from brief.tui.widgets.typeahead import keep_order
from brief.tui.wrapping import Line, inert, line_of, wrap

Mark = tuple[int, int, int]  # (source id, start, end) into that source's text
_LAYERS = ("keyword", "sentence", "match", "current")  # later layers paint over earlier ones


@dataclass(frozen=True)
class _Layer:
    spans: list[tuple[int, int]]  # sorted, non-overlapping
    ends: list[int]


def _layer(spans: Iterable[tuple[int, int]]) -> _Layer:
    ordered = sorted(set(spans))
    return _Layer(ordered, [end for _, end in ordered])


class OriginalText(ScrollView, can_focus=True):
    """One source's cleaned text; never interpreted as markup. ↑/↓ j/k scroll, g/G top/bottom, n/N matches."""

    COMPONENT_CLASSES = {f"original-text--{name}" for name in _LAYERS}
    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", id="original.down", show=False),
        Binding("up,k", "scroll_up", "Up", id="original.up", show=False),
        Binding("g", "scroll_home", "Top", id="original.top", show=False),
        Binding("G", "scroll_end", "Bottom", id="original.bottom", show=False),
        Binding("n", "match(1)", "Next match", id="original.next-match", show=False),
        Binding("N", "match(-1)", "Previous match", id="original.previous-match", show=False),
    ]

    source: reactive[Source | None] = reactive(None)
    """The source shown."""
    sentence: reactive[Mark | None] = reactive(None)
    """The chosen point's sentence (lit only while its source is shown)."""
    keyword_marks: reactive[tuple[Mark, ...]] = reactive(())
    """Occurrences of the chosen keyword, in every source."""
    search_marks: reactive[tuple[Mark, ...]] = reactive(())
    """Search matches, in every source."""
    current_mark: reactive[Mark | None] = reactive(None)
    """The search match ``n``/``N`` stepped to last."""

    @dataclass
    class MatchStep(Message):
        """The user asked for the next (1) or previous (-1) search match."""

        step: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._lines: list[Line] = []
        self._width = 0
        self._pending: int | None = None
        self._layers: dict[str, _Layer] = {name: _layer(()) for name in _LAYERS}

    @property
    def lines(self) -> list[str]:
        """The wrapped lines as shown (for tests)."""
        return [self._text[a:b] for a, b in self._lines]

    @property
    def matches(self) -> list[tuple[int, int]]:
        """The search matches in the shown source, in order."""
        return self.spans("match")

    def spans(self, layer: str) -> list[tuple[int, int]]:
        """The lit spans of one layer (keyword, sentence, match, current) in the shown source."""
        return list(self._layers[layer].spans)

    def visible_lines(self) -> range:
        """The line numbers on screen."""
        top = round(self.scroll_y)
        return range(top, top + self.scrollable_content_region.height)

    def reveal(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is on screen, a third of the way down when it was not."""
        if not self._lines:
            self._pending = offset  # not laid out yet; _rewrap reveals it
            return
        line = line_of(self._lines, offset)
        if line not in self.visible_lines():
            self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 3), animate=False, immediate=True)

    async def _on_key(self, event: events.Key) -> None:
        await keep_order(self, event)  # keys typed right behind one that moves the focus follow it

    def watch_source(self) -> None:
        self._text = inert(self.source.text) if self.source else ""
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._relayer()

    def watch_sentence(self) -> None:
        self._relayer()

    def watch_keyword_marks(self) -> None:
        self._relayer()

    def watch_search_marks(self) -> None:
        self._relayer()

    def watch_current_mark(self, mark: Mark | None) -> None:
        self._relayer()
        if mark is not None and self.source is not None and mark[0] == self.source.id:
            self.reveal(mark[1])

    def action_match(self, step: int) -> None:
        """Ask for the next (1) or previous (-1) search match, in whichever source it is."""
        self.post_message(self.MatchStep(step))

    def _relayer(self) -> None:
        source_id = self.source.id if self.source else 0
        current = self.current_mark
        self._layers = {
            "keyword": _layer((a, b) for s, a, b in self.keyword_marks if s == source_id),
            "sentence": _layer([self.sentence[1:]] if self.sentence and self.sentence[0] == source_id else []),
            "match": _layer((a, b) for s, a, b in self.search_marks if s == source_id),
            "current": _layer([current[1:]] if current and current[0] == source_id else []),
        }
        self.refresh()

    def _rewrap(self) -> None:
        self._width = self.scrollable_content_region.width
        self._lines = wrap(self._text, self._width - 2) if self._width > 2 else []
        self.virtual_size = Size(self._width, len(self._lines))
        self.refresh()
        if self._lines and self._pending is not None:
            self.call_after_refresh(self.reveal, self._pending)
            self._pending = None

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._rewrap()

    def render_line(self, y: int) -> Strip:
        """One screen line: a margin, then the text with every lit span styled."""
        base = self.rich_style
        index = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        styles = {name: base + self.get_component_rich_style(f"original-text--{name}") for name in _LAYERS}
        cuts = {start, end}
        for layer in self._layers.values():
            for a, b in self._overlapping(layer, start, end):
                cuts.update((max(a, start), min(b, end)))
        segments = [Segment(" ", base)]
        edges = sorted(cuts)
        for a, b in zip(edges, edges[1:]):
            style = base
            for name in _LAYERS:
                if any(s <= a and b <= e for s, e in self._overlapping(self._layers[name], a, b)):
                    style = styles[name]
            segments.append(Segment(self._text[a:b], style))
        return Strip(segments).crop_extend(0, width, base)

    @staticmethod
    def _overlapping(layer: _Layer, start: int, end: int) -> list[tuple[int, int]]:
        found = []
        for i in range(bisect_right(layer.ends, start), len(layer.spans)):
            a, b = layer.spans[i]
            if a >= end:
                break
            found.append((a, b))
        return found

