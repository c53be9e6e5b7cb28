"""The brief TUI: Sources, Briefing, Keywords and Original panes over one Briefing."""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Sequence

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.worker import get_current_worker

from brief.options import Options
from brief.safety import one_line
from brief.tui import widgets  # each widget module loads on first use: after the first frame
from brief.tui.actions import KeyActions
from brief.tui.config import load_config
from brief.tui.contrast import ansi_themes, derived_variables
from brief.tui.keys import APP_BINDINGS
from brief.tui.stories import StoryActions
from brief.tui.themes import bundled_themes, choose_theme
from brief.tui.views import ViewActions
from brief.tui.widgets.footer import BriefFooter
from brief.tui.widgets.pane import Pane

if TYPE_CHECKING:
    from brief.model import Briefing, Keyword, Point, Problem
    from brief.stories import Stories
    from brief.story import Story
    from brief.tui.early import Early
    from brief.tui.widgets import BriefingList, KeywordList, OriginalView, SourceList

_TIMINGS = os.environ.get("BRIEF_TIMINGS")
"""A file to append ``name epoch-seconds`` lines to as the UI reaches each milestone (bench/tui_speed.py)."""


def milestone(name: str) -> None:
    """Record that ``name`` (paint, briefing, keywords) is on screen, when $BRIEF_TIMINGS is set; else nothing."""
    if _TIMINGS:
        with open(_TIMINGS, "a", encoding="utf-8") as timings:
            timings.write(f"{name} {time.time():.6f}\n")


