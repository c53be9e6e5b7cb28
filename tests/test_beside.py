"""A large story's steps on each input shared with a second process (``brief.beside``): the same briefing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from brief import beside, pipeline
from brief.cache import Pieces
from brief.pipeline import Options, brief_items, read
from brief.render.json_render import render_json
from tests.test_stories import STORIES, _write


def _forced(patch: pytest.MonkeyPatch) -> list[beside.Beside]:
    """A second process for any story of two documents or more, whatever the load; the Besides made, listed."""
    made: list[beside.Beside] = []
    patch.setattr(pipeline, "MIN_SHARED", 2)
    patch.setattr(beside, "free_core", lambda: True)
    patch.setattr(beside.Beside, "close", lambda self, close=beside.Beside.close: (made.append(self), close(self)))
    return made


def _inputs(folder: Path) -> list[str]:
    return [*_write(folder, STORIES), *map(str, pipeline.seed_paths())]


@pytest.mark.slow
def test_a_story_briefed_with_a_second_process_is_the_story_briefed_in_one(tmp_path: Path) -> None:
    items = read(_inputs(tmp_path), False)
    alone = render_json(brief_items(items, Options(keywords=5)))
    with pytest.MonkeyPatch.context() as patch:
        made = _forced(patch)
        shared = render_json(brief_items(items, Options(keywords=5)))
    assert len(made) == 1  # the second process was asked
    assert shared == alone


@pytest.mark.slow
def test_what_the_second_process_keeps_in_the_cache_briefs_the_same(tmp_path: Path) -> None:
    from brief import cache

    items = read(_inputs(tmp_path), False)
    alone = render_json(brief_items(items, Options(keywords=5), use_cache=True))
    kept_alone = sorted(p.name for p in Pieces().folder.glob("*.json"))
    cache.clear()
    with pytest.MonkeyPatch.context() as patch:
        made = _forced(patch)
        assert render_json(brief_items(items, Options(keywords=5), use_cache=True)) == alone
    assert len(made) == 1
    assert sorted(p.name for p in Pieces().folder.glob("*.json")) == kept_alone  # every piece, written by then
    for entry in Pieces().folder.parent.glob("*.json"):  # the whole briefing: the pieces brief it again
        entry.unlink()
    assert render_json(brief_items(items, Options(keywords=5), use_cache=True)) == alone


@pytest.mark.slow
def test_a_story_aligned_with_a_second_process_crosses_to_another_process(tmp_path: Path) -> None:
    """The TUI's early child sends the story it aligned to the app, pickled: it arrives, ready to rank again."""
    import pickle

    from brief.pipeline import resized

    items = read(_inputs(tmp_path), False)
    stories = []
    with pytest.MonkeyPatch.context() as patch:
        made = _forced(patch)
        briefing = brief_items(items, Options(keywords=0), use_cache=True, aligned=stories.append)
    assert len(made) == 1 and stories and isinstance(stories[0].pieces, beside.Beside)
    story = pickle.loads(pickle.dumps(stories[0]))
    assert isinstance(story.pieces, Pieces) and not isinstance(story.pieces, beside.Beside)
    assert resized(briefing, 3, story)[0].points == resized(briefing, 3, stories[0])[0].points


def _twice(values: list[int], _use_cache: bool) -> list[int]:
    return [2 * v for v in values]


def _fails(values: list[int], _use_cache: bool) -> list[int]:
    raise RuntimeError("the worker's step failed")


def test_the_two_processes_share_a_step_and_each_value_is_done_once() -> None:
    here: list[int] = []

    def slowly(value: int) -> int:  # this process takes its share from the last, slowly enough that the worker starts
        here.append(value)
        time.sleep(0.2)
        return 2 * value

    shared = beside.Beside(None)
    try:
        values = list(range(2 * beside.CHUNKS))
        assert shared._shared(_twice, values, slowly) == [2 * v for v in values]
    finally:
        shared.close()
    assert values[-1] in here and values[0] not in here  # this process took the last, the worker the first
    assert len(here) < len(values)


def test_a_step_the_worker_fails_is_done_here() -> None:
    shared = beside.Beside(None)
    try:
        assert shared._shared(_fails, [1, 2, 3], lambda v: 2 * v) == [2, 4, 6]
    finally:
        shared.close()


def test_a_process_that_loaded_the_encoders_runtime_starts_its_worker_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.delitem(sys.modules, "onnxruntime", raising=False)
    assert beside._start_method() == "fork"
    monkeypatch.setitem(sys.modules, "onnxruntime", object())  # its threads would not be in a fork
    assert beside._start_method() == "spawn"
