"""Themes as files: every ``themes/*.toml`` becomes a Textual Theme."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

from brief.resources import resource_dir


def load_theme(path: Path) -> Theme:
    """One theme file as a Textual Theme."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Theme(**data)


def bundled_themes() -> dict[str, Theme]:
    """The themes shipped in ``themes/``, by name."""
    themes = (load_theme(p) for p in sorted(resource_dir("themes").glob("*.toml")))
    return {t.name: t for t in themes}
