"""The Quotes view (``"``): the seeds' quotations by speaker, brackets as typed, Enter shows one in Original."""

from __future__ import annotations

from tui_support import hand_built_briefing, ready, static_text

from brief.pipeline import Options
from brief.tui.app import make_app
from brief.tui.screens import QuotesScreen
from brief.tui.widgets import OriginalText
from brief.tui.widgets.pane_list import PaneList


async def test_quotes_are_listed_by_speaker_and_open_in_original() -> None:
    app = make_app([], Options(keywords=0), briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("quotation_mark")
        assert isinstance(app.screen, QuotesScreen)
        found = app.screen.query_one(PaneList)
        rows = [found.get_option_at_index(i).prompt.plain for i in range(found.option_count)]
        assert rows[0] == "Faisal Mekdad, Deputy Foreign Minister"
        assert rows[1] == ("  “Whether Iranian forces or Hizballah withdraw or stay in Syria is not up for discussion "
                           "because it's the [business] of the Syrian government” [1, 2]")
        assert "Bahram Qasemi, Iranian Foreign Ministry spokesman" in rows
        assert static_text(app, "#quotes-count") == "9 quotes by 4 speakers"
        assert found.highlighted == 1  # on the first quotation, not on a speaker's line
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, QuotesScreen)
        lit = app.query_one(OriginalText).sentence  # the quoted words, lit in source 1
        assert lit is not None and app.source_id == lit[0] == 1
        assert app.briefing.source(1).text[lit[1]:lit[2]].endswith("the [business] of the Syrian government")
