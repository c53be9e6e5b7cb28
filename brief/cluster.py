"""brief on a Dask cluster (``brief --scheduler ADDRESS``): the inputs are read on the cluster's workers,
grouped into stories here, and each story is briefed on a worker, on the single-story path
(``brief.stories.make_stories`` with a reader and a mapper of the cluster's): the output is byte for
byte what one process prints. Needs the ``cluster`` extra (``pip install 'brief[cluster]'``); nothing
here imports Dask until a scheduler is asked for.

The workers must see the inputs the client names (the same files, or URLs they can reach), and run
the same brief: its functions travel by name, as ``client.map`` sends any function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from brief.inputs import Document, read_items
from brief.model import Problem
from brief.options import Options
from brief.pipeline import read
from brief.policy import current
from brief.stories import Stories, make_stories

if TYPE_CHECKING:
    from distributed import Client

    from brief.stories.briefings import Briefed, Part

READ_BATCH = 8
"""Inputs read by one task: enough that a task outlasts its scheduling, few enough to spread a folder's
worth of arguments over every worker."""


class ClusterError(Exception):
    """The cluster cannot be used: Dask is not installed, or the scheduler cannot be reached (one line)."""


def connect(address: str, timeout: float) -> Client:
    """A client of the scheduler at ``address`` (``tcp://host:8786``), or ClusterError saying why not."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask distributed: pip install 'brief[cluster]'") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"could not reach the Dask scheduler at {address}: {error}") from None


def make_stories_on(address: str, inputs: Sequence[str], options: Options = Options(), use_cache: bool = False,
                    progress: Callable[[str], None] | None = None, one_story: bool = False,
                    timeout: float = 30.0, confident: bool = False) -> Stories:
    """``make_stories`` with the reading and the briefing on the workers of the cluster at ``address``."""
    with connect(address, timeout) as client:
        return make_stories(inputs, options, use_cache, progress, one_story,
                            mapper=lambda fn, parts, opts, cache: _map(client, fn, parts, opts, cache),
                            reader=lambda args, fetch: _read(client, args, fetch), confident=confident)


def _read(client: Client, inputs: Sequence[str], fetch: bool) -> list[Document | Problem]:
    """Every input read as ``brief.pipeline.read`` reads it, in order: batches of arguments on the workers;
    stdin (``-``) and the bundled seeds (no inputs) here, where they are."""
    if not inputs:
        return read(inputs, fetch)
    policy = current()  # (configured in this process: the workers get it with each task)
    batches: list[list[str]] = []
    for arg in inputs:
        if arg == "-" or not batches or batches[-1] == ["-"] or len(batches[-1]) >= READ_BATCH:
            batches.append([arg])
        else:
            batches[-1].append(arg)
    remote = [b for b in batches if b != ["-"]]
    futures = iter(client.map(read_items, remote, fetch=fetch, policy=policy, pure=False))
    items: list[Document | Problem] = []
    for batch in batches:
        items += read(batch, fetch) if batch == ["-"] else next(futures).result()
    return items


def _map(client: Client, fn: Callable[..., Briefed], parts: Sequence[Part], options: Options,
         use_cache: bool) -> Iterator[tuple[int, Briefed]]:
    """``fn(part, options, use_cache)`` for every part on the workers, each ``(index, result)`` as it finishes.
    The parts are given to the scheduler first to last, each a priority below the one before, so the workers
    start them in that order (the largest stories first, as ``brief.stories.briefings`` orders them)."""
    from distributed import as_completed

    futures = [client.submit(fn, part, options=options, use_cache=use_cache, pure=False, priority=len(parts) - n)
               for n, part in enumerate(parts)]
    index = {future.key: n for n, future in enumerate(futures)}
    for future in as_completed(futures, loop=client.loop):
        yield index[future.key], future.result()
