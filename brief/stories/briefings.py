"""Many stories in, a briefing for each: read once, group the sources by story, brief every story
on the single-story path (``brief.pipeline.brief_items``), the larger runs on every core."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from brief.english import counted
from brief.inputs import Document, make_sources
from brief.model import Briefing, Problem, Sentence, Source
from brief.options import Options
from brief.pipeline import NoBriefing, brief_items, read
from brief.stories.grouping import group

# Below this many sources the stories are briefed one after another: starting a worker process
# (Python, brief and its model) costs more than it saves.
PARALLEL_SOURCES = 40


@dataclass(frozen=True)
class Stories:
    """Every story's briefing, most reported first, and the inputs that could not be briefed."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...] = ()


def story_items(items: Sequence[Document | Problem], sources: Sequence[Source]) -> list[Document]:
    """The documents, in input order, that the story of ``sources`` was made from (copies included)."""
    paths = {origin for s in sources for origin in (s.origins or (s.path,))}
    return [item for item in items if isinstance(item, Document) and item.path in paths]


def make_stories(inputs: Sequence[str], options: Options = Options(), use_cache: bool = False,
                 progress: Callable[[str], None] | None = None, one_story: bool = False,
                 workers: int | None = None) -> Stories:
    """Read every input, group the sources into stories and brief each one. Raises NoBriefing when
    no input gave any text. With ``one_story`` (or when the grouping finds one story), everything
    is briefed as one, exactly as ``brief.pipeline.make_briefing`` does."""
    say = progress or (lambda _message: None)
    say(f"reading {counted(len(inputs), 'input') if inputs else 'the bundled inputs'}")
    items = read(inputs, options.fetch)
    if one_story:
        return _alone(brief_items(items, options, use_cache, progress))
    say(f"cleaning and splitting {counted(len(items), 'document')}")
    made = make_sources(items)
    sources, sentences, problems = made
    if not sources:
        raise NoBriefing(problems)
    say(f"grouping {counted(len(sources), 'source')} into stories")
    return brief_stories(items, made, group(sources, sentences), options, use_cache, progress, workers)


def brief_stories(items: Sequence[Document | Problem], made: tuple[list[Source], list[Sentence], list[Problem]],
                  stories: Sequence[Sequence[int]], options: Options = Options(), use_cache: bool = False,
                  progress: Callable[[str], None] | None = None, workers: int | None = None) -> Stories:
    """Brief each story (source ids of ``made``, which is ``make_sources(items)``) from its own
    documents; a single story is briefed from every item, exactly as one story always was."""
    if len(stories) == 1:
        return _alone(brief_items(items, options, use_cache, progress, made=made))
    by_id = {s.id: s for s in made[0]}
    parts = [story_items(items, [by_id[i] for i in story]) for story in stories]
    problems = tuple(item for item in items if isinstance(item, Problem))
    unread = tuple(p for p in made[2] if p not in problems)  # cleaning's refusals (language, no text)
    briefed = _brief_all(parts, options, use_cache, progress or (lambda _message: None), workers)
    briefings = [b for b in briefed if isinstance(b, Briefing)]
    lost = tuple(p for failure in briefed if isinstance(failure, tuple) for p in failure)
    if not briefings:
        raise NoBriefing((*problems, *unread, *lost))
    return Stories(tuple(replace(b, problems=()) for b in briefings), (*problems, *unread, *lost))


def _alone(briefing: Briefing) -> Stories:
    return Stories((replace(briefing, problems=()),), briefing.problems)


def _brief_all(parts: Sequence[Sequence[Document]], options: Options, use_cache: bool,
               say: Callable[[str], None], workers: int | None) -> list[Briefing | tuple[Problem, ...]]:
    """Each story's briefing, in story order: in worker processes when the run is large enough. A story
    whose articles give no text when cleaned on their own gives its problems instead."""
    total = sum(len(part) for part in parts)
    workers = workers if workers is not None else (os.cpu_count() or 1) if total >= PARALLEL_SOURCES else 1
    done: list[Briefing | tuple[Problem, ...] | None] = [None] * len(parts)
    if workers <= 1:
        for n, part in enumerate(parts):
            say(f"briefing story {n + 1} of {len(parts)}")
            done[n] = _brief(part, options, use_cache)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("spawn")  # no fork of a process holding encoder threads
        with ProcessPoolExecutor(min(workers, len(parts)), mp_context=context) as pool:
            futures = {pool.submit(_brief, part, options, use_cache): n for n, part in enumerate(parts)}
            for finished, future in enumerate(as_completed(futures), 1):
                done[futures[future]] = future.result()
                say(f"briefed {finished} of {len(parts)} stories")
    return [b for b in done if b is not None]


def _brief(part: Sequence[Document], options: Options, use_cache: bool) -> Briefing | tuple[Problem, ...]:
    """One story's briefing on the single-story path, or the problems that kept it from being made
    (an exception with arguments of its own does not cross between processes intact)."""
    try:
        return brief_items(part, options, use_cache)
    except NoBriefing as failure:
        return failure.problems
