"""The ``brief`` command: parse arguments, build the briefing, render it or open the TUI."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from typing import TYPE_CHECKING, Callable, Sequence

from brief import __version__
from brief.english import counted
from brief.options import DEFAULT_KEYWORD_ENGINE, DEFAULT_KEYWORDS, KEYWORD_ENGINES, Options
from brief.osfiles import describe
from brief.policy import TIMEOUT, FetchPolicy, configure
from brief.ranking import DEFAULT_ALGORITHM, RANKERS
from brief.resources import bundled_theme_names
from brief.safety import one_line, strip_controls

if TYPE_CHECKING:
    from brief.model import Briefing, Problem


def _whole(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number ({least} or more)") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, not {value}")
    return value


def _positive(text: str) -> int:
    return _whole(text, 1)


def _count(text: str) -> int:
    return _whole(text, 0)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 3600")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse, with what it echoes of the command line (a bad value, a file name) made inert."""

    def _print_message(self, message: str, file: object = None) -> None:
        super()._print_message(strip_controls(message) if message else message, file)  # type: ignore[arg-type]


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = _Parser(
        prog="brief",
        description="Brief a story from several articles: the sentences that matter, who reports them, "
        "the story's keywords. With no FILE, briefs the bundled seed articles.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="articles: text or HTML files, folders, glob patterns, http(s) URLs, RSS/Atom feeds; "
                   "- reads stdin (so does no FILE when something is piped in)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--plain", action="store_const", dest="format", const="plain", help="print a plain-text briefing")
    out.add_argument("--markdown", action="store_const", dest="format", const="markdown", help="print Markdown")
    out.add_argument("--json", action="store_const", dest="format", const="json",
                     help="print JSON with spans and scores")
    out.add_argument("--keyphrases", metavar="DOC", nargs="+",
                     help="print each document's keyphrases, one per line, best first (DOC as FILE above; with "
                     "several documents, each list under a ==> name <== line)")
    p.add_argument("--algorithm", choices=sorted(RANKERS), default=DEFAULT_ALGORITHM,
                   help=f"how sentences are ranked (default: {DEFAULT_ALGORITHM})")
    p.add_argument("--sentences", type=_positive, metavar="N", help="at most N points")
    p.add_argument("--words", type=_positive, metavar="N", help="at most N words of points")
    kw = p.add_mutually_exclusive_group()
    kw.add_argument("--keywords", type=_count, default=DEFAULT_KEYWORDS, metavar="N",
                    help=f"how many keywords (default: {DEFAULT_KEYWORDS})")
    kw.add_argument("--no-keywords", action="store_const", dest="keywords", const=0, help="skip keywords")
    p.add_argument("--keyword-engine", choices=list(KEYWORD_ENGINES), default=DEFAULT_KEYWORD_ENGINE,
                   help="what finds the keywords and --keyphrases: "
                   + "; ".join(f"{name}: {what}" for name, what in KEYWORD_ENGINES.items())
                   + f" (default: {DEFAULT_KEYWORD_ENGINE})")
    p.add_argument("--explain", action="store_true", help="show why each point was chosen")
    stories = p.add_mutually_exclusive_group()
    stories.add_argument("--stories", dest="grouping", action="store_const", const="stories", default="confident",
                         help="group the inputs by story and brief each (a day's news, a feed, a folder of articles); "
                         "by default, brief keeps apart only the stories clearly apart and briefs the others as one")
    stories.add_argument("--one-story", dest="grouping", action="store_const", const="one",
                         help="brief every input as one story")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="read and brief on the workers of the Dask cluster whose scheduler is at ADDRESS "
                   "(tcp://host:8786; reached within --timeout), grouping here; the same output as one process. "
                   "Needs pip install 'brief[cluster]'; the workers must see the same files")
    p.add_argument("--quotes", action="store_true",
                   help="print every quotation in the sources by speaker, with the sources that carry it "
                   "(plain, or --markdown / --json), instead of the briefing")
    p.add_argument("--no-fetch", dest="fetch", action="store_false",
                   help="do not fetch the articles a feed's teaser entries link to; brief their teasers")
    p.add_argument("--timeout", type=_seconds, default=TIMEOUT, metavar="SECONDS",
                   help=f"time for each input on the network, redirects and feed entries included (default: "
                   f"{TIMEOUT:g}); a whole run gets six times as much")
    p.add_argument("--allow-private", action="store_true",
                   help="let feed entries link to loopback, link-local and private addresses")
    p.add_argument("--no-cache", dest="cache", action="store_false",
                   help="neither read nor store the briefing in the cache")
    p.add_argument("--clear-cache", action="store_true", help="delete every cached briefing and exit")
    p.add_argument("--theme", metavar="NAME",
                   help=f"the TUI's theme: {', '.join(bundled_theme_names())} (default: brief-dark) "
                   "(an unknown NAME lists them all; t cycles through them in the TUI)")
    p.add_argument("--version", action="version", version=f"brief {__version__}")
    return p


