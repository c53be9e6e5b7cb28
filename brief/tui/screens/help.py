"""The help screen: the packaged ``help.md`` with the keys in force filled in, over the app."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from brief.tui.widgets.footer import BriefFooter

HELP = Path(__file__).resolve().parent.parent / "help.md"
_SLOT = re.compile(r"\{([a-z0-9_.-]+)\}")


def help_text(keys: Mapping[str, str] | None = None, bindings: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The help page's Markdown: each ``{binding.id}`` in ``help.md`` becomes the key in force
    (``keys``: id → key as shown), and, given ``bindings`` (id → (description, key as shown)),
    a last table lists every id that ``[keys]`` may remap."""
    text = HELP.read_text(encoding="utf-8")
    if keys is not None:
        text = _SLOT.sub(lambda m: f"`{_cell(keys[m.group(1)])}`" if m.group(1) in keys else m.group(0), text)
    if bindings:
        rows = [f"| `{binding_id}` | {_cell(description)} | `{_cell(key)}` |"
                for binding_id, (description, key) in bindings.items()]
        text += ("\n## Key ids\n\nFor `[keys]` in `config.toml` (e.g. `app.search = \"ctrl+f\"`).\n\n"
                 "| id | does | key now |\n|---|---|---|\n" + "\n".join(rows) + "\n")
    return text


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell and code span."""
    return text.replace("|", "\\|").replace("`", "'")


class HelpScreen(ModalScreen[None]):
    """Keys and what the panes mean; Escape, q or ? closes it."""

    AUTO_FOCUS = "#help-body"
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]

    def __init__(self, keys: Mapping[str, str] | None = None,
                 bindings: Mapping[str, tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.keys = keys
        self.bindings = bindings

    def compose(self) -> ComposeResult:
        """The help page in a scrollable, bordered box."""
        from textual.widgets import Markdown  # ~0.1 s to import: only when help is asked for

        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            body.border_subtitle = "Esc: close"
            yield Markdown(help_text(self.keys, self.bindings), id="help")
        yield BriefFooter()  # this view's keys, not the main screen's
