"""Word wrap that keeps character offsets, so a span of ``Source.text`` maps to screen lines."""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

_WORD = re.compile(r"\S+\s*")
# C0/C1 controls become spaces one for one, so offsets into the text stay valid.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

Line = tuple[int, int]


def inert(text: str) -> str:
    """The text with every control character (tabs too) replaced by a space; same length."""
    return _CONTROLS.sub(" ", text)


def _split_long(text: str, start: int, end: int, width: int) -> tuple[list[Line], int, int]:
    """Hard-split ``text[start:end]`` (one word) into full lines; returns them, the rest's start and cells."""
    lines: list[Line] = []
    line_start, cells = start, 0
    for i in range(start, end):
        size = get_character_cell_size(text[i])
        if cells + size > width and cells:
            lines.append((line_start, i))
            line_start, cells = i, 0
        cells += size
    return lines, line_start, cells


def wrap(text: str, width: int) -> list[Line]:
    """Greedy word wrap of ``text`` to ``width`` cells: each line is ``text[start:end]``.

    Newlines end lines (and are not part of any line); trailing spaces stay on the line they
    follow, so the lines cover every other character exactly once, in order.
    """
    width = max(1, width)
    lines: list[Line] = []
    position = 0
    for paragraph in text.split("\n"):
        end = position + len(paragraph)
        line_start, cells = position, 0
        first = _WORD.search(paragraph)
        if first:
            cells = cell_len(paragraph[: first.start()])
        for match in _WORD.finditer(paragraph):
            word_start = position + match.start()
            word_cells = cell_len(match.group().rstrip())
            if cells and cells + word_cells > width:
                lines.append((line_start, word_start))
                line_start, cells = word_start, 0
            if word_cells > width:
                word_end = position + match.start() + len(match.group().rstrip())
                full, line_start, cells = _split_long(text, word_start, word_end, width)
                lines.extend(full)
                cells += cell_len(match.group()) - word_cells
            else:
                cells += cell_len(match.group())
        lines.append((line_start, end))
        position = end + 1
    return lines


def line_of(lines: list[Line], offset: int) -> int:
    """The index of the line that holds character ``offset``."""
    starts = [start for start, _ in lines]
    return max(0, bisect_right(starts, offset) - 1)
