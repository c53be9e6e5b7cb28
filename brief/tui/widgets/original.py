"""What the Original pane holds: one source's text, with a search bar (``/``) that searches every source."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from brief.model import Keyword, Source
from brief.safety import one_line
from brief.tui.search import find_all, per_source
from brief.tui.widgets.original_text import Mark, OriginalText
from brief.tui.widgets.pane import retitle
from brief.tui.widgets.search_results import SearchResults
from brief.tui.widgets.typeahead import pass_on


def source_info(source: Source) -> Content:
    """Where a source came from: ``path · URL · merged copies: a.txt, b.txt`` (plain text, never markup)."""
    parts = ["stdin" if source.path == "-" else one_line(source.path)]
    if source.url and source.url != source.path:
        parts.append(one_line(source.url))
    copies = [one_line(origin) for origin in source.origins if origin != source.path]
    if copies:
        parts.append("merged copies: " + ", ".join(copies))
    return Content(" · ".join(parts))


class SearchBar(Input):
    """Search text typed here is found in every source; Enter goes to the match, Escape ends."""

    BINDINGS = [Binding("escape", "end_search", "End search", id="search.end")]

    async def _on_key(self, event: events.Key) -> None:
        """Enter leaves the bar at once, here rather than through the binding, which runs only once the
        key has bubbled up to the app: keys typed right after it (n, N, j) were queued here meanwhile and
        went into the box. Such keys, reaching the bar after it lost the focus, are keys again."""
        if self.screen.focused is self and event.key == "enter":
            event.stop()
            event.prevent_default()
            view = self.parent
            if isinstance(view, OriginalView):
                self.screen.set_focus(view.text, scroll_visible=False)
            self.post_message(self.Submitted(self, self.value))
            return
        if not pass_on(self, event):
            await super()._on_key(event)

    def action_end_search(self) -> None:
        """Close the search (handled by the pane)."""
        self.post_message(self.Cancelled())

    class Cancelled(Message):
        """The user ended the search."""


class OriginalView(Vertical, can_focus=False):
    """The Original pane's content: the text, the search bar, and the pane's title and counts."""

    @dataclass
    class SourceWanted(Message):
        """The next search match is in another source: show it."""

        source_id: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sources: tuple[Source, ...] = ()
        self.search_matches: list[Mark] = []
        """Every match of the search, in every source, in the order ``n`` steps through them."""
        self.match_index = -1
        """Which of ``search_matches`` is current (-1: none yet)."""
        self._note = ""  # the subtitle the search bar covers while it is open
        self._in_bar = False  # typing in the bar (Enter goes), or stepping from the text (n/N)

    def compose(self) -> ComposeResult:
        """Where the source came from, the text view and the (hidden) search bar."""
        yield Static(id="original-info", markup=False)
        yield OriginalText(id="original")
        yield SearchResults(id="search-results")
        yield SearchBar(placeholder="search every source", id="search", compact=True)

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
            mark = self.text.current_mark
            if mark is not None and mark[0] == source.id:
                self.text.reveal(mark[1])
            sentence = self.text.sentence
            if sentence is not None and sentence[0] != source.id:
                self.say("")  # the note was about the lit sentence, which is in another source
        self.query_one("#original-info", Static).update(source_info(source))
        retitle(self, Content.assemble("Original · ", (f"[{source.id}] ", "bold"), one_line(source.title)))

    def light(self, sentence: Mark | None, note: str = "") -> None:
        """Light one sentence (or none) and say what it is in the subtitle."""
        self.text.sentence = sentence
        if sentence is not None:
            self.text.reveal(sentence[1])
        self.say(note)

    def say(self, note: str) -> None:
        """Set the subtitle (kept under the search's counts while a search is open)."""
        self._note = note
        if not self.searching:
            retitle(self, subtitle=note)

    def mark(self, keyword: Keyword | None) -> None:
        """Mark every occurrence of a keyword (or clear them)."""
        self.text.keyword_marks = tuple((o.source_id, o.start, o.end) for o in keyword.occurrences) if keyword else ()

    def start_search(self) -> None:
        """Open the search bar and focus it."""
        self.bar.add_class("-open")
        self.screen.set_focus(self.bar)  # at once: keys typed right after "/" belong to the bar, not to the app
        self._in_bar = True
        self._tell()

    def end_search(self) -> None:
        """Close the search bar and clear its matches."""
        self.bar.value = ""
        self.bar.remove_class("-open")
        self._find("")
        retitle(self, subtitle=self._note)
        self.text.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter: go to the current match (the first from the shown source on) and leave the bar for n/N."""
        event.stop()
        self.screen.set_focus(self.text, scroll_visible=False)  # at once: n, N, j typed next are keys again
        self._in_bar = False
        if self.match_index >= 0:
            self._go(self.match_index)
        else:
            self._step(1)

    def on_search_bar_cancelled(self, event: SearchBar.Cancelled) -> None:
        event.stop()
        self.end_search()

    def on_search_results_chosen(self, event: SearchResults.Chosen) -> None:
        event.stop()
        self.screen.set_focus(self.text, scroll_visible=False)  # as Enter does: n/N step on from there
        self._in_bar = False
        self._go(event.index)

    def on_original_text_match_step(self, event: OriginalText.MatchStep) -> None:
        event.stop()
        self._step(event.step)

    def _shown(self) -> int:
        return self.text.source.id if self.text.source else 0

    def _find(self, needle: str) -> None:
        self.search_matches = find_all(self.sources, needle) if needle else []
        shown = self._shown()
        self.match_index = next((i for i, m in enumerate(self.search_matches) if m[0] == shown), -1)
        self.text.search_marks = tuple(self.search_matches)
        self.text.current_mark = self.search_matches[self.match_index] if self.match_index >= 0 else None
        self.query_one(SearchResults).show_matches({s.id: s for s in self.sources}, self.search_matches,
                                                   self.match_index)
        self._tell()

    def _step(self, step: int) -> None:
        """To the next (1) or previous (-1) match; from the shown source when the current one is elsewhere."""
        matches = self.search_matches
        if not matches:
            return
        shown = self._shown()
        if self.match_index >= 0 and matches[self.match_index][0] == shown:
            self._go((self.match_index + step) % len(matches))
        elif step > 0:
            self._go(next((i for i, m in enumerate(matches) if m[0] >= shown), 0))
        else:
            self._go(max((i for i, m in enumerate(matches) if m[0] <= shown), default=len(matches) - 1))

    def _go(self, index: int) -> None:
        self.match_index = index
        mark = self.search_matches[index]
        self.text.current_mark = mark
        self.query_one(SearchResults).follow(index)
        if mark[0] != self._shown():
            self.post_message(self.SourceWanted(mark[0]))
        self._tell()

    def _tell(self) -> None:
        """Say in the subtitle how the search stands."""
        if not self.searching:
            return
        if not self.bar.value:
            subtitle = "type to search every source · Enter: go · Esc: done"
        elif not self.search_matches:
            subtitle = f"no match in {len(self.sources)} source{'s' * (len(self.sources) != 1)}"
        else:
            keys = "Enter: go" if self._in_bar else "n/N: next/previous"
            at = f"match {self.match_index + 1} of {len(self.search_matches)} · " if self.match_index >= 0 else ""
            subtitle = f"{at}{per_source(self.search_matches)} · {keys}"
        retitle(self, subtitle=subtitle)