class BriefApp(StoryActions, KeyActions, ViewActions):
    """Explore a briefing: points, keywords, and the original texts they come from."""

    CSS_PATH = "brief.tcss"
    TITLE = "brief"
    BINDINGS = APP_BINDINGS
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-normal"), (160, "-wide")]  # see brief.tcss

    briefing: var[Briefing | None] = var(None)
    """The briefing, once ranking has finished (keywords arrive later)."""
    keyword: var[Keyword | None] = var(None, init=False)
    """The keyword that narrows Briefing and is marked in Original."""
    source_id: var[int] = var(1)
    """The source Original shows."""

    @dataclass
    class BriefingMade(Message):
        """The briefing is ranked (its keywords may come later)."""

        briefing: Briefing
        # Set once the briefing is on screen: the rank worker waits for it, then finds the keywords
        # (KeywordsFound), so they do not take the CPU while the points are drawn. None: made elsewhere.
        shown: threading.Event | None = None
        story: Story | None = None  # its facts aligned, for + and - (None: from the cache, or made elsewhere)

    @dataclass
    class KeywordsFound(Message):
        """The keyword model has run; ``error`` says why when it could not."""

        keywords: tuple[Keyword, ...]
        source_keywords: tuple[tuple[Keyword, ...], ...]  # each source's own, in source order
        error: str = ""
        index: int = 0  # the story they are of (``StoryActions.stories``; 0 with one story)

    @dataclass
    class Resized(Message):
        """The briefing was ranked again for ``points`` points."""

        briefing: Briefing
        story: Story
        points: int
        index: int = 0  # the story re-ranked (``StoryActions.stories``; 0 with one story)

    @dataclass
    class Aligned(Message):
        """The story of the briefing shown, its facts aligned (made elsewhere, come after the briefing), for + and -."""

        story: Story

    @dataclass
    class Failed(Message):
        """No input gave any text."""

        problems: tuple[Problem, ...]

    @dataclass
    class Progress(Message):
        """Ranking has reached a new step ("ranking 28000 sentences from 1000 sources")."""

        step: str

    def __init__(self, inputs: Sequence[str], options: Options, theme: str | None = None,
                 use_cache: bool = False, briefing: Briefing | None = None, explain: bool = False,
                 one_story: bool = True, stories: Stories | None = None, confident: bool = False,
                 early: Early | None = None) -> None:
        super().__init__()
        self.inputs = list(inputs)
        self.options = options
        self.one_story = one_story  # False (--stories): group the inputs, and open on the Stories view
        self.confident = confident  # with one_story False, brief's default: only the stories clearly apart
        self.aligned: dict[int, Story] = {}
        self.explain = explain  # --explain: say why each point was chosen when it is lit
        self.story: Story | None = None  # the facts aligned once, kept for + and - (see ``resize``)
        self.wanted: int | None = None  # the length + and - last asked for, while a re-rank is on its way
        self.use_cache = use_cache  # the ranked briefing comes from, and goes to, the cache (brief.cache)
        self._prepared = briefing  # a briefing made elsewhere (tests build one by hand): shown, not ranked
        self._prepared_stories = stories  # stories made elsewhere, likewise
        self.failure = ""  # the one line run_tui prints when nothing could be briefed
        self.early = early  # the rank worker's work, started before the app in a child process (brief.tui.early)
        self._on_screen = threading.Event()  # the ranked briefing is on screen (see ``rank``)
        self._story_coming = False  # whether the child ranked the briefing, and sends its story after it
        self._story_sent = threading.Event()  # set once it has
        self._pickled_story: bytes | None = None  # the child's story, as it sent it (see ``_child_story``)
        self._read_back: Story | None = None
        self._reading_back = threading.Lock()
        for bundled in bundled_themes().values():
            self.register_theme(bundled)
        for name in ansi_themes(self.available_themes):  # the terminal's palette: contrast unknowable
            self.unregister_theme(name)
        self._asked_theme = theme
        self.config = load_config()
        self.config_warnings: tuple[str, ...] = ()  # what config.toml holds that brief could not use
        self.theme = choose_theme(theme, self.config.theme, self.available_themes)

    def get_loading_widget(self) -> Widget:
        """What a pane shows while its work is under way (see ``brief.tui.widgets.loading``)."""
        from brief.tui.widgets.loading import Loading

        return Loading()

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables plus brief's readable colours derived from them (``brief.tui.contrast``)."""
        variables = super().get_css_variables()
        return {**variables, **derived_variables(variables)}

    def compose(self) -> ComposeResult:
        """Sources and Keywords on the left; Briefing and Original on the right; keys below.

        The panes start empty: the first frame is their borders and titles, drawn before
        the lists and the text view are even imported (see ``on_ready``).
        """
        with Vertical(id="left"):
            yield Pane("Sources", id="sources-pane")
            yield Pane("Keywords", id="keywords-pane")
        with Vertical(id="right"):
            yield Pane("Briefing", id="briefing-pane")
            yield Pane("Original", id="original-pane")
        yield BriefFooter()  # compact: the whole footer fits 80 columns; narrower, it drops the least needed keys

    def on_mount(self) -> None:
        """Apply the user's keys; say what the theme is; the work starts once the first frame is drawn."""
        if self.config.keys:
            self.set_keymap(self.config.keys)
        if self._asked_theme == self.theme:
            self._remember_theme()  # --theme NAME is a choice too
        elif self._asked_theme:
            self.notify(f"unknown theme {one_line(self._asked_theme)!r}; using {self.theme}", severity="warning")

    def on_load(self) -> None:
        """Workers run in daemon threads, so quitting never waits for them (see ``detached``)."""
        import asyncio

        from brief.tui.detached import DetachedExecutor

        asyncio.get_running_loop().set_default_executor(DetachedExecutor())

    async def on_ready(self) -> None:
        """The first frame has been drawn (Textual posts Ready after the first layout and display):
        start ranking (the keywords follow it), then fill the panes with their widgets, which
        show as loading until the workers report."""
        milestone("paint")
        if self._prepared_stories is not None:
            self.post_message(self.StoriesMade(self._prepared_stories))
        elif self._prepared is not None:
            self.post_message(self.BriefingMade(self._prepared))
        else:
            self.rank()  # ranking loads the encoder for the fact alignment; the keywords then find it loaded
        points = widgets.BriefingList(id="briefing")
        fills = [(self.query_one("#sources-pane"), widgets.SourceList(id="sources")),
                 (self.query_one("#keywords-pane"), widgets.KeywordList(id="keywords")),
                 (self.query_one("#briefing-pane"), points),
                 (self.query_one("#original-pane"), widgets.OriginalView(id="original-view"))]
        for pane, widget in fills:
            if not pane.is_attached:  # the app is closing
                return
            await pane.mount(widget)
        if self.focused is None:
            points.focus()
        self.check_keys()

    def check_keys(self) -> None:
        """Warn about what config.toml holds that brief cannot use: a syntax error, ``[keys]`` entries
        that name no binding or give no key (they change nothing). ``p`` lists the warnings again."""
        warnings = list(self.config.warnings)
        if self.config.keys:  # (all_bindings loads every screen: not without need)
            from brief.tui.keys import all_bindings

            known = all_bindings()
            if unknown := sorted(i for i in self.config.keys if i not in known):
                names = ", ".join(one_line(i) for i in unknown)
                warnings.append(f"config.toml [keys]: no key has the id {names}; ? lists the ids")
        self.config_warnings = tuple(warnings)
        for warning in warnings:
            self.notify(warning, severity="warning", timeout=10)
        if warnings:
            self.refresh_bindings()  # p now has something to list

    @work(thread=True, exclusive=True, group="rank")
    def rank(self) -> None:
        """Read, clean, split, rank and corroborate, then find the keywords, off the UI thread
        (``brief.tui.early.brief_job``); or, when ``brief`` started that work already in a child
        process (``early``), show what the child reports.

        This is the CLI's path and cache entry (``make_briefing``): the points are shown as soon
        as they are ranked, the keywords when found; a cached briefing comes with both.
        """
        from brief.tui.early import brief_job

        if self.early is None:
            brief_job(self.inputs, self.options, self.use_cache, self.one_story, self.confident, self._report,
                      lambda: self._on_screen.wait(10))  # (not set when the app closes first: then this only waits)
            return
        for kind, value in self.early.reports():
            if kind == "story":  # (the briefing's, which follows it: read back once the briefing is drawn)
                self._pickled_story = value
                self._story_sent.set()
                if value is not None:
                    threading.Thread(target=self._read_story_back, name="brief-story",
                                     daemon=True).start()  # (the reports go on meanwhile)
                continue
            if kind != "ranked":
                self._report(kind, value)
                continue
            self._story_coming = True
            self._report(kind, value)
            self._on_screen.wait(10)
            if self.options.keywords > 0:
                self.early.shown()  # the child finds the keywords while this process reads the story back

    def _read_story_back(self) -> None:
        if (story := self._child_story()) is not None:
            self.post_message(self.Aligned(story))

    def _child_story(self) -> Story | None:
        """The story of the child's briefing, read back once, by whichever worker asks first (``early.ready``):
        the rank worker once the briefing is drawn, or a + or - pressed before it has; None when the child sent
        none (it would not pickle, or the child ended first)."""
        from brief.tui.early import ready

        self._story_sent.wait(10)  # (it follows the briefing: a + pressed on it waits for it, if at all)
        with self._reading_back:
            if self._read_back is None and self._pickled_story is not None:
                self._read_back = ready(self._pickled_story)
            return self._read_back

    def _report(self, kind: str, value: Any) -> None:
        """Post what the rank worker's work reports (``brief.tui.early.brief_job``) to the app."""
        if kind == "progress":
            self.post_message(self.Progress(value))
        elif kind == "ranked":
            briefing, story = value
            # set once the briefing is on screen: the keywords wait for it, so they do not take the CPU while
            # the points are drawn
            self._on_screen = threading.Event()
            self.post_message(self.BriefingMade(briefing, shown=self._on_screen, story=story))
        elif kind == "failed":
            self.post_message(self.Failed(value))
        elif kind == "no keywords":
            self.post_message(self.KeywordsFound((), (), f"unavailable: {value}"))
        elif get_current_worker().is_cancelled:
            return
        elif kind == "keywords":
            keywords, source_keywords = value
            self.post_message(self.KeywordsFound(keywords, source_keywords, index=self.story_index))
        elif kind == "briefed":  # from the cache, keywords and all
            self.post_message(self.BriefingMade(value))
        elif kind == "stories":
            self.post_message(self.StoriesMade(value))

    def briefing_made(self, briefing: Briefing, story: Story | None = None) -> Message:
        """The message that shows ``briefing`` in the panes (a story opened from the Stories view)."""
        return self.BriefingMade(briefing, story=story)

    @work(thread=True, exclusive=True, group="keywords", exit_on_error=False)
    def find_keywords(self, briefing: Briefing, index: int = 0) -> None:
        """Load the keyword model and extract the keywords of a briefing made elsewhere, off the UI thread."""
        from brief.pipeline import with_keywords

        try:
            found = with_keywords(briefing, self.options.keywords, self.options.keyword_engine)
        except Exception as error:  # an optional pane must not take the app down; say why instead
            self.post_message(self.KeywordsFound((), (), f"unavailable: {type(error).__name__}", index))
            return
        self.post_message(self.KeywordsFound(found.keywords, found.source_keywords, index=index))

    @work(thread=True, exclusive=True, group="resize", exit_on_error=False)
    def resize(self, briefing: Briefing, points: int) -> None:
        """Rank the briefing's story again for ``points`` points, off the UI thread.

        The story is the one ranking made (``self.story``, or the child's, read back: ``_child_story``):
        nothing is read, cleaned or aligned again; only a briefing from the cache has its facts aligned
        here, once.
        """
        from brief.pipeline import resized

        index = self.story_index
        try:
            story = self.story
            if story is None and self._story_coming and not self.stories:  # (the child's briefing)
                story = self._child_story()
            smaller_or_larger, story = resized(briefing, points, story, self.use_cache)
        except Exception as error:  # the briefing shown stays; say why it did not change
            self.call_from_thread(self.notify, f"could not re-rank: {type(error).__name__}", severity="error")
            self.call_from_thread(setattr, self, "wanted", None)
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.Resized(smaller_or_larger, story, points, index))

    def on_brief_app_resized(self, message: Resized) -> None:
        """Show the re-ranked points, keeping the cursor on the same point when it is still there.

        Presses of + and - while it was ranked moved ``wanted`` on: rank once more, for the last
        length asked, rather than once for every press (a burst is one re-rank, and none is lost).
        """
        if self.briefing is None or not self.query(widgets.BriefingList) or message.index != self.story_index:
            return
        self.story = message.story
        points = self.query_one(widgets.BriefingList)
        wanted, self.wanted = self.wanted, None
        if wanted is not None and wanted != message.points:
            if wanted != len(self.briefing.points):
                self.wanted = wanted
                self.resize(self.briefing, wanted)
            else:  # back to the length shown: nothing to change but the pane's subtitle
                points.show_briefing(self.briefing, keep=points.point)
            return
        self.briefing = replace(message.briefing, keywords=self.briefing.keywords,
                                source_keywords=self.briefing.source_keywords)
        points.show_briefing(self.briefing, keep=points.point)
        self.query_one(widgets.SourceList).show_briefing(self.briefing)
        self.query_one(widgets.SourceList).follow(self.source_id)
        self.call_after_refresh(milestone, "resized")
        if points.point is not None:  # Original lights the point now under the cursor, never one that went
            self.show_support(points.point, 0)
        if len(self.briefing.points) < message.points:
            self.notify(f"{len(self.briefing.points)} points: the story has no more facts to add", timeout=3)

    def on_brief_app_aligned(self, message: Aligned) -> None:
        """Keep the story of the briefing shown for + and - (unless a re-rank has aligned it meanwhile)."""
        if self.story is None and not self.stories:
            self.story = message.story

    def on_brief_app_failed(self, message: Failed) -> None:
        """Nothing to brief: leave with one line for stderr."""
        reasons = "; ".join(f"{one_line(p.path)}: {one_line(p.message)}" for p in message.problems)
        self.failure = f"brief: no briefing could be made: {reasons or 'no input'}"
        self.exit(return_code=1)

    def on_brief_app_progress(self, message: Progress) -> None:
        """Say what ranking is doing under Briefing (long runs take seconds)."""
        panes = self.query("#briefing-pane")
        if self.briefing is None and panes:  # (no panes: the app is closing)
            panes.first(Pane).retitle(subtitle=Content(f"{one_line(message.step)}…"))

    def on_brief_app_briefing_made(self, message: BriefingMade) -> None:
        """Fill Sources, Briefing and Original; start on the keywords."""
        if not self.query(widgets.BriefingList):  # the app closed before ranking finished
            return
        briefing = self.briefing = message.briefing
        self.story = message.story
        for problem in briefing.problems:
            self.notify(f"{one_line(problem.path)}: {one_line(problem.message)}", severity="warning")
        self.query_one(widgets.SourceList).show_briefing(self.briefing)
        self.query_one(widgets.BriefingList).explain = self.explain
        self.query_one(widgets.BriefingList).show_briefing(briefing)
        self.query_one(widgets.OriginalView).sources = briefing.sources
        if briefing.points:  # Original opens on the sentence of the point under the cursor
            self.show_support(briefing.points[0], 0)
        else:
            self.show_source(1)
        if self.focused is None or isinstance(self.focused, widgets.SearchBar) and not self.focused.display:
            self.query_one(widgets.BriefingList).focus()  # (back from the Stories view, Textual focused the first)
        if self.options.keywords == 0:
            self.query_one(widgets.KeywordList).show_unavailable("off")
        elif briefing.keywords:  # made with its keywords already (from the cache)
            self.post_message(self.KeywordsFound(briefing.keywords, briefing.source_keywords, index=self.story_index))
        elif message.shown is None:  # made elsewhere: find them here
            self.query_one(widgets.KeywordList).loading = True  # (another story's may be listed)
            self.find_keywords(briefing, self.story_index)
        if message.shown is not None:  # the rank worker finds the keywords once this is drawn
            self.call_after_refresh(message.shown.set)
        self.call_after_refresh(milestone, "briefing")

    def on_brief_app_keywords_found(self, message: KeywordsFound) -> None:
        """Fill Keywords (or keep them for their story, when another is shown by now)."""
        if self.stories and message.index != self.story_index:
            if not message.error:
                self.keep_keywords(message.index, message.keywords, message.source_keywords)
            return
        if self.briefing is None or not self.query(widgets.KeywordList):  # not ranked yet, or closing
            return
        self.briefing = replace(self.briefing, keywords=message.keywords, source_keywords=message.source_keywords)
        keywords = self.query_one(widgets.KeywordList)
        if message.error:
            keywords.show_unavailable(message.error)
        else:
            keywords.show_keywords(message.keywords, len(self.briefing.sources))
        self.call_after_refresh(milestone, "keywords")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``p`` shows in the footer only when some input was skipped or config.toml was not understood."""
        if action == "problems":
            return bool(self.briefing and self.briefing.problems) or bool(self.run_problems or self.config_warnings)
        if action in ("stories", "story"):  # with one story, the app is as it always was
            return len(self.stories) > 1
        return True

    def on_key(self, event: events.Key) -> None:
        """``p`` with nothing to list says so, rather than nothing (its binding is off then, see above)."""
        keys = self._keymap.get("app.problems", "p").split(",")
        main = self.screen is self.screen_stack[0]  # (a view's own keys come first there)
        if main and event.key in {k.strip() for k in keys} and not self.check_action("problems", ()):
            event.stop()
            self.notify("nothing was skipped: every input was briefed" if self.briefing else
                        "the briefing is not ready yet", timeout=3)

    def show_source(self, source_id: int) -> None:
        """Show a source in Original (wrapping around at either end)."""
        if self.briefing is None:
            return
        self.source_id = (source_id - 1) % len(self.briefing.sources) + 1
        self.query_one(widgets.OriginalView).show(self.briefing.source(self.source_id))
        self.query_one(widgets.SourceList).follow(self.source_id)

    def on_source_list_selected(self, message: SourceList.Selected) -> None:
        """A source chosen in Sources."""
        self.show_source(message.source_id)

    def on_original_view_source_wanted(self, message: OriginalView.SourceWanted) -> None:
        """The next search match is in another source."""
        self.show_source(message.source_id)

    def on_briefing_list_highlighted(self, message: BriefingList.Highlighted) -> None:
        """The cursor moved onto a point: Original follows, showing its sentence."""
        self.show_support(message.point, 0)

    def on_briefing_list_selected(self, message: BriefingList.Selected) -> None:
        """A point chosen: its sentence, or (on repeated Enter) a corroborating one."""
        self.show_support(message.point, message.step)

    def show_support(self, point: Point, step: int) -> None:
        """Show and light the ``step``-th sentence reporting ``point`` (its own first), saying which it is."""
        support = point.supports[step]
        self.show_source(support.source_id)
        total = len(point.supports)
        note = f"sentence {step + 1} of {total} reporting this point" + (" · Enter: next" if total > 1 else "")
        self.query_one(widgets.OriginalView).light((support.source_id, support.start, support.end), note)

    def on_keyword_list_selected(self, message: KeywordList.Selected) -> None:
        """A keyword chosen: narrow Briefing, mark Original, show one occurrence."""
        self.keyword = message.keyword
        if message.occurrence is not None:
            self.show_source(message.occurrence.source_id)
            self.query_one(widgets.OriginalView).text.reveal(message.occurrence.start)

    def watch_keyword(self, keyword: Keyword | None) -> None:
        self.query_one(widgets.BriefingList).keyword = keyword
        self.query_one(widgets.OriginalView).mark(keyword)
        if keyword is None:
            self.query_one(widgets.KeywordList).forget_step()


def make_app(inputs: Sequence[str], options: Options = Options(), theme: str | None = None,
             use_cache: bool = False, briefing: Briefing | None = None, explain: bool = False,
             one_story: bool = True, stories: Stories | None = None, confident: bool = False,
             early: Early | None = None) -> BriefApp:
    """The app, as the CLI and the tests build it (the tests may hand it a ``briefing`` or ``stories`` to
    show); ``one_story=False`` is ``--stories``: group the inputs, and list the stories first; with ``confident``
    too, brief's default: only the stories clearly apart are listed apart (``brief.stories.grouping.apart``).
    ``early``: the briefing's work, under way already in a child process (``brief.tui.early.start``), whose
    reports the app shows rather than rank the inputs itself."""
    return BriefApp(inputs, options, theme, use_cache, briefing, explain, one_story, stories, confident, early)


def run_tui(inputs: Sequence[str], options: Options, theme: str | None = None, use_cache: bool = False,
            explain: bool = False, one_story: bool = True, confident: bool = False, early: Early | None = None) -> int:
    """Run the TUI; returns the exit status (non-zero, with one line on stderr, when nothing could be briefed).
    ``early``: the briefing's work, started already (``brief.tui.early.start``); it ends when the app does."""
    try:
        return _run(inputs, options, theme, use_cache, explain, one_story, confident, early)
    finally:
        if early is not None:
            early.stop()  # (whatever it was doing: quitting waits for no work)


def _run(inputs: Sequence[str], options: Options, theme: str | None, use_cache: bool, explain: bool,
         one_story: bool, confident: bool, early: Early | None) -> int:
    if not one_story and early is None:
        # several stories are briefed in worker processes, whose start needs multiprocessing's resource
        # tracker; started under Textual, which stands in for stderr, it cannot be: start it now (16 ms).
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    app = make_app(inputs, options, theme, use_cache, explain=explain, one_story=one_story, confident=confident,
                   early=early)
    app.run()
    if app.failure:
        print(app.failure, file=sys.stderr)
    return app.return_code or 0
