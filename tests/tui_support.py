"""Helpers the TUI tests share: waiting for the workers, and small article folders."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from textual.pilot import Pilot

from brief.tui.app import BriefApp
from brief.tui.widgets import KeywordList

TOPICS = ("harbour", "bridge", "library", "orchard", "railway", "market", "museum", "stadium", "ferry",
          "school", "theatre", "garden", "airport", "canal")


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
            f"Residents can comment on the plan at public meetings next month.\n"
        )
        path = folder / f"article{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
