"""The panes of the brief TUI, one module each."""

from __future__ import annotations

from brief.tui.widgets.briefing import BriefingList
from brief.tui.widgets.keywords import KeywordList
from brief.tui.widgets.original import OriginalPane, SearchBar
from brief.tui.widgets.original_text import OriginalText
from brief.tui.widgets.pane import Pane
from brief.tui.widgets.sources import SourceList

__all__ = ["BriefingList", "KeywordList", "OriginalPane", "OriginalText", "Pane", "SearchBar", "SourceList"]
