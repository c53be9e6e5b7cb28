"""Quotes: every quotation in the sources, by speaker, with the sources that carry it (as ``--quotes`` prints)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from brief.model import Briefing, Quote, Utterance
from brief.render.quotes import by_speaker, quote_marker, speaker_line
from brief.safety import one_line
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane_list import PaneList


def entries(briefing: Briefing, quotes: tuple[Quote, ...]) -> list[tuple[Content, Quote | None]]:
    """The list's rows: a speaker's line (``None``: not a quote to open), then each of their quotations."""
    rows: list[tuple[Content, Quote | None]] = []
    for name, role, said in by_speaker(quotes):
        rows.append((Content.styled(speaker_line(name, role), "bold $brief-number"), None))
        for quote in said:
            # source text is never markup: "[business]" shows as typed
            text = Content.assemble("  “", one_line(quote.text), "” ",
                                    (quote_marker(quote, briefing.sources), "bold $brief-marker"))
            rows.append((text, quote))
    return rows


def note(quotes: tuple[Quote, ...]) -> str:
    """What the list shows, and what it leaves out."""
    if not quotes:
        return "No quotation in the sources has a speaker brief can name."
    return ("Each quotation under the speaker its source names; a quotation whose speaker is not named "
            "beside it, or only as \"he\" or \"she\" with more than one person to choose from, is left out.")


class QuotesScreen(ModalScreen[Utterance | None]):
    """The story's quotations by speaker; Enter answers the quotation to show in Original, Escape None."""

    AUTO_FOCUS = "#quotes-list"
    BINDINGS = [Binding("escape,q,quotation_mark", "close", "Close", id="quotes.close")]

    def __init__(self, briefing: Briefing, quotes: tuple[Quote, ...]) -> None:
        super().__init__()
        self.briefing = briefing
        self.quotes = quotes
        self.rows = entries(briefing, quotes)

    def compose(self) -> ComposeResult:
        """How many quotes by how many speakers, the list, and what it leaves out."""
        with Vertical(id="quotes-dialog") as dialog:
            dialog.border_title = "Quotes"
            dialog.border_subtitle = "Enter: show in Original · Esc: close"
            speakers = len({q.speaker for q in self.quotes})
            count = f"{len(self.quotes)} quotes by {speakers} speakers" if self.quotes else "no quotes"
            yield Static(Content(count), id="quotes-count")
            yield PaneList(id="quotes-list")
            yield Static(Content(note(self.quotes)), id="quotes-note")
        yield BriefFooter()

    def on_mount(self) -> None:
        found = self.query_one(PaneList)
        found.add_options([Option(text, disabled=quote is None) for text, quote in self.rows])
        first = next((n for n, (_, quote) in enumerate(self.rows) if quote is not None), None)
        if first is not None:
            found.highlighted = first
        found.loading = False

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        quote = self.rows[event.option_index][1]
        if quote is not None:
            self.dismiss(quote.said[0])

    def action_close(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
