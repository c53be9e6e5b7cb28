"""Colours that stay readable in every theme: WCAG contrast, and brief's own CSS variables derived from a theme's.

A theme sets ``$success``, ``$accent``, ``$surface``…; nothing makes ``$success`` readable on
``$surface``, let alone under the cursor (Textual's light themes put a light green on white, about
1.3:1). So brief derives the colours its lists use from the theme's, each moved toward white or
black just far enough to reach WCAG AA against every background it is drawn on: 4.5:1 for text,
3:1 for borders. A theme that already passes keeps its colours.

Many terminals show 256 colours, not 16 million (tmux without COLORTERM, macOS Terminal, many
ssh sessions): Textual then sends each colour as the nearest entry of the xterm palette, which
can be darker or lighter than asked, and a 25% tint of the surface can land on the surface's own
entry (no cursor row at all). So every check here holds twice: on the colours as given and on the
palette entries a 256-colour terminal shows (``eight_bit``); and the cursor rows are tinted until
they differ from the rows around them in both.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

from rich.color import Color as RichColor
from rich.color import ColorSystem
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


def eight_bit(colour: Color) -> Color:
    """The colour a 256-colour terminal shows for ``colour``: the xterm palette entry Textual
    (through Rich) sends in its place."""
    triplet = RichColor.from_rgb(*colour.rgb).downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def both_contrast(a: Color, b: Color) -> float:
    """The lower of ``a`` on ``b``'s contrast in truecolour and in 256 colours."""
    return min(contrast(a, b), contrast(eight_bit(a), eight_bit(b)))


def apart(a: Color, b: Color) -> bool:
    """Do two backgrounds look different, in truecolour and in 256 colours?"""
    return a.rgb != b.rgb and eight_bit(a).rgb != eight_bit(b).rgb


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
        return min(both_contrast(c, bg) for bg in backgrounds)

    if worst(colour) >= target + _MARGIN:
        return colour
    for step in range(1, _STEPS + 1):
        candidates = [colour.blend(pole, step / _STEPS) for pole in (Color(255, 255, 255), Color(0, 0, 0))]
        best = max(candidates, key=worst)
        if worst(best) >= target + _MARGIN:
            return best
    return max((Color(255, 255, 255), Color(0, 0, 0)), key=worst)


def _opposite(pole: Color) -> Color:
    """Black for white, white for black."""
    return Color(0, 0, 0) if pole.rgb == (255, 255, 255) else Color(255, 255, 255)


def derived_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """``_derived`` of these variables, worked out once per theme (it takes about 55 ms, and the app asks
    for it at every start and theme switch)."""
    return dict(_derived(tuple(sorted(variables.items()))))


@lru_cache(maxsize=64)
def _derived(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The variables ``_derive`` makes, as a tuple, for the cache."""
    return tuple(_derive(dict(items)).items())


def _derive(variables: Mapping[str, str]) -> dict[str, str]:
    """brief's colour variables for one theme's CSS variables (empty for a theme of ANSI colours).

    Backgrounds: ``brief-cursor``, the row under the cursor and the point's sentence in Original;
    ``brief-cursor-unfocused``, the cursor row of a list without focus (``$panel`` when it shows);
    ``brief-keyword-mark`` and ``brief-match-mark``, a keyword's and a search's occurrences there.
    ``brief-text``, ``brief-marker`` (citations), ``brief-only`` ("only in"), ``brief-number``
    (point and source numbers) and ``brief-muted`` (details) read at 4.5:1 on the surface, the
    cursor row, the unfocused cursor row (``$panel``) and the background, ``brief-text`` on the
    marks too; ``brief-current-text`` on the current match (``brief-current``: ``$accent``, unless
    nothing reads on it); ``brief-border``
    (unfocused panes) and ``brief-border-focus`` stand out at 3:1 from the surface and the background.
    """
    background = Color.parse(variables["background"])
    if background.ansi is not None:
        return {}
    surface = solid(variables["surface"], background)
    panel = solid(variables["panel"], surface)

    foreground = solid(variables["foreground"], surface)
    pole = Color(255, 255, 255) if luminance(foreground) > luminance(surface) else Color(0, 0, 0)

    def tint(name: str, mix: float = CURSOR_MIX, away: Sequence[Color] = (surface,)) -> Color:
        """The surface tinted toward a theme colour: ``mix`` of it, more when that does not set it
        apart from ``away`` (in 256 colours a light tint can fall on the surface's own entry), and
        only as far as text in the theme's pole (white on dark, black on light) still reads on it;
        failing that, the surface shaded away from that pole instead."""
        colour = solid(variables[name], surface)
        shades = [surface.blend(colour, min(1.0, mix + step / _STEPS)) for step in range(_STEPS + 1)]
        shades += [surface.blend(_opposite(pole), step / _STEPS) for step in range(1, _STEPS + 1)]
        for tinted in shades:
            if all(apart(tinted, other) for other in away) and both_contrast(pole, tinted) >= TEXT + _MARGIN:
                return tinted
        return shades[0]

    unfocused = panel if apart(panel, surface) else tint("primary", CURSOR_MIX / 2)
    cursor = tint("primary", away=(surface, unfocused))
    keyword, match = tint("secondary"), tint("warning")
    accent = solid(variables["accent"], surface)
    # The current match: $accent, moved toward the background's side until the background's colour
    # reads on it in both colour modes (solarized's violet is 4.4:1 under white, 3.7:1 under black).
    current = readable(accent, [readable(background, [accent], TEXT)], TEXT)
    rows = (surface, cursor, unfocused, panel, background)
    panes = (surface, background)

    def text(name: str, on: Sequence[Color] = rows) -> str:
        return readable(solid(variables[name], surface), on, TEXT).hex

    def border(name: str) -> str:
        return readable(solid(variables[name], surface), panes, NON_TEXT).hex

    return {
        "brief-cursor": cursor.hex,
        "brief-cursor-unfocused": unfocused.hex,
        "brief-keyword-mark": keyword.hex,
        "brief-match-mark": match.hex,
        "brief-text": text("foreground", (*rows, keyword, match)),
        "brief-marker": text("success"),
        "brief-only": text("warning"),
        "brief-number": text("accent"),
        "brief-muted": text("text-muted"),
        "brief-current": current.hex,
        "brief-current-text": readable(background, [current], TEXT).hex,
        "brief-border": border("panel-lighten-2"),
        "brief-border-focus": border("accent"),
    }


def ansi_themes(themes: Mapping[str, Theme]) -> list[str]:
    """The names of themes drawn in the terminal's own ANSI palette, whose contrast brief cannot know."""
    return [name for name, theme in themes.items() if Color.parse(theme.background or "#000").ansi is not None]
