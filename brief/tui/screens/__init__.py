"""Modal screens of the brief TUI: help and the export prompt."""

from __future__ import annotations

from brief.tui.screens.export import ExportScreen, export_markdown
from brief.tui.screens.help import HelpScreen
from brief.tui.screens.problems import ProblemsScreen

__all__ = ["ExportScreen", "HelpScreen", "ProblemsScreen", "export_markdown"]
