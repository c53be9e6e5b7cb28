"""The Keywords pane: the story's keywords, best first, with how many sources mention each."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from brief.model import Keyword, Occurrence
from brief.safety import one_line
from brief.tui.widgets.pane_list import PaneList
from brief.tui.widgets.row import Row


def keyword_prompt(rank: int, keyword: Keyword, n_sources: int) -> Row:
    """`` 1 Iran   2/2``: the keyword, and in how many of the sources it occurs, on one line."""
    label = Content.assemble((f"{rank:>2} ", "$brief-muted"), (one_line(keyword.text), "bold"))
    return Row(label, Content.styled(f"{len(keyword.source_ids):>{len(str(n_sources))}}/{n_sources}", "$brief-muted"))


class KeywordList(PaneList):
    """The keywords; Enter on one filters Briefing and marks Original, Enter again steps through its occurrences."""

    @dataclass
    class Selected(Message):
        """The user chose a keyword, and which of its occurrences to show."""

        keyword: Keyword
        occurrence: Occurrence | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keywords: tuple[Keyword, ...] = ()
        self._step_at: tuple[int, int] | None = None  # (option index, occurrence step) of the last Enter

    def show_keywords(self, keywords: tuple[Keyword, ...], n_sources: int) -> None:
        """List the keywords (an empty tuple shows that there are none)."""
        self.keywords = keywords
        self._step_at = None
        self.fill([Option(keyword_prompt(i, k, n_sources)) for i, k in enumerate(keywords, 1)])
        self.retitle(subtitle=f"{len(keywords)} · n/{n_sources} sources" if keywords else "none")

    def show_unavailable(self, reason: str) -> None:
        """Say why there are no keywords."""
        self.show_keywords((), 0)
        self.retitle(subtitle=one_line(reason))

    def forget_step(self) -> None:
        """The next Enter starts again at the first occurrence."""
        self._step_at = None

    def _on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        keyword = self.keywords[event.option_index]
        same = self._step_at is not None and self._step_at[0] == event.option_index
        step = self._step(same, self._step_at[1] if self._step_at else 0, len(keyword.occurrences))
        self._step_at = (event.option_index, step)
        occurrence = keyword.occurrences[step] if keyword.occurrences else None
        self.post_message(self.Selected(keyword, occurrence))