def report(problems: Sequence[Problem]) -> None:
    """One line on stderr per input that could not be briefed."""
    for problem in problems:
        print(f"brief: {one_line(problem.path)}: {one_line(problem.message)}", file=sys.stderr)


def _keyphrases(paths: Sequence[str], top_n: int, engine: str) -> int:
    """Print each document's keyphrases, one per line, best first (what keyword scorers read).

    One document prints its list alone; several print each list under a ``==> name <==`` line,
    as ``head`` does, with a blank line between them.
    """
    from brief.keywords import extract_document
    from brief.pipeline import load

    sources, _, problems = load(paths)
    report(problems)
    if not sources:
        return 1
    for n, source in enumerate(sources):
        if len(sources) > 1:
            if n:
                print()
            print(f"==> {one_line(source.path)} <==")
        for phrase, _score in extract_document(source.text, top_n, engine):
            print(one_line(phrase))
    return 0


def _quotes(inputs: Sequence[str], fmt: str, fetch: bool) -> int:
    """Print the sources' quotations by speaker (``brief.quotes``) in ``fmt``."""
    from brief.pipeline import load
    from brief.quotes import find_quotes
    from brief.render.quotes import QUOTE_RENDERERS

    sources, sentences, problems = load(inputs, fetch)
    report(problems)
    if not sources:
        print("brief: no briefing could be made", file=sys.stderr)
        return 1
    sys.stdout.write(QUOTE_RENDERERS[fmt](find_quotes(sources, sentences), sources))
    return 0


def _stdin_piped() -> bool:
    """Was something piped or redirected into stdin (a pipe, a file, a socket), rather than a terminal or /dev/null?"""
    if sys.stdin is None:
        return False
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _keyboard() -> str:
    """Give the TUI the terminal for its keys when stdin is not one; "" or the one line saying why it cannot."""
    stdin = sys.__stdin__
    try:
        if stdin is not None and stdin.isatty():
            return ""
        terminal = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError):
        return "brief: no terminal to read keys from; use --plain, --markdown or --json"
    os.dup2(terminal, 0)
    os.close(terminal)
    return ""


def _too_long(briefing: Briefing, words: int | None) -> str:
    """The line that says the briefing is longer than ``--words`` (a point is a whole sentence, and a
    briefing has at least one), when it is; else ""."""
    from brief.ranking.filters import word_count  # (not before the TUI's first frame: it loads the fact alignment)

    used = sum(word_count(point.text) for point in briefing.points)
    if words is None or used <= words:
        return ""
    points = "one point has" if len(briefing.points) == 1 else f"{len(briefing.points)} points have"
    return (f"brief: --words {words}: the briefing's {points} {counted(used, 'word')} "
            "(a point is a whole sentence, never cut)")


