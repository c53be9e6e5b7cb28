"""Keys typed ahead of a focus change go where the focus went.

Textual hands each key to the widget focused when the app reads it, and runs a key's binding
only once the key has bubbled up to the app. Keys that arrive together (typed quickly, or
pasted: "/Iran") thus all queued at the widget focused before "/" moved the focus to the search
box, and were lost. So a key whose binding moves the focus runs it at once, here, and a printable
key reaching a widget after it lost the focus is sent on as a fresh key press.
"""

from __future__ import annotations

from textual import events
from textual.widget import Widget

MOVES_FOCUS = frozenset({"search", "focus_next", "focus_previous", "app.focus_next", "app.focus_previous"})
"""Actions that move the focus: run as soon as their key is read (``keys.py`` binds them)."""


def pass_on(widget: Widget, event: events.Key) -> bool:
    """Send ``event`` on to whatever has the focus now, when that is no longer ``widget``; True if sent."""
    if widget.screen.focused is widget or not event.is_printable:  # (has_focus waits for the Blur event)
        return False
    event.stop()
    event.prevent_default()
    # with its character: a key posted by name alone ("space") would type nothing
    widget.app.call_later(widget.app.post_message, events.Key(event.key, event.character))
    return True


async def keep_order(widget: Widget, event: events.Key) -> bool:
    """For a focused widget's key: pass it on (see ``pass_on``), or run at once a binding of it that moves
    the focus, so the keys queued behind it reach the new focus. True when the key was dealt with."""
    if pass_on(widget, event):
        return True
    active = widget.screen.active_bindings.get(event.key)
    if active is None or not active.enabled or active.binding.action not in MOVES_FOCUS:
        return False
    event.stop()
    event.prevent_default()
    await widget.app.run_action(active.binding.action, active.node)
    return True
