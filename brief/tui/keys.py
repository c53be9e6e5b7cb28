"""Every app-wide key, with an id (so a keymap can rebind it) and a description."""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP_BINDINGS: list[BindingType] = [
    Binding("tab", "focus_next", "Pane", id="app.next-pane", show=False),
    Binding("shift+tab", "focus_previous", "Previous pane", id="app.previous-pane", show=False),
    Binding("right_square_bracket", "source(1)", "Next source", id="app.next-source", key_display="]"),
    Binding("left_square_bracket", "source(-1)", "Previous source", id="app.previous-source", show=False),
    *(
        Binding(str(n), f"jump({n})", f"Source {n}", id=f"app.source-{n}", show=False)
        for n in range(1, 10)
    ),
    Binding("slash", "search", "Search", id="app.search", key_display="/"),
    Binding("escape", "back", "Back", id="app.back", show=False),
    Binding("w", "who", "Who says what", id="app.who", tooltip="Every source's own sentence for the selected point"),
    Binding("m", "coverage", "Coverage", id="app.coverage", tooltip="Which source reports which point"),
    Binding("t", "cycle_theme", "Theme", id="app.theme"),
    Binding("e", "export", "Export", id="app.export"),
    Binding("question_mark", "help", "Help", id="app.help", key_display="?"),
    Binding("q", "quit", "Quit", id="app.quit"),
]
