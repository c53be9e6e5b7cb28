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
    warnings: tuple[str, ...] = field(default=(), compare=False)
    """What in the file could not be used, one line each ("config.toml [keys]: ..."): a syntax error
    (then nothing in it applies), a value that is no key. Not a setting: configs compare without it."""


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
    """``app.search = "x"`` parses as ``{"app": {"search": "x"}}``: back to ``{"app.search": "x"}``.

    Returns the usable entries and one warning for each that is not.
    """
    keys: dict[str, str] = {}
    bad: list[str] = []
    for name, value in table.items():
        full = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            more, worse = _flatten(value, full)
            keys.update(more)
            bad.extend(worse)
        elif not isinstance(value, str) or not value.strip():
            bad.append(f"config.toml [keys]: {full} = {_shown(value)} should be a string of keys, such as \"ctrl+f\"")
        elif wrong := [k.strip() for k in value.split(",") if not is_key(k)]:
            bad.append(f"config.toml [keys]: {full} = {_shown(value)}: {', '.join(map(_shown, wrong))} "
                       "is no key a terminal sends (keys look like \"ctrl+f\", \"f2\", \"slash\", \"x\")")
        else:
            keys[full] = value.strip()
    return keys, bad


def _shown(value: object) -> str:
    """A TOML value as the user wrote it, near enough: strings quoted, anything else as is, kept short."""
    import json

    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def load_config(path: Path | None = None) -> Config:
    """The saved config; a missing, unreadable or corrupt file gives the defaults, with a warning
    that says why (none for a missing file)."""
    from brief.osfiles import describe

    try:
        data = tomllib.loads((path or config_path()).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except OSError as error:
        return Config(warnings=(f"config.toml could not be read ({describe(error)}): no [keys] apply",))
    except UnicodeDecodeError:
        return Config(warnings=("config.toml is not UTF-8 text: it was not read, and no [keys] apply",))
    except tomllib.TOMLDecodeError as error:
        return Config(warnings=(f"config.toml is not valid TOML ({error}): it was not read, and no [keys] apply",))
    theme = data.get("theme")
    table = data.get("keys")
    keys, bad = _flatten(table) if isinstance(table, dict) else ({}, [])
    if table is not None and not isinstance(table, dict):
        bad.append("config.toml: keys should be a table, [keys], with one binding id = key(s) a line")
    if theme is not None and not isinstance(theme, str):
        bad.append(f"config.toml: theme = {_shown(theme)} should be a theme's name, such as \"brief-dark\"")
    return Config(theme=theme if isinstance(theme, str) else None, keys=keys, warnings=tuple(bad))


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
