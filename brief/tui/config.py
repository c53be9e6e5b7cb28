"""The remembered settings (the last theme chosen) and the user's keys, in the platform's config folder.

```toml
theme = "brief-dark"

[keys]            # binding id = key(s); the ids are listed on the help screen (?)
app.search = "ctrl+f"
app.quit = "q,ctrl+q"
```
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief.tui.files import write_atomic
from brief.tui.keys import is_key


@dataclass(frozen=True)
class Config:
    """What brief remembers between runs, and the keys the user chose."""

    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id → key(s) (``"app.search": "ctrl+f"``), from the ``[keys]`` table."""
    bad_keys: tuple[str, ...] = ()
    """Entries of ``[keys]`` whose value is not a string of keys (left out of ``keys``)."""


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


def _flatten(table: dict[str, Any], prefix: str = "") -> tuple[dict[str, str], list[str]]:
    """``app.search = "x"`` parses as ``{"app": {"search": "x"}}``: back to ``{"app.search": "x"}``."""
    keys: dict[str, str] = {}
    bad: list[str] = []
    for name, value in table.items():
        full = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            more, worse = _flatten(value, full)
            keys.update(more)
            bad.extend(worse)
        elif isinstance(value, str) and value.strip() and all(is_key(k) for k in value.split(",")):
            keys[full] = value.strip()
        else:
            bad.append(full)
    return keys, bad


def load_config(path: Path | None = None) -> Config:
    """The saved config; a missing, unreadable or corrupt file gives the defaults."""
    try:
        data = tomllib.loads((path or config_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Config()
    theme = data.get("theme")
    table = data.get("keys")
    keys, bad = _flatten(table) if isinstance(table, dict) else ({}, ["keys"] if table is not None else [])
    return Config(theme=theme if isinstance(theme, str) else None, keys=keys, bad_keys=tuple(bad))


_THEME_LINE = re.compile(r"^\s*theme\s*=.*$", re.MULTILINE)
_FIRST_TABLE = re.compile(r"^\s*\[", re.MULTILINE)


def save_config(config: Config, path: Path | None = None) -> None:
    """Remember the theme, atomically, keeping the rest of the file as the user wrote it ([keys],
    comments). Raises OSError when it cannot be written."""
    import json  # only when saving: not before the first frame

    target = path or config_path()
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.strip():
        text = "# brief's remembered settings and your keys; safe to delete.\n"
    top = _FIRST_TABLE.search(text)
    head, rest = (text[: top.start()], text[top.start():]) if top else (text, "")
    head = _THEME_LINE.sub("", head).rstrip("\n") + "\n"
    if config.theme is not None:
        head += f"theme = {json.dumps(config.theme)}\n"  # a JSON string is a valid TOML basic string
    write_atomic(target, head + ("\n" + rest.lstrip("\n") if rest else ""))
