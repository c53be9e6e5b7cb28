"""The panes of the brief TUI, one module each.

Each name is imported on first use (PEP 562), so the app can draw its first frame (empty
titled panes) with ``pane`` alone, and load the lists and the text view after it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from brief.tui.widgets.briefing import BriefingList
    from brief.tui.widgets.keywords import KeywordList
    from brief.tui.widgets.original import OriginalView, SearchBar
    from brief.tui.widgets.original_text import OriginalText
    from brief.tui.widgets.pane import Pane
    from brief.tui.widgets.search_results import SearchResults
    from brief.tui.widgets.sources import SourceList

__all__ = ["BriefingList", "KeywordList", "OriginalText", "OriginalView", "Pane", "SearchBar", "SearchResults",
           "SourceList"]

_MODULES = {
    "BriefingList": "briefing",
    "KeywordList": "keywords",
    "OriginalView": "original",
    "SearchBar": "original",
    "OriginalText": "original_text",
    "Pane": "pane",
    "SearchResults": "search_results",
    "SourceList": "sources",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_MODULES[name]}"), name)
