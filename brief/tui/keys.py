"""Every app-wide key, with an id (so a keymap can rebind it) and a description."""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

APP_BINDINGS: list[BindingType] = [
    Binding("tab", "focus_next", "Pane", id="app.next-pane", show=False),
    Binding("shift+tab", "focus_previous", "Previous pane", id="app.previous-pane", show=False),
    Binding("right_square_bracket", "source(1)", "Next source", id="app.next-source", key_display="]"),
    Binding("left_square_bracket", "source(-1)", "Previous source", id="app.previous-source", show=False),
    *(  # digits typed within a second make one number: "1", "2" reaches source 12
        Binding(str(n), f"jump({n})", f"Source {n}" if n else "Digit 0 (for sources 10, 20…)",
                id=f"app.source-{n}", show=False)
        for n in range(10)
    ),
    # Stories: shown (and working) only when --stories found several; see BriefApp.check_action.
    Binding("s", "stories", "Stories", id="app.stories", tooltip="The list of stories: Enter opens one"),
    Binding("greater_than_sign", "story(1)", "Next story", id="app.next-story", key_display=">"),
    Binding("less_than_sign", "story(-1)", "Previous story", id="app.previous-story", key_display="<",
            show=False),
    Binding("slash", "search", "Search", id="app.search", key_display="/"),
    Binding("escape", "back", "Back", id="app.back", show=False),
    Binding("w", "who", "Who says", id="app.who", tooltip="Every source's own sentence for the selected point"),
    Binding("m", "coverage", "Coverage", id="app.coverage", tooltip="Which source reports which point"),
    Binding("d", "differences", "Differences", id="app.differences", show=False,
            tooltip="Every point whose sources state other values"),
    Binding("quotation_mark", "quotes", "Quotes", id="app.quotes", key_display='"', show=False,
            tooltip="Every quotation in the sources, by speaker"),
    # Theme and Export stay out of the footer, which must fit 80 columns: ? lists them, and so does ^p.
    Binding("t", "cycle_theme", "Theme", id="app.theme", show=False),
    Binding("e", "export", "Export", id="app.export", show=False),
    Binding("p", "problems", "Skipped", id="app.problems"),
    Binding("plus", "length(1)", "More points", id="app.more-points", key_display="+", show=False,
            tooltip="Rank the briefing again with one point more"),
    Binding("minus", "length(-1)", "Fewer points", id="app.fewer-points", key_display="-", show=False,
            tooltip="Rank the briefing again with one point fewer"),
    Binding("y", "copy", "Copy point", id="app.copy", show=False,
            tooltip="Copy the point under the cursor with its citation"),
    Binding("o", "open", "Open source", id="app.open", show=False,
            tooltip="Open the source shown in Original: its URL in the browser, its file in $PAGER"),
    Binding("question_mark,f1", "help", "Help", id="app.help", key_display="?"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

PALETTE = {
    "app.next-source": "Next source", "app.previous-source": "Previous source", "app.search": "Search every source",
    "app.back": "Back", "app.theme": "Next theme (remembered)", "app.export": "Export Markdown",
    "app.problems": "Problems: skipped inputs", "app.more-points": "More points", "app.fewer-points": "Fewer points",
    "app.copy": "Copy point with its citation", "app.open": "Open source (browser or pager)", "app.help": "Help",
    "app.who": "Who says what", "app.coverage": "Coverage", "app.quotes": "Quotes by speaker",
    "app.differences": "Differences between sources", "app.stories": "Stories: the list",
    "app.next-story": "Next story", "app.previous-story": "Previous story",
}
"""The bindings offered in the command palette (Ctrl+P) and their titles there, beside Textual's own
commands (its Quit and Theme picker among them)."""

_NAMES = {"right_square_bracket": "]", "left_square_bracket": "[", "slash": "/", "question_mark": "?",
          "quotation_mark": '"', "greater_than_sign": ">", "less_than_sign": "<",
          "plus": "+", "minus": "-", "escape": "Esc", "tab": "Tab", "shift+tab": "Shift+Tab", "enter": "Enter",
          "up": "↑", "down": "↓", "left": "←", "right": "→", "space": "Space", "home": "Home", "end": "End"}


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def is_key(key: str) -> bool:
    """Whether Textual can deliver ``key`` (``"ctrl+f"``, ``"slash"``, ``"f2"``, ``"x"``): a typo such as
    ``"ctlr+f"`` or ``"slahs"`` would bind a key no terminal sends."""
    from textual.keys import REPLACED_KEYS, Keys, key_to_character

    *mods, last = key.strip().split("+")
    if not last or any(m not in _MODIFIERS for m in mods):
        return False
    return (len(last) == 1 or last in {k.value for k in Keys}
            or key_to_character(REPLACED_KEYS.get(last, last)) is not None)


def key_display(keys: str, binding: Binding | None = None) -> str:
    """``"ctrl+f"`` → ``Ctrl+F``; ``"slash"`` → ``/``; several keys joined by " or "."""
    if binding is not None and binding.key_display and keys == binding.key:
        return binding.key_display
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key in _NAMES:
            shown.append(_NAMES[key])
        elif key[:1] == "f" and key[1:].isdigit():  # "f1" → "F1"
            shown.append(key.upper())
        elif "+" in key:
            *mods, last = key.split("+")
            shown.append("+".join([*(m.capitalize() for m in mods), _NAMES.get(last, last.upper() if len(last) == 1
                                                                                 else last.capitalize())]))
        else:
            shown.append(key)
    return " or ".join(shown)


def all_bindings() -> dict[str, Binding]:
    """Every binding with an id, the app's and every brief widget's and screen's: what ``[keys]`` may remap.

    Loads the widgets and screens (call it after the first frame).
    """
    import brief.tui.screens  # noqa: F401  (the screens load on first use otherwise)
    from brief.tui import widgets

    for name in widgets.__all__:
        getattr(widgets, name)
    found: dict[str, Binding] = {}
    for binding in APP_BINDINGS:
        if isinstance(binding, Binding) and binding.id:
            found[binding.id] = binding
    for cls in _subclasses(DOMNode):
        if cls.__module__.startswith("brief.tui"):
            for binding in cls.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding) and binding.id:
                    found.setdefault(binding.id, binding)
    return found


def _subclasses(cls: type) -> list[type]:
    out: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        out.append(sub)
        out.extend(_subclasses(sub))
    return out
