"""Modal screens of the brief TUI: help, the export prompt, the views over the briefing, the Stories view."""

from __future__ import annotations

from brief.tui.screens.coverage import CoverageScreen
from brief.tui.screens.differences import DifferencesScreen
from brief.tui.screens.export import ExportScreen, export_markdown
from brief.tui.screens.help import HelpScreen
from brief.tui.screens.problems import ProblemsScreen
from brief.tui.screens.quotes import QuotesScreen
from brief.tui.screens.stories import StoriesScreen
from brief.tui.screens.who import WhoScreen

__all__ = ["CoverageScreen", "DifferencesScreen", "ExportScreen", "HelpScreen", "ProblemsScreen", "QuotesScreen",
           "StoriesScreen", "WhoScreen", "export_markdown"]
