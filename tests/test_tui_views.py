"""The two views over the whole briefing, driven by Pilot: who says what (``w``) and coverage (``m``).

Most tests run on ``hand_built_briefing()`` (the seeds with points fixed by hand): point 1 is
Mekdad's quote, "[business]" in source 1 and "(business)" in source 2; point 4 is source 2's
alone with nothing to say whether another states it; point 6 is "only in [2]".
"""

from __future__ import annotations

import pytest
from cli_support import ROOT
from textual.widgets import Markdown
from textual.widgets._toast import Toast
from tui_support import entries, hand_built_briefing, held_briefing, lit, plain, ready, static_text

from brief.model import Briefing, Point, Sentence, Source, Support
from brief.pipeline import Options
from brief.tui.app import make_app
from brief.tui.screens import CoverageScreen, HelpScreen, WhoScreen
from brief.tui.screens.coverage import CoverageTable
from brief.tui.widgets import BriefingList, OriginalText
from brief.wording import unshared_words

NO_KEYWORDS = Options(keywords=0)
SIZE = (120, 36)


def grid(app) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The coverage table's rows as shown, the totals row first."""
    table = app.screen.query_one(CoverageTable)
    return [[str(getattr(cell, "plain", cell)) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def header_line(app) -> str:  # type: ignore[no-untyped-def]
    """The coverage table's header line, as drawn (only the columns scrolled into view)."""
    return app.screen.query_one(CoverageTable).render_line(0).text


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
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
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
                                      " · matched by words\n")
        assert "the [business] of the Syrian government" in other.plain
        assert lit(own)[:2] == ["(", ")"] and "al-Mayadeen" in lit(own)
        assert lit(other)[:2] == ["[", "]"] and "Deputy Foreign Minister Faisal" in lit(other)
        assert "Syrian government" not in " ".join(lit(own) + lit(other))  # what both say is not lit
        assert "words that the point's own sentence does not have" in static_text(app, "#who-note")


@pytest.mark.slow
async def test_enter_in_who_says_what_shows_that_sentence_in_original_and_escape_just_closes() -> None:
    briefing = hand_built_briefing(keywords=False)
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original = app.query_one(OriginalText)
        before = (original.source.id, original.sentence)
        await pilot.press("w", "escape")
        assert not isinstance(app.screen, WhoScreen)
        assert (original.source.id, original.sentence) == before  # Escape changed nothing
        await pilot.press("j", "j", "w", "j", "enter")  # point 3: its own sentence is [1]'s, then [2]'s
        assert not isinstance(app.screen, WhoScreen)
        second = briefing.points[2].supports[1]
        assert original.source.id == second.source_id == 2
        assert original.sentence == (2, second.start, second.end)
        assert original.spans("sentence") == [(second.start, second.end)]
        assert plain(app.query_one("#original-pane").border_subtitle).startswith("sentence 2 of 2 reporting this point")
        assert app.query_one(BriefingList).highlighted == 2


@pytest.mark.slow
async def test_who_says_what_says_plainly_when_one_source_has_the_point() -> None:
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
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


# --- m: coverage -----------------------------------------------------------------------------------

@pytest.mark.slow
async def test_m_shows_which_source_reports_which_point_with_each_sources_total() -> None:
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("m")
        assert isinstance(app.screen, CoverageScreen)
        assert plain(app.screen.query_one("#coverage-dialog").border_title) == "Coverage"
        assert header_line(app).split() == ["#", "Point", "Count", "1", "2"]
        rows = grid(app)
        assert rows[0][1:] == ["total per source", "", "4", "6"]  # [1] states 4 of the 6 points
        assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4", "5", "6"]
        assert [row[2:] for row in rows[1:]] == [
            ["2", "●", "●"], ["2", "●", "●"], ["2", "●", "●"], ["1", "·", "●"], ["2", "●", "●"], ["1 only", "·", "●"]]
        assert rows[4][1].startswith("Free Syrian Army")
        legend = static_text(app, "#coverage-legend")
        assert "● has a sentence stating the point" in legend and "· none of its sentences was matched" in legend
        await pilot.press("j", "j", "j", "l", "l")  # point 4, the column of source 1
        detail = static_text(app, "#coverage-detail")
        assert detail == ("[1] none of its sentences was matched to it · RFE/RL · Damascus Rejects U.S. Demand That"
                          " Iran Pull Forces Out Of Syria\n"
                          "4 Free Syrian Army and Turkish forces also run territories in northwest Syria. [2]")
        await pilot.press("escape")
        assert not isinstance(app.screen, CoverageScreen)


@pytest.mark.slow
async def test_s_sorts_coverage_by_how_many_sources_report_each_point() -> None:
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("m")
        dialog = app.screen.query_one("#coverage-dialog")
        assert plain(dialog.border_subtitle).startswith("briefing order")
        await pilot.press("s")
        assert [row[0] for row in grid(app)] == ["", "1", "2", "3", "5", "4", "6"]
        assert plain(dialog.border_subtitle).startswith("most sources first")
        await pilot.press("s")
        assert [row[0] for row in grid(app)] == ["", "4", "6", "1", "2", "3", "5"]
        assert plain(dialog.border_subtitle).startswith("fewest sources first")
        await pilot.press("s")
        assert [row[0] for row in grid(app)] == ["", "1", "2", "3", "4", "5", "6"]


@pytest.mark.slow
async def test_enter_in_coverage_opens_the_point_in_briefing_and_original() -> None:
    briefing = hand_built_briefing(keywords=False)
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        original, points = app.query_one(OriginalText), app.query_one(BriefingList)
        await pilot.press("m", "s", "s", "g", "j", "j", "enter")  # fewest first: the second point is point 6
        assert not isinstance(app.screen, CoverageScreen)
        sixth = briefing.points[5].sentence
        assert points.highlighted == 5 and app.focused is points
        assert original.source.id == 2 and original.sentence == (2, sixth.start, sixth.end)
        await pilot.press("m", "k", "l", "l", "l", "enter")  # point 5 in the column of source 2: [2]'s words
        fifth = briefing.points[4].supports[1]
        assert points.highlighted == 4
        assert original.source.id == 2 and original.sentence == (2, fifth.start, fifth.end)


@pytest.mark.slow
async def test_coverage_opens_a_point_the_keyword_had_hidden() -> None:
    briefing = hand_built_briefing()
    app = make_app([], Options(keywords=8), briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.keyword = next(k for k in briefing.keywords if k.text == "Pompeo")
        await pilot.pause()
        points = app.query_one(BriefingList)
        assert len(points.shown_points) == 1
        await pilot.press("m", "G", "enter")  # the last row: point 6, which mentions no Pompeo
        assert app.keyword is None and len(points.shown_points) == 6
        assert points.highlighted == 5


def many_sources(count: int) -> Briefing:
    """A briefing of ``count`` one-sentence sources: point 1 in all of them, point 2 in the odd ones, 3 in [25]."""
    sources, points = [], []
    for n in range(1, count + 1):
        text = f"The bridge opened on Monday, outlet {n} reports. Outlet {n} adds a detail of its own."
        sources.append(Source(n, f"article{n:02d}.txt", f"Bridge opens, report {n}", text, outlet=f"Outlet {n}"))

    def sentence(source_id: int, first: bool) -> Sentence:
        text = sources[source_id - 1].text
        start, end = (0, text.index(".") + 1) if first else (text.index(".") + 2, len(text))
        return Sentence(source_id, 0 if first else 1, start, end, text[start:end])

    def point(ids: list[int], first: bool = True) -> Point:
        own = sentence(ids[0], first)
        supports = tuple(Support(i, s.index, s.start, s.end, 1.0 if i == ids[0] else 0.9,
                                 "" if i == ids[0] else "words") for i in ids for s in [sentence(i, first)])
        return Point(own, 1.0, supports)

    points = [point(list(range(1, count + 1))), point(list(range(1, count + 1, 2))), point([count], first=False)]
    return Briefing("Bridge opens", tuple(points), tuple(sources), algorithm="multidoc")


@pytest.mark.slow
async def test_coverage_of_25_sources_fits_80_columns_and_scrolls_to_the_last() -> None:
    app = make_app([], NO_KEYWORDS, briefing=many_sources(25))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("m")
        table = app.screen.query_one(CoverageTable)
        assert app.screen.query_one("#coverage-dialog").region.right <= 80
        header = header_line(app).split()
        assert header[:5] == ["#", "Point", "Count", "1", "2"] and "25" not in header
        assert grid(app)[0][3:] == ["2", "1"] * 12 + ["3"]  # each source's total
        await pilot.press("j", *["l"] * 26)  # past the last source: the cursor stops at [25]
        await pilot.pause(0.5)  # the table scrolls with an animation
        header = header_line(app).split()
        assert header[:3] == ["#", "Point", "Count"] and header[-1] == "25"  # the fixed columns stay
        assert table.cursor_coordinate.column == 3 + 24
        assert static_text(app, "#coverage-detail").startswith("[25] has a sentence stating it · Outlet 25 · Bridge")


@pytest.mark.slow
async def test_source_text_shows_as_typed_in_both_views_without_control_characters() -> None:
    one = "The [red]council[/red] met on the \x1b[31mbudget\x1b[0m plan today."
    two = "The [bold]council[/bold] met to vote on the budget plan."
    sources = (Source(1, "a.txt", "[b]One[/b]", one), Source(2, "b.txt", "Two", two, outlet="[i]Daily[/i]"))
    first = Sentence(1, 0, 0, len(one), one)
    supports = (Support(1, 0, 0, len(one), 1.0), Support(2, 0, 0, len(two), 0.92, "meaning"))
    briefing = Briefing("Council", (Point(first, 1.0, supports),), sources, algorithm="multidoc")
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("w")
        own, other = (entry.plain for entry in entries(app))
        assert own == "[1] [b]One[/b] · the point's own sentence\nThe [red]council[/red] met on the budget plan today."
        assert other.startswith("[2] [i]Daily[/i] · Two · matched by meaning and words\n"
                                "The [bold]council[/bold] met")
        await pilot.press("escape", "m", "l", "l")
        assert grid(app)[1][1] == "The [red]council[/red] met on the budget plan today."
        detail = static_text(app, "#coverage-detail")
        assert detail == ("[1] the point's own sentence · [b]One[/b]\n"
                          "1 The [red]council[/red] met on the budget plan today. [1, 2]")
        assert "\x1b" not in detail + own


# --- before the briefing exists; the help ---------------------------------------------------------

@pytest.mark.slow
async def test_w_and_m_before_the_briefing_is_ready_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    release = held_briefing(monkeypatch)
    app = make_app([], NO_KEYWORDS)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("w", "m")
        await pilot.pause()
        assert not isinstance(app.screen, (WhoScreen, CoverageScreen))
        toasts = [str(toast.render()) for toast in app.screen.query(Toast)]
        assert toasts.count("the briefing is not ready yet") == 2
        release.set()
        await ready(pilot)
        await pilot.press("w")
        assert isinstance(app.screen, WhoScreen)


@pytest.mark.slow
async def test_help_and_readme_list_w_and_m() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "`w` (**Who says what**)" in readme and "`m` (**Coverage**)" in readme
    app = make_app([], NO_KEYWORDS, briefing=hand_built_briefing(keywords=False))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        source = app.screen.query_one(Markdown).source
        assert "| `w` | who says what:" in source and "| `m` | coverage:" in source
