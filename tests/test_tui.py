"""The TUI, driven by Textual's Pilot at a fixed size."""

from __future__ import annotations

from textual.widgets import ListView, Static

from brief.pipeline import Options
from brief.tui.app import make_app


async def _ready(pilot) -> None:
    for _ in range(600):
        if pilot.app.briefing is not None:
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("briefing never arrived")


async def test_panes_fill_and_brackets_switch_source() -> None:
    app = make_app([], Options(keywords=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(pilot)
        assert len(app.query_one("#sources", ListView)) == 2
        assert len(app.query_one("#briefing", ListView)) == len(app.briefing.points)
        original = app.query_one("#original", Static)
        first = str(original.render())
        assert first.startswith("The U.S. demand that Iran withdraw")
        await pilot.press("right_square_bracket")
        assert app.current_source == 2
        assert str(original.render()).startswith("Syria's regime has rejected")
        assert "[business]" not in str(original.render())
        await pilot.press("left_square_bracket")
        assert "[business]" in str(original.render())
