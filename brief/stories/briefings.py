"""Many stories in, a briefing for each: read once, group the sources by story, brief every story
on the single-story path (``brief.pipeline.brief_items``), the larger runs on every core."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from brief.english import counted
from brief.inputs import Document, make_sources
from brief.model import Briefing, Problem, Sentence, Source
from brief.options import Options
from brief.pipeline import NoBriefing, brief_items, load_encoder_early, piece_store, read
from brief.stories.grouping import CLEARLY_APART_SOURCES, group

if TYPE_CHECKING:
    from brief.cache import Pieces

Briefed = Briefing | tuple[Problem, ...]
Made = tuple[list[Source], list[Sentence], list[Problem]]
Part = tuple[Sequence[Document | Problem], Made | None]
"""One story to brief: its documents, and their sources as ``make_sources`` makes them (None: made there)."""
StoryMapper = Callable[[Callable[..., Briefed], Sequence[Part], Options, bool], Iterator[tuple[int, Briefed]]]
"""Runs ``fn(part, options, use_cache)`` for every part elsewhere (``brief.cluster``: on a Dask cluster's
workers) and yields each ``(index of the part, result)`` as it finishes."""

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
                 workers: int | None = None, mapper: StoryMapper | None = None,
                 reader: Callable[[Sequence[str], bool], list[Document | Problem]] = read,
                 confident: bool = False) -> Stories:
    """Read every input, group the sources into stories and brief each one. Raises NoBriefing when
    no input gave any text. With ``one_story`` (or when the grouping finds one story), everything
    is briefed as one, exactly as ``brief.pipeline.make_briefing`` does; with ``confident`` (brief's
    default), the stories clearly apart apart and the others one (``brief.stories.grouping.apart``).
    ``reader`` reads the inputs and ``mapper`` briefs the stories of several, elsewhere
    (``brief.cluster``), with the same result."""
    say = progress or (lambda _message: None)
    say(f"reading {counted(len(inputs), 'input') if inputs else 'the bundled inputs'}")
    items = reader(inputs, options.fetch)
    if one_story or confident and too_few_apart(items):
        return _one(items, options, use_cache, progress, mapper)
    from brief.stories.kept import Kept

    if not (use_cache and _briefed_before(items, options)):  # (else, most likely, nothing is to be encoded)
        load_encoder_early(items)
    say(f"cleaning and splitting {counted(len(items), 'document')}")
    kept = Kept(piece_store() if use_cache else None)  # each input cleaned once: for the grouping and its story
    made = make_sources(items, kept)
    sources, sentences, problems = made
    if not sources:
        raise NoBriefing(problems)
    say(f"grouping {counted(len(sources), 'source')} into stories")
    stories = group(sources, sentences, confident=confident, store=kept if use_cache else None)
    return brief_stories(items, made, stories, options, use_cache, progress, workers, mapper, kept)


def _briefed_before(items: Sequence[Document | Problem], options: Options) -> bool:
    """Whether the cache holds the briefing of all of ``items`` as one story (the key ``brief_items`` looks for)."""
    from brief import cache

    return cache.holds(cache.briefing_key(options, items))


def too_few_apart(items: Sequence[Document | Problem]) -> bool:
    """Whether ``items`` hold too few documents for two stories clearly apart (``grouping.CLEARLY_APART_SOURCES``):
    brief's default then briefs them as one story straight away, without cleaning them to group them first (a
    repeated run is then served from the cache before anything is cleaned)."""
    return sum(isinstance(item, Document) for item in items) < CLEARLY_APART_SOURCES


def brief_stories(items: Sequence[Document | Problem], made: Made, stories: Sequence[Sequence[int]],
                  options: Options = Options(), use_cache: bool = False, progress: Callable[[str], None] | None = None,
                  workers: int | None = None, mapper: StoryMapper | None = None,
                  kept: Pieces | None = None) -> Stories:
    """Brief each story (source ids of ``made``, which is ``make_sources(items, kept)``) from its own
    documents; a single story is briefed from every item, exactly as one story always was. With ``kept``
    (``brief.stories.kept.Kept``), each story's sources are made here from the pieces cleaned for the
    grouping, and sent with its documents: no input is cleaned twice."""
    if len(stories) == 1:
        return _one(items, options, use_cache, progress, mapper, made)
    by_id = {s.id: s for s in made[0]}
    parts = [story_items(items, [by_id[i] for i in story]) for story in stories]
    problems = tuple(item for item in items if isinstance(item, Problem))
    unread = tuple(p for p in made[2] if p not in problems)  # cleaning's refusals (language, no text)
    held = Counter(s.source_id for s in made[1])
    sizes = [sum(held[i] for i in story) for story in stories]  # each story's sentences: its share of the work

    def prepare(documents: Sequence[Document | Problem]) -> Part:
        return documents, None if kept is None else make_sources(documents, kept)

    briefed = _brief_all(parts, sizes, prepare, options, use_cache, progress or (lambda _message: None), workers,
                         mapper)
    briefings = most_reported_first([b for b in briefed if isinstance(b, Briefing)])
    lost = tuple(p for failure in briefed if isinstance(failure, tuple) for p in failure)
    if not briefings:
        raise NoBriefing((*problems, *unread, *lost))
    return Stories(tuple(replace(b, problems=()) for b in briefings), (*problems, *unread, *lost))


def most_reported_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    """``briefings`` (in the grouping's order) with the stories of several sources first, the most independent
    reports first as each briefing counts them (``Briefing.independent_reports``: versions of one report and
    stories of one outlet together, the count its header prints), then the most sources; a story of one source
    last. Ties keep the grouping's order. The grouping counts versions alone (it cannot tell outlets before a
    story's sources are made), so ten AP stories read there as ten reports and are one in the briefing."""
    def order(numbered: tuple[int, Briefing]) -> tuple[bool, int, int, int]:
        n, briefing = numbered
        return len(briefing.sources) == 1, -briefing.independent_reports(), -len(briefing.sources), n

    return [briefing for _, briefing in sorted(enumerate(briefings), key=order)]


def _alone(briefing: Briefing) -> Stories:
    return Stories((replace(briefing, problems=()),), briefing.problems)


def _one(items: Sequence[Document | Problem], options: Options, use_cache: bool,
         progress: Callable[[str], None] | None, mapper: StoryMapper | None, made: Made | None = None) -> Stories:
    """Everything briefed as one story, here, or by ``mapper`` elsewhere (the same briefing)."""
    if mapper is None:
        return _alone(brief_items(items, options, use_cache, progress, made=made))
    ((_, briefed),) = mapper(_brief, [(items, made)], options, use_cache)
    if isinstance(briefed, tuple):
        raise NoBriefing(briefed)
    return _alone(briefed)


def _brief_all(parts: Sequence[Sequence[Document | Problem]], sizes: Sequence[int],
               prepare: Callable[[Sequence[Document | Problem]], Part], options: Options, use_cache: bool,
               say: Callable[[str], None], workers: int | None, mapper: StoryMapper | None = None) -> list[Briefed]:
    """Each story's briefing (its documents ``parts``, made ready by ``prepare``), in story order: in worker
    processes when the run is large enough, the largest stories (by ``sizes``) started first, so that no large
    one is left to finish alone at the end; each story is handed over as soon as it is made ready, so the
    workers start while the others are being made. A story whose articles give no text when cleaned on their
    own gives its problems instead."""
    total = sum(len(documents) for documents in parts)
    workers = workers if workers is not None else (os.cpu_count() or 1) if total >= PARALLEL_SOURCES else 1
    done: list[Briefed | None] = [None] * len(parts)
    largest = sorted(range(len(parts)), key=lambda n: (-sizes[n], n))
    if mapper is not None:
        mapped = mapper(_brief_on_a_worker, [prepare(parts[n]) for n in largest], options, use_cache)
        for finished, (k, briefed) in enumerate(mapped, 1):
            done[largest[k]] = briefed
            say(f"briefed {finished} of {len(parts)} stories")
    elif workers <= 1:
        for n, part in enumerate(parts):
            say(f"briefing story {n + 1} of {len(parts)}")
            done[n] = _brief(prepare(part), options, use_cache)
    else:
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("spawn")  # no fork of a process holding encoder threads
        from brief.embedding import among_workers

        with ProcessPoolExecutor(min(workers, len(parts)), mp_context=context, initializer=among_workers) as pool:
            futures: dict[Future[Briefed], int] = {}
            for n in largest:
                futures[pool.submit(_brief, prepare(parts[n]), options, use_cache)] = n
            for finished, future in enumerate(as_completed(futures), 1):
                done[futures[future]] = future.result()
                say(f"briefed {finished} of {len(parts)} stories")
    return [b for b in done if b is not None]


def _brief_on_a_worker(part: Part, options: Options, use_cache: bool) -> Briefed:
    """``_brief`` on a Dask worker: the cluster's workers run one task per thread they declare, so a
    briefing there keeps to its thread (``one_core``) rather than start a second one on a core the
    cluster gave another worker. With two workers of one thread each, one worker's briefings took 1.5
    cores, its keywords' thread beside its own, and two workers briefed 1.4 times as many stories a
    second as one; keeping to one thread, 1.8 times (``bench/stories.py --dask 2``, docs/benchmarks.md). The local
    pool's processes keep the second thread: with it two Dask workers briefed TAC 2010's 49 stories in
    46.9 s, without it in 49.3 s."""
    return _brief(part, options, use_cache, one_core=True)


def _brief(part: Part, options: Options, use_cache: bool, one_core: bool = False) -> Briefed:
    """One story's briefing on the single-story path (from its sources when they come made), or the
    problems that kept it from being made (an exception with arguments of its own does not cross
    between processes intact). ``one_core``: see ``brief.pipeline.brief_items``."""
    documents, made = part
    try:
        return brief_items(documents, options, use_cache, made=made, one_core=one_core)
    except NoBriefing as failure:
        return failure.problems
