"""The search's result list under Original: one line per match, in every source, with the words around it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from brief.model import Source
from brief.safety import strip_controls

Mark = tuple[int, int, int]  # (source id, start, end)
SHOWN = 500  # matches listed at most (n/N still step through all of them)
_AROUND = 30  # characters of context before a match (after it, the line's width: one line each)


def _flat(text: str) -> str:
    """Control-free, every run of white space one space (edges kept, so words stay apart)."""
    return re.sub(r"\s+", " ", strip_controls(text))


def result_line(source: Source, start: int, end: int) -> Content:
    """``[2] …the words before MATCH the words after…``, the match in bold (plain text, never markup)."""
    text = source.text
    before = _flat(text[max(0, start - _AROUND):start])
    after = _flat(text[end:end + 4 * _AROUND])
    return Content.assemble(
        (f"[{source.id}] ", "bold $brief-number"),
        "…" * (start > _AROUND) + before.lstrip(),
        (_flat(text[start:end]), "bold $brief-only"),
        after.rstrip(),
    )


class SearchResults(OptionList, can_focus=False):
    """Every match of the search, one line each; the current one highlighted; a click goes to one."""

    @dataclass
    class Chosen(Message):
        """The user clicked a result: go to that match."""

        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.display = False

    def show_matches(self, sources: Mapping[int, Source], matches: Sequence[Mark], current: int) -> None:
        """List the matches (hidden when there are none), the ``current`` one highlighted."""
        self.clear_options()
        self.add_options([Option(result_line(sources[s], a, b)) for s, a, b in matches[:SHOWN]])
        self.display = bool(matches)
        self.follow(current)

    def follow(self, current: int) -> None:
        """Highlight the current match (none when it is past the listed ones)."""
        self.highlighted = current if 0 <= current < min(SHOWN, self.option_count) else None

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
