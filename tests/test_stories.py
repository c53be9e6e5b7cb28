"""Many stories in, a briefing for each: the grouping, the per-story briefings and what the CLI prints."""

from __future__ import annotations

import json
from itertools import zip_longest
from pathlib import Path
from typing import Any

import pytest
from cli_support import brief_here
from samples import BRIDGE, BRIDGE_AGAIN, FLOOD, FLOOD_AGAIN, STRIKE, STRIKE_AGAIN, text_article

from brief.options import Options
from brief.stories import make_stories

CHESS = [
    "A sixteen-year-old grandmaster won the national chess championship on Saturday with a round to spare.",
    "She beat the defending champion in a sharp endgame that lasted more than five hours.",
    "Her coach said she would now prepare for the world junior championship in the autumn.",
]
DOCK = [  # one story over four days: each day's report in its own words, the story's names in all of them
    ("dock-monday.txt", "Kelby dockworkers walk out", [
        "Dockworkers at the Port of Kelby stopped work on Monday after talks with Harwick Shipping broke down.",
        "Night crews had asked for higher pay and longer breaks, and managers offered a smaller raise spread over "
        "three years.",
        "Pickets gathered at the main gate before dawn, carrying flags and handing out coffee to drivers."]),
    ("dock-wednesday.txt", "Cargo piles up as Kelby stoppage drags on", [
        "Containers piled up along the Kelby waterfront on Wednesday, the third day without loading.",
        "Grocers warned that fruit and frozen food could run short by the weekend, and farmers feared for exports.",
        "Harwick Shipping sent two vessels to a rival harbour further south."]),
    ("dock-thursday.txt", "Kelby talks resume", [
        "Mara Quell, who leads the Kelby dockers, met Harwick Shipping managers on Thursday for the first time "
        "since the walkout.",
        "A mediator appointed by the labour ministry chaired the meeting in a hotel near the station.",
        "Both sides said afterwards that the mood was calmer but that nothing was settled."]),
    ("dock-friday.txt", "Deal ends Kelby port dispute", [
        "Work resumed at the Port of Kelby on Friday after Mara Quell and Harwick Shipping signed a two-year deal.",
        "Wages rise by twelve percent, and new hires will train for six months before working alone at night.",
        "The first of the diverted vessels is expected back next week."]),
]
STORIES = {
    "bridge": [("bridge-herald.txt", "Harbour bridge reopens", BRIDGE),
               ("bridge-gazette.txt", "Bridge back in use after repairs", BRIDGE_AGAIN)],
    "flood": [("flood-herald.txt", "Floods force families from homes", FLOOD),
              ("flood-gazette.txt", "Families flee rising river", FLOOD_AGAIN)],
    "strike": [("strike-herald.txt", "Teachers strike over pay", STRIKE),
               ("strike-gazette.txt", "Schools closed as teachers strike", STRIKE_AGAIN)],
}


def _write(folder: Path, stories: dict[str, list[tuple[str, str, list[str]]]]) -> list[str]:
    """The articles as files, interleaved (one of each story, then the next): the input order mixes them."""
    paths = []
    for round_ in zip_longest(*stories.values()):
        for name, title, paragraphs in filter(None, round_):
            (folder / name).write_text(text_article(title, paragraphs), encoding="utf-8")
            paths.append(str(folder / name))
    return paths


def _story_of(paths: set[str]) -> str:
    (story,) = {Path(p).name.split("-")[0] for p in paths}
    return story


def test_three_stories_in_give_three_briefings_with_their_own_sources(tmp_path: Path) -> None:
    inputs = _write(tmp_path, STORIES)
    stories = make_stories(inputs, Options(keywords=0))
    assert len(stories.briefings) == 3
    found = {}
    for briefing in stories.briefings:
        paths = {s.path for s in briefing.sources}
        found[_story_of(paths)] = paths
        assert [s.id for s in briefing.sources] == list(range(1, len(briefing.sources) + 1))
        assert all(point.sentence.source_id in {s.id for s in briefing.sources} for point in briefing.points)
    assert found == {story: {str(tmp_path / name) for name, _, _ in articles} for story, articles in STORIES.items()}


def test_an_article_alone_in_its_story_is_listed_last(tmp_path: Path) -> None:
    inputs = _write(tmp_path, {"chess": [("chess-herald.txt", "Teenager wins chess title", CHESS)], **STORIES})
    stories = make_stories(inputs, Options(keywords=0))
    assert len(stories.briefings) == 4
    last = stories.briefings[-1]
    assert [s.path for s in last.sources] == [str(tmp_path / "chess-herald.txt")]
    assert last.points and "grandmaster" in last.points[0].text


