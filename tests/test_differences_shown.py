"""Where sources differ, as a reader sees it: markers, the line under the point, JSON and the TUI.

Each test briefs small articles written here (the athletes of the Bangkok games, a tsunami's toll,
Hurricane Mitch's) through the whole pipeline, so the sentences are aligned by the model as any
input's are.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import entries, lit, ready, static_text

from brief.model import Briefing
from brief.pipeline import Options, load, make_briefing, summarize
from brief.render import render_json, render_markdown, render_plain
from brief.story import Story, make_story
from brief.tui.app import make_app
from brief.tui.screens import DifferencesScreen, WhoScreen
from brief.tui.widgets import BriefingList, OriginalText
from brief.tui.widgets.pane_list import PaneList

OPENING = {
    "a.txt": ("Asian Games open in Bangkok\n\nThe Asian Games open in Bangkok on Sunday with a ceremony at the "
              "national stadium.\n\nThe Bangkok games are expected to attract more than 10,000 athletes from 43 "
              "nations.\n\nThailand spent heavily on new venues for the event, officials said.\n"),
    "b.txt": ("Bangkok ready for Asian Games\n\nThailand's capital is ready to host the Asian Games, which open on "
              "Sunday.\n\nThe Bangkok games are expected to attract about 6,000 athletes from 41 nations.\n\n"
              "Security has been tightened around the stadium ahead of the opening ceremony.\n"),
}
TOLL = {
    "early.txt": ("Tsunami hits Papua New Guinea\n\nA tsunami spawned by an earthquake crashed into Papua New "
                  "Guinea's north coast, killing at least 70 people and crushing villages, officials said.\n\n"
                  "Rescue teams were flown to the region from the capital.\n"),
    "late.txt": ("Papua New Guinea toll rises\n\nA tsunami spawned by an earthquake crashed into Papua New "
                 "Guinea's north coast, killing nearly 600 people and crushing villages, officials said.\n\n"
                 "Aid agencies said thousands of survivors need shelter and clean water.\n"),
}
MITCH = {
    "honduras.txt": ("Mitch toll in Honduras\n\nHurricane Mitch has killed at least 231 people in Honduras, "
                     "officials said on Monday.\n\nRoads and bridges were washed away across the north.\n"),
    "region.txt": ("Mitch toll in Central America\n\nHurricane Mitch has killed about 7,000 people in the region, "
                   "officials said on Monday.\n\nNicaragua and Honduras were the worst hit countries.\n"),
}
NO_KEYWORDS = Options(keywords=0)


def _write(folder: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in files]


def _line(text: str, needle: str) -> tuple[str, str]:
    """The line of ``text`` holding ``needle``, and the line after it."""
    lines = text.splitlines()
    n = next(k for k, line in enumerate(lines) if needle in line)
    return lines[n], lines[n + 1]


def test_the_athletes_each_source_counts_are_shown_as_differing(tmp_path: Path) -> None:
    briefing = make_briefing(_write(tmp_path, OPENING), NO_KEYWORDS)
    point, under = _line(render_plain(briefing), "athletes")
    own = 2 if "about 6,000" in point else 1
    other = 3 - own
    assert point.endswith(f". [{own}] · differs: [{other}]")  # [1] does not state "about 6,000 athletes"
    values = {1: "more than 10,000 athletes, 43 nations", 2: "about 6,000 athletes, 41 nations"}
    assert under == f"  sources differ: {values[own]} [{own}] · {values[other]} [{other}]"
    md_point, md_under = _line(render_markdown(briefing), "athletes")
    assert md_point.endswith(f"\\[{own}\\] · differs: \\[{other}\\]")
    assert md_under == f"  <br>sources differ: {values[own]} \\[{own}\\] · {values[other]} \\[{other}\\]"
    data = json.loads(render_json(briefing))
    shown = next(p for p in data["points"] if "athletes" in p["text"])
    assert shown["source_ids"] == [own]
    [diff] = shown["differences"]
    assert (diff["kind"], diff["what"]) == ("conflict", "figures")
    texts = {s["id"]: s["text"] for s in data["sources"]}
    for side, source_id in zip(diff["sides"], (own, other)):
        start, end = side["span"]
        assert side["source_id"] == source_id and "athletes" in texts[source_id][start:end]
        assert side["values"] == values[source_id].split(", ")


def _dated_story(paths: list[str], dates: list[str]) -> Story:
    sources, sentences, _ = load(paths)
    return make_story([replace(s, date=d) for s, d in zip(sources, dates)], sentences)


def test_a_later_toll_is_told_as_an_update_of_the_earlier(tmp_path: Path) -> None:
    story = _dated_story(_write(tmp_path, TOLL), ["1998-07-18", "1998-07-20"])
    briefing = Briefing("Toll", summarize(story, NO_KEYWORDS), story.sources, sentences=story.sentences)
    point, under = _line(render_plain(briefing), "tsunami")
    assert "nearly 600 people" in point and point.endswith("[2] · earlier: [1]")  # the latest word is the point
    assert under == "  updated: at least 70 people [1] (1998-07-18) → nearly 600 people [2] (1998-07-20)"


def test_the_same_toll_undated_is_not_called_an_update_or_a_conflict(tmp_path: Path) -> None:
    briefing = make_briefing(_write(tmp_path, TOLL), NO_KEYWORDS)  # "at least 70" may be "nearly 600"
    text = render_plain(briefing)
    assert "sources differ" not in text and "updated" not in text and "differs" not in text


def test_tolls_of_another_scope_are_not_flagged(tmp_path: Path) -> None:
    story = make_story(*load(_write(tmp_path, MITCH))[:2])
    points = summarize(story, NO_KEYWORDS)
    i = next(n for n, s in enumerate(story.sentences) if "231" in s.text)
    assert any("7,000" in story.sentences[link.position].text for link in story.facts.versions(i))  # compared
    assert all(not p.differences for p in points)
    text = render_plain(Briefing("Mitch", points, story.sources, sentences=story.sentences))
    assert "differ" not in text


@pytest.mark.slow
async def test_the_tui_marks_the_point_and_lights_each_sources_values(tmp_path: Path) -> None:
    briefing = make_briefing(_write(tmp_path, OPENING), NO_KEYWORDS)
    number = next(n for n, p in enumerate(briefing.points, 1) if "athletes" in p.text)
    own = briefing.points[number - 1].sentence.source_id
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        shown = app.query_one(BriefingList).get_option_at_index(number - 1).prompt.plain
        assert f"[{own}] · differs: [{3 - own}]" in shown and "sources differ: " in shown
        await pilot.press(*["j"] * (number - 1), "w")
        assert isinstance(app.screen, WhoScreen)
        assert static_text(app, "#who-point") == f"Point {number} · [{own}] · differs: [{3 - own}]"
        mine, theirs = entries(app)
        assert "states other values" in theirs.plain
        values = {*lit(mine), *lit(theirs)}
        assert "about 6,000 athletes" in values and "more than 10,000 athletes" in values
        await pilot.press("j", "enter")  # the differing sentence, shown in Original
        await pilot.pause()
        assert app.source_id == 3 - own


@pytest.mark.slow
async def test_the_differences_view_lists_each_differing_source_and_opens_it(tmp_path: Path) -> None:
    briefing = make_briefing(_write(tmp_path, OPENING), NO_KEYWORDS)
    number = next(n for n, p in enumerate(briefing.points, 1) if "athletes" in p.text)
    own = briefing.points[number - 1].sentence.source_id
    values = {1: "more than 10,000 athletes, 43 nations", 2: "about 6,000 athletes, 41 nations"}
    app = make_app([], NO_KEYWORDS, briefing=briefing)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, DifferencesScreen)
        count = f"1 of {len(briefing.points)} points: sources state other values"
        assert static_text(app, "#differences-count") == count
        listed = app.screen.query_one(PaneList)
        head, line = (listed.get_option_at_index(i).prompt.plain for i in range(listed.option_count))
        assert head.startswith(f"{number} The Bangkok games") and head.endswith(f"[{own}] · differs: [{3 - own}]")
        assert line.startswith(f"  [{3 - own}] ")
        assert line.endswith(f"states: {values[3 - own]} · the point: {values[own]}")
        await pilot.press("enter")
        await pilot.pause()
        lit = app.query_one(OriginalText).sentence  # the differing source's sentence, lit
        assert lit is not None and lit[0] == app.source_id == 3 - own
        assert "athletes" in briefing.source(3 - own).text[lit[1]:lit[2]]


def test_a_cached_briefing_still_says_where_sources_differ(tmp_path: Path) -> None:
    paths = _write(tmp_path, OPENING)
    fresh = render_plain(make_briefing(paths, NO_KEYWORDS, use_cache=True))
    from brief import cache

    assert len(list(cache.cache_dir().glob("*.json"))) == 1
    cached = render_plain(make_briefing(paths, NO_KEYWORDS, use_cache=True))  # served from that entry
    assert "sources differ: " in fresh and cached == fresh
