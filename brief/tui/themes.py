"""Themes as files: every ``themes/*.toml`` becomes a Textual Theme; ``t`` cycles through them."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Iterable

from textual.theme import Theme

from brief.resources import resource_dir

DEFAULT_THEME = "brief-dark"
# brief's own themes come first when cycling, in this order; Textual's built-ins follow by name.
PREFERRED = ("brief-dark", "brief-light", "brief-contrast")


def load_theme(path: Path) -> Theme:
    """One theme file as a Textual Theme."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Theme(**data)


def bundled_themes() -> dict[str, Theme]:
    """The themes shipped in ``themes/``, by name."""
    themes = (load_theme(p) for p in sorted(resource_dir("themes").glob("*.toml")))
    return {t.name: t for t in themes}


def theme_cycle(available: Iterable[str]) -> list[str]:
    """Every available theme name in the order ``t`` visits them."""
    names = set(available)
    first = [name for name in PREFERRED if name in names]
    return first + sorted(names - set(first))


def next_theme(current: str, available: Iterable[str]) -> str:
    """The theme after ``current`` in the cycle (the first one if ``current`` is unknown)."""
    cycle = theme_cycle(available)
    if current not in cycle:
        return cycle[0]
    return cycle[(cycle.index(current) + 1) % len(cycle)]


def choose_theme(asked: str | None, remembered: str | None, available: Iterable[str]) -> str:
    """``--theme`` if it names a theme, else the remembered one, else brief's default."""
    names = set(available)
    return next((name for name in (asked, remembered) if name in names), DEFAULT_THEME)


def offered_themes() -> list[str]:
    """Every theme name ``--theme`` and ``t`` offer, in cycling order: brief's own, then Textual's.

    Textual's ANSI themes are left out: they take the terminal's palette, whose contrast brief cannot know.
    """
    from textual.theme import BUILTIN_THEMES

    from brief.tui.contrast import ansi_themes

    themes = {**BUILTIN_THEMES, **bundled_themes()}
    return theme_cycle(set(themes) - set(ansi_themes(themes)))
