"""Modal screens of the brief TUI: help and the export prompt."""

from __future__ import annotations

from brief.tui.screens.export import ExportScreen, export_markdown
from brief.tui.screens.help import HelpScreen

__all__ = ["ExportScreen", "HelpScreen", "export_markdown"]