def test_the_story_most_independent_reports_tell_comes_first_not_the_one_one_agency_sent_most_of(
        tmp_path: Path) -> None:
    # four AP stories of the dock dispute are one newsroom's word: one independent report, though four sources;
    # the bridge's two papers are two
    dock = [(name, title, [f"KELBY (AP) -- {paragraphs[0]}", *paragraphs[1:]]) for name, title, paragraphs in DOCK]
    stories = make_stories(_write(tmp_path, {"dock": dock, "bridge": STORIES["bridge"]}), Options(keywords=0))
    found = [(_story_of({s.path for s in b.sources}), len(b.sources), b.independent_reports())
             for b in stories.briefings]
    assert found == [("bridge", 2, 2), ("dock", 4, 1)]


def test_a_story_told_over_days_is_one_story_alone_and_among_others(tmp_path: Path) -> None:
    alone = make_stories(_write(tmp_path, {"dock": DOCK}), Options(keywords=0))
    assert [len(b.sources) for b in alone.briefings] == [4]
    mixed = make_stories(_write(tmp_path, {"dock": DOCK, **STORIES}), Options(keywords=0))
    found = {_story_of({s.path for s in b.sources}): len(b.sources) for b in mixed.briefings}
    # the teachers' strike shares a strike's words with the dockers' but none of its names: a story of its own
    assert found == {"dock": 4, "bridge": 2, "flood": 2, "strike": 2}


@pytest.mark.slow
def test_one_story_in_prints_exactly_what_one_story_prints() -> None:
    for fmt in ("--plain", "--markdown", "--json"):
        grouped, whole = brief_here(fmt, "--stories"), brief_here(fmt)
        assert grouped.returncode == whole.returncode == 0, grouped.stderr + whole.stderr
        assert grouped.stdout == whole.stdout, fmt


@pytest.mark.slow
def test_each_storys_json_origins_are_its_inputs(tmp_path: Path) -> None:
    inputs = _write(tmp_path, STORIES)
    result = brief_here("--json", "--no-keywords", "--stories", *inputs)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 3 and data["problems"] == []
    seen = []
    for story in data["stories"]:
        origins = [o for source in story["sources"] for o in source["origins"]]
        assert {Path(o).name.split("-")[0] for o in origins} == {_story_of(set(origins))}
        seen += origins
    assert sorted(seen) == sorted(inputs)


@pytest.mark.slow
def test_several_stories_in_plain_text_each_under_its_header(tmp_path: Path) -> None:
    inputs = _write(tmp_path, STORIES)
    result = brief_here("--plain", "--no-keywords", "--stories", *inputs)
    assert result.returncode == 0, result.stderr
    headers = [line for line in result.stdout.decode().splitlines() if line.startswith("=== Story ")]
    assert [h.split(" · ")[0] for h in headers] == [f"=== Story {n} of 3" for n in (1, 2, 3)]
    assert all(h.split(" · ")[1] == "2 sources" for h in headers)
    one = brief_here("--plain", "--no-keywords", "--one-story", *inputs).stdout
    assert "=== Story" not in one.decode() and "6 sources" in one.decode().splitlines()[1]
    # three stories clearly apart: brief splits them by default too
    assert brief_here("--plain", "--no-keywords", *inputs).stdout == result.stdout


def test_by_default_stories_are_split_only_when_clearly_apart(tmp_path: Path) -> None:
    apart = _write(tmp_path, {"dock": DOCK, **STORIES})
    assert [len(b.sources) for b in make_stories(apart, Options(keywords=0), confident=True).briefings] == [4, 2, 2, 2]
    (dock,) = make_stories(_write(tmp_path, {"dock": DOCK}), Options(keywords=0), confident=True).briefings
    assert len(dock.sources) == 4


def _rows(direction: list[float], n: int, seed: int) -> list[Any]:
    """``n`` articles' rows (unit vectors) near ``direction``: a story of ``n`` articles alike about 1."""
    import numpy as np

    noise = np.random.default_rng(seed).normal(0.0, 0.05, (n, len(direction)))
    found = np.array(direction) + noise
    return list(found / np.linalg.norm(found, axis=1, keepdims=True))


def test_by_default_stories_not_clearly_apart_are_one_and_the_others_stay_apart() -> None:
    import numpy as np

    from brief.stories.grouping import apart

    # two parts of one topic (0.8 alike across, about 1 within), two stories of their own, an article alone
    matrix = np.array(_rows([1, 0, 0, 0, 0, 0], 3, 1) + _rows([0.8, 0.6, 0, 0, 0, 0], 3, 2)
                      + _rows([0, 0, 1, 0, 0, 0], 2, 3) + _rows([0, 0, 0, 1, 0, 0], 2, 4)
                      + _rows([0, 0, 0, 0, 0, 1], 1, 5))
    groups = [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9], [10]]
    # the two parts are briefed as one; the stories clearly apart from them, and the article alone, apart
    assert apart(matrix, groups) == [[0, 1, 2, 3, 4, 5], [6, 7], [8, 9], [10]]
    # when all are parts of one topic, the inputs are one story, the article alone included
    assert apart(matrix, [[0, 1, 2], [3, 4, 5], [10]]) == [[0, 1, 2, 3, 4, 5, 10]]


