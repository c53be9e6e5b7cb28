"""The headless core: inputs in, one Briefing out. No front end is imported here."""

from __future__ import annotations

from collections import Counter
from contextlib import nullcontext
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from brief.english import counted
from brief.facts.differences import differing
from brief.glosses import glossed
from brief.headline import story_headline
from brief.inputs import Document, make_sources, read_items
from brief.inputs.versions import copied_groups
from brief.model import Briefing, Keyword, Point, Problem, Sentence, Source, Support, source_runs
from brief.options import DEFAULT_KEYWORD_ENGINE, DEFAULT_KEYWORDS, DEFAULT_POINTS, Options
from brief.ranking import RANKERS
from brief.ranking.lead_ins import with_lead_in
from brief.ranking.order import reading_order
from brief.ranking.updates import latest, named_days, superseded
from brief.resources import display_path, seed_paths
from brief.story import Story, make_story

if TYPE_CHECKING:
    from concurrent.futures import Future

    from brief.beside import Beside
    from brief.cache import Pieces, Vectors

__all__ = ["DEFAULT_KEYWORDS", "DEFAULT_POINTS", "NoBriefing", "Options", "brief_items", "load", "make_briefing",
           "read", "resized", "summarize", "with_keywords"]

KEYWORD_SOURCES = 8  # keywords are ranked on at most this many sources (see with_keywords)
# Below this many documents a story is briefed in one process: starting a second (``brief.beside``: Python and
# brief's modules, about half a CPU second on the other core) costs more than it saves.
MIN_SHARED = 40


