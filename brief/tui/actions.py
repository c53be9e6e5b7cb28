"""What the app-wide keys do (``keys.py`` says which key does which)."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterable

from textual.app import App, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.markup import escape
from textual.notifications import SeverityLevel
from textual.screen import Screen

from brief.safety import one_line
from brief.tui import widgets
from brief.tui.config import load_config, save_config
from brief.tui.keys import APP_BINDINGS, PALETTE, all_bindings, key_display
from brief.tui.themes import next_theme

DIGIT_PAUSE = 1.0
"""Seconds within which digits typed one after another make one source number."""

if TYPE_CHECKING:
    from brief.model import Briefing, Keyword, Point, Problem


def local_file(path: str) -> str | None:
    """The file a source was read from: ``path`` itself, or the bundled seed it names (``seeds/NAME``)."""
    if os.path.isfile(path):
        return path
    from brief.resources import display_path, seed_paths

    return next((str(seed) for seed in seed_paths() if display_path(seed) == path), None)


def made_briefing(app: App[None], briefing: Briefing | None) -> Briefing | None:
    """``briefing``, or None with a notice on ``app`` that it is not ready yet (for keys that need it)."""
    if briefing is None:
        app.notify("the briefing is not ready yet", severity="warning")
    return briefing


def point_with_citation(briefing: Briefing, point: Point) -> str:
    """What ``y`` copies: the sentence with its marker, then each citing source's title and address."""
    from brief.render.common import citation  # the core loads after the first frame

    lines = [f"{one_line(point.text)} {citation(point, briefing)}"]
    for source_id in point.source_ids:
        source = briefing.source(source_id)
        where = ", ".join(one_line(x) for x in (source.outlet, source.date, source.url or source.path) if x)
        lines.append(f"[{source_id}] {one_line(source.title)} ({where})")
    return "\n".join(lines)


