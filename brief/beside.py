"""A large story's steps on each input, shared with a second process: the other core's share of the work.

One story's briefing is one Python process, and its threads take turns at the interpreter: only the encoder's
passes run beside them. The steps that read one input at a time (cleaning it, splitting it into sentences) and
one source's sentences at a time (sorting them into candidates, reading the verbs they give as planned and as
done) read nothing of the other inputs, so a second process runs them too: each step's inputs are cut into
chunks, the worker takes them from the first, this process from the last, and each step's results are kept
(``Beside``, a ``brief.stories.kept.Kept``) where the steps look for them, as they look for the cache's. A
step's result is a pure function of what it is keyed by, so the briefing is the one a single process makes.

The worker also finds the story's keywords (a thread here would share the interpreter with the ranking), and,
with the cache on, writes the pieces both processes computed to it once the keywords are found, while this
process ranks the story: creating thousands of files waits on the disk.

It runs only when another core is free (``free_core``): on cores busy with other work a second process only
shares them, and what it costs (its start, the sentences both processes read) is paid in CPU seconds.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeVar

from brief.cache import Pieces
from brief.cores import free_core
from brief.stories.kept import Kept
from brief.story import RUN_STEPS, run_keys

if TYPE_CHECKING:
    from brief.cleaning import Cleaned
    from brief.inputs.document import Document
    from brief.inputs.sources import _Split
    from brief.model import Sentence
    from brief.ranking.filters import Sorted
    from brief.story import Stated

# Each step's inputs are cut into this many chunks, shared between the two processes. What the worker has taken
# (the chunk it runs and those queued to it) is waited for: with 20, the ranking of 1,000 articles waited 1.0-1.4 s
# for it, with 60 0.3-0.6 s.
CHUNKS = 60

T = TypeVar("T")
R = TypeVar("R")


Unwritten = list[tuple[str, Sequence[str], Any]]
"""Pieces computed but not yet written to the cache: ``(step, parts, value)``, as ``Pieces.put`` takes them."""


class _Later(Pieces):
    """The cache's pieces read now and written later (``_write``): creating thousands of files waits on the disk,
    and the worker has time for it once the story's keywords are found, while this process ranks."""

    unwritten: Unwritten = []  # (in the worker: what it computed)

    def put(self, step: str, parts: Sequence[str], value: Any) -> None:
        self.unwritten.append((step, parts, value))


def _store(use_cache: bool) -> Pieces | None:
    return _Later() if use_cache else None


def _write(pieces: Unwritten) -> None:
    """Write ``pieces`` (this process's) and the worker's own to the cache."""
    store = Pieces()
    for step, parts, value in (*pieces, *_Later.unwritten):
        store.put(step, parts, value)
    _Later.unwritten.clear()


def _behind(store: Pieces | None) -> Pieces | None:
    return store


def _cleaned_chunk(documents: Sequence[Document], use_cache: bool) -> list[Cleaned]:
    from brief.inputs.sources import _cleaned

    store = _store(use_cache)
    return [_cleaned(d, store) for d in documents]


def _split_chunk(pairs: Sequence[tuple[Document, Cleaned]], use_cache: bool) -> list[_Split]:
    from brief.inputs.sources import _split_kept

    store = _store(use_cache)
    return [_split_kept(d, c, store) for d, c in pairs]


def _read_chunk(runs: Sequence[Sequence[Sentence]], use_cache: bool) -> list[tuple[Sorted, Stated]]:
    from brief.facts.claims import _acts, asserted
    from brief.lexical import analyse
    from brief.story import read_run

    store = Kept(_store(use_cache))
    try:
        return [read_run(run, store) for run in runs]
    finally:  # each sentence is read within its chunk: what the worker held of them would only add to its memory
        analyse.cache_clear()  # (both processes together peaked at 667 MiB PSS on the 1,000 articles; now 572)
        _acts.cache_clear()
        asserted.cache_clear()


def _start_method() -> str:
    """How the worker starts: a fork of this process when it is the only thread and has not loaded the encoder's
    runtime (it has brief's modules loaded already: about 0.3 CPU seconds less, and it starts at once), else a
    fresh interpreter: a fork of a process holding other threads, Python's or the runtime's own, may inherit a
    lock one of them held, and the encoder loaded here would be missing its threads there."""
    if threading.active_count() > 1 or "onnxruntime" in sys.modules \
            or "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"
    for stream in (sys.stdout, sys.stderr):  # what this process has yet to write is not written twice
        if stream is not None:
            stream.flush()
    return "fork"