class NoBriefing(Exception):
    """Nothing could be briefed; ``problems`` says why for each input."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("no briefing could be made")
        self.problems = tuple(problems)


def read(inputs: Sequence[str | Path], fetch: bool = True) -> list[Document | Problem]:
    """Read every input in order; no inputs means the bundled seeds."""
    if inputs:
        return read_items(inputs, fetch=fetch)
    return [Document(display_path(p), p.read_text(encoding="utf-8")) for p in seed_paths()]


def load(inputs: Sequence[str | Path], fetch: bool = True) -> tuple[list[Source], list[Sentence], list[Problem]]:
    """Read and clean every input, merge copies of one article, and split the sources into sentences.

    No inputs means the bundled seeds. With ``fetch`` off, feed teasers are not followed.
    """
    return make_sources(read(inputs, fetch))


def summarize(story: Story, options: Options) -> tuple[Point, ...]:
    """Rank and select facts: one point per fact, with every source that states it."""
    sentences, facts = story.sentences, story.facts
    chosen = RANKERS[options.algorithm](story, options.limit)
    for step in (latest, superseded, named_days):  # the latest word on each fact, then what supersedes it
        chosen = step(story, chosen, options.limit)
    kindred = frozenset((s.id, other) for s in story.sources for other in s.kin if s.id < other)
    outlets = {s.id: s.outlet for s in story.sources if s.outlet}
    points: list[Point] = []
    taken: list[int] = []
    for pick in chosen:
        i = pick.index
        if any(facts.same_fact(i, j) for j in taken):
            continue
        taken.append(i)
        links, differences = differing(story, i, facts.fact(i))
        own = sentences[i] if pick.lead_in is None else with_lead_in(story, pick.lead_in, i)
        if pick.lead_in is not None:  # a source is cited for two sentences only when it states both facts
            both = {sentences[link.position].source_id for link in facts.fact(pick.lead_in)}
            links = tuple(link for link in links if link.position == i or sentences[link.position].source_id in both)
        supports, said = [], []
        for link in links:
            s = own if link.position == i else sentences[link.position]
            supports.append(Support(s.source_id, s.index, s.start, s.end, link.similarity, link.how))
            said.append((s.source_id, sentences[link.position].text))
        copied = copied_groups(said, kindred, outlets) if len(said) > 1 else ()
        points.append(Point(own, pick.score, tuple(supports), pick.why,
                            alone=story.n_sources > 1 and facts.alone(i), copied=copied,
                            differences=differences))
    return glossed(reading_order(story, points, taken), story.sources, story.common_words, story.writers)


def make_briefing(inputs: Sequence[str | Path], options: Options = Options(), use_cache: bool = False,
                  progress: Callable[[str], None] | None = None,
                  ranked: Callable[[Briefing], None] | None = None,
                  aligned: Callable[[Story], None] | None = None) -> Briefing:
    """The whole pipeline. Raises NoBriefing when no input gave any text.

    With ``use_cache``, a briefing of exactly the same inputs, options and brief code is
    served from the cache (see ``brief.cache``), and a new one is stored there, keywords
    included. ``progress`` hears a short line as each step starts. ``ranked`` hears the
    briefing as soon as its points are ranked, before its keywords (the TUI shows it then);
    the keywords are then found after the ranking rather than beside it, with the same result.
    ``aligned`` hears the story, its facts aligned, before it is ranked: ``resized`` ranks it
    again for another length without reading, cleaning or aligning (a cached briefing has none).
    """
    say = progress or (lambda _message: None)
    say(f"reading {counted(len(inputs), 'input') if inputs else 'the bundled inputs'}")
    return brief_items(read(inputs, options.fetch), options, use_cache, progress, ranked, aligned)


def brief_items(items: Sequence[Document | Problem], options: Options = Options(), use_cache: bool = False,
                progress: Callable[[str], None] | None = None,
                ranked: Callable[[Briefing], None] | None = None,
                aligned: Callable[[Story], None] | None = None,
                made: tuple[list[Source], list[Sentence], list[Problem]] | None = None,
                one_core: bool = False, kept: Pieces | None = None) -> Briefing:
    """``make_briefing`` of inputs already read (``read``): the one path every story is briefed by.
    ``made`` is ``make_sources(items)`` when the caller has it already (it is not made again). With
    ``one_core`` (a worker among others, each with a core of its own) the keywords are found after the
    points, not on a second thread beside them: the same briefing, without two threads in one core.
    ``kept``: the caller's store of this run's steps' results (``brief.tui.ahead.Ahead``, which a second
    process fills ahead, the cache's store behind it when the cache is on), asked in place of the cache's
    own and of a second process here."""
    say = progress or (lambda _message: None)
    key = None
    if use_cache:
        from brief import cache

        key = cache.briefing_key(options, items)
        cached = cache.get(key)
        if cached is not None:
            return cached
    if not one_core:
        load_encoder_early(items)
    say(f"cleaning and splitting {counted(len(items), 'document')}")
    beside = _beside(items, use_cache, one_core) if kept is None else None
    try:
        return _brief_items(items, options, key, say, ranked, aligned, made, one_core, beside,
                            beside or kept or (piece_store() if use_cache else None))
    finally:
        if beside is not None:
            beside.close()


def load_encoder_early(items: Sequence[Document | Problem]) -> None:
    """For a briefing of fewer than ``MIN_SHARED`` documents within ``brief.embedding.elsewhere`` (a CLI run): the
    encoder starts loading in a process of its own now, on the other core, while this one cleans, groups and sorts
    (``brief.embedding.load_elsewhere``). A larger story has its second process already (``brief.beside``), or
    its stories are briefed by processes of their own (``brief.stories.briefings``)."""
    if not _large(items):
        from brief.embedding import load_elsewhere

        load_elsewhere()


def _large(items: Sequence[Document | Problem]) -> bool:
    """Whether ``items`` hold ``MIN_SHARED`` documents or more: a story large enough for a second process of its own
    (``brief.beside``) rather than only the encoder's (``load_encoder_early``)."""
    return sum(isinstance(item, Document) for item in items) >= MIN_SHARED


def _beside(items: Sequence[Document | Problem], use_cache: bool, one_core: bool) -> Beside | None:
    """A second process for a large story's steps on each input (``brief.beside``), or None."""
    if not _large(items):
        return None
    from brief.beside import Beside

    return Beside(piece_store() if use_cache else None) if Beside.wanted(one_core) else None


