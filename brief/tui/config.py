"""The remembered settings (the last theme chosen), in the platform's config folder."""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from brief.tui.files import write_atomic


@dataclass(frozen=True)
class Config:
    """What brief remembers between runs."""

    theme: str | None = None


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/brief/config.toml``, else ``~/.config/brief/config.toml`` (``%APPDATA%`` on Windows).

    A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    """
    base = os.environ.get("XDG_CONFIG_HOME")
    if base and not os.path.isabs(base):
        base = None
    if not base and sys.platform == "win32":
        base = os.environ.get("APPDATA")
    root = Path(base) if base else Path.home() / ".config"
    return root / "brief" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The saved config; a missing, unreadable or corrupt file gives the defaults."""
    try:
        data = tomllib.loads((path or config_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Config()
    theme = data.get("theme")
    return Config(theme=theme if isinstance(theme, str) else None)


def save_config(config: Config, path: Path | None = None) -> None:
    """Write the config atomically. Raises OSError when it cannot be written."""
    lines = ["# brief's remembered settings; safe to delete."]
    if config.theme is not None:
        import json  # only when saving: not before the first frame

        lines.append(f"theme = {json.dumps(config.theme)}")  # a JSON string is a valid TOML basic string
    write_atomic(path or config_path(), "\n".join(lines) + "\n")