def test_by_default_two_stories_clearly_apart_are_not_one_briefing_because_each_is_near_a_third() -> None:
    import numpy as np

    from brief.stories.grouping import apart

    # a chain: the middle story is about 0.58 and 0.73 alike the ends (not clearly apart), the ends about 0 (apart)
    matrix = np.array(_rows([1, 0, 0], 2, 1) + _rows([1, 1, 1], 2, 2) + _rows([0, 1, 3], 2, 3))
    briefings = apart(matrix, [[0, 1], [2, 3], [4, 5]])
    assert not any({0, 4} <= set(briefing) for briefing in briefings)
    # the middle story is briefed with the end it is more alike, the other end on its own
    assert briefings == [[0, 1], [2, 3, 4, 5]]


def test_by_default_an_article_alone_in_its_story_neither_splits_nor_joins_stories(tmp_path: Path) -> None:
    chess = {"chess": [("chess-herald.txt", "Teenager wins chess title", CHESS)]}
    # beside one story: no reason to split it, everything is briefed as one
    (whole,) = make_stories(_write(tmp_path, {**chess, "dock": DOCK}), Options(keywords=0), confident=True).briefings
    assert len(whole.sources) == 5
    # beside stories clearly apart: they are still split, and the article is a story of its own, listed last
    with_stray = _write(tmp_path, {**chess, **STORIES})
    stories = make_stories(with_stray, Options(keywords=0), confident=True).briefings
    assert [_story_of({s.path for s in b.sources}) for b in stories][-1] == "chess"
    assert sorted(_story_of({s.path for s in b.sources}) for b in stories[:-1]) == ["bridge", "flood", "strike"]
    assert stories == make_stories(with_stray, Options(keywords=0)).briefings


@pytest.mark.slow
def test_stories_briefed_in_worker_processes_are_the_stories_briefed_here(tmp_path: Path) -> None:
    from brief.render.stories import render_stories

    inputs = _write(tmp_path, STORIES)
    here = make_stories(inputs, Options(keywords=3), workers=1)
    there = make_stories(inputs, Options(keywords=3), workers=2)
    assert render_stories(there, "json") == render_stories(here, "json")


def test_two_tight_stories_stay_apart_though_alike_beyond_the_threshold() -> None:
    import numpy as np

    from brief.stories.linkage import average_linkage

    # two pairs of near-copies that share one word: each article about 0.1 alike the other pair's, above a
    # threshold of 0.05, yet not half as alike as either pair is within
    rows = np.array([[1.0, 0.0, 0.4], [1.0, 0.05, 0.4], [0.0, 1.0, 0.4], [0.05, 1.0, 0.4]])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    pairs = {(i, j): float(rows[i] @ rows[j]) for i in range(4) for j in range(i + 1, 4)}
    assert 0.05 < min(pairs[0, 2], pairs[1, 3]) and max(pairs[0, 2], pairs[0, 3]) < 0.5 * pairs[0, 1]
    assert average_linkage(rows, pairs, 0.05) == [[0, 1, 2, 3]]
    assert average_linkage(rows, pairs, 0.05, apart=0.5) == [[0, 1], [2, 3]]


def test_an_article_moves_to_the_story_it_is_most_alike() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    from brief.stories.refine import refine

    # row 2 was put with rows 0 and 1 (it shares their first word), but is twice as near rows 3-5's centroid
    rows = np.array([[1.0, 0.0, 0.0], [1.0, 0.0, 0.1], [0.3, 0.6, 0.0],
                     [0.0, 1.0, 0.0], [0.05, 1.0, 0.0], [0.0, 1.0, 0.05]])
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    groups = [[0, 1, 2], [3, 4, 5]]
    assert refine(rows, groups, 0.04) == [[0, 1], [2, 3, 4, 5]]
    assert refine(csr_matrix(rows), groups, 0.04) == [[0, 1], [2, 3, 4, 5]]
    # not when it is on average less than the floor alike the other story's articles
    assert refine(rows, groups, 0.95) == groups
    # an article of a pair has no centroid of its own but its partner: it stays
    assert refine(rows[[0, 2, 3, 4, 5]], [[0, 1], [2, 3, 4]], 0.04) == [[0, 1], [2, 3, 4]]