def _brief_items(items: Sequence[Document | Problem], options: Options, key: str | None, say: Callable[[str], None],
                 ranked: Callable[[Briefing], None] | None, aligned: Callable[[Story], None] | None,
                 made: tuple[list[Source], list[Sentence], list[Problem]] | None, one_core: bool,
                 beside: Beside | None, pieces: Pieces | None) -> Briefing:
    use_cache = key is not None
    sources, sentences, problems = made or make_sources(items, pieces)
    if not sources:
        raise NoBriefing(problems)
    if beside is not None and made is not None:
        beside.read_ahead([sentences[start:end] for start, end in source_runs(sentences)])
    say(f"ranking {counted(len(sentences), 'sentence')} from {counted(len(sources), 'source')}")
    early: Future[Found] | _OnAThread | None = None
    if options.keywords > 0 and ranked is None and not one_core:
        # The keywords do not depend on the points: find them on the other core while the
        # facts are aligned and ranked (both steps spend their time in the encoder), in the
        # second process when there is one (a thread here shares the interpreter with the ranking).
        sample = keyword_sample(sources, sentences, KEYWORD_SOURCES)
        store = piece_store() if use_cache else None
        if beside is not None:
            early = beside.submit(_keywords, sample, sources, options.keywords, options.keyword_engine, store)
            beside.write_later()  # then the pieces cleaned and split so far
        else:
            early = _OnAThread(_keywords, sample, sources, options.keywords, options.keyword_engine, store)
    from brief.embedding import two_threads

    with two_threads() if early is None and not one_core else nullcontext():  # nothing else encodes meanwhile
        story = make_story(sources, sentences, _vectors() if use_cache else None, pieces)
    if aligned is not None:
        aligned(story)
    points = summarize(story, options)
    briefing = Briefing(story_headline(sources, points), points, tuple(sources), (), options.algorithm,
                        tuple(problems), tuple(sentences))
    if ranked is not None:
        ranked(briefing)
    if options.keywords:
        say("finding keywords")
    if early is not None:
        try:
            found = early.result()
        except Exception:
            if beside is None:
                raise
            # the second process is gone: the keywords are found here
            found = _keywords(sample, sources, options.keywords, options.keyword_engine, store)
        briefing = _with(briefing, found)
    elif options.keywords > 0:
        sample = keyword_sample(briefing.sources, briefing.sentences, KEYWORD_SOURCES)
        briefing = _with(briefing, _keywords(sample, briefing.sources, options.keywords, options.keyword_engine,
                                             piece_store() if use_cache else None))
    if key is not None:
        from brief import cache

        cache.put(key, briefing)
    return briefing


class _OnAThread:
    """``fn(*args)`` run on a thread of its own, as a one-thread ``concurrent.futures`` pool would run it: ``result``
    waits for it and raises what it raised, and the interpreter waits for it at exit. Without the pool's import
    (``logging``'s with it: 4 ms of CPU of every briefing with keywords, measured after brief's own imports)."""

    def __init__(self, fn: Callable[..., Found], *args: Any) -> None:
        import threading

        self._found: Found | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, args), name="brief-keywords")
        self._thread.start()

    def _run(self, fn: Callable[..., Found], args: tuple[Any, ...]) -> None:
        try:
            self._found = fn(*args)
        except BaseException as error:  # raised in the thread that asks for the result
            self._error = error

    def result(self) -> Found:
        """What ``fn`` returned, once it has."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._found is not None
        return self._found


def resized(briefing: Briefing, points: int, story: Story | None = None,
            use_cache: bool = False) -> tuple[Briefing, Story]:
    """The briefing ranked again for ``points`` points, everything else kept (sources, keywords, problems).

    Returns the story too (its facts aligned), so the next change of length skips the alignment.
    Without a ``story`` (a cached briefing) its facts are aligned here, on the cached sentence
    vectors with ``use_cache``.
    """
    story = story or make_story(briefing.sources, briefing.sentences,
                                *((_vectors(), piece_store()) if use_cache else ()))
    chosen = summarize(story, Options(algorithm=briefing.algorithm or Options().algorithm, sentences=max(1, points)))
    return replace(briefing, title=story_headline(briefing.sources, chosen), points=chosen), story


def _vectors() -> Vectors:
    """The cache's store of sentence vectors, for the fact alignment's sentences."""
    from brief.cache import Vectors
    from brief.facts.semantic import MAX_TOKENS

    return Vectors(MAX_TOKENS)


def piece_store() -> Pieces:
    """The cache's store of steps' results: each input cleaned and split, a sample's keywords."""
    from brief.cache import Pieces

    return Pieces()


