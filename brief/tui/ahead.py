"""What the ranking reads of each source's sentences on their own, read ahead by a process forked for it.

The TUI's early child (``brief.tui.early``) is one process: once the inputs are cleaned and split it groups them,
loads the encoder, aligns the facts and ranks, one step after another, while the app's process, its first frame
drawn, waits for it on the other core. Two steps of the ranking read one source's sentences at a time and nothing
of the alignment: sorting them into candidates and those that lean on an earlier sentence
(``brief.ranking.filters.sorted_run``), and reading the verbs they give as planned and as done
(``brief.story.stated_run``). ``Ahead`` forks a process that does both, source by source, from the moment the
sentences are split, while the child groups and aligns; when the ranking asks for them, the child takes what that
process has sent and does the rest itself, from the last source back, until the two meet. Each step's result is a
pure function of what it is keyed by (the one the ranking finds in the cache), so the briefing is the one a single
process makes.

The process forked never outlives its work: it ends once it has read every source, or at the next source once no one
reads what it sends (the child took what it needed), and at once when the child leaves or dies (it holds a pipe
whose other end only the child holds). It writes new pieces to the cache, as the child would have: the next run
finds them there.
"""

from __future__ import annotations

import os
import pickle
import struct
import threading
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from brief.model import source_runs
from brief.stories.kept import Kept
from brief.story import RUN_STEPS, read_run, run_keys

if TYPE_CHECKING:
    from brief.cache import Pieces
    from brief.model import Sentence

_LENGTH = struct.Struct("<Q")


class Ahead(Kept):
    """This run's steps' results (``Kept``, the cache's store ``behind`` it), the two pieces of every source's
    sentences among them, read ahead by a process forked when it is made."""

    def __init__(self, sentences: Sequence[Sentence], behind: Pieces | None, closing: Iterable[int] = ()) -> None:
        """Fork the process that reads ``sentences`` ahead (split, in source order); it closes the descriptors
        ``closing`` (this process's own pipes, which it must not keep open)."""
        super().__init__(behind)
        self._runs = [sentences[start:end] for start, end in source_runs(sentences)]
        self._received = 0  # the runs whose pieces the process has sent, from the first
        self._meeting = False
        self._pending = bytearray()
        read, written = os.pipe()
        alive, self._lifeline = os.pipe()  # the process leaves when this process's end closes (it left, or died)
        pid = os.fork()
        if pid == 0:  # the process reading ahead: never returns
            code = 1
            try:
                for fd in (read, self._lifeline, *closing):
                    try:
                        os.close(fd)
                    except OSError:
                        pass
                threading.Thread(target=_watch, args=(alive,), daemon=True).start()
                _read_ahead(self._runs, behind, written)
                code = 0
            finally:
                os._exit(code)
        os.close(written)
        os.close(alive)
        self._pid: int | None = pid
        self._fd: int | None = read

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (the story the early child sends the app), the cache's store behind it: the process and what this
        run kept stay here."""
        return _behind, (self.behind,)

    def get(self, step: str, parts: Sequence[str], hint: Any) -> Any:
        if self._fd is not None and step in RUN_STEPS and not self._meeting:
            self._meet()
        return super().get(step, parts, hint)

    def _meet(self) -> None:
        """Every source's pieces here: those the process has sent, the rest read in this process from the last
        source back until the two meet; then the process is let go."""
        assert self._fd is not None
        os.set_blocking(self._fd, False)
        here = len(self._runs)  # runs from here on are read in this process
        self._meeting = True
        try:
            while True:
                if self._fd is not None:
                    self._receive()
                if here <= self._received:
                    break
                here -= 1
                read_run(self._runs[here], self)
        finally:
            self._meeting = False
            self.close()

    def _receive(self) -> None:
        """Keep what the process has sent so far (without waiting for more); stop taking from it should what it
        sent not read back (the sources it has not sent are then read here)."""
        assert self._fd is not None
        while True:
            try:
                chunk = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            self._pending += chunk
        start = 0
        try:
            while len(self._pending) - start >= _LENGTH.size and self._received < len(self._runs):
                (size,) = _LENGTH.unpack_from(self._pending, start)
                end = start + _LENGTH.size + size
                if len(self._pending) < end:
                    break
                own, acts = pickle.loads(self._pending[start + _LENGTH.size:end])
                start = end
                for key, piece in zip(run_keys(self._runs[self._received]), (own, acts)):
                    self.kept.setdefault(key, piece)
                self._received += 1
        except Exception:  # (not what this module sends)
            self.close()
        del self._pending[:start]

    def close(self) -> None:
        """Take nothing more from the process: it ends once it has read the source it is reading."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def wait(self) -> None:
        """Take nothing more from the process, and wait until it has ended."""
        self.close()
        if self._pid is not None:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = None
            os.close(self._lifeline)


def _behind(store: Pieces | None) -> Pieces | None:
    return store


def _watch(alive: int) -> None:
    """Leave this process as soon as the pipe ``alive`` ends: the process that forked it has left (or died)."""
    while True:
        try:
            if not os.read(alive, 64):
                break
        except InterruptedError:
            continue
        except OSError:
            break
    os._exit(0)


def _read_ahead(runs: Sequence[Sequence[Sentence]], behind: Pieces | None, written: int) -> None:
    """Read each run's two pieces (from the cache ``behind`` when it holds them, written there when new) and send
    them, one run after another, into ``written``; stop as soon as no one reads them."""
    store = Kept(behind)
    for run in runs:
        data = pickle.dumps(read_run(run, store), pickle.HIGHEST_PROTOCOL)
        data = _LENGTH.pack(len(data)) + data
        try:
            while data:
                data = data[os.write(written, data):]
        except OSError:  # (BrokenPipeError: the child took what it needed, or left)
            return
