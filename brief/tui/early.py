"""The TUI's briefing work (``brief_job``), and that work started before the app is drawn (``start``).

The rank worker's work is ``brief_job``: read, clean, (group,) align and rank, then find the keywords,
telling what it has done as reports. The app runs it in a worker thread when it is made alone (tests
build it so); ``brief`` starts it first, in a child process forked before Textual is even imported,
and the app's rank worker only reads the child's reports. Textual and the first frame take about
0.3 s of one core, and the app's UI thread keeps busy mounting and drawing after it: in a thread of
the app, the ranking began after the first frame and then shared the interpreter with the UI thread.
The child has an interpreter, and a core, of its own from the first moment.

Each report crosses a pipe pickled: the ranked briefing, then its story, its facts aligned
(``brief.story.Story``: about 1 MB for 25 articles, pickled in 15 to 25 ms while the app draws the
points), which the app keeps, so that ``+`` and ``-`` rank it again without reading, cleaning or
aligning anything. The story is read back (``ready``) once the briefing is drawn, while the child finds
the keywords: read back, it loads NumPy and brief's ranking here too (about 0.2 CPU s), which the
briefing does not need, and on a machine with no core to spare that would come before the points.

Once the inputs are cleaned and split, and a core is free, the child forks a process of its own that
sorts each source's sentences and reads their acts for the ranking while the child groups the sources
and aligns their facts (``brief.tui.ahead``).

The child never outlives the app, never writes to the terminal and never reads from it: it holds the
read end of a pipe whose write end only the app holds (``Early.lifeline``), and leaves as soon as that
pipe ends (the app quit, or died however it did), its own worker processes with it; its stdin, stdout
and stderr are /dev/null; Ctrl+C is the app's to handle. No Textual is imported here.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from brief.model import Briefing, Sentence
    from brief.options import Options
    from brief.stories import Stories
    from brief.story import Story
    from brief.tui.ahead import Ahead

_HELD: set[int] = set()
"""This process's ends of its children's pipes, while it holds them (a child forked later closes its copies)."""
_OWN: set[int] = set()
"""In the early child, its ends of the pipes to the app (a process it forks closes its copies)."""

Report = Callable[[str, Any], None]
"""Hears each report of ``brief_job``: its kind and its value."""


def briefed(inputs: Sequence[str], options: Options, use_cache: bool, one_story: bool, confident: bool,
            progress: Callable[[str], None], ranked: Callable[[Briefing], None],
            aligned: Callable[[Story], None]) -> Briefing | Stories:
    """Read, (group,) and brief, as the CLI does: with ``one_story``, every input as one story; else the
    stories found (with ``confident``, brief's default: only those clearly apart), each briefed, unless
    there is one: its briefing, made as ``make_briefing`` makes it (``ranked`` and ``aligned`` hear it
    early). Several stories come without their keywords (a story's are found when it is opened: the
    list comes sooner)."""
    from dataclasses import replace

    from brief.english import counted
    from brief.inputs import make_sources
    from brief.pipeline import NoBriefing, brief_items, make_briefing, read
    from brief.stories import brief_stories, group, too_few_apart

    if one_story:
        return make_briefing(inputs, options, use_cache=use_cache, progress=progress, ranked=ranked, aligned=aligned)
    progress(f"reading {counted(len(inputs), 'input') if inputs else 'the bundled inputs'}")
    items = read(inputs, options.fetch)
    if confident and too_few_apart(items):  # one story, straight away (from the cache, when there)
        return brief_items(items, options, use_cache, progress, ranked, aligned)
    progress(f"cleaning and splitting {counted(len(items), 'document')}")
    made = make_sources(items)
    if not made[0]:
        raise NoBriefing(made[2])
    ahead = _ahead(made[1], use_cache)
    try:
        progress(f"grouping {counted(len(made[0]), 'source')} into stories")
        groups = group(made[0], made[1], confident=confident)
        if len(groups) == 1:
            return brief_items(items, options, use_cache, progress, ranked, aligned, made=made, kept=ahead)
        if ahead is not None:
            ahead.close()  # (the stories are briefed apart: nothing read ahead here is asked for)
        return brief_stories(items, made, groups, replace(options, keywords=0), use_cache, progress)
    finally:
        if ahead is not None:
            ahead.wait()


def _ahead(sentences: Sequence[Sentence], use_cache: bool) -> Ahead | None:
    """What the ranking reads of each source's sentences on their own, read ahead in a process forked now
    (``brief.tui.ahead``), while this one groups the sources and aligns their facts, when a core is free for it
    (``brief.cores.free_core``), the app's threads aside: its first frame is drawn by now, and once its panes are
    mounted it waits for this work (counted, they kept it from forking at a load of 2 to 4 in 18 runs of 19).
    None outside the early child (``_OWN`` empty: in the app, ``brief_job`` runs on a thread beside others, and a
    process with threads of its own is not forked; the child's one thread waits on its lifeline, holding
    nothing)."""
    from brief.cores import free_core

    if not _OWN or not hasattr(os, "fork") or not free_core(besides=(os.getppid(),)):
        return None
    from brief.pipeline import piece_store
    from brief.tui.ahead import Ahead

    return Ahead(sentences, piece_store() if use_cache else None, closing=_OWN)


def brief_job(inputs: Sequence[str], options: Options, use_cache: bool, one_story: bool, confident: bool,
              report: Report, shown: Callable[[], object]) -> None:
    """The rank worker's work (``briefed``), each step told to ``report`` as (kind, value):

    ``progress`` (the step begun, a short line) as each step starts; ``ranked`` ((briefing, story): the points
    ranked, the story its facts aligned), then ``keywords`` (the story's keywords and each source's own, as
    ``Briefing.keywords`` and ``Briefing.source_keywords``) or ``no keywords``
    (the name of the error that kept them from being found); ``briefed`` (a briefing with its keywords, from
    the cache); ``stories`` (several stories, each briefed); ``failed`` (the problems: no input gave any text).
    Once the points are ranked, the keywords wait for ``shown`` to return (the points are then on screen), so
    they do not take the CPU while the points are drawn. Any other error is raised.
    """
    from brief.model import Briefing
    from brief.pipeline import NoBriefing

    stories: list[Story] = []
    ranked: list[Briefing] = []

    def show(briefing: Briefing) -> None:
        ranked.append(briefing)
        report("ranked", (briefing, stories[0] if stories else None))
        if options.keywords > 0:
            shown()

    try:
        result = briefed(inputs, options, use_cache, one_story, confident, lambda step: report("progress", step),
                         show, stories.append)
    except NoBriefing as failure:
        report("failed", failure.problems)
        return
    except Exception as error:
        if not ranked:
            raise
        report("no keywords", type(error).__name__)  # an optional pane must not take the app down
        return
    if not isinstance(result, Briefing):
        report("stories", result)
    elif not ranked:  # from the cache, keywords and all
        report("briefed", result)
    elif options.keywords > 0:
        report("keywords", (result.keywords, result.source_keywords))


def ready(pickled: bytes) -> Story:
    """The story the child aligned (pickled), read back here and made ready for ``+`` and ``-``: read back, it
    loads NumPy and brief's ranking (0.1 s), which the briefing does not need; then the pipeline is loaded and
    each sentence's words are analysed (``brief.lexical.analyse``, cached by text) as ranking did in the child.
    (25 articles: the first ``+`` ranks in 0.04 s then, as in the child; 0.09 s without the analyses, 0.13 s
    without either.)"""
    import brief.pipeline
    import brief.ranking.multidoc  # noqa: F401  (brief's ranker; the others load their own when they run)
    from brief.lexical import analyse

    story: Story = pickle.loads(pickled)
    for sentence in story.sentences:
        analyse(sentence.text)
    return story


class Early:
    """``brief_job`` under way in a child process (``start``): its reports, and the pipe that keeps it alive."""

    def __init__(self, pid: int, reports: int, lifeline: int) -> None:
        self.pid = pid
        self._reports = reports  # the read end of the child's reports
        self.lifeline = lifeline  # the write end of the pipe the child lives by; closed, the child leaves

    def reports(self) -> Iterator[tuple[str, Any]]:
        """Each report of the child's ``brief_job`` as it comes, but that a ``ranked`` report comes without its
        story, which follows it pickled, as a ``story`` report (``ready`` reads it back; None when it would not
        pickle); an error it raised is raised here. Raises RuntimeError when the child ended before its work did
        (it was killed)."""
        stream = os.fdopen(self._reports, "rb")
        try:
            while True:
                try:
                    kind, value = pickle.load(stream)
                except EOFError:
                    break
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                yield kind, value
        finally:
            _HELD.discard(self._reports)
            stream.close()
        _, status = os.waitpid(self.pid, 0)
        raise RuntimeError(f"the briefing's process ended before its work did (status {status})")

    def shown(self) -> None:
        """The ranked briefing is on screen: the child may find the keywords."""
        try:
            os.write(self.lifeline, b"s")
        except OSError:  # it has left already
            pass

    def stop(self) -> None:
        """End the child's work, whatever it was doing (it leaves when the lifeline ends; nothing waits)."""
        if self.lifeline not in _HELD:  # closed already
            return
        _HELD.discard(self.lifeline)
        os.close(self.lifeline)
        try:
            os.waitpid(self.pid, os.WNOHANG)  # reaped when it has left already; else init reaps it
        except ChildProcessError:
            pass


def start(inputs: Sequence[str], options: Options, use_cache: bool, one_story: bool,
          confident: bool) -> Early | None:
    """Start ``brief_job`` in a child process now; None where a process cannot be forked safely (no fork,
    or threads running: the app then ranks in a thread of its own, as it does when made alone)."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    return fork_job(inputs, options, use_cache, one_story, confident)


def fork_job(inputs: Sequence[str], options: Options, use_cache: bool, one_story: bool, confident: bool) -> Early:
    """``brief_job`` in a child process forked now (``start``, where it is safe: ``brief`` forks before any thread
    runs; the tests fork from pytest's worker, whose threads do not touch brief)."""
    reports, written = os.pipe()
    kept, lifeline = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(reports)
            os.close(lifeline)
            _child(inputs, options, use_cache, one_story, confident, written, kept)
            code = 0
        finally:
            os._exit(code)
    os.close(written)
    os.close(kept)
    _HELD.update((reports, lifeline))
    return Early(pid, reports, lifeline)


def _child(inputs: Sequence[str], options: Options, use_cache: bool, one_story: bool, confident: bool,
           written: int, kept: int) -> None:
    """Run ``brief_job``, its reports pickled into ``written``; leave when ``kept`` ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the app's
    quiet = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # never the terminal's, which Textual draws on and reads keys from
        os.dup2(quiet, fd)
    os.close(quiet)
    sys.stdin, sys.stdout, sys.stderr = (open(os.devnull, mode, encoding="utf-8") for mode in "rww")
    for fd in _HELD:  # nor another child's pipes: an end kept here would keep it open after the app closed it
        try:
            os.close(fd)
        except OSError:  # (closed as this one was forked)
            pass
    _OWN.update((written, kept))
    on_screen = threading.Event()

    def watch() -> None:
        while True:
            try:
                said = os.read(kept, 64)
            except OSError:
                said = b""
            if not said:  # the app quit or died: so does its work
                _leave()
            on_screen.set()

    threading.Thread(target=watch, name="brief-lifeline", daemon=True).start()
    stream = os.fdopen(written, "wb")

    def send(kind: str, value: Any) -> None:
        try:
            data = pickle.dumps((kind, value), pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # (an error that does not pickle: its name and words)
            data = pickle.dumps((kind, RuntimeError(f"{type(value).__name__}: {value} ({error})")))
        try:
            stream.write(data)
            stream.flush()
        except OSError:  # no one reads any more
            _leave()

    def report(kind: str, value: Any) -> None:
        if kind != "ranked":
            send(kind, value)
            return
        # The briefing first, then its story pickled apart (1 MB for 25 articles, 15 to 25 ms): the app draws the
        # points meanwhile, and reads the story back once they are shown.
        briefing, story = value
        send("ranked", (briefing, None))
        try:
            pickled = pickle.dumps(story, pickle.HIGHEST_PROTOCOL)
        except Exception:  # (the app then aligns the story itself, should + or - ask for it)
            pickled = None
        send("story", pickled)

    try:
        brief_job(inputs, options, use_cache, one_story, confident, report, on_screen.wait)
    except Exception as error:
        report("error", error)
    report("end", None)
    stream.close()


def _leave() -> None:
    """End this child now, and the worker processes it started (several stories are briefed in them)."""
    if "multiprocessing" in sys.modules:
        import multiprocessing

        for worker in multiprocessing.active_children():
            worker.kill()
    os._exit(0)
