"""The briefing's work started before the TUI, in a child process (``brief.tui.early``): what the app shows
from it is what brief makes (the briefing, its keywords, a cached briefing, the stories, a failure), ``+``
re-ranks its story here without reading anything, and the child never outlives the app nor writes to the
terminal.

``brief`` forks the child before Textual is imported (``start``); these tests fork it from the test
(``fork_job``), so what a test patches before it forks is patched in the child too.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest
from samples import write_stories
from tui_support import keywords_ready, reading_again, ready, until_failed, wait_for

from brief.options import Options
from brief.pipeline import make_briefing, resized
from brief.render.json_render import to_dict
from brief.tui.app import make_app
from brief.tui.early import Early, fork_job

NO_KEYWORDS = Options(keywords=0)
SIZE = (120, 36)


def _gone(pid: int, timeout: float = 10) -> bool:
    """Whether the child ``pid`` has ended (and is reaped) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # reaped already
            return True
        if done:
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def children() -> Iterator[list[Early]]:
    """The children a test forks: each is stopped after the test, whatever happened."""
    started: list[Early] = []
    yield started
    for early in started:
        early.stop()
        if not _gone(early.pid, 1):
            os.kill(early.pid, signal.SIGKILL)


def _fork(children: list[Early], inputs: list[str], options: Options, use_cache: bool = False,
          one_story: bool = True, confident: bool = False) -> Early:
    early = fork_job(inputs, options, use_cache, one_story, confident)
    children.append(early)
    return early


