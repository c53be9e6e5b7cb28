"""Who says what: every source's own sentence for one point, at once, with their differences lit."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from brief.model import Briefing, Difference, Point, Support
from brief.render.common import citation
from brief.safety import one_line
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane_list import PaneList
from brief.wording import unshared_words

DIFFERENT = "bold underline $brief-text on $brief-keyword-mark"
"""How a word that another sentence does not have is shown: its own colours on any row, and underlined
(not by colour alone)."""


def sentence_of(briefing: Briefing, support: Support) -> str:
    """The supporting sentence's text, on one line and free of control characters."""
    return one_line(briefing.source(support.source_id).text[support.start:support.end])


def source_label(briefing: Briefing, source_id: int) -> str:
    """``Outlet · Title`` (the title alone when the outlet is unknown)."""
    source = briefing.source(source_id)
    return " · ".join(one_line(x) for x in (source.outlet, source.title) if x)


def how_matched(support: Support, own: bool) -> str:
    """What links a sentence to the point: it is the point's own, or matched by meaning or by words.

    No number: the link's score is on a scale of its own (not the thresholds docs/design.md gives), and
    a figure the reader cannot read says nothing.
    """
    if own:
        return "the point's own sentence"
    return {"meaning": "matched by meaning and words", "words": "matched by words"}.get(support.how, "matched")


def entry(briefing: Briefing, support: Support, own: bool, others: list[str], values: tuple[str, ...] = ()) -> Content:
    """``[n] Outlet · Title`` and how it is linked, over the sentence with its unshared words (and
    ``values``, those another source differs on) lit."""
    text = sentence_of(briefing, support)
    sentence = Content(text)
    for start, end in [*unshared_words(text, others), *value_spans(text, values)]:
        sentence = sentence.stylize(DIFFERENT, start, end)
    return Content.assemble(
        (f"[{support.source_id}] ", "bold $brief-number"),
        (source_label(briefing, support.source_id), "bold"),
        (f" · {how_matched(support, own)}", "$brief-muted"),
        "\n",
        sentence,
    )


def entries(briefing: Briefing, point: Point) -> list[Content]:
    """One entry per supporting sentence, the point's own first, then one per source that states the
    fact with other values (``Point.differences``).

    The point's own sentence lights the words some other sentence does not have; every other
    sentence lights the words the point's own does not have; a differing sentence lights its values.
    """
    texts = [sentence_of(briefing, s) for s in point.supports]
    values = point.differences[0].point.values if point.differences else ()  # lit in the point's own too
    found = [entry(briefing, s, i == 0, texts[1:] if i == 0 else texts[:1], values if i == 0 else ())
             for i, s in enumerate(point.supports)]
    return found + [differing_entry(briefing, d) for d in point.differences]


def differing_entry(briefing: Briefing, diff: Difference) -> Content:
    """``[n] Outlet · Title`` and the values it states instead, over its sentence with those values lit."""
    side = diff.other
    text = one_line(briefing.source(side.source_id).text[side.start:side.end])
    sentence = Content(text)
    for start, end in value_spans(text, side.values):
        sentence = sentence.stylize(DIFFERENT, start, end)
    label = "a later report" if diff.kind == "update" else "states other values"
    return Content.assemble(
        (f"[{side.source_id}] ", "bold $brief-only"),
        (source_label(briefing, side.source_id), "bold"),
        (f" · {label}: {', '.join(side.values)}", "$brief-muted"),
        "\n",
        sentence,
    )


def value_spans(text: str, values: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``values`` stands in ``text`` (its first place), for lighting."""
    spans = []
    for value in values:
        at = text.find(value)
        if at >= 0:
            spans.append((at, at + len(value)))
    return spans


def as_support(diff: Difference) -> Support:
    """A differing sentence as a place to show in Original (``how`` "differs": it does not state the point)."""
    side = diff.other
    return Support(side.source_id, side.sentence_index, side.start, side.end, 0.0, "differs")


def note(briefing: Briefing, point: Point) -> str:
    """What the list shows, said so that every word of it is true."""
    own = point.sentence.source_id
    if len(briefing.sources) == 1:
        return "The briefing has one source."
    if point.differences:
        return ("Lit: in the point's own sentence, words another does not have and the values others differ on; "
                "in a differing source's, the values it states instead.")
    if len(point.source_ids) > 1:
        return ("Lit: words that the point's own sentence does not have; "
                "in the point's own, words that another sentence does not have.")
    if point.alone:
        return f"Only source [{own}] has a sentence for this point: nothing in another source comes near it."
    return (f"No other source's sentence was matched to this point. "
            f"brief cannot tell whether a source other than [{own}] states it.")


class WhoScreen(ModalScreen[Support | None]):
    """The selected point in every source's own words; Enter answers the sentence to show, Escape None."""

    AUTO_FOCUS = "#who-list"
    BINDINGS = [Binding("escape,q,w", "close", "Close", id="who.close")]

    def __init__(self, briefing: Briefing, point: Point, number: int) -> None:
        super().__init__()
        self.briefing = briefing
        self.point = point
        self.number = number

    def compose(self) -> ComposeResult:
        """The point's number and markers, its sentences one per source, and what the lit words mean."""
        with Vertical(id="who-dialog") as dialog:
            dialog.border_title = "Who says what"
            dialog.border_subtitle = "Enter: show in Original · Esc: close"
            marker = citation(self.point, self.briefing)
            yield Static(Content(f"Point {self.number} · {marker}"), id="who-point")
            yield PaneList(id="who-list")
            yield Static(Content(note(self.briefing, self.point)), id="who-note")
        yield BriefFooter()  # this view's keys, not the main screen's

    def on_mount(self) -> None:
        options: list[Option | None] = []
        for content in entries(self.briefing, self.point):
            options.extend([None, Option(content)] if options else [Option(content)])
        sentences = self.query_one(PaneList)
        sentences.add_options(options)  # a rule between two sources' entries
        sentences.highlighted = 0
        sentences.loading = False

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        supports = self.point.supports
        index = event.option_index
        differing = self.point.differences
        self.dismiss(supports[index] if index < len(supports) else as_support(differing[index - len(supports)]))

    def action_close(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