def with_keywords(briefing: Briefing, top_n: int, engine: str = DEFAULT_KEYWORD_ENGINE) -> Briefing:
    """The briefing with its story keywords and each source's own (none when ``top_n`` is 0),
    found by the keyword ``engine`` (a name in ``brief.options.KEYWORD_ENGINES``).

    Beyond KEYWORD_SOURCES sources, keywords are ranked on a sample (the most central
    sources, see ``keyword_sample``) and then located in every source, so time stays flat
    however many articles come in.
    """
    if top_n <= 0:
        return briefing
    sample = keyword_sample(briefing.sources, briefing.sentences, KEYWORD_SOURCES)
    return _with(briefing, _keywords(sample, briefing.sources, top_n, engine))


Found = tuple[tuple[Keyword, ...], dict[int, tuple[Keyword, ...]]]


def _keywords(sample: Sequence[Source], sources: Sequence[Source], top_n: int, engine: str,
              store: Pieces | None = None) -> Found:
    """The story's keywords ranked on ``sample`` and located in every source, and the sample's own.

    With a ``store`` (the cache), a sample ranked in an earlier run (the same sources, numbered
    alike) is not ranked again: a story that gains an article outside its sample only locates them."""
    from brief.keywords import all_keywords, locate

    sampled = len(sample) < len(sources)
    # A sample stands for a large story: its sources' leads (128 tokens) carry what they are about.
    lead = 128 if sampled else 256
    parts = [repr((top_n, engine, lead)), *(f"{s.id}:{s.text}" for s in sample)]
    found = store.get("keywords", parts, Found) if store is not None else None
    if found is None:
        found = all_keywords(sample, top_n, engine, lead_tokens=lead)
        if store is not None:
            store.put("keywords", parts, found)
    story, per_source = found
    if sampled:
        story = locate(story, sources)
    return tuple(story), dict(per_source)


def _with(briefing: Briefing, found: Found) -> Briefing:
    story, per_source = found
    return replace(briefing, keywords=story, source_keywords=tuple(per_source.get(s.id, ()) for s in briefing.sources))


def keyword_sample(sources: Sequence[Source], sentences: Sequence[Sentence], size: int) -> list[Source]:
    """Up to ``size`` sources that stand for the story, in id order: all of them when few, else
    the most central, whose word pairs (``brief.lexical``'s concepts) most other sources share.

    It does not depend on the points, so the keywords can be found while the facts are ranked.
    """
    if len(sources) <= size:
        return list(sources)
    from brief.lexical import analyse

    held: dict[int, set[str]] = {s.id: set() for s in sources}
    for sentence in sentences:
        held[sentence.source_id] |= analyse(sentence.text).concepts
    spread = Counter(chain.from_iterable(held.values()))  # concept -> how many sources hold it

    def centrality(source: Source) -> float:
        mine = held[source.id]  # (a sum of whole numbers: the same in any order)
        return (sum(map(spread.__getitem__, mine)) - len(mine)) / (1 + len(mine)) ** 0.5

    ranked = sorted(sources, key=lambda s: (-centrality(s), s.id))
    return sorted(ranked[:size], key=lambda s: s.id)