def _chunks(values: Sequence[T]) -> list[Sequence[T]]:
    size = max(1, -(-len(values) // CHUNKS))
    return [values[k:k + size] for k in range(0, len(values), size)]


class Beside(Kept):
    """Steps' results of this run in memory (``Kept``), the cache's store ``behind`` it, and a worker process that
    computes a share of them: ``cleaned`` and ``split`` before their steps run here (``brief.inputs.make_sources``),
    ``read_ahead`` the sources' sorting and acts, asked for when the story is ranked; then what it is handed
    (``submit``: the story's keywords), and last it writes the pieces both processes computed to the cache
    (``write_later``, ``close``)."""

    def __init__(self, behind: Pieces | None) -> None:
        super().__init__(behind)
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(_start_method()))
        self._ahead: list[tuple[Sequence[Sequence[Sentence]], Future[list[tuple[Sorted, Stated]]]]] = []
        self._unwritten: Unwritten = []  # what this process computed, for the worker to write
        self._writes: list[tuple[Unwritten, Future[None]]] = []
        self._closed = False

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (a story sent elsewhere, as the TUI's early child sends its own), the cache's store behind it: the
        worker and what this run kept stay here."""
        return _behind, (self.behind,)

    @staticmethod
    def wanted(one_core: bool) -> bool:
        """Whether there is a core for a second process (for a story large enough: ``brief.pipeline.MIN_SHARED``)."""
        return not one_core and not multiprocessing.current_process().daemon and free_core()

    def _shared(self, fn: Callable[[Sequence[T], bool], list[R]], values: Sequence[T],
                here: Callable[[T], R]) -> list[R]:
        """``fn`` of every chunk of ``values``: the worker takes chunks from the first, this process from the last,
        until they meet. A chunk the worker could not do (it failed, or its process is gone) is done here."""
        chunks = _chunks(values)
        futures = [self._pool.submit(fn, chunk, self.behind is not None) for chunk in chunks]
        done: list[list[R] | None] = [None] * len(chunks)
        for k in reversed(range(len(chunks))):
            if not futures[k].cancel():
                break
            done[k] = [here(value) for value in chunks[k]]
        out: list[R] = []
        for k, chunk in enumerate(chunks):
            found = done[k]
            if found is None:
                try:
                    found = futures[k].result()
                except Exception:
                    found = [here(value) for value in chunk]
            out.extend(found)
        return out

    def cleaned(self, documents: Sequence[Document]) -> None:
        """Every document cleaned (``brief.inputs.sources._cleaned``), kept for the step to find."""
        from brief.inputs.sources import _cleaned, cleaned_key

        for d, c in zip(documents, self._shared(_cleaned_chunk, documents, lambda d: _cleaned(d, self))):
            self.kept.setdefault(("cleaned", *cleaned_key(d)), c)

    def split(self, documents: Sequence[Document], cleaned: Sequence[Cleaned]) -> None:
        """Every document split as cleaned (``brief.inputs.sources._split_kept``), kept for the step to find; then
        the worker sorts their sentences and reads their acts (``read_ahead``)."""
        from brief.inputs.sources import _split_kept, split_key

        pairs = list(zip(documents, cleaned))
        splits = self._shared(_split_chunk, pairs, lambda pair: _split_kept(*pair, self))
        for (d, c), s in zip(pairs, splits):
            self.kept.setdefault(("sentences", *split_key(d, c)), s)
        self.read_ahead([s.sentences for s in splits if s.sentences])

    def read_ahead(self, runs: Sequence[Sequence[Sentence]]) -> None:
        """Start sorting each source's sentences (``runs``, one source's each) and reading their acts on the worker:
        the story asks for them when it is ranked, after the alignment."""
        for chunk in _chunks(runs):
            self._ahead.append((chunk, self._pool.submit(_read_chunk, chunk, self.behind is not None)))

    def _collect(self) -> None:
        """What the worker read ahead, kept; what it has not started is left to be done here, as it is asked for."""
        ahead, self._ahead = self._ahead, []
        for k in reversed(range(len(ahead))):
            if not ahead[k][1].cancel():
                break
        for runs, future in ahead:
            if future.cancelled():
                continue
            try:
                found = future.result()
            except Exception:
                continue
            for run, pieces in zip(runs, found):
                for key, piece in zip(run_keys(run), pieces):
                    self.kept.setdefault(key, piece)

    def get(self, step: str, parts: Sequence[str], hint: Any) -> Any:
        if self._ahead and step in RUN_STEPS:
            self._collect()
        return super().get(step, parts, hint)

    def put(self, step: str, parts: Sequence[str], value: Any) -> None:
        """Keep ``value`` for this run; for the cache behind, the worker writes it (``write_later``)."""
        if self._closed:  # (the story is ranked again later: no worker to write it)
            super().put(step, parts, value)
            return
        self.kept[(step, *parts)] = value
        if self.behind is not None:
            self._unwritten.append((step, parts, value))

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        """``fn(*args)`` on the worker, after the chunks asked for before it (or those left when they are asked for)."""
        return self._pool.submit(fn, *args)

    def write_later(self) -> None:
        """Have the worker write the pieces this process and it have computed so far to the cache, once it has
        done what it was asked before."""
        if self.behind is not None:
            pieces, self._unwritten = self._unwritten, []
            self._writes.append((pieces, self._pool.submit(_write, pieces)))

    def close(self) -> None:
        """Stop the worker once every piece computed is written (what else it has not started is not done)."""
        for _, future in self._ahead:
            future.cancel()
        self.write_later()
        for pieces, written in self._writes:
            try:
                written.result()
            except Exception:  # the worker is gone: this process's pieces are written here
                _write(pieces)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._closed = True