class KeyActions(App[None]):
    """The actions behind the app's own keys: sources, search, Escape, theme, help, export.

    ``BriefApp`` builds on this; it provides the state and ``show_source`` used here.
    """

    briefing: Briefing | None
    keyword: Keyword | None
    source_id: int
    resize: Callable[[Briefing, int], object]  # ranks again for that many points, in a worker (``BriefApp``)
    wanted: int | None  # the length + and - last asked for, while a re-rank is on its way (``BriefApp``)
    run_problems: tuple[Problem, ...]  # a --stories run's skipped inputs (``StoryActions``)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """A notice, shown as written: paths, titles and "[1, 2]" markers are never read as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def show_source(self, source_id: int) -> None:
        """Show a source in Original (``BriefApp`` implements it)."""
        raise NotImplementedError

    def action_source(self, step: int) -> None:
        """Original shows the next (1) or previous (-1) source."""
        self.show_source(self.source_id + step)

    _typed = ""  # the digits typed so far for a source number, and when the last one came
    _typed_at = 0.0

    def action_jump(self, digit: int) -> None:
        """Original shows source N: a digit shows that source at once; another digit within
        ``DIGIT_PAUSE`` seconds makes a longer number ("1", "2": source 1, then 12), when there is
        such a source (else the new digit starts a new number)."""
        if self.briefing is None:
            return
        now = time.monotonic()
        count = len(self.briefing.sources)
        longer = self._typed + str(digit)
        if self._typed and now - self._typed_at <= DIGIT_PAUSE and int(longer) <= count:
            self._typed = longer
        else:
            self._typed = str(digit)
        self._typed_at = now
        number = int(self._typed)
        if 1 <= number <= count:
            self.show_source(number)

    def action_search(self) -> None:
        """Open the search bar under Original (once there is a briefing to search)."""
        if made_briefing(self, self.briefing) is not None:
            self.query_one(widgets.OriginalView).start_search()

    async def action_back(self) -> None:
        """Escape: end the search, else drop the keyword, else unlight the sentence."""
        if self.briefing is None:  # nothing is shown yet, so nothing to back out of
            return
        original = self.query_one(widgets.OriginalView)
        if original.searching:
            original.end_search()
        elif self.keyword is not None:
            self.keyword = None
        else:
            original.light(None)

    def action_length(self, step: int) -> None:
        """``+``/``-``: rank the briefing again with one point more or fewer (in a worker).

        A press while a re-rank is on its way counts from the length it asked for, and the
        worker, when done, ranks once more for the last length asked (``on_brief_app_resized``).
        """
        if self.briefing is None:
            return
        busy = self.wanted is not None
        wanted = (self.wanted if self.wanted is not None else len(self.briefing.points)) + step
        if wanted < 1:
            self.notify("one point is the shortest briefing", timeout=3)
            return
        self.wanted = wanted
        self.query_one("#briefing-pane", widgets.Pane).retitle(subtitle=Content(f"ranking {wanted} points…"))
        if not busy:
            self.resize(self.briefing, wanted)

    def action_copy(self) -> None:
        """``y``: copy the point under the Briefing cursor with its citation, through the terminal."""
        point = self.query_one(widgets.BriefingList).point if self.briefing else None
        if point is None or self.briefing is None:
            self.notify("no point to copy", severity="warning", timeout=3)
            return
        from brief.render.common import citation

        self.copy_to_clipboard(point_with_citation(self.briefing, point))
        number = self.briefing.points.index(point) + 1
        marker = citation(point, self.briefing)
        self.notify(f"point {number} and its citation {marker} sent to the terminal's clipboard (OSC 52)", timeout=3)

    def action_open(self) -> None:
        """``o``: the source shown in Original, its URL in the browser or its file in $PAGER."""
        if self.briefing is None:
            return
        source = self.briefing.source(self.source_id)
        if source.url:
            import webbrowser

            if webbrowser.open(source.url):
                self.notify(f"opened {one_line(source.url)} in the browser", timeout=3)
            else:
                self.notify(f"no browser to open {one_line(source.url)}", severity="warning")
        elif source.path == "-":
            self.notify(f"[{source.id}] came from stdin: there is no file or address to open", severity="warning")
        elif (path := local_file(source.path)) is None:
            self.notify(f"[{source.id}] {one_line(source.path)} is not a file here to open", severity="warning")
        else:
            self._page(path)

    def _page(self, path: str) -> None:
        """Hand the terminal to $PAGER (``less`` if unset) on ``path``; one notice when it cannot run.

        The pager is looked up before the app lets go of the terminal, and a failure to start it
        is caught inside the handover, so the app always takes the terminal back.
        """
        import shlex
        import shutil
        import subprocess

        from brief.osfiles import describe

        try:
            pager = shlex.split(os.environ.get("PAGER") or "less") or ["less"]
        except ValueError:
            self.notify(f"could not read $PAGER ({one_line(os.environ.get('PAGER', ''))}): unbalanced quotes",
                        severity="error")
            return
        if shutil.which(pager[0]) is None:
            self.notify(f"no pager to open the file: {one_line(pager[0])} is not installed here "
                        "(set $PAGER to one that is)", severity="error")
            return
        failure: OSError | None = None
        try:
            with self.suspend():
                try:
                    subprocess.run([*pager, path], check=False)
                except OSError as error:
                    failure = error
        except SuspendNotSupported:
            self.notify("this terminal cannot hand over to a pager", severity="warning")
        if failure is not None:
            self.notify(f"could not run {one_line(pager[0])}: {describe(failure)}", severity="error")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands, then every brief action, in the command palette (Ctrl+P)."""
        yield from super().get_system_commands(screen)
        for binding in APP_BINDINGS:
            if isinstance(binding, Binding) and binding.id in PALETTE:
                keys = self.keys_in_force(binding)
                yield SystemCommand(PALETTE[binding.id], f"{binding.tooltip or binding.description} · key {keys}",
                                    partial(self.call_later, self.run_action, binding.action))
        for source in self.briefing.sources if self.briefing else ():  # found by typing, not listed up front
            # the palette reads titles as markup: escaped, "[bold]Loud" shows as typed
            yield SystemCommand(f"Source {source.id}: {escape(one_line(source.title))}", "Show it in Original",
                                partial(self.show_source, source.id), discover=False)

    def keys_in_force(self, binding: Binding) -> str:
        """The keys that trigger ``binding`` now, as shown to the user (remapped ones included)."""
        return key_display(self._keymap.get(binding.id or "", binding.key), binding)

    def action_cycle_theme(self) -> None:
        """Switch to the next theme and remember it."""
        self.theme = next_theme(self.theme, self.available_themes)
        self._remember_theme()
        self.notify(f"theme: {self.theme}", timeout=2)

    def _remember_theme(self) -> None:
        try:
            save_config(replace(load_config(), theme=self.theme))
        except OSError as error:
            self.notify(f"could not save the theme: {one_line(str(error))}", severity="warning")

    def action_help(self) -> None:
        """Show the help screen."""
        from brief.tui.screens import HelpScreen  # Markdown costs ~0.1 s to import: not before the first frame

        bindings = all_bindings()
        keys = {binding_id: self.keys_in_force(binding) for binding_id, binding in bindings.items()}
        self.push_screen(HelpScreen(keys, {i: (b.description, keys[i]) for i, b in bindings.items()}))

    def action_problems(self) -> None:
        """List every input that could not be briefed, and why."""
        from brief.tui.screens import ProblemsScreen

        self.push_screen(ProblemsScreen((self.briefing.problems if self.briefing else ()) or self.run_problems,
                                        getattr(self, "config_warnings", ())))

    def action_export(self) -> None:
        """Ask where, then write the briefing as Markdown."""
        if made_briefing(self, self.briefing) is None:
            return
        from brief.tui.screens import ExportScreen

        self.push_screen(ExportScreen("briefing.md"), self.export)

    def export(self, path: str | None) -> None:
        """Write the briefing as Markdown to ``path`` (nothing when None)."""
        if path is None or self.briefing is None:
            return
        from brief.osfiles import describe
        from brief.tui.screens import export_markdown

        try:
            target = export_markdown(self.briefing, path)
        except OSError as error:  # the reason alone: str(error) may name the temporary file
            self.notify(f"could not export to {one_line(path)}: {describe(error)}", severity="error")
            return
        self.notify(f"exported to {one_line(str(target))}")

