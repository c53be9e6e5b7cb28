"""Colours that stay readable in every theme: WCAG contrast, and brief's own CSS variables derived from a theme's.

A theme sets ``$success``, ``$accent``, ``$surface``…; nothing makes ``$success`` readable on
``$surface``, let alone under the cursor (Textual's light themes put a light green on white, about
1.3:1). So brief derives the colours its lists use from the theme's, each moved toward white or
black just far enough to reach WCAG AA against every background it is drawn on: 4.5:1 for text,
3:1 for borders. A theme that already passes keeps its colours.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from textual.color import Color
from textual.theme import Theme

TEXT = 4.5  # WCAG AA, normal text
NON_TEXT = 3.0  # WCAG AA, user-interface components (pane borders)
_MARGIN = 0.1  # hex rounding must not take a colour back under the line
_STEPS = 40
CURSOR_MIX = 0.25  # a lit row or span: the surface tinted this much toward $primary (or the mark's colour)


def luminance(colour: Color) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = colour.rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def solid(value: str, over: Color) -> Color:
    """A CSS colour value as it shows over ``over``: alpha blended, ``auto N%`` resolved."""
    if value.startswith("auto"):
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
        return over + over.get_contrast_text(alpha)
    colour = Color.parse(value)
    return over + colour if colour.a < 1 else colour


def readable(colour: Color, backgrounds: Sequence[Color], target: float) -> Color:
    """``colour``, moved toward white or black by the least amount that reaches ``target`` on every background."""

    def worst(c: Color) -> float:
        return min(contrast(c, bg) for bg in backgrounds)

    if worst(colour) >= target + _MARGIN:
        return colour
    for step in range(1, _STEPS + 1):
        candidates = [colour.blend(pole, step / _STEPS) for pole in (Color(255, 255, 255), Color(0, 0, 0))]
        best = max(candidates, key=worst)
        if worst(best) >= target + _MARGIN:
            return best
    return max((Color(255, 255, 255), Color(0, 0, 0)), key=worst)


def derived_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """brief's colour variables for one theme's CSS variables (empty for a theme of ANSI colours).

    Backgrounds: ``brief-cursor``, the row under the cursor and the point's sentence in Original;
    ``brief-keyword-mark`` and ``brief-match-mark``, a keyword's and a search's occurrences there.
    ``brief-text``, ``brief-marker`` (citations), ``brief-only`` ("only in"), ``brief-number``
    (point and source numbers) and ``brief-muted`` (details) read at 4.5:1 on the surface, the
    cursor row, the unfocused cursor row (``$panel``) and the background, ``brief-text`` on the
    marks too; ``brief-current-text`` on the current match (``$accent``); ``brief-border``
    (unfocused panes) and ``brief-border-focus`` stand out at 3:1 from the surface and the background.
    """
    background = Color.parse(variables["background"])
    if background.ansi is not None:
        return {}
    surface = solid(variables["surface"], background)
    panel = solid(variables["panel"], surface)

    def tint(name: str) -> Color:
        return surface.blend(solid(variables[name], surface), CURSOR_MIX)

    cursor, keyword, match = tint("primary"), tint("secondary"), tint("warning")
    accent = solid(variables["accent"], surface)
    rows = (surface, cursor, panel, background)
    panes = (surface, background)

    def text(name: str, on: Sequence[Color] = rows) -> str:
        return readable(solid(variables[name], surface), on, TEXT).hex

    def border(name: str) -> str:
        return readable(solid(variables[name], surface), panes, NON_TEXT).hex

    return {
        "brief-cursor": cursor.hex,
        "brief-keyword-mark": keyword.hex,
        "brief-match-mark": match.hex,
        "brief-text": text("foreground", (*rows, keyword, match)),
        "brief-marker": text("success"),
        "brief-only": text("warning"),
        "brief-number": text("accent"),
        "brief-muted": text("text-muted"),
        "brief-current-text": readable(background, [accent], TEXT).hex,
        "brief-border": border("panel-lighten-2"),
        "brief-border-focus": border("accent"),
    }


def ansi_themes(themes: Mapping[str, Theme]) -> list[str]:
    """The names of themes drawn in the terminal's own ANSI palette, whose contrast brief cannot know."""
    return [name for name, theme in themes.items() if Color.parse(theme.background or "#000").ansi is not None]