@pytest.mark.slow
async def test_started_early_the_tui_shows_what_brief_makes_and_plus_reranks_it_without_reading(
        children: list[Early], monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.tui.widgets import BriefingList

    options = Options(keywords=4)
    app = make_app([], options, early=_fork(children, [], options))
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        assert to_dict(app.briefing) == to_dict(make_briefing([], options))  # points, sources, keywords
        again = reading_again(monkeypatch)
        points = app.query_one(BriefingList)
        shown = points.option_count
        await pilot.press("plus")
        await wait_for(pilot, lambda: points.option_count == shown + 1, "one point more")
        assert again == []


@pytest.mark.slow
async def test_plus_before_the_child_is_done_ranks_the_childs_story_without_aligning_it(
        children: list[Early], monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.keywords import BACKENDS
    from brief.tui.widgets import BriefingList

    monkeypatch.setitem(BACKENDS, "fast", lambda *args, **kwargs: time.sleep(120))  # the child's keywords: held
    options = Options(keywords=4)
    app = make_app([], options, early=_fork(children, [], options))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        points = app.query_one(BriefingList)
        shown = points.option_count
        longer, _ = resized(make_briefing([], NO_KEYWORDS), shown + 1)  # what + shows, made here
        again = reading_again(monkeypatch)
        await pilot.press("plus")
        await wait_for(pilot, lambda: points.option_count == shown + 1, "one point more")
        assert again == []
        assert app.briefing.points == longer.points


@pytest.mark.slow
async def test_started_early_a_cached_briefing_is_shown_from_the_cache(
        children: list[Early], monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline as pipeline

    options = Options(keywords=4)
    first = make_briefing([], options, use_cache=True)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the pipeline ran")

    monkeypatch.setattr(pipeline, "make_sources", broken)  # (in the child too: it is forked after this)
    app = make_app([], options, use_cache=True, early=_fork(children, [], options, use_cache=True))
    async with app.run_test(size=SIZE) as pilot:
        await keywords_ready(pilot)
        assert to_dict(app.briefing) == to_dict(first)


@pytest.mark.slow
async def test_started_early_the_default_opens_on_the_stories_clearly_apart(
        children: list[Early], tmp_path: Path) -> None:
    from brief.tui.screens.stories import StoriesScreen

    paths = write_stories(tmp_path)
    early = _fork(children, paths, NO_KEYWORDS, one_story=False, confident=True)
    app = make_app(paths, NO_KEYWORDS, one_story=False, confident=True, early=early)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StoriesScreen), "the Stories view")
        assert sorted({Path(s.path).name.split("-")[0] for s in b.sources}.pop() for b in app.stories) == [
            "bridge", "flood", "strike"]


async def test_started_early_nothing_readable_ends_the_app_with_one_line(
        children: list[Early], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    app = make_app([missing], NO_KEYWORDS, early=_fork(children, [missing], NO_KEYWORDS))
    async with app.run_test(size=SIZE) as pilot:
        await until_failed(pilot, app, 400)
    assert app.return_code == 1
    assert app.failure == f"brief: no briefing could be made: {missing}: no such file"


def test_an_error_in_the_child_is_raised_where_its_reports_are_read(
        children: list[Early], monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("cleaning broke")

    monkeypatch.setattr(pipeline, "make_sources", broken)
    early = _fork(children, [], NO_KEYWORDS)
    with pytest.raises(ValueError, match="cleaning broke"):
        for _ in early.reports():
            pass
    monkeypatch.setattr(pipeline, "read", lambda *args, **kwargs: time.sleep(120))
    killed = _fork(children, [], NO_KEYWORDS)
    os.kill(killed.pid, signal.SIGKILL)  # (while it reads)
    with pytest.raises(RuntimeError, match="ended before its work did"):
        for _ in killed.reports():
            pass


def test_the_child_ends_when_the_app_does_and_never_writes_to_the_terminal(
        children: list[Early], monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    import brief.pipeline as pipeline

    def noisy(*args: object, **kwargs: object) -> None:
        os.write(1, b"written by the child\n")
        os.write(2, b"written by the child\n")
        print("printed by the child", flush=True)
        print("warned by the child", file=sys.stderr, flush=True)
        time.sleep(120)  # busy, as ranking is, when the app quits

    monkeypatch.setattr(pipeline, "read", noisy)
    early = _fork(children, [], NO_KEYWORDS)
    reports = early.reports()
    assert next(reports) == ("progress", "reading the bundled inputs")
    time.sleep(0.5)
    started = time.monotonic()
    early.stop()
    assert time.monotonic() - started < 0.5  # nothing waits for the work
    assert _gone(early.pid)
    out, err = capfd.readouterr()
    assert "child" not in out + err


def test_a_child_forked_later_does_not_keep_an_earlier_one_alive(
        children: list[Early], monkeypatch: pytest.MonkeyPatch) -> None:
    import brief.pipeline as pipeline

    monkeypatch.setattr(pipeline, "read", lambda *args, **kwargs: time.sleep(120))  # both busy reading
    first = _fork(children, [], NO_KEYWORDS)
    second = _fork(children, [], NO_KEYWORDS)  # (forked from a process holding the first one's pipes)
    first.stop()
    assert _gone(first.pid)
    assert not _gone(second.pid, 0.2)


def _alive(pid: int) -> bool:
    """Whether the process ``pid`` still runs (not gone, not a zombie waiting to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def _sorting_logged(monkeypatch: pytest.MonkeyPatch, log: Path, pause: float = 0, free: bool = True) -> None:
    """Log the id of the process that sorts each source's sentences (``brief.ranking.filters.sort_sentences``)
    into ``log``, one line a source, then wait ``pause`` seconds; have the seeds (two articles) grouped into
    stories first, as a folder of four articles or more is, where the early child reads them ahead; and have
    a core ``free`` for that, or not, whatever else this machine runs."""
    import brief.cores as cores
    import brief.ranking.filters as filters
    import brief.stories as stories

    monkeypatch.setattr(cores, "free_core", lambda besides=(): free)

    sort_sentences = filters.sort_sentences

    def logged(sentences: object) -> object:
        with open(log, "a", encoding="ascii") as out:
            out.write(f"{os.getpid()}\n")
        time.sleep(pause)
        return sort_sentences(sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(filters, "sort_sentences", logged)
    monkeypatch.setattr(stories, "too_few_apart", lambda items: False)


@pytest.mark.parametrize("free", [True, False])
def test_started_early_each_source_is_sorted_ahead_in_a_process_of_its_own_and_the_briefing_is_the_same(
        children: list[Early], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, free: bool) -> None:
    """With a core free, the sources are sorted in a process of their own; without, in the child; the briefing
    is brief's either way, and their pieces are in the cache for the next run."""
    import brief.stories as stories
    import brief.tui.ahead as ahead
    from brief.cache import Pieces
    from brief.model import source_runs
    from brief.ranking.filters import Sorted

    expected = make_briefing([], NO_KEYWORDS)
    log, done = tmp_path / "sorted", tmp_path / "read ahead"
    _sorting_logged(monkeypatch, log, free=free)
    read_ahead, group = ahead._read_ahead, stories.group

    def marked(*args: object) -> None:
        read_ahead(*args)  # type: ignore[arg-type]
        done.touch()

    def grouped(*args: object, **kwargs: object) -> object:  # (the child groups once every source is read ahead)
        deadline = time.monotonic() + (30 if free else 0)
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return group(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ahead, "_read_ahead", marked)
    monkeypatch.setattr(stories, "group", grouped)
    early = _fork(children, [], NO_KEYWORDS, use_cache=True, one_story=False, confident=True)
    reports = dict(early.reports())
    briefing, _ = reports["ranked"]
    assert to_dict(briefing) == to_dict(expected)
    sorters = set(map(int, log.read_text(encoding="ascii").split()))
    assert len(log.read_text(encoding="ascii").split()) == len(expected.sources)
    assert (early.pid not in sorters) if free else (sorters == {early.pid})
    store = Pieces()  # what was read ahead is in the cache for the next run, as the child would have left it
    for start, end in source_runs(expected.sentences):
        parts = [f"{s.paragraph}:{s.text}" for s in expected.sentences[start:end]]
        assert store.get("sorted sentences", parts, Sorted) is not None


def test_the_process_reading_ahead_ends_when_the_app_does(
        children: list[Early], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    log = tmp_path / "sorted"
    _sorting_logged(monkeypatch, log, pause=120)  # busy reading ahead when the app quits
    early = _fork(children, [], NO_KEYWORDS, one_story=False, confident=True)
    deadline = time.monotonic() + 30
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    (reader,) = set(map(int, log.read_text(encoding="ascii").split()))
    assert reader != early.pid
    early.stop()
    assert _gone(early.pid)
    deadline = time.monotonic() + 10
    while _alive(reader) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _alive(reader)


@pytest.mark.parametrize("sent", ["one source", "garbled"])
def test_what_the_process_reading_ahead_did_not_send_is_read_here(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sent: str) -> None:
    """The process reading ahead ended after one source, or sent what does not read back: the sources it did not
    send are sorted here, and the ranking gets what it would have got without it."""
    import brief.tui.ahead as ahead
    from brief.pipeline import load
    from brief.ranking.filters import sort_by_source

    _, sentences, _ = load([])  # the seeds: two sources
    read_ahead, done = ahead._read_ahead, tmp_path / "done"

    def cut_short(runs: list[object], behind: object, written: int) -> None:
        if sent == "garbled":
            os.write(written, b"\x05\x00\x00\x00\x00\x00\x00\x00brief")
        else:
            read_ahead(runs[:1], behind, written)  # type: ignore[arg-type]
        done.touch()

    monkeypatch.setattr(ahead, "_read_ahead", cut_short)
    store = ahead.Ahead(sentences, None)
    deadline = time.monotonic() + 30
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sort_by_source(sentences, store) == sort_by_source(sentences)
    store.wait()


def test_the_child_sends_the_points_before_their_story(children: list[Early]) -> None:
    """The ranked briefing crosses alone, its story (1 MB pickled for 25 articles) after it: the app draws the
    points while the child pickles the story, which ``+`` then ranks again."""
    from brief.tui.early import ready

    early = _fork(children, [], NO_KEYWORDS)
    reports = list(early.reports())
    kinds = [kind for kind, _ in reports]
    assert kinds[kinds.index("ranked"):] == ["ranked", "story"]
    (briefing, story), sent = reports[-2][1], reports[-1][1]
    assert story is None and isinstance(sent, bytes)
    assert resized(briefing, 3, ready(sent))[0].points == resized(make_briefing([], NO_KEYWORDS), 3)[0].points