def _progress() -> Callable[[str], None] | None:
    """Progress on stderr, on one self-erasing line, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(message: str) -> None:
        print(f"\r\x1b[Kbrief: {message}…", end="", file=sys.stderr, flush=True)

    return show


def run(argv: Sequence[str] | None = None) -> int:
    """Run brief; returns the exit status."""
    p = parser()
    args = p.parse_args(argv)
    if args.scheduler is not None and (args.keyphrases or args.quotes or args.clear_cache):
        p.error("--scheduler briefs on a cluster: it does not go with --keyphrases, --quotes or --clear-cache")
    if args.keyphrases and args.keywords == 0:
        p.error("--keyphrases prints keyphrases: --no-keywords or --keywords 0 would leave none to print")
    if args.clear_cache:
        from brief import cache

        removed = cache.clear()
        print(f"brief: removed {removed} cache entries (briefings and their pieces) from "
              f"{one_line(str(cache.cache_dir()))}", file=sys.stderr)
        return 0
    if sys.stdout is None:  # started with stdout closed: there is nowhere to brief to
        print("brief: stdout is closed", file=sys.stderr)
        return 1
    configure(FetchPolicy(args.timeout, args.allow_private))
    if args.keyphrases:
        return _keyphrases([*args.keyphrases, *args.inputs], args.keywords, args.keyword_engine)
    inputs = args.inputs or (["-"] if _stdin_piped() else [])
    if args.quotes:
        return _quotes(inputs, args.format or "plain", args.fetch)
    options = Options(args.algorithm, args.sentences, args.words, args.keywords, fetch=args.fetch,
                      keyword_engine=args.keyword_engine)
    fmt = args.format or ("plain" if not sys.stdout.isatty() else None)
    if fmt is None:
        if args.scheduler is not None:
            p.error("--scheduler prints the briefing: add --plain, --markdown or --json (the TUI runs here)")
        return _tui(p, args, inputs, options)
    from brief.pipeline import NoBriefing  # not before the TUI's first frame
    from brief.stories import make_stories

    progress = _progress()
    try:
        if args.scheduler is None:
            from brief.embedding import elsewhere

            with elsewhere():  # the encoder may load and run in a process of its own
                stories = make_stories(inputs, options, use_cache=args.cache, progress=progress,
                                       one_story=args.grouping == "one", confident=args.grouping == "confident")
        else:
            from brief.cluster import ClusterError, make_stories_on

            try:
                stories = make_stories_on(args.scheduler, inputs, options, args.cache, progress,
                                          args.grouping == "one", args.timeout, args.grouping == "confident")
            except ClusterError as error:
                print(f"brief: {one_line(str(error))}", file=sys.stderr)
                return 1
    except NoBriefing as failure:
        stories = None
        problems = failure.problems
    finally:
        if progress:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)  # erase the progress line
    if stories is None:
        report(problems)
        print("brief: no briefing could be made", file=sys.stderr)
        return 1
    report(stories.problems)
    for briefing in stories.briefings:
        if too_long := _too_long(briefing, args.words):
            print(too_long, file=sys.stderr)
    from brief.render.stories import render_stories

    try:
        sys.stdout.write(render_stories(stories, fmt, args.explain))
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # a full disk, a closed descriptor
        detail = describe(error) if isinstance(error, OSError) else "stdout is closed"
        print(f"brief: could not write the briefing: {detail}", file=sys.stderr)
        return 1
    return 0


def _tui(p: argparse.ArgumentParser, args: argparse.Namespace, inputs: Sequence[str], options: Options) -> int:
    """Open the TUI: stdin read first (it is an article, never keys), the keyboard given to the app."""
    if args.theme is not None:  # (the themes load Textual: not before the briefing's work has started, below)
        from brief.tui.themes import offered_themes

        if args.theme not in (names := offered_themes()):
            p.error(f"argument --theme: no theme {args.theme!r}; choose from {', '.join(names)}")
    if "-" in inputs:
        from brief.inputs.files import keep_stdin

        keep_stdin()
    if problem := _keyboard():
        print(problem, file=sys.stderr)
        return 1
    from brief.tui.early import start

    # the briefing's work starts now, in a process of its own, while this one loads Textual and draws
    early = start(inputs, options, args.cache, args.grouping == "one", args.grouping == "confident")
    from brief.tui.app import run_tui

    return run_tui(inputs, options, theme=args.theme, use_cache=args.cache, explain=args.explain,
                   one_story=args.grouping == "one", confident=args.grouping == "confident", early=early)


def main() -> None:
    """Console-script entry point: no traceback reaches the user unless BRIEF_DEBUG is set."""
    # brief's BLAS runs on one thread (``brief.embedding``). Said before NumPy loads, OpenBLAS starts no
    # thread of its own at all: 0.05 CPU seconds and 0.1 s of every briefing that loads NumPy.
    from brief.embedding import one_blas_thread

    one_blas_thread()
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    try:
        code = run()
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except Exception as error:  # the last line of defence; every expected failure is handled above
        if os.environ.get("BRIEF_DEBUG"):
            raise
        print(f"brief: internal error: {one_line(type(error).__name__ + ': ' + str(error))}", file=sys.stderr)
        code = 70
    sys.exit(code)
