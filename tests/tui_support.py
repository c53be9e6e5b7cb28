"""Helpers the TUI tests share: waiting for the workers, small article folders, and briefings built by hand."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

import pytest
from textual.color import Color
from textual.content import Content
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from brief.model import Briefing, Sentence
from brief.tui.app import BriefApp
from brief.tui.screens.who import DIFFERENT
from brief.tui.widgets import KeywordList
from brief.tui.widgets.pane_list import PaneList

TOPICS = ("harbour", "bridge", "library", "orchard", "railway", "market", "museum", "stadium", "ferry",
          "school", "theatre", "garden", "airport", "canal")


def held_briefing(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the TUI's rank worker before it briefs (``brief.pipeline.make_briefing``, which it imports when it
    runs) until the returned event is set, or 30 s: the panes can be checked while they load."""
    import brief.pipeline as pipeline

    release = threading.Event()
    real = pipeline.make_briefing

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_briefing", held)
    return release


def reading_again(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The steps that read, clean, align or encode, each made to note its name in the list returned when it runs
    (so a test can assert that ranking a story again did none of them)."""
    again: list[str] = []
    for name in ("brief.pipeline.read", "brief.pipeline.make_sources", "brief.facts.align",
                 "brief.embedding.Encoder.encode"):
        monkeypatch.setattr(name, lambda *_a, name=name, **_k: again.append(name))
    return again


async def wait_for(pilot: Pilot, condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    """Let the app run until ``condition()`` holds."""
    for _ in range(int(timeout / 0.05)):
        if not pilot.app.is_running:
            raise AssertionError(f"the app stopped while waiting for {what}")
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def until_failed(pilot: Pilot, app: BriefApp, tries: int) -> None:
    """Let the app run until it has a failure to report (nothing could be briefed), at most ``tries`` pauses of
    0.05 s: it exits then, so ``wait_for`` (which stops when the app does) cannot wait for it."""
    for _ in range(tries):
        if app.failure:
            break
        await pilot.pause(0.05)


async def ready(pilot: Pilot) -> BriefApp:
    """Wait until the briefing is ranked and shown."""
    app = pilot.app
    assert isinstance(app, BriefApp)
    await wait_for(pilot, lambda: app.briefing is not None, "the briefing")
    return app


async def keywords_ready(pilot: Pilot) -> BriefApp:
    """Wait until the keyword worker has filled Keywords."""
    app = await ready(pilot)
    keywords = app.query_one(KeywordList)
    await wait_for(pilot, lambda: not keywords.loading, "the keywords", timeout=300)
    return app


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` small articles about one story, each with a distinct title and a shared fact."""
    paths = []
    for n in range(1, count + 1):
        topic = TOPICS[(n - 1) % len(TOPICS)]
        text = (
            f"Council votes on the new {topic} plan {n}\n\n"
            f"The city council voted on Tuesday to approve the new {topic} plan after a long debate. "
            f"Supporters said the {topic} would bring jobs to the district within two years. "
            f"Critics warned that the cost of the {topic} could rise well above the budget.\n\n"
            f"Report number {n} adds that the mayor will present the final {topic} design in spring. "
            f"Residents can comment on the new {topic} plan at public meetings next month.\n"
        )
        path = folder / f"article{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def hand_built_briefing(keywords: bool = True) -> Briefing:
    """A briefing of the seeds whose points, supports and keywords are written here, not ranked.

    The sources are the seeds as brief reads them; which sentences are points, who supports
    them and what the keywords are is fixed below, so a ranking or keyword change does not
    change what the TUI tests see.
    """
    import re

    from brief.model import Briefing, Keyword, Occurrence, Point, Support
    from brief.pipeline import load

    sources, sentences, _ = load([])

    def sentence(source_id: int, needle: str) -> Sentence:
        return next(s for s in sentences if s.source_id == source_id and needle in s.text)

    def point(own: tuple[int, str], others: list[tuple[int, str, float, str]], alone: bool = False) -> Point:
        mine = sentence(*own)
        supports = [Support(mine.source_id, mine.index, mine.start, mine.end, 1.0)]
        for source_id, needle, similarity, how in others:
            s = sentence(source_id, needle)
            supports.append(Support(s.source_id, s.index, s.start, s.end, similarity, how))
        return Point(mine, 1.0, tuple(supports), (("coverage_gain", 0.1),), alone=alone)

    points = (
        point((2, "Whether Iranian forces"), [(1, "Whether Iranian forces", 0.97, "words")]),
        point((2, "Mike Pompeo has demanded"), [(1, "Mike Pompeo on May 21", 0.71, "meaning")]),
        point((1, "terrorist danger to Damascus"), [(2, "terrorist danger to Damascus", 0.95, "words")]),
        point((2, "Free Syrian Army"), []),
        point((1, "Putin at the time said"), [(2, "Putin told Assad", 0.69, "meaning")]),
        point((2, "Further setbacks for Assad"), [], alone=True),
    )

    def keyword(text: str, score: float) -> Keyword:
        found = tuple(Occurrence(s.id, m.start(), m.end()) for s in sources
                      for m in re.finditer(rf"\b{re.escape(text)}\b", s.text))
        return Keyword(text, score, found)

    story = tuple(keyword(k, 1.0 - n / 10) for n, k in enumerate(
        ["Syria", "Iran", "Mekdad", "Damascus", "Russia", "Hizballah", "Pompeo", "Putin"])) if keywords else ()
    own = tuple(tuple(k for k in story if s.id in k.source_ids)[:4] for s in sources) if keywords else ()
    return Briefing(sources[1].title, points, tuple(sources), story, "multidoc", (), tuple(sentences), own)


def unranked_briefing(inputs: list[str]) -> Briefing:
    """A briefing of ``inputs`` as brief reads them, whose points are each source's first sentence.

    Reading, cleaning and splitting run for real (so titles, texts and shares are brief's own);
    nothing is ranked, aligned or keyworded, so a ranking change does not change what a test sees.
    """
    from brief.model import Point, Support
    from brief.pipeline import load

    sources, sentences, _ = load(inputs)
    firsts = [next(s for s in sentences if s.source_id == source.id) for source in sources]
    points = tuple(Point(s, 1.0, (Support(s.source_id, s.index, s.start, s.end, 1.0),)) for s in firsts)
    return Briefing(sources[0].title, points, tuple(sources), (), "multidoc", (), tuple(sentences))


def plain(markup: str | None) -> str:
    """A border title or subtitle as the user reads it (Textual hands them back as markup)."""
    return Content.from_markup(markup or "").plain


Cell = tuple[str, Color, Color]


def cells(widget: Widget, y: int) -> list[Cell]:
    """Line ``y`` of a widget as drawn: each character with its foreground and background."""
    found = []
    for segment in widget.render_lines(Region(0, y, widget.region.width, 1))[0]:
        style = segment.style
        if segment.text.isspace():  # padding: may carry no foreground
            found.extend((char, Color(0, 0, 0), Color(0, 0, 0)) for char in segment.text)
            continue
        assert style is not None and style.color is not None and style.bgcolor is not None, segment
        fg, bg = (Color.from_rich_color(c) for c in (style.color, style.bgcolor))
        found.extend((char, fg, bg) for char in segment.text)
    return found


def lit(prompt: Content) -> list[str]:
    """The words an entry of Who says what lights as different."""
    return [prompt.plain[span.start:span.end] for span in prompt.spans if span.style == DIFFERENT]


def entries(app) -> list[Content]:  # type: ignore[no-untyped-def]
    """The entries of the open Who says what view, one per source."""
    sentences = app.screen.query_one(PaneList)
    return [sentences.get_option_at_index(i).prompt for i in range(sentences.option_count)]


def static_text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    """The text a Static on the open screen shows."""
    return str(app.screen.query_one(selector).render())
