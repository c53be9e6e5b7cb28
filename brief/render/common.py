"""Small pieces every text renderer shares: citation markers and source lines."""

from __future__ import annotations

from brief.model import Briefing, Point, Source
from brief.safety import one_line


def counted(n: int, noun: str) -> str:
    """``1 point``, ``6 points``."""
    return f"{n} {noun}{'s' * (n != 1)}"


def header(briefing: Briefing) -> str:
    """``2 sources · 6 points · multidoc``."""
    return f"{counted(len(briefing.sources), 'source')} · {counted(len(briefing.points), 'point')} · {briefing.algorithm}"


def marker(source_ids: tuple[int, ...]) -> str:
    """Footnote marker such as ``[1]`` or ``[1, 2]``."""
    return "[" + ", ".join(map(str, source_ids)) + "]"


def citation(point: Point, n_sources: int) -> str:
    """``[1, 2]`` for a corroborated point; ``only in [2]`` when one source of several reports it."""
    ids = point.source_ids
    if len(ids) == 1 and n_sources > 1:
        return f"only in {marker(ids)}"
    return marker(ids)


def why_line(point: Point) -> str:
    """The named scores behind a point, for ``--explain``."""
    parts = [f"{name} {value:g}" if float(value).is_integer() else f"{name} {value:.3f}" for name, value in point.why]
    parts.append(f"cited by {len(point.source_ids)}")
    return "why: " + " · ".join(parts)


def source_details(source: Source) -> str:
    """``path · outlet · date``, leaving out what is unknown."""
    return " · ".join(one_line(x) for x in (source.path, source.outlet, source.date) if x)
