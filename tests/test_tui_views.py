"""The views over the whole briefing, driven by Pilot: who says what (``w``).

Most tests run on ``hand_built_briefing()`` (the seeds with points fixed by hand): point 1 is
Mekdad's quote, "[business]" in source 1 and "(business)" in source 2; point 4 is source 2's
alone with nothing to say whether another states it; point 6 is "only in [2]".
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Markdown
from textual.widgets._toast import Toast

from brief.pipeline import Options
from brief.tui.app import make_app
from brief.tui.screens import HelpScreen, WhoScreen
from brief.tui.screens.who import DIFFERENT
from brief.tui.widgets import BriefingList, OriginalText
from brief.tui.widgets.pane_list import PaneList
from brief.wording import unshared_words
from conftest import ROOT
from tui_support import hand_built_briefing, ready

FAST = Options(keywords=0)
SIZE = (120, 36)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own config folder, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def plain(markup: str | None) -> str:
    """A border title or subtitle as the user reads it."""
    return Content.from_markup(markup or "").plain


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


# --- the word comparison (pure) --------------------------------------------------------------------

def test_unshared_words_finds_brackets_names_and_figures_but_not_case_or_commas() -> None:
    one = "it's the [business] of the Syrian government, Mekdad told RIA Novosti on May 23."
    two = "It's the (business) of the Syrian government; Mekdad told al-Mayadeen on May 21."
    assert [one[a:b] for a, b in unshared_words(one, [two])] == ["[", "]", "RIA Novosti", "23"]
    assert [two[a:b] for a, b in unshared_words(two, [one])] == ["(", ")", "al-Mayadeen", "21"]
    assert unshared_words("“Quoted,” he said.", ['"Quoted" he said']) == []  # curly quotes, commas: the same
    assert unshared_words("The U.S. and Iran", ["The US and Iran"]) == [(4, 8)]
    assert unshared_words("A lone sentence.", []) == []


# --- w: who says what ------------------------------------------------------------------------------

async def test_w_shows_every_sources_own_sentence_with_the_differences_lit() -> None:
    app = make_app([], FAST, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("w")
        assert isinstance(app.screen, WhoScreen)
        dialog = app.screen.query_one("#who-dialog")
        assert plain(dialog.border_title) == "Who says what"
        assert static_text(app, "#who-point") == "Point 1 · [1, 2]"
        own, other = entries(app)
        assert own.plain.startswith("[2] Syria rejects calls for Iranian military withdrawal"
                                    " · the point's own sentence\n")
        assert "the (business) of the Syrian government" in own.plain  # source text, never read as markup
        assert other.plain.startswith("[1] RFE/RL · Damascus Rejects U.S. Demand That Iran Pull Forces Out Of Syria"
                                      " · matched by words, similarity 0.97\n")
        assert "the [business] of the Syrian government" in other.plain
        assert lit(own)[:2] == ["(", ")"] and "al-Mayadeen" in lit(own)
        assert lit(other)[:2] == ["[", "]"] and "Deputy Foreign Minister Faisal" in lit(other)
        assert "Syrian government" not in " ".join(lit(own) + lit(other))  # what both say is not lit
        assert "words that the point's own sentence does not have" in static_text(app, "#who-note")


async def test_enter_in_who_says_what_shows_that_sentence_in_original_and_escape_just_closes() -> None:
    briefing = hand_built_briefing(keywords=False)
    app = make_app([], FAST, briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original = app.query_one(OriginalText)
        await pilot.press("w", "escape")
        assert not isinstance(app.screen, WhoScreen)
        assert original.sentence is None and original.source.id == 1
        await pilot.press("j", "j", "w", "j", "enter")  # point 3: its own sentence is [1]'s, then [2]'s
        assert not isinstance(app.screen, WhoScreen)
        second = briefing.points[2].supports[1]
        assert original.source.id == second.source_id == 2
        assert original.sentence == (2, second.start, second.end)
        assert original.spans("sentence") == [(second.start, second.end)]
        assert plain(app.query_one("#original-pane").border_subtitle).startswith("sentence 2 of 2 reporting this point")
        assert app.query_one(BriefingList).highlighted == 2


async def test_who_says_what_says_plainly_when_one_source_has_the_point() -> None:
    app = make_app([], FAST, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j", "w")  # point 4: [2], and brief cannot tell whether [1] states it
        assert static_text(app, "#who-point") == "Point 4 · [2]"
        assert len(entries(app)) == 1 and lit(entries(app)[0]) == []
        note = static_text(app, "#who-note")
        assert note.startswith("No other source's sentence was matched to this point.")
        assert "only" not in note.lower()
        await pilot.press("escape", "j", "j", "w")  # point 6: only in [2]
        assert static_text(app, "#who-point") == "Point 6 · only in [2]"
        assert static_text(app, "#who-note").startswith("Only source [2] has a sentence for this point")


# --- before the briefing exists; the help ---------------------------------------------------------

async def test_w_before_the_briefing_is_ready_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline as pipeline

    release = threading.Event()
    real = pipeline.make_briefing

    def slow_briefing(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "make_briefing", slow_briefing)
    app = make_app([], FAST)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, WhoScreen)
        toasts = [str(toast.render()) for toast in app.screen.query(Toast)]
        assert toasts.count("the briefing is not ready yet") == 1
        release.set()
        await ready(pilot)
        await pilot.press("w")
        assert isinstance(app.screen, WhoScreen)


async def test_help_and_readme_list_w() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "`w` (**Who says what**)" in readme
    app = make_app([], FAST, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        source = app.screen.query_one(Markdown).source
        assert "| `w` | who says what:" in source
