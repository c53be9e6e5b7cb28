"""The Briefing pane: the points with their [n] markers, narrowed to a keyword on demand."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, RulesMap, Visual
from textual.widgets.option_list import Option

from brief.model import Briefing, Keyword, Point, Support
from brief.render.common import citation, counted, lines_under, why_line
from brief.render.differences import marker_note
from brief.safety import one_line
from brief.tui.widgets.pane_list import PaneList


def mentions(point: Point, keyword: Keyword) -> bool:
    """Whether the keyword occurs in the point's sentence or in a sentence that corroborates it."""
    if not keyword.occurrences:
        return keyword.text.casefold() in point.text.casefold()
    return any(
        o.source_id == s.source_id and s.start <= o.start and o.end <= s.end
        for o in keyword.occurrences
        for s in point.supports
    )


class PointPrompt(Visual):
    """A point's sentence with its marker, which wraps as a whole: "[14," never ends a line with "25]"
    on the next. The marker follows the sentence on its last line when it fits there, else starts the
    next line. ``plain`` is the text as one line, as plain text prints it."""

    def __init__(self, sentence: Content, marker: Content, below: Content | None = None) -> None:
        self.sentence, self.marker, self.below = sentence, marker, below
        self._one_line = self._joined(" ")  # the marker on the sentence's line, as plain text prints it
        self._laid_out: tuple[int, Content] | None = None

    @property
    def plain(self) -> str:
        return self._one_line.plain

    def _joined(self, separator: str) -> Content:
        parts: list[Content | str] = [self.sentence, separator, self.marker]
        if self.below is not None:
            parts += ["\n", self.below]
        return Content.assemble(*parts)

    def _for(self, width: int) -> Content:
        """The prompt laid out for ``width`` cells."""
        if self._laid_out is None or self._laid_out[0] != width:
            lines = self.sentence.wrap(max(1, width))
            last = lines[-1].cell_length if lines else 0
            fits = last + 1 + self.marker.cell_length <= width
            self._laid_out = (width, self._one_line if fits else self._joined("\n"))
        return self._laid_out[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        pad = options.rules.get("line_pad", 0) * 2
        return self._for(width - pad).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._one_line.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self._one_line.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        pad = rules.get("line_pad", 0) * 2
        return self._for(width - pad).get_height(rules, width)


def point_prompt(number: int, point: Point, briefing: Briefing, explain: bool = False) -> PointPrompt:
    """``1 The sentence. [1, 2]``, with ``only in [n]`` and ``· differs: [n]`` in the warning colour; with
    ``explain``, a dim line under it says why it was chosen (as ``--plain --explain`` does), and under it
    where its sources differ (as plain text says)."""
    marker = citation(point, briefing)
    single = marker.startswith("only")
    note = marker_note(point, briefing)  # " · differs: [1]": a source states the fact with other values
    sentence = Content.assemble((f"{number} ", "bold $brief-number"), one_line(point.text))
    styled = Content.styled(marker[:len(marker) - len(note)], "bold $brief-only" if single else "bold $brief-marker")
    if note:
        styled = Content.assemble(styled, (note, "bold $brief-only"))
    lines = [*([why_line(point)] if explain else []), *lines_under(point, briefing)]
    below = Content.styled("\n".join(f"  {line}" for line in lines), "$brief-muted") if lines else None
    return PointPrompt(sentence, styled, below)


class BriefingList(PaneList):
    """The briefing's points; Enter shows a point's sentence, Enter again its corroborating sentences."""

    keyword: reactive[Keyword | None] = reactive(None, init=False)
    """Show only the points that mention this keyword (None: every point)."""

    @dataclass
    class Selected(Message):
        """The user chose a point, and which of its supporting sentences to show."""

        point: Point
        support: Support
        step: int

    @dataclass
    class Highlighted(Message):
        """The user moved the cursor onto a point (Original follows it)."""

        point: Point

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.shown_points: tuple[Point, ...] = ()
        self._step_at: tuple[Point, int] | None = None
        self.explain = False  # --explain: a line under each point says why it was chosen
        self.story_label = ""  # " · story 2 of 5" in the title when the run holds several stories
        self._quiet = 0  # highlights to come that fill() or show_briefing() made, not the user

    def fill(self, options: list[Option]) -> None:
        """Replace the points; the cursor lands on the first without moving Original."""
        self._quiet += bool(options)
        super().fill(options)

    @property
    def point(self) -> Point | None:
        """The point under the cursor."""
        index = self.highlighted
        return self.shown_points[index] if index is not None and index < len(self.shown_points) else None

    def show_briefing(self, briefing: Briefing, keep: Point | None = None) -> None:
        """List the briefing's points; with ``keep``, the cursor stays on that point (its sentence) when it
        is still listed, else on the nearest place, without moving Original."""
        index = self.highlighted or 0
        self.briefing = briefing
        self._refill()
        if keep is not None and self.shown_points:
            index = next((i for i, p in enumerate(self.shown_points) if p.sentence == keep.sentence),
                         min(index, len(self.shown_points) - 1))
            if index != self.highlighted:
                self._quiet += 1
                self.highlighted = index

    def watch_keyword(self) -> None:
        self._refill()

    def _refill(self) -> None:
        briefing = self.briefing
        if briefing is None:
            return
        keyword = self.keyword
        numbered = [(i, p) for i, p in enumerate(briefing.points, 1) if keyword is None or mentions(p, keyword)]
        self.shown_points = tuple(p for _, p in numbered)
        self._step_at = None
        self.fill([Option(point_prompt(i, p, briefing, self.explain)) for i, p in numbered])
        total = len(briefing.points)
        if keyword is None:
            # the story's headline, as the plain text's first line gives it (never read as markup)
            title = Content.assemble(f"Briefing{self.story_label} · ", (one_line(briefing.title), "bold"))
            self.retitle(title, f"{counted(total, 'point')} · {briefing.algorithm}")
        else:
            title = Content.assemble(f"Briefing{self.story_label} · ", (one_line(keyword.text), "bold"))
            self.retitle(title, f"{len(self.shown_points)} of {counted(total, 'point')} · Esc: all")

    def _on_option_list_option_highlighted(self, event: PaneList.OptionHighlighted) -> None:
        event.stop()
        if self._quiet:
            self._quiet -= 1
            return
        point = self.shown_points[event.option_index]
        if not (self._step_at and self._step_at[0] is point):
            self._step_at = (point, 0)  # Original shows its own sentence; Enter steps on from there
            self.post_message(self.Highlighted(point))

    async def _on_click(self, event: events.Click) -> None:
        """A click on a point moves the cursor there (Original follows); a click on the highlighted one steps."""
        clicked = event.style.meta.get("option")
        if clicked is not None and clicked != self.highlighted:
            event.prevent_default()  # OptionList's own handler would select it too
            self.focus()
            self.highlighted = clicked

    def _on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        point = self.shown_points[event.option_index]
        same = self._step_at is not None and self._step_at[0] is point
        step = self._step(same, self._step_at[1] if self._step_at else 0, len(point.supports))
        self._step_at = (point, step)
        self.post_message(self.Selected(point, point.supports[step], step))
