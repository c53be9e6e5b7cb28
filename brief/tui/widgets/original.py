"""What the Original pane holds: one source's text, with a search bar that opens on ``/``."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input

from brief.model import Keyword, Source
from brief.safety import one_line
from brief.tui.widgets.original_text import Mark, OriginalText
from brief.tui.widgets.pane import retitle


class SearchBar(Input):
    """Search text typed here finds matches in Original; Enter steps to the next, Escape ends."""

    BINDINGS = [Binding("escape", "end_search", "End search", id="search.end")]

    def action_end_search(self) -> None:
        """Close the search (handled by the pane)."""
        self.post_message(self.Cancelled())

    class Cancelled(Message):
        """The user ended the search."""


class OriginalView(Vertical, can_focus=False):
    """The Original pane's content: the text, the search bar, and the pane's title and counts."""

    def compose(self) -> ComposeResult:
        """The text view and the (hidden) search bar."""
        yield OriginalText(id="original")
        yield SearchBar(placeholder="search this source", id="search", compact=True)

    def on_mount(self) -> None:
        self.text.loading = True

    @property
    def text(self) -> OriginalText:
        """The text view."""
        return self.query_one(OriginalText)

    @property
    def bar(self) -> SearchBar:
        """The search bar."""
        return self.query_one(SearchBar)

    @property
    def searching(self) -> bool:
        """Whether the search bar is open."""
        return self.bar.has_class("-open")

    def show(self, source: Source) -> None:
        """Show a source (keeping any search, keyword and sentence marks)."""
        self.text.loading = False
        if self.text.source is not source:
            self.text.source = source
        retitle(self, Content.assemble("Original · ", (f"[{source.id}] ", "bold"), one_line(source.title)))

    def light(self, sentence: Mark | None, note: str = "") -> None:
        """Light one sentence (or none) and say what it is in the subtitle."""
        self.text.sentence = sentence
        if sentence is not None:
            self.text.reveal(sentence[1])
        if not self.searching:
            retitle(self, subtitle=note)

    def mark(self, keyword: Keyword | None) -> None:
        """Mark every occurrence of a keyword (or clear them)."""
        self.text.keyword_marks = tuple((o.source_id, o.start, o.end) for o in keyword.occurrences) if keyword else ()

    def start_search(self) -> None:
        """Open the search bar and focus it."""
        self.bar.add_class("-open")
        self.bar.focus()

    def end_search(self) -> None:
        """Close the search bar and clear its matches."""
        self.bar.value = ""
        self.bar.remove_class("-open")
        self.text.search_text = ""
        retitle(self, subtitle="")
        self.text.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.text.search_text = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.text.action_match(1)

    def on_search_bar_cancelled(self, event: SearchBar.Cancelled) -> None:
        event.stop()
        self.end_search()

    def on_original_text_searched(self, event: OriginalText.Searched) -> None:
        event.stop()
        if not self.searching:
            return
        if not self.text.search_text:
            retitle(self, subtitle="type to search · Enter: next · Esc: done")
        elif event.total:
            retitle(self, subtitle=f"match {event.current + 1} of {event.total} · Enter/n: next")
        else:
            retitle(self, subtitle="no match")
